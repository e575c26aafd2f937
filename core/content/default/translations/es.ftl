# Contenido de Harbour en español (es). Borrador hecho por máquina, todavía sin revisar por un
# hablante nativo. Solo se traduce el texto después de `=`; los ids, los nombres de atributo y
# la línea `# hb:` de cada mensaje se copian sin cambios. Notas para quien revise: es.notes.md.

# hb: source=ddea4b8025a96e10 status=machine
right_ae-1 = Su empleador no debe quedarse con su pasaporte
    .body = La ley laboral de los EAU dice que su empleador no debe quedarse con sus documentos oficiales, como su pasaporte. Las personas trabajadoras del hogar también tienen derecho a guardar su propio pasaporte y su documento de identidad. No tiene que discutir esto con su empleador. Puede poner una queja ante el ministerio de trabajo (MOHRE) en el 80060.
    .caveats = Dejar su trabajo sin avisar puede llevar a una denuncia por abandono del trabajo («absconding»). Pida consejo antes de irse.

# hb: source=79e86c2473363aa5 status=machine
right_ae-2 = El ministerio dice que quedarse con el pasaporte es trabajo forzoso
    .body = El ministerio de trabajo ha dicho que quedarse con el pasaporte de un trabajador es una forma de trabajo forzoso. Un empleador solo puede tener un pasaporte por poco tiempo, para tramitar, renovar o cancelar una visa.
    .caveats = Muchos empleadores todavía se quedan con los pasaportes, y las sanciones son débiles.

# hb: source=71192aff8eb6ff45 status=machine
right_ae-3 = Refugios y apoyo para víctimas de trata
    .body = Los EAU tienen refugios para víctimas de trata, como Ewaa en Abu Dabi y la Dubai Foundation for Women and Children (Fundación de Dubái para Mujeres y Niños). Dan un lugar seguro donde quedarse, atención médica, apoyo psicológico y ayuda legal. Las víctimas pueden recibir un permiso temporal para quedarse en el país mientras dura el juicio, y ayuda para volver a casa de forma segura.
    .caveats = Los refugios trabajan de cerca con la policía.

# hb: source=fa53873707784d1e status=machine
right_ae-4 = A quién llamar por trata de personas en los EAU
    .body = En Dubái, las mujeres y los niños pueden llamar a la Dubai Foundation for Women and Children al 800111. Es gratis y atiende día y noche. Cualquier persona preocupada por un niño o una niña puede llamar al 116111. Para problemas en el trabajo, llame al ministerio de trabajo al 80060.
    .caveats = La línea para niños la atiende la policía, y los otros servicios trabajan con la policía.

# hb: source=5cf2b4058530272d status=machine
right_ae-5 = Cuándo puede cambiar de empleador
    .body = Puede cambiar de empleador cuando termina su contrato, cuando usted y su empleador acuerdan terminarlo, o cuando su empleador lo termina por un motivo que no es culpa suya. Después de que cancelan su visa, tiene un plazo de gracia para encontrar un trabajo nuevo o salir del país; el plazo aparece en su papel de cancelación. Su empleador no debe despedirle por poner una queja ante el ministerio.
    .caveats = Si deja el trabajo durante el periodo de prueba sin avisar, o si se comprueba que es cierta una denuncia por abandono del trabajo contra usted, pueden negarle un nuevo permiso de trabajo durante un año.

# hb: source=7617c001ef1451ff status=machine
right_ae-6 = Su salario se debe pagar a tiempo
    .body = Las empresas deben pagar los salarios por el sistema oficial Wage Protection System (Sistema de Protección de Salarios), en una cuenta de banco o de casa de cambio, para que el ministerio de trabajo pueda comprobar que le pagan todo y a tiempo. A las personas trabajadoras del hogar se les debe pagar dentro de los 10 días después de la fecha de pago. Si no le pagan, ponga una queja ante el ministerio de trabajo (MOHRE) en el 80060, en su aplicación o en su sitio web. Primero el ministerio intenta resolver el caso; si no lo logra, el caso va a un tribunal.
    .caveats = A muchas personas trabajadoras del hogar todavía les pagan fuera del sistema de salarios. Lleve su propio registro de lo que le pagaron.

# hb: source=eb4b8f38617de804 status=machine
right_ae-7 = Denuncias por abandono del trabajo: qué significan y qué hacer
    .body = Si falta al trabajo más de 7 días seguidos sin un motivo legal, y su empleador no puede comunicarse con usted, su empleador puede hacer una denuncia por abandono del trabajo («absconding»). Si se comprueba que la denuncia es cierta, puede impedirle obtener un nuevo permiso de trabajo durante un año y puede afectar su residencia. Puede llamar al ministerio de trabajo al 600590000 para preguntar si hay una denuncia contra usted. Una denuncia falsa se puede impugnar en el ministerio; por eso guarde pruebas, como mensajes, quejas y registros de pago.
    .caveats = Un empleador no debería hacer esta denuncia solo porque usted se quejó o renunció. Si se va por abuso o por salarios no pagados, intente primero poner una queja ante el ministerio.

# hb: source=cdeac1b21d4262bc status=machine
right_au-1 = La trata y el matrimonio forzado son delitos en Australia
    .body = La trata de personas y obligar a alguien a casarse contra su voluntad son delitos en Australia.

# hb: source=4f3c96b7d0a18f4c status=machine
right_au-2 = Lo que ofrece el Support for Trafficked People Program
    .body = El Support for Trafficked People Program (Programa de Apoyo a Personas Víctimas de Trata), que dirige la Cruz Roja Australiana con dinero del Department of Social Services (Departamento de Servicios Sociales), puede darle un trabajador social, ayuda económica, alojamiento, atención de salud, apoyo psicológico y derivación a servicios legales y de migración.

# hb: source=5debd79143b2a6be status=machine
right_au-3 = Cómo entrar en el programa de apoyo
    .body = Puede entrar en el programa si le deriva la Policía Federal Australiana (131 237) o por la Additional Referral Pathway (vía adicional de derivación) que dirige The Salvation Army (Ejército de Salvación).

# hb: source=24f71d2d9b82a57e status=machine
right_au-4 = El apoyo suele durar hasta 110 días
    .body = El apoyo suele durar hasta 110 días (90 días de apoyo intensivo más 20 días de transición); puede durar más si usted participa en un proceso penal.

# hb: source=063de71836fa4036 status=machine
right_au-5 = Participar es voluntario
    .body = Participar es voluntario y puede dejar el programa en cualquier momento.

# hb: source=39d17f1b5b188718 status=machine
right_au-6 = Recupere los salarios no pagados con el Fair Work Ombudsman
    .body = Las personas con visa y las personas trabajadoras migrantes tienen los mismos derechos de pago y de trabajo que los demás trabajadores en Australia. Esto sigue siendo así aunque usted no haya cumplido una condición de su visa, no tenga permiso para trabajar o no tenga derecho a estar en Australia. El Fair Work Ombudsman (Defensoría del Trabajo Justo) da ayuda gratuita con salarios no pagados. Llame al 13 13 94. Para tener un intérprete, llame al 131 450 y pida que llamen al Ombudsman.
    .caveats = Home Affairs (Ministerio del Interior) normalmente no cancela una visa temporal por no cumplir las condiciones de trabajo a causa de la explotación, si usted recibe ayuda del Ombudsman y no hay otro motivo. Si no tenía permiso para trabajar, cada caso se decide por separado.

# hb: source=03bc12bb9778e1c2 status=machine
right_bh-1 = Cambiar de empleador en Baréin
    .body = Después de un año con su empleador, puede pasar a un nuevo empleador sin el permiso de su empleador actual. Debe avisar a la LMRA y a su empleador, dar el preaviso que dice su contrato y seguir los pasos del traslado. En su primer año, su empleador puede negarse al cambio. Cuando termina su permiso de trabajo, tiene 30 días para encontrar un nuevo empleador o salir del país.
    .caveats = El preaviso suele ser de 30 a 90 días. No acepte otro trabajo durante los 30 días después de que termine su permiso.

# hb: source=5eb5ef2dd88c3f97 status=machine
right_bh-2 = Su derecho a recibir todo su salario en Baréin
    .body = Tiene derecho a recibir todo su salario en la fecha que dice su contrato. Si no le pagan, dígaselo a su empleador y reclame su salario. Puede poner una queja ante el Ministerio de Trabajo, o registrar un caso laboral gratis en el Protection and Grievances Centre (Centro de Protección y Quejas) de la LMRA.
    .caveats = La guía de la LMRA dice que siga trabajando mientras reclama los salarios no pagados. Si sufre abusos o está en peligro, vaya al Protection and Grievances Centre, al Ministerio de Trabajo, a la policía o a su embajada.

# hb: source=fa6ca482c6a59868 status=machine
right_bh-3 = Su pasaporte es suyo
    .body = La autoridad laboral de Baréin dice que su pasaporte es de su propiedad. Si usted decide dárselo a alguien para que lo guarde, pida un recibo por escrito. Su empleador no debe cobrarle por su permiso de trabajo. Si sufre abusos o presiones, puede ir al Protection and Grievances Centre de la LMRA, al Ministerio de Trabajo o a su embajada.

# hb: source=cd22cd26de4c6c4f status=machine
right_bh-4 = Avisos de ausencia en Baréin
    .body = No falte al trabajo más de 15 días sin permiso de su empleador, porque su empleador debe avisar de su ausencia a la LMRA. La LMRA intenta comunicarse con el trabajador, así que mantenga al día su número de teléfono en la LMRA. Puede ver en el sitio web de la LMRA si le reportaron como ausente. Puede impugnar cualquier decisión de la LMRA dentro de 30 días.
    .caveats = Hay personas sin documentos válidos que fueron deportadas sin que nadie revisara si eran víctimas de trata. Busque ayuda pronto.

# hb: source=46b6e08c1c685697 status=machine
right_br-1 = Residencia para migrantes víctimas de trata o de esclavitud
    .body = Brasil puede dar un permiso de residencia a migrantes que fueron víctimas de trata de personas, de trabajo esclavo, o de una violación de derechos agravada por su situación migratoria. La solicitud se puede hacer en cualquier oficina de la Policía Federal (Polícia Federal), y la Policía Federal decide.
    .caveats = Los defensores públicos, los inspectores de trabajo o los fiscales pueden ayudar a preparar la solicitud. Pídales ayuda a ellos o a un grupo de apoyo.

# hb: source=0e45a5882cff6ec9 status=machine
right_br-2 = Ayuda para víctimas, ayude o no a la policía
    .body = La ley de trata de Brasil dice que las víctimas deben recibir atención completa sin importar su nacionalidad, y aunque no colaboren con las investigaciones o los juicios. La atención incluye ayuda legal, social, laboral y de salud, refugio temporal, protección de su privacidad y su identidad, e información sobre los trámites.

# hb: source=aee560d97a2389e1 status=machine
right_br-3 = Rescate de trabajo esclavo: su pago y 3 pagos mensuales
    .body = Cuando los inspectores de trabajo rescatan a trabajadores de un trabajo parecido a la esclavitud, terminan el empleo y ordenan al empleador pagar los salarios y el dinero de fin de contrato que se debe. Las personas rescatadas también reciben 3 pagos mensuales de un seguro de desempleo especial, cada uno igual al salario mínimo. El inspector de trabajo le da el formulario. Haga la solicitud dentro de los 90 días después del rescate.
    .caveats = La fiscalía del trabajo (MPT) también puede obligar al empleador a pagar una indemnización por daños.

# hb: source=b4f4108930b0787e status=machine
right_ca-1 = Permiso de residente temporal para víctimas de trata
    .body = Si usted es víctima de trata de personas y no tiene situación legal en Canadá, puede pedir un permiso especial de residente temporal. Desde el 4 de febrero de 2025 normalmente se da por al menos 12 meses. No hay que pagar. Con él recibe atención de salud y puede pedir un permiso de trabajo o de estudios. No tiene que declarar contra el tratante. Puede comunicarse directamente con migración.
    .caveats = Un funcionario de migración puede entrevistarle y es quien decide. El permiso se puede renovar, según su situación.

# hb: source=f4a954a53a1f6107 status=machine
right_ca-2 = Su empleador debe pagarle lo acordado
    .body = Las personas trabajadoras extranjeras temporales tienen los mismos derechos que los demás trabajadores en Canadá. Su empleador debe pagarle lo que dice su acuerdo de empleo, incluidas las horas extra si están en el acuerdo. Su empleador no puede quitarle el pasaporte, hacer que le deporten ni obligarle a devolver gastos de contratación. Si no le pagan, comuníquese con la oficina de normas de empleo de su provincia o territorio.
    .caveats = Las reglas cambian según la provincia. Puede denunciar abusos en la línea confidencial de denuncias de Service Canada, 1-866-602-9448. Si sufre abusos, tal vez pueda obtener un permiso de trabajo abierto para cambiar de trabajo.

# hb: source=a0f09d7048ff59d7 status=machine
right_coe-1 = Al menos 30 días para recuperarse y decidir
    .body = Los países que se unieron a este tratado deben dar a una posible víctima al menos 30 días para recuperarse. Este tiempo debe empezar en cuanto haya buenas razones para creer que usted es víctima. Es un tiempo para alejarse de los tratantes, sentirse un poco más a salvo y decidir libremente si quiere ayudar a la policía y a los fiscales.
    .caveats = Un país puede negar este tiempo por razones de orden público, o si cree que alguien dijo falsamente que era víctima.

# hb: source=ad272d82fc240c5c status=machine
right_coe-2 = Durante este tiempo no le pueden expulsar
    .body = Durante el periodo de recuperación y reflexión, no se puede cumplir una orden para sacarle del país. El país debe dejarle quedarse durante este tiempo. También debería recibir la ayuda básica que indica el tratado, como un lugar seguro para vivir, atención médica de urgencia, intérpretes e información sobre sus derechos.
    .caveats = Un país puede negar este tiempo por razones de orden público, o si cree que alguien dijo falsamente que era víctima.

# hb: source=955890835087e911 status=machine
right_coe-3 = Un permiso de residencia que se puede renovar
    .body = Los países deben dar a las víctimas un permiso de residencia que se pueda renovar cuando las autoridades crean que usted necesita quedarse. Puede ser por su situación personal, o porque usted ayuda en una investigación o un juicio. Cada país elige uno de estos motivos o los dos. Recibir este permiso no debería impedirle pedir asilo.
    .caveats = En muchos países el permiso es solo para personas que ayudan a la policía. Pregunte a un abogado qué se aplica donde usted está.

# hb: source=8763a756bede33aa status=machine
right_coe-4 = Delitos que le obligaron a cometer: primero consiga un abogado
    .body = El tratado dice que los países deben hacer posible no castigar a las víctimas por cosas ilegales que fueron obligadas a hacer. Esto es solo una posibilidad. No promete que no le acusarán ni le castigarán. Cómo funciona depende de la ley de cada país. Antes de hablar con la policía o con funcionarios sobre cualquier delito que le obligaron a cometer, consiga un abogado.
    .caveats = No firme ni admita nada sobre esos delitos sin un abogado.

# hb: source=7a73c7efa8555bb8 status=machine
right_coe-5 = Ayuda para recuperarse: lo que promete el tratado
    .body = Los países deben ayudar a las víctimas a recuperarse en cuerpo y mente. Como mínimo: un lugar seguro y adecuado para vivir, ayuda para cubrir las necesidades básicas, atención médica de urgencia, intérpretes cuando hagan falta, consejo e información sobre sus derechos en un idioma que usted entienda, ayuda para participar en los juicios, y escuela para los niños. Esta ayuda no debería depender de que usted acepte ser testigo.
    .caveats = Cuánta ayuda recibe depende de cada país.

# hb: source=ea896d937db53247 status=machine
right_coe-6 = Información, ayuda legal e indemnización
    .body = Desde su primer contacto con las autoridades, debería recibir información sobre los trámites judiciales y oficiales en un idioma que entienda. Los países deben dar a las víctimas el derecho a ayuda legal y a asistencia jurídica gratuita, según sus propias reglas. Usted tiene derecho a pedir una indemnización a los tratantes. Los países también deben asegurarse de que las víctimas puedan recibir una indemnización de alguna forma, por ejemplo con un fondo para víctimas.
    .caveats = En la práctica, pocas víctimas reciben dinero de los tratantes. Pida asesoría legal pronto.

# hb: source=cffc6fce33f52539 status=machine
right_de-1 = Al menos 3 meses para decidir (periodo de reflexión)
    .body = Si las autoridades tienen señales de que usted es víctima de trata o de explotación laboral y le dicen que salga de Alemania, deben darle al menos 3 meses antes de que tenga que irse. Este tiempo es para que se estabilice y decida si quiere colaborar con la policía.
    .caveats = Pida ayuda a un centro de asesoramiento especializado en víctimas de trata.

# hb: source=3a0d24e79df10b72 status=machine
right_de-2 = Permiso de residencia si usted es testigo
    .body = Si acepta ser testigo en el proceso penal, puede recibir un permiso de residencia. El fiscal o el tribunal deben considerar que su presencia es útil para el caso, y usted debe haber cortado el contacto con los acusados. Primero se da por un año y está ligado al caso. Después del caso se debería prolongar si hay razones humanitarias o personales. Se puede permitir trabajar.
    .caveats = Este permiso depende de su ayuda en el proceso penal. Pida consejo a un centro de asesoramiento especializado antes de decidir.

# hb: source=d3185f814e1500fb status=machine
right_de-3 = Tiene derecho a su pago, incluso sin papeles
    .body = En Alemania, toda persona que ha trabajado tiene derecho a que le paguen, sea cual sea su situación de residencia. Esto vale incluso sin permiso de trabajo. Los centros de asesoramiento de los sindicatos, a menudo llamados 'Faire Integration', también aconsejan a personas sin residencia segura.
    .caveats = Si va a un tribunal sin papeles, puede que el tribunal tenga que informar a la oficina de migración. Pida consejo antes de actuar.

# hb: source=60101cc99cb68cec status=machine
right_es-1 = Permiso de residencia y trabajo para víctimas de trata
    .body = Si le identifican como víctima de trata y le eximen de la sanción por estar en España sin papeles, deben decirle que puede pedir un permiso de residencia y trabajo por circunstancias excepcionales. Puede pedirlo porque ayuda en la investigación, o por su situación personal. Mientras se decide, un permiso provisional puede permitirle trabajar en cualquier empleo.
    .caveats = Se puede incluir a sus hijos o a sus padres que estén en España. Pida a un grupo de apoyo especializado o a un abogado que le ayude con los papeles.

# hb: source=36ac7c231ec5499f status=machine
right_es-2 = Denuncie los salarios no pagados ante la Inspección de Trabajo
    .body = Trabajar sin permiso no le quita el derecho a cobrar por el trabajo que hizo. Puede denunciar los salarios no pagados ante la Inspección de Trabajo y Seguridad Social (Inspección de Trabajo). Una denuncia formal necesita su nombre. También hay un buzón en internet para avisar de abusos sin dar su nombre, pero la Inspección solo tiene obligación de investigar las denuncias que dan un nombre.
    .caveats = Si no tiene papeles, pregunte a un sindicato o a un abogado antes de denunciar.

# hb: source=af0f4747ae83f3b8 status=machine
right_eu-1 = Cambios de 2024: más formas de explotación son trata
    .body = La principal ley de la UE contra la trata cambió en 2024. El matrimonio forzado, la adopción ilegal y la explotación de la gestación subrogada (usar a una mujer para que lleve un bebé para otras personas) ahora cuentan como trata. Los países de la UE deben tratarlos como delitos de trata en su propia ley.
    .caveats = Dinamarca no está obligada por esta ley de la UE. La ley de cada país decide los detalles.

