## Harbour — pantallas generales, PIN, estado y errores.
## Frases cortas. Palabras sencillas. La persona puede tener miedo o prisa.

app-name = Harbour

## Navegación

nav-help = Pedir ayuda
nav-rights = Sus derechos
nav-check = Revisar su situación
nav-plan = Plan de seguridad
nav-journal = Diario
nav-settings = Ajustes
nav-hide = Ocultar
    .hint = Cierra todo y muestra la calculadora.

action-back = Atrás
action-cancel = Cancelar
action-save = Guardar
action-delete = Borrar
action-edit = Editar
action-done = Listo
action-next = Siguiente
action-yes = Sí
action-no = No
action-not-sure = No sé
action-search = Buscar
action-try-again = Intentar de nuevo
action-copy = Copiar
action-call = Llamar
action-text = Enviar un mensaje
action-open = Abrir

## PIN y desbloqueo

pin-choose = Elija un PIN
pin-choose-hint = Use de 4 a 12 números, o una frase de 8 caracteres o más. Elija algo que otras personas no puedan adivinar.
pin-confirm = Escriba el mismo PIN otra vez
pin-enter = Escriba su PIN
pin-mismatch = Los dos PIN son diferentes. Por favor, inténtelo de nuevo.
pin-too-short = Un PIN necesita al menos 4 números.
pin-too-long = Un PIN puede tener como máximo 12 números.
pin-passphrase-too-short = Una frase necesita al menos 8 caracteres.
pin-passphrase-too-long = Una frase puede tener como máximo 128 caracteres.
pin-wrong = Ese PIN no funcionó.
pin-wait = Por favor, espere { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    } antes de intentarlo de nuevo.
pin-wait-minutes = Por favor, espere { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } antes de intentarlo de nuevo.
pin-attempts = { $count ->
        [one] { $count } intento fallido
       *[other] { $count } intentos fallidos
    }
pin-changed = Su PIN ha cambiado.
pin-change = Cambiar el PIN
pin-current = Su PIN actual
pin-new = Su PIN nuevo
pin-in-use = Este PIN ya se usa. Elija otro.
pin-forgot = ¿Olvidó su PIN?
pin-forgot-help = Los números de ayuda y sus derechos funcionan sin PIN. Su diario y su plan de seguridad no se pueden abrir sin él. Nadie puede recuperarlo por usted.

## Estado de desbloqueo

status-locked = Bloqueado
status-unlocked = Abierto
status-setup-needed = Todavía no está configurado
unlock-working = Abriendo…

## Configuración (primer uso)

setup-welcome = Esta aplicación puede ayudarle a estar a salvo y a encontrar ayuda.
setup-private = Todo lo que escriba se queda en este teléfono, protegido con su PIN.
setup-disguise = La aplicación parece una calculadora. Para abrirla, escriba su PIN y luego pulse =.
setup-measure = Preparando. Esto tarda unos segundos.
setup-done = Todo está listo.

## Errores (nunca mostrar palabras técnicas a la persona). Cada uno dice qué pasó y qué hacer.

