# Rebound en español. Cada mensaje traduce el de locales/en.ftl con el mismo id; los
# comentarios de allí explican dónde aparece cada uno. Tono: tranquilo, cercano (tú),
# sin culpa ni prisa.

## The shell: around every screen

skip-to-content = Ir al contenido
nav-label = Plan
nav-my-plan = Mi plan
nav-share = Compartir
nav-reviewing = Revisando
nav-about = Acerca de
footer-private = Tu plan se queda en este dispositivo. No se envía nada a ningún sitio salvo que tú lo compartas.
theme-label = Colores
theme-system = Como mi dispositivo
theme-light = Claro
theme-dark = Oscuro
language-label = Idioma
language-unavailable = No se ha podido cargar { $language } ahora mismo. Rebound sigue en el idioma que tenía; vuelve a intentarlo cuando tengas conexión.
page-title = { $screen } · Rebound

## Getting support now (the support screen, a very low check-in, the footer link)

support-trusted = Cuéntale hoy a alguien de confianza cómo estás: una amiga o un amigo, alguien de tu familia, un compañero con quien te llevas bien. Basta un mensaje corto, como «Día difícil. ¿Hablamos?»
support-emergency = Si puede que no estés a salvo, llama ahora al número de emergencias de tu zona.
support-helpline-before = Para encontrar una línea de ayuda gratuita y confidencial en tu país,{" "}
support-helpline-after = {" "}las reúne país por país; buscar «línea de ayuda» y el nombre de tu país también las encuentra.
support-doctor = Tu médico también puede ayudarte, y no solo en una emergencia.
support-now-title = No tienes por qué pasar un día así en soledad.

## The steps: the indicator at the top and the links at the foot of a screen

steps-label = Pasos
steps-done = { $done } de 6 pasos hechos
step-of-six = Paso { $step } de 6
step-link-numbered = Paso { $step }: { $name }{ $done ->
    [yes] , hecho
   *[no] {""}
}
step-link = { $name }{ $done ->
    [yes] , hecho
   *[no] {""}
}
prev-next-label = Paso anterior y siguiente
previous-step = ← { $name }
next-step = Siguiente: { $name } →

## Choices: the options of the forms' lists (each list's options, in order)

## Lines the plan says of its items (in lists, the calendar, reviews)

## Long lists, shown a page at a time

## Form widgets shared by every screen

## The mood chart (Stay positive): what a screen reader says of it

## Screens: each screen's title (its heading and the browser tab), then its short name (the step indicator, "Next: …")

screen-start = Qué pasó
screen-feedback = Saca partido a la respuesta
screen-search = Ajusta tu búsqueda
screen-skills = Cubre lo que te falta
screen-fun = Haz algo que te guste
screen-positive = Cuida tu ánimo
screen-next-job = Céntrate en el próximo empleo
screen-overview = Mi plan
screen-share = Compartir y guardar copia
screen-import = Un plan para abrir
screen-about = Acerca de Rebound
screen-today = Para hoy
screen-reviewing = Revisando un plan
screen-review = Una revisión de tu plan
screen-support = ¿Necesitas hablar con alguien?

short-start = Inicio
short-feedback = Respuesta
short-search = Búsqueda
short-skills = Habilidades
short-fun = Disfrutar
short-positive = Ánimo
short-next-job = Próximo empleo
short-overview = Mi plan
short-share = Compartir
short-import = Abrir
short-about = Acerca de
short-today = Hoy
short-reviewing = Revisando
short-review = Revisión
short-support = Apoyo

## Screen: Start (src/ui/steps/start.rs)

lead-start = Esto es lo que has anotado. Los pasos trabajan con uno a la vez, el que está marcado abajo; las habilidades, los puestos y los planes son comunes a todos.

## Screen: Feedback (src/ui/steps/feedback.rs)

