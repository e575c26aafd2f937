## Diario: notas privadas que algún día podrían ayudar en un caso. Exportar para un trabajador social.

journal-title = Su diario
journal-intro = Escriba lo que pasa: fechas, lugares, nombres, dinero. Solo usted puede verlo. Más adelante podría ayudarle a usted o a un abogado.
journal-new = Nueva nota
journal-empty = Todavía no hay notas.
journal-count = { $count ->
        [0] No hay notas
        [one] { $count } nota
       *[other] { $count } notas
    }
journal-text = ¿Qué pasó?
journal-tags = Etiquetas
journal-category = Tipo de hecho
journal-written = Escrita el { $date }
journal-edited = Cambiada el { $date }
journal-deleted = Esta nota fue borrada.
journal-attachments = { $count ->
        [one] { $count } archivo adjunto
       *[other] { $count } archivos adjuntos
    }
journal-add-photo = Añadir foto
journal-add-audio = Añadir mensaje de voz
journal-add-document = Añadir documento
journal-delete-confirm = ¿Borrar esta nota? Su texto y sus archivos adjuntos se borrarán para siempre. Quedará un aviso de que algo se borró, para que el diario se pueda seguir revisando.
journal-edit-current = Así está la nota ahora:
journal-page-none = Esa página no existe. Las páginas empiezan en 0.
journal-draft-kept = Su texto no se guardó, pero se conserva hasta que oculte la aplicación o salga de ella. Escriba write (escribir) para usarlo otra vez.
journal-draft-reuse = Abajo está su texto sin guardar. Escriba más líneas para añadirlas, o una línea con solo un punto para guardarlo.
journal-edit-note = Los cambios se guardan como una versión nueva. La versión anterior se conserva.

category-pay = Pago o dinero
category-documents = Papeles o documento de identidad
category-threats = Amenazas
category-violence = Violencia
category-movement = No me dejan salir
category-conditions = Condiciones de trabajo o de vida
category-other = Otro

journal-verify = Revisar el diario
journal-verify-ok = El diario está completo. No se ha cambiado nada.
journal-verify-broken = El diario se cambió fuera de la aplicación, en la nota { $number }.
journal-witness-code = Código de revisión
    .hint = Un trabajador social puede anotar este código. Más adelante sirve para mostrar que el diario no se cambió.

export-title = Compartir con un trabajador social
export-intro = Esto crea un archivo protegido con su diario. Solo alguien con la contraseña, o con la clave de su trabajador social, puede abrirlo.
export-passphrase = Elija una contraseña para el archivo
export-passphrase-hint = Dígale la contraseña al trabajador social en persona o por teléfono, no en el mismo mensaje que el archivo.
export-to-organisation = Proteger para { $organisation }
export-for-organisation = Este archivo será para { $organisation }. Clave de la organización: { $fingerprint }.
export-for-key = Este archivo solo se podrá abrir con la clave { $fingerprint }.
export-confirm-key = Antes de seguir, compruebe la clave con la organización. ¿Crear el archivo?
export-no-organisation-key = Cuando se configuró este teléfono, no se guardó ninguna clave de organización. En su lugar, use una contraseña para el archivo.
export-passphrase-again = Escriba la misma contraseña otra vez
export-working = Creando el archivo… { $percent }%
export-changes-entry = Cambia la nota #{ $number }
export-done = El archivo está listo.
export-wrong-passphrase = Esa contraseña no abre este archivo.
export-damaged = Este archivo está dañado o incompleto.
import-title = Pasar su diario a este teléfono
import-passphrase = La contraseña del archivo
import-done = { $count ->
        [one] Se pasó { $count } nota.
       *[other] Se pasaron { $count } notas.
    }

## Notas cotidianas que llenan el segundo diario (señuelo), para que parezca usado si alguien
## obliga a la persona a abrirlo. Cada teléfono toma unas pocas al azar. Deben ser aburridas,
## comunes y seguras bajo las reglas de cualquier controlador: nada de familia, llamadas, dinero,
## préstamos, saldo, planes ni sentimientos sobre el trabajo o el empleador. Sin adjetivos sobre
## la persona que escribe (cansado/cansada), porque no sabemos si es hombre o mujer.

