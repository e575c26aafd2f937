## Autoevaluación: preguntas basadas en los indicadores de trabajo forzoso de la OIT.
## Cada pregunta trata sobre el trabajo o la vivienda de la persona. Respuestas: sí, no, no sé.
## Preguntas cortas y concretas. No usar las palabras "trata" ni "víctima" en las preguntas.

screening-title = Revisar su situación
screening-intro = Estas preguntas son sobre su trabajo y el lugar donde vive. Responda solo lo que quiera. Sus respuestas se quedan en este teléfono y no se guardan, a menos que usted lo decida.
screening-progress = Pregunta { $current } de { $total }
screening-skip = Saltar esta pregunta
# Palabras que una persona puede escribir para cada respuesta, separadas por comas, en minúsculas.
# Aquí no se ignoran las tildes: por eso «sí» y «si», «no sé» y «no se». La «s» sola es «sí»,
# así que «saltar» no tiene forma de una letra.
screening-words-yes = sí, si, s, claro
screening-words-no = no, n
screening-words-not-sure = no sé, no se, no estoy seguro, no estoy segura, tal vez, quizás, quizas, a lo mejor, ?
screening-words-skip = saltar, salta, pasar, paso, siguiente, omitir
screening-not-understood = Por favor, escriba 1, 2, 3 o 4.

# OIT: abuso de la vulnerabilidad
# OIT: engaño
# OIT: restricción de movimiento
# OIT: aislamiento
# OIT: violencia física y sexual
# OIT: intimidación y amenazas
# OIT: retención de documentos de identidad
# OIT: retención de salarios
# OIT: servidumbre por deudas
# OIT: condiciones de trabajo y de vida abusivas
# OIT: horas extra excesivas
screening-result-title = Lo que muestran sus respuestas
screening-result-none = Sus respuestas no muestran señales de trabajo forzoso. Si aun así algo no le parece bien, puede hablar con una línea de ayuda. Es gratis y confidencial.
screening-result-some = { $count ->
        [one] Una de sus respuestas es una señal de alerta.
       *[other] { $count } de sus respuestas son señales de alerta.
    } Esto puede ser una señal de trabajo forzoso o de explotación. Usted no tiene la culpa. Hay ayuda.
screening-result-no-answers = No respondió las preguntas. No pasa nada. Si quiere hablar de su situación, una línea de ayuda puede escucharle. Es gratis.
screening-result-unclear = Algunas de sus respuestas fueron «No sé». No pasa nada. Una línea de ayuda puede ayudarle a pensarlo bien.
screening-result-under-18 = Usted tiene menos de 18 años. Si alguien le hace trabajar, o hacer cosas sexuales, y esa persona gana algo con ello, eso es explotación, aunque no haya fuerza. Primero se muestran las líneas para niños, niñas y jóvenes.
screening-result-urgent = Algunas de sus respuestas muestran que usted puede estar en peligro. Si está en peligro ahora, llame al número de emergencias. También puede hablar con una línea de ayuda.
screening-result-helplines = Líneas de ayuda que pueden ayudarle con esto
screening-result-rights = Derechos que pueden ayudarle
screening-disclaimer = Esta revisión no es una decisión legal. Solo usted conoce su situación. Una línea de ayuda puede ayudarle a pensarlo bien.