# hb: source=d86f6604ff080a70 status=machine
right_eu-10 = Salarios no pagados si trabajó sin papeles
    .body = Si usted es de fuera de la UE y le dieron empleo mientras estaba sin permiso, la ley de la UE dice que su empleador igualmente debe pagarle los salarios que le debe. Se supone que le debían al menos el salario mínimo, salvo que se demuestre lo contrario. Puede reclamar incluso después de haberse ido o de que le hayan enviado a su país. Antes de enviarle a su país, deberían informarle de este derecho.
    .caveats = Esta ley también trata sobre enviar a las personas a su país. Pida consejo a un abogado o a una organización de apoyo antes de reclamar.

# hb: source=4440181becdac516 status=machine
right_eu-2 = Los cambios de 2024 ya deberían estar en la ley de cada país
    .body = Los cambios de 2024 entraron en vigor el 14 de julio de 2024. Los países de la UE tenían hasta el 15 de julio de 2026 para ponerlos en sus propias leyes. Esa fecha ya pasó, así que las nuevas reglas ya deberían aplicarse en cada país de la UE. Algunos países pueden ir con retraso. Si no se respeta un derecho, pregunte a un abogado o a una organización de apoyo si su país ha cambiado su ley.
    .caveats = Dinamarca no está obligada por esta ley de la UE.

# hb: source=711ea0e228aadead status=machine
right_eu-3 = Usar a sabiendas los servicios de una víctima es un delito
    .body = Con los cambios de 2024, una persona que usa los servicios de alguien que sabe que es víctima de trata comete un delito. Los países de la UE deben castigar esto en su ley. Los cambios también buscan dar a las víctimas más ayuda y apoyo.
    .caveats = Este delito es de la persona que usa a una víctima, no de la víctima.

# hb: source=5751912b1d86f768 status=machine
right_eu-4 = Víctimas de fuera de la UE: tiempo para recuperarse y decidir
    .body = Si usted no tiene la ciudadanía de la UE y puede ser víctima de trata, las autoridades deben informarle de un «periodo de reflexión». Es un tiempo para recuperarse, alejarse de los tratantes y decidir si quiere ayudar a la policía. Durante este tiempo no le deben sacar del país. Debería recibir apoyo básico para vivir, atención médica de urgencia y ayuda con la traducción. Cada país decide cuánto dura.
    .caveats = No se aplica en Dinamarca ni en Irlanda. Durante este tiempo igual se puede tomar una decisión para sacarle del país, pero no se debe cumplir. El periodo de reflexión por sí solo no le da derecho a vivir en el país.

# hb: source=2cb65c4b49c086b0 status=machine
right_eu-5 = Víctimas de fuera de la UE que ayudan a la policía pueden recibir un permiso
    .body = Si usted no tiene la ciudadanía de la UE, una ley de la UE le permite recibir un permiso de residencia temporal si colabora con la policía o los fiscales contra los tratantes. El permiso está ligado al caso y dura un tiempo limitado. Algunos países también dan permisos por motivos personales. Pregunte a un abogado qué ofrece su país y qué le permite hacer el permiso.
    .caveats = No se aplica en Dinamarca ni en Irlanda. Ayudar a la policía puede tener riesgos. Pida consejo antes de decidir.

# hb: source=c6248c1016bfcd35 status=machine
right_eu-6 = La ayuda no depende de ayudar a la policía
    .body = En la UE, debería recibir ayuda y apoyo aunque no quiera colaborar con la policía ni ir a juicio. La ayuda debería empezar en cuanto las autoridades tengan buenas razones para pensar que usted puede ser víctima. La ayuda puede incluir un lugar seguro donde quedarse, ayuda material, atención médica y psicológica, consejo e información, e intérpretes.
    .caveats = Un permiso de residencia todavía puede depender de ayudar a la policía. Dinamarca no está obligada por esta ley de la UE. La ley de cada país decide los detalles.

# hb: source=f2c2a455cd58d4f9 status=machine
right_eu-7 = Delitos que le obligaron a cometer
    .body = La ley de la UE dice que las autoridades deben tener el poder de no acusar ni castigar a las víctimas de trata por delitos que fueron obligadas a cometer porque eran víctimas de trata. Por ejemplo, usar papeles falsos o no cumplir las reglas sobre prostitución o migración. Esto es un poder, no una promesa. La policía o el fiscal deciden.
    .caveats = Consiga un abogado antes de hablar con la policía o con funcionarios sobre cualquier delito que le obligaron a cometer.

# hb: source=ec055b2262b04733 status=machine
right_eu-8 = Asesoría legal y un abogado, gratis si no puede pagar
    .body = En la UE, las víctimas de trata deben recibir asesoría legal y un abogado sin demora. Esto incluye ayuda para reclamar una indemnización. Debe ser gratis si usted no tiene suficiente dinero. Pida a la policía, al tribunal o a una organización de apoyo que le ayuden a encontrar un abogado.
    .caveats = Cada país tiene sus propias reglas sobre la ayuda legal gratuita.

# hb: source=1829bf9608240089 status=machine
right_eu-9 = Puede pedir una indemnización
    .body = En la UE, las víctimas de trata deben poder usar los sistemas del Estado que pagan indemnizaciones a las víctimas de delitos violentos. Algunos países también tienen un fondo especial para víctimas. Un abogado puede ayudarle a reclamar.
    .caveats = Las reclamaciones pueden tardar mucho, y muchas víctimas no reciben nada. Pida asesoría legal pronto.

# hb: source=deb140bc1511a718 status=machine
right_fr-1 = 30 días para pensar, con derecho a trabajar
    .body = Si la policía o la gendarmería le han escuchado como posible víctima de trata o de proxenetismo, deben informarle de un periodo de reflexión de 30 días. Durante ese tiempo recibe un resguardo (récépissé). Impide que se dicte o se cumpla cualquier orden de expulsión, y le permite trabajar.

# hb: source=ae831cf36a91e836 status=machine
right_fr-2 = Tarjeta de residencia si denuncia o declara como testigo
    .body = Si denuncia a los tratantes o proxenetas, o declara como testigo en un proceso penal contra ellos, recibe una tarjeta de residencia de un año ('vie privée et familiale'). Se renueva mientras dura el proceso penal. Si al final condenan a la persona acusada, recibe una tarjeta de residente de 10 años.
    .caveats = Desde 2021 la ley también dice que usted debe haber cortado todo contacto con los explotadores. La tarjeta puede dejar de valer si ya no se cumplen las condiciones.

# hb: source=5897f59a7bd867b7 status=machine
right_fr-3 = Sin papeles, igual le deben su salario
    .body = Aunque haya trabajado sin papeles o sin que le dieran de alta, conserva sus derechos. Le deben su salario por el tiempo que trabajó. Salvo que el empleador demuestre otra cosa, la ley cuenta al menos 3 meses de trabajo. Si el trabajo termina, también le deben una suma global de 3 meses de salario, o más si otras reglas dan más. Puede ir a la inspección de trabajo o al tribunal laboral (conseil de prud'hommes).
    .caveats = Pida consejo primero a un sindicato o a un grupo de apoyo, también sobre lo que significa para sus papeles.

# hb: source=742a9bad55598ce1 status=machine
right_gb-1 = Cómo identifica el Reino Unido a las víctimas: el NRM
    .body = El National Referral Mechanism (NRM, Mecanismo Nacional de Derivación) es el sistema del gobierno del Reino Unido para identificar a las víctimas de esclavitud moderna y asegurar que reciban apoyo. La esclavitud moderna incluye la trata, la esclavitud, la servidumbre y el trabajo forzoso. Hay dos decisiones. Primero, una decisión de «motivos razonables» (reasonable grounds). Después, una decisión final de «motivos concluyentes» (conclusive grounds). Si la primera es positiva, le tratan como posible víctima. Si la final es positiva, usted es una víctima confirmada.
    .caveats = Una decisión positiva no le da por sí sola permiso para quedarse en el Reino Unido.

# hb: source=b46a7c266fee3937 status=machine
right_gb-10 = Si le obligaron a cometer un delito: una defensa (Inglaterra y Gales)
    .body = En Inglaterra y Gales, un adulto no es culpable de un delito si lo cometió porque le obligaron, la obligación venía de la esclavitud o la trata, y una persona razonable en la misma situación no habría tenido otra opción real. Para menores de 18 años, basta con que el acto fuera una consecuencia directa de ser víctima y que una persona razonable hubiera hecho lo mismo. La defensa no cubre muchos delitos graves, como el asesinato, el secuestro, el robo y las lesiones.
    .caveats = La defensa se usa en el tribunal. Dígale pronto a su abogado que sufrió explotación.

# hb: source=7f928162e3768830 status=machine
right_gb-11 = Permiso temporal para quedarse para víctimas confirmadas
    .body = Si recibe una decisión final positiva, y no tiene la nacionalidad británica ni permiso para quedarse, el Home Office (Ministerio del Interior) debe darle un permiso temporal para quedarse si cree que hace falta: para ayudarle a recuperarse del daño causado por la explotación, para pedir una indemnización, o para ayudar a la policía o en un juicio sobre ello. El Home Office puede negarlo si cree que usted podría recibir esa ayuda, o reclamar la indemnización, en otro país.
    .caveats = En 2024 el Home Office paró algunas decisiones basadas en las necesidades de recuperación. Pregunte a un abogado qué se aplica ahora. Esta protección se puede perder por motivos de orden público o de mala fe.

# hb: source=834d1ca3c940ca28 status=machine
right_gb-12 = Apoyo en Escocia
    .body = En Escocia, el Gobierno escocés debe organizar apoyo para adultos cuando hay motivos razonables para creer que son víctimas de trata, esclavitud o trabajo forzoso. El apoyo se basa en sus necesidades. Se debe dar hasta 90 días, o hasta la decisión final si llega antes, y puede seguir por más tiempo. Puede cubrir un lugar para vivir, los gastos diarios, atención médica y psicológica, intérpretes, apoyo psicológico, asesoría legal, información sobre otros servicios y ayuda para volver a su país.
    .caveats = Pregunte a una organización de apoyo en Escocia qué se aplica a su caso ahora.

# hb: source=d2a7f6b0c1e109aa status=machine
right_gb-13 = Delitos que le obligaron a cometer (Escocia)
    .body = En Escocia, los fiscales deben seguir las instrucciones del Lord Advocate (fiscal general de Escocia) cuando deciden si acusan a alguien que es, o parece ser, víctima de trata o de trabajo forzoso, y a quien obligaron a cometer un delito por eso. Las instrucciones dicen que, en esos casos, en principio no se debe acusar. Aun así, el fiscal decide. No es una protección automática.
    .caveats = Dígale a su abogado lo antes posible que sufrió explotación.

# hb: source=5e544b939c15c176 status=machine
right_gb-14 = Apoyo en Irlanda del Norte
    .body = En Irlanda del Norte, el Department of Justice (Departamento de Justicia) debe asegurarse de que los adultos reciban ayuda y apoyo cuando les derivan, o están a punto de derivarles, para decidir si pueden ser víctimas de trata, esclavitud o trabajo forzoso. Sigue hasta que se toman las decisiones. Si le confirman como víctima dentro de los 45 días después de la primera decisión, dura al menos hasta que terminan esos 45 días, o más. No debe depender de que usted sea testigo, y solo se da si usted está de acuerdo.
    .caveats = El apoyo también puede seguir después de una decisión final positiva. Pregunte a una organización de apoyo.

# hb: source=9dbeb6fe39364bb3 status=machine
right_gb-15 = Si le obligaron a cometer un delito: una defensa (Irlanda del Norte)
    .body = En Irlanda del Norte, un adulto no es culpable de algunos delitos si le obligaron a cometerlos, la obligación venía de la esclavitud o la trata, y una persona razonable en la misma situación no habría tenido otra opción real. Para los niños, basta con que el acto fuera una consecuencia directa de ser víctima. La defensa no se aplica a los delitos más graves.
    .caveats = Consiga un abogado antes de hablar con la policía sobre estos delitos.

# hb: source=1653299ba28964fe status=machine
right_gb-16 = Su derecho al salario mínimo
    .body = A la mayoría de los trabajadores en el Reino Unido se les debe pagar al menos el National Minimum Wage o el National Living Wage (salario mínimo legal). No hace falta un contrato por escrito. Las propinas no cuentan para el mínimo, y los cobros por uniformes o herramientas no deben dejar su pago por debajo del mínimo. Si le pagan menos, puede llamar a la línea de ayuda confidencial de Acas, o poner una queja ante HMRC (la agencia tributaria). HMRC puede ordenar al empleador que le pague lo que le debe. También puede ir a un tribunal laboral (employment tribunal).
    .caveats = Si trabajó sin permiso para trabajar en el Reino Unido, puede que no esté claro si tiene derecho a este pago. Pida consejo a un abogado o a una organización de apoyo antes de quejarse.

# hb: source=3470229f72658a6a status=machine
right_gb-2 = Quién puede derivarle, y su consentimiento
    .body = Usted no puede entrar al NRM por su cuenta. Solo el personal de ciertas organizaciones, llamadas First Responders (primeros intervinientes), puede derivarle. Por ejemplo, la policía, los ayuntamientos, algunas ONG como The Salvation Army (Ejército de Salvación), y partes del Home Office (Ministerio del Interior). Si tiene 18 años o más, primero necesitan su acuerdo. Deberían explicarle qué es el NRM, qué ayuda puede recibir y qué podría pasar. A los niños se les deriva sin que tengan que estar de acuerdo.
    .caveats = Lo que usted diga se puede compartir con la policía y otros organismos públicos. Haga preguntas antes de aceptar.

# hb: source=868969f1abed41c9 status=machine
right_gb-3 = La primera decisión: «motivos razonables»
    .body = Después de la derivación, una persona del Home Office (Ministerio del Interior) decide si hay «motivos razonables» (reasonable grounds) para creer que usted es víctima. Desde enero de 2023, su propio relato por sí solo normalmente no basta. Buscan otra información que apoye lo que usted dice. Por eso, dé a su First Responder todos los detalles que pueda dar sin ponerse en riesgo. El objetivo es decidir en unos 5 días hábiles, pero puede tardar más.
    .caveats = Si la respuesta es no, pida asesoría legal rápido.

# hb: source=38eb37fba903b6cf status=machine
right_gb-4 = Periodo de recuperación después de una primera decisión positiva
    .body = Después de una decisión positiva de «motivos razonables», recibe un periodo de recuperación. El gobierno dice que dura al menos 30 días. Durante este tiempo no le deberían sacar del Reino Unido. En Inglaterra y Gales, la ley dice que debe recibir el apoyo que necesita para recuperarse del daño. Estas protecciones se pueden perder si le excluyen por motivos de orden público o de mala fe.
    .caveats = Páginas más antiguas pueden decir 45 días. Esa era la regla antes de diciembre de 2022.

# hb: source=a4495196d342141f status=machine
right_gb-5 = Apoyo después de una decisión final positiva (Inglaterra y Gales)
    .body = Si recibe una decisión positiva de «motivos concluyentes» (conclusive grounds) mientras recibe apoyo pagado por el gobierno, empieza un periodo de transición («move-on»). Dura al menos 45 días. Su trabajador de apoyo le ayuda a planear sus próximos pasos. Puede pedir una Recovery Needs Assessment (evaluación de necesidades de recuperación). El Home Office la usa para decidir si necesita apoyo por más de 45 días. No tiene que participar, y puede decidir dejar el apoyo antes.

# hb: source=6983e4c95fe6b5c9 status=machine
right_gb-6 = Apoyo pagado por el gobierno en Inglaterra y Gales
    .body = En Inglaterra y Gales, el gobierno paga el apoyo a través del Modern Slavery Victim Care Contract (contrato de atención a víctimas de esclavitud moderna). The Salvation Army (Ejército de Salvación) lo dirige con organizaciones asociadas. Si lo necesita, el apoyo puede incluir un lugar seguro donde quedarse, dinero, atención de salud, apoyo psicológico, intérpretes y asesoría legal confidencial. La línea de ayuda de derivación de The Salvation Army es el 0800 808 3733, abierta las 24 horas, los 7 días de la semana.
    .caveats = Normalmente tiene que aceptar una derivación al NRM para recibir este apoyo.

# hb: source=64a456fe91aa6975 status=machine
right_gb-7 = Quién decide: dos equipos dentro del Home Office
    .body = Las decisiones del NRM se toman dentro del Home Office (Ministerio del Interior), el departamento del gobierno que también dirige el control de migración. Hay dos equipos. La Immigration Enforcement Competent Authority decide los casos de algunas personas a las que quieren expulsar: personas en detención migratoria, personas extranjeras con condenas que enfrentan la deportación, y algunas personas cuya solicitud de asilo no fue admitida. La Single Competent Authority decide los demás casos.
    .caveats = Partes del Home Office, como Immigration Enforcement, Border Force y UK Visas and Immigration, también pueden ser First Responders. Puede preguntar sin problema para quién trabaja una persona.

# hb: source=c4055856ffdd4ff6 status=machine
right_gb-8 = Los organismos públicos deben informar sobre posibles víctimas
    .body = En Inglaterra y Gales, la policía, los ayuntamientos y algunos otros organismos públicos deben avisar al Home Office (Ministerio del Interior) cuando tienen motivos razonables para creer que alguien puede ser víctima de esclavitud o de trata. El personal del Home Office también lo hace. Si tiene 18 años o más, el aviso no debe dar su nombre ni datos que le identifiquen, salvo que usted esté de acuerdo. Puede negarse a una derivación al NRM, y aun así se puede avisar sobre usted al Home Office, sin su nombre.
    .caveats = Un aviso sin su nombre igual se puede pasar a la policía.

# hb: source=8b5057f24c6fa833 status=machine
right_gb-9 = Perder la protección: «orden público» y «mala fe»
    .body = Después de una primera decisión positiva, el Home Office (Ministerio del Interior) puede decidir quitarle algunas protecciones si está convencido de que usted es una amenaza para el orden público, o de que dijo de «mala fe» (bad faith) que era víctima. El gobierno dice que esto trata sobre todo de delitos graves y de seguridad nacional. Si esto pasa, le pueden expulsar del Reino Unido, y ya no hay obligación de darle permiso para quedarse como víctima ni apoyo para su recuperación. Puede que todavía haya alguna ayuda para que no se quede sin nada para vivir.
    .caveats = Si tiene antecedentes penales o una condena, consiga un abogado lo antes que pueda.

# hb: source=657d6f397271d35f status=machine
right_hk-1 = Las agencias pueden cobrar como máximo el 10% de su primer mes de sueldo
    .body = En Hong Kong, una agencia de empleo con licencia puede cobrar como máximo el 10% del sueldo de su primer mes, y solo después de que usted consiga el trabajo. No debe cobrarle ninguna otra tarifa ni gasto por la colocación. Pida un recibo. Denuncie los cobros de más ante la Employment Agencies Administration (Administración de Agencias de Empleo) pronto: el proceso judicial debe empezar dentro de 12 meses.
    .caveats = Las agencias no deberían quedarse con su pasaporte ni meterse en su dinero o en sus préstamos.

# hb: source=ea20c79941ac18f7 status=machine
right_hk-2 = Salarios no pagados: ayuda gratuita del Labour Department
    .body = Si su empleador no le paga el salario u otro dinero que le debe según su contrato o la Employment Ordinance (ley de empleo), vaya a una oficina de la Labour Relations Division del Labour Department (Departamento de Trabajo). Ofrece una conciliación gratuita para ayudarle a llegar a un acuerdo con su empleador. Si no llegan a un acuerdo, su reclamación puede ir al Minor Employment Claims Adjudication Board o al Labour Tribunal, según la cantidad.
    .caveats = Las trabajadoras y los trabajadores domésticos extranjeros tienen la misma protección según la Employment Ordinance. La información que usted dé al Labour Department se puede compartir con otros departamentos, como la policía o migración.

# hb: source=68b2b4359613d328 status=machine
right_ie-1 = 60 días para recuperarse y pensar (personas de fuera de la UE)
    .body = Si usted es de fuera de la UE/EEE y no tiene permiso para quedarse, un agente de alto rango de la Garda (policía) puede decidir que hay motivos razonables para creer que usted es víctima de trata. Entonces puede recibir un permiso de 60 días para quedarse, llamado periodo de recuperación y reflexión. Le da tiempo para recuperarse, para escapar de la influencia de los tratantes y para decidir si quiere ayudar a la Gardaí.
    .caveats = La decisión la toma la policía. El sistema estaba en revisión; por eso, pregunte a un grupo de apoyo qué se aplica ahora.

# hb: source=5f79718f97c20e04 status=machine
right_ie-2 = Residencia de 6 meses si ayuda a la Gardaí
    .body = Durante los 60 días o después, puede recibir un permiso de residencia temporal si quiere ayudar a la Gardaí o a otras autoridades en la investigación o en el proceso judicial. Dura 6 meses y se puede renovar.
    .caveats = Este permiso está ligado a ayudar a la policía. La asistencia jurídica gratuita y el asesoramiento están entre los servicios para víctimas: pida consejo primero.

# hb: source=08b2c82b55fe3f43 status=machine
right_ie-3 = Reclame los salarios no pagados en la Workplace Relations Commission
    .body = Si su empleador no le pagó, le pagó menos que el salario mínimo o le quitó dinero de su salario, puede poner una queja ante la Workplace Relations Commission (WRC, Comisión de Relaciones Laborales). También puede quejarse después de que terminó el trabajo. Se usa el formulario de quejas en internet de la WRC. Después, un inspector de la WRC o un funcionario encargado de resolver (adjudication officer) revisa su queja.
    .caveats = La WRC no da asesoría legal. Las páginas revisadas no dicen qué pasa si usted trabajó sin permiso. Pregunte a un grupo de apoyo antes de quejarse.

# hb: source=988d2bb99cf491ab status=machine
right_int-1 = La trata tiene tres partes: acción, medio y fin
    .body = Según el Protocolo de la ONU contra la trata de personas, la trata tiene tres partes. 1) Una acción: captar, trasladar, transferir, esconder o recibir a una persona. 2) Un medio: amenazas, fuerza u otras presiones, secuestro, fraude, engaños, abuso de poder o de una situación débil, o pagar a alguien que controla a la persona. 3) Un fin: explotar a la persona.

