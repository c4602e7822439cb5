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
language-with-new-version = { $language } braucht die neue Version von Rebound. Lade die Seite neu, um es zu nutzen; was du geschrieben hast, bleibt erhalten.
page-title = { $screen } · Rebound

## Getting support now (the support screen, a very low check-in, the footer link)

support-trusted = Erzähl heute jemandem, dem du vertraust, wie es dir geht: einer Freundin oder einem Freund, jemandem aus deiner Familie oder jemandem von der Arbeit, mit dem du dich gut verstehst. Eine kurze Nachricht genügt, etwa „Harter Tag. Können wir reden?“
support-emergency = Wenn du vielleicht nicht in Sicherheit bist, ruf jetzt die örtliche Notrufnummer an.
support-helpline-before = Ein kostenloses, vertrauliches Krisentelefon in deinem Land findest du auf{" "}
support-helpline-after = {" "}– dort sind die Angebote nach Ländern geordnet. Du findest sie auch, wenn du nach „Krisentelefon“ und dem Namen deines Landes suchst.
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

show-more = { $count } weitere anzeigen
show-fewer = Weniger anzeigen

## Form widgets shared by every screen

scale-option = { $n } · { $word }
mood-very-low = Sehr schlecht
mood-low = Eher schlecht
mood-okay = Geht so
mood-good = Gut
mood-great = Sehr gut
skill-level-beginner = Einstieg
skill-level-basic = Grundlagen
skill-level-working = Solide
skill-level-strong = Fortgeschritten
skill-level-expert = Expertise

## The mood chart (Stay positive): what a screen reader says of it

mood-chart-summary = Stimmung in { $count } Einträgen, von „{ $first }“ am { $first_date } bis „{ $last }“ am { $last_date }
mood-chart-one = Ein Eintrag: „{ $mood }“ am { $date }
mood-chart-none = Noch keine Stimmungseinträge
mood-chart-dot = { $date }: { $mood }

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
start-in-focus = Um diese geht es in den Schritten
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
feedback-request-keep-in-mind = Ich interessiere mich weiterhin sehr für { $company } und würde mich freuen, wenn Sie mich für ähnliche Stellen im Blick behalten würden.
feedback-request-closing = Vielen Dank für Ihre Zeit – ich hoffe, dass sich unsere Wege in Zukunft wieder kreuzen.
feedback-request-sign-off =
    Freundliche Grüße
    { $name }
feedback-request-sign-off-no-name = Freundliche Grüße
feedback-request-subject-line = Betreff: { $subject }
feedback-request-language = Sprache der Anfrage
feedback-request-language-hint = Wenn sie eine andere Sprache lesen, kann die Anfrage in dieser Sprache geschrieben werden. Nur die Anfrage ändert sich.
feedback-request-language-unavailable = { $language } konnte gerade nicht geladen werden, deshalb bleibt die Anfrage in der bisherigen Sprache ({ $current }). Versuch es noch einmal, wenn du online bist.
feedback-request-language-with-new-version = { $language } braucht die neue Version von Rebound. Lade die Seite neu, um die Anfrage darin zu schreiben; was du geschrieben hast, bleibt erhalten. Bis dahin bleibt die Anfrage in der bisherigen Sprache ({ $current }).
feedback-about-this-no = Zu dieser Absage
feedback-one-thing-for-next-time = Eine Sache fürs nächste Mal:{" "}
feedback-fairness = Wenn du glaubst, dass die Entscheidung mit deinem Alter, einer Behinderung, einer Schwangerschaft, deiner Herkunft oder einem anderen geschützten Merkmal zu tun hatte, kann dir eine Beratungsstelle für Arbeitsrecht in deinem Land kostenlos sagen, wie du rechtlich dastehst.
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
feedback-about-culture-fit = Bei der kulturellen Passung geht es darum, wie du und dieses Team zusammenpassen, nicht um eine Fähigkeit, die du aufbauen müsstest. Ändere deine Suche, wenn dir das zeigt, was zu dir passt, oder frag nach, was gemeint war: Mit einem Beispiel lässt es sich leichter einschätzen.
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

search-idea-lower-level = Mich auch auf Stellen eine Ebene tiefer bewerben
search-idea-wider-area = Den Bereich erweitern, in dem ich suche
search-idea-must-haves = Mich nur dort bewerben, wo ich die meisten Muss-Kriterien erfülle
search-idea-cv-look-over = Jemanden aus der Branche bitten, auf meinen Lebenslauf zu schauen
search-idea-tailor-cv = Meinen Lebenslauf an die drei wichtigsten Anforderungen jeder Stelle anpassen
search-ideas = Ideen:
search-add-change = Änderung hinzufügen
search-thinking-about = Es geht um { $rejection }.
search-cause-competition-advice = Dann bleib hier dran. Starke Konkurrenz heißt, dass du im richtigen Rennen warst.
search-cause-level-advice = Schau dir Stellen an, deren Ebene näher an deiner Erfahrung liegt, oder bau zuerst auf, was noch fehlt.
search-cause-area-advice = Schau, wo deine Stärken am meisten geschätzt werden, und pass den Bereich an, in dem du suchst.
search-cause-not-sure-advice = Das ist in Ordnung. Feedback, falls es kommt, verrät dir vielleicht mehr.
search-save-skills = Meine Fähigkeiten speichern
search-skills-saved = Gespeichert. Der Abgleich unten ist auf dem neuesten Stand.
search-add-role-title = Eine Zielstelle hinzufügen
search-add-role = Stelle hinzufügen
search-confirm-remove-role = Diese Zielstelle entfernen?
search-remove = Entfernen
search-remove-role-label = Zielstelle { $role } entfernen
search-remove-change-label = Änderung entfernen: { $change }
search-level-unknown = Speichere oben deine Ebene, um zu vergleichen.
search-level-below = Unter deiner Ebene: Du könntest höher zielen.
search-level-fits = Passt zu deiner Ebene.
search-level-stretch = Einen Schritt über deiner Ebene.
search-level-big-stretch = Zwei oder mehr Schritte über deiner Ebene.
search-match-detail = {" "}· { $percent ->
    [0] noch keine der genannten Fähigkeiten
   *[other] { $percent } % der genannten Fähigkeiten
} · { $level }
search-you-have = Das hast du schon: { $skills }
search-list-separator = {", "}
search-to-build = Noch aufzubauen:
search-chip-planned = { $skill } ✓ geplant
search-chip-add-gap = + { $skill } als Lücke
search-gap-evidence = Gefragt in Stellen als { $role }
search-from-feedback = Aus dem Feedback von { $company }
lead-search = Manchmal heißt ein Nein nur, dass jemand anderes ein wenig besser gepasst hat. Manchmal ist es ein Hinweis, dass Ebene oder Bereich der Stelle noch nicht passen. Prüf beides, in Ruhe.
search-title-what-was-it-about = Woran lag es?
search-legend-mostly = Vor allem…
search-label-why-do-you-think = Warum glaubst du das?
search-title-your-skills-and-experience = Deine Fähigkeiten und Erfahrung
search-label-your-skills = Deine Fähigkeiten
search-hint-your-skills = Trenne sie mit Kommas, z. B. SQL, Figma, Verhandeln.
search-label-your-level = Die Ebene, die deine Erfahrung trägt
search-title-target-roles = Zielstellen
search-label-role-title = Stellenbezeichnung
search-label-area = Bereich
search-hint-industry-or-field = Branche oder Fachgebiet
search-label-level = Ebene
search-label-skills-it-asks-for = Geforderte Fähigkeiten
search-hint-role-skills = Trenne sie mit Kommas.
search-title-changes-to-my-search = Änderungen an meiner Suche
search-label-another-change = Noch eine Änderung
search-empty-roles = Füge die Art von Stelle hinzu, die du anstrebst, mit den Fähigkeiten, die solche Anzeigen verlangen. Rebound prüft, wie gut sie zu dir passt.
search-empty-changes = Notiere ein oder zwei konkrete Änderungen. Punkte aus dem Feedback kommen mit einem Tipp aus Schritt 1 hierher.

## Screen: Skills (src/ui/steps/skills.rs)

