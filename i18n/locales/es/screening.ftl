## Autoevaluación: preguntas basadas en los indicadores de trabajo forzoso de la OIT.
## Cada pregunta trata sobre el trabajo o la vivienda de la persona. Respuestas: sí, no, no sé.
## Preguntas cortas y concretas. No usar las palabras "trata" ni "víctima" en las preguntas.

screening-title = Revisar su situación
screening-intro = Estas preguntas son sobre su trabajo y el lugar donde vive. Responda solo lo que quiera. Sus respuestas se quedan en este teléfono y no se guardan, a menos que usted lo decida.
screening-progress = Pregunta { $current } de { $total }
screening-skip = Saltar esta pregunta

# OIT: abuso de la vulnerabilidad
screening-q-vulnerability = ¿Su empleador usa su situación en su contra? Por ejemplo: sus papeles, sus deudas, su idioma o no tener otro lugar adonde ir.
# OIT: engaño
screening-q-deception = ¿Su trabajo, su pago o su vivienda son muy diferentes de lo que le prometieron?
# OIT: restricción de movimiento
screening-q-movement = ¿Le impiden salir de su trabajo o de su casa cuando usted quiere?
# OIT: aislamiento
screening-q-isolation = ¿Le impiden estar con otras personas, o comunicarse con su familia o sus amigos?
# OIT: violencia física y sexual
screening-q-violence = ¿Alguien en el trabajo le ha hecho daño, o le ha tocado de forma sexual sin que usted quisiera?
# OIT: intimidación y amenazas
screening-q-threats = ¿Alguien le ha amenazado a usted o a su familia? Por ejemplo, con violencia, con la policía o con enviarle de vuelta a su país.
# OIT: retención de documentos de identidad
screening-q-documents = ¿Otra persona tiene su pasaporte o su documento de identidad y no se lo devuelve cuando lo pide?
# OIT: retención de salarios
screening-q-wages = ¿Le retienen el pago, le pagan mucho menos de lo prometido o no le pagan nada?
# OIT: servidumbre por deudas
screening-q-debt = ¿Le debe dinero a su empleador o a quien le consiguió el trabajo, tiene que pagarlo trabajando y la deuda no baja?
# OIT: condiciones de trabajo y de vida abusivas
screening-q-conditions = ¿Sus condiciones de trabajo o de vida son peligrosas, sucias o humillantes? Por ejemplo: sin una cama adecuada, sin comida o sin equipo de seguridad.
# OIT: horas extra excesivas
screening-q-overtime = ¿Tiene que trabajar muchísimas horas o en sus días de descanso, sin poder elegir de verdad?

screening-result-title = Lo que muestran sus respuestas
screening-result-none = Sus respuestas no muestran señales de trabajo forzoso. Si aun así algo no le parece bien, puede hablar con una línea de ayuda. Es gratis y confidencial.
screening-result-some = { $count ->
        [one] Una de sus respuestas es una señal de alerta.
       *[other] { $count } de sus respuestas son señales de alerta.
    } Esto puede ser una señal de trabajo forzoso o de explotación. Usted no tiene la culpa. Hay ayuda.
screening-result-urgent = Algunas de sus respuestas muestran que usted puede estar en peligro. Si está en peligro ahora, llame al número de emergencias. También puede hablar con una línea de ayuda.
screening-result-helplines = Líneas de ayuda que pueden ayudarle con esto
screening-result-rights = Derechos que pueden ayudarle
screening-disclaimer = Esta revisión no es una decisión legal. Solo usted conoce su situación. Una línea de ayuda puede ayudarle a pensarlo bien.