# hb: source=07c8b1cfa55adab0 status=machine
right_int-2 = Qué cuenta como explotación
    .body = La explotación incluye como mínimo: explotar la prostitución de otras personas u otras formas de explotación sexual, trabajos o servicios forzosos, la esclavitud o prácticas parecidas a la esclavitud, la servidumbre y la extracción de órganos.

# hb: source=82a2026b45a128ca status=machine
right_int-3 = Aceptar en algún momento no excusa a los tratantes
    .body = Si se usó alguno de esos medios, no importa que usted aceptara en algún momento. Su «sí» no se puede usar para excusar a los tratantes.

# hb: source=fc5a25f6851e3aad status=machine
right_int-4 = Menores de 18 años: es trata aunque no haya fuerza ni engaño
    .body = Para cualquier persona menor de 18 años, captarla, trasladarla, esconderla o recibirla para explotarla es trata, aunque no se haya usado fuerza, amenaza ni engaño.

# hb: source=549577351b3b9906 status=machine
right_int-ilo-1 = Cómo define la OIT el trabajo forzoso
    .body = El Convenio sobre el trabajo forzoso de la OIT, núm. 29 (1930), dice que el trabajo forzoso es todo trabajo o servicio que se exige a una persona bajo la amenaza de un castigo, y que la persona no ofreció hacer libremente.
    .caveats = El Convenio nombra algunas excepciones, como el servicio militar y algunos trabajos en prisión bajo control público.

# hb: source=61727279765e7ed0 status=machine
right_int-ilo-2 = Las 11 señales de trabajo forzoso de la OIT
    .body = La OIT nombra 11 señales de trabajo forzoso: aprovecharse de una situación débil; engaños sobre el trabajo; no tener libertad para moverse; estar sin contacto con otras personas; violencia física o sexual; amenazas; que se queden con su documento de identidad o su pasaporte; que retengan su salario; servidumbre por deudas; condiciones de trabajo o de vida muy malas; demasiadas horas extra.

# hb: source=c4dfe15fbfc826a4 status=machine
right_int-ilo-3 = A veces una sola señal basta
    .body = A veces una sola señal puede mostrar que hay trabajo forzoso. En otros casos, varias señales juntas lo indican.

# hb: source=a311122282b8acc9 status=machine
right_int-ilo-4 = Ningún trabajador debería pagar por un trabajo
    .body = La OIT dice que a los trabajadores no se les deben cobrar tarifas ni gastos relacionados por su contratación, ni directa ni indirectamente, ni en todo ni en parte. Esto viene de la definición de la OIT de las comisiones de contratación (2018) y de sus Principios generales para la contratación equitativa.
    .caveats = Esto es una guía de la OIT. No es ley en todos los países, y algunos países todavía permiten que las agencias cobren algunas tarifas.

# hb: source=e4bc57bfc6def22c status=machine
right_int-ilo-5 = Que se queden con su pasaporte o documento de identidad: una señal de trabajo forzoso
    .body = La OIT cuenta como una señal de trabajo forzoso quedarse con el pasaporte o el documento de identidad de un trabajador. Retener el salario y atrapar a un trabajador con una deuda también son señales.

# hb: source=af55fe97a7ece59f status=machine
right_int-ilo-6 = Las víctimas deberían poder obtener reparación, como una indemnización
    .body = La OIT pide a los gobiernos que den a las víctimas de trabajo forzoso acceso a reparación, como una indemnización. Los países que se unen al Protocolo de 2014 sobre el trabajo forzoso deben dar a todas las víctimas acceso a reparación, y permitir que las autoridades no acusen a las víctimas por actos ilegales que fueron obligadas a hacer.
    .caveats = Estas reglas obligan a los gobiernos, no a los empleadores. Solo los países que se unieron al Protocolo están obligados por él.

# hb: source=765865150a7b7df9 status=machine
right_it-1 = Permiso de residencia especial para víctimas de explotación grave
    .body = Si la policía, los fiscales o los servicios sociales locales ven que usted sufrió violencia o explotación grave, y está en peligro real porque intentó escapar del grupo criminal o porque dio pruebas, el jefe de policía (Questore) puede darle un permiso de residencia especial. Le permite alejarse de la violencia y entrar en un programa de asistencia e integración social.

# hb: source=3967d474919da7a5 status=machine
right_it-2 = Dos formas de conseguir el permiso, y puede trabajar
    .body = Puede conseguir este permiso de dos formas: denunciando a los explotadores o declarando contra ellos, o por un «camino social» que proponen los servicios locales o grupos de apoyo acreditados. Al principio dura de 6 meses a 1 año (las fuentes no coinciden) y se puede renovar. Puede trabajar desde el principio, y más adelante cambiarlo por un permiso de trabajo o de estudios.
    .caveats = La jefatura de policía (Questura) toma la decisión final. Comuníquese con un proyecto contra la trata para que le ayude.

# hb: source=ad1159812a77df1a status=machine
right_it-3 = Pida a la Inspección de Trabajo que intervenga
    .body = Si no le pagaron, puede pedir que actúe la Inspección de Trabajo (Ispettorato Territoriale del Lavoro) de la provincia donde trabaja. Use el formulario de solicitud INL 31, que también existe en otros idiomas, y añada los papeles que tenga y una copia de su documento de identidad. Puede que la inspección primero les llame a usted y al empleador para intentar un acuerdo. Si no se logra, puede hacer una inspección.
    .caveats = Las páginas revisadas no dicen qué pasa si usted no tiene permiso de residencia. Pregunte primero a un sindicato o a un grupo de apoyo.

# hb: source=301c11c56e86e560 status=machine
right_jp-1 = Permiso especial para quedarse para víctimas
    .body = Si usted es víctima de trata y se quedó más tiempo del permitido o no cumplió las reglas de migración, las autoridades de migración de Japón dicen que actúan para protegerle. Tienen en cuenta el peligro que usted correría si vuelve a su país, su salud y su ayuda en el proceso penal. Pueden darle un permiso especial para quedarse, e intentan no detenerle.
    .caveats = Hay informes que dicen que muchos trabajadores extranjeros, incluidos aprendices técnicos (technical interns), no fueron reconocidos como víctimas y fueron deportados. Pida ayuda a un grupo de apoyo o a un abogado.

# hb: source=a88a639861c5cef4 status=machine
right_jp-2 = Denuncie los salarios no pagados ante la oficina de inspección de trabajo
    .body = Las leyes laborales de Japón protegen a todos los trabajadores por igual, sea cual sea su nacionalidad. Le deben pagar el salario directamente a usted, completo, al menos una vez al mes en un día fijo. Si no le pagaron, puede denunciarlo ante la Labour Standards Inspection Office (Oficina de Inspección de Normas Laborales) de la zona donde está su empleador. Algunas oficinas tienen asesores para trabajadores extranjeros.
    .caveats = Una línea telefónica gratuita de noche y los fines de semana da consejo en varios idiomas, pero no actúa contra los empleadores. Si su empleador quebró, un programa del gobierno puede ayudar con los salarios no pagados.

# hb: source=6b8697576971a695 status=machine
right_kw-1 = Su empleador no debe quedarse con su pasaporte
    .body = En Kuwait, los empleadores de empresas no pueden quedarse con el pasaporte de sus trabajadores. Para las personas trabajadoras del hogar, la ley dice que el empleador no debe quedarse con su pasaporte ni con su documento de identidad civil, salvo que usted haya aceptado. No tiene que discutir esto con su empleador. Puede poner una queja ante la Public Authority for Manpower (PAM, Autoridad Pública de Mano de Obra).
    .caveats = Si usted aceptó antes, su empleador puede decir que estaba permitido. Aun así, puede pedir ayuda a la PAM.

# hb: source=82651620bae197fb status=machine
right_kw-2 = Personas trabajadoras del hogar: su salario se debe pagar cada mes
    .body = Su empleador debe pagarle el salario acordado al final de cada mes, desde el día en que empezó a trabajar. No se le puede descontar ninguna parte. Un recibo de transferencia bancaria o un recibo de pago en efectivo prueba que le pagaron. El salario legal más bajo para las personas trabajadoras del hogar es de 60 KWD al mes, y algunos países exigen más para sus trabajadores. Si no le pagan, puede poner una queja en el departamento de trabajo doméstico de la PAM en el 24937600.
    .caveats = Guarde todos los recibos. Las quejas pueden tardar mucho.

# hb: source=e25c85462b9f4df7 status=machine
right_kw-3 = Trabajadores de empresas: quejas sobre el pago y los cambios de trabajo
    .body = Si trabaja para una empresa y no le pagan, o su empleador le impide pasar a un nuevo empleador, puede poner una queja ante el Labour Relations Department (Departamento de Relaciones Laborales) de la PAM. Se ocupa de salarios no pagados, traslados, avisos de abandono del trabajo («absconding») y prohibiciones de viajar. Puede registrar una queja en sus oficinas o en el sitio web de la PAM. Si no se resuelve allí, el caso va a un tribunal.
    .caveats = Llamarán a su empleador para que responda a la queja.

# hb: source=206b2dba66e39887 status=machine
right_kw-4 = Denuncias por abandono del trabajo en Kuwait
    .body = Si deja de ir a trabajar, su empleador puede denunciarle como ausente. Para trabajadores de empresas, la denuncia pasa por la PAM; para las personas trabajadoras del hogar, va al Ministerio del Interior. Una denuncia por abandono del trabajo («absconding») puede llevar a arresto, detención y a que le envíen a su país. Si puede, ponga una queja ante la PAM antes de irse. Las mujeres trabajadoras pueden ir al refugio de la PAM, que ahora también recibe a trabajadoras con denuncias por abandono del trabajo, o a su embajada.
    .caveats = En 2024 no había ningún refugio del gobierno para hombres.

# hb: source=5784a8274f2a5a7d status=machine
right_mx-1 = Condición de visitante por razones humanitarias para víctimas de delitos
    .body = En México, una persona extranjera que es víctima o testigo de un delito cometido en México puede recibir la condición de «visitante por razones humanitarias». Puede quedarse hasta que termine el proceso penal, salir y volver a entrar, y trabajar a cambio de un pago. Más adelante puede pedir la residencia permanente. Usted cuenta como víctima aunque nunca encuentren, juzguen ni condenen al responsable.
    .caveats = Cuando termina el proceso, debe irse o pedir otra condición migratoria. Pida a un abogado o a un grupo de apoyo que le ayude con la solicitud.

# hb: source=6387dd410673887c status=machine
right_mx-2 = Estar sin papeles no es un delito por sí solo
    .body = La Ley de Migración de México dice que estar en situación migratoria irregular nunca es, por sí solo, un delito, y que no tener documentos no debe hacer pensar que usted cometió un delito. También dice que se deben respetar los derechos humanos de las personas migrantes sea cual sea su situación, con atención especial a las víctimas de delitos.
    .caveats = Esto trata solo de delitos. No le da permiso para quedarse. Pida consejo.

# hb: source=738f5749db4c8578 status=machine
right_mx-3 = Ayuda gratuita para reclamar salarios no pagados
    .body = PROFEDET, la oficina federal que defiende a los trabajadores, da asesoría gratuita, ayuda a llegar a acuerdos con los empleadores y puede representar a los trabajadores en un juicio, por ejemplo por salarios no pagados. Antes de un juicio, el Centro Federal de Conciliación y Registro Laboral intenta llegar a un acuerdo. Esto es gratis, no necesita un abogado, y nadie le puede cobrar por estos pasos.
    .caveats = Algunos trabajos los atiende una oficina laboral del estado en lugar de la federal. Tenga cuidado con personas que piden dinero para «ayudar». PROFEDET ha tenido recortes de presupuesto, así que puede ser lenta.

# hb: source=96add8eb5bb5e10b status=machine
right_my-1 = Orden de protección: un refugio hasta por 3 meses
    .body = En Malasia, después de que un agente de la ley y un Protection Officer (funcionario de protección) revisan su caso, un magistrado puede decidir que usted es una persona víctima de trata que necesita cuidado, y dictar una Protection Order (orden de protección). Entonces le llevan a un refugio (place of refuge) hasta por 3 meses. Si usted es de otro país, después le entregan a un funcionario de migración.
    .caveats = Así decía la ley en la copia revisada, y puede haber cambiado. Pregunte a un abogado, a su embajada o a un grupo de apoyo qué se aplica ahora.

# hb: source=b23d264bd75c419f status=machine
right_my-2 = Reclame los salarios no pagados en el Labour Department
    .body = Si su empleador le debe salarios, puede poner una queja ante el Labour Department (Jabatan Tenaga Kerja, Departamento de Trabajo). Un funcionario de trabajo revisa la queja y puede ordenar al empleador que pague. Mucha gente lo llama el «Labour Court» (tribunal laboral). Cualquiera de las dos partes puede apelar ante el High Court (Tribunal Superior) dentro de 14 días. La orden se puede hacer cumplir a través del Sessions Court.
    .caveats = Hay un límite de salario mensual para usar este servicio, y las fuentes no coinciden en la cantidad. Algunos empleadores dicen que los trabajadores sin un permiso válido no pueden reclamar; un High Court devolvió uno de esos casos para que se escuchara. Pida consejo primero.

# hb: source=314d66c19e008226 status=machine
right_nl-1 = Tres meses de tiempo para pensar (bedenktijd)
    .body = Las víctimas de trata sin residencia legal pueden denunciar el delito y usar el régimen especial de residencia para víctimas de trata, que da 3 meses de tiempo para pensar (bedenktijd), durante los cuales puede quedarse en los Países Bajos.

# hb: source=b4b82ddd8e883c54 status=machine
right_nl-2 = Quién coordina la atención y el refugio para las víctimas
    .body = CoMensha registra a las víctimas y ayuda a las víctimas adultas a encontrar atención y refugio; Jeugdzorg Nederland coordina la ayuda para las víctimas menores de 18 años.

# hb: source=8e8e3a490e48707e status=machine
right_nl-3 = La policía le explica el procedimiento antes de que usted decida
    .body = Antes de que decida si quiere poner una denuncia, un detective de policía especializado le explica el procedimiento en una entrevista informativa. La policía busca un alojamiento seguro para las víctimas aunque estén en el país sin permiso.

# hb: source=2868b5eba01f0802 status=machine
right_nl-4 = Dónde denunciar la explotación laboral
    .body = La explotación laboral se puede denunciar ante la Netherlands Labour Authority (0800 5151), la autoridad laboral de los Países Bajos; las denuncias anónimas se pueden hacer en Meld Misdaad Anoniem (0800 7000).

# hb: source=76c34908436613f8 status=machine
right_nl-5 = Denuncie ante la Autoridad Laboral si le pagan de menos
    .body = En los Países Bajos, el salario mínimo y la paga mínima de vacaciones se aplican a todo empleo, también para trabajadores extranjeros y empleadores extranjeros. Si le pagan muy poco, puede denunciarlo ante la Autoridad Laboral (Nederlandse Arbeidsinspectie), también sin dar su nombre. La Autoridad Laboral puede multar al empleador. Pagar de menos puede ser una señal de explotación laboral.
    .caveats = Para recibir el dinero que le deben, también puede ir al juzgado local (kantonrechter); reclame dentro de 5 años. La Autoridad Laboral trabaja con la policía de extranjería. Si no tiene papeles, pida consejo primero.

# hb: source=d7858cd335110713 status=machine
right_om-1 = Cambiar de empleador en Omán
    .body = Desde enero de 2021, los trabajadores en Omán, incluidas las personas trabajadoras del hogar, pueden pasar a un nuevo empleador cuando su contrato termina o se da por terminado, sin el permiso de su empleador. El Ministerio de Trabajo tiene que aprobar el nuevo contrato.
    .caveats = Esto no le ayuda si su contrato no ha terminado. A veces los funcionarios han devuelto trabajadores a su empleador o han dejado que los empleadores pidan dinero para liberarlos. Intente conseguir ayuda de su embajada antes de irse.

# hb: source=d3b8fc3dede87912 status=machine
right_om-2 = Su empleador no debe quedarse con su pasaporte
    .body = La ley laboral de Omán de 2023 dice que los empleadores no deben quedarse con el pasaporte ni con los papeles personales de un trabajador sin su acuerdo por escrito.
    .caveats = Las sanciones por quedarse con pasaportes han sido débiles, y algunos empleadores todavía lo hacen.

