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

tag-no-answer = Keine Antwort
start-title-your-rejections = Deine Absagen
start-title-add-another-rejection = Weitere Absage hinzufügen
start-legend-how-did-it-come = Wie kam sie?
start-label-stage-reached = Erreichte Phase
start-label-contact-name = Name der Kontaktperson
start-hint-the-recruiter-or-interviewer = Die Person aus dem Recruiting oder dem Gespräch, für deine Bitte um Feedback. Bleibt aus geteilten Links draußen, außer du wählst es anders.
start-label-contact-email = E-Mail der Kontaktperson
start-label-their-message = Die Nachricht der Firma
start-hint-private-it-stays-on = Privat: Bleibt auf diesem Gerät und aus geteilten Links draußen, außer du wählst es anders.
start-add-another = Weitere Absage hinzufügen
start-cancel = Abbrechen
start-remove-confirm = „{ $title }“ mit dem Feedback dazu entfernen? Lücken und Änderungen an der Suche, die daraus entstanden sind, bleiben.
start-last-heard = Zuletzt von ihnen gehört: { $date }
start-date-channel = { $date } · { $channel }
start-feedback-count = { $count ->
    [one] { $count } Feedback-Punkt
   *[other] { $count } Feedback-Punkte
}
start-in-focus = Die Schritte gelten dieser
start-work-on-this = An dieser arbeiten
start-edit = Bearbeiten
start-remove = Entfernen
start-date-error = Gib das Datum bitte vollständig ein.
start-date-of-no = Datum der Absage
start-date-last-heard = Wann du zuletzt von ihnen gehört hast
start-contact-more = Kontakt und Nachricht (optional)
start-save-changes = Änderungen speichern
start-save-and-start = Speichern und meinen Plan beginnen
start-add-this = Diese Absage hinzufügen
lead-start = Das hast du festgehalten. Die Schritte arbeiten jeweils mit einer Absage, der unten markierten; Fähigkeiten, Stellen und Pläne gelten für alle.

## Screen: Feedback (src/ui/steps/feedback.rs)

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

today-title-ask-for-feedback = Um Feedback bitten
today-label-your-name-for-the = Dein Name (für den Gruß am Ende)
today-title-plan-one-good-thing = Etwas Schönes planen
today-write-before = Oder, wenn Worte mehr helfen als Zahlen:{" "}
today-write-link = schreib es dir von der Seele
today-write-after = , ganz für dich, unter „Zuversichtlich bleiben“.
today-request-ready = Eine kurze, freundliche Anfrage an { $company } ist fertig, geschrieben aus dem, was du festgehalten hast. Schick sie in den nächsten ein, zwei Tagen; heute nur, wenn dir danach ist.
today-copy = Anfrage kopieren
today-open-email = In der E-Mail-App öffnen
today-copied = Kopiert. Füg sie in eine E-Mail oder Nachricht ein und komm dann zurück, um sie als gesendet zu markieren.
today-sent = Ich habe sie gesendet
today-read-first = Anfrage erst lesen oder ändern
today-request-sent = Anfrage { $when } gesendet. Wenn du nichts hörst, schlägt Rebound dir am { $date } eine einzige freundliche Erinnerung vor.
today-asked-before = Du hast um Feedback gebeten.{" "}
today-asked-link = Sieh nach, wie es steht
today-planned = Geplant: { $what }, { $when } um { $time }. Viel Freude dabei.
today-fun-hint = Etwas, das dir Freude macht, in den nächsten ein, zwei Tagen: ein Spaziergang, ein Essen mit einem lieben Menschen, ein Film. Tipp eine Idee an und plane sie dann.
today-enough-title = Genug für heute
today-enough-close = Du kannst Rebound jetzt schließen. Alles ist auf diesem Gerät gespeichert.
today-useful-again = Rebound ist { $when } ({ $date }) wieder nützlich: { $what }.
today-useful-again-fun = Rebound ist { $when } ({ $date }) wieder nützlich: { $what }, und danach ein Moment, um festzuhalten, wie es war.
today-nothing-dated = Noch hat nichts ein Datum. Sobald du die Anfrage sendest, rechnet Rebound aus, wann eine Erinnerung fällig wäre.
today-other-steps-before = Die anderen Schritte (deine Suche, deine Fähigkeiten) helfen am meisten, wenn das Feedback da ist; du musst sie also heute nicht beginnen. Wenn du so weit bist:{" "}
today-other-steps-link = mein Plan
today-other-steps-after = .
lead-today = Du hast aufgeschrieben, was passiert ist, und das ist ein echter erster Schritt. Heute zählen nur ein paar kleine Dinge. Mach eins davon oder keins, und hör auf, wann immer du möchtest.

## Screen: Share (src/ui/steps/share.rs)

lead-share = Schick deinen Plan an eine Mentorin, einen Freund oder dein anderes Gerät, oder behalte eine Sicherungsdatei. Der Plan reist im Link selbst, nach dem #, das Browser nie an die Seite senden, die Rebound ausliefert. Was den Link überbringt (eine Chat-App, eine E-Mail), überbringt alles darin, also schick ihn nur Menschen, denen du vertraust.

