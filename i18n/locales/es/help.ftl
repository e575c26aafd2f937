## Líneas de ayuda, canales, consejos de seguridad, derechos y recursos.

help-title = Quién puede ayudar
help-open-now = Abierto ahora
help-closed-now = Cerrado ahora
help-open-24-7 = Abierto día y noche
help-opens-at = Abre a las { $time }
help-closes-at = Cierra a las { $time }
help-free = Llamada gratuita
help-may-cost = Las llamadas pueden costar dinero
help-languages = Idiomas: { $languages }
help-interpreters = Hay intérpretes
help-in-country = Líneas de ayuda en { $country }
help-none-open = Ahora no hay ninguna línea de ayuda abierta. Aun así, puede enviar un mensaje o un correo electrónico. ¿Está en peligro ahora? Llame al número de emergencias.
help-emergency = ¿Está en peligro ahora? Llame al { $number }.
help-count = { $count ->
        [0] No se encontraron líneas de ayuda
        [one] { $count } línea de ayuda
       *[other] { $count } líneas de ayuda
    }

## Quién atiende la línea. Siempre se debe mostrar el aviso sobre policía/migración.

operator-ngo = Atendida por una organización benéfica
operator-government = Atendida por el gobierno
operator-police = Atendida por la policía
operator-immigration = Atendida por las autoridades de migración
operator-intergovernmental = Atendida por una organización internacional
operator-warning-law = Esta línea la atiende la policía o migración. Pueden preguntarle por sus papeles. Si eso le da miedo, elija una línea atendida por una organización benéfica.
operator-warning-confirm = Llamar de todos modos

## Canales

channel-phone = Teléfono
channel-sms = Mensaje de texto
channel-whatsapp = WhatsApp
channel-web = Sitio web
channel-email = Correo electrónico

## Calidad de los datos

info-last-checked = Última revisión: { $date }
info-not-verified = No se ha revisado hace tiempo. Puede que el número haya cambiado.
info-source = Fuente

## Consejos de seguridad

tips-title = Cuídese cuando pida ayuda
tip-call-log = Las llamadas y los mensajes aparecen en la lista de llamadas del teléfono. Bórrelos después de llamar, si es seguro.
tip-phone-bill = Las llamadas pueden aparecer en la factura del teléfono. Los números gratuitos muchas veces no aparecen.
tip-borrow-phone = Si alguien revisa su teléfono, pida prestado un teléfono a alguien de confianza.
tip-law-lines = Algunas líneas las atiende la policía o migración. En esta aplicación están marcadas.
tip-documents = Guarde una copia de su pasaporte, documento de identidad, visa y contrato de trabajo. Guárdela en un lugar seguro o con alguien de confianza.
tip-hide = Toque «Ocultar» si alguien se acerca. La aplicación muestra la calculadora.
tip-emergency = ¿Está en peligro ahora? Llame al número de emergencias. Es gratis.

## Derechos y recursos

rights-title = Sus derechos
rights-in = Sus derechos en { $country }
rights-international = Derechos en todas partes
rights-paraphrase-note = Esto es un resumen corto, no es asesoría legal. Pregunte a un abogado o a una línea de ayuda sobre su caso.
rights-caveats = Tenga en cuenta
resources-title = Más para leer
search-placeholder = Buscar
search-no-results = No se encontró nada. Pruebe con otra palabra.
search-results = { $count ->
        [one] { $count } resultado
       *[other] { $count } resultados
    }