# hb: source=496a384ec6f40426 status=machine
right_om-3 = Salarios no pagados en Omán
    .body = Según la ley laboral de 2023, puede terminar su contrato si su empleador no le paga el salario. Si va a un tribunal para recibir el dinero que le deben, mantiene el derecho a quedarse en Omán hasta que se decida el caso, pero usted paga sus propios gastos de vida. Las quejas van al Ministerio de Trabajo, sobre todo a través de su sitio web.
    .caveats = Los funcionarios a menudo tratan estos casos como conflictos de contrato. Guarde pruebas de su contrato y de lo que le pagaron.

# hb: source=ceeaaa0db18984e6 status=machine
right_ph-1 = Puede haber trata con o sin su consentimiento
    .body = La ley de Filipinas dice que puede haber trata con o sin el consentimiento o el conocimiento de la víctima, dentro del país o entre países. Incluye captar, trasladar, esconder o recibir a personas con amenazas, fuerza, fraude, engaño o abuso de su situación débil, para explotarlas.

# hb: source=7edc6dab6efc0bbe status=machine
right_ph-2 = Trabajadores en el extranjero: reclame el pago no recibido ante la NLRC
    .body = Si usted es de Filipinas, le enviaron a trabajar al extranjero y no le pagaron, puede presentar una reclamación de dinero ante un Labor Arbiter (árbitro laboral) de la National Labor Relations Commission (NLRC) en Filipinas. La agencia de contratación filipina que le envió es responsable junto con el empleador extranjero, así que puede reclamar a la agencia. El caso se debería decidir dentro de 90 días después de presentarlo.
    .caveats = Guarde su contrato, los recibos y cualquier prueba del trabajo y del pago. En la práctica, las reclamaciones pueden tardar mucho y costar dinero.

# hb: source=983e8b713f1b53bb status=machine
right_qa-1 = Su empleador no debe quedarse con su pasaporte
    .body = En Catar, su empleador debe devolverle el pasaporte cuando estén listos sus papeles de residencia. Quedarse con él después de eso va contra la ley, y pueden multar al empleador. No tiene que discutir esto con su empleador. Puede pedir ayuda al Ministerio de Trabajo en el 16008.
    .caveats = La ley permite a un empleador quedarse con un pasaporte solo si usted aceptó por escrito. Pida consejo antes de dejar su trabajo, para no poner en riesgo su residencia.

# hb: source=0bf1b48d7059d29b status=machine
right_qa-2 = Pueden multar a los empleadores que se quedan con pasaportes
    .body = A un empleador que no devuelve el pasaporte de un trabajador cuando están listos los papeles de residencia le pueden poner una multa de hasta 25 000 QR.

# hb: source=a66a0a435e940e43 status=machine
right_qa-3 = Que se queden con su pasaporte puede ser una señal de trabajo forzoso
    .body = Quedarse con su pasaporte, no pagarle el salario y no dejarle irse son señales de trabajo forzoso o de trata. Puede pedir ayuda aunque no sepa con seguridad si es trata.
    .caveats = Los funcionarios a menudo tratan estos casos como simples conflictos laborales, no como delitos.

# hb: source=fa13083b39ecd02f status=machine
right_qa-4 = Dónde denunciar problemas en el trabajo
    .body = Puede poner una queja ante el Ministerio de Trabajo por teléfono en el 16008. También puede enviar un mensaje de texto al 92727: escriba 5 y luego su número de documento de identidad de Catar (Qatar ID) o su número de visa. Las personas trabajadoras del hogar también pueden quejarse. También hay una plataforma de quejas en internet, y se pueden denunciar violaciones de la ley sin dar su nombre.
    .caveats = Una queja sobre su empleador llegará a su empleador.

# hb: source=a81c6b05d2f47c1b status=machine
right_qa-5 = Puede cambiar de trabajo sin el permiso de su empleador
    .body = Desde 2020, todos los trabajadores en Catar, incluidas las personas trabajadoras del hogar, pueden cambiar de trabajo sin un papel de «no objeción» (NOC) de su empleador, incluso antes de que termine el contrato. Hay pasos oficiales que seguir. Pregunte al Ministerio de Trabajo por ellos antes de dejar de trabajar.
    .caveats = Algunos empleadores han respondido a un cambio de trabajo con una denuncia falsa por abandono del trabajo («absconding»). Guarde pruebas de que usted pidió el cambio.

# hb: source=41bd4556f699f30e status=machine
right_qa-6 = La mayoría de los trabajadores pueden salir de Catar sin permiso de salida
    .body = Desde enero de 2020, casi todos los trabajadores en Catar, incluidas las personas trabajadoras del hogar, pueden salir del país sin pedir permiso a su empleador. Solo unos pocos trabajos todavía necesitan un permiso de salida, como las fuerzas armadas y algunos puestos clave en empresas.

# hb: source=7259917d75e66750 status=machine
right_qa-7 = Pago mínimo y cómo se deben pagar los salarios
    .body = Todo trabajador en Catar, incluidas las personas trabajadoras del hogar, debe recibir al menos 1000 QR al mes como pago básico. Si su empleador no le da comida ni vivienda, también debe recibir al menos 300 QR para comida y 500 QR para vivienda. Las empresas deben pagar los salarios por el sistema oficial de salarios en su cuenta. Si no le pagan, puede poner una queja ante el Ministerio de Trabajo en el 16008.
    .caveats = Guarde pruebas de lo que le pagan, como mensajes del banco o recibos de pago.

# hb: source=f417e0f2e90bbdca status=machine
right_qa-8 = Si su empleador le denuncia por «abandono del trabajo» (absconding)
    .body = Los funcionarios de Catar dicen que no existe un delito llamado «absconding» (abandono del trabajo). Aun así, algunos empleadores hacen denuncias falsas por abandono del trabajo contra trabajadores que se quejan o que intentan cambiar de trabajo. Si puede, ponga una queja ante el Ministerio de Trabajo antes de irse, y guarde pruebas. Si su empleador usa una denuncia falsa contra usted, puede ir al Departamento de Derechos Humanos del Ministerio del Interior.
    .caveats = Hay trabajadores que huyeron de sus empleadores y fueron arrestados y deportados. Si puede, hable con una línea de ayuda o con su embajada antes de irse o de ir a la policía.

# hb: source=9c894d314da810ca status=machine
right_ro-1 = Hasta 90 días para recuperarse y pensar (personas extranjeras)
    .body = Si hay motivos serios para pensar que usted, una persona extranjera, es víctima de trata, recibe un periodo de recuperación y reflexión de hasta 90 días. Es un tiempo para recuperarse y para alejarse de la influencia de los tratantes.

# hb: source=b32e45bf321e0e1d status=machine
right_ro-2 = Usted es víctima aunque no participe en el juicio
    .body = Según la ley de Rumania, una víctima de trata es la persona que sufrió el delito, participe o no en el proceso penal como parte perjudicada. Las víctimas reciben atención médica según las reglas del seguro público de salud.

# hb: source=6a1b94f497b24d8b status=machine
right_ro-3 = Queja ante la Inspección de Trabajo (ITM) por pagos no recibidos
    .body = Si su empleador no le paga el salario, o le paga menos que el salario mínimo, puede poner una queja ante la Inspección Territorial de Trabajo (ITM) del lugar donde está el empleador. Puede enviar la queja por correo postal o por correo electrónico, o usar el formulario de petición en internet de la Inspección de Trabajo. La ITM puede revisar al empleador y multarle. También puede ir a un tribunal.
    .caveats = La ITM normalmente responde dentro de 30 días, a veces 15 días más. Pida consejo a un grupo de apoyo si no tiene contrato.

# hb: source=eee9f256ac47c438 status=machine
right_sa-1 = Cambiar de trabajo y salir de Arabia Saudita
    .body = Desde marzo de 2021, la mayoría de los trabajadores del sector privado pueden pasar a un nuevo empleador cuando termina su contrato, sin el permiso de su empleador. También pueden pedir ellos mismos una visa de salida y regreso, o una visa de salida definitiva, a través de Absher o Qiwa. Se avisa al empleador y tiene 10 días para responder; si el empleador no responde, se da la visa.
    .caveats = Esto no incluye a las personas trabajadoras del hogar, los choferes particulares, los guardias de casas, los pastores, los jardineros ni los trabajadores agrícolas.

# hb: source=c00058869fab905f status=machine
right_sa-2 = Personas trabajadoras del hogar: cuándo puede pasar a otro empleador
    .body = Las reformas de 2021 no incluyen a las personas trabajadoras del hogar, que todavía necesitan la aprobación de su empleador para las visas de salida. Pero una persona trabajadora del hogar puede pasar a otro empleador sin avisar al empleador en algunos casos: si el pago se retrasa, si el empleador la presta o la alquila a otras personas para trabajar, o si le dan tareas que ponen en riesgo su salud o su seguridad.
    .caveats = Pregunte al ministerio de trabajo o a su embajada cómo hacerlo antes de salir de la casa.

# hb: source=34cc3823b02ac2bf status=machine
right_sa-3 = Las personas trabajadoras del hogar guardan su propio pasaporte
    .body = Las reglas de Arabia Saudita para las personas trabajadoras del hogar dicen que usted tiene derecho a guardar su propio pasaporte y su tarjeta de residencia (iqama). Su empleador no debe quitárselos. Su empleador tampoco debe cobrarle por la contratación, el permiso de trabajo ni la iqama.

# hb: source=5c704a02a69591e0 status=machine
right_sa-4 = Su salario y cómo reclamarlo
    .body = A las personas trabajadoras del hogar se les debe pagar todo su salario, a tiempo, como dice el contrato estándar, y ahora están en el sistema de protección de salarios. Cualquier trabajador al que no le pagan puede presentar una reclamación ante el ministerio de trabajo. Primero el ministerio intenta resolverla con el empleador; si no lo logra, el caso va al tribunal laboral. También puede llamar al ministerio al 19911.
    .caveats = Las reglas sobre salarios no siempre se cumplen. Guarde su contrato y pruebas de cada pago.

# hb: source=fb38e0d982e86102 status=machine
right_sa-5 = Si su empleador le reporta como «ausente del trabajo» (huroob)
    .body = Un empleador puede reportar a un trabajador del sector privado como «ausente del trabajo» (huroob) después de más de 15 días seguidos sin una excusa válida. Usted recibe un mensaje de texto. Después tiene 60 días para pasar a un nuevo empleador o para tomar una visa de salida definitiva. Si no hace nada en 60 días, sigue en el registro como ausente y puede recibir sanciones según las leyes de residencia y de trabajo. Los empleadores ya no pueden presentar denuncias por abandono del trabajo contra las personas trabajadoras del hogar.
    .caveats = Un reporte se puede impugnar, y un empleador no debería hacer uno después de que usted presentó un caso contra él. Pida ayuda rápido a su embajada o a un abogado.

# hb: source=00e436941cd05725 status=machine
right_sg-1 = Refugio, un Special Pass y ayuda para encontrar trabajo
    .body = En Singapur, las víctimas de trata que esperan su caso reciben refugio, comida y apoyo psicológico. Pueden recibir un Special Pass (pase especial) para quedarse mientras se trata el caso. Si usted quiere y puede trabajar, el gobierno puede ayudarle a encontrar un trabajo temporal.

# hb: source=c92aadeaf1f527ef status=machine
right_sg-2 = Normalmente no le acusan por actos que le obligaron a hacer
    .body = Los ministerios de Asuntos Internos (Home Affairs) y de Trabajo (Manpower) de Singapur dicen que no acusan a las víctimas de trata por actos que fueron obligadas a cometer como resultado directo de la trata, salvo que haya razones de peso. La ley de trata también protege la identidad de las personas que denuncian la trata.
    .caveats = Esto es una política, no una promesa para todos los casos. Hay informes que dicen que algunas víctimas no fueron reconocidas y fueron castigadas o deportadas. Pida ayuda a un abogado o a un grupo de apoyo.

# hb: source=12f5901ecfe4647b status=machine
right_sg-3 = Reclamaciones de salario: primero mediación, después un tribunal
    .body = No pagar el salario es un delito en Singapur. Para reclamar un salario no pagado, primero pide mediación a la Tripartite Alliance for Dispute Management (TADM). Si no hay acuerdo, la reclamación puede ir a los Employment Claims Tribunals (tribunales de reclamaciones laborales). Reclame dentro de 1 año si todavía trabaja allí, o dentro de 6 meses después de que termine el trabajo.
    .caveats = Las personas trabajadoras del hogar no pueden usar la mediación de la TADM; van al Ministry of Manpower (MOM, Ministerio de Trabajo). Su empleador puede cancelar su permiso de trabajo después de que usted reclame; el MOM normalmente da un Special Pass para que pueda quedarse durante la reclamación.

# hb: source=afd18186f259e66d status=machine
right_th-1 = Ayuda para víctimas, y el derecho a pedir una indemnización
    .body = En Tailandia, el Ministerio de Desarrollo Social y Seguridad Humana puede dar a las víctimas de trata comida, refugio, atención médica, ayuda para recuperarse en cuerpo y mente, educación, formación, asistencia jurídica gratuita, ayuda para volver a su país y ayuda para pedir una indemnización. La policía o el fiscal deben informarle pronto de su derecho a una indemnización y a asistencia jurídica gratuita.

# hb: source=83efcb9772892419 status=machine
right_th-2 = El fiscal puede pedir la indemnización por usted, sin costo
    .body = Si quiere una indemnización, el fiscal público puede pedirla por usted como parte del proceso penal contra el tratante. Usted no paga costos judiciales por esta reclamación. Si el tribunal ordena el pago, una oficina del gobierno debe hacerlo cumplir por usted.

# hb: source=764bab2d2ab2ae7b status=machine
right_th-3 = Queja por salarios no pagados: línea directa 1546
    .body = La oficina de trabajo de Tailandia dice que protege por igual a los trabajadores tailandeses y extranjeros. Si no le pagaron el salario o las horas extra, puede poner una queja en la oficina de Labour Protection and Welfare (Protección y Bienestar Laboral) de su provincia o de Bangkok, o llamar a la línea directa 1546. Los inspectores de trabajo pueden ordenar al empleador que pague. Poner una queja ante un inspector es gratis.
    .caveats = Si está en Tailandia sin papeles, pregunte primero a un grupo de apoyo.

# hb: source=0f8bdb0e7ae37660 status=machine
right_tw-1 = Permiso de residencia y de trabajo para víctimas identificadas
    .body = En Taiwán, si le identifican como víctima de trata de personas, puede pedir un permiso de residencia válido por un año. Se puede prolongar, de año en año, para la investigación o el juicio. Con él puede pedir un permiso de trabajo, sin los límites normales para trabajadores extranjeros, mientras dure su permiso de residencia.

# hb: source=7a8f82c5cd1a50b2 status=machine
right_tw-2 = Qué cuenta como trata en Taiwán
    .body = La ley de Taiwán cuenta como trata: usar amenazas, fraude, servidumbre por deudas, quedarse con documentos importantes o aprovecharse de que alguien está indefenso, para explotarle. La explotación incluye el trabajo forzoso y el trabajo con un pago claramente demasiado bajo para el trabajo hecho. Si usted es menor de 18 años, es trata incluso sin estos medios.

# hb: source=611281efb5d69f09 status=machine
right_tw-3 = Llame al 1955 por salarios no pagados
    .body = La línea directa 1955 del Ministerio de Trabajo recibe preguntas y quejas de trabajadores migrantes sobre contratos, salarios, horas de trabajo, lesiones e intermediarios. Es gratis y atiende las 24 horas, todos los días. Habla chino, inglés, indonesio, vietnamita y tailandés, y puede hacer de intérprete entre usted y su empleador.
    .caveats = Las quejas se pueden pasar a la oficina local de trabajo o a la policía.

# hb: source=00197aea20c32cd0 status=machine
right_us-1 = La visa T para víctimas de trata
    .body = La visa T (estatus T) es un estatus migratorio de EE. UU. para víctimas de trata sexual o laboral. Permite a algunas víctimas quedarse en Estados Unidos. El Congreso la creó en octubre de 2000. Algunos familiares también pueden recibirla. USCIS, la oficina de beneficios migratorios de EE. UU., decide.
    .caveats = Pida asesoría legal gratuita antes de hacer la solicitud. Un abogado puede revisar si usted cumple los requisitos.

# hb: source=22249cf88a7ae3b1 status=machine
right_us-2 = Quién puede cumplir los requisitos para una visa T
    .body = Para cumplir los requisitos debe mostrar que usted es víctima de una «forma grave de trata» (severe form of trafficking), que está en EE. UU. (o en un puerto de entrada) por ese motivo, que ha cumplido con las peticiones razonables de las autoridades policiales (no hace falta si tenía menos de 18 años o si no puede por un trauma), que sufriría dificultades extremas si le expulsan, y que es admisible o recibe una dispensa.

# hb: source=16c34d91844fbbcd status=machine
right_us-3 = Estatus T: hasta 4 años, trabajo y un camino a la Green Card
    .body = Al principio, el estatus T dura hasta 4 años. Puede recibir permiso para trabajar. Después de 3 años con estatus T puede pedir la Green Card (residencia permanente). Puede pedirla antes si el caso contra los tratantes terminó oficialmente. También hay otras reglas, como tener buena conducta moral.
    .caveats = Debe permanecer en Estados Unidos sin ausencias largas. Pregunte a un abogado antes de viajar al extranjero.

# hb: source=78fa436f8f843ce4 status=machine
right_us-4 = Hasta 5000 visas T cada año
    .body = Cada año, USCIS puede dar el estatus T a hasta 5000 solicitantes principales. Los familiares no cuentan en este límite. Si se llega al límite, las personas que cumplen los requisitos pasan a una lista de espera para el año siguiente.

# hb: source=2a543d54442cbab5 status=machine
right_us-5 = Quitarle el pasaporte o el documento de identidad puede ser un delito federal
    .body = Es un delito federal destruir, esconder, quitar o quedarse con el pasaporte, los papeles migratorios o el documento de identidad de otra persona como parte de la trata o del trabajo forzoso. También es delito hacerlo para impedir que una víctima de trata se mueva o viaje, para que siga trabajando. El castigo puede ser de hasta 5 años de prisión. Esta ley no castiga a una víctima por hacer esto a causa de la trata que ella misma sufre.

# hb: source=06552803388d2029 status=machine
right_us-6 = La Línea Nacional no es la policía ni migración
    .body = La National Human Trafficking Hotline (Línea Nacional contra la Trata de Personas) no es la policía ni migración; puede pedir ayuda o denunciar de forma anónima.

# hb: source=8e9f7e10df6a21c4 status=machine
right_us-7 = Continued Presence: un estatus temporal que pide la policía
    .body = Continued Presence (Presencia Continuada) es un estatus migratorio temporal para personas que las autoridades policiales identifican como víctimas de trata. Le permite quedarse y trabajar en EE. UU. mientras se investiga el delito. Al principio dura 1 año y se puede renovar de año en año. Usted no puede pedirlo por su cuenta. La petición la envían agentes federales, sobre todo de ICE y del FBI, o fiscales federales.
    .caveats = ICE también es la policía de migración. Hable con un abogado o con un grupo de apoyo antes de reunirse con agentes. Los agentes tienen instrucciones de no usar nunca este estatus para presionarle.

# hb: source=53f3d80c2e2e4233 status=machine
right_us-8 = La visa U para víctimas de delitos, incluida la trata
    .body = La visa U es para víctimas de ciertos delitos que sufrieron abusos físicos o mentales graves y que ayudan, o probablemente ayudarán, a la policía o a los fiscales con el caso. La trata está en la lista de delitos, y también la servidumbre forzada y la servidumbre por deudas (peonaje). Necesita un formulario firmado por un policía, un fiscal, un juez u otro funcionario autorizado que diga que usted ayudó.
    .caveats = El funcionario no está obligado a firmar. Hay un límite por año, así que muchas personas esperan mucho tiempo. Pida ayuda a un abogado.

