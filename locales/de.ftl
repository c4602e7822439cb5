# Rebound auf Deutsch. Jede Nachricht übersetzt die gleichnamige aus locales/en.ftl; die
# Kommentare dort sagen, wo sie erscheint. Ton: ruhig, freundlich, per du, ohne Schuld
# und ohne Eile.

## The shell: around every screen

skip-to-content = Zum Inhalt springen
nav-label = Plan
nav-my-plan = Mein Plan
nav-share = Teilen
nav-reviewing = Rückmeldungen
nav-about = Über
footer-private = Dein Plan bleibt auf diesem Gerät. Nichts wird irgendwohin gesendet, außer du teilst es.
theme-label = Farben
theme-system = Wie mein Gerät
theme-light = Hell
theme-dark = Dunkel
language-label = Sprache
language-unavailable = { $language } konnte gerade nicht geladen werden. Rebound bleibt in der bisherigen Sprache; versuch es noch einmal, wenn du online bist.
page-title = { $screen } · Rebound

## Getting support now (the support screen, a very low check-in, the footer link)

support-trusted = Erzähl heute jemandem, dem du vertraust, wie es dir geht: einer Freundin, einem Freund, jemandem aus deiner Familie, einer Kollegin oder einem Kollegen, mit denen du gut kannst. Eine kurze Nachricht genügt, etwa „Harter Tag. Können wir reden?“
support-emergency = Wenn du vielleicht nicht sicher bist, ruf jetzt die Notrufnummer deines Landes an.
support-helpline-before = Eine kostenlose, vertrauliche Beratungs- oder Krisenhotline in deinem Land findest du bei{" "}
support-helpline-after = {" "}– dort sind sie nach Ländern geordnet; auch die Suche nach „Krisentelefon“ und dem Namen deines Landes findet sie.
support-doctor = Auch deine Ärztin oder dein Arzt kann helfen, und nicht nur im Notfall.
support-now-title = Einen Tag wie diesen musst du nicht allein tragen.

## The steps: the indicator at the top and the links at the foot of a screen

steps-label = Schritte
steps-done = { $done } von 6 Schritten erledigt
step-of-six = Schritt { $step } von 6
step-link-numbered = Schritt { $step }: { $name }{ $done ->
    [yes] , erledigt
   *[no] {""}
}
step-link = { $name }{ $done ->
    [yes] , erledigt
   *[no] {""}
}
prev-next-label = Vorheriger und nächster Schritt
previous-step = ← { $name }
next-step = Weiter: { $name } →

## Choices: the options of the forms' lists (each list's options, in order)

## Lines the plan says of its items (in lists, the calendar, reviews)

## Long lists, shown a page at a time

## Form widgets shared by every screen

## The mood chart (Stay positive): what a screen reader says of it

## Screens: each screen's title (its heading and the browser tab), then its short name (the step indicator, "Next: …")

screen-start = Was passiert ist
screen-feedback = Das Beste aus Feedback machen
screen-search = Die Suche schärfen
screen-skills = Lücken schließen
screen-fun = Etwas Schönes tun
screen-positive = Zuversichtlich bleiben
screen-next-job = Den nächsten Job im Blick
screen-overview = Mein Plan
screen-share = Teilen und sichern
screen-import = Ein Plan zum Öffnen
screen-about = Über Rebound
screen-today = Für heute
screen-reviewing = Einen Plan kommentieren
screen-review = Eine Rückmeldung zu deinem Plan
screen-support = Möchtest du mit jemandem reden?

short-start = Start
short-feedback = Feedback
short-search = Suche
short-skills = Fähigkeiten
short-fun = Freude
short-positive = Zuversicht
short-next-job = Nächster Job
short-overview = Mein Plan
short-share = Teilen
short-import = Öffnen
short-about = Über
short-today = Heute
short-reviewing = Rückmeldungen
short-review = Rückmeldung
short-support = Hilfe

## Screen: Start (src/ui/steps/start.rs)

lead-start = Das hast du festgehalten. Die Schritte arbeiten jeweils mit einer Absage, der unten markierten; Fähigkeiten, Stellen und Pläne gelten für alle.

