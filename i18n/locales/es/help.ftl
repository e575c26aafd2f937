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
help-none-open = Ahora no hay ninguna línea de ayuda abierta. Aun así, puede enviar un mensaje o un correo electrónico. ¿Está en peligro ahora? Llame al { $number }.
help-hours-unknown = No se sabe el horario — intente llamar
help-hours-unknown-try = No sabemos cuándo están abiertas estas líneas. Intente llamar: puede que alguien conteste.
help-for-children = Para niños, niñas y jóvenes
help-no-verified-line = No pudimos comprobar ninguna línea de ayuda en este país. Pruebe las líneas de abajo para su región, o para personas de su país.
help-for-nationals = Líneas para personas de { $country }, estén donde estén
help-report-lines = Líneas que pasan las denuncias a la policía (no son líneas de ayuda)
help-police-caution = Hay informes de que en este país la policía trabaja con tratantes, o detiene a personas sin papeles. Piénselo bien antes de llamarla. Si puede, llame primero a una línea de ayuda.
help-emergency = ¿Está en peligro ahora? Llame al { $number }.
help-count = { $count ->
        [0] No se encontraron líneas de ayuda
        [one] { $count } línea de ayuda
       *[other] { $count } líneas de ayuda
    }

## Quién atiende la línea. Siempre se debe mostrar el aviso sobre policía/migración.

operator-ngo = Atendida por una ONG / organización sin fines de lucro
operator-government = Atendida por el gobierno
operator-police = Atendida por la policía
operator-immigration = Atendida por las autoridades de migración
operator-intergovernmental = Atendida por una organización internacional
operator-warning-law = Esta línea la atiende la policía o migración. Pueden preguntarle por sus papeles. Si eso le da miedo, elija una línea atendida por una ONG / organización sin fines de lucro.
operator-warning-confirm = Llamar de todos modos

## Quién puede oír lo que dice la persona. Se muestra ANTES del número de cada línea que lo tenga.

risk-police = Lo que usted diga se puede pasar a la policía.
risk-immigration = Lo que usted diga se puede pasar a migración.
risk-employer-authority = Lo que usted diga puede llegar a su empleador o a su patrocinador. Pregunte primero si podría afectar su visa o su residencia.
risk-child-protection = Lo que usted diga sobre un niño o una niña se puede pasar a los servicios de protección infantil.
risk-report-line = Esta línea recibe denuncias para la policía. No es una línea de ayuda.

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

## Consejos de seguridad (los consejos vienen con el contenido de ayuda)

tips-title = Cuídese cuando pida ayuda

## Contenido que se muestra en otro idioma, o traducido por una máquina

text-shown-in-english = Se muestra en inglés: todavía no está traducido
text-may-be-out-of-date = Puede que esta traducción no esté actualizada
text-machine-translated = Traducido por una máquina; todavía no lo ha revisado una persona

## El país donde está la persona

country-choose = ¿En qué país está? La ayuda depende del país.
country-prompt = País
country-unknown = No conocemos ese país. Escriba uno de los nombres o de los códigos de arriba.
country-needed = ¿En qué país está? Añada el país, por ejemplo: --country GB. O guárdelo: harbour set country GB.

## De dónde vienen los derechos

body-eu = Unión Europea
body-coe = Consejo de Europa
body-int = Derecho internacional
body-int-ilo = Organización Internacional del Trabajo

## Derechos y recursos

rights-title = Sus derechos
rights-in = Sus derechos en { $country }
rights-international = Derechos en todas partes
rights-regional = Derechos según: { $body }
rights-paraphrase-note = Esto es un resumen corto, no es asesoría legal. Pregunte a un abogado o a una línea de ayuda sobre su caso.
rights-caveats = Tenga en cuenta
resources-title = Más para leer
search-placeholder = Buscar
search-no-results = No se encontró nada. Pruebe con otra palabra.
search-results = { $count ->
        [one] { $count } resultado
       *[other] { $count } resultados
    }

## Palabras cotidianas para cada tema, que se añaden a lo que revisa la búsqueda, para que la
## persona encuentre un tema con la palabra que escribiría. Separadas por comas. Son palabras que
## la gente usa en español (de varias regiones), no una traducción palabra por palabra de la lista
## en inglés. La búsqueda ignora las tildes, así que no hace falta repetir palabras sin tilde.

topic-words-definition = trata, trata de personas, tráfico de personas, esclavitud, esclavo, esclava, explotación, explotado, explotada, forzado, forzada, obligado, obligada, a la fuerza
topic-words-consent = acepté, aceptar, aceptó, consentimiento, consentir, de acuerdo, elección, elegir, decidí, quise, por mi voluntad
topic-words-children = niño, niña, niños, niñas, menor, menor de edad, menor de 18, menores de 18, joven, jóvenes, adolescente, chico, chica, muchacho, muchacha, hijo, hija
topic-words-non-punishment = delito, crimen, castigo, castigado, castigada, cárcel, prisión, preso, presa, arrestado, arrestada, detenido, detenida, acusado, acusada, infracción, ley, antecedentes
topic-words-identification = víctima, víctimas, reconocido, reconocida, identificado, identificada, identificación como víctima, estatus, condición de víctima
topic-words-support = ayuda, apoyo, refugio, albergue, casa segura, casa de acogida, acogida, médico, doctor, doctora, dinero, vivienda, alojamiento, dónde dormir
topic-words-residence = visa, visado, permiso, permiso de residencia, quedarme, quedarse, papeles, sin papeles, residencia, deportado, deportada, deportar, deportación, expulsión, migración, inmigración
topic-words-documents = pasaporte, DNI, cédula, carnet, carné, identificación, documento de identidad, papeles, documentos, visa, visado, contrato
topic-words-wages = salario, sueldo, pago, paga, dinero, pagado, pagaron, no me pagan, sin pago, recibo de pago, nómina, colilla de pago
topic-words-debt = deuda, deudas, préstamo, debo, deber, prestado, me prestaron, dinero
topic-words-movement = salir, irme, irse, encerrado, encerrada, encierro, libre, libertad, moverme, escapar, escaparme, huir
topic-words-violence = violencia, golpe, golpes, pegar, me pega, me pegan, daño, lastimar, maltrato, abuso, sexual, violación, violar, amenaza, amenazas
topic-words-compensation = indemnización, compensación, daños, daños y perjuicios, devolver el dinero, reclamar, reclamación, reclamo
topic-words-reporting = policía, denuncia, denunciar, queja, quejarse, reportar, contar, decir, avisar
topic-words-legal-help = abogado, abogada, legal, asesoría, asesoramiento, consejo, tribunal, juzgado, juicio, juez, ayuda legal gratuita, defensor público, defensoría
topic-words-labour-rights = trabajo, empleo, chamba, curro, laburo, empleador, empleadora, jefe, jefa, patrón, patrona, derechos, contrato, horas, horario
topic-words-recruitment-fees = agente, agencia, reclutador, reclutadora, intermediario, enganchador, coyote, comisión, cuota, tarifa, cobro por el trabajo, pagar por el trabajo, contratación, reclutamiento
topic-words-work-conditions = horas, horario, descanso, día libre, días libres, horas extra, comida, dormir, seguridad, condiciones de trabajo
