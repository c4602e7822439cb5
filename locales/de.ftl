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

stage-application = Bewerbung
stage-screening = Vorab-Telefonat
stage-interview = Vorstellungsgespräch
stage-assessment = Aufgabe oder Test
stage-final-round = Letzte Runde
stage-offer = Angebotsphase
stage-other = Anderes

channel-email = E-Mail
channel-call = Telefonat
channel-portal = Jobportal
channel-in-person = Persönlich
channel-ghosted = Gar keine Antwort

request-status-not-sent = Noch nicht gesendet
request-status-sent = Gesendet, warte auf Antwort
request-status-answered = Beantwortet
request-status-no-answer = Keine Antwort
request-status-closed = Abgeschlossen

feedback-category-preparation = Vorbereitung
feedback-category-communication = Kommunikation
feedback-category-confidence = Selbstvertrauen
feedback-category-skills-gap = Lücke bei Fähigkeiten oder Erfahrung
feedback-category-motivation = Motivation
feedback-category-culture-fit = Passung zur Unternehmenskultur
feedback-category-salary = Gehalt
feedback-category-stronger-candidate = Jemand anderes passte noch besser
feedback-category-role-closed = Stelle gestrichen oder auf Eis
feedback-category-other = Anderes

certainty-fact = Sie haben es gesagt
certainty-guess = Meine Vermutung

level-entry = Einstieg
level-junior = Junior
level-mid = Mittlere Ebene
level-senior = Senior
level-lead = Teamleitung oder Management
level-head = Bereichsleitung oder Direktion

cause-competition = Starke Konkurrenz
cause-level = Ebene passte nicht
cause-area = Bereich passte nicht
cause-not-sure = Noch unklar

skill-category-technical = Technisch
skill-category-domain = Branchenwissen
skill-category-communication = Kommunikation
skill-category-leadership = Führung
skill-category-interviewing = Vorstellungsgespräche
skill-category-other = Anderes

priority-high = Hoch
priority-medium = Mittel
priority-low = Niedrig

method-course = Kurs
method-qualification = Abschluss
method-project = Projekt
method-practice = Übung

gap-status-not-started = Noch nicht begonnen
gap-status-in-progress = In Arbeit
gap-status-done = Erledigt

app-kind-application = Bewerbungsfrist
app-kind-interview = Vorstellungsgespräch
app-kind-follow-up = Nachfassen

## Lines the plan says of its items (in lists, the calendar, reviews)

calendar-name = Rebound-Plan
action-application = { $kind }: { $role } bei { $company }
suggestion-skill-gap = Eine Lücke zum Schließen: { $skill } ({ $method })
suggestion-skill-gap-how = Eine Lücke zum Schließen: { $skill } ({ $method }). Wie: { $how }
suggestion-role = Eine Zielstelle: { $title } ({ $level })
suggestion-search-change = Eine Änderung an deiner Suche: { $text }
suggestion-prep = Etwas zum Vorbereiten: { $text }

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