lead-feedback = Un rechazo breve o de plantilla es un buen motivo para pedir más. La respuesta es información para tu próxima candidatura, no un juicio sobre ti.

## Screen: Search (src/ui/steps/search.rs)

lead-search = A veces un no solo significa que otra persona encajaba un poco mejor. A veces es una pista de que el nivel o el área del puesto aún no te encajan. Revisa las dos cosas, con calma.

## Screen: Skills (src/ui/steps/skills.rs)

lead-skills = Si los puestos que quieres piden algo que todavía no tienes, planea cómo conseguirlo: un curso, una titulación, un proyecto o simplemente práctica. Cada carencia que cubres hace más fuerte tu candidatura, y te da algo de lo que hablar con seguridad.

## Screen: Fun (src/ui/steps/fun.rs)

lead-fun = Justo después de un no, haz algo que disfrutes, mejor con gente que te cae bien, en los próximos uno o dos días. En programas de varias semanas, planear cosas agradables mejoró el bienestar de las personas: así lo encontró una revisión de 20 ensayos (ver Acerca de). Una tarde es menos que eso, y aun así vale la pena.

## Screen: Positive (src/ui/steps/positive.rs)

lead-positive = Date tiempo para recuperarte y, cuando te sientas con fuerzas, haz borrón y cuenta nueva para que el último no no te acompañe a la próxima entrevista. Lo que anotes aquí es privado: se queda en este dispositivo, un enlace compartido lo deja fuera salvo que lo marques en la página Compartir, y lo que escribas nunca va en un enlace.

## Screen: Next job (src/ui/steps/next_job.rs)

lead-next-job = El único empleo que importa ahora es el siguiente. Apunta las fechas y deja que la lista lleve lo que aprendiste a tu preparación.

## Screen: Overview (src/ui/steps/overview.rs)

lead-overview = Todo en un solo lugar: lo que has avanzado, lo que viene y cada fecha de tu plan.

## Screen: Today (src/ui/steps/today.rs)

lead-today = Has escrito lo que pasó, y eso ya es un primer paso de verdad. Hoy solo importan unas pocas cosas pequeñas. Haz alguna, o ninguna, y para cuando quieras.

## Screen: Share (src/ui/steps/share.rs)