## Screen: Feedback (src/ui/steps/feedback.rs)

# Die Feedback-Anfrage an das Unternehmen (in der Sie-Form). Nach der Anrede mit Komma
# beginnt der erste Absatz klein.
feedback-request-greeting = Guten Tag { $name },
feedback-request-greeting-no-name = Guten Tag,
feedback-request-subject = Feedback zu meiner Bewerbung: { $role } bei { $company }
feedback-request-subject-ghosted = Nachfrage zu meiner Bewerbung: { $role } bei { $company }
feedback-request-opening =
    { $stage ->
        [application] vielen Dank, dass Sie mir Ihre Entscheidung zu meiner Bewerbung auf die Stelle als { $role } bei { $company } mitgeteilt haben, und dafür, dass Sie sich die Zeit genommen haben, sie zu prüfen.
        [screening] vielen Dank, dass Sie mir Ihre Entscheidung zur Stelle als { $role } bei { $company } mitgeteilt haben, und für die Zeit, die Sie sich für unser Gespräch genommen haben.
        [interview] vielen Dank, dass Sie mir Ihre Entscheidung zur Stelle als { $role } bei { $company } mitgeteilt haben, und für die Zeit, die Sie und das Team sich für mich genommen haben.
        [assessment] vielen Dank, dass Sie mir Ihre Entscheidung zur Stelle als { $role } bei { $company } mitgeteilt haben, und dafür, dass Sie sich die Zeit genommen haben, meine Arbeit anzusehen.
        [final_round] vielen Dank, dass Sie mir Ihre Entscheidung zur Stelle als { $role } bei { $company } mitgeteilt haben, und für die Zeit, die Sie und das Team sich für mich genommen haben.
        [offer] vielen Dank, dass Sie mir Ihre Entscheidung zur Stelle als { $role } bei { $company } mitgeteilt haben, und für die Zeit, die Sie und das Team sich für mich genommen haben.
       *[other] vielen Dank, dass Sie mir Ihre Entscheidung zur Stelle als { $role } bei { $company } mitgeteilt haben.
    }
feedback-request-opening-ghosted =
    { $stage ->
        [application] ich habe mich auf die Stelle als { $role } bei { $company } beworben und seitdem nichts mehr gehört.
        [screening] ich hatte ein erstes Telefongespräch zur Stelle als { $role } bei { $company } und habe seitdem nichts mehr gehört.
        [interview] ich hatte ein Vorstellungsgespräch für die Stelle als { $role } bei { $company } und habe seitdem nichts mehr gehört.
        [assessment] ich habe die Aufgabe für die Stelle als { $role } bei { $company } bearbeitet und seitdem nichts mehr gehört.
        [final_round] ich hatte mein abschließendes Gespräch für die Stelle als { $role } bei { $company } und habe seitdem nichts mehr gehört.
        [offer] ich war für die Stelle als { $role } bei { $company } bereits in der Angebotsphase und habe seitdem nichts mehr gehört.
       *[other] ich war im Auswahlverfahren für die Stelle als { $role } bei { $company } und habe seitdem nichts mehr gehört.
    } Falls bereits eine Entscheidung gefallen ist, habe ich dafür volles Verständnis.
feedback-request-stronger =
    { $stage ->
        [application] wo mein Lebenslauf und meine Bewerbung hätten überzeugender sein können
        [screening] wo meine Bewerbung und unser Gespräch hätten überzeugender sein können
        [interview] wo mein Vorstellungsgespräch hätte überzeugender sein können
        [assessment] wo meine Aufgabe und meine Bewerbung hätten überzeugender sein können
        [final_round] wo meine Gespräche hätten überzeugender sein können
        [offer] wo ich in der Angebotsphase hätte überzeugender sein können
       *[other] wo meine Bewerbung hätte überzeugender sein können
    }
