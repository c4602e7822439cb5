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
language-with-new-version = { $language } necesita la nueva versión de Rebound. Recarga la página para usarlo; lo que has escrito se conserva.
page-title = { $screen } · Rebound

## Getting support now (the support screen, a very low check-in, the footer link)

support-trusted = Cuéntale hoy a alguien de confianza cómo estás: una amiga o un amigo, alguien de tu familia, un compañero con quien te llevas bien. Basta un mensaje corto, como «Día difícil. ¿Hablamos?»
support-emergency = Si sientes que podrías no estar a salvo, llama ahora al número de emergencias de tu zona.
support-helpline-before = Si buscas una línea de ayuda gratuita y confidencial en tu país,{" "}
support-helpline-after = {" "}las reúne país por país; también puedes encontrarlas buscando «línea de ayuda» y el nombre de tu país.
support-doctor = Tu médico también puede ayudarte, y no solo en una emergencia.
support-now-title = No tienes por qué pasar un día así a solas.

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

stage-application = Candidatura
stage-screening = Llamada de preselección
stage-interview = Entrevista
stage-assessment = Prueba o tarea
stage-final-round = Ronda final
stage-offer = Fase de oferta
stage-other = Otra

channel-email = Correo electrónico
channel-call = Llamada
channel-portal = Portal de empleo
channel-in-person = En persona
channel-ghosted = Sin ninguna respuesta

request-status-not-sent = Sin enviar todavía
request-status-sent = Enviada, en espera
request-status-answered = Respondida
request-status-no-answer = Sin respuesta
request-status-closed = Cerrada

feedback-category-preparation = Preparación
feedback-category-communication = Comunicación
feedback-category-confidence = Seguridad en ti
feedback-category-skills-gap = Habilidades o experiencia por reforzar
feedback-category-motivation = Motivación
feedback-category-culture-fit = Encaje con la cultura
feedback-category-salary = Salario
feedback-category-stronger-candidate = Otra candidatura más fuerte
feedback-category-role-closed = Puesto cerrado o en pausa
feedback-category-other = Otro

certainty-fact = Me lo dijeron
certainty-guess = Mi impresión

level-entry = Inicial
level-junior = Júnior
level-mid = Intermedio
level-senior = Sénior
level-lead = Liderazgo de equipo o gestión
level-head = Dirección o jefatura de área

cause-competition = Mucha competencia
cause-level = Un nivel que no encajaba
cause-area = Un área que no encajaba
cause-not-sure = Aún no lo sé

skill-category-technical = Técnica
skill-category-domain = Conocimiento del sector
skill-category-communication = Comunicación
skill-category-leadership = Liderazgo
skill-category-interviewing = Entrevistas
skill-category-other = Otra

priority-high = Alta
priority-medium = Media
priority-low = Baja

method-course = Curso
method-qualification = Titulación
method-project = Proyecto
method-practice = Práctica

gap-status-not-started = Sin empezar
gap-status-in-progress = En curso
gap-status-done = Hecho

app-kind-application = Fecha límite de candidatura
app-kind-interview = Entrevista
app-kind-follow-up = Seguimiento

## Lines the plan says of its items (in lists, the calendar, reviews)

calendar-name = Plan de Rebound
action-application = { $kind }: { $role } en { $company }
suggestion-skill-gap = Una habilidad por desarrollar: { $skill } ({ $method })
suggestion-skill-gap-how = Una habilidad por desarrollar: { $skill } ({ $method }). Cómo: { $how }
suggestion-role = Un puesto objetivo: { $title } ({ $level })
suggestion-search-change = Un cambio en tu búsqueda: { $text }
suggestion-prep = Algo que preparar: { $text }

## Long lists, shown a page at a time

show-more = Mostrar { $count } más
show-fewer = Mostrar menos

## Form widgets shared by every screen

scale-option = { $n } · { $word }
mood-very-low = Muy bajo
mood-low = Bajo
mood-okay = Regular
mood-good = Bien
mood-great = Muy bien
skill-level-beginner = Principiante
skill-level-basic = Básico
skill-level-working = Intermedio
skill-level-strong = Avanzado
skill-level-expert = Experto

## The mood chart (Stay positive): what a screen reader says of it

mood-chart-summary = Ánimo en { $count } registros, de «{ $first }» el { $first_date } a «{ $last }» el { $last_date }
mood-chart-one = Un registro: «{ $mood }» el { $date }
mood-chart-none = Aún no hay registros de ánimo
mood-chart-dot = { $date }: { $mood }

## Screens: each screen's title (its heading and the browser tab), then its short name (the step indicator, "Next: …")

screen-start = Qué pasó
screen-feedback = Saca partido a los comentarios
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
short-feedback = Comentarios
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
start-hint-the-recruiter-or-interviewer = La persona de selección o la que te entrevistó, para cuando pidas comentarios. Queda fuera de los enlaces compartidos salvo que elijas lo contrario.
start-label-contact-email = Correo de contacto
start-label-their-message = Su mensaje
start-hint-private-it-stays-on = Privado: se queda en este dispositivo y fuera de los enlaces compartidos salvo que elijas lo contrario.
start-add-another = Añadir otro rechazo
start-cancel = Cancelar
start-remove-confirm = ¿Quitar «{ $title }» y sus comentarios? Las habilidades por desarrollar y los cambios en tu búsqueda que salieron de ahí se quedan.
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
feedback-request-ask = Le agradecería mucho unos breves comentarios sobre { $stronger }. Aunque sean solo uno o dos puntos, me ayudarían a prepararme para la próxima ocasión.
feedback-request-ask-ghosted = ¿Podría decirme en qué punto está el proceso? Si finalmente la respuesta es negativa, unas breves palabras sobre { $stronger } me ayudarían mucho a prepararme para la próxima ocasión.
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
feedback-request-language-with-new-version = { $language } necesita la nueva versión de Rebound. Recarga la página para escribir la solicitud en ese idioma; lo que has escrito se conserva. Mientras tanto, la solicitud sigue en { $current }.
feedback-about-this-no = Sobre este rechazo
feedback-one-thing-for-next-time = Una idea para la próxima vez:{" "}
feedback-fairness = Si crees que la decisión tuvo que ver con tu edad, una discapacidad, un embarazo, tu origen racial o étnico u otra característica protegida, un servicio de asesoramiento sobre derechos laborales de tu país puede decirte, sin coste, cuál es tu situación.
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
feedback-let-it-go = Recordatorio enviado. Si para el { $date } no ha llegado nada, da la solicitud por cerrada y sigue adelante: su silencio no tiene que ver contigo.
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
feedback-text-no-feedback-yet-when = Aún no hay comentarios. Cuando lleguen, añade cada punto por separado, para poder actuar sobre él. Tu propia lectura también cuenta: márcala como «Mi impresión».
feedback-label-what-did-they-say = ¿Qué dijeron?
feedback-label-category = Categoría
feedback-label-which-stage-was-it = ¿A qué fase se refería?
feedback-legend-is-this = ¿De dónde viene?
feedback-showing = Se muestran { $shown } de { $total } puntos.

lead-feedback = Un rechazo breve o de plantilla es un buen motivo para pedir más. Los comentarios son información para tu próxima candidatura, no un juicio sobre ti.

## Screen: Search (src/ui/steps/search.rs)