# hb: source=bbcf51e040e01eef status=machine
right_us-9 = Reclame los salarios no pagados, sea cual sea su situación migratoria
    .body = El Departamento de Trabajo de EE. UU. dice que la ley federal de salario mínimo y horas extra protege a los trabajadores sea cual sea su situación migratoria. Si no le pagaron el salario mínimo o las horas extra, puede pedir ayuda a su Wage and Hour Division (División de Salarios y Horas) o poner una queja. Llame al 1-866-487-9243 (de lunes a viernes, de 8:00 a 4:30, hora local) o vaya a una oficina local.
    .caveats = Esta oficina se ocupa del salario mínimo federal, las horas extra y algunas otras leyes. Puede que no cubra todo el dinero que le deben. La declaración del departamento es de 2010. Si tiene miedo por su situación migratoria, hable primero con un centro de trabajadores o con un abogado.

# hb: source=40e091ebc0f0ff5f status=machine
resource_au-fair-work-migrant-workers = Trabajadores migrantes (Fair Work Ombudsman – horticultura)
    .body = Para trabajadores migrantes en Australia, sobre todo en granjas: usted tiene los mismos derechos laborales que los demás trabajadores. Su empleador no puede cancelar su visa, y no puede despedirle ni quitarle turnos por quejarse. Hay información en más de 30 idiomas, entre ellos español y vietnamita, y puede hablar con ellos a través de un intérprete.

# hb: source=51b49909a305477d status=machine
resource_canada-trafficking-hotline-who-we-are = Sobre la línea directa: ¿quiénes somos?
    .body = Cualquier persona en Canadá puede llamar a esta línea directa contra la trata, de día o de noche, sea cual sea su edad, su género o su situación de ciudadanía. Las llamadas son confidenciales, y la línea no es parte de la policía ni del gobierno. Se da ayuda en más de 200 idiomas a través de un intérprete.

# hb: source=765fa9d2c28f69a0 status=machine
resource_ilo-know-your-rights-migrant-domestic-workers = Folleto «Conozca sus derechos»: preguntas y respuestas sobre el trabajo decente para trabajadores domésticos migrantes
    .body = Un folleto para personas migrantes que hacen trabajo doméstico: limpiar, cocinar y cuidar a personas en una casa. Responde preguntas comunes sobre su trabajo, su empleador y sus derechos. También explica las reglas internacionales que protegen a las personas trabajadoras del hogar.

# hb: source=0fa351ba1a08a9de status=machine
resource_taiwan-1955-hotline-migrant-workers = La línea directa 1955 del Ministerio de Trabajo ayuda a los trabajadores migrantes a comunicarse sin barreras
    .body = La línea directa 1955 de Taiwán para trabajadores migrantes es gratuita y atiende las 24 horas, todos los días, para consejo o quejas sobre su contrato, su pago, sus horas o su intermediario. El personal habla chino, indonesio, vietnamita, tailandés y filipino, y puede hacer de intérprete entre usted y su empleador. Las quejas se pueden pasar a la oficina de trabajo o a la policía.

# hb: source=059753becfb3304f status=machine
resource_uk-glaa-seasonal-workers-rights = Sus derechos – Programa de trabajadores temporeros
    .body = Para personas que vienen al Reino Unido con una visa de trabajo agrícola de temporada. Muestra sus derechos legales en el trabajo, como el salario mínimo y lo que se puede y no se puede descontar de su pago. Tiene un video corto sobre el programa.

# hb: source=e6fbd389ac7c2f0f status=machine
resource_uk-modern-slavery-helpline-what-happens = ¿Qué pasa cuando llama a la línea de ayuda?
    .body = Explica, paso a paso, qué pasa cuando llama a la UK Modern Slavery & Exploitation Helpline (línea de ayuda contra la esclavitud moderna y la explotación del Reino Unido), que es gratuita, confidencial y atiende día y noche. Puede dar su nombre, no compartirlo o quedarse en el anonimato. Le preguntan antes de pasar sus datos a otros, salvo que una vida o un niño estén en peligro.

# hb: source=89401ce262d9fb35 status=machine
resource_uk-nrm-explained-west-midlands = Cómo recibir apoyo como víctima de esclavitud moderna (adultos) – documento que explica el National Referral Mechanism
    .body = Un folleto que explica el sistema de apoyo del Reino Unido para víctimas de esclavitud moderna. Le dice qué pasa si acepta que le deriven, y qué opciones tiene si dice que no. Está en inglés, albanés, búlgaro, chino, letón, lituano, polaco, romaní, rumano, eslovaco y vietnamita.

# hb: source=4eed91ea7f18a937 status=machine
resource_unhcr-help-human-trafficking = Trata de personas (ACNUR Help)
    .body = Explica con palabras sencillas qué es la trata de personas, incluida la trata de niños. Dice por qué las personas que tuvieron que huir corren un riesgo especial, y que cualquier persona puede ser un blanco, tenga los papeles que tenga. Le pide prestar atención y conocer los riesgos.

# hb: source=9fa1c35a364422a8 status=machine
resource_unseen-faqs-potential-victims = Preguntas frecuentes para posibles víctimas y sobrevivientes
    .body = Responde preguntas de personas que creen que pueden estar sufriendo explotación en el Reino Unido. Explica, con palabras sencillas, los tipos de trabajo forzoso, delito forzado y explotación sexual. Dice que la línea de ayuda la atiende una ONG y que no es parte de la policía ni del gobierno, pero que trabaja con ellos.

# hb: source=fccf11332d5c9903 status=machine
resource_us-trafficking-hotline-what-happens = Nuestro enfoque (National Human Trafficking Hotline)
    .body = Explica qué pasa cuando llama, envía un mensaje de texto o chatea con la línea directa contra la trata de EE. UU. Ayuda a todas las personas, sea cual sea su situación migratoria. Usted decide si su historia llega a la policía, salvo cuando se está abusando de un niño o alguien está en peligro ahora mismo.

# hb: source=8c0bb929feecff57 status=machine
helpline_ae-dfwac = Gratis y confidencial, día y noche, para mujeres y niños. Es un refugio que en algunos casos trabaja con la policía.
    .channel-1 = Gratis, dentro de los EAU
    .hours-text = 24 horas, todos los días
    .operator-note = refugio sin fines de lucro con licencia del gobierno
    .service = Línea de ayuda de 24 horas para mujeres y niños que sufren violencia, abuso o trata

# hb: source=5e4a2c638c905898 status=machine
helpline_ae-dubai-police-ht = Línea de la policía para denunciar la trata en Dubái. Lo que usted diga llega a la policía.
    .service = Línea directa y correo electrónico de la Policía de Dubái contra la trata de personas

# hb: source=0b2efb62173b80df status=machine
helpline_ae-mohre = Línea del ministerio de trabajo para problemas de trabajo y de salario. Puede que avisen a su empleador; por eso, pregunte primero si su residencia podría verse afectada.
    .channel-1 = Gratis. Quejas sobre el trabajo, los salarios o las oficinas de contratación
    .channel-2 = Consejo sobre reclamaciones laborales
    .channel-3 = Pregunte si hay una denuncia por abandono del trabajo («absconding») contra usted
    .hours-text = 80060: de sábado a jueves, de 8 de la mañana a 8 de la noche.
    .operator-note = ministerio de trabajo
    .service = Centro de llamadas del ministerio de trabajo: quejas laborales, salarios no pagados, personas trabajadoras del hogar, denuncias por abandono del trabajo

# hb: source=6cd7cb6f6346d92b status=machine
helpline_ae-moi-116111 = Línea de la policía para denunciar daños a un niño; cualquier persona puede llamar. Si un niño está en peligro ahora, llame al 999.
    .channel-1 = Gratis
    .operator-note = Ministerio del Interior (policía)
    .service = Línea directa de protección infantil 116111 (denunciar abuso o abandono de un niño)

# hb: source=30fc90d856734faf status=machine
helpline_ae-sharjah-wpc = Línea gratuita en Sharjah para mujeres que sufren violencia o problemas familiares. Da consejo y ayuda legal.
    .channel-1 = Gratis
    .operator-note = departamento de servicios sociales (Sharjah)
    .service = Línea gratuita de orientación y ayuda con problemas familiares y domésticos (Sharjah)

# hb: source=b542d11a126336fa status=machine
helpline_ar-linea-145 = Gratis, y puede quedarse en el anonimato. Lo que usted diga llega a los fiscales y puede llevar a un operativo de la policía.
    .channel-1 = Gratis, desde cualquier lugar de Argentina
    .hours-text = 24 horas al día, 365 días al año
    .operator-note = programa de rescate del ministerio de justicia
    .service = Línea 145

# hb: source=b80787f17046d38a status=machine
helpline_au-afp = Policía. Puede denunciar o hablar de algo que le preocupa. Pueden derivarle al programa de apoyo de la Cruz Roja.
    .channel-1 = 131 AFP
    .service = 131 AFP (denuncias y derivación al Support for Trafficked People Program)

# hb: source=692b7930fae072d9 status=machine
helpline_au-anti-slavery-australia = Asesoría legal confidencial, también sobre visas. Este número viene de una página antigua y puede haber cambiado.
    .hours-text = Horario de oficina
    .service = Asesoría confidencial (situación de visa, participación en investigaciones de la AFP)

# hb: source=0a61897a260c6952 status=machine
helpline_au-redcross-stpp = Consejo confidencial para usted o para alguien que le preocupa. Para entrar en el programa financiado, la policía (AFP) u otra vía oficial debe derivarle.
    .operator-note = financiado por el gobierno
    .service = Support for Trafficked People Program (STPP, programa de apoyo a personas víctimas de trata)

# hb: source=966e5c79fab95409 status=machine
helpline_bd-109 = Para mujeres y niños que sufren violencia, o para alguien que llama por ellos. Gratis desde cualquier teléfono en Bangladés.
    .hours-text = 24 horas, 7 días a la semana
    .operator-note = ministerio de la mujer y la infancia
    .service = Línea 109 para mujeres y niños que sufren violencia

# hb: source=859b3bf785c0aa3a status=machine
helpline_bd-probash-bandhu = Para personas de Bangladés que se van al extranjero, que viven en el extranjero o que volvieron a su país. Gratis dentro de Bangladés; desde el extranjero, llame al número +880.
    .channel-1 = Gratis, dentro de Bangladés
    .channel-2 = Desde el extranjero
    .hours-text = 24 horas, 7 días a la semana
    .operator-note = ministerio de bienestar de los expatriados
    .service = Centro de llamadas Probash Bandhu para personas de Bangladés en el extranjero

# hb: source=dc67aea9dd571065 status=machine
helpline_be-esperanto = Refugio para niños y adolescentes que pueden ser víctimas de trata.
    .service = Refugio para niños víctimas de trata (Valonia)

# hb: source=3b969c398a315176 status=machine
helpline_be-pag-asa = Refugio seguro, ayuda de salud, legal y con los papeles, día y noche. Para conseguir papeles por esta vía debe ayudar en la investigación de la policía.
    .hours-text = 24/7
    .operator-note = centro reconocido por el gobierno
    .service = Centro de acogida especializado para víctimas de trata (Bruselas)

# hb: source=23c036620d126f40 status=machine
helpline_be-payoke = Refugio seguro, ayuda de salud, legal y con los papeles, día y noche. Para conseguir papeles por esta vía debe ayudar en la investigación de la policía.
    .hours-text = 24/7
    .operator-note = centro reconocido por el gobierno
    .service = Centro de acogida especializado para víctimas de trata (Amberes)

# hb: source=ebbe0148a1d78d2d status=machine
helpline_be-surya = Refugio seguro, ayuda de salud, legal y con los papeles, día y noche. Para conseguir papeles por esta vía debe ayudar en la investigación de la policía.
    .hours-text = 24/7
    .operator-note = centro reconocido por el gobierno
    .service = Centro de acogida especializado para víctimas de trata (Lieja)

# hb: source=0beb0efc33582531 status=machine
helpline_bg-a21 = Línea nacional contra la trata, gratuita y anónima, día y noche.
    .channel-2 = Denunciar por internet
    .hours-text = 24/7
    .service = National Hotline to Combat Human Trafficking (Freedom Line Bulgaria, línea nacional contra la trata de personas)

# hb: source=23723305eeda852e status=machine
helpline_bg-animus = Línea de una ONG para personas que sufrieron violencia.
    .service = Línea directa para víctimas de violencia

# hb: source=415381e9b9dbb8ab status=machine
helpline_bg-labour-inspectorate = Oficina del gobierno para problemas en el trabajo. Su empleador puede enterarse de una queja.
    .operator-note = inspección de trabajo
    .service = Línea directa de la inspección de trabajo

# hb: source=9aa2910a712a01a1 status=machine
helpline_bg-nccthb = Oficina del gobierno que organiza refugio y ayuda para las víctimas. También recibe denuncias de delitos de trata.
    .operator-note = organismo del Consejo de Ministros; incluye al Ministerio del Interior
    .service = Comisión Nacional: denuncias y derivación

# hb: source=e7309432bbf96a39 status=machine
helpline_bh-995 = Ayuda y consejo para trabajadores en apuros, en muchos idiomas. Funciona junto con la autoridad laboral y puede pasar casos a la policía.
    .operator-note = comité contra la trata dirigido por la autoridad del mercado laboral
    .service = Línea directa 995 para trabajadores en apuros y víctimas de trata

# hb: source=6b4a47df63c83267 status=machine
helpline_bh-lmra = Autoridad de permisos de trabajo; puede ver si le reportaron como ausente. Puede que avisen a su empleador; por eso, pregunte primero si su residencia podría verse afectada.
    .channel-2 = Ver si su empleador le reportó como ausente
    .operator-note = autoridad del mercado laboral (permisos de trabajo)
    .service = Centro de llamadas y sitio web de la LMRA (permisos de trabajo, cambio de trabajo, avisos de ausencia, quejas)

# hb: source=054145638cbbd13f status=machine
helpline_br-disque-100 = Gratis, y puede quedarse en el anonimato. Las denuncias de trabajo esclavo van a los inspectores de trabajo, y las denuncias pueden llegar a la policía.
    .channel-1 = Gratis desde cualquier teléfono en Brasil
    .channel-3 = Chat en la web y videollamadas en Libras (lengua de señas de Brasil)
    .hours-text = 24 horas al día, todos los días
    .operator-note = ministerio de derechos humanos
    .service = Disque 100 (Disque Direitos Humanos)

# hb: source=da4d770527a86a6b status=machine
helpline_br-ligue-180 = Para mujeres que sufren violencia. Puede guardar el número de WhatsApp con otro nombre, por seguridad.
    .channel-1 = Gratis desde cualquier teléfono en Brasil
    .channel-2 = Algunas páginas lo escriben como (61) 99610-0180
    .hours-text = 24 horas al día, todos los días, por teléfono y WhatsApp
    .operator-note = ministerio de las mujeres
    .service = Ligue 180 - Central de Atendimento à Mulher

# hb: source=3a847b34fb45a026 status=machine
helpline_ca-chth = No es la policía ni el gobierno. Solo avisan a la policía si usted está de acuerdo, o si la ley les obliga.
    .hours-text = 24 horas al día, 365 días al año
    .operator-note = ONG registrada (sin fines de lucro)
    .service = Canadian Human Trafficking Hotline

# hb: source=5fd649373649ebf5 status=machine
helpline_cl-denuncia-seguro = Llame al *4242 desde cualquier teléfono, gratis. No da su nombre, pero lo que usted diga llega a los fiscales y a la policía.
    .channel-1 = Formulario de denuncia en internet
    .hours-text = 24 horas al día, 7 días a la semana
    .operator-note = oficina de prevención del delito
    .service = Denuncia Seguro (denuncias anónimas de delitos)

# hb: source=c0593aa6e8dff97e status=machine
helpline_cl-pdi-trata = Esto es la policía. Esta misma policía también se ocupa de los papeles de migración.
    .operator-note = policía de investigaciones, que también se ocupa de asuntos de migración
    .service = Número de la PDI para denunciar la trata

# hb: source=22b8a2e9a47515d1 status=machine
helpline_co-mininterior-trata = Línea nacional gratuita. Si usted no es de Colombia, su caso se puede compartir con la policía y con los agentes de migración.
    .channel-1 = Gratis dentro de Colombia
    .operator-note = ministerio del interior
    .service = Línea Gratuita Nacional contra la Trata de Personas

# hb: source=6c481b99722e6ba4 status=machine
helpline_de-bavaria-helpline = Consejo gratuito y confidencial por teléfono o chat, de lunes a viernes de 9 de la mañana a 3 de la tarde. Los avisos sobre delitos se pueden pasar a la policía.
    .channel-1 = Solo dentro de Alemania
    .channel-2 = Chat y formulario de denuncia anónima
    .hours-text = De lunes a viernes, de 9:00 a 15:00
    .operator-note = financiado por el gobierno de Baviera
    .service = Bavarian Anti-Trafficking HELPline (línea de ayuda contra la trata de Baviera)

# hb: source=6df5611f5f74e0b5 status=machine
helpline_de-hilfetelefon = Para mujeres que sufren cualquier tipo de violencia, incluidas la trata y la prostitución forzada. Gratis, anónima, día y noche, con intérpretes en 18 idiomas.
    .hours-text = 24 horas al día, 365 días al año
    .operator-note = línea de ayuda federal
    .service = Hilfetelefon Gewalt gegen Frauen (línea de ayuda contra la violencia hacia las mujeres)

# hb: source=a86d93b58db1d3ec status=machine
helpline_do-linea-trata = Una línea para denunciar la trata. Lo que usted diga puede llegar a los fiscales y a la policía.
    .channel-1 = Gratis
    .operator-note = la promueve la fiscalía; no está claro quién atiende
    .service = Línea gratuita para denunciar la trata y la explotación sexual comercial

# hb: source=e9e9e6233b98d28d status=machine
helpline_ec-1800-delito = Una línea para denunciar delitos, que funciona junto con la policía. No es un servicio de apoyo.
    .channel-1 = También se escribe 1800 DELITO
    .operator-note = ministerio del interior, con la policía nacional
    .service = 1800 DELITO

# hb: source=a7d9eb283a6cc8be status=machine
helpline_eg-nccm-16000 = Línea gratuita para niños en peligro, día y noche. Trabaja con oficinas del gobierno, también con la policía.
    .hours-text = 24 horas, 7 días a la semana
    .operator-note = consejo nacional para la infancia
    .service = Línea de ayuda a la infancia 16000

# hb: source=c53da84cb670c92a status=machine
helpline_eg-nchr-15508 = Línea del consejo de derechos humanos que recibe quejas, también sobre la trata.
    .operator-note = consejo nacional de derechos humanos
    .service = Línea directa para quejas sobre derechos humanos

# hb: source=a4cf69d1be41dfad status=machine
helpline_eg-ncw-15115 = Para mujeres. Da apoyo legal y emocional, y esta línea puede denunciar delitos graves ante la fiscalía.
    .operator-note = consejo nacional de las mujeres
    .service = Línea directa de quejas para mujeres 15115

