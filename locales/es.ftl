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

# La solicitud de comentarios, para la empresa (se le habla de usted).
feedback-request-greeting = Hola, { $name }:
feedback-request-greeting-no-name = Hola:
feedback-request-subject = Comentarios sobre mi candidatura: { $role } en { $company }
feedback-request-subject-ghosted = Seguimiento de mi candidatura: { $role } en { $company }
feedback-request-opening =
    { $stage ->
        [application] Gracias por comunicarme su decisión sobre mi candidatura al puesto de { $role } en { $company }, y por dedicar tiempo a valorarla.
        [screening] Gracias por comunicarme su decisión sobre el puesto de { $role } en { $company }, y por dedicar tiempo a hablar conmigo.
        [interview] Gracias por comunicarme su decisión sobre el puesto de { $role } en { $company }, y por el tiempo que usted y el equipo me dedicaron.
        [assessment] Gracias por comunicarme su decisión sobre el puesto de { $role } en { $company }, y por dedicar tiempo a revisar mi trabajo.
        [final_round] Gracias por comunicarme su decisión sobre el puesto de { $role } en { $company }, y por el tiempo que usted y el equipo me dedicaron.
        [offer] Gracias por comunicarme su decisión sobre el puesto de { $role } en { $company }, y por el tiempo que usted y el equipo me dedicaron.
       *[other] Gracias por comunicarme su decisión sobre el puesto de { $role } en { $company }.
    }
feedback-request-opening-ghosted =
    { $stage ->
        [application] Presenté mi candidatura al puesto de { $role } en { $company } y no he vuelto a tener noticias.
        [screening] Tuve una llamada inicial sobre el puesto de { $role } en { $company } y no he vuelto a tener noticias.
        [interview] Tuve una entrevista para el puesto de { $role } en { $company } y no he vuelto a tener noticias.
        [assessment] Completé la prueba para el puesto de { $role } en { $company } y no he vuelto a tener noticias.
        [final_round] Tuve la entrevista final para el puesto de { $role } en { $company } y no he vuelto a tener noticias.
        [offer] Llegué a la fase de oferta del puesto de { $role } en { $company } y no he vuelto a tener noticias.
       *[other] Participé en el proceso de selección del puesto de { $role } en { $company } y no he vuelto a tener noticias.
    } Si ya se ha tomado una decisión, lo entiendo perfectamente.
feedback-request-stronger =
    { $stage ->
        [application] los aspectos en que mi CV y mi candidatura podrían haber sido más sólidos
        [screening] los aspectos en que mi candidatura y nuestra llamada podrían haber ido mejor
        [interview] los aspectos en que mi entrevista podría haber ido mejor
        [assessment] los aspectos en que mi prueba y mi candidatura podrían haber sido más sólidas
        [final_round] los aspectos en que mis entrevistas podrían haber ido mejor
        [offer] los aspectos en que podría haberlo hecho mejor en la fase de oferta
       *[other] los aspectos en que mi candidatura podría haber sido más sólida
    }
feedback-request-ask = Le agradecería mucho unas palabras sobre { $stronger }. Incluso uno o dos puntos me ayudarían a prepararme para la próxima ocasión.
feedback-request-ask-ghosted = ¿Podría decirme en qué punto está el proceso? Si finalmente no sigo adelante, unas palabras sobre { $stronger } me ayudarían mucho a prepararme para la próxima ocasión.
feedback-request-keep-in-mind = { $company } me sigue interesando mucho, y me alegraría que me tuvieran en cuenta para puestos similares.
feedback-request-closing = Gracias por su tiempo; espero que nuestros caminos vuelvan a cruzarse.
feedback-request-sign-off =
    Un cordial saludo,
    { $name }
