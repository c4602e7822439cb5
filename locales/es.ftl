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
next-job-title-your-weekly-rhythm = Tu ritmo semanal
next-job-rhythm-hint = Una semana constante rinde más que una frenética. Ata tu búsqueda a un momento concreto, como un plan «si…, entonces…»: «Si es lunes por la mañana, entonces leo las ofertas nuevas y envío una solicitud».
next-job-label-if = Si…
next-job-placeholder-if = es lunes por la mañana
next-job-label-then-i = entonces…
next-job-placeholder-then = leo las ofertas nuevas y envío una solicitud
next-job-save-rhythm = Guardar mi ritmo
next-job-rhythm-saved = Guardado.
next-job-this-week = Solicitudes con fecha esta semana: { $count }
next-job-title-coming-up = Lo que viene
next-job-text-nothing-dated-yet = Todavía no hay nada con fecha. Añade abajo el plazo de tu próxima solicitud o tu próxima entrevista.
next-job-earlier = Fechas pasadas
next-job-countdown-unit = { $count ->
    [one] día
   *[other] días
}
next-job-role-at-company = { $role } en { $company }
next-job-when = { $date } · { $countdown }
next-job-when-at = { $date } a las { $time } · { $countdown }
next-job-remove-application = Quitar { $role } en { $company }
next-job-title-add-application = Añadir una solicitud o una entrevista
next-job-label-company = Empresa
next-job-label-role = Puesto
next-job-label-what-is-it = ¿Qué es?
next-job-label-date = Fecha
next-job-label-time = Hora
next-job-hint-optional = Opcional
next-job-label-notes = Notas
next-job-pick-date = Elige la fecha, por favor.
next-job-add-to-plan = Añadir a mi plan
next-job-title-preparation-checklist = Lista de preparación
next-job-checklist-hint = Lo básico, y además lo que piden las respuestas que recibiste y las habilidades que quieres reforzar.
next-job-checklist-none-ready = Marca cada punto cuando lo tengas listo.
next-job-checklist-ready = Listos: { $ready } de { $total }
next-job-remove-prep = Quitar de la lista: { $item }
next-job-from-feedback = de las respuestas
next-job-from-skill-gaps = de las habilidades por reforzar
next-job-showing-upcoming = Mostrando { $shown } de { $total } fechas próximas.
next-job-showing-earlier = Mostrando { $shown } de { $total } fechas pasadas.
next-job-showing-checklist = Mostrando { $shown } de { $total } puntos de la lista.

## Screen: Overview (src/ui/steps/overview.rs)