share-title-link = Compartir con un enlace
share-title-back-up = Copia de seguridad
share-title-before-import = Tu plan de antes de la última importación
share-title-delete-everything = Borrar todo de este dispositivo
share-empty-plan = Tu plan aún está vacío, así que un enlace todavía no llevaría nada. Anota primero lo que pasó y luego vuelve aquí.
share-private-legend = Partes privadas, que quedan fuera salvo que las marques
share-include-moods = Incluir mis registros de ánimo
share-include-reframes = Incluir mis pensamientos replanteados
share-include-messages = Incluir los mensajes de rechazo
share-include-contacts = Incluir nombres y correos de contacto
share-include-went-well = Incluir lo que salió bien
share-include-setback-plan = Incluir mi plan para el próximo tropiezo
share-include-slate = Incluir el día en que hice borrón y cuenta nueva
share-never-in-a-link = Lo que escribes en el ejercicio de escritura y el texto que tecleas en un formulario sin guardarlo nunca van en un enlace.
share-contains-title = Este enlace contiene
share-contains-nothing = Nada todavía.
share-contains-label = Lo que contiene el enlace
share-carries-rejections = las empresas y los puestos que anotaste, hasta dónde llegó cada proceso y cuándo
share-carries-contacts = los nombres y correos de contacto que anotaste
share-carries-name = tu nombre, tal como firmas la petición de respuesta
share-carries-skills = tus habilidades y tu nivel
share-carries-reading = tu interpretación de a qué se debió cada no
share-count-messages = { $count ->
    [one] { $count } mensaje de rechazo
   *[other] { $count } mensajes de rechazo
}
share-count-feedback = { $count ->
    [one] { $count } observación recibida
   *[other] { $count } observaciones recibidas
}
share-count-roles = { $count ->
    [one] { $count } puesto objetivo
   *[other] { $count } puestos objetivo
}
share-count-search-changes = { $count ->
    [one] { $count } cambio en la búsqueda
   *[other] { $count } cambios en la búsqueda
}
share-count-skill-gaps = { $count ->
    [one] { $count } habilidad por reforzar
   *[other] { $count } habilidades por reforzar
}
share-count-fun = { $count ->
    [one] { $count } plan para disfrutar
   *[other] { $count } planes para disfrutar
}
share-count-moods = { $count ->
    [one] { $count } registro de ánimo
   *[other] { $count } registros de ánimo
}
share-count-reframes = { $count ->
    [one] { $count } pensamiento replanteado
   *[other] { $count } pensamientos replanteados
}
share-count-went-well = { $count ->
    [one] { $count } cosa que salió bien
   *[other] { $count } cosas que salieron bien
}
share-count-writing = { $count ->
    [one] { $count } sesión de escritura
   *[other] { $count } sesiones de escritura
}
share-count-applications = { $count ->
    [one] { $count } candidatura o entrevista
   *[other] { $count } candidaturas y entrevistas
}
share-carries-setback-plan = tu plan para el próximo tropiezo
share-carries-slate = el día en que hiciste borrón y cuenta nueva
share-left-out = Quedan fuera: { $parts }.
share-left-out-separator = {"; "}
share-left-out-moods = tus estados de ánimo
share-left-out-reframes = tus pensamientos replanteados
share-left-out-messages = los mensajes de rechazo
share-left-out-went-well = lo que salió bien
share-left-out-setback-plan = tu plan para los tropiezos
share-left-out-contacts = los nombres y correos de tus contactos
share-left-out-writing = lo que has escrito
share-left-out-rhythm = tu rutina semanal
share-left-out-drafts = el texto tecleado sin guardar
share-left-out-slate = el día en que hiciste borrón y cuenta nueva
share-link-label = Tu enlace para compartir
share-sheet-title = Mi plan de Rebound
share-qr-hint = Escanéalo con la cámara de otro móvil para abrir el plan allí.
share-qr-label = Código QR de tu enlace para compartir
share-backup-text = Un archivo de copia de seguridad guarda todo tu plan, también las partes privadas. Guárdalo en un lugar seguro.
share-backup-export = Exportar un archivo de copia de seguridad
share-backup-restore = Restaurar desde un archivo de copia de seguridad
share-backup-saved = Copia de seguridad guardada en tus descargas.
share-before-import-kept = Guardado el { $date }. Puedes echarle un vistazo y recuperarlo.
share-before-import-restore = Recuperar mi plan anterior
share-delete-what = Puedes borrar todo lo que Rebound guarda en este navegador: tu plan, el texto tecleado en un formulario sin guardar, lo que has escrito, las revisiones que escribes para otras personas, las copias guardadas aparte, las fechas del recordatorio de copia de seguridad y los colores que elegiste. Los enlaces que has enviado y las copias de seguridad que has guardado no se tocan.
share-delete-start = Borrar todo…
share-delete-cannot-undo = Esto no se puede deshacer.
share-delete-backup-first = Una vez borrado, Rebound no puede recuperarlo. Si crees que puedes querer tu plan otra vez, exporta antes una copia de seguridad: podrás abrirla aquí más adelante, o en otro dispositivo.
share-delete-export = Exportar antes una copia de seguridad
share-delete-confirm = Sí, borrar todo
share-delete-cancel = Cancelar y conservarlo todo
share-gone-title = Todo está borrado
share-gone-lead = Ya no queda nada de lo que Rebound guardaba en este dispositivo: ni tu plan, ni tus borradores y lo que escribiste, ni las revisiones que estabas escribiendo, ni las copias guardadas aparte. Esta pestaña ya no guarda nada más.
share-gone-elsewhere-lead = Ya no queda nada de lo que Rebound guardaba en este dispositivo: se borró en otra pestaña. Esta pestaña ya no guarda nada más, así que nada vuelve.
share-gone-backup = Si guardaste un archivo de copia de seguridad, puedes abrirlo desde Compartir cuando quieras recuperarlo. Cuando te sientas con ganas, puedes empezar de cero.
share-gone-start-fresh = Empezar de cero
share-gone-partly-title = No se ha podido borrar todo
share-gone-partly-lead = Rebound ha borrado lo que ha podido de este dispositivo, y esta pestaña ya no guarda nada más.
share-gone-try-again = Intentarlo de nuevo
lead-share = Envía tu plan a una mentora, a un amigo o a tu otro dispositivo, o guarda una copia en un archivo. El plan viaja dentro del propio enlace, después del #, que los navegadores nunca envían al sitio que sirve Rebound. Lo que transporte el enlace (una app de mensajes, un correo) transporta todo lo que contiene, así que envíalo solo a personas de confianza.