## Screen: Import (src/ui/steps/import.rs)

import-title-target-roles = Zielstellen
import-title-search-changes = Änderungen an der Suche
import-title-skill-gaps = Lücken
import-title-something-fun = Etwas Schönes
import-title-applications-and-interviews = Bewerbungen und Gespräche
import-title-reframed-thoughts = Gedanken, neu betrachtet
import-go-to-plan = Zu meinem Plan
import-not-changed = Dein eigener Plan wurde nicht verändert.
import-nothing-imported = Es wurde nichts übernommen.
import-from-link = { $name } hat einen Plan mit dir geteilt
import-from-file = { $name } hat diesen Plan in einer Sicherungsdatei gespeichert
import-from-link-unnamed = Jemand hat einen Plan mit dir geteilt
import-from-file-unnamed = Jemand hat diesen Plan in einer Sicherungsdatei gespeichert
import-empty = Er ist leer.
import-holds = Er enthält:
import-choice-title = Was möchtest du tun?
import-open = Diesen Plan öffnen
import-not-now = Jetzt nicht
import-have-plan = Du hast schon einen Plan auf diesem Gerät.
import-replace = Meinen Plan ersetzen
import-replace-hint = Dein jetziger Plan wird beiseitegelegt und lässt sich unter „Teilen“ wiederherstellen.
import-keep-mine = Meinen behalten
import-keep-mine-hint = Nichts ändert sich.
import-keep-both = Beide behalten
import-keep-both-hint = Die geteilten Einträge kommen zu deinen eigenen dazu.
import-review = Diesen Plan kommentieren
import-review-hint = Kommentiere ihn, mach Vorschläge und schick deine Rückmeldung dann als Link zurück. Dein eigener Plan bleibt unberührt.
import-review-old = Dieser Link stammt aus einer älteren Version von Rebound, daher fände eine Rückmeldung nicht zurück. Bitte um einen neuen Link, um ihn zu kommentieren.
import-preview-title = Der Plan, nur zum Lesen
import-rejections = Absagen
import-stage-date = {" "}· { $stage } · { $date }
import-gap-plan = { $skill }: { $plan }
import-application = { $role } bei { $company } · { $date }
import-reframe = { $thought } → { $kinder }
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

support-title-getting-support-now = Jetzt Unterstützung finden
support-cannot-contact = Rebound behält alles auf diesem Gerät und kann niemanden für dich kontaktieren.
lead-support = Eine Absage kann hart treffen, und manche Tage wiegen schwerer als andere. Sich an jemanden zu wenden ist eine Art, für sich zu sorgen. Diese Worte sind hier, wann immer du sie brauchst, mit oder ohne Verbindung.

## Boot screen (index.html): shown while the app loads

boot-page-title = Rebound: wieder aufstehen nach einer Absage
boot-nav-label = Plan
boot-nav-my-plan = Mein Plan
boot-nav-share = Teilen
boot-nav-about = Über
boot-steps-label = Schritte
boot-step-start = Start
boot-step-feedback = Feedback
boot-step-feedback-link = Schritt 1: Feedback
boot-step-search = Suche
boot-step-search-link = Schritt 2: Suche
boot-step-skills = Fähigkeiten
boot-step-skills-link = Schritt 3: Fähigkeiten
boot-step-fun = Freude
boot-step-fun-link = Schritt 4: Freude
boot-step-positive = Zuversicht
boot-step-positive-link = Schritt 5: Zuversicht
boot-step-next-job = Nächster Job
boot-step-next-job-link = Schritt 6: Nächster Job
boot-step-my-plan = Mein Plan
boot-welcome-title = Ein ruhiger Plan nach dem „Nein“ auf eine Bewerbung
boot-welcome-lead = Eine Absage tut weh, und sie sagt weniger über dich, als es sich heute anfühlt. Rebound begleitet dich durch sechs kleine Schritte: mitnehmen, was du daraus lernen kannst, gut für dich sorgen und dich auf das Nächste vorbereiten.
boot-welcome-feedback = Das Beste aus Feedback machen
boot-welcome-search = Die Suche schärfen
boot-welcome-skills = Lücken schließen
boot-welcome-fun = Etwas Schönes tun
boot-welcome-positive = Zuversichtlich bleiben
boot-welcome-next-job = Den nächsten Job im Blick
boot-welcome-privacy = Kein Konto, nichts zu installieren. Was du schreibst, bleibt auf diesem Gerät, außer du entscheidest dich, es zu teilen.
boot-what-happened = Was ist passiert?
boot-what-hint = Ein paar Angaben genügen. Du kannst sie später ändern.
boot-company = Firma
boot-role = Stelle
boot-opening = Dein Plan wird geöffnet…

## Widgets: notices, prompts, saving and the browser (src/ui/widgets, src/ui/app.rs, src/web)

## Core: what the plan and its insights say (src/core: insights, plan, review, dates, steps)

## Errors: what forms, imports and storage say when something is refused (src/core, src/ui/widgets/form.rs, src/ui/state.rs)