skills-glance-gaps = {" "}{ $count ->
    [one] Lücke
   *[other] Lücken
}
skills-glance-done = {" "}{ $count ->
   *[other] erledigt
}
skills-glance-past-date = {" "}{ $count ->
    [one] hat ihr Datum hinter sich
   *[other] haben ihr Datum hinter sich
}
skills-progress-overall-label = Fortschritt bei deinen Lücken insgesamt
skills-progress-overall = Insgesamt { $percent } % des Weges geschafft
skills-closed = Geschlossen. Das ist eine Sache mehr, über die du im nächsten Gespräch sicher sprechen kannst, und ein Beweis, dass du weiter lernst.
skills-progress-label = Fortschritt bei { $skill }
skills-by-date = {" "}· bis { $date } ({ $countdown })
skills-cost = {" "}· Kosten { $cost }
skills-why = Warum: { $evidence }
skills-from-feedback = Aus dem Feedback von { $company }
skills-status-of = Status von { $skill }
skills-edit = Bearbeiten
skills-remove = Entfernen
skills-remove-label = Lücke { $skill } entfernen
skills-confirm-remove = Die Lücke „{ $skill }“ entfernen?
skills-if-then-legend = Nächster Schritt als Wenn-dann-Plan
skills-if-then-hint = Verknüpfe den Schritt mit einem Moment: „Wenn Samstagmorgen ist, dann mache ich ein Modul.“ So gefasste Pläne helfen Menschen, nach ihren Zielen zu handeln (Gollwitzer & Sheeran, 2006; siehe „Über“).
skills-cost-not-whole = Bitte gib die Kosten als ganze Zahl ein.
skills-submit-save = Lücke speichern
skills-submit-add = Lücke hinzufügen
skills-cancel = Abbrechen
lead-skills = Wenn die Stellen, die du möchtest, etwas verlangen, das du noch nicht hast, plane, wie du es bekommst: ein Kurs, ein Abschluss, ein Projekt oder einfach Übung. Jede Lücke, die du schließt, stärkt deine Bewerbung und gibt dir etwas, worüber du sicher sprechen kannst.
tag-priority = Priorität: { $priority }
tag-date-passed = Datum vorbei: Verschieb es, wenn du so weit bist
skills-title-at-a-glance = Auf einen Blick
skills-empty = Noch keine Lücken. Füge unten eine hinzu, oder mach mit einem Tipp einen Punkt aus dem Feedback oder eine fehlende Fähigkeit einer Stelle zu einer.
skills-title-your-skill-gaps = Deine Lücken
skills-label-skill = Fähigkeit
skills-label-if = Wenn…
skills-placeholder-it-is-saturday-morning = Samstagmorgen ist
skills-label-then-i = dann…
skills-placeholder-do-one-module = mache ich ein Modul
skills-label-skill-category = Art der Fähigkeit
skills-label-priority = Priorität
skills-label-what-showed-this-gap = Was hat diese Lücke gezeigt?
skills-hint-what-showed-gap = Das Feedback oder die Stelle, die darauf hingewiesen hat.
skills-legend-current-level = Aktuelles Niveau
skills-legend-target-level = Zielniveau
skills-label-how-to-close-it = Wie du sie schließt
skills-label-cost = Kosten
skills-hint-optional-in-your-currency = Optional, in deiner Währung
skills-label-target-date = Zieldatum
skills-showing = { $shown } von { $total } Lücken werden gezeigt.
skills-edit-gap = Lücke bearbeiten
skills-add-gap = Eine Lücke hinzufügen
skills-level-line = Niveau { $current } → { $target } ({ $word })

## Screen: Fun (src/ui/steps/fun.rs)

lead-fun = Tu gleich nach einem Nein etwas, das dir Freude macht, am besten mit Menschen, die du magst, in den nächsten ein, zwei Tagen. In Programmen über mehrere Wochen hat das Planen angenehmer Dinge das Wohlbefinden gehoben: Das fand eine Übersicht über 20 Studien (siehe „Über“). Ein Abend ist weniger als das und trotzdem wertvoll.
fun-title-planned = Geplant
fun-empty = Noch nichts geplant. Such dir eine kleine, schöne Sache für die nächsten zwei Tage aus.
fun-title-plan = Etwas Schönes planen
fun-ideas = Ideen, die meisten kostenlos. Tipp eine an und mach sie zu deiner:
fun-idea-walk = Ein Spaziergang mit Freunden
fun-idea-call = Jemanden anrufen, den du magst
fun-idea-good-at = Etwas, das du gut kannst
fun-idea-matters = Etwas, das dir wichtig ist
fun-idea-cook = Dein Lieblingsessen kochen
fun-idea-game-night = Ein Spieleabend
fun-idea-film = Ein Film oder ein Konzert
fun-label-what = Was hast du vor?
fun-label-with-whom = Mit wem
fun-hint-optional = Optional
fun-label-when = Wann
fun-legend-mood-before = Wie fühlst du dich gerade?
fun-plan-it = Einplanen
fun-pick-time = Bitte wähl einen Tag und eine Uhrzeit.
at-time = { $hour ->
   *[other] um
} { $time }
fun-when = { $date } { $at } ({ $countdown })
tag-done = Erledigt
fun-mood-before-after = Stimmung vorher: { $before } · nachher: { $after }
fun-mood-before = Stimmung vorher: { $before }
fun-mood-after = Stimmung nachher: { $after }
fun-done-note = Notiert. Diese Woche ist etwas Schönes passiert, und das zählt.
fun-legend-mood-after = Wie fühlst du dich jetzt?
fun-save-done = Speichern und als erledigt markieren
fun-cancel = Abbrechen
fun-label-new-time = Ein neuer Zeitpunkt
fun-save-time = Neuen Zeitpunkt speichern
fun-did-it-happen = Hat es stattgefunden? Wenn ja, erzähl, wie es war.
fun-it-happened = Hat stattgefunden
fun-it-happened-named = Hat stattgefunden: { $title }
fun-not-yet = Noch nicht: anderen Zeitpunkt wählen
fun-let-go = Loslassen
fun-let-go-confirm = Diesen Plan loslassen?
fun-mark-done = Als erledigt markieren
fun-mark-done-named = Als erledigt markieren: { $title }
fun-move = Verschieben
fun-remove = Entfernen
fun-remove-confirm = Diesen Plan entfernen?

## Screen: Positive (src/ui/steps/positive.rs)