## Screen: Import (src/ui/steps/import.rs)

lead-import-none = Aquí no hay ningún plan compartido esperando.
lead-import-refused = Este plan no se puede abrir.
lead-import = Échale un vistazo primero. No se guarda nada hasta que elijas abajo.

## Screen: About (src/ui/steps/about.rs)

about-title-who = A quién siguieron los estudios
about-who-intro = Ninguno estudió a personas que usaran una app por su cuenta después de un solo no. La mayoría siguió a personas que habían perdido un empleo o estaban sin trabajo, muchas de ellas en programas dirigidos por formadores, a lo largo de varias sesiones o semanas. Lo que les ayudó puede ayudarte menos a ti, o de otra manera.
about-studied-writing = Escribir sobre la pérdida de un empleo: 63 profesionales a quienes habían despedido.
about-studied-jobs = Los ensayos Michigan JOBS: personas desempleadas en sesiones de grupo dirigidas por formadores.
about-studied-job-search = La revisión de 47 programas de búsqueda de empleo: personas que buscaban trabajo, en programas estructurados, la mayoría dirigidos por formadores.
about-studied-pleasant = La revisión de 20 ensayos sobre actividades agradables: personas en programas que duraban varias semanas.
about-studied-if-then = La revisión sobre los planes «si…, entonces…»: personas que trabajaban por metas muy diversas, no en concreto personas que buscaban empleo.
about-title-support = Apoyo
about-support-text = Si un rechazo te pesa, o cualquier otra cosa, acudir hoy a alguien puede ayudar.{" "}
about-title-your-data = Tus datos
about-data-where = Tu plan vive en el almacenamiento de este navegador, en este dispositivo. No hay cuenta ni servidor: la app no envía nada a ningún sitio y no carga fuentes externas, rastreadores ni analíticas.
about-data-saving = Se guarda solo mientras avanzas, incluido lo que escribes en un formulario antes de pulsar su botón. Para tenerlo a salvo, exporta de vez en cuando una copia de seguridad desde la página Compartir: los navegadores pueden borrar los datos de un sitio, y algunos lo hacen tras una semana sin visitarlo. Una copia de seguridad lo guarda todo, también lo que has escrito.
about-data-links = Cuando compartes un enlace, el plan viaja dentro del propio enlace, y lo que transporte el enlace (una app de mensajes, un correo) transporta lo que contiene. Las partes privadas (tus estados de ánimo, tus pensamientos replanteados, lo que salió bien, tu plan para los tropiezos, los mensajes de rechazo y los nombres y correos de las personas con quienes tuviste contacto) quedan fuera salvo que las marques; lo que escribes en el ejercicio de escritura y el texto sin guardar nunca van en un enlace. La página Compartir muestra lo que contiene un enlace antes de que lo envíes.
about-title-research = La investigación detrás de los pasos
about-who-took-part = Quiénes participaron: { $who }
about-used-in = se usa en
about-writing-claim = Las personas que escribieron sobre sus pensamientos y sentimientos al perder su empleo, 20 minutos al día durante cinco días, habían vuelto a trabajar con más frecuencia ocho meses después: el 53%, frente al 24% y el 14% de los dos grupos de comparación. No solicitaron más empleos que las demás; lo que cambió fueron sus actitudes.
about-writing-who = 63 profesionales a quienes habían despedido, en un estudio pequeño. Uno de los dos grupos de comparación no se formó por asignación aleatoria, así que pudo ser distinto desde el principio del grupo que escribió.
about-pleasant-claim = Los programas en los que las personas planeaban y hacían actividades agradables mejoraron su bienestar: en 20 ensayos, el tamaño del efecto medio fue g = 0.52.
about-pleasant-plain = En palabras sencillas: un efecto medio. Tras un programa así, la persona media se sentía mejor que unas 7 de cada 10 personas de los grupos de comparación. Una tarde planeada es mucho menos que un programa de varias semanas.
about-pleasant-who = personas en programas de actividades agradables que duraban varias semanas.
about-pleasant-source = { $source }, una revisión de ensayos de activación conductual (planear actividades gratificantes)
about-if-then-claim = Hacer planes «si…, entonces…» («intenciones de implementación») ayudó a las personas a actuar según sus metas: en 94 pruebas, el tamaño del efecto medio fue d = 0.65.
about-if-then-plain = En palabras sencillas: un efecto de medio a grande. La persona media que hizo planes «si…, entonces…» actuó según su meta más que unas 3 de cada 4 personas que no los hicieron.
about-if-then-who = personas que trabajaban por metas muy diversas, no en concreto personas que buscaban empleo.
about-job-search-claim = En 47 programas de búsqueda de empleo, las odds de encontrar trabajo de quienes participaron fueron 2.67 veces las de las personas de los grupos de comparación (una razón de odds, u odds ratio, de 2.67).
about-job-search-plain = En palabras sencillas: las odds comparan a las personas que encontraron trabajo con las que no. Donde la mitad de un grupo de comparación encontró trabajo (odds de 1 a 1), unas odds 2.67 veces mayores significan que unas 73 de cada 100 personas participantes encuentran trabajo, en lugar de 50 de cada 100.
about-job-search-who = personas que buscaban trabajo, en programas estructurados, la mayoría dirigidos por formadores.
about-job-search-what-worked = Otro resultado, aparte, de la misma revisión: los programas funcionaron cuando desarrollaban a la vez las habilidades para buscar empleo y la motivación: presentarse, creer en las propias capacidades, tomar la iniciativa, fijarse metas y contar con el apoyo de otras personas.
about-jobs-claim = Entre las personas que seguían buscando trabajo, el programa Michigan JOBS en su conjunto aumentó su motivación para buscar.
about-jobs-who = personas desempleadas en el programa JOBS: una serie de sesiones de grupo dirigidas por formadores.
about-jobs2-claim = En JOBS II, las personas ensayaron cómo afrontarían los tropiezos. Quienes más tarde perdieron un nuevo empleo tuvieron menos signos de depresión (síntomas depresivos) que las personas del grupo de comparación. Este resultado trata del ánimo después de un tropiezo, no de la motivación.
about-jobs2-who = personas desempleadas en JOBS II, el segundo ensayo del programa, también en sesiones de grupo dirigidas por formadores.
about-title-advice = Consejos, no resultados de investigación
about-advice-reminder = Un recordatorio amable unos cinco días laborables después de pedir una respuesta, y luego pasar página, es una costumbre habitual en selección de personal, no un resultado de investigación.
about-advice-fun = Planear algo agradable para los próximos uno o dos días, y la lista breve de cosas para el día del no, son sugerencias de Rebound.
about-advice-writing = El ejercicio de escritura toma la forma del estudio de manera libre: el estudio pedía 20 minutos al día durante cinco días; Rebound ofrece hasta cuatro sesiones y un temporizador opcional de 15 o 20 minutos.
about-advice-setback = El plan para el próximo tropiezo toma una idea de JOBS II, donde las personas lo practicaban en sesiones de grupo con formadores; aquí lo escribes por tu cuenta.
about-advice-care = El pequeño paso que se ofrece en un día bajo, la nota tras varios días bajos y las palabras para buscar apoyo ahora son cuidados corrientes, no un tratamiento. Rebound no sustituye a un profesional de la salud.
lead-about = Rebound es una herramienta pequeña y gratuita para los días después de un rechazo laboral, hecha para ser tranquila, rápida en cualquier móvil y privada. Sus pasos toman ideas de los estudios de esta página, pero Rebound en sí no se ha evaluado: ningún estudio ha comprobado si usarlo ayuda.

