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
export-working = Creando el archivo… { $percent }%
export-done = El archivo está listo.
export-wrong-passphrase = Esa contraseña no abre este archivo.
export-damaged = Este archivo está dañado o incompleto.
import-title = Pasar su diario a este teléfono
import-done = { $count ->
        [one] Se pasó { $count } nota.
       *[other] Se pasaron { $count } notas.
    }

## Notas cotidianas que llenan el segundo diario (señuelo), para que parezca usado si alguien
## obliga a la persona a abrirlo. Deben ser aburridas y comunes.

decoy-sample-1 = Compras: arroz, aceite, cebollas, recarga para el celular.
decoy-sample-2 = Llamé a casa. Todos están bien.
decoy-sample-3 = Turno largo hoy. Qué cansancio.
decoy-sample-4 = Le devolví a un amigo el dinero que me había prestado.
decoy-sample-5 = Necesito un cargador nuevo para el celular.
decoy-sample-6 = Día de descanso. Lavé ropa y cociné.
