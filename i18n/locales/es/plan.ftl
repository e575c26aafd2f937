## Plan de seguridad: secciones e indicaciones. La persona lo llena para sí misma.

plan-title = Su plan de seguridad
plan-intro = Planee con tiempo, para saber qué hacer si necesita irse o pedir ayuda. Solo usted puede ver esto.
plan-updated = Último cambio: { $date }

plan-warning-signs = Señales de alerta
    .prompt = ¿Qué le indica que las cosas se están poniendo más peligrosas?
    .example = Por ejemplo: el jefe se enoja por el dinero, llegan personas nuevas, le quitan sus papeles.

plan-safe-people = Personas de confianza
    .prompt = ¿A quién puede contactar si necesita ayuda?
plan-person-name = Nombre
plan-person-contact = Cómo comunicarse con esta persona
plan-person-code-word = Palabra clave
    .hint = Una palabra que puede decir o escribir para pedir ayuda sin que otros lo sepan.

plan-safe-places = Lugares seguros
    .prompt = ¿Adónde podría ir si necesita irse rápido?
    .example = Por ejemplo: la casa de un amigo, una iglesia o un templo, un refugio, una estación de policía si allí se siente a salvo.

plan-documents = Documentos
    .prompt = ¿Qué papeles debe guardar, o de cuáles debe guardar una copia?
plan-doc-passport = Pasaporte
plan-doc-id = Documento de identidad
plan-doc-visa = Visa o permiso de trabajo
plan-doc-contract = Contrato de trabajo
plan-doc-payslips = Recibos de pago
plan-doc-bank-card = Tarjeta bancaria
plan-doc-have = Lo tengo
plan-doc-copy = Tengo una copia
plan-doc-held = Lo tiene otra persona

plan-bag = Bolsa de emergencia
    .prompt = ¿Qué se llevaría si tuviera que irse rápido?
    .example = Por ejemplo: teléfono y cargador, dinero, medicinas, copias de documentos, ropa de abrigo.

plan-steps = Pasos para irse de forma segura
    .prompt = Escriba cada paso, en orden.
plan-step-number = Paso { $number }

plan-notes = Notas
    .prompt = Cualquier otra cosa que quiera recordar.

plan-item-add = Añadir
plan-item-remove = Quitar
plan-empty = Todavía no hay nada escrito aquí.

## El comando plan-set del programa de escritorio. Las palabras en inglés son lo que la persona
## escribe: se dejan igual. Entre paréntesis, lo que significan.
plan-set-sections = Escriba el nombre de una parte del plan: warning-signs (señales de alerta), safe-people (personas de confianza), safe-places (lugares seguros), documents (documentos), bag (bolsa de emergencia), steps (pasos) o notes (notas).
plan-set-document-kinds = Escriba el nombre de un documento: passport (pasaporte), id (documento de identidad), visa (visa o permiso de trabajo), contract (contrato de trabajo), payslips (recibos de pago) o bank-card (tarjeta bancaria).
plan-set-document-status = Escriba dónde está el documento: have (lo tengo), copy (tengo una copia) o held (lo tiene otra persona).