search-idea-lower-level = Presentarme también a puestos de un nivel más bajo
search-idea-wider-area = Ampliar el área en la que busco
search-idea-must-haves = Presentarme solo donde cumplo la mayoría de los requisitos imprescindibles
search-idea-cv-look-over = Pedir a alguien del sector que revise mi CV
search-idea-tailor-cv = Adaptar mi CV a los tres requisitos principales de cada puesto
search-ideas = Ideas:
search-add-change = Añadir cambio
search-thinking-about = Pensando en { $rejection }.
search-cause-competition-advice = Entonces sigue apuntando aquí. Que hubiera mucha competencia significa que estabas en la carrera adecuada.
search-cause-level-advice = Piensa en puestos de un nivel más cercano a tu experiencia, o desarrolla primero lo que falta.
search-cause-area-advice = Mira dónde se valoran más tus puntos fuertes y ajusta el área en la que buscas.
search-cause-not-sure-advice = No pasa nada. Los comentarios, si llegan, pueden contarte más.
search-save-skills = Guardar mis habilidades
search-skills-saved = Guardado. La comparación de abajo ya está al día.
search-add-role-title = Añade un puesto objetivo
search-add-role = Añadir puesto
search-confirm-remove-role = ¿Quitar este puesto objetivo?
search-remove = Quitar
search-remove-role-label = Quitar el puesto { $role }
search-remove-change-label = Quitar el cambio: { $change }
search-level-unknown = Guarda tu nivel arriba para poder comparar.
search-level-below = Por debajo de tu nivel: podrías apuntar más alto.
search-level-fits = Encaja con tu nivel.
search-level-stretch = Un paso por encima de tu nivel.
search-level-big-stretch = Dos o más pasos por encima de tu nivel.
search-match-detail = {" "}· { $percent ->
    [0] aún ninguna de las habilidades que pide
   *[other] tienes el { $percent } % de las habilidades que pide
} · { $level }
search-you-have = Ya tienes: { $skills }
search-list-separator = {", "}
search-to-build = Por desarrollar:
search-chip-planned = { $skill } ✓ en tu plan
search-chip-add-gap = + { $skill } como habilidad por desarrollar
search-gap-evidence = Lo piden los puestos de { $role }
search-from-feedback = De los comentarios de { $company }
lead-search = A veces un no solo significa que otra persona encajaba un poco mejor. A veces es una pista de que el nivel o el área del puesto aún no te encajan. Revisa las dos cosas, con calma.
search-title-what-was-it-about = ¿A qué se debió?
search-legend-mostly = Sobre todo…
search-label-why-do-you-think = ¿Por qué lo crees?
search-title-your-skills-and-experience = Tus habilidades y tu experiencia
search-label-your-skills = Tus habilidades
search-hint-your-skills = Sepáralas con comas, por ejemplo: SQL, Figma, negociación.
search-label-your-level = El nivel que respalda tu experiencia
search-title-target-roles = Puestos objetivo
search-label-role-title = Nombre del puesto
search-label-area = Área
search-hint-industry-or-field = Sector o campo
search-label-level = Nivel
search-label-skills-it-asks-for = Habilidades que pide
search-hint-role-skills = Sepáralas con comas.
search-title-changes-to-my-search = Cambios en mi búsqueda
search-label-another-change = Otro cambio
search-empty-roles = Añade el tipo de puesto al que apuntas, con las habilidades que piden esos anuncios. Rebound comprueba cuánto encaja contigo.
search-empty-changes = Anota uno o dos cambios concretos. Los comentarios recibidos pueden llegar aquí con un toque desde el paso 1.

## Screen: Skills (src/ui/steps/skills.rs)

skills-glance-gaps = {" "}{ $count ->
    [one] habilidad por desarrollar
   *[other] habilidades por desarrollar
}
skills-glance-done = {" "}{ $count ->
    [one] completada
   *[other] completadas
}
skills-glance-past-date = {" "}{ $count ->
   *[other] con la fecha que pusiste ya pasada
}
skills-progress-overall-label = Progreso general en tus habilidades por desarrollar
skills-progress-overall = { $percent } % del camino recorrido en total
skills-closed = Completada. Es una cosa más de la que puedes hablar con seguridad en tu próxima entrevista, y una prueba de que sigues aprendiendo.
skills-progress-label = Progreso en { $skill }
skills-by-date = {" "}· para el { $date } ({ $countdown })
skills-cost = {" "}· cuesta { $cost }
skills-why = Por qué: { $evidence }
skills-from-feedback = De los comentarios de { $company }
skills-status-of = Estado de { $skill }
skills-edit = Editar
skills-remove = Quitar
skills-remove-label = Quitar la habilidad por desarrollar { $skill }
skills-confirm-remove = ¿Quitar «{ $skill }» de tus habilidades por desarrollar?
skills-if-then-legend = Siguiente acción como plan «si…, entonces…»
skills-if-then-hint = Ata la acción a un momento: «Si es sábado por la mañana, entonces hago un módulo». Los planes hechos así ayudan a las personas a llevar sus metas a la práctica (Gollwitzer & Sheeran, 2006; ver Acerca de).
skills-cost-not-whole = Escribe el precio como un número entero, por favor.
skills-submit-save = Guardar habilidad
skills-submit-add = Añadir habilidad
skills-cancel = Cancelar
lead-skills = Si los puestos que quieres piden algo que todavía no tienes, planea cómo conseguirlo: un curso, una titulación, un proyecto o simplemente práctica. Cada habilidad que desarrollas hace más fuerte tu candidatura, y te da algo de lo que hablar con seguridad.
tag-priority = Prioridad: { $priority }
tag-date-passed = La fecha ya pasó: cámbiala cuando quieras
skills-title-at-a-glance = De un vistazo
skills-empty = Aún no hay habilidades por desarrollar. Añade una abajo, o créala con un toque a partir de un comentario recibido o de una habilidad que pide un puesto y aún no tienes.
skills-title-your-skill-gaps = Tus habilidades por desarrollar
skills-label-skill = Habilidad
skills-label-if = Si…
skills-placeholder-it-is-saturday-morning = es sábado por la mañana
skills-label-then-i = entonces…
skills-placeholder-do-one-module = hago un módulo
skills-label-skill-category = Tipo de habilidad
skills-label-priority = Prioridad
skills-label-what-showed-this-gap = ¿Qué te hizo ver que la necesitas?
skills-hint-what-showed-gap = Los comentarios o el puesto que te la señalaron.
skills-legend-current-level = Nivel actual
skills-legend-target-level = Nivel objetivo
skills-label-how-to-close-it = Cómo desarrollarla
skills-label-cost = Precio
skills-hint-optional-in-your-currency = Opcional, en tu moneda
skills-label-target-date = Fecha objetivo
skills-showing = Mostrando { $shown } de { $total } habilidades por desarrollar.
skills-edit-gap = Editar habilidad por desarrollar
skills-add-gap = Añade una habilidad por desarrollar
skills-level-line = Nivel { $current } → { $target } ({ $word })

## Screen: Fun (src/ui/steps/fun.rs)

