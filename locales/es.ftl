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
widget-waits-for-feedback = Este paso funciona mejor cuando ya tienes la respuesta. Si aún no ha llegado, no hace falta empezar por aquí: seguirá aquí cuando llegue.
widget-remove = Quitar
widget-remove-confirm = ¿Quitar esto?
widget-keep-date = Sí, mantener esta fecha
widget-suggested-by = Sugerencia de { $who }
widget-review-comments = Comentarios de las revisiones
widget-review-comment = { $who }: { $text }
widget-imported-nothing = Tu plan sigue como estaba. No se ha importado nada.
widget-imported-opened = Plan abierto.
widget-imported-kept-aside = Plan abierto. Tu plan anterior se guarda aparte: puedes recuperarlo desde Compartir.
widget-imported-beside = Los elementos compartidos se han añadido junto a los tuyos.

## Core: what the plan and its insights say (src/core: insights, plan, review, dates, steps)

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
error-field-feedback = respuesta
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
error-field-what-went-well = lo que fue bien
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
error-field-fun-plan = plan agradable
error-field-mood-note = nota de ánimo
error-field-went-well-note = nota de lo que fue bien
error-field-draft-name = nombre del borrador
error-field-draft = borrador
error-field-checklist-item = punto de la lista
error-field-text = texto
error-items-comments = comentarios
error-items-suggestions = sugerencias
error-items-rejections = rechazos
error-items-feedback = puntos de respuesta
error-items-skills = habilidades
error-items-target-roles = puestos objetivo
error-items-requirements = requisitos
error-items-search-changes = cambios en la búsqueda
error-items-skill-gaps = carencias de habilidades
error-items-fun-plans = planes agradables
error-items-mood-check-ins = registros de ánimo
error-items-reframes = pensamientos replanteados
error-items-went-well-notes = notas de lo que fue bien
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