error-generic = Algo salió mal y lo que estaba haciendo no se terminó. Por favor, inténtelo de nuevo.
error-storage-full = El teléfono está lleno. Borre algunas fotos o aplicaciones y vuelva a intentarlo.
error-damaged = Algunos datos guardados no se pueden leer. No se han borrado.
error-newer-version = Estos datos se guardaron con una versión más nueva de la aplicación. Por favor, actualice la aplicación.
error-keystore = El almacenamiento seguro del teléfono no está disponible ahora. Desbloquee el teléfono y vuelva a intentarlo.
error-key-missing = Estos datos se crearon en otro teléfono y no se pueden abrir aquí.
error-locked = Por favor, primero escriba su PIN.
error-busy = La aplicación está ocupada. Por favor, inténtelo de nuevo en un momento.
error-not-set-up = Todavía no hay un PIN. Primero elija un PIN.
error-already-set-up = Ya hay un PIN. Para empezar de nuevo, use «Restablecer».
error-not-found = No hay ninguna nota con ese número. Revise el número e inténtelo de nuevo.
error-deleted = Esta nota fue borrada. No se puede cambiar.
error-journal-not-empty = El diario de este teléfono ya tiene notas. Un diario solo se puede pasar a un diario vacío.
error-file-not-found = Ahí no hay ningún archivo con ese nombre. Revise el nombre y la carpeta.
error-file-exists = Ahí ya hay un archivo con ese nombre. Elija otro nombre.
error-no-permission = La aplicación no tiene permiso para usar ese lugar. Elija otra carpeta.
error-file = El teléfono no pudo leer o escribir el archivo. No se cambió nada.
error-cancelled = Se canceló. No se guardó nada.
error-wrong-confirmation = El código que escribió no es el que se muestra. No se borró nada.
error-not-allowed = Solo el PIN principal puede hacer esto.
error-text-empty = La nota está vacía. Primero escriba algo.
error-text-too-long = La nota es demasiado larga. Divídala en dos notas.
error-tags-too-many = Una nota puede tener como máximo { $max } etiquetas.
error-tag-invalid = Una etiqueta puede tener de 1 a { $max } letras o números.
error-category-unknown = Elija uno de los tipos de hecho de la lista.
error-attachments-too-many = Una nota puede tener como máximo { $max } archivos.
error-attachments-too-big = Estos archivos juntos son demasiado grandes. Juntos pueden ocupar hasta { $megabytes } MB.
error-attachment-empty = Este archivo está vacío.
error-attachment-too-big = Este archivo es demasiado grande. Un archivo puede ocupar hasta { $megabytes } MB.
error-attachment-type = La aplicación no sabe qué tipo de archivo es este.
error-attachment-name = El nombre del archivo es demasiado largo o tiene un carácter que no se permite.
error-entry-id = Ese no es un número de nota. Los números de las notas aparecen en la lista.
error-plan-too-many = Una parte del plan de seguridad puede tener como máximo { $max } puntos.
error-plan-too-long = Un punto del plan de seguridad puede tener como máximo { $max } letras.
error-plan-item-empty = Un punto del plan de seguridad no puede estar vacío.
error-plan-section = El plan de seguridad no tiene ninguna parte con ese nombre.
error-age-key = Esta no es una clave de organización. Una clave así empieza con age1.
error-export-password-short = La contraseña del archivo necesita { $min } caracteres o más.
error-pin-character = Un PIN o una frase no puede tener saltos de línea ni otros caracteres invisibles.
error-pin-no-room = Ya se usan todos los espacios para PIN.
error-kdf-range = Estos ajustes de seguridad están fuera de lo que la aplicación permite.
error-country-unknown = La aplicación no conoce este código de país. Use dos letras, por ejemplo GB.
error-language-unknown = La aplicación no tiene este idioma.
error-setting-too-long = Esto es demasiado largo. Use como máximo { $max } letras.
error-setting-text = Esto no puede estar vacío ni tener caracteres invisibles.
error-setting-not-changeable = Este ajuste no se puede cambiar aquí.
error-publisher-key = Esta no es la clave de una organización que publica información de ayuda.
error-question-unknown = Esta pregunta no es parte de la revisión.
error-input = Esto no se aceptó. Por favor, revíselo e inténtelo de nuevo.
error-database = La aplicación no pudo terminar de guardar o de leer. Lo que estaba haciendo no se terminó. Por favor, inténtelo de nuevo.
error-pack-not-a-pack = Este no es un archivo con información de ayuda.
error-pack-version = Este archivo de ayuda es para una versión más nueva de la aplicación. Por favor, actualice la aplicación.
error-pack-truncated = Este archivo de ayuda no está completo. Consiga el archivo otra vez.
error-pack-malformed = Este archivo de ayuda está dañado. Consiga el archivo otra vez.
error-pack-mismatch = Una parte de este archivo de ayuda no coincide con su sello. Consiga el archivo otra vez.
error-pack-invalid = Este archivo de ayuda tiene un error en la información que trae. No se usó. Avise a la organización que se lo dio.
error-pack-misleading = Este archivo de ayuda muestra algo que no es lo que hace (por ejemplo, muestra un número pero llama a otro). No se usó.
error-pack-reserved = Este archivo de ayuda se hace pasar por la ayuda propia de la aplicación. No se usó.
error-pack-version-too-high = Este archivo de ayuda tiene un número de versión que no se permite. No se usó.
error-export-wrong-key = Este archivo no se hizo para esta clave.
error-not-available = Esto no está disponible aquí.

## El programa de escritorio (un programa de terminal para pruebas y para trabajadores sociales).
## Los comandos como `helplines` o `write` quedan en inglés: es lo que la persona escribe.

shell-help =
    Comandos:
      helplines [country]   números de ayuda (country = país, por ejemplo GB)
      rights [words]        sus derechos (words = palabras para buscar)
      resources [words]     otra ayuda (words = palabras para buscar)
      tips                  consejos de seguridad
      check                 revisar su situación
      journal [page]        su diario (page = número de página)
      write                 escribir una nota nueva
      edit N · delete N     cambiar o borrar la nota N
      plan · plan-set       su plan de seguridad
      export FILE           crear el archivo FILE, protegido, para un trabajador social
      lock                  bloquear el diario
      x                     ocultar ahora (muestra la calculadora)
      quit                  salir
shell-unknown-command = «{ $command }» no es un comando. Escriba help (ayuda) para ver los comandos.
shell-usage = La aplicación no entendió este comando. Escriba harbour --help para ver qué puede hacer este programa.
shell-notes-title = Notas
input-not-text = Lo que escribió no se pudo leer como texto. Por favor, escríbalo otra vez.
input-ended = La entrada de texto se cortó antes de que la respuesta estuviera completa. No se cambió nada.
unlock-wrong-tries = { $count ->
        [one] Desde la última vez que usted abrió la aplicación, alguien escribió { $count } PIN incorrecto.
       *[other] Desde la última vez que usted abrió la aplicación, alguien escribió { $count } PIN incorrectos.
    }
calibrate-result = Abrir con el PIN tardará unos { $ms } ms. Usa { $mib } MB de memoria y hace { $passes } pasadas.
packs-line = { $title } ({ $pack }, versión { $version }), de { $publisher }
reset-type-code = Para borrar todo, escriba este mismo código: { $code }

## Salida rápida y bloqueo

hide-now = Ocultar ahora
hidden-explain = Toque «Ocultar» en cualquier momento. La aplicación se cierra y muestra la calculadora.
auto-lock = Bloquear después de
auto-lock-minutes = { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }
auto-lock-never = Solo cuando yo la oculte

## Ajustes

settings-language = Idioma
settings-country = País
settings-disguise = Aspecto de la aplicación
settings-about = Acerca de esta aplicación
settings-draft-translation = Esta traducción todavía no ha sido revisada por un hablante nativo.

## Dates. { $day } and { $year } are numbers (shown in your digits); { $month } is one of the
## month names below. Put the three parts in the order that is normal in your language.

date-long = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
