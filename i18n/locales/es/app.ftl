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

## Errores (nunca mostrar palabras técnicas a la persona)

error-generic = Algo salió mal. No se perdió nada. Por favor, inténtelo de nuevo.
error-storage-full = El teléfono está lleno. Borre algunas fotos o aplicaciones y vuelva a intentarlo.
error-damaged = Algunos datos guardados no se pueden leer. No se han borrado.
error-newer-version = Estos datos se guardaron con una versión más nueva de la aplicación. Por favor, actualice la aplicación.
error-keystore = El almacenamiento seguro del teléfono no está disponible ahora. Desbloquee el teléfono y vuelva a intentarlo.
error-key-missing = Estos datos se crearon en otro teléfono y no se pueden abrir aquí.
error-locked = Por favor, primero escriba su PIN.
error-busy = La aplicación está ocupada. Por favor, inténtelo de nuevo en un momento.

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
