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

## Screen: Overview (src/ui/steps/overview.rs)

lead-overview = Alles an einem Ort: wie weit du gekommen bist, was als Nächstes kommt und jeder Termin deines Plans.

## Screen: Today (src/ui/steps/today.rs)

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
share-include-slate = Den Tag mitschicken, an dem ich reinen Tisch gemacht habe
share-never-in-a-link = Was du in der Schreibübung schreibst, und Text, der in einem Formular steht, aber nicht gespeichert ist, kommen nie in einen Link.
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
    [one] { $count } Lücke bei Fähigkeiten
   *[other] { $count } Lücken bei Fähigkeiten
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
share-carries-slate = den Tag, an dem du reinen Tisch gemacht hast
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
share-left-out-slate = der Tag, an dem du reinen Tisch gemacht hast
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
about-writing-claim = Menschen, die über ihre Gedanken und Gefühle zum Verlust ihres Jobs schrieben, 20 Minuten am Tag an fünf Tagen, hatten acht Monate später häufiger wieder Arbeit: 53%, gegenüber 24% und 14% in den beiden Vergleichsgruppen. Die Schreibenden bewarben sich nicht häufiger als die anderen; ihre Einstellungen änderten sich.
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
about-advice-reminder = Eine höfliche Erinnerung etwa fünf Arbeitstage nach einer Feedback-Anfrage und danach weitergehen: Das ist eine übliche Gepflogenheit im Recruiting, kein Forschungsergebnis.
about-advice-fun = Etwas Schönes für die nächsten ein, zwei Tage zu planen und die kurze Liste für den Tag des Neins sind Vorschläge von Rebound.
about-advice-writing = Die Schreibübung lehnt sich lose an den Aufbau der Studie an: Die Studie bat um 20 Minuten am Tag an fünf Tagen; Rebound bietet bis zu vier Einheiten und einen optionalen Timer über 15 oder 20 Minuten.
about-advice-setback = Der Plan für den nächsten Rückschlag greift eine Idee aus JOBS II auf, wo Menschen ihn in Gruppensitzungen mit Trainerinnen und Trainern übten; hier schreibst du ihn für dich allein.
about-advice-care = Der kleine Schritt an einem schweren Tag, der Hinweis nach mehreren schweren Tagen und die Worte, um jetzt Unterstützung zu finden, sind gewöhnliche Fürsorge, keine Behandlung. Rebound ersetzt keine Ärztin und keinen Arzt.
lead-about = Rebound ist ein kleines, kostenloses Werkzeug für die Tage nach einer Absage, gemacht, um ruhig, schnell auf jedem Handy und privat zu sein. Seine Schritte greifen Ideen aus den Studien auf dieser Seite auf, aber Rebound selbst wurde nicht untersucht: Keine Studie hat geprüft, ob die Nutzung hilft.

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

lead-support = Eine Absage kann hart treffen, und manche Tage wiegen schwerer als andere. Sich an jemanden zu wenden ist eine Art, für sich zu sorgen. Diese Worte sind hier, wann immer du sie brauchst, mit oder ohne Verbindung.

## Boot screen (index.html): shown while the app loads

## Widgets: notices, prompts, saving and the browser (src/ui/widgets, src/ui/app.rs, src/web)

## Core: what the plan and its insights say (src/core: insights, plan, review, dates, steps)

## Errors: what forms, imports and storage say when something is refused (src/core, src/ui/widgets/form.rs, src/ui/state.rs)