lead-positive = Gib dir Zeit, dich zu erholen, und wenn du so weit bist, zieh einen Schlussstrich, damit dich das letzte Nein nicht ins nächste Gespräch begleitet. Was du hier notierst, ist privat: Es bleibt auf diesem Gerät, ein geteilter Link lässt es weg, außer du kreuzt es auf der Seite Teilen an, und dein Geschriebenes kommt nie in einen Link.
positive-title-check-in = Wie geht es dir heute?
positive-legend-mood = Deine Stimmung heute
positive-pick-mood = Wähl aus, wie du dich fühlst, von 1 bis 5.
positive-label-mood-note = Ein paar Worte dazu (optional)
positive-check-in = Eintragen
positive-checked-in-low = Für heute eingetragen. Danke, dass du sagst, wie es wirklich ist.
positive-checked-in = Für heute eingetragen. Danke, dass du auf dein Gefühl achtest.
positive-small-step-title = Eine kleine Sache für heute:{" "}
positive-small-step = { $step }. Das reicht schon.
positive-empty-check-ins = Trag einmal am Tag ein, wie es dir geht; nach ein paar Tagen siehst du, wie sich deine Stimmung bewegt.
positive-check-ins = Deine Einträge
positive-check-in-line = { $date }: { $mood } · { $word }
positive-remove-check-in = Eintrag vom { $date } entfernen
positive-low-days-title = Du hattest in den letzten zwei Wochen mehrere Tage, an denen es dir nicht gut ging.
positive-low-days-talk = Darüber lohnt es sich zu sprechen, mit deiner Ärztin oder deinem Arzt oder mit jemandem, dem du vertraust. Du musst nicht erst am Ende deiner Kräfte sein, um dir Unterstützung zu holen: Eine Absage kann schwerer wiegen, als es scheint.
positive-low-days-helpline-before = Wenn du einmal das Gefühl hast, nicht in Sicherheit zu sein, ruf sofort die örtliche Notrufnummer an. Ein kostenloses, vertrauliches Krisentelefon in deinem Land findest du auf{" "}
positive-low-days-helpline-after = .
positive-title-write-it-out = Schreib es dir von der Seele
positive-writing-how = Schreib frei über dieses Nein: was passiert ist, wie es sich anfühlt und was es im Rest deines Lebens berührt. Rechtschreibung und Reihenfolge sind egal.
positive-writing-private = Es bleibt in diesem Browser auf diesem Gerät; wer diesen Browser hier benutzt, könnte es also öffnen. Es kommt nie in einen geteilten Link; eine Sicherungsdatei bewahrt es auf, für dich.
positive-writing-low = Direkt nach dem Schreiben etwas niedergeschlagen zu sein, ist häufig, und es geht vorbei. Du kannst jederzeit aufhören oder das Thema wechseln.
positive-writing-study = Die Übung lehnt sich an eine Studie an, in der Menschen, die ihre Arbeit verloren hatten, 20 Minuten am Tag so geschrieben haben (Spera, Buhrfeind & Pennebaker, 1994; siehe „Über“).
positive-writing-none = Geschrieben wird über ein Nein nach dem anderen: Halte zuerst auf der Startseite fest, was passiert ist.
positive-writing-about = Zur Absage: { $title }
positive-writing-session = Heute ist Einheit { $session } von höchstens { $sessions }, jede an einem anderen Tag. Es gibt keine Punkte und keine Serie: Ein Tag, den du auslässt, ist einfach ein freier Tag.
positive-label-writing = Was du heute schreibst
positive-earlier-sessions = Frühere Einheiten
positive-earlier-session-unlinked = { $date } (geschrieben, bevor Rebound das Geschriebene für jedes Nein getrennt aufbewahrt hat)
positive-remove-writing = Geschriebenes vom { $date } entfernen
positive-timer = Ein sanfter Timer, falls er hilft (optional):
positive-timer-minutes = { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
}
positive-timer-done = Die Zeit ist um. Bring deinen Gedanken zu Ende und hör auf, wann immer du so weit bist.
positive-timer-close = Timer schließen
positive-timer-left = { $minutes ->
    [one] Noch etwa { $minutes } Minute
   *[other] Noch etwa { $minutes } Minuten
}
positive-timer-stop = Timer anhalten
positive-title-reframe = Einen Gedanken neu sehen
positive-reframe-how = Schreib den harten Gedanken so auf, wie er kommt, und antworte ihm dann, wie es ein guter Freund oder eine gute Freundin tun würde: freundlich und fair gegenüber den Tatsachen.
positive-label-thought = Der Gedanke
positive-placeholder-thought = So einen Job bekomme ich nie
positive-label-kinder = Ein freundlicherer, ausgewogener Blick
positive-placeholder-kinder = Ich war in der letzten Runde, also bin ich nah dran
positive-save-reframe = Neuen Blick speichern
positive-reframe-kinder = → { $kinder }
positive-remove-reframe = Gedanken entfernen: { $thought }
positive-title-went-well = Was gut gelaufen ist
positive-went-well-how = Auch in einem Verfahren, das mit einem Nein endete, ist manches gut gelaufen. Halte es fest: Das gehört dir.
positive-label-went-well = Etwas, das gut gelaufen ist
positive-add = Hinzufügen
positive-went-well-day = { $date }
positive-remove-went-well = Entfernen: { $text }
positive-title-setback = Wenn ich wieder ein Nein bekomme …
positive-setback-how = Überleg dir jetzt, solange du ruhig bist, was du beim nächsten Mal tun möchtest. Im Programm JOBS II hatten Arbeitsuchende, die den Umgang mit Rückschlägen geübt hatten und später eine neue Stelle verloren, weniger Anzeichen von Depression als andere (siehe „Über“). Rebound greift diese Idee auf; den Plan schreibst du für dich allein.
positive-label-setback = Wenn ich wieder ein Nein bekomme, dann werde ich …
positive-placeholder-setback = spazieren gehen, jemanden anrufen, den ich mag, und am nächsten Morgen in meinen Plan schauen
positive-save-setback = Meinen Plan speichern
positive-saved = Gespeichert.
positive-slate-title = Einen Schlussstrich ziehen
positive-slate-before = Wenn du bereit bist, nicht vorher, halte den Moment fest. Was du gelernt hast, bleibt; der Stachel darf gehen.
positive-slate-button = Einen Schlussstrich ziehen
positive-slate-wiped = Am { $date } hast du einen Schlussstrich gezogen.
positive-slate-after = Das letzte Nein liegt hinter dir. Was du gelernt hast, nimmst du mit ins nächste Gespräch; der Rest darf hierbleiben. Wenn es an manchen Tagen noch wehtut, ist das normal, und es macht das hier nicht ungeschehen.

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
next-job-when-at = { $date } { $at } · { $countdown }
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
overview-day-one = Gerade erst die Absage bekommen? Die wenigen Dinge, die heute wirklich zählen, und nichts weiter, findest du auf einer Seite:
overview-print = Meinen Plan drucken
overview-add-to-calendar = Termine in meinen Kalender übernehmen (.ics)
overview-title-reviews-of-your-plan = Rückmeldungen zu deinem Plan
overview-review-from = Von { $name }
overview-review-from-unsigned = Von deiner Vertrauensperson
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
overview-passed-follow-up = Zeit für die Erinnerung
overview-passed-close-loop = Zeit, es ruhen zu lassen
overview-passed-skill-gap = Datum vorbei: verschieb es, wenn du so weit bist
overview-passed-fun = hat es stattgefunden? Erzähl, wie es war
overview-title-due-next = Als Nächstes
overview-text-nothing-waiting = Gerade steht nichts mit Datum an. Trag eine Nachfrage, ein Lernziel oder ein Vorstellungsgespräch ein, dann erscheint es hier.
overview-title-not-the-only-one = Du bist damit nicht allein
overview-several-noes = Die meisten Menschen hören mehrere Absagen, bevor eine Zusage kommt. Jede ist eine Entscheidung über eine einzige Stelle, und schon eine Einladung zum Gespräch heißt: Die Bewerbung hat funktioniert.
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
overview-brief-setback = Wenn ich wieder ein Nein bekomme

## Screen: Today (src/ui/steps/today.rs)

today-title-ask-for-feedback = Um Feedback bitten
today-label-your-name-for-the = Dein Name (für die Grußformel)
today-title-plan-one-good-thing = Etwas Schönes planen
today-write-before = Oder, wenn Worte mehr helfen als Zahlen:{" "}
today-write-link = schreib es dir von der Seele
today-write-after = , ganz für dich, unter „Zuversichtlich bleiben“.
today-request-ready = Eine kurze, höfliche Anfrage an { $company } liegt bereit; sie stützt sich auf das, was du festgehalten hast. Schick sie in den nächsten ein, zwei Tagen; heute nur, wenn dir danach ist.
today-copy = Anfrage kopieren
today-open-email = In der E-Mail-App öffnen
today-copied = Kopiert. Füg sie in eine E-Mail oder Nachricht ein und komm dann zurück, um sie als gesendet zu markieren.
today-sent = Ich habe sie gesendet
today-read-first = Anfrage erst lesen oder ändern
today-request-sent = Anfrage { $when } gesendet. Wenn du nichts hörst, schlägt Rebound dir am { $date } eine einzige freundliche Erinnerung vor.
today-asked-before = Du hast um Feedback gebeten.{" "}
today-asked-link = Sieh nach, wie es steht
today-planned = Geplant: { $what }, { $when } { $at }. Viel Freude dabei.
today-fun-hint = Etwas, das dir Freude macht, in den nächsten ein, zwei Tagen: ein Spaziergang, ein Essen mit einem lieben Menschen, ein Film. Tipp eine Idee an und plane sie dann.
today-enough-title = Genug für heute
today-enough-close = Du kannst Rebound jetzt schließen. Alles ist auf diesem Gerät gespeichert.
today-useful-again = Rebound hat { $when } ({ $date }) wieder etwas für dich: { $what }.
today-useful-again-fun = Rebound hat { $when } ({ $date }) wieder etwas für dich: { $what }, und danach einen Moment, um festzuhalten, wie es war.
today-nothing-dated = Noch hat nichts ein Datum. Sobald du die Anfrage sendest, rechnet Rebound aus, wann eine Erinnerung fällig wäre.
today-other-steps-before = Die anderen Schritte (deine Suche, deine Fähigkeiten) helfen am meisten, wenn das Feedback da ist; du musst sie also heute nicht beginnen. Wenn du so weit bist:{" "}
today-other-steps-link = mein Plan
today-other-steps-after = .
lead-today = Du hast aufgeschrieben, was passiert ist, und das ist ein echter erster Schritt. Heute zählen nur ein paar kleine Dinge. Mach eins davon oder keins, und hör auf, wann immer du möchtest.

## Screen: Share (src/ui/steps/share.rs)