feedback-request-ask = Ich würde mich sehr über ein paar Worte dazu freuen, { $stronger }. Schon ein oder zwei Punkte würden mir helfen, mich auf die nächste Bewerbung vorzubereiten.
feedback-request-ask-ghosted = Könnten Sie mir sagen, wie der Stand ist? Falls es für mich nicht weitergeht, würden mir ein paar Worte dazu, { $stronger }, sehr helfen, mich auf die nächste Bewerbung vorzubereiten.
feedback-request-keep-in-mind = Ich interessiere mich weiterhin sehr für { $company } und würde mich freuen, wenn Sie mich für ähnliche Stellen im Blick behalten.
feedback-request-closing = Vielen Dank für Ihre Zeit – ich hoffe, dass sich unsere Wege in Zukunft wieder kreuzen.
feedback-request-sign-off =
    Freundliche Grüße
    { $name }
feedback-request-sign-off-no-name = Freundliche Grüße
feedback-request-subject-line = Betreff: { $subject }
feedback-request-language = Sprache der Anfrage
feedback-request-language-hint = Wenn sie eine andere Sprache lesen, kann die Anfrage in dieser Sprache geschrieben werden. Nur die Anfrage ändert sich.
feedback-request-language-unavailable = { $language } konnte gerade nicht geladen werden, deshalb bleibt die Anfrage in der bisherigen Sprache ({ $current }). Versuch es noch einmal, wenn du online bist.
feedback-about-this-no = Zu dieser Absage
feedback-one-thing-for-next-time = Eine Sache fürs nächste Mal:{" "}
feedback-fairness = Wenn du glaubst, dass die Entscheidung mit deinem Alter, einer Behinderung, einer Schwangerschaft, deiner Herkunft oder einem anderen geschützten Merkmal zu tun hatte, kann dir eine Beratungsstelle für Arbeitsrecht in deinem Land kostenlos sagen, wo du stehst.
feedback-later-thought = Ein Gedanke für später
feedback-later-thought-intro = Ein Gedanke für später, wenn es nicht mehr so wehtut:
feedback-later-thought-quote = „Entscheide dich, nicht verletzt zu sein, und du wirst dich nicht verletzt fühlen.“
feedback-later-thought-source = Mark Aurel, Selbstbetrachtungen 4.7 (hier aus der englischen Übersetzung von Gregory Hays übertragen)
feedback-composer-hint = Kurz und höflich wirkt am besten. Die Anfrage nennt die Stelle und das Unternehmen, damit alle, die sie lesen, wissen, um welche Bewerbung es geht. Ändere sie vor dem Senden, wie du magst: Deine Worte bleiben erhalten.
feedback-keep-in-mind = Darum bitten, mich für ähnliche Stellen im Blick zu behalten
feedback-edited = Du hast diese Anfrage geändert; deine Worte bleiben erhalten.{" "}
feedback-use-suggested = Wieder den vorgeschlagenen Text nehmen
feedback-copy-request = Anfrage kopieren
feedback-open-in-email = In der E-Mail-App öffnen
feedback-copied = Kopiert. Füge sie in eine E-Mail oder Nachricht ein.
feedback-copy-failed = Der Browser hat das Kopieren nicht erlaubt. Du kannst den Text markieren und selbst kopieren.
feedback-name-first = Trag zuerst deinen Namen bei „{ $field }“ ein: Die Anfrage wird damit unterschrieben, damit sie wissen, wer fragt.
feedback-sent-on-date = {" "}· gesendet am { $date }
feedback-i-sent-it = Ich habe sie gesendet
feedback-reminder-due =
    { $days ->
        [one] { $days } Arbeitstag ist
       *[other] { $days } Arbeitstage sind
    } vergangen: Zeit für eine freundliche Erinnerung ({ $date }).
feedback-reminder-on =
    Wenn du nichts hörst, schick am { $date } eine freundliche Erinnerung ({ $days ->
        [1] morgen
       *[other] in { $days } Tagen
    }).
