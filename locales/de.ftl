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
widget-suggested-by = Vorgeschlagen von { $who }
widget-review-comments = Kommentare aus Rückmeldungen
widget-review-comment = { $who }: { $text }
widget-imported-nothing = Dein Plan bleibt, wie er war. Es wurde nichts importiert.
widget-imported-opened = Der Plan ist geöffnet.
widget-imported-kept-aside = Der Plan ist geöffnet. Dein bisheriger Plan ist aufbewahrt: Du kannst ihn unter „Teilen“ wiederherstellen.
widget-imported-beside = Die geteilten Einträge stehen jetzt neben deinen eigenen.

## Core: what the plan and its insights say (src/core: insights, plan, review, dates, steps)

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
error-items-skill-gaps = Lücken bei Fähigkeiten
error-items-fun-plans = Pläne für etwas Schönes
error-items-mood-check-ins = Stimmungseinträge
error-items-reframes = Umgedeutete Gedanken
error-items-went-well-notes = Notizen, was gut lief
error-items-writing-sessions = Schreibsitzungen
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