share-title-link = Als Link teilen
share-title-back-up = Sichern
share-title-before-import = Dein Plan vor dem letzten Import
share-title-delete-everything = Alles auf diesem Gerät löschen
share-empty-plan = Dein Plan ist noch leer, ein Link würde also noch nichts mitnehmen. Halte zuerst fest, was passiert ist, und komm dann hierher zurück.
share-private-legend = Private Teile – sie bleiben draußen, außer du kreuzt sie an
share-include-moods = Meine Stimmungseinträge mitschicken
share-include-reframes = Meine umgedeuteten Gedanken mitschicken
share-include-messages = Die Absageschreiben mitschicken
share-include-contacts = Namen und E-Mail-Adressen der Kontakte mitschicken
share-include-went-well = Mitschicken, was gut gelaufen ist
share-include-setback-plan = Meinen Plan für den nächsten Rückschlag mitschicken
share-include-slate = Den Tag mitschicken, an dem ich einen Schlussstrich gezogen habe
share-never-in-a-link = Dein Geschriebenes („Schreib es dir von der Seele“) und Text, der in einem Formular steht, aber nicht gespeichert ist, kommen nie in einen Link.
share-contains-title = Dieser Link enthält
share-contains-nothing = Noch nichts.
share-contains-label = Was der Link enthält
share-carries-rejections = die Firmen und Stellen, die du festgehalten hast, wie weit du jeweils gekommen bist und wann
share-carries-contacts = die Namen und E-Mail-Adressen der Kontakte, die du festgehalten hast
share-carries-name = deinen Namen, so wie du die Feedback-Anfrage unterschreibst
share-carries-skills = deine Fähigkeiten und deine Ebene
share-carries-reading = deine Einschätzung, woran jedes Nein lag
share-count-messages = { $count ->
    [one] { $count } Absageschreiben
   *[other] { $count } Absageschreiben
}
share-count-feedback = { $count ->
    [one] { $count } Feedback-Punkt
   *[other] { $count } Feedback-Punkte
}
share-count-roles = { $count ->
    [one] { $count } Zielstelle
   *[other] { $count } Zielstellen
}
share-count-search-changes = { $count ->
    [one] { $count } Änderung an der Suche
   *[other] { $count } Änderungen an der Suche
}
share-count-skill-gaps = { $count ->
    [one] { $count } Kompetenzlücke
   *[other] { $count } Kompetenzlücken
}
share-count-fun = { $count ->
    [one] { $count } Plan für etwas Schönes
   *[other] { $count } Pläne für etwas Schönes
}
share-count-moods = { $count ->
    [one] { $count } Stimmungseintrag
   *[other] { $count } Stimmungseinträge
}
share-count-reframes = { $count ->
    [one] { $count } umgedeuteten Gedanken
   *[other] { $count } umgedeutete Gedanken
}
share-count-went-well = { $count ->
    [one] { $count } Sache, die gut gelaufen ist
   *[other] { $count } Dinge, die gut gelaufen sind
}
share-count-writing = { $count ->
    [one] { $count } Schreibeinheit
   *[other] { $count } Schreibeinheiten
}
share-count-applications = { $count ->
    [one] { $count } Bewerbung oder Gespräch
   *[other] { $count } Bewerbungen und Gespräche
}
share-carries-setback-plan = deinen Plan für den nächsten Rückschlag
share-carries-slate = den Tag, an dem du einen Schlussstrich gezogen hast
share-left-out = Nicht dabei: { $parts }.
share-left-out-separator = {"; "}
share-left-out-moods = deine Stimmungen
share-left-out-reframes = deine umgedeuteten Gedanken
share-left-out-messages = die Absageschreiben
share-left-out-went-well = was gut gelaufen ist
share-left-out-setback-plan = dein Plan für Rückschläge
share-left-out-contacts = die Namen und E-Mail-Adressen deiner Kontakte
share-left-out-writing = dein Geschriebenes
share-left-out-rhythm = dein Wochenrhythmus
share-left-out-drafts = Text, der eingetippt, aber nicht gespeichert ist
share-left-out-slate = der Tag, an dem du einen Schlussstrich gezogen hast
share-link-label = Dein Link zum Teilen
share-sheet-title = Mein Rebound-Plan
share-qr-hint = Scanne ihn mit der Kamera eines anderen Handys, um den Plan dort zu öffnen.
share-qr-label = QR-Code deines Links zum Teilen
share-backup-text = Eine Sicherungsdatei enthält deinen ganzen Plan, auch die privaten Teile. Bewahre sie an einem sicheren Ort auf.
share-backup-export = Sicherungsdatei exportieren
share-backup-restore = Aus einer Sicherungsdatei wiederherstellen
share-backup-saved = Sicherungsdatei in deinen Downloads gespeichert.
share-before-import-kept = Aufbewahrt am { $date }. Du kannst ihn dir ansehen und zurückholen.
share-before-import-restore = Meinen vorherigen Plan zurückholen
share-delete-what = Du kannst alles entfernen, was Rebound in diesem Browser aufbewahrt: deinen Plan, Text, der in einem Formular steht, aber nicht gespeichert ist, dein Geschriebenes, Rückmeldungen, die du für andere schreibst, beiseitegelegte Kopien, die Termine der Sicherungserinnerung und deine Farbwahl. Links, die du verschickt hast, und Sicherungsdateien, die du gespeichert hast, bleiben unberührt.
share-delete-start = Alles löschen…
share-delete-cannot-undo = Das lässt sich nicht rückgängig machen.
share-delete-backup-first = Ist es einmal weg, kann Rebound es nicht zurückholen. Wenn du deinen Plan vielleicht wieder brauchst, exportiere zuerst eine Sicherung: Du kannst sie später hier öffnen oder auf einem anderen Gerät.
share-delete-export = Zuerst eine Sicherung exportieren
share-delete-confirm = Ja, alles löschen
share-delete-cancel = Abbrechen, alles behalten
share-gone-title = Alles ist gelöscht
share-gone-lead = Alles, was Rebound auf diesem Gerät aufbewahrt hat, ist weg: dein Plan, deine Entwürfe und dein Geschriebenes, die Rückmeldungen, die du gerade geschrieben hast, und die beiseitegelegten Kopien. Dieser Tab speichert nichts mehr.
share-gone-elsewhere-lead = Alles, was Rebound auf diesem Gerät aufbewahrt hat, ist weg: Es wurde in einem anderen Tab gelöscht. Dieser Tab speichert nichts mehr, also kommt nichts zurück.
share-gone-backup = Wenn du eine Sicherungsdatei gespeichert hast, kannst du sie jederzeit über Teilen wieder öffnen. Wann immer du so weit bist, kannst du neu anfangen.
share-gone-start-fresh = Neu anfangen
share-gone-partly-title = Nicht alles konnte gelöscht werden
share-gone-partly-lead = Rebound hat entfernt, was es auf diesem Gerät entfernen konnte, und dieser Tab speichert nichts mehr.
share-gone-try-again = Noch einmal versuchen
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