lead-fun = Justo después de un no, haz algo que disfrutes, mejor con gente que te cae bien, en los próximos uno o dos días. En programas de varias semanas, planear cosas agradables mejoró el bienestar de las personas, según una revisión de 20 ensayos (ver Acerca de). Una tarde es menos que eso, y aun así vale la pena.
fun-title-planned = Lo que has planeado
fun-empty = Todavía no hay nada planeado. Elige algo pequeño y agradable para los próximos dos días.
fun-title-plan = Planea algo que te guste
fun-ideas = Ideas, casi todas gratis. Toca una y hazla a tu manera:
fun-idea-walk = Un paseo en buena compañía
fun-idea-call = Llamar a alguien que te cae bien
fun-idea-good-at = Algo que se te da bien
fun-idea-matters = Algo que te importa
fun-idea-cook = Cocinar tu comida favorita
fun-idea-game-night = Una noche de juegos
fun-idea-film = Una película o un concierto
fun-label-what = ¿Qué vas a hacer?
fun-label-with-whom = Con quién
fun-hint-optional = Opcional
fun-label-when = Cuándo
fun-legend-mood-before = ¿Cómo te sientes ahora mismo?
fun-plan-it = Planearlo
fun-pick-time = Elige un día y una hora, por favor.
at-time = { $hour ->
    [1] a la
   *[other] a las
} { $time }
fun-when = { $date } { $at } ({ $countdown })
tag-done = Hecho
fun-mood-before-after = Ánimo antes: { $before } · después: { $after }
fun-mood-before = Ánimo antes: { $before }
fun-mood-after = Ánimo después: { $after }
fun-done-note = Anotado. Esta semana pasó algo bueno, y eso cuenta.
fun-legend-mood-after = ¿Cómo te sientes ahora?
fun-save-done = Guardar y marcar como hecho
fun-cancel = Cancelar
fun-label-new-time = Nuevo día y hora
fun-save-time = Guardar el nuevo día y hora
fun-did-it-happen = ¿Llegó a pasar? Si fue así, cuenta cómo te fue.
fun-it-happened = Sí, pasó
fun-it-happened-named = Sí, pasó: { $title }
fun-not-yet = Todavía no: elegir otro momento
fun-let-go = Dejarlo ir
fun-let-go-confirm = ¿Dejar ir este plan?
fun-mark-done = Marcar como hecho
fun-mark-done-named = Marcar como hecho: { $title }
fun-move = Cambiar de fecha
fun-remove = Quitar
fun-remove-confirm = ¿Quitar este plan?

## Screen: Positive (src/ui/steps/positive.rs)

lead-positive = Date tiempo para recuperarte y, cuando te sientas con fuerzas, haz borrón y cuenta nueva para no llevarte el último no a la próxima entrevista. Lo que anotes aquí es privado: se queda en este dispositivo, un enlace compartido lo deja fuera salvo que lo marques en la página Compartir, y lo que escribas nunca va en un enlace.
positive-title-check-in = ¿Cómo estás hoy?
positive-legend-mood = Tu ánimo de hoy
positive-pick-mood = Elige cómo te sientes, del 1 al 5.
positive-label-mood-note = Unas palabras sobre ello (opcional)
positive-check-in = Anotar
positive-checked-in-low = Anotado por hoy. Gracias por decir cómo estás de verdad.
positive-checked-in = Anotado por hoy. Gracias por fijarte en cómo te sientes.
positive-small-step-title = Una cosa pequeña para hoy:{" "}
positive-small-step = { $step }. Con eso basta.
positive-empty-check-ins = Anota cómo estás una vez al día; en unos días verás cómo se mueve tu ánimo.
positive-check-ins = Tus registros
positive-check-in-line = { $date }: { $mood } · { $word }
positive-remove-check-in = Quitar el registro del { $date }
positive-low-days-title = En las últimas dos semanas has tenido varios días bajos.
positive-low-days-talk = Vale la pena hablarlo con tu médico o con alguien de confianza. No hace falta llegar al límite para pedir apoyo: un rechazo puede pesar más de lo que parece.
positive-low-days-helpline-before = Si en algún momento sientes que podrías no estar a salvo, llama ahora al número de emergencias de tu zona. Para encontrar una línea de ayuda gratuita y confidencial en tu país, entra en{" "}
positive-low-days-helpline-after = .
positive-title-write-it-out = Escríbelo
positive-writing-how = Escribe con libertad sobre este no: qué pasó, cómo te hace sentir y qué remueve en el resto de tu vida. La ortografía y el orden no importan.
positive-writing-private = Se queda en este navegador, en este dispositivo, así que cualquiera que use este navegador aquí podría abrirlo. Nunca va en un enlace compartido; una copia de seguridad sí lo guarda, para ti.
positive-writing-low = Es habitual que el ánimo baje un poco justo después de escribir así, y se pasa. Puedes parar, o cambiar de tema, cuando quieras.
positive-writing-study = Esto se basa en un estudio en el que personas que habían perdido su empleo escribieron así 20 minutos al día (Spera, Buhrfeind & Pennebaker, 1994; ver Acerca de).
positive-writing-none = Cada escrito trata de un solo no: primero anota lo que pasó, en la pantalla de inicio.
positive-writing-about = Sobre: { $title }
positive-writing-session = Hoy es la sesión { $session } de { $sessions } como mucho, cada una en un día distinto. No hay puntos ni rachas: un día que te saltas es, sin más, un día libre.
positive-label-writing = Tu escrito de hoy
positive-earlier-sessions = Sesiones anteriores
positive-earlier-session-unlinked = { $date } (escrito antes de que Rebound guardara la escritura de cada no por separado)
positive-remove-writing = Quitar lo escrito el { $date }
positive-timer = Un temporizador tranquilo, si te ayuda (opcional):
positive-timer-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
positive-timer-done = Se acabó el tiempo. Termina tu idea y para cuando quieras.
positive-timer-close = Cerrar el temporizador
positive-timer-left = { $minutes ->
    [one] Queda { $minutes } minuto, más o menos
   *[other] Quedan unos { $minutes } minutos
}
positive-timer-stop = Parar el temporizador
positive-title-reframe = Mira un pensamiento con otros ojos
positive-reframe-how = Escribe el pensamiento duro tal como te viene y luego respóndele como lo haría una buena amistad: con cariño y sin faltar a los hechos.
positive-label-thought = El pensamiento
positive-placeholder-thought = Nunca voy a conseguir un trabajo así
positive-label-kinder = Una mirada más amable y equilibrada
positive-placeholder-kinder = Llegué a la última ronda, así que estoy cerca
positive-save-reframe = Guardar esta mirada
positive-reframe-kinder = → { $kinder }
positive-remove-reframe = Quitar el pensamiento: { $thought }
positive-title-went-well = Lo que salió bien
positive-went-well-how = Incluso en un proceso que terminó en un no, algunas cosas salieron bien. Anótalas: son tuyas y te las quedas.
positive-label-went-well = Algo que salió bien
positive-add = Añadir
positive-went-well-day = { $date }
positive-remove-went-well = Quitar: { $text }
positive-title-setback = Si me llega otro no…
positive-setback-how = Decide ahora, con calma, qué harás la próxima vez. En el programa JOBS II, quienes buscaban empleo y habían ensayado cómo afrontar los reveses tuvieron menos señales de depresión que los demás cuando más tarde perdieron un nuevo empleo (ver Acerca de). Rebound toma prestada la idea; el plan lo escribes tú por tu cuenta.
positive-label-setback = Si me llega otro no, entonces…
positive-placeholder-setback = saldré a caminar, llamaré a alguien de confianza y miraré mi plan a la mañana siguiente
positive-save-setback = Guardar mi plan
positive-saved = Guardado.
positive-slate-title = Borrón y cuenta nueva
positive-slate-before = Cuando te sientas con fuerzas, no antes, marca el momento. Lo que aprendiste se queda; lo que dolió puede irse.
positive-slate-button = Hacer borrón y cuenta nueva
positive-slate-wiped = Hiciste borrón y cuenta nueva el { $date }.
positive-slate-after = El último no ya queda atrás. Lo que aprendiste te acompaña a la próxima entrevista; lo demás puede quedarse aquí. Si algunos días todavía duele, es normal, y no deshace esto.