feedback-i-sent-the-reminder = Ich habe die Erinnerung gesendet
feedback-let-it-go = Erinnerung gesendet. Wenn bis { $date } nichts kommt, lass die Anfrage los und mach weiter. Dass sie schweigen, hat nichts mit dir zu tun.
feedback-they-answered = Sie haben geantwortet
feedback-no-answer = Keine Antwort
feedback-stop-waiting = Nicht mehr warten
feedback-answered-note = Gut: Trag unten ein, was sie gesagt haben, einen Punkt nach dem anderen.
feedback-done-with-request = Diese Anfrage abschließen
feedback-you-asked = Du hast gefragt, und darauf kam es an. Unten kannst du trotzdem notieren, wie du es selbst erlebt hast.
feedback-start-over = Von vorn beginnen
feedback-add-a-point = Einen Punkt hinzufügen
feedback-add-feedback = Feedback hinzufügen
feedback-about-role-closed = Die Stelle wurde gestrichen oder auf Eis gelegt: eine Entscheidung über ihre Pläne, nicht über dich. Wenn das Gesagte etwas nennt, das du ohnehin aufbauen möchtest, kannst du es unten trotzdem festhalten.
feedback-about-stronger-candidate = Diesmal hat jemand anderes besser gepasst: ihre Entscheidung, kein Fehler von dir, den du beheben müsstest. Wenn das Gesagte etwas nennt, das du ohnehin aufbauen möchtest, kannst du es unten trotzdem festhalten.
feedback-about-culture-fit = Bei der kulturellen Passung geht es darum, wie du und dieses Team zusammenpassen, nicht um eine Fähigkeit, die du aufbauen müsstest. Ändere deine Suche, wenn sie dir zeigt, was zu dir passt, oder frag nach, was gemeint war: Mit einem Beispiel lässt es sich leichter einschätzen.
feedback-about-salary = Auch beim Gehalt geht es um Passung, nicht um eine Fähigkeit. Ändere deine Suche, wenn die Spanne nicht gepasst hat, oder sieh dir vor der nächsten Bewerbung die Gehaltsspannen für diese Stelle an (Stellenanzeigen und Gehaltsstudien zeigen sie).
feedback-became-skill-gap = → Kompetenzlücke: { $skill }
feedback-became-search-change = → Änderung der Suche: { $change }
feedback-make-skill-gap = Als Kompetenzlücke übernehmen
feedback-change-my-search = Meine Suche ändern
feedback-confirm-remove = Diesen Feedback-Punkt entfernen?
feedback-remove = Entfernen
feedback-remove-label = Feedback entfernen: { $text }
request-status-prefix = Stand:{" "}
tag-hunch = Deine Vermutung, noch zu prüfen
tag-outside-your-control = Nicht in deiner Hand
feedback-title-ask-for-feedback = Um Feedback bitten
feedback-label-your-name-for-the = Dein Name (für die Grußformel)
feedback-label-subject = Betreff
feedback-label-your-request = Deine Anfrage
feedback-title-track-your-request = Deine Anfrage im Blick
feedback-label-sent-on = Gesendet am
feedback-hint-leave-empty-for-today = Leer lassen, wenn es heute war.
feedback-title-what-they-said = Was sie gesagt haben
feedback-text-no-feedback-yet-when = Noch kein Feedback. Wenn es kommt, trag jeden Punkt einzeln ein, damit du daran arbeiten kannst. Deine eigene Einschätzung zählt auch: Markiere sie als Vermutung.
feedback-label-what-did-they-say = Was haben sie gesagt?
feedback-label-category = Kategorie
feedback-label-which-stage-was-it = Um welche Phase ging es?
feedback-legend-is-this = Ist das …
feedback-showing = { $shown } von { $total } Punkten angezeigt.

lead-feedback = Eine kurze Absage oder eine Standardabsage ist ein guter Grund, nach mehr zu fragen. Feedback ist Information für deine nächste Bewerbung, kein Urteil über dich.

## Screen: Search (src/ui/steps/search.rs)

lead-search = Manchmal heißt ein Nein nur, dass jemand anderes ein wenig besser gepasst hat. Manchmal ist es ein Hinweis, dass Ebene oder Bereich der Stelle noch nicht passen. Prüf beides, in Ruhe.

## Screen: Skills (src/ui/steps/skills.rs)

lead-skills = Wenn die Stellen, die du möchtest, etwas verlangen, das du noch nicht hast, plane, wie du es bekommst: ein Kurs, ein Abschluss, ein Projekt oder einfach Übung. Jede Lücke, die du schließt, stärkt deine Bewerbung und gibt dir etwas, worüber du sicher sprechen kannst.