about-title-who = Wen die Studien begleitet haben
about-who-intro = Keine davon hat Menschen untersucht, die nach einem einzigen Nein allein eine App nutzen. Die meisten begleiteten Menschen, die ihre Arbeit verloren hatten oder arbeitslos waren, viele davon in Programmen mit Trainerinnen und Trainern, über mehrere Sitzungen oder Wochen. Was ihnen geholfen hat, hilft dir vielleicht weniger oder auf andere Weise.
about-studied-writing = Schreiben über einen Jobverlust: 63 Fachkräfte, denen gekündigt worden war.
about-studied-jobs = Die Studien zu Michigan JOBS: arbeitslose Menschen in Gruppensitzungen unter Anleitung von Trainerinnen und Trainern.
about-studied-job-search = Die Übersicht über 47 Programme zur Jobsuche: Menschen auf Arbeitssuche in strukturierten Programmen, die meisten davon unter Anleitung von Trainerinnen und Trainern.
about-studied-pleasant = Die Übersicht über 20 Studien zu angenehmen Aktivitäten: Menschen in Programmen, die über mehrere Wochen liefen.
about-studied-if-then = Die Übersicht über Wenn-dann-Pläne: Menschen, die auf ganz verschiedene Ziele hinarbeiteten, nicht speziell Arbeitsuchende.
about-title-support = Hilfe
about-support-text = Wenn dich eine Absage belastet, oder irgendetwas anderes, kann es helfen, dich heute an jemanden zu wenden.{" "}
about-title-your-data = Deine Daten
about-data-where = Dein Plan liegt im Speicher dieses Browsers auf diesem Gerät. Es gibt kein Konto und keinen Server: Die App sendet nichts irgendwohin und lädt keine fremden Schriften, Tracker oder Analysedienste.
about-data-saving = Er wird beim Arbeiten automatisch gespeichert, auch was du in ein Formular tippst, bevor du auf seinen Knopf drückst. Damit er sicher bleibt, exportiere ab und zu eine Sicherungsdatei über die Seite Teilen: Browser können die Daten einer Seite löschen, und manche tun das nach einer Woche ohne Besuch. Eine Sicherungsdatei enthält alles, auch dein Geschriebenes.
about-data-links = Wenn du einen Link teilst, reist der Plan im Link selbst, und was den Link überbringt (eine Chat-App, eine E-Mail), überbringt auch seinen Inhalt. Private Teile (deine Stimmungen, umgedeuteten Gedanken, was gut gelaufen ist, dein Plan für Rückschläge, die Absageschreiben und die Namen und E-Mail-Adressen der Menschen, mit denen du Kontakt hattest) bleiben draußen, außer du kreuzt sie an; dein Geschriebenes und nicht gespeicherter Text kommen nie in einen Link. Die Seite Teilen zeigt, was ein Link enthält, bevor du ihn sendest.
about-title-research = Die Forschung hinter den Schritten
about-who-took-part = Teilgenommen haben: { $who }
about-used-in = genutzt in
about-writing-claim = Menschen, die über ihre Gedanken und Gefühle zum Verlust ihres Jobs schrieben, 20 Minuten am Tag an fünf Tagen, hatten acht Monate später häufiger wieder Arbeit: 53%, gegenüber 24% und 14% in den beiden Vergleichsgruppen. Die Schreibenden bewarben sich nicht auf mehr Stellen als die anderen; ihre Einstellungen änderten sich.
about-writing-who = 63 Fachkräfte, denen gekündigt worden war, in einer kleinen Studie. Eine der beiden Vergleichsgruppen wurde nicht per Zufall zusammengestellt und könnte sich daher von Anfang an von den Schreibenden unterschieden haben.
about-pleasant-claim = Programme, in denen Menschen angenehme Aktivitäten planten und unternahmen, steigerten ihr Wohlbefinden: Über 20 Studien hinweg lag die durchschnittliche Effektstärke bei g = 0.52.
about-pleasant-plain = Einfach gesagt: ein mittlerer Effekt. Nach einem solchen Programm ging es der durchschnittlichen Person besser als etwa 7 von 10 Menschen in den Vergleichsgruppen. Ein geplanter Abend ist viel kleiner als ein Programm über mehrere Wochen.
about-pleasant-who = Menschen in Programmen mit angenehmen Aktivitäten, die über mehrere Wochen liefen.
about-pleasant-source = { $source }, eine Übersicht über Studien zur Verhaltensaktivierung (lohnende Aktivitäten planen)
about-if-then-claim = Wenn-dann-Pläne („Durchführungsintentionen“) halfen Menschen, nach ihren Zielen zu handeln: Über 94 Tests hinweg lag die durchschnittliche Effektstärke bei d = 0.65.
about-if-then-plain = Einfach gesagt: ein mittlerer bis großer Effekt. Die durchschnittliche Person mit Wenn-dann-Plänen handelte stärker nach ihrem Ziel als etwa 3 von 4 Menschen ohne solche Pläne.
about-if-then-who = Menschen, die auf ganz verschiedene Ziele hinarbeiteten, nicht speziell Arbeitsuchende.
about-job-search-claim = Über 47 Programme zur Jobsuche hinweg waren die Odds der Teilnehmenden, Arbeit zu finden, 2.67-mal so hoch wie die der Menschen in den Vergleichsgruppen (ein Odds Ratio von 2.67).
about-job-search-plain = Einfach gesagt: Odds stellen die Menschen, die Arbeit fanden, denen gegenüber, die keine fanden. Wo die Hälfte einer Vergleichsgruppe Arbeit fand (Odds von 1 zu 1), bedeuten 2.67-mal so hohe Odds, dass etwa 73 von 100 Teilnehmenden Arbeit finden statt 50 von 100.
about-job-search-who = Menschen auf Arbeitssuche in strukturierten Programmen, die meisten davon unter Anleitung von Trainerinnen und Trainern.
about-job-search-what-worked = Ein eigenes Ergebnis derselben Übersicht: Die Programme wirkten, wenn sie sowohl Fähigkeiten für die Jobsuche als auch Motivation aufbauten: sich präsentieren, an die eigenen Fähigkeiten glauben, selbst aktiv werden, sich Ziele setzen und Unterstützung von anderen.
about-jobs-claim = Bei den Menschen, die noch Arbeit suchten, steigerte das Programm Michigan JOBS als Ganzes die Motivation zu suchen.
about-jobs-who = arbeitslose Menschen im Programm JOBS: eine Reihe von Gruppensitzungen unter Anleitung von Trainerinnen und Trainern.
about-jobs2-claim = In JOBS II übten Menschen, wie sie mit Rückschlägen umgehen würden. Wer später einen neuen Job wieder verlor, zeigte weniger Anzeichen einer Depression (depressive Symptome) als Menschen in der Vergleichsgruppe. Dieses Ergebnis betrifft die Stimmung nach einem Rückschlag, nicht die Motivation.
about-jobs2-who = arbeitslose Menschen in JOBS II, der zweiten Studie des Programms, ebenfalls in Gruppensitzungen unter Anleitung von Trainerinnen und Trainern.
about-title-advice = Ratschläge, keine Forschungsergebnisse
about-advice-reminder = Eine höfliche Erinnerung etwa fünf Arbeitstage nach einer Feedback-Anfrage und es danach gut sein lassen: Das ist eine verbreitete Gepflogenheit im Recruiting, kein Forschungsergebnis.
about-advice-fun = Etwas Schönes für die nächsten ein, zwei Tage zu planen und die kurze Liste für den Tag des Neins sind Vorschläge von Rebound.
about-advice-writing = Die Schreibübung lehnt sich lose an den Aufbau der Studie an: Die Studie bat um 20 Minuten am Tag an fünf Tagen; Rebound bietet bis zu vier Einheiten und einen optionalen Timer über 15 oder 20 Minuten.
about-advice-setback = Der Plan für den nächsten Rückschlag greift eine Idee aus JOBS II auf, wo Menschen ihn in Gruppensitzungen mit Trainerinnen und Trainern übten; hier schreibst du ihn für dich allein.
about-advice-care = Der kleine Schritt an einem schweren Tag, der Hinweis nach mehreren schweren Tagen und die Worte, um jetzt Unterstützung zu finden, sind gewöhnliche Fürsorge, keine Behandlung. Rebound ersetzt keine Ärztin und keinen Arzt.
lead-about = Rebound ist ein kleines, kostenloses Werkzeug für die Tage nach einer Absage, darauf ausgelegt, ruhig, auf jedem Handy schnell und privat zu sein. Seine Schritte greifen Ideen aus den Studien auf dieser Seite auf, aber Rebound selbst wurde nicht untersucht: Keine Studie hat geprüft, ob die Nutzung hilft.

## Screen: Reviewing (src/ui/steps/reviewing.rs)

reviewing-empty = Du kommentierst gerade keinen Plan. Wenn jemand einen Plan mit dir teilt, öffne den Link und wähle „Diesen Plan kommentieren“.
reviewing-row-sent = {" "}· gesendet am { $date }
reviewing-row-started = {" "}· begonnen am { $date }
reviewing-owner = Plan von { $name }
reviewing-owner-unsigned = Ein Plan
reviewing-eyebrow = Rückmeldung
reviewing-lead = Kommentiere, was du möchtest, schlag vor, was helfen könnte, und schreib eine Notiz dazu. Deine Rückmeldung bleibt auf diesem Gerät, getrennt von deinem eigenen Plan; du kannst diesen Tab also schließen und später über „Rückmeldungen“ oben zurückkommen. Nichts wird gesendet, bevor du es sendest.
reviewing-tone-label = Bevor du schreibst
reviewing-tone = Ein Wort zum Ton: Wer diesen Plan gemacht hat, hat gerade eine Absage bekommen. Fang mit dem an, was gut läuft, und schlag dann ein bis drei Dinge vor, die am meisten helfen würden. Wenn der Plan Privates zeigt, etwa Stimmungen oder Notizen, lass das beiseite.
reviewing-plan-unreadable = Der Plan in dieser Rückmeldung lässt sich nicht mehr lesen. Bitte um einen neuen Link dazu.
reviewing-title-plan = Der Plan
reviewing-plan-empty = In diesem Plan gibt es noch nichts zu kommentieren. Du kannst trotzdem unten etwas vorschlagen und eine Notiz schreiben.
reviewing-title-plan-with-comments = Der Plan, nur zum Lesen, mit deinen Kommentaren
reviewing-comments-hint = Lass ein Feld leer, wo du nichts zu sagen hast.
reviewing-comment-on = Kommentar zu: { $item }
reviewing-comment-placeholder = Dein Kommentar
reviewing-title-suggest = Etwas Neues vorschlagen
reviewing-suggestions-label = Deine Vorschläge
reviewing-remove-suggestion = Vorschlag entfernen: { $suggestion }
reviewing-kind-label = Welche Art von Vorschlag
reviewing-kind-gap = Eine Lücke, die sich schließen lässt
reviewing-kind-role = Eine Stelle, die sich anzustreben lohnt
reviewing-kind-search = Eine Änderung an der Suche
reviewing-kind-prep = Etwas, das sich für Gespräche vorbereiten lässt
reviewing-what-gap = Fähigkeit
reviewing-what-role = Stellenbezeichnung
reviewing-what-search = Die Änderung
reviewing-what-prep = Was sich vorbereiten lässt
reviewing-label-method = Wie sie sich aufbauen lässt
reviewing-label-how = Wie du die Lücke schließen würdest
reviewing-hint-how = Optional: ein Kurs, ein Projekt, jemand, den man fragen kann.
reviewing-label-level = Ebene
reviewing-add-suggestion = Vorschlag hinzufügen
reviewing-title-note-and-name = Deine Notiz und dein Name
reviewing-label-note = Eine Notiz für diese Person
reviewing-hint-note = Ein paar Sätze zum ganzen Plan: was gut läuft, was du zuerst tun würdest.
reviewing-label-name = Dein Name
reviewing-hint-name = Damit klar ist, von wem die Rückmeldung kommt.
reviewing-title-send = Deine Rückmeldung senden
reviewing-send-hint = Deine Rückmeldung geht als Link zurück, so wie der Plan zu dir kam. Sie enthält deine Kommentare, Vorschläge, Notiz und deinen Namen, sonst nichts.
reviewing-sent-on = Gesendet am { $date }. Eine Änderung ab jetzt geht als neue Runde hinaus.
reviewing-send = Meine Rückmeldung senden
reviewing-remove = Diese Rückmeldung entfernen
reviewing-nothing-to-send = Schreib zuerst einen Kommentar, einen Vorschlag oder eine Notiz: Noch gibt es nichts zu senden.
reviewing-remove-confirm = Diese Rückmeldung von diesem Gerät entfernen? Was du darin geschrieben hast, ist dann weg.
reviewing-link-label = Dein Link zur Rückmeldung
reviewing-sheet-title = Meine Rückmeldung zu deinem Rebound-Plan
reviewing-qr-hint = Lass ihn mit der Kamera des anderen Handys scannen, um deine Rückmeldung dort zu öffnen.
reviewing-qr-label = QR-Code deines Links zur Rückmeldung
reviewing-desk-full = Du schreibst schon viele Rückmeldungen. Schließ zuerst eine ab oder entferne eine.
reviewing-desk-unreadable = Etwas ist schiefgelaufen: { $error }. Was gespeichert war, liegt beiseitegelegt auf diesem Gerät.
reviewing-desk-not-saved = Deine Rückmeldung konnte auf diesem Gerät nicht gespeichert werden: { $error }.
lead-reviewing = Rückmeldungen, die du zu den Plänen anderer schreibst. Sie bleiben auf diesem Gerät, getrennt von deinem eigenen Plan, bis du sie abschickst.

