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

tag-no-answer = Sin respuesta
start-title-your-rejections = Tus rechazos
start-title-add-another-rejection = Añadir otro rechazo
start-legend-how-did-it-come = ¿Cómo llegó?
start-label-stage-reached = Etapa alcanzada
start-label-contact-name = Nombre de contacto
start-hint-the-recruiter-or-interviewer = La persona de selección o la que te entrevistó, para cuando pidas una respuesta. Queda fuera de los enlaces compartidos salvo que elijas lo contrario.
start-label-contact-email = Correo de contacto
start-label-their-message = Su mensaje
start-hint-private-it-stays-on = Privado: se queda en este dispositivo y fuera de los enlaces compartidos salvo que elijas lo contrario.
start-add-another = Añadir otro rechazo
start-cancel = Cancelar
start-remove-confirm = ¿Quitar «{ $title }» y sus comentarios? Las carencias y los cambios en tu búsqueda que salieron de ahí se quedan.
start-last-heard = Últimas noticias: { $date }
start-date-channel = { $date } · { $channel }
start-feedback-count = { $count ->
    [one] { $count } comentario
   *[other] { $count } comentarios
}
start-in-focus = Los pasos trabajan con este
start-work-on-this = Trabajar con este
start-edit = Editar
start-remove = Quitar
start-date-error = Escribe la fecha completa, por favor.
start-date-of-no = Fecha del no
start-date-last-heard = Última vez que supiste de ellos
start-contact-more = Contacto y mensaje (opcional)
start-save-changes = Guardar cambios
start-save-and-start = Guardar y empezar mi plan
start-add-this = Añadir este rechazo
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

today-title-ask-for-feedback = Pide una respuesta
today-label-your-name-for-the = Tu nombre (para la firma)
today-title-plan-one-good-thing = Planea algo bueno
today-write-before = O, si te ayudan más las palabras que los números:{" "}
today-write-link = escríbelo
today-write-after = , en privado, en Cuida tu ánimo.
today-request-ready = Ya tienes lista una petición breve y amable para { $company }, escrita a partir de lo que anotaste. Envíala en los próximos uno o dos días; hoy, solo si te sientes con fuerzas.
today-copy = Copiar la petición
today-open-email = Abrir en el correo
today-copied = Copiada. Pégala en un correo o un mensaje y luego vuelve para marcarla como enviada.
today-sent = Ya la envié
today-read-first = Leer o cambiar la petición antes
today-request-sent = Petición enviada { $when }. Si no recibes nada, Rebound te propondrá un recordatorio amable el { $date }.
today-asked-before = Ya has pedido una respuesta.{" "}
today-asked-link = Mira cómo va
today-planned = Planeado: { $what }, { $when } a las { $time }. Que lo disfrutes.
today-fun-hint = Algo que disfrutes, en los próximos uno o dos días: un paseo, una comida con alguien querido, una película. Toca una idea y luego planéala.
today-enough-title = Suficiente por hoy
today-enough-close = Ya puedes cerrar Rebound. Todo queda guardado en este dispositivo.
today-useful-again = Rebound volverá a serte útil { $when } ({ $date }): { $what }.
today-useful-again-fun = Rebound volverá a serte útil { $when } ({ $date }): { $what }, y después un momento para anotar cómo fue.
today-nothing-dated = Todavía no hay nada con fecha. Cuando envíes la petición, Rebound calculará cuándo tocaría un recordatorio.
today-other-steps-before = Los demás pasos (tu búsqueda, tus habilidades) funcionan mejor cuando llega la respuesta, así que no hace falta empezarlos hoy. Cuando te sientas con ganas:{" "}
today-other-steps-link = mi plan
today-other-steps-after = .
lead-today = Has escrito lo que pasó, y eso ya es un primer paso de verdad. Hoy solo importan unas pocas cosas pequeñas. Haz alguna, o ninguna, y para cuando quieras.

## Screen: Share (src/ui/steps/share.rs)

lead-share = Envía tu plan a una mentora, a un amigo o a tu otro dispositivo, o guarda una copia en un archivo. El plan viaja dentro del propio enlace, después del #, que los navegadores nunca envían al sitio que sirve Rebound. Lo que transporte el enlace (una app de mensajes, un correo) transporta todo lo que contiene, así que envíalo solo a personas de confianza.

## Screen: Import (src/ui/steps/import.rs)