core-verdict-big-step = Ein großer Schritt nach oben: Vielleicht passt eine Stelle eine Ebene darunter besser
core-verdict-good = Passt gut
core-verdict-step-up = In Reichweite: ein Schritt nach oben
core-verdict-partial = Passt zum Teil: ein paar Lücken zu schließen
core-verdict-far = Noch weit weg von deinen jetzigen Fähigkeiten
core-stage-ghosted-line = Keine Antwort zu bekommen ist leider häufig. Es sagt mehr über ihren Ablauf als über dich.
core-stage-ghosted-next = Such weiter, während du wartest; eine freundliche Nachfrage genügt.
core-stage-application-line = Ein Nein beim Lebenslauf fällt oft in Sekunden, anhand einer Liste von Muss-Kriterien.
core-stage-application-next = Prüf beim nächsten Mal, ob dein Lebenslauf die drei wichtigsten Anforderungen der Anzeige aufgreift, mit denselben Worten wie dort.
core-stage-screening-line = Ein Vorab-Telefonat prüft kurz die Grundlagen: Gehalt, Termine, die wichtigsten Anforderungen.
core-stage-screening-next = Leg dir eine kurze Antwort zurecht, warum diese Stelle, und was du dir beim Gehalt vorstellst.
core-stage-interview-line = Bis zum Vorstellungsgespräch zu kommen heißt, deine Bewerbung hat gewirkt: Sie wollten dich kennenlernen.
core-stage-interview-next = Übe deine Antworten laut, mit jemandem oder allein; das ist etwas anderes, als sie nur zu denken.
core-stage-final-round-line = In einer letzten Runde ist es oft knapp, und der Unterschied zwischen den Letzten kann klein sein.
core-stage-final-round-next = Wenn du um Feedback bittest, frag, was den Ausschlag gegeben hat: Das ist am hilfreichsten zu wissen.
core-stage-offer-line = Ein Nein in der Angebotsphase hängt meist an den letzten Details: Referenzen, Gehalt, ein Startdatum.
core-stage-offer-next = Kläre, was deine Referenzen sagen werden, und kenne deine Gehaltsspanne vor dem nächsten Angebotsgespräch.
core-stage-other-line = Ein Nein ist ihre Entscheidung über diese Stelle, kein Maßstab für dich.
core-stage-other-next = Notier dir, was du wieder genauso machen würdest, und eine Sache, die du ändern würdest.
core-prep-research = Informier dich über das Unternehmen: was es macht, seine Neuigkeiten, seine Werte
core-prep-stories = Bereite drei kurze Geschichten vor, die deine beste Arbeit zeigen
core-prep-practice = Übe deine Antworten laut, am besten mit jemandem
core-prep-questions = Schreib zwei oder drei Fragen auf, die du ihnen stellen möchtest
core-prep-logistics = Prüf am Vortag Uhrzeit, Ort oder Videolink
core-prep-learning = Sei bereit zu erzählen, was du seit deinem letzten Nein gelernt hast: Zu zeigen, dass du dich weiterentwickelst, macht deine Bewerbung attraktiver
core-prep-learning-named = Sei bereit zu erzählen, was du seit deinem letzten Nein gelernt hast ({ $skills }): Zu zeigen, dass du dich weiterentwickelst, macht deine Bewerbung attraktiver
core-prep-feedback = Arbeite am Feedback von { $company }: { $text }
core-prep-hunch = Prüf deine Vermutung zu { $company }: { $text }
core-prep-gap-plan = { $skill }: { $plan }
core-prep-keep-building = Weiter ausbauen: { $skill }
core-action-follow-up = Schick { $company } eine freundliche Erinnerung wegen des Feedbacks
core-action-close-loop = Noch keine Antwort von { $company }: Zeit, die Anfrage loszulassen
core-action-skill-target = Lernziel: { $skill }
core-fun-with = { $what } mit { $who }
core-small-step-water = trink ein Glas Wasser und geh dann fünf Minuten nach draußen
core-small-step-message = schick jemandem, den du magst, eine Nachricht; es muss nicht um das hier gehen
core-small-step-eat = iss etwas Einfaches und Warmes, weg vom Bildschirm
core-small-step-walk = geh zehn Minuten spazieren, in deinem Tempo
core-small-step-song = leg ein Lied auf, das du liebst, und hör es ganz bis zum Ende
core-small-step-shower = dusch dich und zieh dir etwas Bequemes an
core-countdown-today = heute
core-countdown-tomorrow = morgen
core-countdown-yesterday = gestern
core-countdown-in-days = { $count ->
    [one] in { $count } Tag
   *[other] in { $count } Tagen
}
core-countdown-days-ago = { $count ->
    [one] vor { $count } Tag
   *[other] vor { $count } Tagen
}
core-role-at-company = { $role } bei { $company }
core-if-then = Wenn { $cue }, dann { $action }.
core-evidence-from-feedback = Feedback von { $company }: { $text }
core-search-change-from-feedback = Suche anpassen: { $text }
core-your-reviewer = Deine Vertrauensperson
core-item-role = Stelle: { $title }
core-item-setback-plan = Wenn ich noch ein Nein bekomme: { $plan }
core-held-rejections = { $count ->
    [one] { $count } Absage
   *[other] { $count } Absagen
}
core-held-rejection-messages = { $count ->
    [one] { $count } Absageschreiben
   *[other] { $count } Absageschreiben
}
core-held-contacts = { $count ->
    [one] { $count } Kontakt
   *[other] { $count } Kontakte
}
core-held-feedback-points = { $count ->
    [one] { $count } Feedback-Punkt
   *[other] { $count } Feedback-Punkte
}
core-held-target-roles = { $count ->
    [one] { $count } Zielstelle
   *[other] { $count } Zielstellen
}
core-held-search-changes = { $count ->
    [one] { $count } Änderung an der Suche
   *[other] { $count } Änderungen an der Suche
}
core-held-skill-gaps = { $count ->
    [one] { $count } Kompetenzlücke
   *[other] { $count } Kompetenzlücken
}
core-held-fun-plans = { $count ->
    [one] { $count } geplante schöne Sache
   *[other] { $count } geplante schöne Sachen
}
core-held-mood-check-ins = { $count ->
    [one] { $count } Stimmungseintrag
   *[other] { $count } Stimmungseinträge
}
core-held-reframed-thoughts = { $count ->
    [one] { $count } umgedeuteter Gedanke
   *[other] { $count } umgedeutete Gedanken
}
core-held-went-well = { $count ->
    [one] { $count } Sache, die gut lief
   *[other] { $count } Sachen, die gut liefen
}
core-held-writing-sessions = { $count ->
    [one] { $count } Schreibeinheit
   *[other] { $count } Schreibeinheiten
}
core-held-applications = { $count ->
    [one] { $count } Bewerbung oder Gespräch
   *[other] { $count } Bewerbungen und Gespräche
}

## Errors: what forms, imports and storage say when something is refused (src/core, src/ui/widgets/form.rs, src/ui/state.rs)