## Screen: Review (src/ui/steps/review.rs)

review-eyebrow = Ein zweiter Blick
review-who = { $name } hat deinen Plan kommentiert
review-who-unsigned = Dein Plan wurde kommentiert
review-pending = In deinem Plan ändert sich nichts, bis du unten etwas auswählst.
review-received-on = Erhalten am { $date }.
review-plan-changed = Dein Plan hat sich geändert, seit er kommentiert wurde. Kommentare zu Dingen, die du seitdem entfernt hast, stehen gesondert am Ende.
review-title-note = Die Notiz für dich
review-title-comments = Kommentare zu deinem Plan
review-comments-hint = Behalte einen Kommentar, um ihn auf der Karte des Eintrags zu sehen; lass ihn los, wenn er dir nicht weiterhilft.
review-title-suggestions = Vorschläge
review-suggestions-hint = Nimm einen an, um ihn deinem Plan hinzuzufügen, gekennzeichnet als Vorschlag von außen. Ablehnen ändert nichts.
review-title-removed = Zu Dingen, die nicht mehr in deinem Plan sind
review-keep-for-later = Rückmeldung behalten und später entscheiden
review-not-now = Nicht jetzt
review-comment-about = Zu{" "}
review-comment-about-removed = Zu „{ $item }“, nicht mehr in deinem Plan
review-comment-kept = Auf seiner Karte behalten.
review-comment-let-go = Losgelassen.
review-keep = Behalten
review-let-go = Loslassen
review-accepted = Angenommen: Es ist jetzt in deinem Plan.{" "}
review-see-it = Ansehen
review-declined = Abgelehnt.
review-accept-after-all = Doch annehmen
review-accept = Annehmen
review-decline = Ablehnen
review-go-to-plan = Zu meinem Plan
review-plan-unchanged = Dein eigener Plan wurde nicht verändert.
review-not-in-plan = Diese Rückmeldung ist nicht mehr in deinem Plan.
lead-review-none = Hier gibt es keine Rückmeldung zu zeigen.
lead-review-refused = Diese Rückmeldung lässt sich nicht öffnen.

## Screen: Support (src/ui/steps/support.rs)

support-title-getting-support-now = Jetzt Unterstützung finden
support-cannot-contact = Rebound behält alles auf diesem Gerät und kann niemanden für dich kontaktieren.
lead-support = Eine Absage kann hart treffen, und manche Tage wiegen schwerer als andere. Dich an jemanden zu wenden, ist eine Art, für dich selbst zu sorgen. Diese Hinweise findest du hier, wann immer du sie brauchst, mit oder ohne Internetverbindung.

## The installed app (pwa/manifest.webmanifest)

manifest-description = Ein ruhiger, privater Plan für die Tage nach einer Absage auf ein Vorstellungsgespräch. Funktioniert ohne Internet; alles bleibt auf diesem Gerät.

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

widget-save-saved = Auf diesem Gerät gespeichert
widget-save-pending = Wird gespeichert…
widget-save-failed = Nicht gespeichert
widget-save-read-only = Nur lesen
widget-save-memory-only = Nicht gespeichert: nur in diesem Tab
widget-unreadable-title = Ein gespeicherter Plan konnte nicht gelesen werden.
widget-unreadable-restored = Rebound hat stattdessen deine letzte intakte Kopie geöffnet.
widget-unreadable-kept = Sein ursprünglicher Text bleibt sicher und unverändert auf diesem Gerät. Du kannst ihn herunterladen, für dich oder für jemanden, der helfen kann.
widget-unreadable-download = Ursprünglichen Text herunterladen
widget-unreadable-delete-confirm = Den unlesbaren Text von diesem Gerät löschen? Lade ihn vorher herunter, falls du ihn noch brauchen könntest.
widget-unreadable-delete = Löschen
widget-newer-title = Dieser Plan wurde mit einer neueren Version von Rebound gespeichert.
widget-newer-text = Damit er sicher bleibt, ändert diese Version ihn nicht. Lade die Seite neu, um die neueste Version zu bekommen.
widget-export-backup = Sicherung exportieren
widget-save-what-to-do = Was du tun kannst
widget-backup-reminder = Deine letzte Sicherung ist mehr als eine Woche her. Manche Browser löschen die Daten einer Website nach einer Woche ohne Besuch, deshalb lohnt sich eine Kopie deines Plans.
widget-not-now = Nicht jetzt
widget-update-ready = Eine neue Version von Rebound ist bereit.
widget-update-reloading = Wird neu geladen…
widget-update-reload = Neu laden
widget-storage-label = Speicher auf diesem Gerät:{" "}
widget-storage-checking = wird geprüft…
widget-storage-granted = bleibt erhalten. Dein Browser hat zugesagt, die Daten von Rebound nicht zu löschen, um Platz zu schaffen.
widget-storage-not-granted = ohne Garantie. Dein Browser löscht die Daten vielleicht, wenn auf dem Gerät der Platz knapp wird; exportiere also ab und zu unter „Teilen“ eine Sicherung.
widget-storage-not-supported = dieser Browser sagt nicht, ob er die Daten behält. Exportiere ab und zu unter „Teilen“ eine Sicherung.
widget-link-length = { $count ->
    [one] { $count } Zeichen
   *[other] { $count } Zeichen
}
widget-link-long = Dieser Link ist länger als { $max } Zeichen. Manche Chat-Apps kürzen lange Links, und QR-Codes lassen sich dann schwer scannen. Ohne private Teile oder alte Einträge wird er kürzer; eine Sicherungsdatei hat keine Grenze.
widget-share = Teilen…
widget-copy-link = Link kopieren
widget-link-copied = Link kopiert. Füge ihn in eine Nachricht oder eine E-Mail ein.
widget-show-qr = QR-Code zeigen
widget-qr-too-long = Dieser Link ist zu lang für einen QR-Code. Lass einige Teile weg oder schick den Link selbst.
widget-needs-rejection = Dieser Schritt baut auf dem auf, was passiert ist. Halte zuerst die Absage fest: Das dauert nur eine Minute.
widget-record-what-happened = Festhalten, was passiert ist
widget-waits-for-feedback = Dieser Schritt hilft am meisten, wenn das Feedback da ist. Ist es noch nicht gekommen, musst du hier noch nicht anfangen: Der Schritt ist auch dann noch da.
widget-remove = Entfernen
widget-remove-confirm = Dies entfernen?
widget-keep-date = Ja, dieses Datum behalten
widget-suggested-by = Vorgeschlagen von { $name }
widget-suggested-by-unsigned = Vorgeschlagen von deiner Vertrauensperson
widget-review-comments = Kommentare aus Rückmeldungen
widget-review-comment = { $who }: { $text }
widget-imported-nothing = Dein Plan bleibt, wie er war. Es wurde nichts importiert.
widget-imported-opened = Der Plan ist geöffnet.
widget-imported-kept-aside = Der Plan ist geöffnet. Dein bisheriger Plan ist aufbewahrt: Du kannst ihn unter „Teilen“ wiederherstellen.
widget-imported-beside = Die geteilten Einträge stehen jetzt neben deinen eigenen.

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
core-stage-screening-next = Leg dir kurze Antworten zurecht: warum diese Stelle und was du dir beim Gehalt vorstellst.
core-stage-interview-line = Bis zum Vorstellungsgespräch zu kommen heißt, deine Bewerbung hat gewirkt: Sie wollten dich kennenlernen.
core-stage-interview-next = Übe deine Antworten laut, mit jemandem oder allein; das ist etwas anderes, als sie nur zu denken.
core-stage-final-round-line = In einer letzten Runde ist es oft knapp, und zwischen den letzten Bewerberinnen und Bewerbern können Kleinigkeiten entscheiden.
core-stage-final-round-next = Wenn du um Feedback bittest, frag, was den Ausschlag gegeben hat: Das ist am hilfreichsten zu wissen.
core-stage-offer-line = Ein Nein in der Angebotsphase hängt meist an den letzten Details: Referenzen, Gehalt, ein Startdatum.
core-stage-offer-next = Kläre, was deine Referenzen sagen werden, und kenne deine Gehaltsspanne vor dem nächsten Angebotsgespräch.
core-stage-other-line = Ein Nein ist ihre Entscheidung über diese Stelle, kein Urteil über dich.
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
core-small-step-water = Trink ein Glas Wasser und geh dann fünf Minuten nach draußen
core-small-step-message = Schick jemandem, den du magst, eine Nachricht; es muss nicht um das hier gehen
core-small-step-eat = Iss etwas Einfaches und Warmes, weg vom Bildschirm
core-small-step-walk = Geh zehn Minuten spazieren, in deinem Tempo
core-small-step-song = Leg ein Lied auf, das du liebst, und hör es ganz bis zum Ende
core-small-step-shower = Dusch dich und zieh dir etwas Bequemes an
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
core-item-setback-plan = Wenn ich wieder ein Nein bekomme: { $plan }
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