import-title-target-roles = Puestos a los que apuntas
import-title-search-changes = Cambios en la búsqueda
import-title-skill-gaps = Carencias por cubrir
import-title-something-fun = Algo que disfrutar
import-title-applications-and-interviews = Candidaturas y entrevistas
import-title-reframed-thoughts = Pensamientos replanteados
import-go-to-plan = Ir a mi plan
import-not-changed = Tu propio plan no ha cambiado.
import-nothing-imported = No se importó nada.
import-from-link = { $name } ha compartido un plan contigo
import-from-file = { $name } guardó este plan en un archivo de copia
import-from-link-unnamed = Alguien ha compartido un plan contigo
import-from-file-unnamed = Alguien guardó este plan en un archivo de copia
import-empty = Está vacío.
import-holds = Contiene:
import-choice-title = ¿Qué te gustaría hacer?
import-open = Abrir este plan
import-not-now = Ahora no
import-have-plan = Ya tienes un plan en este dispositivo.
import-replace = Sustituir mi plan
import-replace-hint = Tu plan actual se guarda aparte y puedes recuperarlo desde Compartir.
import-keep-mine = Quedarme con el mío
import-keep-mine-hint = No cambia nada.
import-keep-both = Quedarme con los dos
import-keep-both-hint = Lo compartido se añade junto a lo tuyo.
import-review = Revisar este plan
import-review-hint = Coméntalo y sugiere cosas, y luego devuelve tu revisión como enlace. Tu propio plan no se toca.
import-review-old = Este enlace viene de una versión anterior de Rebound, así que una revisión no sabría encontrar el camino de vuelta. Pide un enlace nuevo para revisarlo.
import-preview-title = El plan, solo para leer
import-rejections = Rechazos
import-stage-date = {" "}· { $stage } · { $date }
import-gap-plan = { $skill }: { $plan }
import-application = { $role } en { $company } · { $date }
import-reframe = { $thought } → { $kinder }
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

support-title-getting-support-now = Buscar apoyo ahora
support-cannot-contact = Rebound guarda todo en este dispositivo y no puede contactar con nadie por ti.
lead-support = Que te digan que no puede doler mucho, y hay días que pesan más que otros. Pedir ayuda es una forma de cuidarte. Estas palabras están aquí siempre que las necesites, con conexión o sin ella.

## Boot screen (index.html): shown while the app loads

boot-page-title = Rebound: recuperarte después de un rechazo laboral
boot-nav-label = Plan
boot-nav-my-plan = Mi plan
boot-nav-share = Compartir
boot-nav-about = Acerca de
boot-steps-label = Pasos
boot-step-start = Inicio
boot-step-feedback = Respuesta
boot-step-feedback-link = Paso 1: Respuesta
boot-step-search = Búsqueda
boot-step-search-link = Paso 2: Búsqueda
boot-step-skills = Habilidades
boot-step-skills-link = Paso 3: Habilidades
boot-step-fun = Disfrutar
boot-step-fun-link = Paso 4: Disfrutar
boot-step-positive = Ánimo
boot-step-positive-link = Paso 5: Ánimo
boot-step-next-job = Próximo empleo
boot-step-next-job-link = Paso 6: Próximo empleo
boot-step-my-plan = Mi plan
boot-welcome-title = Un plan tranquilo para después de un «no» laboral
boot-welcome-lead = Que te digan que no duele, y dice menos de ti de lo que hoy parece. Rebound te acompaña en seis pasos pequeños para aprender lo que puedas de ello, cuidarte y prepararte para lo que venga.
boot-welcome-feedback = Saca partido a la respuesta
boot-welcome-search = Ajusta tu búsqueda
boot-welcome-skills = Cubre lo que te falta
boot-welcome-fun = Haz algo que te guste
boot-welcome-positive = Cuida tu ánimo
boot-welcome-next-job = Céntrate en el próximo empleo
boot-welcome-privacy = Sin cuenta, nada que instalar. Lo que escribes se queda en este dispositivo salvo que decidas compartirlo.
boot-what-happened = ¿Qué pasó?
boot-what-hint = Bastan unos pocos datos. Puedes cambiarlos después.
boot-company = Empresa
boot-role = Puesto
boot-opening = Abriendo tu plan…

## Widgets: notices, prompts, saving and the browser (src/ui/widgets, src/ui/app.rs, src/web)

## Core: what the plan and its insights say (src/core: insights, plan, review, dates, steps)

## Errors: what forms, imports and storage say when something is refused (src/core, src/ui/widgets/form.rs, src/ui/state.rs)