feedback-request-sign-off-no-name = Un cordial saludo
feedback-request-subject-line = Asunto: { $subject }
feedback-request-language = Idioma de la solicitud
feedback-request-language-hint = Si leen otro idioma, la solicitud puede ir en ese idioma. Solo cambia la solicitud.
feedback-request-language-unavailable = No se ha podido cargar { $language } ahora mismo, así que la solicitud sigue en { $current }. Vuelve a intentarlo cuando tengas conexión.
feedback-about-this-no = Sobre este rechazo
feedback-one-thing-for-next-time = Una idea para la próxima vez:{" "}
feedback-fairness = Si crees que la decisión tuvo que ver con tu edad, una discapacidad, un embarazo, tu origen racial o étnico u otra característica protegida, un servicio de asesoramiento laboral de tu país puede decirte, sin coste, cuál es tu situación.
feedback-later-thought = Una idea para más adelante
feedback-later-thought-intro = Una idea para cuando duela menos:
feedback-later-thought-quote = «Decide que no te ha hecho daño, y no sentirás el daño».
feedback-later-thought-source = Marco Aurelio, Meditaciones 4.7 (traducido aquí de la versión inglesa de Gregory Hays)
feedback-composer-hint = Lo breve y amable funciona mejor. Nombra el puesto y la empresa, para que quien lo lea sepa de qué candidatura se trata. Cámbialo a tu gusto antes de enviarlo: tus palabras se guardan.
feedback-keep-in-mind = Pedirles que me tengan en cuenta para puestos similares
feedback-edited = Has cambiado esta solicitud; tus palabras se guardan.{" "}
feedback-use-suggested = Volver al texto sugerido
feedback-copy-request = Copiar la solicitud
feedback-open-in-email = Abrir en el correo
feedback-copied = Copiada. Pégala en un correo o un mensaje.
feedback-copy-failed = El navegador no ha permitido copiar. Puedes seleccionar el texto y copiarlo tú.
feedback-name-first = Primero añade tu nombre en «{ $field }»: la solicitud va firmada con él, para que sepan quién pregunta.
feedback-sent-on-date = {" "}· enviada el { $date }
feedback-i-sent-it = Ya la envié
feedback-reminder-due =
    { $days ->
        [one] Ha pasado { $days } día laborable
       *[other] Han pasado { $days } días laborables
    }: es momento de un recordatorio amable ({ $date }).
feedback-reminder-on =
    Si no tienes noticias, envía un recordatorio amable el { $date } ({ $days ->
        [1] mañana
       *[other] dentro de { $days } días
    }).
feedback-i-sent-the-reminder = Ya envié el recordatorio
feedback-let-it-go = Recordatorio enviado. Si para el { $date } no ha llegado nada, suelta la solicitud y sigue adelante: su silencio no tiene que ver contigo.
feedback-they-answered = Respondieron
feedback-no-answer = Sin respuesta
feedback-stop-waiting = Dejar de esperar
feedback-answered-note = Bien: añade abajo lo que dijeron, un punto cada vez.
feedback-done-with-request = Cerrar esta solicitud
feedback-you-asked = Preguntaste, y eso era lo que importaba. Abajo puedes anotar igualmente tu propia impresión de cómo fue.
feedback-start-over = Empezar de nuevo
feedback-add-a-point = Añadir un punto
feedback-add-feedback = Añadir comentario
feedback-about-role-closed = El puesto se cerró o quedó en pausa: una decisión sobre sus planes, no sobre ti. Si lo que dijeron menciona algo que quieres trabajar de todos modos, puedes guardarlo abajo.
feedback-about-stronger-candidate = Esta vez otra persona encajaba mejor: es su decisión, no un fallo tuyo que corregir. Si lo que dijeron menciona algo que quieres trabajar de todos modos, puedes guardarlo abajo.
feedback-about-culture-fit = El encaje cultural trata de la relación entre tú y este equipo, no de una habilidad que desarrollar. Cambia tu búsqueda si te dice qué te conviene, o pregúntales qué querían decir: con un ejemplo es más fácil valorarlo.
feedback-about-salary = El salario también es cuestión de encaje, no de habilidad. Cambia tu búsqueda si la banda salarial no encajaba, o consulta las bandas salariales de este puesto (aparecen en ofertas y estudios salariales) antes de la próxima candidatura.
feedback-became-skill-gap = → Habilidad por desarrollar: { $skill }
feedback-became-search-change = → Cambio en la búsqueda: { $change }
feedback-make-skill-gap = Convertirlo en habilidad por desarrollar
feedback-change-my-search = Cambiar mi búsqueda
feedback-confirm-remove = ¿Quitar este punto?
feedback-remove = Quitar
feedback-remove-label = Quitar comentario: { $text }
request-status-prefix = Estado:{" "}
tag-hunch = Tu intuición, por comprobar
tag-outside-your-control = Fuera de tu control
feedback-title-ask-for-feedback = Pedir comentarios
feedback-label-your-name-for-the = Tu nombre (para la firma)
feedback-label-subject = Asunto
feedback-label-your-request = Tu solicitud
feedback-title-track-your-request = Seguir tu solicitud
feedback-label-sent-on = Enviada el
feedback-hint-leave-empty-for-today = Déjalo vacío si es hoy.
feedback-title-what-they-said = Lo que dijeron
feedback-text-no-feedback-yet-when = Aún no hay comentarios. Cuando lleguen, añade cada punto por separado, para poder actuar sobre él. Tu propia lectura también cuenta: márcala como intuición.
feedback-label-what-did-they-say = ¿Qué dijeron?
feedback-label-category = Categoría
feedback-label-which-stage-was-it = ¿A qué fase se refería?
feedback-legend-is-this = Esto es…
feedback-showing = Se muestran { $shown } de { $total } puntos.

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