## Screen: Fun (src/ui/steps/fun.rs)

lead-fun = Tu gleich nach einem Nein etwas, das dir Freude macht, am besten mit Menschen, die du magst, in den nächsten ein, zwei Tagen. In Programmen über mehrere Wochen hat das Planen angenehmer Dinge das Wohlbefinden gehoben: Das fand eine Übersicht über 20 Studien (siehe Über). Ein Abend ist weniger als das und trotzdem wertvoll.

## Screen: Positive (src/ui/steps/positive.rs)

lead-positive = Gib dir Zeit, dich zu erholen, und wenn du so weit bist, mach reinen Tisch, damit dich das letzte Nein nicht ins nächste Gespräch begleitet. Was du hier notierst, ist privat: Es bleibt auf diesem Gerät, ein geteilter Link lässt es weg, außer du kreuzt es auf der Seite Teilen an, und dein Geschriebenes kommt nie in einen Link.

## Screen: Next job (src/ui/steps/next_job.rs)

lead-next-job = Der einzige Job, der jetzt zählt, ist der nächste. Trag die Termine ein und lass die Checkliste das Gelernte in deine Vorbereitung tragen.

## Screen: Overview (src/ui/steps/overview.rs)

lead-overview = Alles an einem Ort: wie weit du gekommen bist, was als Nächstes kommt und jeder Termin deines Plans.

## Screen: Today (src/ui/steps/today.rs)

lead-today = Du hast aufgeschrieben, was passiert ist, und das ist ein echter erster Schritt. Heute zählen nur ein paar kleine Dinge. Mach eins davon oder keins, und hör auf, wann immer du möchtest.

## Screen: Share (src/ui/steps/share.rs)

lead-share = Schick deinen Plan an eine Mentorin, einen Freund oder dein anderes Gerät, oder behalte eine Sicherungsdatei. Der Plan reist im Link selbst, nach dem #, das Browser nie an die Seite senden, die Rebound ausliefert. Was den Link überbringt (eine Chat-App, eine E-Mail), überbringt alles darin, also schick ihn nur Menschen, denen du vertraust.

## Screen: Import (src/ui/steps/import.rs)

lead-import-none = Hier wartet kein geteilter Plan.
lead-import-refused = Dieser Plan lässt sich nicht öffnen.
lead-import = Schau ihn dir erst in Ruhe an. Nichts wird gespeichert, bevor du unten wählst.

## Screen: About (src/ui/steps/about.rs)

lead-about = Rebound ist ein kleines, kostenloses Werkzeug für die Tage nach einer Absage, gemacht, um ruhig, schnell auf jedem Handy und privat zu sein. Seine Schritte greifen Ideen aus den Studien auf dieser Seite auf, aber Rebound selbst wurde nicht untersucht: Keine Studie hat geprüft, ob die Nutzung hilft.

## Screen: Reviewing (src/ui/steps/reviewing.rs)

lead-reviewing = Rückmeldungen, die du zu den Plänen anderer schreibst. Sie bleiben auf diesem Gerät, getrennt von deinem eigenen Plan, bis du sie abschickst.

## Screen: Review (src/ui/steps/review.rs)

lead-review-none = Hier gibt es keine Rückmeldung zu zeigen.
lead-review-refused = Diese Rückmeldung lässt sich nicht öffnen.

## Screen: Support (src/ui/steps/support.rs)

lead-support = Eine Absage kann hart treffen, und manche Tage wiegen schwerer als andere. Sich an jemanden zu wenden ist eine Art, für sich zu sorgen. Diese Worte sind hier, wann immer du sie brauchst, mit oder ohne Verbindung.

## Boot screen (index.html): shown while the app loads

## Widgets: notices, prompts, saving and the browser (src/ui/widgets, src/ui/app.rs, src/web)

## Core: what the plan and its insights say (src/core: insights, plan, review, dates, steps)

## Errors: what forms, imports and storage say when something is refused (src/core, src/ui/widgets/form.rs, src/ui/state.rs)