# hb: source=a14f8662ac8a5b9f status=machine
helpline_es-amar-dragoste = Línea de apoyo para mujeres en la prostitución o en riesgo de estarlo, día y noche.
    .hours-text = 24 horas
    .service = Línea de 24 horas para mujeres en la prostitución o en riesgo

# hb: source=b9ed66e1d2c0e534 status=machine
helpline_es-policia-trata = Esto es la policía, en una unidad que también se ocupa de migración. Puede denunciar de forma anónima y la llamada no aparece en la factura del teléfono.
    .hours-text = 24 horas al día
    .operator-note = unidad de la policía nacional contra las redes de trata y de inmigración ilegal
    .service = Línea y correo electrónico de la policía contra la trata

# hb: source=c4e1c04397c88b44 status=machine
helpline_et-moj-8797 = Número corto gratuito dentro de Etiopía, en amárico, afaan oromo, tigriña e inglés. Trabaja con las fuerzas del orden.
    .channel-1 = Gratis. Dentro de Etiopía.
    .operator-note = Ministerio de Justicia, con apoyo de la OIM
    .service = Línea directa nacional contra la trata 8797

# hb: source=b989c1fe90c2cc25 status=machine
helpline_eu-116000 = Para un niño que ha desaparecido o que puede escaparse, y para su familia. Gratis, día y noche; trabajan de cerca con la policía.
    .hours-text = 24/7
    .operator-note = red de líneas directas nacionales; trabajan de cerca con la policía
    .service = Línea directa 116 000 para niños desaparecidos

# hb: source=d905b81781816593 status=machine
helpline_eu-116006 = Ayuda gratuita y confidencial para víctimas de cualquier delito. Solo funciona en algunos países de la UE; si no conecta, use otra línea.
    .hours-text = Depende del país
    .operator-note = la atienden sobre todo ONG de apoyo a víctimas
    .service = Línea de ayuda 116 006 para víctimas de delitos

# hb: source=f8e8d60537ac1e6b status=machine
helpline_eu-116111 = Línea de ayuda gratuita para niños y jóvenes. No funciona en todos los países.
    .hours-text = Abierta 24/7 en muchos países; donde no, la línea de ayuda debe decir cuándo está abierta.
    .operator-note = red de líneas nacionales de ayuda a la infancia
    .service = Línea de ayuda a la infancia 116 111

# hb: source=10d207ef06fd08ad status=machine
helpline_fr-116006 = Ayuda gratuita para víctimas de cualquier delito, todos los días. Puede quedarse en el anonimato y no hace falta haber ido a la policía.
    .channel-2 = Desde el extranjero (costo normal)
    .hours-text = Todos los días. El horario que se indica es de 9:00 a 19:00 (2018) o de 9:00 a 20:00 (2022). Fuera de ese horario puede dejar un mensaje para que le devuelvan la llamada.
    .operator-note = federación de asociaciones de apoyo a víctimas
    .service = 116 006 - línea de apoyo a víctimas

# hb: source=409b1b2d597af84c status=machine
helpline_fr-119 = Para niños y jóvenes de hasta 21 años en peligro, y para adultos preocupados por un niño. Gratis, día y noche; la llamada no aparece en la factura del teléfono.
    .hours-text = 24 horas al día, 7 días a la semana
    .operator-note = servicio nacional de protección de la infancia
    .service = 119 - Allô Enfance en danger

# hb: source=f9069a83497ca4c1 status=machine
helpline_fr-ccem = Ayuda para personas obligadas a trabajar, a menudo como empleadas domésticas en casas. Apoyo legal, social y con los papeles; hablan con usted antes de decidir nada.
    .channel-2 = Informar de una situación
    .service = Denuncias y apoyo para víctimas de trata laboral y de servidumbre doméstica

# hb: source=47531ae011bdef39 status=machine
helpline_gb-mseh = Gratis y abierta día y noche. Puede quedarse en el anonimato; le preguntan antes de compartir sus datos, salvo que alguien esté en peligro o un niño esté en riesgo.
    .hours-text = 24 horas al día, todos los días
    .operator-note = ONG independiente (sin fines de lucro)
    .service = Modern Slavery & Exploitation Helpline

# hb: source=e4defdaa0381c957 status=machine
helpline_gb-salvation-army = Ayuda confidencial para sobrevivientes adultos en Inglaterra y Gales: casa segura, asesoría legal, atención de salud. Si recibe el apoyo del gobierno, su caso va al Home Office (Ministerio del Interior).
    .hours-text = 24 horas al día, 7 días a la semana
    .operator-note = dirige el contrato de apoyo del gobierno
    .service = Modern Slavery Referral Helpline (Modern Slavery Victim Care Contract)

# hb: source=a3c0e633c5f7c0f9 status=machine
helpline_gh-helpline-of-hope = Denuncie la trata, el trabajo forzoso, el abuso infantil o el matrimonio forzado. Gratis desde cualquier red en Ghana.
    .channel-1 = Gratis, dentro de Ghana
    .channel-2 = Gratis, dentro de Ghana
    .hours-text = 24 horas, 7 días a la semana
    .operator-note = ministerio de género y protección social
    .service = Centro de llamadas Helpline of Hope

# hb: source=863d4324905c7ae0 status=machine
helpline_gr-1109 = Línea nacional contra la trata en Grecia. Deriva a servicios de ayuda y recibe avisos, que pueden llegar a la policía.
    .service = Human Trafficking Resource Line 1109 (línea de información sobre la trata de personas)

# hb: source=ca72b4a8bec9ceb3 status=machine
helpline_gt-pdh-1555 = Línea de la oficina estatal de derechos humanos. Su denuncia se puede pasar a los fiscales y a la policía.
    .operator-note = procurador de los derechos humanos (organismo del Estado)
    .service = Denuncias 1555

# hb: source=160fb3b81b1c5642 status=machine
helpline_hk-help-for-domestic-workers = Consejo gratuito y ayuda de emergencia para personas trabajadoras del hogar. Puede que hablen con su empleador.
    .service = HELPLine: consejo y apoyo de emergencia para personas trabajadoras del hogar

# hb: source=6b0b9c3e747f5fc4 status=machine
helpline_hk-ld-fdh-hotline = Línea del gobierno para personas trabajadoras del hogar, día y noche. Sus datos se pueden compartir con la policía y con migración.
    .hours-text = 24 horas. Intérpretes de 8 de la mañana a 10 de la noche, todos los días, salvo los días festivos.
    .operator-note = departamento de trabajo
    .service = Línea directa de 24 horas para personas trabajadoras del hogar extranjeras

# hb: source=ec77a7ada27358f3 status=machine
helpline_hk-mfmw = ONG de una iglesia para personas trabajadoras del hogar en Hong Kong. Ayuda con su caso, un refugio y emergencias.
    .operator-note = ONG de una iglesia (sin fines de lucro)
    .service = Ayuda para personas trabajadoras del hogar migrantes (apoyo con su caso, refugio, ayuda de emergencia)

# hb: source=81dea64949026fff status=machine
helpline_hn-cicesct-145 = Línea gratuita y confidencial para denunciar la trata. Las víctimas también pueden recibir ayuda, pero las denuncias pueden llegar a la policía.
    .channel-1 = Gratis
    .channel-2 = Número directo
    .operator-note = comisión del gobierno contra la trata
    .service = Línea Nacional de Denuncias contra la Trata de Personas 145

# hb: source=409793674f21483e status=machine
helpline_id-bp2mi-0800-1000 = Para trabajadores de Indonesia en el extranjero y sus familias, día y noche. Puede que se comuniquen con su empleador o con su agencia.
    .channel-1 = Dentro de Indonesia. Gratis.
    .channel-2 = Desde el extranjero. Puede que tenga que pagar la llamada.
    .hours-text = 24 horas
    .operator-note = agencia de trabajadores migrantes
    .service = Centro de llamadas de quejas para trabajadores migrantes de Indonesia

# hb: source=c49aaebcd2489cdb status=machine
helpline_id-sapa-129 = Gratis, día y noche, para mujeres y niños que sufren violencia. Es privada, pero el caso se pasa a las autoridades.
    .hours-text = 24 horas
    .operator-note = ministerio de protección de la mujer y la infancia
    .service = SAPA 129: quejas por violencia contra mujeres y niños

# hb: source=8cb6bee11cc85fd5 status=machine
helpline_ie-crimestoppers-blueblindfold = Para denuncias anónimas a la policía. No es un servicio de apoyo.
    .channel-1 = Solo dentro de Irlanda
    .operator-note = línea de avisos sobre delitos; las denuncias van a la policía
    .service = Línea anónima de Crimestoppers (Blue Blindfold)

# hb: source=2def40e918df3c6e status=machine
helpline_ie-garda-confidential = Esto es la policía. Puede denunciar sin dar su nombre.
    .channel-1 = Solo dentro de Irlanda
    .hours-text = Todos los días, de 9 de la mañana a 9 de la noche
    .service = Garda Confidential Line

# hb: source=790c728b49af2d84 status=machine
helpline_ie-ruhama = Apoyo para mujeres afectadas por la trata sexual o la prostitución: seguimiento de su caso, apoyo psicológico, trabajo de calle (outreach).
    .service = Apoyo para mujeres afectadas por la prostitución y la trata sexual

# hb: source=7ea667b8b19b1ea0 status=machine
helpline_il-hotline-refugees-migrants = Grupo que ayuda a migrantes, refugiados y sobrevivientes de trata con consejo y ayuda legal. Es un número de oficina.
    .channel-1 = Número de oficina
    .service = Línea de oficina (consejo y ayuda legal para migrantes y sobrevivientes de trata)

# hb: source=cfc0ca2a4cc17db7 status=machine
helpline_il-kav-laoved = Grupo de derechos de los trabajadores que ayuda a trabajadores migrantes y cuidadores a cobrar salarios no pagados y a hacer valer sus derechos.
    .service = Ayuda sobre derechos laborales (no se encontró número de teléfono)

# hb: source=96ce91cb4cd753e5 status=machine
helpline_in-181 = Para mujeres que sufren violencia, en casa o fuera (no en Bengala Occidental). Las llamadas se pueden pasar a la policía (112).
    .hours-text = 24 horas, todos los días del año
    .operator-note = ministerio de la mujer y la infancia; lo atiende cada estado
    .service = 181 Women Helpline (línea de ayuda para mujeres)

# hb: source=e51198c5d4da11c0 status=machine
helpline_in-childline-1098 = Para niños en peligro, o un adulto que llama por un niño, gratis, día y noche. Las llamadas se pueden conectar con el servicio de emergencias de la policía 112.
    .hours-text = 24 horas, 7 días a la semana
    .operator-note = ministerio de bienestar infantil; conectado con el sistema de emergencias de la policía 112
    .service = Línea de ayuda a la infancia 1098

# hb: source=ab9f24f596a9ab82 status=machine
helpline_in-madad = Quejas por internet para personas de la India en el extranjero: salarios no pagados, abusos, problemas con un patrocinador o un agente. Otra persona puede presentarla por usted.
    .channel-1 = Quejas
    .channel-2 = Ver si un agente está registrado
    .channel-3 = Quejas sobre agentes de contratación
    .operator-note = ministerio de asuntos exteriores; las quejas van a las embajadas de la India
    .service = MADAD, quejas por internet para personas de la India en el extranjero, y e-Migrate

# hb: source=6a26e6b2d24342b3 status=machine
helpline_in-pbsk-owrc = Para personas de la India que trabajan en el extranjero, o que van a ir: salarios no pagados, agentes falsos, abusos. Las fuentes dan dos números para llamar desde el extranjero.
    .channel-1 = Gratis, dentro de la India
    .channel-2 = Desde el extranjero
    .channel-3 = Desde el extranjero (número más antiguo)
    .hours-text = 24 horas
    .operator-note = ministerio de asuntos exteriores
    .service = Línea de ayuda para trabajadores de la India en el extranjero

# hb: source=021251dbad38d5c4 status=machine
helpline_int-iom = No es una línea de teléfono: la OIM puede ayudar con un lugar seguro, atención de salud, y con volver a su país o quedarse, a través de sus oficinas en cada país. Trabaja de cerca con los gobiernos.
    .operator-note = agencia de la ONU para las migraciones
    .service = Asistencia directa contra la trata (a través de las oficinas en cada país)

# hb: source=65fd63741d3a3c12 status=machine
helpline_int-la-strada = No es una línea de teléfono: una lista de grupos contra la trata en muchos países de Europa.
    .operator-note = red de ONG
    .service = Directorio de organizaciones miembro y líneas directas nacionales

# hb: source=9d14f5b522e6e30e status=machine
helpline_ir-123-social-emergency = Línea estatal gratuita para la violencia en casa y el abuso infantil. En casos graves trabaja con la policía y los tribunales.
    .operator-note = organización estatal de bienestar social
    .service = Emergencia Social 123

# hb: source=165a9b2a03e163db status=machine
helpline_it-numero-verde-antitratta = Gratis y anónima, día y noche. El personal habla varios idiomas y puede ponerle en contacto con proyectos de protección y con un refugio.
    .channel-1 = Llamada gratuita dentro de Italia
    .hours-text = Todos los días, 24 horas
    .service = Numero Verde Antitratta

# hb: source=24ebe983f805709b status=machine
helpline_jo-adaleh-legal-aid = Ayuda legal gratuita para trabajadores migrantes, personas trabajadoras del hogar y refugiados.
    .service = Legal Aid Unit (ayuda legal gratuita; no se encontró número de teléfono)

# hb: source=e662804089eab54b status=machine
helpline_jp-houterasu = Línea pública de ayuda legal. En inglés y tagalo.
    .hours-text = De lunes a viernes, de 9:00 a 17:00
    .operator-note = agencia pública de asistencia jurídica
    .service = Línea de apoyo legal

# hb: source=2308bacaf2e077f8 status=machine
helpline_jp-iom-tokyo = Agencia internacional en Tokio que ayuda a víctimas de trata. Abierta de lunes a viernes.
    .hours-text = De lunes a viernes, de 9:00 a 12:30 y de 13:30 a 17:00, salvo los días festivos de la OIM
    .service = OIM Tokio: informar de un caso de trata

# hb: source=0c75d9b11340d515 status=machine
helpline_jp-jitco-mother-tongue = Línea gratuita para aprendices técnicos (technical intern trainees), en su propio idioma. Está ligada al programa de aprendices.
    .channel-1 = Gratis. Solo dentro de Japón
    .operator-note = fundación del programa de aprendices
    .service = Línea en lengua materna para aprendices técnicos

# hb: source=0035926f105b6ace status=machine
helpline_jp-tokyo-police-english = Línea de la policía en inglés en Tokio, día y noche. Esto es la policía.
    .hours-text = Traducción disponible las 24 horas, todos los días
    .operator-note = policía
    .service = Línea de la policía de Tokio en inglés

# hb: source=440b1570fae6c9c6 status=machine
helpline_ke-116 = Gratis, día y noche, para niños o para cualquier persona que llama por un niño. La línea suele estar ocupada: siga intentando.
    .hours-text = 24 horas
    .operator-note = funciona con una ONG asociada (Childline Kenya)
    .service = Línea de ayuda a la infancia 116

# hb: source=7eb0ee7a72fef2ba status=machine
helpline_ke-1195 = Gratis, día y noche, para cualquier persona que sufre violencia o abuso. Los consejeros pueden enviar a la policía o una ambulancia.
    .hours-text = 24 horas
    .operator-note = la atiende una ONG junto con el gobierno
    .service = Línea nacional contra la violencia de género 1195

# hb: source=b482f852d1e97704 status=machine
helpline_kh-police-117 = Línea de la policía, gratis incluso sin saldo en el teléfono. Esto es la policía.
    .operator-note = policía
    .service = Línea directa de la policía 117 (denuncias de detención ilegal y de trata)

# hb: source=334413e3633341da status=machine
helpline_kr-1345-immigration-contact = Línea de la oficina de migración para preguntas sobre visas, en 20 idiomas. Esto es migración.
    .channel-1 = Dentro de Corea
    .channel-2 = Desde el extranjero
    .hours-text = Días laborables de 9:00 a 22:00. Después de las 18:00, solo en coreano, inglés y chino.
    .operator-note = oficina de migración
    .service = 1345 Immigration Contact Center (información en varios idiomas)

# hb: source=c7b5f8dc15c9f8af status=machine
helpline_kr-danuri-1577-1366 = Para mujeres migrantes, día y noche, en 13 idiomas. Pueden llevarle a un refugio o ayudarle a ir a la policía.
    .channel-1 = Dentro de Corea
    .hours-text = 24 horas al día, 365 días al año
    .service = Línea de ayuda Danuri para mujeres migrantes y familias multiculturales

# hb: source=39fc39828ab3b170 status=machine
helpline_kr-gyeonggi-gmhr = Ayuda para migrantes en 9 idiomas, en cualquier lugar de Corea. Abierta de domingo a jueves.
    .channel-1 = Después elija su idioma (teclas 1 a 10)
    .hours-text = De domingo a jueves, de 9:00 a 18:00
    .operator-note = instituto del gobierno provincial
    .service = Orientación en varios idiomas para migrantes (en todo el país)

# hb: source=d8e00083ba48e228 status=machine
helpline_kr-hug-1577-0071 = Centro de llamadas para trabajadores migrantes en 16 idiomas. Trabaja con la oficina de trabajo.
    .channel-1 = Dentro de Corea
    .hours-text = Abierto todo el año
    .operator-note = ligado al ministerio de trabajo
    .service = Centro de llamadas para trabajadores migrantes

# hb: source=e1028a70258d4970 status=machine
helpline_kw-kshr = Línea de asesoría legal de un grupo de derechos humanos, en cinco idiomas. Este grupo puede llevar su caso a la autoridad laboral.
    .operator-note = sociedad de derechos humanos
    .service = Línea directa para trabajadores migrantes: preguntas legales y quejas

# hb: source=557f0608389ad3c0 status=machine
helpline_kw-pam-domestic = Línea de la autoridad laboral para personas trabajadoras del hogar. Puede que avisen a su empleador; por eso, pregunte primero si su residencia podría verse afectada.
    .operator-note = autoridad laboral
    .service = Línea directa de la PAM para personas trabajadoras del hogar y sus empleadores (quejas y preguntas)

# hb: source=54f6a0d37942952d status=machine
helpline_lb-abaad-helpline = Línea de ayuda de un grupo de derechos de las mujeres, para mujeres que sufren violencia.
    .service = Línea de ayuda para mujeres que sufren violencia

# hb: source=9968c74486eccff4 status=machine
helpline_lb-kafa-atu = Grupo de mujeres que ayuda a personas trabajadoras del hogar y a mujeres explotadas en el trabajo sexual, con apoyo legal y emocional. Tiene una línea de teléfono de 24 horas; el número está en su sitio web.
    .hours-text = La línea de teléfono está abierta 24 horas, 7 días. El número está en el sitio web.
    .service = Anti-Trafficking and Exploitation Unit (línea directa 24/7; no se encontró el número)

# hb: source=d9b60735b192f67f status=machine
helpline_lb-mol-1741 = Línea del Ministerio de Trabajo para personas trabajadoras del hogar, día y noche. El ministerio trata con los empleadores y con los papeles de trabajo, así que puede que avisen a su empleador.
    .hours-text = 24 horas, todos los días
    .operator-note = ministerio de trabajo
    .service = Línea directa para quejas de personas trabajadoras del hogar

# hb: source=dce8c9328344ca64 status=machine
helpline_lk-ncpa-1929 = Para niños, o cualquier persona preocupada por un niño. Gratis, día y noche, en cingalés, tamil o inglés.
    .hours-text = 24 horas, todos los días
    .service = 1929 Child Helpline (línea de ayuda a la infancia)