error-empty = Bitte fülle das Feld „{ $field }“ aus.
error-too-long = Das Feld „{ $field }“ ist zu lang (höchstens { $max } Zeichen).
error-out-of-range = Das Feld „{ $field }“ muss zwischen 1 und 5 liegen.
error-not-found = Diesen Eintrag gibt es nicht mehr.
error-no-longer-in-plan = Das ist nicht mehr in deinem Plan. Vielleicht wurde es in einem anderen Tab entfernt.
error-list-full = Diese Liste ist voll ({ $count } Einträge). Entferne zuerst ein paar alte.
error-writing-done = { $count ->
    [one] Du hast an { $count } Tag geschrieben, und das ist die ganze Übung. Was du geschrieben hast, bleibt unten aufbewahrt, nur für dich.
   *[other] Du hast an { $count } Tagen geschrieben, und das ist die ganze Übung. Was du geschrieben hast, bleibt unten aufbewahrt, nur für dich.
}
error-not-a-skill = Unternehmenskultur und Gehalt betreffen, wie gut du und dieser Arbeitgeber zusammenpassen, nicht eine Fähigkeit, die du aufbauen kannst: Als Änderung deiner Suche ist es besser aufgehoben.
error-date-future = Dieses Datum liegt in der Zukunft. Stimmt es?
error-date-before-rejection = Dieses Zieldatum liegt vor deiner letzten Absage. Stimmt es?
error-time-passed = Dieser Zeitpunkt ist schon vorbei. Trotzdem behalten?
error-time-far = Das ist mehr als zwei Tage hin. Rebound schlägt etwas Früheres vor, aber du entscheidest. Diesen Zeitpunkt behalten?
error-date-passed = Dieses Datum ist schon vorbei. Trotzdem hinzufügen?
error-field-company = Unternehmen
error-field-role = Stelle
error-field-contact-name = Name der Kontaktperson
error-field-contact-email = E-Mail der Kontaktperson
error-field-message = Nachricht
error-field-note = Notiz
error-field-feedback = Feedback
error-field-evidence = Anlass
error-field-name = Name
error-field-role-title = Stellenbezeichnung
error-field-area = Bereich
error-field-current-level = Aktuelles Niveau
error-field-target-level = Zielniveau
error-field-skill = Fähigkeit
error-field-change = Änderung
error-field-if-part = Wenn…
error-field-then-part = dann…
error-field-plan = Plan
error-field-who = Mit wem
error-field-mood = Stimmung
error-field-thought = Gedanke
error-field-kinder-view = Freundlicherer Blick
error-field-what-went-well = Was gut lief
error-field-setback-plan = Plan für ein weiteres Nein
error-field-writing = Schreiben
error-field-comment = Kommentar
error-field-how = Wie
error-field-preparation-item = Vorbereitungspunkt
error-field-reviewer-name = Name der kommentierenden Person
error-field-review-note = Notiz zur Rückmeldung
error-field-comment-item = Kommentierter Eintrag
error-field-checklist-key = Schlüssel der Checkliste
error-field-suggestion = Vorschlag
error-field-requirement = Anforderung
error-field-search-change = Änderung der Suche
error-field-fun-plan = Plan für etwas Schönes
error-field-mood-note = Stimmungsnotiz
error-field-went-well-note = Notiz, was gut lief
error-field-draft-name = Name des Entwurfs
error-field-draft = Entwurf
error-field-checklist-item = Checklistenpunkt
error-field-text = Text
error-items-comments = Kommentare
error-items-suggestions = Vorschläge
error-items-rejections = Absagen
error-items-feedback = Feedback-Punkte
error-items-skills = Fähigkeiten
error-items-target-roles = Zielstellen
error-items-requirements = Anforderungen
error-items-search-changes = Änderungen der Suche
error-items-skill-gaps = Kompetenzlücken
error-items-fun-plans = Pläne für etwas Schönes
error-items-mood-check-ins = Stimmungseinträge
error-items-reframes = Umgedeutete Gedanken
error-items-went-well-notes = Notizen, was gut lief
error-items-writing-sessions = Schreibeinheiten
error-items-applications = Bewerbungen
error-items-checklist-ticks = Häkchen der Checkliste
error-items-drafts = Entwürfe
error-items-checklist-items = Checklistenpunkte
error-items-reviews = Rückmeldungen
error-items-other = Einträge
error-invalid-too-many = zu viele Einträge bei „{ $what }“ ({ $count }, höchstens { $max })
error-invalid-too-long = ein zu langer Text bei „{ $what }“
error-invalid-empty = ein leerer Text bei „{ $what }“
error-invalid-out-of-range = ein Niveau oder eine Stimmung außerhalb von 1 bis 5
error-invalid-duplicate-id = eine doppelt vergebene ID
error-invalid-date = ein Datum außerhalb der Jahre 1900 bis 2200
error-invalid-control = ein Zeichen, das in Text nicht erlaubt ist
error-link-empty = In diesem Link steckt kein Plan. Kopiere den ganzen Link und versuch es noch einmal.
error-link-not-a-plan-link = Das sieht nicht nach einem Plan-Link von Rebound aus. Prüf, ob der ganze Link kopiert wurde.
error-link-too-long = Dieser Link ist viel länger als jeder Plan-Link, den Rebound erstellt, deshalb wurde er nicht geöffnet.
error-link-newer = Dieser Link stammt von einer neueren Version von Rebound. Lade die Seite neu, um die App zu aktualisieren, und öffne den Link dann noch einmal.
error-link-unknown-version = Dieser Link verwendet ein Format, das Rebound nicht kennt, deshalb wurde er nicht geöffnet.
error-link-cut-short = Dieser Link scheint abgeschnitten zu sein. Kopiere den ganzen Link (er kann lang sein) und versuch es noch einmal.
error-link-not-base64 = Dieser Link enthält Zeichen, die nicht in einen Plan-Link gehören. Vielleicht hat er sich beim Kopieren verändert; kopiere ihn noch einmal aus der ursprünglichen Nachricht.
error-link-damaged = Dieser Link ist beschädigt, deshalb lässt sich der Plan darin nicht lesen. Bitte darum, ihn noch einmal zu bekommen.
error-link-too-big = Dieser Link enthält mehr, als Rebound sicher öffnen kann, deshalb wurde er nicht geöffnet.
error-link-too-deep = Dieser Link ist nicht wie ein Plan aufgebaut (er ist viel zu tief verschachtelt), deshalb wurde er nicht geöffnet.
error-link-bad-date = Dieser Link enthält ein Datum, das es nicht gibt (etwa den 30. Februar), deshalb wurde er nicht geöffnet.
error-link-not-a-plan = Dieser Link enthält keinen Plan, den Rebound lesen kann.
error-link-invalid = Dieser Plan lässt sich nicht öffnen. Grund: { $reason }.
error-reply-empty = In diesem Link steckt keine Rückmeldung. Kopiere den ganzen Link und versuch es noch einmal.
error-reply-not-a-reply-link = Das sieht nicht nach einem Rückmeldungs-Link von Rebound aus. Prüf, ob der ganze Link kopiert wurde.
error-reply-too-long = Dieser Link ist viel länger als jeder Rückmeldungs-Link, den Rebound erstellt, deshalb wurde er nicht geöffnet.
error-reply-newer = Diese Rückmeldung stammt von einer neueren Version von Rebound. Lade die Seite neu, um die App zu aktualisieren, und öffne den Link dann noch einmal.
error-reply-unknown-version = Dieser Rückmeldungs-Link verwendet ein Format, das Rebound nicht kennt, deshalb wurde er nicht geöffnet.
error-reply-not-base64 = Dieser Link enthält Zeichen, die nicht in einen Rückmeldungs-Link gehören. Vielleicht hat er sich beim Kopieren verändert; kopiere ihn noch einmal aus der ursprünglichen Nachricht.
error-reply-damaged = Dieser Link ist beschädigt, deshalb lässt sich die Rückmeldung darin nicht lesen. Bitte darum, ihn noch einmal zu bekommen.
error-reply-too-deep = Dieser Link ist nicht wie eine Rückmeldung aufgebaut (er ist viel zu tief verschachtelt), deshalb wurde er nicht geöffnet.
error-reply-not-a-review = Dieser Link enthält keine Rückmeldung, die Rebound lesen kann.
error-reply-invalid = Diese Rückmeldung lässt sich nicht öffnen. Grund: { $reason }.
error-backup-empty = Diese Datei ist leer. Wähle die .json-Datei, die Rebound als Sicherung gespeichert hat.
error-backup-too-large = Diese Datei ist größer, als eine Sicherung von Rebound sein kann (höchstens { $max } Bytes), deshalb wurde sie nicht geöffnet.
error-backup-cut-short = Diese Datei scheint abgeschnitten zu sein. Speichere die Sicherung noch einmal und importiere die neue Datei.
error-backup-not-json = Diese Datei ist keine Sicherung von Rebound. Wähle die .json-Datei, die Rebound als Sicherung gespeichert hat.
error-backup-too-deep = Diese Datei ist nicht wie eine Sicherung von Rebound aufgebaut (sie ist viel zu tief verschachtelt).
error-backup-no-version = Diese Datei ist keine Sicherung von Rebound: Sie hat keine Formatversion.
error-backup-newer = Diese Sicherung stammt von einer neueren Version von Rebound. Lade die Seite neu, um die App zu aktualisieren, und importiere sie dann noch einmal.
error-backup-unknown-version = Diese Sicherung verwendet ein Format, das Rebound nicht kennt, deshalb wurde sie nicht geöffnet.
error-backup-bad-date = Diese Sicherung enthält ein Datum, das es nicht gibt (etwa den 30. Februar), deshalb wurde sie nicht geöffnet.
error-backup-not-a-plan = Diese Datei enthält keinen Plan, den Rebound lesen kann.
error-backup-invalid = Diese Sicherung lässt sich nicht importieren. Grund: { $reason }.
error-import-nothing-waiting = Es wartet kein Plan darauf, geöffnet zu werden.
error-import-not-kept-aside = Dein Plan konnte nicht beiseitegelegt werden, deshalb wurde er nicht ersetzt. Grund: { $reason }.
error-import-too-big = Zusammen wären die beiden Pläne größer, als Rebound aufnehmen kann ({ $reason }). Es wurde nichts geändert.
error-import-no-plan = Dein Plan konnte nicht geändert werden.
error-import-stopped = Rebound speichert in diesem Tab nichts mehr: Alles, was es aufbewahrt hat, wurde gelöscht.
error-storage-full = der Speicher ist voll
error-storage-unavailable = der Speicher ist nicht verfügbar
error-storage-failed = der Speicher hat einen Fehler gemeldet: { $detail }
error-save-headline-unavailable = Dieser Browser lässt Rebound nicht speichern.
error-save-headline-read-only = Dieser Tab kann deinen Plan nicht speichern.
error-save-headline-not-saved = Deine letzten Änderungen sind noch nicht gespeichert.
error-save-full = Der Speicher auf diesem Gerät ist voll.
error-save-unavailable = Vielleicht ist das ein privates Fenster, oder Website-Daten sind ausgeschaltet: Dein Plan ist vorerst nur in diesem Tab.
error-save-not-read-back = Das Speichern hat nicht gehalten: Der Browser hat etwas anderes zurückgegeben.
error-save-read-only = Eine neuere Version von Rebound hat deinen Plan gespeichert, deshalb lässt diese Version ihn unberührt.
error-save-storage = Das Speichern hat nicht geklappt: Der Browser hat einen Fehler gemeldet ({ $detail }).
error-save-way-out-full = Solange dieser Tab offen bleibt, geht nichts verloren. Exportiere eine Sicherung, um jetzt eine Kopie zu haben; das Speichern läuft von selbst wieder an, sobald Platz ist.
error-save-way-out-unavailable = Er ist weg, wenn du diesen Tab schließt. Exportiere eine Sicherung, um ihn zu behalten; du kannst sie unter „Teilen“ wieder öffnen, hier oder auf einem anderen Gerät.
error-save-way-out-not-read-back = Solange dieser Tab offen bleibt, geht nichts verloren. Exportiere eine Sicherung, um jetzt eine Kopie zu haben; Rebound versucht es gleich noch einmal.
error-save-way-out-read-only = Was du hier änderst, wird nicht gespeichert. Exportiere eine Sicherung, um es zu behalten, und lade dann die Seite neu, um die neueste Version zu bekommen.
error-save-way-out-storage = Solange dieser Tab offen bleibt, geht nichts verloren. Exportiere eine Sicherung, um jetzt eine Kopie zu haben; Rebound versucht es bei deiner nächsten Änderung noch einmal.
error-kept-text-gone = Der aufbewahrte Text ist nicht mehr auf diesem Gerät.
error-kept-text-unreadable = Der aufbewahrte Text konnte nicht gelesen werden ({ $reason }).
error-delete-not-listed = Dieser Browser hat Rebound nicht nachsehen lassen, was es hier aufbewahrt, deshalb wurde nichts gelöscht.
error-delete-not-removed = Dieser Browser hat Rebound einen Teil dessen, was es aufbewahrt ({ $key }), nicht entfernen lassen, deshalb ist dieser Teil noch auf diesem Gerät.
error-delete-still-there = Ein Teil dessen, was Rebound aufbewahrt ({ $key }), wurde direkt nach dem Entfernen wieder geschrieben, deshalb ist er noch auf diesem Gerät.
error-delete-not-checked = Rebound hat entfernt, was es aufbewahrt, aber dieser Browser hat es nicht prüfen lassen, ob wirklich alles weg ist.
error-delete-way-out-unchanged = Dein Plan ist, wie er war. Du kannst es noch einmal versuchen oder die Daten dieser Website in den Einstellungen deines Browsers löschen.
error-delete-way-out-partly = Du kannst es noch einmal versuchen (schließ vorher jeden anderen Tab, in dem Rebound offen ist) oder die Daten dieser Website in den Einstellungen deines Browsers löschen.
error-reviewing-too-large = die Rückmeldungen, die du geschrieben hast, sind größer, als Rebound lesen kann
error-reviewing-newer = die Rückmeldungen, die du geschrieben hast, stammen von einer neueren Version von Rebound
error-reviewing-unreadable = die Rückmeldungen, die du geschrieben hast, konnten nicht gelesen werden
error-reviewing-invalid = die Rückmeldungen, die du geschrieben hast, haben eine Prüfung nicht bestanden: { $reason }
error-reviewing-storage = die Rückmeldungen, die du schreibst, konnten nicht gespeichert werden: { $reason }
error-reviewing-not-kept-aside = früher gespeicherte Rückmeldungen ließen sich hier nicht lesen, deshalb wird nichts darüber geschrieben
error-reviewing-not-read-back = die Rückmeldungen, die du schreibst, ließen sich nicht so zurücklesen, wie sie geschrieben wurden
error-browser-no-clipboard = Hier gibt es keine Zwischenablage.
error-browser-copy-refused = Der Browser hat das Kopieren nicht erlaubt. Du kannst den Text markieren und selbst kopieren.
error-browser-no-share-sheet = Hier gibt es kein Menü zum Teilen.
error-browser-share-cancelled = Das Teilen wurde abgebrochen.
error-browser-download-refused = Der Browser hat den Download nicht erlaubt.
error-browser-no-document = Kein Dokument.
error-browser-no-link-element = Kein Link-Element.
error-browser-no-file = Es wurde keine Datei gewählt.
error-browser-file-unreadable = Die Datei konnte nicht gelesen werden.
error-browser-not-text = Die Datei ist kein Text.