decoy-entry-1 = Mañana de lluvia. El cuarto está frío.
decoy-entry-2 = Cené arroz con frijoles.
decoy-entry-3 = Dormí mal. Hacía mucho calor en el cuarto.
decoy-entry-4 = Lavé ropa. Se secó rápido con el sol.
decoy-entry-5 = Comí pan con tomate.
decoy-entry-6 = Lavé los platos.
decoy-entry-7 = Mucho cansancio hoy. Me acosté temprano.
decoy-entry-8 = En la tarde me senté un rato en silencio.
decoy-entry-9 = Limpié la cocina.
decoy-entry-10 = Hoy hizo frío. Me puse dos camisas.
decoy-entry-11 = Probé una receta nueva con lentejas. No quedó mal.
decoy-entry-12 = Dolor de cabeza en la tarde. Tomé más agua.
decoy-entry-13 = Me dolieron los pies al final del día.
decoy-entry-14 = Cosí el botón de la chaqueta.
decoy-entry-15 = Me preparé un té y descansé.
decoy-entry-16 = Noche con mucho ruido. No pude dormir bien.
decoy-entry-17 = El reloj se atrasa.
decoy-entry-18 = Día de sol. Me senté junto a la ventana.
decoy-entry-19 = Almorcé sopa de fideos.
decoy-entry-20 = Arreglé la suela de un zapato.
decoy-entry-21 = Hoy tomé mucha agua.
decoy-entry-22 = Remendé un calcetín.
decoy-entry-23 = Acordarme de tomar más agua.
decoy-entry-24 = Un té y un rato de descanso.
decoy-entry-25 = Hice un guiso de papas con cebolla.
decoy-entry-26 = Almorcé arroz con verduras.
decoy-entry-27 = Mucho viento hoy.
decoy-entry-28 = Barrí el piso.
decoy-entry-29 = Me desperté temprano. Miré el cielo.
decoy-entry-30 = Desayuné fruta.
decoy-entry-31 = Día largo. Nada especial.
decoy-entry-32 = Hice sopa. Alcanza para dos días.
decoy-entry-33 = Tengo la espalda tiesa. Me estiré un poco.
decoy-entry-34 = Me creció mucho el pelo.
decoy-entry-35 = Sin fuerzas para cocinar. Comí pan.
decoy-entry-36 = Vi un pájaro muy bonito en la mañana.
decoy-entry-37 = Limpié los zapatos.
decoy-entry-38 = Cosí un agujerito en la bolsa.
decoy-entry-39 = Día tranquilo.
decoy-entry-40 = La llave del agua gotea.
decoy-entry-41 = Me lavé el pelo.
decoy-entry-42 = Hice arroz con huevo.
decoy-entry-43 = Hoy hizo mucho calor.
decoy-entry-44 = Por fin dormí bien.
decoy-entry-45 = Tomé té con limón.
decoy-entry-46 = Dolor de garganta. Tomé agua tibia con miel.
decoy-entry-47 = Doblé la ropa limpia.
decoy-entry-48 = Llovió todo el día.
decoy-entry-49 = Hice tortillas. Me salieron bien.
decoy-entry-50 = Leí un poco antes de dormir.
decoy-entry-51 = Me corté las uñas.
decoy-entry-52 = Lavé las toallas.
decoy-entry-53 = Pelé papas para mañana.
decoy-entry-54 = Tomates con sal para el almuerzo.
decoy-entry-55 = Puse a airear las cobijas.
decoy-entry-56 = Hoy cené tarde.
decoy-entry-57 = La luz del cuarto parpadea.
decoy-entry-58 = Tendí la ropa adentro. Afuera hay mucha humedad.
decoy-entry-59 = Dolor de estómago después del almuerzo. Ya estoy mejor.
decoy-entry-60 = Poca cosa hoy. Descansé.