## Screen: Next job (src/ui/steps/next_job.rs)

lead-next-job = El único empleo que importa ahora es el siguiente. Apunta las fechas y deja que la lista lleve lo que aprendiste a tu preparación.
next-job-title-your-weekly-rhythm = Tu ritmo semanal
next-job-rhythm-hint = Una semana constante rinde más que una frenética. Ata tu búsqueda a un momento concreto, como un plan «si…, entonces…»: «Si es lunes por la mañana, entonces leo las ofertas nuevas y me presento a una».
next-job-label-if = Si…
next-job-placeholder-if = es lunes por la mañana
next-job-label-then-i = entonces…
next-job-placeholder-then = leo las ofertas nuevas y me presento a una
next-job-save-rhythm = Guardar mi ritmo
next-job-rhythm-saved = Guardado.
next-job-this-week = Candidaturas con fecha esta semana: { $count }
next-job-title-coming-up = Lo que viene
next-job-text-nothing-dated-yet = Todavía no hay nada con fecha. Añade abajo el plazo de tu próxima candidatura o tu próxima entrevista.
next-job-earlier = Fechas pasadas
next-job-countdown-unit = { $count ->
    [one] día
   *[other] días
}
next-job-role-at-company = { $role } en { $company }
next-job-when = { $date } · { $countdown }
next-job-when-at = { $date } { $at } · { $countdown }
next-job-remove-application = Quitar { $role } en { $company }
next-job-title-add-application = Añadir una candidatura o una entrevista
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
next-job-checklist-hint = Lo básico, y además lo que piden los comentarios que recibiste y tus habilidades por desarrollar.
next-job-checklist-none-ready = Marca cada punto cuando lo tengas listo.
next-job-checklist-ready = Listos: { $ready } de { $total }
next-job-remove-prep = Quitar de la lista: { $item }
next-job-from-feedback = de los comentarios
next-job-from-skill-gaps = de las habilidades por desarrollar
next-job-showing-upcoming = Mostrando { $shown } de { $total } fechas próximas.
next-job-showing-earlier = Mostrando { $shown } de { $total } fechas pasadas.
next-job-showing-checklist = Mostrando { $shown } de { $total } puntos de la lista.

## Screen: Overview (src/ui/steps/overview.rs)

lead-overview = Todo en un solo lugar: lo que has avanzado, lo que viene y cada fecha de tu plan.
tag-keeps-coming-back = se repite
feedback-with-category = { $text } [{ $category }]
role-with-level = { $title } ({ $level })
stage-and-date = {" "}({ $stage }, { $date })
overview-day-one = ¿Acabas de recibir el no? Las pocas cosas que vale la pena hacer hoy, y nada más, están en una sola pantalla:
overview-print = Imprimir mi plan
overview-add-to-calendar = Añadir las fechas a mi calendario (.ics)
overview-title-reviews-of-your-plan = Revisiones de tu plan
overview-review-from = De { $name }
overview-review-from-unsigned = De quien revisó tu plan
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
overview-several-noes = La mayoría de las personas oye varios «no» antes de un «sí». Cada uno es una decisión sobre un solo puesto, y llegar a una entrevista ya significa que tu candidatura funcionó.
overview-same-stage = Varios de tus «no» llegaron en la misma etapa ({ $stage }). Es un buen momento para hablarlo con alguien: un servicio de orientación profesional, una persona que te guíe o alguien que pueda hacer contigo una entrevista de práctica.
overview-title-patterns-in-your-feedback = Lo que se repite en los comentarios
overview-patterns-hint = En { $count ->
    [one] { $count } rechazo
   *[other] { $count } rechazos
}. Un tema que se repite merece una habilidad por desarrollar o un cambio en tu búsqueda.
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
overview-brief-feedback = Comentarios
overview-showing-feedback = Mostrando { $shown } de { $total } comentarios.
overview-brief-roles = Puestos que buscas
overview-showing-roles = Mostrando { $shown } de { $total } puestos.
overview-brief-search-changes = Cambios en la búsqueda
overview-showing-search-changes = Mostrando { $shown } de { $total } cambios en la búsqueda.
overview-brief-skill-gaps = Habilidades por desarrollar
overview-showing-skill-gaps = Mostrando { $shown } de { $total } habilidades por desarrollar.
overview-brief-fun = Algo que disfrutar
overview-showing-fun = Mostrando { $shown } de { $total } planes para disfrutar.
overview-brief-done = (hecho)
overview-brief-rhythm = Mi ritmo semanal
overview-brief-setback = Si recibo otro no

## Screen: Today (src/ui/steps/today.rs)

