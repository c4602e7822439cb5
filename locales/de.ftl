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
next-job-title-your-weekly-rhythm = Dein Wochenrhythmus
next-job-rhythm-hint = Eine ruhige, gleichmäßige Woche bringt mehr als eine hektische. Verknüpf deine Suche mit einem festen Moment, als Wenn-dann-Plan: „Wenn es Montagmorgen ist, dann lese ich neue Stellenanzeigen und bewerbe mich auf eine.“
next-job-label-if = Wenn…
next-job-placeholder-if = es Montagmorgen ist
next-job-label-then-i = dann…
next-job-placeholder-then = lese ich neue Stellenanzeigen und bewerbe mich auf eine
next-job-save-rhythm = Meinen Rhythmus speichern
next-job-rhythm-saved = Gespeichert.
next-job-this-week = Bewerbungen mit Datum in dieser Woche: { $count }
next-job-title-coming-up = Demnächst
next-job-text-nothing-dated-yet = Noch nichts mit Datum. Trag unten deine nächste Bewerbungsfrist oder dein nächstes Vorstellungsgespräch ein.
next-job-earlier = Zurückliegend
next-job-countdown-unit = { $count ->
    [one] Tag
   *[other] Tage
}
next-job-role-at-company = { $role } bei { $company }
next-job-when = { $date } · { $countdown }
next-job-when-at = { $date } um { $time } · { $countdown }
next-job-remove-application = { $role } bei { $company } entfernen
next-job-title-add-application = Eine Bewerbung oder ein Gespräch eintragen
next-job-label-company = Unternehmen
next-job-label-role = Stelle
next-job-label-what-is-it = Was ist es?
next-job-label-date = Datum
next-job-label-time = Uhrzeit
next-job-hint-optional = Optional
next-job-label-notes = Notizen
next-job-pick-date = Bitte wähl das Datum aus.
next-job-add-to-plan = Zu meinem Plan hinzufügen
next-job-title-preparation-checklist = Checkliste zur Vorbereitung
next-job-checklist-hint = Die Grundlagen und dazu, was sich aus deinem Feedback und deinen Kompetenzlücken ergibt.
next-job-checklist-none-ready = Hak jeden Punkt ab, sobald er bereit ist.
next-job-checklist-ready = { $ready } von { $total } bereit
next-job-remove-prep = Von der Checkliste entfernen: { $item }
next-job-from-feedback = aus dem Feedback
next-job-from-skill-gaps = aus den Kompetenzlücken
next-job-showing-upcoming = { $shown } von { $total } kommenden Terminen angezeigt.
next-job-showing-earlier = { $shown } von { $total } zurückliegenden Terminen angezeigt.
next-job-showing-checklist = { $shown } von { $total } Punkten der Checkliste angezeigt.

## Screen: Overview (src/ui/steps/overview.rs)

lead-overview = Alles an einem Ort: wie weit du gekommen bist, was als Nächstes kommt und jeder Termin deines Plans.
tag-keeps-coming-back = kommt immer wieder
feedback-with-category = { $text } [{ $category }]
role-with-level = { $title } ({ $level })
stage-and-date = {" "}({ $stage }, { $date })
overview-day-one-before = Gerade erst die Absage bekommen? Unter{" "}
overview-day-one-after = {" "}findest du die wenigen Dinge, die heute wirklich zählen, und nichts weiter.
overview-print = Meinen Plan drucken
overview-add-to-calendar = Termine in meinen Kalender übernehmen (.ics)
overview-title-reviews-of-your-plan = Rückmeldungen zu deinem Plan
overview-review-from = Von { $name }
overview-review-suggestions-open = { $count ->
    [one] { $count } Vorschlag zum Ansehen
   *[other] { $count } Vorschläge zum Ansehen
}
overview-review-suggestions-accepted = { $accepted } von { $count ->
    [one] { $count } Vorschlag
   *[other] { $count } Vorschlägen
} angenommen
overview-review-comments-kept = { $count ->
    [one] { $count } Kommentar behalten
   *[other] { $count } Kommentare behalten
}
overview-title-progress = Fortschritt
overview-done = erledigt
overview-date-time = { $date }, { $time }
overview-passed = vorbei
overview-passed-follow-up = Zeit für die Nachfrage
overview-passed-close-loop = Zeit, es ruhen zu lassen
overview-passed-skill-gap = Datum vorbei: verschieb es, wenn du so weit bist
overview-passed-fun = hat es stattgefunden? Erzähl, wie es war
overview-title-due-next = Als Nächstes
overview-text-nothing-waiting = Gerade steht nichts mit Datum an. Trag eine Nachfrage, ein Lernziel oder ein Vorstellungsgespräch ein, dann erscheint es hier.
overview-title-not-the-only-one = Du bist damit nicht allein
overview-several-noes = Die meisten Menschen hören mehrere Absagen, bevor eine Zusage kommt. Jede ist eine Entscheidung über eine einzige Stelle, und dass du es überhaupt bis zum Gespräch geschafft hast, heißt: Deine Bewerbung hat funktioniert.
overview-same-stage = Mehrere deiner Absagen kamen in derselben Phase ({ $stage }). Das ist ein guter Moment, mit einem Menschen darüber zu sprechen: mit einer Karriereberatung, einer Mentorin oder einem Mentor oder jemandem, der mit dir ein Probegespräch führen kann.
overview-title-patterns-in-your-feedback = Muster in deinem Feedback
overview-patterns-hint = Über { $count ->
    [one] { $count } Absage
   *[other] { $count } Absagen
} hinweg. Ein Thema, das wiederkehrt, ist eine Kompetenzlücke oder eine Änderung deiner Suche wert.
overview-pattern-said = : { $points ->
    [one] { $points } Punkt
   *[other] { $points } Punkte
} von { $employers ->
    [one] { $employers } Arbeitgeber
   *[other] { $employers } Arbeitgebern
}
overview-pattern-hunches = : { $count ->
    [one] { $count } eigene Vermutung
   *[other] { $count } eigene Vermutungen
}
overview-pattern-hunches-too = {" "}und { $count ->
    [one] { $count } eigene Vermutung
   *[other] { $count } eigene Vermutungen
}
overview-title-all-dates = Alle Termine
overview-text-no-dates-yet = Noch keine Termine.
overview-title-my-plan-in-brief = Mein Plan in Kürze
overview-brief-in-focus = Die Absage, um die es in diesen Schritten geht:
overview-showing-dates = { $shown } von { $total } Terminen angezeigt.
overview-brief-feedback = Feedback
overview-showing-feedback = { $shown } von { $total } Feedbackpunkten angezeigt.
overview-brief-roles = Zielstellen
overview-showing-roles = { $shown } von { $total } Stellen angezeigt.
overview-brief-search-changes = Änderungen an der Suche
overview-showing-search-changes = { $shown } von { $total } Änderungen an der Suche angezeigt.
overview-brief-skill-gaps = Kompetenzlücken
overview-showing-skill-gaps = { $shown } von { $total } Kompetenzlücken angezeigt.
overview-brief-fun = Etwas Schönes
overview-showing-fun = { $shown } von { $total } schönen Vorhaben angezeigt.
overview-brief-done = (erledigt)
overview-brief-rhythm = Mein Wochenrhythmus
overview-brief-setback = Wenn ich noch eine Absage bekomme

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
