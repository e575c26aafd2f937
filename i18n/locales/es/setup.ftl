## Configuración por un trabajador de apoyo: prepara el teléfono y luego lo entrega.

outreach-title = Configurar para otra persona
outreach-intro = Elija el idioma, el país y el aspecto. Añada el contacto de su organización. Luego entregue el teléfono.
outreach-language = Su idioma
outreach-country = Su país
outreach-disguise = Cómo se ve la aplicación
outreach-org-name = Su organización
outreach-org-contact = Cómo contactarle a usted
outreach-org-key = Clave de su organización para archivos compartidos (opcional)
outreach-import-pack = Añadir información de ayuda desde un archivo
outreach-handoff = Entregar
outreach-handoff-confirm = ¿Entregar ahora? Sus ajustes se quedan. Su PIN y su sesión se borran. La siguiente persona elige su propio PIN.
outreach-reset = Restablecer este teléfono
outreach-reset-confirm = ¿Borrar todo en esta aplicación y empezar de nuevo? Esto no se puede deshacer.

pack-import-title = Añadir información de ayuda
pack-importing = Añadiendo… { $percent }%
pack-imported = La información de ayuda se actualizó.
pack-rejected = Este archivo no fue aceptado. No se cambió nada.
pack-rejected-signature = Este archivo no está firmado por una organización de confianza.
pack-rejected-old = Este archivo es más antiguo que la información que ya tiene.
pack-rejected-damaged = Este archivo está dañado o incompleto.
pack-rejected-too-big = Este archivo es demasiado grande.
decoy-title = Segundo PIN
decoy-explain = Un segundo PIN abre un diario diferente e inofensivo. Úselo si alguien le obliga a abrir la aplicación.
decoy-shows = ¿Qué debe abrir el segundo PIN?
decoy-shows-same = 1. La misma aplicación, con ayuda. Alguien que conozca esta aplicación no podrá distinguirla de la verdadera.
decoy-shows-notes = 2. Solo un diario de notas, sin ayuda y sin el nombre de la aplicación. Así no se ve qué aplicación es. Pero alguien que conozca esta aplicación puede darse cuenta de que no es la verdadera.
decoy-shows-choose = Escriba 1 o 2.
disguise-launcher-name = Calculadora
disguise-converter-name = Conversor
# Lo que dice un lector de pantalla (TalkBack) en las teclas de la calculadora que no son cifras:
# este mensaje y los diez siguientes. Como lo diría la calculadora del propio teléfono: una o dos
# palabras sencillas.
disguise-key-all-clear = Borrar todo
disguise-key-clear = Borrar
disguise-key-sign = Cambiar signo
disguise-key-percent = Porcentaje
disguise-key-divide = Dividir
disguise-key-multiply = Multiplicar
disguise-key-minus = Menos
disguise-key-plus = Más
# La tecla que borra la última cifra escrita.
disguise-key-delete = Retroceso
# La tecla del separador decimal.
disguise-key-point = Punto decimal
disguise-key-equals = Igual
duress-title = PIN de borrado de emergencia
duress-needs-decoy = Elija primero un segundo PIN. El PIN de borrado de emergencia abre el segundo diario.
duress-explain = Este PIN borra de inmediato su diario real y su plan, y luego abre el diario inofensivo. No se puede deshacer.

pack-shared = Se guardó el archivo con la información de ayuda. Páselo al otro teléfono; ese teléfono comprueba el archivo antes de usarlo.
pack-not-shareable = Para esta información de ayuda no hay ningún archivo que pasar. La ayuda incluida viene en todas las copias de la aplicación.