# hb: source=c659972106733241 status=machine
helpline_lk-slbfe-1989 = Compruebe si una agencia de empleo tiene licencia, o ponga una queja. Si está en el extranjero, comuníquese primero con la embajada de Sri Lanka.
    .channel-2 = Quejas
    .hours-text = 24 horas
    .operator-note = oficina de empleo en el extranjero
    .service = Línea directa 1989 para trabajadores migrantes y personas que buscan empleo

# hb: source=fb433e86f35d5337 status=machine
helpline_md-lastrada = Consejo gratuito antes de irse a trabajar al extranjero, y ayuda para personas explotadas o atrapadas en el extranjero y sus familias.
    .channel-1 = Gratis dentro de Moldavia
    .channel-2 = Desde el extranjero
    .hours-text = De 8:00 a 20:00
    .service = Línea directa para la migración segura y contra la trata

# hb: source=bf72fab496c35511 status=machine
helpline_mx-lnctp = Atienden abogados y psicólogos, y puede quedarse en el anonimato. Lo que usted denuncie se puede pasar a la policía.
    .channel-2 = Chat contra la trata por WhatsApp, en el mismo número
    .hours-text = 24 horas (teléfono); chat de WhatsApp 24/7
    .operator-note = consejo ciudadano ligado a las autoridades de seguridad de la Ciudad de México
    .service = Línea y Chat Nacional contra la Trata de Personas (LNCTP)

# hb: source=5d807c6bf2fdaf33 status=machine
helpline_my-mapo = Una línea para denunciar la trata. Lo que usted diga llega a la policía y a migración.
    .hours-text = Todos los días, de 7:30 de la mañana a 9 de la noche. Fuera de ese horario puede dejar un mensaje grabado.
    .operator-note = Ministerio del Interior; las denuncias van a la policía y a migración
    .service = Línea directa especial para denunciar la trata de personas (1Malaysia One Call Centre)

# hb: source=a2cb1e5e630ae85e status=machine
helpline_ng-naptip-627 = La atiende la agencia nacional contra la trata, que arresta a los tratantes. Su llamada es una denuncia ante ellos; también ayudan a las víctimas.
    .channel-1 = Gratis
    .channel-2 = Línea directa
    .hours-text = Centro de llamadas de 24 horas
    .operator-note = agencia nacional policial contra la trata
    .service = Línea gratuita y centro de llamadas NAPTIP 627

# hb: source=21ead6da4987a3f6 status=machine
helpline_nl-arbeidsinspectie = Oficina de trabajo del gobierno; investiga a los empleadores. Si usted no tiene papeles, esta oficina puede avisar a la policía de extranjería; por eso, hable primero con un grupo de apoyo.
    .channel-2 = Desde el extranjero
    .operator-note = autoridad laboral
    .service = Denunciar la explotación laboral

# hb: source=a033415f57593a1f status=machine
helpline_nl-comensha = Consejo para cualquier persona afectada por la trata, también sobre el tiempo de descanso y reflexión, las denuncias y los papeles de residencia. También organizan el primer refugio.
    .hours-text = De lunes a viernes, de 9:00 a 17:00
    .service = Servicio nacional de ayuda de CoMensha (consejo, registro, coordinación de refugios)

# hb: source=8a010ff4736a5eee status=machine
helpline_nl-meld-misdaad-anoniem = Para denunciar un delito sin dar su nombre. Su denuncia va a la policía; esta línea no da apoyo.
    .operator-note = pasa las denuncias a la policía
    .service = Meld Misdaad Anoniem (denuncia anónima de delitos)

# hb: source=999daf228c4e71c3 status=machine
helpline_nl-police = Esto es la policía, incluida la policía de extranjería. Primero un detective le explica los pasos y luego usted decide si denuncia; buscan un alojamiento seguro incluso sin papeles.
    .operator-note = departamento de extranjería, identificación y trata de personas (AVIM)
    .service = Línea de la policía para casos que no son de emergencia (pida hablar con un detective de trata de personas)

# hb: source=d8d5adaa1f8d5fd5 status=machine
helpline_np-1098 = Para niños en peligro, o cualquier persona que llama por un niño. Llame al 104 si un niño ha desaparecido.
    .channel-1 = Línea de ayuda a la infancia
    .channel-2 = Niños desaparecidos
    .service = Línea de ayuda a la infancia 1098 y línea 104 para niños desaparecidos

# hb: source=a9fba8969076282b status=machine
helpline_np-1145 = Para mujeres y niñas que sufren violencia o un trato injusto, gratis, día y noche. Los casos se pueden pasar a la policía.
    .hours-text = 24 horas
    .operator-note = comisión constitucional de las mujeres
    .service = Línea de ayuda Khabar Garaun 1145

# hb: source=3edd957ec6a34939 status=machine
helpline_np-1177 = Esta es una línea de la policía. Recibe denuncias sobre la trata y sobre personas de Nepal atrapadas en el extranjero, por ejemplo por trabajos falsos, salarios no pagados o pasaportes quitados.
    .channel-1 = Dentro de Nepal. Su familia en Nepal puede llamar por usted.
    .hours-text = 24 horas
    .service = Línea directa contra la trata de personas 1177

# hb: source=88fdf2ab176a7f97 status=machine
helpline_np-feb-1141 = Para personas de Nepal que se van a trabajar al extranjero, o que ya están en el extranjero. Recibe preguntas y quejas.
    .channel-1 = Gratis, dentro de Nepal
    .channel-2 = Gratis, dentro de Nepal
    .channel-3 = Número con código de país
    .hours-text = Cuando se abrió: de 8 de la mañana a 7 de la tarde. El horario puede haber cambiado.
    .operator-note = ministerio de trabajo
    .service = Centro de llamadas para problemas de empleo en el extranjero

# hb: source=15a6c553a7b3082e status=machine
helpline_om-rop-hotline = Línea de la policía para víctimas de trata. Lo que usted diga llega a la policía.
    .service = Línea directa de la Policía Real de Omán para víctimas y testigos de trata

# hb: source=c8aa37833dd80800 status=machine
helpline_pe-mininter-1818 = Línea gratuita y confidencial del Ministerio del Interior. Las denuncias van a la policía.
    .channel-1 = Gratis
    .hours-text = 24 horas
    .operator-note = ministerio del interior, que dirige la policía nacional
    .service = Línea 1818 contra la trata de personas

# hb: source=4214837c06f5c33b status=machine
helpline_ph-1343 = Para víctimas de trata y sus familias, en Filipinas o en el extranjero, día y noche. Los casos se pueden pasar a la policía.
    .channel-1 = En Metro Manila
    .channel-2 = Desde otras provincias
    .channel-3 = Desde el extranjero
    .hours-text = 24/7
    .service = 1343 Actionline against Human Trafficking (línea contra la trata de personas)

# hb: source=f8db569f45c9ce15 status=machine
helpline_ph-dmw-1348 = Para trabajadores de Filipinas en el extranjero y sus familias, día y noche. Ayuda con rescates, con volver a casa y con problemas legales.
    .channel-1 = Dentro de Filipinas
    .channel-2 = Desde el extranjero
    .hours-text = 24 horas, 7 días a la semana
    .operator-note = departamento de trabajadores migrantes
    .service = Línea directa DMW-OWWA 1348 para trabajadores de Filipinas en el extranjero

# hb: source=675d042bfc690c54 status=machine
helpline_pk-fia-tip-hotline = La atiende la agencia federal de policía. Lo que usted diga llega a la policía; a las víctimas se las envía a servicios de bienestar social.
    .operator-note = agencia federal de investigación, que también dirige el control de migración
    .service = National Trafficking in Persons (TIP) Hotline (línea nacional contra la trata de personas)

# hb: source=8feb6d29f43321af status=machine
helpline_pk-opf-complaints = Para personas de Pakistán en el extranjero con problemas en el trabajo o en casa. También puede enviar un mensaje por WhatsApp.
    .hours-text = 24 horas, 7 días a la semana
    .operator-note = organismo de bienestar para personas de Pakistán en el extranjero
    .service = Oficina de quejas 24/7 para personas de Pakistán en el extranjero

# hb: source=8b8163d43766e623 status=machine
helpline_pl-kcik = Ayuda para víctimas de trata polacas y extranjeras: consejo, refugio, ayuda de salud y legal, día y noche. Pueden ayudar con los papeles para quedarse o con volver a su país.
    .channel-2 = Segundo número (fuentes más antiguas)
    .hours-text = 24/7
    .operator-note = lo atienden ONG para el Ministerio del Interior
    .service = Centro Nacional de Consulta e Intervención para Víctimas de Trata (KCIK)

# hb: source=1ad22d69ed6bef82 status=machine
helpline_pl-lastrada = ONG contra la trata, disponible día y noche.
    .hours-text = 24/7
    .service = Teléfono 24/7 de la Fundación La Strada

# hb: source=ac7e2708d2491ff4 status=machine
helpline_pt-eme-apf = Equipos regionales que pueden ir a donde usted está, buscar un refugio seguro y explicarle sus derechos. Recibir su ayuda no significa que tenga que ir a la policía.
    .channel-1 = Norte
    .channel-2 = Centro
    .channel-3 = Alentejo
    .channel-4 = Lisboa
    .channel-5 = Algarve
    .hours-text = 24 horas al día, 7 días a la semana
    .operator-note = equipos regionales de apoyo
    .service = Equipos regionales de asistencia a víctimas de trata

# hb: source=671529c1525689ef status=machine
helpline_pt-linha-apoio-trafico = Anónima y confidencial, día y noche, al precio de una llamada normal a un celular. Si hay señales del delito, el equipo puede llamar a la policía.
    .channel-1 = Cuesta lo mismo que una llamada normal a un celular
    .hours-text = 24 horas al día, 7 días a la semana
    .service = Línea de apoyo a víctimas de trata de personas

# hb: source=4ded0c56e1274d44 status=machine
helpline_py-sos-mujer-137 = Para mujeres que sufren violencia. En una emergencia pueden llamar a la policía por usted.
    .hours-text = 24 horas al día
    .operator-note = ministerio de la mujer
    .service = Línea 137 SOS Mujer

# hb: source=31c0b4f23934c730 status=machine
helpline_qa-mol = Línea del ministerio de trabajo para quejas sobre salarios y trabajo, también para personas trabajadoras del hogar. Puede que avisen a su empleador; por eso, pregunte primero si su residencia podría verse afectada.
    .channel-2 = Escriba 5, luego su número de documento de identidad de Catar (Qatar ID) o de visa, y envíe
    .hours-text = Servicio de mensajes de texto: 24 horas. No se conoce el horario del teléfono.
    .operator-note = ministerio de trabajo
    .service = Línea directa de quejas de trabajadores, servicio de quejas por SMS y Unified Platform for Complaints and Whistleblowers (plataforma unificada de quejas y denuncias)

# hb: source=73df73398895a0be status=machine
helpline_ro-anitp = Línea gratuita del gobierno sobre la trata. Pertenece al Ministerio del Interior, que también dirige la policía.
    .operator-note = agencia del Ministerio del Interior
    .service = Línea gratuita de la ANITP

# hb: source=ddcabc06e64f4fa6 status=machine
helpline_sa-19911 = Línea del ministerio de trabajo que también recibe denuncias contra trabajadores. Puede que avisen a su empleador; por eso, pregunte primero si su residencia podría verse afectada.
    .operator-note = ministerio de trabajo
    .service = Número unificado del ministerio 19911 (violaciones de la ley laboral y consultas)

# hb: source=8f67e0782d0ece7a status=machine
helpline_sd-fcpu-9696 = Línea de la policía para niños. Desde la guerra, puede que no funcione en todas las zonas.
    .hours-text = 24 horas
    .operator-note = unidad de la policía de protección de la familia y la infancia
    .service = Línea de apoyo a la infancia 9696

# hb: source=2c5f89670ac82ffb status=machine
helpline_sg-cde = Ayuda de día y de noche para personas trabajadoras del hogar. Puede que hablen con su empleador, y que avisen al ministerio o a la policía en casos graves.
    .channel-1 = Dentro de Singapur. Las llamadas desde un celular pueden costar saldo.
    .hours-text = 24 horas
    .operator-note = ligado a los sindicatos; trabaja con el ministerio de trabajo
    .service = Línea de ayuda CDE de 24 horas para personas trabajadoras del hogar

# hb: source=c724ca74974f3db5 status=machine
helpline_sg-home = ONG para trabajadores migrantes: consejo, ayuda legal y un refugio. Trabaja con el ministerio de trabajo y con la policía.
    .channel-1 = Línea gratuita
    .channel-2 = Personas trabajadoras del hogar
    .channel-3 = Otros trabajadores migrantes
    .hours-text = Línea gratuita: de 10 de la mañana a 6 de la tarde (no se indican los días)
    .service = Línea de ayuda de HOME para trabajadores migrantes

# hb: source=46fbb4a0c62ddea2 status=machine
helpline_sg-mom-mdw-helpline = Línea del gobierno para personas trabajadoras del hogar, por salarios no pagados y problemas en el trabajo. Se comunicarán con su empleador.
    .channel-1 = Dentro de Singapur. Las llamadas desde un celular pueden costar saldo.
    .channel-2 = Desde el extranjero
    .operator-note = ministerio de trabajo
    .service = Línea de ayuda del MOM para personas trabajadoras del hogar migrantes

# hb: source=bdf0fbddad762eea status=machine
helpline_sg-mwc = Ayuda de día y de noche para trabajadores migrantes, en muchos idiomas. Trabaja con el ministerio de trabajo.
    .hours-text = 24 horas, todos los días
    .operator-note = sindicatos y federación de empleadores
    .service = Línea de ayuda MWC de 24 horas para trabajadores migrantes

# hb: source=db54f3dd09d83be5 status=machine
helpline_so-ceebla-5555 = Línea gratuita para sobrevivientes de violación y abuso sexual en Mogadiscio. Le ayuda a denunciar ante la policía.
    .channel-1 = Mogadiscio (Banadir)
    .operator-note = funciona con la Fuerza de Policía de Somalia
    .service = Línea directa Ceebla 5555 para sobrevivientes de violencia sexual

# hb: source=26233f11156e3c10 status=machine
helpline_so-gredo-9997 = Línea gratuita en Baidoa para la violencia contra mujeres y niños. Puede quedarse en el anonimato.
    .channel-1 = Baidoa
    .hours-text = De sábado a miércoles, de 8:00 a 16:00; jueves, de 8:00 a 12:00
    .service = Línea directa de protección 9997 (Baidoa)

# hb: source=d7870fb6c4317291 status=machine
helpline_so-nofyl-2394 = Línea gratuita para mujeres que sufren violencia en la región de Gedo, día y noche. Puede quedarse en el anonimato.
    .channel-1 = Región de Gedo (Bardheere, Doolow, Belet-Xaawo)
    .hours-text = 24 horas
    .service = Línea directa 2394 para mujeres que sufren violencia (región de Gedo)

# hb: source=ec92c896fd35e15c status=machine
helpline_th-1300 = Línea de ayuda del gobierno dentro de Tailandia, para personas tailandesas y extranjeras. Puede que avisen a la policía de los casos de trata.
    .operator-note = ministerio de desarrollo social
    .service = Línea directa 1300 (asistencia social)

# hb: source=7dc14f70523ce9ba status=machine
helpline_th-intl-1300 = Para personas de Tailandia con problemas en el extranjero, día y noche. Llamar desde el extranjero le puede costar dinero.
    .channel-1 = Desde cualquier país. Puede que tenga que pagar la llamada.
    .channel-2 = Mensaje de texto
    .hours-text = 24 horas
    .operator-note = ministerio de desarrollo social
    .service = Línea directa internacional para personas de Tailandia en el extranjero

# hb: source=31802d0a39588b81 status=machine
helpline_th-mol-1694 = Línea del ministerio de trabajo para permisos de trabajo y problemas en el empleo. Esta línea puede llegar a su empleador y afectar su permiso.
    .channel-1 = Solo dentro de Tailandia
    .hours-text = De lunes a viernes, de 8:30 a 16:30 (2017)
    .operator-note = ministerio de trabajo
    .service = Centro de llamadas 1694 para trabajadores migrantes

# hb: source=ea91fe3cdec72033 status=machine
helpline_tr-alo-183 = Línea gratuita de apoyo familiar y social, día y noche. Las denuncias de abuso se pasan a equipos de emergencia o a la policía.
    .hours-text = 24 horas, 7 días a la semana
    .operator-note = ministerio de familia y servicios sociales
    .service = ALO 183, línea de apoyo social

# hb: source=93290d999ee853a5 status=machine
helpline_tr-yimer-157 = La atiende la autoridad de migración. En una emergencia, pasa su ubicación a la policía.
    .channel-1 = Llamada gratuita
    .channel-2 = Tarifa normal. Se puede usar desde el extranjero.
    .hours-text = 24 horas, 7 días a la semana
    .operator-note = autoridad de migración
    .service = YİMER 157, centro de comunicación para extranjeros

# hb: source=ca8c15b58b106657 status=machine
helpline_tw-1955 = Gratis, día y noche, en muchos idiomas. Las quejas van a la oficina de trabajo o a la policía, y puede que llamen a su empleador.
    .channel-1 = Solo dentro de Taiwán
    .hours-text = 24 horas al día, 365 días al año
    .operator-note = ministerio de trabajo
    .service = Línea directa 1955 de orientación y quejas para trabajadores migrantes

# hb: source=2279ec85eea24486 status=machine
helpline_ua-1547 = Línea del gobierno sobre la trata y la violencia, día y noche. Trabaja con la policía y puede ayudarle a comunicarse con ella.
    .channel-1 = Dentro de Ucrania
    .channel-2 = Para personas de Ucrania en el extranjero
    .hours-text = A toda hora
    .operator-note = centro de llamadas del gobierno; trabaja con la policía
    .service = Línea directa del gobierno sobre violencia doméstica, trata y violencia de género (1547)

# hb: source=59b742517b4546ed status=machine
helpline_ua-527 = Línea gratuita y anónima sobre la trata y el trabajo seguro en el extranjero, abierta todos los días.
    .hours-text = Todos los días (no se indica el horario)
    .service = Línea directa nacional contra la trata y de orientación para migrantes (527)

# hb: source=646648f57f908966 status=machine
helpline_us-ice-hsi-tipline = Esto es la policía de migración (ICE), no una línea de ayuda. Si usted no tiene papeles, lo que diga se puede usar en su contra.
    .channel-1 = Desde EE. UU. y Canadá
    .channel-2 = Desde otros países
    .channel-3 = TTY, para personas sordas o con problemas de audición
    .channel-4 = Formulario de avisos en internet
    .hours-text = 24 horas al día, 7 días a la semana
    .operator-note = agencia de control de migración (ICE)
    .service = HSI Tip Line (línea de avisos de HSI)

# hb: source=660ad71eb9eaf56b status=machine
helpline_us-nhth = No es la policía ni migración. Solo comparten sus datos si usted está de acuerdo, o si un niño está en riesgo o alguien está en peligro.
    .channel-2 = Para personas sordas o con problemas de audición (servicio de retransmisión)
    .channel-3 = Envíe un mensaje de texto con la palabra HELP o INFO
    .channel-4 = Chat en vivo y formulario en internet
    .hours-text = 24 horas al día, 7 días a la semana, 365 días al año
    .operator-note = financiada por el gobierno federal
    .service = National Human Trafficking Hotline