## Screen: Reviewing (src/ui/steps/reviewing.rs)

reviewing-empty = No estás revisando el plan de nadie. Cuando alguien comparta su plan contigo, abre su enlace y elige «Revisar este plan».
reviewing-row-sent = {" "}· enviada el { $date }
reviewing-row-started = {" "}· empezada el { $date }
reviewing-owner = El plan de { $name }
reviewing-owner-unsigned = Un plan
reviewing-eyebrow = Revisando
reviewing-lead = Comenta lo que quieras, sugiere lo que podría ayudar y añade una nota. Tu revisión se guarda en este dispositivo, aparte de tu propio plan, así que puedes cerrar esta pestaña y volver a ella desde «Revisando», arriba. No se envía nada hasta que tú lo envíes.
reviewing-tone-label = Antes de escribir
reviewing-tone = Una palabra sobre el tono: quien hizo este plan acaba de recibir un no a un empleo. Empieza por lo que va bien y luego sugiere de una a tres cosas que más podrían ayudar. Si el plan muestra cosas privadas, como su estado de ánimo o sus notas, déjalas estar.
reviewing-plan-unreadable = El plan de esta revisión ya no se puede leer. Pide un enlace nuevo.
reviewing-title-plan = El plan
reviewing-plan-empty = Este plan aún no tiene nada que comentar. Aun así, puedes sugerir cosas y escribir una nota abajo.
reviewing-title-plan-with-comments = El plan, solo para leer, con tus comentarios
reviewing-comments-hint = Deja una casilla vacía donde no tengas nada que decir.
reviewing-comment-on = Comentario sobre: { $item }
reviewing-comment-placeholder = Tu comentario
reviewing-title-suggest = Sugiere algo nuevo
reviewing-suggestions-label = Tus sugerencias
reviewing-remove-suggestion = Quitar sugerencia: { $suggestion }
reviewing-kind-label = Qué tipo de sugerencia
reviewing-kind-gap = Una habilidad que reforzar
reviewing-kind-role = Un puesto al que aspirar
reviewing-kind-search = Un cambio en su búsqueda
reviewing-kind-prep = Algo que preparar para las entrevistas
reviewing-what-gap = Habilidad
reviewing-what-role = Nombre del puesto
reviewing-what-search = El cambio
reviewing-what-prep = Qué preparar
reviewing-label-method = Cómo desarrollarla
reviewing-label-how = Cómo cubrirías lo que falta
reviewing-hint-how = Opcional: un curso, un proyecto, alguien a quien preguntar.
reviewing-label-level = Nivel
reviewing-add-suggestion = Añadir sugerencia
reviewing-title-note-and-name = Tu nota y tu nombre
reviewing-label-note = Una nota para esa persona
reviewing-hint-note = Unas frases sobre el plan entero: qué va bien, qué harías primero.
reviewing-label-name = Tu nombre
reviewing-hint-name = Para que sepa quién lo ha revisado.
reviewing-title-send = Envía tu revisión
reviewing-send-hint = Tu revisión vuelve como un enlace, igual que te llegó el plan. Lleva tus comentarios, sugerencias, nota y nombre, y nada más.
reviewing-sent-on = Enviada el { $date }. Cualquier cambio a partir de ahora va como una nueva ronda.
reviewing-send = Enviar mi revisión
reviewing-remove = Quitar esta revisión
reviewing-nothing-to-send = Escribe primero un comentario, una sugerencia o una nota: todavía no hay nada que enviar.
reviewing-remove-confirm = ¿Quitar esta revisión de este dispositivo? Lo que escribiste en ella se perderá.
reviewing-link-label = Tu enlace de revisión
reviewing-sheet-title = Mi revisión de tu plan de Rebound
reviewing-qr-hint = Que lo escanee con la cámara de su móvil para abrir allí tu revisión.
reviewing-qr-label = Código QR de tu enlace de revisión
reviewing-desk-full = Ya estás escribiendo muchas revisiones. Termina o quita una primero.
reviewing-desk-unreadable = Algo salió mal: { $error }. Lo que estaba guardado se conserva aparte en este dispositivo.
reviewing-desk-not-saved = No se ha podido guardar tu revisión en este dispositivo: { $error }.
lead-reviewing = Las revisiones que estás escribiendo de los planes de otras personas. Se quedan en este dispositivo, aparte de tu propio plan, hasta que las envíes.