lead-overview = Todo en un solo lugar: lo que has avanzado, lo que viene y cada fecha de tu plan.
tag-keeps-coming-back = se repite
feedback-with-category = { $text } [{ $category }]
role-with-level = { $title } ({ $level })
stage-and-date = {" "}({ $stage }, { $date })
overview-day-one-before = ¿Acabas de recibir el no? En{" "}
overview-day-one-after = {" "}tienes las pocas cosas que vale la pena hacer hoy, y nada más.
overview-print = Imprimir mi plan
overview-add-to-calendar = Añadir las fechas a mi calendario (.ics)
overview-title-reviews-of-your-plan = Revisiones de tu plan
overview-review-from = De { $name }
overview-review-suggestions-open = { $count ->
    [one] { $count } sugerencia por revisar
   *[other] { $count } sugerencias por revisar
}
overview-review-suggestions-accepted = aceptaste { $accepted } de { $count ->
    [one] { $count } sugerencia
   *[other] { $count } sugerencias
}
overview-review-comments-kept = { $count ->
    [one] conservaste { $count } comentario
   *[other] conservaste { $count } comentarios
}
overview-title-progress = Progreso
overview-done = hecho
overview-date-time = { $date }, { $time }
overview-passed = ya pasó
overview-passed-follow-up = buen momento para el recordatorio
overview-passed-close-loop = buen momento para dejarlo ir
overview-passed-skill-gap = la fecha pasó: cámbiala cuando te venga bien
overview-passed-fun = ¿se hizo? Cuenta cómo fue
overview-title-due-next = Lo próximo
overview-text-nothing-waiting = No hay nada con fecha pendiente. Añade un recordatorio, una meta de habilidad o una entrevista y aparecerá aquí.
overview-title-not-the-only-one = No eres la única persona
overview-several-noes = La mayoría de las personas oye varios «no» antes de un «sí». Cada uno es una decisión sobre un solo puesto, y llegar a una entrevista ya significa que tu solicitud funcionó.
overview-same-stage = Varios de tus «no» llegaron en la misma etapa ({ $stage }). Es un buen momento para hablarlo con alguien: un servicio de orientación profesional, una persona que te guíe o alguien que pueda hacer contigo una entrevista de práctica.
overview-title-patterns-in-your-feedback = Lo que se repite en tus respuestas
overview-patterns-hint = En { $count ->
    [one] { $count } rechazo
   *[other] { $count } rechazos
}. Un tema que se repite merece una habilidad por reforzar o un cambio en tu búsqueda.
overview-pattern-said = : { $points ->
    [one] { $points } punto
   *[other] { $points } puntos
} de { $employers ->
    [one] { $employers } empresa
   *[other] { $employers } empresas
}
overview-pattern-hunches = : { $count ->
    [one] { $count } intuición propia
   *[other] { $count } intuiciones propias
}
overview-pattern-hunches-too = , y { $count ->
    [one] { $count } intuición propia
   *[other] { $count } intuiciones propias
}
overview-title-all-dates = Todas las fechas
overview-text-no-dates-yet = Aún no hay fechas.
overview-title-my-plan-in-brief = Mi plan en resumen
overview-brief-in-focus = El no del que tratan estos pasos:
overview-showing-dates = Mostrando { $shown } de { $total } fechas.
overview-brief-feedback = Respuestas
overview-showing-feedback = Mostrando { $shown } de { $total } puntos de las respuestas.
overview-brief-roles = Puestos que buscas
overview-showing-roles = Mostrando { $shown } de { $total } puestos.
overview-brief-search-changes = Cambios en la búsqueda
overview-showing-search-changes = Mostrando { $shown } de { $total } cambios en la búsqueda.
overview-brief-skill-gaps = Habilidades por reforzar
overview-showing-skill-gaps = Mostrando { $shown } de { $total } habilidades por reforzar.
overview-brief-fun = Algo que disfrutar
overview-showing-fun = Mostrando { $shown } de { $total } planes para disfrutar.
overview-brief-done = (hecho)
overview-brief-rhythm = Mi ritmo semanal
overview-brief-setback = Si recibo otro no

## Screen: Today (src/ui/steps/today.rs)

lead-today = Has escrito lo que pasó, y eso ya es un primer paso de verdad. Hoy solo importan unas pocas cosas pequeñas. Haz alguna, o ninguna, y para cuando quieras.

## Screen: Share (src/ui/steps/share.rs)

lead-share = Envía tu plan a una mentora, a un amigo o a tu otro dispositivo, o guarda una copia en un archivo. El plan viaja dentro del propio enlace, después del #, que los navegadores nunca envían al sitio que sirve Rebound. Lo que transporte el enlace (una app de mensajes, un correo) transporta todo lo que contiene, así que envíalo solo a personas de confianza.

## Screen: Import (src/ui/steps/import.rs)

lead-import-none = Aquí no hay ningún plan compartido esperando.
lead-import-refused = Este plan no se puede abrir.
lead-import = Échale un vistazo primero. No se guarda nada hasta que elijas abajo.

## Screen: About (src/ui/steps/about.rs)

lead-about = Rebound es una herramienta pequeña y gratuita para los días después de un rechazo laboral, hecha para ser tranquila, rápida en cualquier móvil y privada. Sus pasos toman ideas de los estudios de esta página, pero Rebound en sí no se ha evaluado: ningún estudio ha comprobado si usarlo ayuda.

## Screen: Reviewing (src/ui/steps/reviewing.rs)

lead-reviewing = Las revisiones que estás escribiendo de los planes de otras personas. Se quedan en este dispositivo, aparte de tu propio plan, hasta que las envíes.

## Screen: Review (src/ui/steps/review.rs)

lead-review-none = Aquí no hay ninguna revisión que mostrar.
lead-review-refused = Esta revisión no se puede abrir.

## Screen: Support (src/ui/steps/support.rs)

lead-support = Que te digan que no puede doler mucho, y hay días que pesan más que otros. Pedir ayuda es una forma de cuidarte. Estas palabras están aquí siempre que las necesites, con conexión o sin ella.

## Boot screen (index.html): shown while the app loads

## Widgets: notices, prompts, saving and the browser (src/ui/widgets, src/ui/app.rs, src/web)

## Core: what the plan and its insights say (src/core: insights, plan, review, dates, steps)

## Errors: what forms, imports and storage say when something is refused (src/core, src/ui/widgets/form.rs, src/ui/state.rs)