# hb: source=cfb5cfb7645832e0 status=machine
helpline_vn-111 = Gratis, día y noche. Lo que usted diga se envía a la policía o a la guardia de fronteras.
    .hours-text = 24 horas al día, 7 días a la semana
    .operator-note = las denuncias se pasan a la policía y a la guardia de fronteras
    .service = Línea directa nacional 111 contra la trata de personas (también es la línea nacional de protección infantil)

# hb: source=012eedf7c7919a15 status=machine
helpline_vn-mofa-citizen-protection = Para personas de Vietnam con problemas en el extranjero, día y noche. Usted paga el precio normal de una llamada internacional.
    .channel-1 = Desde cualquier país. Usted paga la llamada.
    .hours-text = Día y noche
    .operator-note = ministerio de asuntos exteriores
    .service = Línea directa de protección a ciudadanos de Vietnam en el extranjero

# hb: source=8eaac4de87672594 status=machine
helpline_za-0800222777 = Puede quedarse en el anonimato. Las denuncias se pueden pasar a la policía.
    .channel-2 = Denunciar por internet
    .hours-text = 24 horas, 7 días a la semana
    .service = National Human Trafficking Resource Line (línea nacional de información sobre la trata de personas)

# hb: source=61d8f509d8f5cb6a status=machine
helpline_za-childline-116 = Gratis, para niños o adultos preocupados por un niño. Childline puede llamar a la policía o a un trabajador social si hace falta.
    .service = Childline 116

# hb: source=e783202d5751a21a status=machine
helpline_za-gbv-command-centre = Atienden trabajadores sociales, día y noche, gratis. Pueden enviar a la policía o a un trabajador social para ayudarle.
    .channel-2 = SMS con la palabra 'help' (para personas con discapacidad)
    .hours-text = 24 horas, 7 días a la semana
    .operator-note = departamento de desarrollo social
    .service = Gender-Based Violence Command Centre (centro contra la violencia de género)

# hb: source=54e58ff33c7582d9 status=machine
tip_backups = Las copias de seguridad copian su teléfono
    .body = Muchos teléfonos copian fotos, mensajes y contactos en internet. Cualquier persona que sepa la contraseña de la cuenta puede verlos allí.

# hb: source=cd027b6f8394bb7b status=machine
tip_borrow-phone = Use un teléfono de confianza
    .body = Si alguien revisa su teléfono, piense en pedir prestado el teléfono de una persona de confianza.

# hb: source=8c7b50b59845de57 status=machine
tip_browser = El navegador recuerda
    .body = El navegador de internet recuerda las páginas que usted abre. Si es seguro, use una ventana privada, o borre el historial.

# hb: source=bdd6d954599bff61 status=machine
tip_call-log = Las llamadas quedan en el teléfono
    .body = Las llamadas y los mensajes aparecen en la lista de llamadas y mensajes del teléfono. Si es seguro, bórrelos después de llamar.

# hb: source=8d4db8a36fafc326 status=machine
tip_chats = Los chats se guardan
    .body = WhatsApp y otras aplicaciones de chat guardan sus mensajes, y pueden copiarlos en una copia de seguridad. Si es seguro, borre el chat después de escribir.

# hb: source=fe1dc2b015ca2546 status=machine
tip_documents = Guarde copias de sus papeles
    .body = Guarde copias de su pasaporte, su documento de identidad, su visa, su contrato de trabajo y sus recibos de pago. Guárdelas en un lugar seguro, o con una persona de confianza.

# hb: source=9a2f34def671c31c status=machine
tip_hide = Oculte la aplicación rápido
    .body = Toque «Ocultar» si alguien se acerca. La aplicación muestra la calculadora.

# hb: source=0a3bdb406e7299d7 status=machine
tip_phone-bill = Las llamadas pueden aparecer en una factura
    .body = Una llamada puede aparecer en la factura del teléfono, incluso una llamada gratuita. Si otra persona paga su teléfono, esa persona puede ver la factura.

# hb: source=13633996ec4022ee status=machine
tip_photos = Las fotos se ven en la galería
    .body = Las fotos que usted toma van a la galería del teléfono, donde cualquier persona que tenga el teléfono en la mano puede verlas. Piénselo antes de fotografiar sus documentos con un teléfono que otra persona revisa.

# hb: source=1da4b2b3c06c35d5 status=machine
tip_police = Si tiene miedo de la policía
    .body = En algunos lugares, la policía trabaja con las personas que explotan a otras, o pregunta por sus papeles. Si eso le da miedo, llame primero a una línea atendida por una ONG / organización sin fines de lucro.

# hb: source=7515e33326d1aba3 status=machine
tip_who-hears = Sepa con quién está hablando
    .body = Algunas líneas las atienden la policía, migración o el ministerio de trabajo. Antes de cada número, esta aplicación le dice quién puede escuchar lo que usted diga.

# hb: source=82092a6a63b61b1c status=machine
country_ae = La policía puede revisar sus papeles. Si puede, llame primero a una línea de ayuda.

# hb: source=0759fcafa9ff2079 status=machine
country_af = No se encontró ninguna línea de ayuda aquí.
    .emergency-1 = Línea de la policía. También recibe denuncias de actividades sospechosas.

# hb: source=2f5f0b061b9efc0a status=machine
country_al = No se pudo comprobar ninguna línea de ayuda aquí. Se ha informado que la línea nacional contra la trata no funciona. Si está en peligro, llame al 112 o a la policía al 129.
    .emergency-1 = Gratis
    .emergency-2 = Gratis

# hb: source=3c983078a27e9d25 status=machine
country_ar = El 911 envía a la policía. La Línea 145 es gratuita y la atienden trabajadores sociales, pero las denuncias van a los fiscales.

# hb: source=3eb737dfc85a4bf2 status=machine
country_au =
    .emergency-1 = Puede pedir un intérprete.

# hb: source=1c893060b606f257 status=machine
country_bd = El 999 lo atiende la policía.
    .emergency-1 = Gratis. Atiende la policía. Marque 2 para inglés.

# hb: source=82092a6a63b61b1c status=machine
country_bh = La policía puede revisar sus papeles. Si puede, llame primero a una línea de ayuda.

# hb: source=a933a3136f2ed621 status=machine
country_bo = No se encontró ninguna línea de ayuda aquí. El número de la policía es el 110. También puede probar las líneas para personas de su país, o la OIM.
    .emergency-1 = Policía

# hb: source=a2fcfe684b03036a status=machine
country_br = El 190 es la Policía Militar. Para pedir ayuda sin llamar primero a la policía, pruebe Disque 100 o Ligue 180.
    .emergency-1 = Policía Militar
    .emergency-2 = SAMU
    .emergency-3 = Bomberos

# hb: source=8c62ad5100ada380 status=machine
country_cl = El 133 es la policía de Carabineros. La policía PDI (134) también se ocupa de los papeles de migración.
    .emergency-1 = Carabineros

# hb: source=8d1a044a23a5ca7a status=machine
country_co = El 123 envía a la policía. Si usted no es de Colombia, puede que avisen de su caso a los agentes de migración.

# hb: source=4ec4cc4d4459da49 status=machine
country_de =
    .emergency-1 = Gratis, también desde un celular sin saldo

# hb: source=a1b32e822f62bb2d status=machine
country_do = El 911 envía a la policía. Si usted es de Haití o no tiene papeles, puede que la policía no le proteja y podrían deportarle. Pruebe con la OIM o con su consulado.
    .emergency-1 = Gratis

# hb: source=5f124ee005ca098c status=machine
country_ec = El 911 envía a la policía. La línea 1800 DELITO también funciona junto con la policía.
    .emergency-1 = ECU 911

# hb: source=48cd2d715a439040 status=machine
country_eg = La policía ha arrestado a migrantes y refugiados, y se ha castigado a víctimas por infracciones de migración. Si puede, pida ayuda primero a un grupo de apoyo.

# hb: source=72d1a484aaa5989b status=machine
country_er = No se encontró ninguna línea de ayuda aquí.

# hb: source=e2b812a80c1f0cd4 status=machine
country_et = Algunos funcionarios aceptan sobornos o ayudan a los tratantes. Tenga cuidado con quién se comunica.
    .emergency-2 = Número de teléfono fijo

# hb: source=65973ada72df1fe1 status=machine
country_fr =
    .emergency-5 = Por mensaje de texto, para personas sordas

# hb: source=9ed8adbea14dabc9 status=machine
country_gb =
    .emergency-1 = Gratis desde cualquier teléfono, incluso un celular bloqueado
    .emergency-2 = Funciona igual que el 999

# hb: source=c6a003fb8da80a55 status=machine
country_gh = El 112 comunica con la policía, los bomberos y las ambulancias.
    .emergency-1 = En todas las redes de celular

# hb: source=82eccd5aa5f2b273 status=machine
country_gt = El 110 es la policía. Algunos funcionarios han ayudado a los tratantes; por eso, tenga cuidado con quién confía.
    .emergency-1 = Policía Nacional Civil
    .emergency-2 = Bomberos Voluntarios
    .emergency-3 = Bomberos Municipales
    .emergency-4 = Cruz Roja

# hb: source=3fb1f4a140f11e70 status=machine
country_hn = El 911 conecta con la policía y también con la oficina de migración. Si no tiene papeles, puede ser más seguro llamar primero a una línea de ayuda.

# hb: source=22aa209fa8a28369 status=machine
country_id =
    .emergency-1 = Todavía no funciona en todas las zonas

# hb: source=37e140b28e5cccbf status=machine
country_il = Aquí solo la policía puede confirmar que usted es víctima de trata. Se ha castigado a personas sin papeles; por eso, si puede, pida ayuda primero a un grupo de apoyo.
    .emergency-2 = Magen David Adom
    .emergency-4 = Desde un celular

# hb: source=95f91f4641ea1425 status=machine
country_in = El 112 comunica con la policía, los bomberos y las ambulancias.
    .emergency-2 = Número antiguo, todavía se usa en algunos lugares
    .emergency-3 = Número antiguo, todavía se usa en algunos lugares
    .emergency-4 = Número antiguo, todavía se usa en algunos lugares

# hb: source=e38ccb8819fd9bc7 status=machine
country_int = El 112 funciona en todos los países de la UE y en muchos otros. La mayoría de los celulares tratan el 112 como una llamada de emergencia en cualquier lugar, pero en algunos países nadie contesta; por eso, aprenda también el número local.
    .emergency-1 = Pruebe desde cualquier celular

# hb: source=f61288ebb873e353 status=machine
country_ir = Aquí se ha castigado a víctimas, incluidas personas sin papeles. Tenga cuidado con quién se comunica.
    .emergency-4 = Socorro y rescate de la Media Luna Roja

# hb: source=c34bb3c6bba2d3ff status=machine
country_jo = La policía y los inspectores de trabajo pueden detener a trabajadores sin papeles válidos. Si puede, pida ayuda legal primero.

# hb: source=eaf2b3eb688fb59e status=machine
country_ke =
    .emergency-1 = Emergencias de la policía

# hb: source=6fe53ad4b8c6a1a0 status=machine
country_kh = El único número que se encontró aquí es el de la policía. La policía de aquí ha retenido a personas víctimas de trata hasta que pagaron. Pruebe la línea para personas de su país, o la OIM.

# hb: source=b01373211f5153a9 status=machine
country_kw = La policía puede arrestar a personas sin papeles o con un caso de abandono del trabajo («absconding»). Si puede, llame primero a una línea de ayuda o a su embajada.

# hb: source=29541d9e33cf9a37 status=machine
country_lb = La policía puede detener a personas sin papeles, incluso a víctimas. Si puede, pida ayuda primero a un grupo de apoyo.
    .emergency-2 = Cruz Roja Libanesa
    .emergency-3 = Defensa Civil

# hb: source=c0b06d0656b72a0e status=machine
country_lk =
    .emergency-2 = Desde un celular
    .emergency-4 = Ambulancia gratuita (Suwa Seriya)

# hb: source=7deee915e9ca7ae3 status=machine
country_ly = No se encontró ninguna línea de ayuda aquí. La OIM ha ayudado a migrantes en Libia a volver a su país.

# hb: source=5c7730a23e68405c status=machine
country_md =
    .emergency-1 = Gratis desde cualquier teléfono

# hb: source=5f79b504e13bb5bd status=machine
country_mm = No se encontró ninguna línea de ayuda aquí. Pruebe las líneas para personas de su país, o la OIM.

# hb: source=abc11fb4291a3f37 status=machine
country_mx = El 911 envía a la policía. Algunos funcionarios han ayudado a los tratantes; por eso, tenga cuidado con quién confía.
    .emergency-1 = Gratis, 24 horas

# hb: source=26e0ab0fc71c29ce status=machine
country_my =
    .emergency-2 = Desde un celular. Llega al mismo centro del 999.

# hb: source=aeedbbc9407c419e status=machine
country_ng = El 112 es gratis y comunica con la policía, los bomberos y las ambulancias donde funciona.
    .emergency-1 = Gratis. Todavía no funciona en todos los estados.

# hb: source=0a131da274d5b8b6 status=machine
country_nl = Si no tiene papeles, la oficina de trabajo y la policía pueden pasar su caso a la policía de extranjería. Un grupo de apoyo puede aconsejarle antes.

# hb: source=655b76fa446521a6 status=machine
country_om = Los funcionarios han devuelto trabajadores a su empleador. Si puede, comuníquese con su embajada o con una línea de ayuda antes que con la policía.
    .emergency-1 = Puede que quienes atienden solo hablen árabe

# hb: source=173614535be1ae38 status=machine
country_pe = El 105 es la policía. En Lima y Callao, puede que también funcione el 911.
    .emergency-1 = Policía Nacional
    .emergency-2 = Bomberos, gratis
    .emergency-3 = SAMU, gratis

# hb: source=af43b253af3c35f3 status=machine
country_pk = Policía: 15. Rescue 1122 para accidentes, incendios y ayuda médica.
    .emergency-2 = Rescue 1122, para accidentes, incendios y emergencias médicas. No funciona en todas las zonas.

# hb: source=479e072fde814d88 status=machine
country_py = El 911 envía a la policía. Algunos policías han ayudado a los tratantes; por eso, tenga cuidado con quién confía.

# hb: source=82092a6a63b61b1c status=machine
country_qa = La policía puede revisar sus papeles. Si puede, llame primero a una línea de ayuda.

# hb: source=10a8a6dfc7739a19 status=machine
country_sa = La policía puede detener a personas sin papeles. Si puede, llame primero a una línea de ayuda o a su embajada.
    .emergency-1 = Quienes atienden a menudo hablan árabe

# hb: source=474f3296c0dd2b5e status=machine
country_sd = Aquí se ha castigado a víctimas, y algunos funcionarios participan en la trata. Tenga cuidado con quién se comunica.
    .emergency-1 = Jartum. Nuevo en 2025.

# hb: source=8dda8f7edd9d1901 status=machine
country_so = Algunos funcionarios se benefician de la trata. Tenga cuidado con quién se comunica.
    .emergency-1 = Mogadiscio

# hb: source=75ed9aeca9afd4e7 status=machine
country_sv = No se encontró ninguna línea de ayuda aquí. El 911 lo atiende la policía. También puede probar las líneas para personas de su país, o la OIM.
    .emergency-1 = Lo atiende la Policía Nacional Civil

# hb: source=24846d9fa21bfae5 status=machine
country_tr = La policía y los agentes de migración pueden revisar sus papeles. Algunas personas de Siria fueron devueltas sin que se revisara si eran víctimas.
    .emergency-1 = Algunas personas que atienden hablan idiomas extranjeros

# hb: source=bc6d0b48aee80883 status=machine
country_tw =
    .emergency-3 = Desde un celular sin señal o sin tarjeta SIM

# hb: source=2101e08dfbffef43 status=machine
country_ua = Si está en peligro, llame a la policía al 102.

# hb: source=aa1905313bb0c582 status=machine
country_us = El 911 envía a la policía. Si no tiene papeles, puede llamar primero a la National Human Trafficking Hotline (Línea Nacional contra la Trata de Personas). No es la policía ni migración.

# hb: source=d5a519b1be6314ce status=machine
country_vn =
    .emergency-2 = Bomberos y rescate
    .emergency-4 = Búsqueda y rescate, desastres

# hb: source=218c95a1c1afb34b status=machine
country_za = El 112 funciona desde cualquier celular. Policía: 10111.
    .emergency-1 = Desde cualquier celular, incluso sin saldo

# hb: source=c0521a401189b61f status=machine
question_ilo-forced-labour--age = ¿Tiene menos de 18 años?
    .help = Si tiene menos de 18 años, algunas cosas funcionan de otra forma para usted. Aun así, puede responder las demás preguntas.

# hb: source=34aa2fd310ebbca5 status=machine
question_ilo-forced-labour--conditions = ¿El lugar donde trabaja o duerme es peligroso o está sucio?

# hb: source=09302641bce2e4cd status=machine
question_ilo-forced-labour--crimes = ¿Alguien le obliga a hacer cosas que van contra la ley?
    .help = Por ejemplo, vender drogas, robar o pedir dinero en la calle para esa persona.

# hb: source=028ebdf36136395f status=machine
question_ilo-forced-labour--debt = ¿Tiene que trabajar para devolver dinero que le debe a su jefe o a un agente?
    .help = Por ejemplo, por su viaje, por una tarifa para conseguir el trabajo, por la comida o por un cuarto.

# hb: source=8fd3665cbff6ef8c status=machine
question_ilo-forced-labour--deception = ¿Su trabajo es muy diferente de lo que le prometieron?
    .help = Por ejemplo, el tipo de trabajo, el pago, las horas o el lugar para vivir.

# hb: source=c7bb641c283f19bb status=machine
question_ilo-forced-labour--documents = ¿Otra persona tiene su pasaporte o su documento de identidad?
    .help = Por ejemplo, su jefe, un agente o la persona con la que vive.

# hb: source=f2cba2074458270b status=machine
question_ilo-forced-labour--isolation = ¿Le impiden hablar con su familia o sus amigos?

# hb: source=24a3e6bafce0964c status=machine
question_ilo-forced-labour--movement = ¿Le impiden salir del lugar donde trabaja o vive?

# hb: source=7332d0f363d2ff28 status=machine
question_ilo-forced-labour--overtime = ¿Tiene que trabajar muchísimas horas, o sin días de descanso?

# hb: source=41ef9b0406674b91 status=machine
question_ilo-forced-labour--sexual = ¿Alguien le ha obligado a hacer cosas sexuales que usted no quería hacer?
    .help = Esto incluye que le obliguen a tener sexo con personas a cambio de dinero que se queda otra persona.

# hb: source=2932505ad0a7a271 status=machine
question_ilo-forced-labour--threats = ¿Alguien le ha amenazado a usted o a su familia?
    .help = Por ejemplo, con violencia, con la policía o con enviarle de vuelta a su país.

# hb: source=ec1755eb0f5722a5 status=machine
question_ilo-forced-labour--violence = ¿Alguien le ha golpeado o le ha hecho daño?

# hb: source=5045ad6a78925e9c status=machine
question_ilo-forced-labour--vulnerability = ¿Alguien usa sus problemas para controlarle?
    .help = Por ejemplo, porque no tiene papeles, debe dinero, no habla el idioma o no tiene otro lugar adonde ir.

# hb: source=ab32ba50010a5949 status=machine
question_ilo-forced-labour--wages = ¿Alguien se queda con su pago, o le paga mucho menos de lo que le prometieron?