## Screen: Review (src/ui/steps/review.rs)

review-eyebrow = Una segunda opinión
review-who = { $name } ha revisado tu plan
review-who-unsigned = Han revisado tu plan
review-pending = Nada cambia en tu plan hasta que elijas abajo.
review-received-on = Recibida el { $date }.
review-plan-changed = Tu plan ha cambiado desde que lo revisaron. Los comentarios sobre cosas que has quitado desde entonces aparecen aparte, al final.
review-title-note = Su nota
review-title-comments = Comentarios sobre tu plan
review-comments-hint = Conserva un comentario para verlo en la tarjeta de ese elemento; déjalo ir si no te sirve.
review-title-suggestions = Sugerencias
review-suggestions-hint = Acepta una para añadirla a tu plan, marcada como suya. Rechazarla no cambia nada.
review-title-removed = Sobre cosas que ya no están en tu plan
review-keep-for-later = Guardar esta revisión y decidir más tarde
review-not-now = Ahora no
review-comment-about = Sobre{" "}
review-comment-about-removed = Sobre «{ $item }», que ya no está en tu plan
review-comment-kept = Conservado en su tarjeta.
review-comment-let-go = Lo dejaste ir.
review-keep = Conservar
review-let-go = Dejar ir
review-accepted = Aceptada: ya está en tu plan.{" "}
review-see-it = Verla
review-declined = Rechazada.
review-accept-after-all = Aceptarla al final
review-accept = Aceptar
review-decline = Rechazar
review-go-to-plan = Ir a mi plan
review-plan-unchanged = Tu propio plan no ha cambiado.
review-not-in-plan = Esta revisión ya no está en tu plan.
lead-review-none = Aquí no hay ninguna revisión que mostrar.
lead-review-refused = Esta revisión no se puede abrir.

## Screen: Support (src/ui/steps/support.rs)

lead-support = Que te digan que no puede doler mucho, y hay días que pesan más que otros. Pedir ayuda es una forma de cuidarte. Estas palabras están aquí siempre que las necesites, con conexión o sin ella.

## Boot screen (index.html): shown while the app loads

## Widgets: notices, prompts, saving and the browser (src/ui/widgets, src/ui/app.rs, src/web)

## Core: what the plan and its insights say (src/core: insights, plan, review, dates, steps)

## Errors: what forms, imports and storage say when something is refused (src/core, src/ui/widgets/form.rs, src/ui/state.rs)