today-title-ask-for-feedback = Pide comentarios
today-label-your-name-for-the = Tu nombre (para la firma)
today-title-plan-one-good-thing = Planea algo bueno
today-write-before = O, si te ayudan más las palabras que los números:{" "}
today-write-link = escríbelo
today-write-after = , en privado, en Cuida tu ánimo.
today-request-ready = Ya tienes lista una solicitud breve y amable para { $company }, escrita a partir de lo que anotaste. Envíala en los próximos uno o dos días; hoy, solo si te sientes con fuerzas.
today-copy = Copiar la solicitud
today-open-email = Abrir en el correo
today-copied = Copiada. Pégala en un correo o un mensaje y luego vuelve para marcarla como enviada.
today-sent = Ya la envié
today-read-first = Leer o cambiar la solicitud antes
today-request-sent = Solicitud enviada { $when }. Si no recibes nada, Rebound te propondrá un recordatorio amable el { $date }.
today-asked-before = Ya has pedido comentarios.{" "}
today-asked-link = Mira cómo va
today-planned = Planeado: { $what }, { $when } { $at }. Que lo disfrutes.
today-fun-hint = Algo que disfrutes, en los próximos uno o dos días: un paseo, una comida con alguien querido, una película. Toca una idea y luego planéala.
today-enough-title = Suficiente por hoy
today-enough-close = Ya puedes cerrar Rebound. Todo queda guardado en este dispositivo.
today-useful-again = Rebound volverá a serte útil { $when } ({ $date }): { $what }.
today-useful-again-fun = Rebound volverá a serte útil { $when } ({ $date }): { $what }, y después un momento para anotar cómo fue.
today-nothing-dated = Todavía no hay nada con fecha. Cuando envíes la solicitud, Rebound calculará cuándo tocaría un recordatorio.
today-other-steps-before = Los demás pasos (tu búsqueda, tus habilidades) funcionan mejor cuando llegan los comentarios, así que no hace falta empezarlos hoy. Cuando te sientas con ganas:{" "}
today-other-steps-link = mi plan
today-other-steps-after = .
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
share-carries-name = tu nombre, tal como firmas la solicitud de comentarios
share-carries-skills = tus habilidades y tu nivel
share-carries-reading = tu interpretación de a qué se debió cada no
share-count-messages = { $count ->
    [one] { $count } mensaje de rechazo
   *[other] { $count } mensajes de rechazo
}
share-count-feedback = { $count ->
    [one] { $count } comentario recibido
   *[other] { $count } comentarios recibidos
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
    [one] { $count } habilidad por desarrollar
   *[other] { $count } habilidades por desarrollar
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

import-title-target-roles = Puestos a los que apuntas
import-title-search-changes = Cambios en la búsqueda
import-title-skill-gaps = Habilidades por desarrollar
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
about-writing-who = 63 profesionales a quienes habían despedido, en un estudio pequeño. Uno de los dos grupos de comparación no se formó por asignación aleatoria, así que pudo ser distinto del grupo que escribió ya desde el principio.
about-pleasant-claim = Los programas en los que las personas planeaban y hacían actividades agradables mejoraron su bienestar: en 20 ensayos, el tamaño del efecto promedio fue g = 0.52.
about-pleasant-plain = En palabras sencillas: un efecto medio. Tras un programa así, la persona media se sentía mejor que unas 7 de cada 10 personas de los grupos de comparación. Una tarde planeada es mucho menos que un programa de varias semanas.
about-pleasant-who = personas en programas de actividades agradables que duraban varias semanas.
about-pleasant-source = { $source }, una revisión de ensayos de activación conductual (planear actividades gratificantes)
about-if-then-claim = Hacer planes «si…, entonces…» («intenciones de implementación») ayudó a las personas a llevar sus metas a la práctica: en 94 pruebas, el tamaño del efecto promedio fue d = 0.65.
about-if-then-plain = En palabras sencillas: un efecto de medio a grande. La persona media que hizo planes «si…, entonces…» llevó su meta a la práctica más que unas 3 de cada 4 personas que no los hicieron.
about-if-then-who = personas que trabajaban por metas muy diversas, no en concreto personas que buscaban empleo.
about-job-search-claim = En 47 programas de búsqueda de empleo, las odds de encontrar trabajo de quienes participaron fueron 2.67 veces las de las personas de los grupos de comparación (una razón de odds, u odds ratio, de 2.67).
about-job-search-plain = En palabras sencillas: las odds comparan a las personas que encontraron trabajo con las que no. Donde la mitad de un grupo de comparación encontró trabajo (odds de 1 a 1), unas odds 2.67 veces mayores significan que unas 73 de cada 100 personas participantes encuentran trabajo, en lugar de 50 de cada 100.
about-job-search-who = personas que buscaban trabajo, en programas estructurados, la mayoría dirigidos por formadores.
about-job-search-what-worked = Otro resultado distinto de la misma revisión: los programas funcionaron cuando desarrollaban a la vez las habilidades para buscar empleo y la motivación: presentarse, creer en las propias capacidades, tomar la iniciativa, fijarse metas y contar con el apoyo de otras personas.
about-jobs-claim = Entre las personas que seguían buscando trabajo, el programa Michigan JOBS en su conjunto aumentó su motivación para buscar.
about-jobs-who = personas desempleadas en el programa JOBS: una serie de sesiones de grupo dirigidas por formadores.
about-jobs2-claim = En JOBS II, las personas ensayaron cómo afrontarían los tropiezos. Quienes más tarde perdieron un nuevo empleo tuvieron menos signos de depresión (síntomas depresivos) que las personas del grupo de comparación. Este resultado trata del ánimo después de un tropiezo, no de la motivación.
about-jobs2-who = personas desempleadas en JOBS II, el segundo ensayo del programa, también en sesiones de grupo dirigidas por formadores.
about-title-advice = Consejos, no resultados de investigación
about-advice-reminder = Un recordatorio amable unos cinco días laborables después de pedir comentarios, y luego pasar página, es una costumbre habitual en selección de personal, no un resultado de investigación.
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
reviewing-tone = Sobre el tono: quien hizo este plan acaba de quedarse fuera de un proceso de selección. Empieza por lo que va bien y luego sugiere entre una y tres cosas, las que más podrían ayudar. Si el plan muestra cosas privadas, como su estado de ánimo o sus notas, déjalas estar.
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
reviewing-kind-gap = Una habilidad por desarrollar
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

support-title-getting-support-now = Buscar apoyo ahora
support-cannot-contact = Rebound guarda todo en este dispositivo y no puede contactar con nadie por ti.
lead-support = Recibir un no puede doler mucho, y hay días que pesan más que otros. Pedir ayuda es una forma de cuidarte. Estas palabras están aquí siempre que las necesites, con conexión o sin ella.

## The installed app (pwa/manifest.webmanifest)

manifest-description = Un plan tranquilo y privado para los días después de un rechazo tras una entrevista de trabajo. Funciona sin conexión; todo se queda en este dispositivo.

## Boot screen (index.html): shown while the app loads

boot-page-title = Rebound: para recuperarte después de un rechazo laboral
boot-nav-label = Plan
boot-nav-my-plan = Mi plan
boot-nav-share = Compartir
boot-nav-about = Acerca de
boot-steps-label = Pasos
boot-step-start = Inicio
boot-step-feedback = Comentarios
boot-step-feedback-link = Paso 1: Comentarios
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
boot-welcome-lead = Recibir un no duele, y dice menos de ti de lo que hoy parece. Rebound te acompaña en seis pasos pequeños para aprender lo que puedas de ello, cuidarte y prepararte para lo que venga.
boot-welcome-feedback = Saca partido a los comentarios
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

widget-save-saved = Guardado en este dispositivo
widget-save-pending = Guardando…
widget-save-failed = Sin guardar
widget-save-read-only = Solo lectura
widget-save-memory-only = Sin guardar: solo en esta pestaña
widget-unreadable-title = No se ha podido leer un plan guardado.
widget-unreadable-restored = Rebound ha abierto en su lugar tu última copia en buen estado.
widget-unreadable-kept = Su texto original se guarda a salvo en este dispositivo, sin cambios. Puedes descargarlo, para ti o para alguien que pueda ayudarte.
widget-unreadable-download = Descargar el texto original
widget-unreadable-delete-confirm = ¿Borrar de este dispositivo el texto que no se puede leer? Descárgalo antes si crees que puedes necesitarlo.
widget-unreadable-delete = Borrarlo
widget-newer-title = Este plan se guardó con una versión más reciente de Rebound.
widget-newer-text = Para mantenerlo a salvo, esta versión no lo cambiará. Recarga la página para tener la versión más reciente.
widget-export-backup = Exportar una copia de seguridad
widget-save-what-to-do = Qué hacer
widget-backup-reminder = Ha pasado más de una semana desde tu última copia de seguridad. Algunos navegadores borran los datos de un sitio tras una semana sin visitarlo, así que vale la pena guardar una copia de tu plan.
widget-not-now = Ahora no
widget-update-ready = Hay una versión nueva de Rebound lista.
widget-update-reloading = Recargando…
widget-update-reload = Recargar
widget-storage-label = Almacenamiento en este dispositivo:{" "}
widget-storage-checking = comprobando…
widget-storage-granted = se conserva. Tu navegador ha aceptado no borrar los datos de Rebound para hacer sitio.
widget-storage-not-granted = sin garantía. Tu navegador podría borrar los datos si el dispositivo se queda sin espacio, así que exporta de vez en cuando una copia de seguridad desde Compartir.
widget-storage-not-supported = este navegador no dice si conservará los datos. Exporta de vez en cuando una copia de seguridad desde Compartir.
widget-link-length = { $count ->
    [one] { $count } carácter
   *[other] { $count } caracteres
}
widget-link-long = Este enlace tiene más de { $max } caracteres. Algunas apps de mensajería cortan los enlaces largos, y los códigos QR se vuelven difíciles de escanear. Si dejas fuera las partes privadas o los elementos antiguos, será más corto; un archivo de copia de seguridad no tiene límite.
widget-share = Compartir…
widget-copy-link = Copiar enlace
widget-link-copied = Enlace copiado. Pégalo en un mensaje o en un correo.
widget-show-qr = Mostrar un código QR
widget-qr-too-long = Este enlace es demasiado largo para un código QR. Deja fuera algunas partes o envía el enlace tal cual.
widget-needs-rejection = Este paso parte de lo que pasó. Empieza por anotar el rechazo: solo lleva un minuto.
widget-record-what-happened = Anotar lo que pasó
widget-waits-for-feedback = Este paso funciona mejor cuando ya tienes los comentarios. Si aún no han llegado, no hace falta empezar por aquí: seguirá aquí cuando lleguen.
widget-remove = Quitar
widget-remove-confirm = ¿Quitar esto?
widget-keep-date = Sí, mantener esta fecha
widget-suggested-by = Sugerencia de { $name }
widget-suggested-by-unsigned = Sugerencia de quien revisó tu plan
widget-review-comments = Comentarios de las revisiones
widget-review-comment = { $who }: { $text }
widget-imported-nothing = Tu plan sigue como estaba. No se ha importado nada.
widget-imported-opened = Plan abierto.
widget-imported-kept-aside = Plan abierto. Tu plan anterior se guarda aparte: puedes recuperarlo desde Compartir.
widget-imported-beside = Los elementos compartidos se han añadido junto a los tuyos.

## Core: what the plan and its insights say (src/core: insights, plan, review, dates, steps)

core-verdict-big-step = Un gran salto: plantéate un puesto un nivel por debajo
core-verdict-good = Encaja bien
core-verdict-step-up = A tu alcance: un paso adelante
core-verdict-partial = Encaje parcial: quedan algunas cosas por cubrir
core-verdict-far = Lejos de tus habilidades actuales
core-stage-ghosted-line = Quedarse sin respuesta es, por desgracia, frecuente. Dice más de su proceso que de ti.
core-stage-ghosted-next = Sigue con tu búsqueda mientras esperas; basta con un recordatorio amable.
core-stage-application-line = Un no en la fase del CV suele decidirse en segundos, frente a una lista de requisitos imprescindibles.
core-stage-application-next = La próxima vez, compara tu CV con los tres requisitos principales del anuncio, con sus mismas palabras.
core-stage-screening-line = Una llamada de preselección es un repaso rápido de lo básico: salario, fechas, los requisitos principales.
core-stage-screening-next = Ten preparada una respuesta breve sobre por qué este puesto y sobre el salario que buscas.
core-stage-interview-line = Llegar a la entrevista significa que tu candidatura funcionó: querían conocerte.
core-stage-interview-next = Practica tus respuestas en voz alta, con alguien o a solas; no es lo mismo que pensarlas.
core-stage-final-round-line = En una ronda final, la decisión suele estar muy reñida, y la diferencia entre las últimas candidaturas puede ser pequeña.
core-stage-final-round-next = Si pides comentarios, pregunta qué inclinó la balanza: es lo más útil que puedes saber.
core-stage-offer-line = Un no en la fase de oferta suele depender de los últimos detalles: referencias, salario, fecha de incorporación.
core-stage-offer-next = Comprueba qué dirán tus referencias y ten clara tu banda salarial antes de la próxima conversación sobre una oferta.
core-stage-other-line = Un no es su decisión sobre esta vacante, no una medida de lo que vales.
core-stage-other-next = Anota lo que volverías a hacer igual y una cosa que cambiarías.
core-prep-research = Infórmate sobre la empresa: a qué se dedica, sus noticias, sus valores
core-prep-stories = Prepara tres historias breves que muestren tu mejor trabajo
core-prep-practice = Practica tus respuestas en voz alta, mejor con alguien
core-prep-questions = Apunta dos o tres preguntas para hacerles
core-prep-logistics = Comprueba el día antes la hora, el lugar o el enlace de la videollamada
core-prep-learning = Prepárate para contar lo que has ido aprendiendo desde tu último no: mostrar que sigues avanzando hace más atractiva tu candidatura
core-prep-learning-named = Prepárate para contar lo que has ido aprendiendo desde tu último no ({ $skills }): mostrar que sigues avanzando hace más atractiva tu candidatura
core-prep-feedback = Trabaja en lo que te dijeron en { $company }: { $text }
core-prep-hunch = Comprueba tu impresión sobre { $company }: { $text }
core-prep-gap-plan = { $skill }: { $plan }
core-prep-keep-building = Sigue desarrollando { $skill }
core-action-follow-up = Envía un recordatorio amable a { $company } sobre los comentarios que pediste
core-action-close-loop = Aún sin respuesta de { $company }: es momento de dar la solicitud por cerrada
core-action-skill-target = Meta de habilidad: { $skill }
core-fun-with = { $what } con { $who }
core-small-step-water = bebe un vaso de agua y luego sal fuera cinco minutos
core-small-step-message = envía un mensaje a alguien que te cae bien; no tiene por qué ser sobre esto
core-small-step-eat = come algo sencillo y caliente, lejos de la pantalla
core-small-step-walk = da un paseo de diez minutos, al ritmo que te apetezca
core-small-step-song = pon una canción que te encante y escúchala entera
core-small-step-shower = date una ducha y ponte algo cómodo
core-countdown-today = hoy
core-countdown-tomorrow = mañana
core-countdown-yesterday = ayer
core-countdown-in-days = { $count ->
    [one] en { $count } día
   *[other] en { $count } días
}
core-countdown-days-ago = { $count ->
    [one] hace { $count } día
   *[other] hace { $count } días
}
core-role-at-company = { $role } en { $company }
core-if-then = Si { $cue }, entonces { $action }.
core-evidence-from-feedback = Lo que dijeron en { $company }: { $text }
core-search-change-from-feedback = Ajustar la búsqueda: { $text }
core-your-reviewer = Persona revisora
core-item-role = Puesto: { $title }
core-item-setback-plan = Si recibo otro no: { $plan }
core-held-rejections = { $count ->
    [one] { $count } rechazo
   *[other] { $count } rechazos
}
core-held-rejection-messages = { $count ->
    [one] { $count } mensaje de rechazo
   *[other] { $count } mensajes de rechazo
}
core-held-contacts = { $count ->
    [one] { $count } contacto
   *[other] { $count } contactos
}
core-held-feedback-points = { $count ->
    [one] { $count } comentario recibido
   *[other] { $count } comentarios recibidos
}
core-held-target-roles = { $count ->
    [one] { $count } puesto objetivo
   *[other] { $count } puestos objetivo
}
core-held-search-changes = { $count ->
    [one] { $count } cambio en la búsqueda
   *[other] { $count } cambios en la búsqueda
}
core-held-skill-gaps = { $count ->
    [one] { $count } habilidad por desarrollar
   *[other] { $count } habilidades por desarrollar
}
core-held-fun-plans = { $count ->
    [one] { $count } plan para disfrutar
   *[other] { $count } planes para disfrutar
}
core-held-mood-check-ins = { $count ->
    [one] { $count } registro de ánimo
   *[other] { $count } registros de ánimo
}
core-held-reframed-thoughts = { $count ->
    [one] { $count } pensamiento replanteado
   *[other] { $count } pensamientos replanteados
}
core-held-went-well = { $count ->
    [one] { $count } cosa que salió bien
   *[other] { $count } cosas que salieron bien
}
core-held-writing-sessions = { $count ->
    [one] { $count } sesión de escritura
   *[other] { $count } sesiones de escritura
}
core-held-applications = { $count ->
    [one] { $count } candidatura o entrevista
   *[other] { $count } candidaturas y entrevistas
}

## Errors: what forms, imports and storage say when something is refused (src/core, src/ui/widgets/form.rs, src/ui/state.rs)

error-empty = Rellena el campo «{ $field }», por favor.
error-too-long = El campo «{ $field }» es demasiado largo (como máximo { $max } caracteres).
error-out-of-range = El campo «{ $field }» debe estar entre 1 y 5.
error-not-found = Ese elemento ya no existe.
error-no-longer-in-plan = Esto ya no está en tu plan. Puede que se haya quitado en otra pestaña.
error-list-full = Esta lista está llena ({ $count } elementos). Quita antes algunos de los antiguos.
error-writing-done = { $count ->
    [one] Has escrito durante { $count } día, y ese es todo el ejercicio. Lo que escribiste se guarda abajo, solo para ti.
   *[other] Has escrito durante { $count } días, y ese es todo el ejercicio. Lo que escribiste se guarda abajo, solo para ti.
}
error-not-a-skill = La afinidad con la cultura de la empresa y el salario tienen que ver con la relación con esta empresa, no con una habilidad que desarrollar: esto encaja mejor como un cambio en tu búsqueda.
error-date-future = Esa fecha está en el futuro. ¿Es correcta?
error-date-before-rejection = Esa fecha objetivo es anterior a tu último rechazo. ¿Es correcta?
error-time-passed = Esa hora ya ha pasado. ¿La mantienes de todos modos?
error-time-far = Eso es dentro de más de dos días. Rebound te sugiere algo antes, pero tú decides. ¿Mantienes esta hora?
error-date-passed = Esa fecha ya ha pasado. ¿La añades de todos modos?
error-field-company = empresa
error-field-role = puesto
error-field-contact-name = nombre del contacto
error-field-contact-email = correo del contacto
error-field-message = mensaje
error-field-note = nota
error-field-feedback = comentario
error-field-evidence = qué lo mostró
error-field-name = nombre
error-field-role-title = nombre del puesto
error-field-area = área
error-field-current-level = nivel actual
error-field-target-level = nivel objetivo
error-field-skill = habilidad
error-field-change = cambio
error-field-if-part = si…
error-field-then-part = entonces…
error-field-plan = plan
error-field-who = con quién
error-field-mood = ánimo
error-field-thought = pensamiento
error-field-kinder-view = mirada más amable
error-field-what-went-well = lo que salió bien
error-field-setback-plan = plan ante otro no
error-field-writing = escritura
error-field-comment = comentario
error-field-how = cómo
error-field-preparation-item = punto de preparación
error-field-reviewer-name = nombre de quien revisa
error-field-review-note = nota de la revisión
error-field-comment-item = elemento comentado
error-field-checklist-key = clave de la lista
error-field-suggestion = sugerencia
error-field-requirement = requisito
error-field-search-change = cambio en la búsqueda
error-field-fun-plan = plan para disfrutar
error-field-mood-note = nota de ánimo
error-field-went-well-note = nota de lo que salió bien
error-field-draft-name = nombre del borrador
error-field-draft = borrador
error-field-checklist-item = punto de la lista
error-field-text = texto
error-items-comments = comentarios
error-items-suggestions = sugerencias
error-items-rejections = rechazos
error-items-feedback = comentarios recibidos
error-items-skills = habilidades
error-items-target-roles = puestos objetivo
error-items-requirements = requisitos
error-items-search-changes = cambios en la búsqueda
error-items-skill-gaps = habilidades por desarrollar
error-items-fun-plans = planes para disfrutar
error-items-mood-check-ins = registros de ánimo
error-items-reframes = pensamientos replanteados
error-items-went-well-notes = notas de lo que salió bien
error-items-writing-sessions = sesiones de escritura
error-items-applications = candidaturas
error-items-checklist-ticks = marcas de la lista
error-items-drafts = borradores
error-items-checklist-items = puntos de la lista
error-items-reviews = revisiones
error-items-other = elementos
error-invalid-too-many = hay demasiados elementos en «{ $what }» ({ $count }, como máximo { $max })
error-invalid-too-long = hay un texto demasiado largo en «{ $what }»
error-invalid-empty = hay un texto vacío en «{ $what }»
error-invalid-out-of-range = hay un nivel o un ánimo fuera del rango de 1 a 5
error-invalid-duplicate-id = el mismo identificador aparece dos veces
error-invalid-date = hay una fecha fuera de los años 1900 a 2200
error-invalid-control = contiene un carácter que no se permite en un texto
error-link-empty = Este enlace no contiene ningún plan. Copia el enlace completo y vuelve a intentarlo.
error-link-not-a-plan-link = Esto no parece un enlace a un plan de Rebound. Comprueba que se copió el enlace completo.
error-link-too-long = Este enlace es mucho más largo que cualquier enlace de plan que crea Rebound, así que no se ha abierto.
error-link-newer = Este enlace se creó con una versión más reciente de Rebound. Recarga la página para actualizar la app y luego vuelve a abrir el enlace.
error-link-unknown-version = Este enlace usa un formato que Rebound no conoce, así que no se ha abierto.
error-link-cut-short = Parece que este enlace está incompleto. Copia el enlace entero (puede ser largo) y vuelve a intentarlo.
error-link-not-base64 = Este enlace tiene caracteres que no corresponden a un enlace de plan. Puede que haya cambiado al copiarlo; cópialo de nuevo desde el mensaje original.
error-link-damaged = Este enlace está dañado, así que no se puede leer el plan que contiene. Pide que te lo envíen de nuevo.
error-link-too-big = Este enlace contiene más de lo que Rebound puede abrir con seguridad, así que no se ha abierto.
error-link-too-deep = Este enlace no tiene la forma de un plan (está anidado a demasiada profundidad), así que no se ha abierto.
error-link-bad-date = Este enlace contiene una fecha que no existe (como el 30 de febrero), así que no se ha abierto.
error-link-not-a-plan = Este enlace no contiene un plan que Rebound pueda leer.
error-link-invalid = Este plan no se puede abrir porque { $reason }.
error-reply-empty = Este enlace no contiene ninguna revisión. Copia el enlace completo y vuelve a intentarlo.
error-reply-not-a-reply-link = Esto no parece un enlace a una revisión de Rebound. Comprueba que se copió el enlace completo.
error-reply-too-long = Este enlace es mucho más largo que cualquier enlace de revisión que crea Rebound, así que no se ha abierto.
error-reply-newer = Esta revisión se creó con una versión más reciente de Rebound. Recarga la página para actualizar la app y luego vuelve a abrir el enlace.
error-reply-unknown-version = Este enlace de revisión usa un formato que Rebound no conoce, así que no se ha abierto.
error-reply-not-base64 = Este enlace tiene caracteres que no corresponden a un enlace de revisión. Puede que haya cambiado al copiarlo; cópialo de nuevo desde el mensaje original.
error-reply-damaged = Este enlace está dañado, así que no se puede leer la revisión que contiene. Pide que te lo envíen de nuevo.
error-reply-too-deep = Este enlace no tiene la forma de una revisión (está anidado a demasiada profundidad), así que no se ha abierto.
error-reply-not-a-review = Este enlace no contiene una revisión que Rebound pueda leer.
error-reply-invalid = Esta revisión no se puede abrir porque { $reason }.
error-backup-empty = Este archivo está vacío. Elige el archivo .json que Rebound guardó como copia de seguridad.
error-backup-too-large = Este archivo es más grande de lo que puede ser una copia de seguridad de Rebound (como máximo { $max } bytes), así que no se ha abierto.
error-backup-cut-short = Parece que este archivo está incompleto. Guarda de nuevo la copia de seguridad e importa el archivo nuevo.
error-backup-not-json = Este archivo no es una copia de seguridad de Rebound. Elige el archivo .json que Rebound guardó como copia de seguridad.
error-backup-too-deep = Este archivo no tiene la forma de una copia de seguridad de Rebound (está anidado a demasiada profundidad).
error-backup-no-version = Este archivo no es una copia de seguridad de Rebound: no indica ninguna versión de formato.
error-backup-newer = Esta copia de seguridad se hizo con una versión más reciente de Rebound. Recarga la página para actualizar la app y luego vuelve a importarla.
error-backup-unknown-version = Esta copia de seguridad usa un formato que Rebound no conoce, así que no se ha abierto.
error-backup-bad-date = Esta copia de seguridad contiene una fecha que no existe (como el 30 de febrero), así que no se ha abierto.
error-backup-not-a-plan = Este archivo no contiene un plan que Rebound pueda leer.
error-backup-invalid = Esta copia de seguridad no se puede importar porque { $reason }.
error-import-nothing-waiting = No hay ningún plan esperando a que lo abras.
error-import-not-kept-aside = No se ha podido guardar aparte tu plan, así que no se ha reemplazado. Motivo: { $reason }.
error-import-too-big = Juntos, los dos planes serían más grandes de lo que Rebound puede guardar ({ $reason }). No se ha cambiado nada.
error-import-no-plan = No se ha podido cambiar tu plan.
error-import-stopped = Rebound ya no guarda nada en esta pestaña: se borró todo lo que tenía guardado.
error-storage-full = el almacenamiento está lleno
error-storage-unavailable = el almacenamiento no está disponible
error-storage-failed = el almacenamiento falló: { $detail }
error-save-headline-unavailable = Este navegador no está dejando guardar a Rebound.
error-save-headline-read-only = Esta pestaña no puede guardar tu plan.
error-save-headline-not-saved = Tus últimos cambios aún no están guardados.
error-save-full = El almacenamiento de este dispositivo está lleno.
error-save-unavailable = Puede que sea una ventana privada o que los datos de los sitios estén desactivados: por ahora tu plan solo existe en esta pestaña.
error-save-not-read-back = El guardado no se ha mantenido: el navegador ha devuelto algo distinto.
error-save-read-only = Una versión más reciente de Rebound guardó tu plan, así que esta versión no lo toca.
error-save-storage = No se ha podido guardar: el navegador ha informado de un error ({ $detail }).
error-save-way-out-full = No se pierde nada mientras esta pestaña siga abierta. Exporta una copia de seguridad para tener una copia ya; el guardado volverá a funcionar por sí solo en cuanto haya espacio.
error-save-way-out-unavailable = Desaparecerá cuando cierres esta pestaña. Exporta una copia de seguridad para conservarlo; puedes volver a abrirla desde Compartir, aquí o en otro dispositivo.
error-save-way-out-not-read-back = No se pierde nada mientras esta pestaña siga abierta. Exporta una copia de seguridad para tener una copia ya; Rebound volverá a intentarlo en un momento.
error-save-way-out-read-only = Lo que cambies aquí no se guarda. Exporta una copia de seguridad para conservarlo y luego recarga la página para tener la versión más reciente.
error-save-way-out-storage = No se pierde nada mientras esta pestaña siga abierta. Exporta una copia de seguridad para tener una copia ya; Rebound volverá a intentarlo con tu próximo cambio.
error-kept-text-gone = El texto guardado ya no está en este dispositivo.
error-kept-text-unreadable = No se ha podido leer el texto guardado ({ $reason }).
error-delete-not-listed = Este navegador no ha dejado que Rebound vea lo que guarda aquí, así que no se ha borrado nada.
error-delete-not-removed = Este navegador no ha dejado que Rebound quite una parte de lo que guarda ({ $key }), así que esa parte sigue en este dispositivo.
error-delete-still-there = Una parte de lo que guarda Rebound ({ $key }) se volvió a escribir justo después de quitarla, así que sigue en este dispositivo.
error-delete-not-checked = Rebound ha quitado lo que guarda, pero este navegador no le ha dejado comprobar que todo haya desaparecido.
error-delete-way-out-unchanged = Tu plan está como estaba. Puedes volver a intentarlo o borrar los datos de este sitio en los ajustes de tu navegador.
error-delete-way-out-partly = Puedes volver a intentarlo (cerrando antes cualquier otra pestaña con Rebound abierto) o borrar los datos de este sitio en los ajustes de tu navegador.
error-reviewing-too-large = las revisiones que estabas escribiendo son más grandes de lo que Rebound puede leer
error-reviewing-newer = las revisiones que estabas escribiendo vienen de una versión más reciente de Rebound
error-reviewing-unreadable = no se han podido leer las revisiones que estabas escribiendo
error-reviewing-invalid = las revisiones que estabas escribiendo no han pasado una comprobación: { $reason }
error-reviewing-storage = no se han podido guardar las revisiones que estás escribiendo: { $reason }
error-reviewing-not-kept-aside = no se han podido leer aquí las revisiones guardadas antes, así que no se escribe nada encima
error-reviewing-not-read-back = las revisiones que estás escribiendo no se han leído igual que se escribieron
error-browser-no-clipboard = Aquí no hay portapapeles.
error-browser-copy-refused = El navegador no ha permitido copiar. Puedes seleccionar el texto y copiarlo tú.
error-browser-no-share-sheet = Aquí no hay menú para compartir.
error-browser-share-cancelled = Se ha cancelado el envío.
error-browser-download-refused = El navegador no ha permitido la descarga.
error-browser-no-document = No hay documento.
error-browser-no-link-element = No hay elemento de enlace.
error-browser-no-file = No se ha elegido ningún archivo.
error-browser-file-unreadable = No se ha podido leer el archivo.
error-browser-not-text = El archivo no es de texto.
