# Rebound's words in English, the source language.
#
# How to translate: copy this file to locales/<tag>.ftl (es, de, ar, …) and write each
# message in your language, keeping its id (left of "=") and its variables ({ $name })
# as they are. A comment above a message says where it shows and what it is for.
# Write as a calm friend would: plain words, no guilt, no hurry.
#
# Fluent syntax: https://projectfluent.org/fluent/guide/ . Rebound reads text,
# variables, and choices on a variable ({ $count -> [one] … *[other] … }); plural
# choices use your language's CLDR categories (zero, one, two, few, many, other).

## The shell: around every screen

skip-to-content = Skip to content
# The top bar's links.
nav-label = Plan
nav-my-plan = My plan
nav-share = Share
nav-reviewing = Reviewing
nav-about = About
# At the foot of every screen.
footer-private = Your plan stays on this device. Nothing is sent anywhere unless you share it.
# The colour picker at the foot of every screen.
theme-label = Colours
theme-system = Match my device
theme-light = Light
theme-dark = Dark
# The language picker at the foot of every screen. Each language is shown in its own name.
language-label = Language
# Under the language picker, when a language's words could not be fetched.
language-unavailable = { $language } could not be loaded just now. Rebound stays in the language it was in; try again when you are online.
# The browser tab's title: the screen's name, then the app's.
page-title = { $screen } · Rebound

## Getting support now (the support screen, a very low check-in, the footer link)

support-trusted = Tell someone you trust how you are, today: a friend, someone in your family, a colleague you get on with. A short message is enough, such as “Rough day. Could we talk?”
support-emergency = If you might not be safe, call your local emergency number now.
# Before and after the link to findahelpline.com (the link's text is the site's name).
support-helpline-before = For a free, confidential helpline in your country,{" "}
support-helpline-after = {" "}lists them country by country; searching for “helpline” and the name of your country finds them too.
support-doctor = Your doctor can help as well, and not only in an emergency.
# Shown at once under the small step, after a "1 · Very low" check-in.
support-now-title = You don't have to carry a day like this alone.

## The steps: the indicator at the top and the links at the foot of a screen

steps-label = Steps
# Above the step indicator, once a step is done.
steps-done = { $done } of 6 steps done
# Above a step's title.
step-of-six = Step { $step } of 6
# A step's link in the indicator, as a screen reader says it. $done is "yes" or "no".
step-link-numbered = Step { $step }: { $name }{ $done ->
    [yes] , done
   *[no] {""}
}
step-link = { $name }{ $done ->
    [yes] , done
   *[no] {""}
}
prev-next-label = Previous and next step
# The link to the step before. In a right-to-left language, point the arrow the reading way.
previous-step = ← { $name }
next-step = Next: { $name } →

## Choices: the options of the forms' lists (each list's options, in order)

stage-application = Application
stage-screening = Screening call
stage-interview = Interview
stage-assessment = Task or assessment
stage-final-round = Final round
stage-offer = Offer stage
stage-other = Other

channel-email = Email
channel-call = Phone call
channel-portal = Job portal
channel-in-person = In person
channel-ghosted = No answer at all

request-status-not-sent = Not sent yet
request-status-sent = Sent, waiting
request-status-answered = Answered
request-status-no-answer = No answer
request-status-closed = Closed

feedback-category-preparation = Preparation
feedback-category-communication = Communication
feedback-category-confidence = Confidence
feedback-category-skills-gap = Skills or experience gap
feedback-category-motivation = Motivation
feedback-category-culture-fit = Culture fit
feedback-category-salary = Salary
feedback-category-stronger-candidate = Stronger candidate
feedback-category-role-closed = Role closed or on hold
feedback-category-other = Other

certainty-fact = They said it
certainty-guess = My guess

level-entry = Entry
level-junior = Junior
level-mid = Mid-level
level-senior = Senior
level-lead = Lead or manager
level-head = Head or director

cause-competition = Strong competition
cause-level = Wrong level
cause-area = Wrong area
cause-not-sure = Not sure yet

skill-category-technical = Technical
skill-category-domain = Domain knowledge
skill-category-communication = Communication
skill-category-leadership = Leadership
skill-category-interviewing = Interviewing
skill-category-other = Other

priority-high = High
priority-medium = Medium
priority-low = Low

method-course = Course
method-qualification = Qualification
method-project = Project
method-practice = Practice

gap-status-not-started = Not started
gap-status-in-progress = In progress
gap-status-done = Done

app-kind-application = Application deadline
app-kind-interview = Interview
app-kind-follow-up = Follow-up

## Lines the plan says of its items (in lists, the calendar, reviews)

# The calendar's name, in the .ics file of the plan's dates.
calendar-name = Rebound plan
# A dated entry of the next-job step: its kind ("Interview"), the role, the company.
action-application = { $kind }: { $role } at { $company }
# What a reviewer suggests, as the plan's owner sees it. $method and $level are the names
# of the choices in the forms (method-…, level-…).
suggestion-skill-gap = A skill gap: { $skill } ({ $method })
suggestion-skill-gap-how = A skill gap: { $skill } ({ $method }). How: { $how }
suggestion-role = A target role: { $title } ({ $level })
suggestion-search-change = A change to your search: { $text }
suggestion-prep = Something to prepare: { $text }

## Long lists, shown a page at a time

# The button under a long list: shows the next page.
show-more = Show { $count } more
show-fewer = Show fewer

## Form widgets shared by every screen

# A point of a 1-to-5 scale: its number, then its word ("1 · Very low").
scale-option = { $n } · { $word }
# The mood scale (check-ins, fun).
mood-very-low = Very low
mood-low = Low
mood-okay = Okay
mood-good = Good
mood-great = Great
# The skill level scale (skill gaps).
skill-level-beginner = Beginner
skill-level-basic = Basic
skill-level-working = Working
skill-level-strong = Strong
skill-level-expert = Expert

## The mood chart (Stay positive): what a screen reader says of it

mood-chart-summary = Mood over { $count } check-ins, from { $first } on { $first_date } to { $last } on { $last_date }
mood-chart-one = One check-in: { $mood } on { $date }
mood-chart-none = No check-ins yet
# One dot's tooltip: the day, then the mood's word.
mood-chart-dot = { $date }: { $mood }

## Screens: each screen's title (its heading and the browser tab), then its short name (the step indicator, "Next: …")

screen-start = What happened
screen-feedback = Get the most out of feedback
screen-search = Refine your search
screen-skills = Fill your skill gaps
screen-fun = Do something fun
screen-positive = Stay positive
screen-next-job = Focus on the next job
screen-overview = My plan
screen-share = Share and back up
screen-import = A plan to open
screen-about = About Rebound
screen-today = For today
screen-reviewing = Reviewing a plan
screen-review = A review of your plan
screen-support = Need to talk to someone?

short-start = Start
short-feedback = Feedback
short-search = Search
short-skills = Skills
short-fun = Fun
short-positive = Positive
short-next-job = Next job
short-overview = My plan
short-share = Share
short-import = Open
short-about = About
short-today = Today
short-reviewing = Reviewing
short-review = Review
short-support = Support

## Screen: Start (src/ui/steps/start.rs)

lead-start = Here is what you have recorded. The steps work on one of them at a time, marked below; skills, roles and plans are shared across all of them.
# A tag on a rejection that never came: the company went silent.
tag-no-answer = No answer
start-title-what-happened = What happened?
start-title-your-rejections = Your rejections
start-title-add-another-rejection = Add another rejection
start-label-company = Company
start-label-role = Role
start-legend-how-did-it-come = How did it come?
start-label-stage-reached = Stage reached
start-label-contact-name = Contact name
start-hint-the-recruiter-or-interviewer = The recruiter or interviewer, for your feedback request. Left out of shared links unless you choose otherwise.
start-label-contact-email = Contact email
start-label-their-message = Their message
start-hint-private-it-stays-on = Private: it stays on this device and is left out of shared links unless you choose otherwise.

## Screen: Feedback (src/ui/steps/feedback.rs)

# The feedback request, written for the employer, in the language chosen for it under
# "Language of the request" (it may not be the person's). It is plain text in an email:
# $role, $company and $name are as the person recorded them. $stage is how far the
# process went: application, screening, interview, assessment, final_round, offer or
# other; a choice on it fits the words to the stage.
# The greeting, when the contact's name is known. $name: the contact's name.
feedback-request-greeting = Dear { $name },
# The greeting, when no contact name was recorded.
feedback-request-greeting-no-name = Hello,
# The subject, after a no that came.
feedback-request-subject = Feedback on my application: { $role } at { $company }
# The subject, after no answer at all.
feedback-request-subject-ghosted = Following up on my application: { $role } at { $company }
# The first paragraph, after a no that came: thanks only for what happened at the stage reached.
feedback-request-opening =
    { $stage ->
        [application] Thank you for letting me know your decision on my application for the { $role } role at { $company }, and for taking the time to consider it.
        [screening] Thank you for letting me know your decision on the { $role } role at { $company }, and for taking the time to speak with me.
        [interview] Thank you for letting me know your decision on the { $role } role at { $company }, and for the time you and the team spent with me.
        [assessment] Thank you for letting me know your decision on the { $role } role at { $company }, and for taking the time to look at my work.
        [final_round] Thank you for letting me know your decision on the { $role } role at { $company }, and for the time you and the team spent with me.
        [offer] Thank you for letting me know your decision on the { $role } role at { $company }, and for the time you and the team spent with me.
       *[other] Thank you for letting me know your decision on the { $role } role at { $company }.
    }
# The first paragraph, after no answer at all: what happened, then no pressure.
feedback-request-opening-ghosted =
    { $stage ->
        [application] I applied for the { $role } role at { $company } and haven't heard back since.
        [screening] I had a screening call about the { $role } role at { $company } and haven't heard back since.
        [interview] I interviewed for the { $role } role at { $company } and haven't heard back since.
        [assessment] I completed the task for the { $role } role at { $company } and haven't heard back since.
        [final_round] I had my final-round interview for the { $role } role at { $company } and haven't heard back since.
        [offer] I reached the offer stage for the { $role } role at { $company } and haven't heard back since.
       *[other] I was in the process for the { $role } role at { $company } and haven't heard back since.
    } If a decision has been made, I completely understand.
# What feedback could be about, at the stage reached; it is $stronger in the two asks
# below ("a few words of feedback on …"). At the offer stage it asks about the person,
# never about the employer's process.
feedback-request-stronger =
    { $stage ->
        [application] where my CV and application could have been stronger
        [screening] where my application and our call could have been stronger
        [interview] where my interview could have been stronger
        [assessment] where my task and application could have been stronger
        [final_round] where my interviews could have been stronger
        [offer] where I could have been stronger at the offer stage
       *[other] where my application could have been stronger
    }
# The ask, after a no that came. $stronger: feedback-request-stronger.
feedback-request-ask = I would really value a few words of feedback on { $stronger }. Even one or two points would help me prepare for the next one.
# The ask, after no answer at all. $stronger: feedback-request-stronger.
feedback-request-ask-ghosted = Could you let me know where things stand? If it is not going ahead for me, a few words on { $stronger } would really help me prepare for the next one.
# Only when "Ask them to keep me in mind for similar roles" is ticked.
feedback-request-keep-in-mind = I remain very interested in { $company }, and I would be glad if you kept me in mind for similar roles.
feedback-request-closing = Thank you for your time, and I hope our paths cross in the future.
# The last lines: the sign-off, then the person's name on a line of its own.
feedback-request-sign-off =
    Kind regards,
    { $name }
# The sign-off, when the person has not given a name yet.
feedback-request-sign-off-no-name = Kind regards
# The first line of the request when it is copied to paste into an email. $subject: its subject.
feedback-request-subject-line = Subject: { $subject }
# A choice of language for the request only (the screen stays in the person's language).
feedback-request-language = Language of the request
feedback-request-language-hint = If they read another language, the request can be written in it. Only the request changes.
# Under "Language of the request", when a language's words could not be fetched.
# $language: the language chosen (its own name); $current: the language the request stays in.
feedback-request-language-unavailable = { $language } could not be loaded just now, so the request stays in { $current }. Try again when you are online.
# The card on what a no at this stage means (read by screen readers as its name).
feedback-about-this-no = About this no
# Before one suggestion for next time, in bold.
feedback-one-thing-for-next-time = One thing for next time:{" "}
feedback-fairness = If you think the decision was about your age, a disability, a pregnancy, your race or another protected characteristic, an employment-rights advice service in your country can tell you, free of charge, where you stand.
# The quiet box at the foot of the screen with a quotation (read by screen readers as its name).
feedback-later-thought = A thought for later
feedback-later-thought-intro = A thought for when the sting has eased:
# Marcus Aurelius, Meditations 4.7, in Gregory Hays's English translation. Translate the
# English line; the source below says it went through English.
feedback-later-thought-quote = “Choose not to be harmed, and you won’t feel harmed.”
feedback-later-thought-source = Marcus Aurelius, Meditations 4.7 (in Gregory Hays’s translation)
feedback-composer-hint = Short and polite works best. It names the role and the company, so whoever reads it knows which application it is about. Edit it as you like before sending: your words are kept.
feedback-keep-in-mind = Ask them to keep me in mind for similar roles
# Shown once the person has changed the suggested request, before a button.
feedback-edited = You have edited this request; your words are kept.{" "}
feedback-use-suggested = Use the suggested text again
feedback-copy-request = Copy request
feedback-open-in-email = Open in email app
feedback-copied = Copied. Paste it into an email or message.
feedback-copy-failed = The browser did not allow copying. You can select the text and copy it yourself.
# When the request would go out unsigned. $field: the name field's label ("Your name (for the sign-off)").
feedback-name-first = Add your name first, in “{ $field }”: the request is signed with it, so they know who is asking.
# After the request's status, when it was sent. $date: the day it was sent.
feedback-sent-on-date = {" "}· sent { $date }
feedback-i-sent-it = I sent it
# $days: how many working days have passed since the request was sent (5); $date: the reminder's day.
feedback-reminder-due =
    It has been { $days ->
        [one] { $days } working day
       *[other] { $days } working days
    }: time for one friendly reminder ({ $date }).
# $date: the reminder's day; $days: how many days until then (1 is tomorrow).
feedback-reminder-on =
    If you hear nothing, send one friendly reminder on { $date } ({ $days ->
        [1] tomorrow
       *[other] in { $days } days
    }).
feedback-i-sent-the-reminder = I sent the reminder
# $date: the day after which to stop waiting.
feedback-let-it-go = Reminder sent. If nothing comes by { $date }, let the request go and move on: their silence is not about you.
feedback-they-answered = They answered
feedback-no-answer = No answer
feedback-stop-waiting = Stop waiting
feedback-answered-note = Good: add what they said below, one point at a time.
feedback-done-with-request = Done with this request
feedback-you-asked = You asked, which is what mattered. You can still note your own reading of how it went below.
feedback-start-over = Start over
# The heading of the form that adds one feedback point.
feedback-add-a-point = Add a point
feedback-add-feedback = Add feedback
# Next to a feedback point, by its category, before what it can become.
feedback-about-role-closed = The role closed or went on hold: a decision about their plans, not about you. If what they said names something you want to build anyway, you can still keep it below.
feedback-about-stronger-candidate = Someone else was a closer fit this time: their decision, not a flaw of yours to fix. If what they said names something you want to build anyway, you can still keep it below.
feedback-about-culture-fit = Culture fit is about the match between you and this team, not a skill to build. Change your search if it tells you what suits you, or ask them what they meant: an example makes it easier to judge.
feedback-about-salary = Pay is about fit too, not a skill. Change your search if the range was off, or check pay ranges for this role (adverts and salary surveys show them) before the next application.
# A link to what a feedback point became. $skill: the skill, as the person wrote it.
feedback-became-skill-gap = → Skill gap: { $skill }
# A link to what a feedback point became. $change: the change, as the person wrote it.
feedback-became-search-change = → Search change: { $change }
feedback-make-skill-gap = Make it a skill gap
feedback-change-my-search = Change my search
# A browser dialog before a feedback point is removed.
feedback-confirm-remove = Remove this feedback point?
feedback-remove = Remove
# The Remove button's name for screen readers. $text: the feedback point, as written.
feedback-remove-label = Remove feedback: { $text }

lead-feedback = A short or standard rejection is a good reason to ask for more. Feedback is information for your next application, not a verdict on you.
# Before the feedback request's status ("Not sent yet").
request-status-prefix = Status:{" "}
# A tag on feedback the person guessed rather than was told.
tag-hunch = Your hunch, to check
tag-outside-your-control = Outside your control
feedback-title-ask-for-feedback = Ask for feedback
feedback-label-your-name-for-the = Your name (for the sign-off)
feedback-label-subject = Subject
feedback-label-your-request = Your request
feedback-title-track-your-request = Track your request
feedback-label-sent-on = Sent on
feedback-hint-leave-empty-for-today = Leave empty for today.
feedback-title-what-they-said = What they said
feedback-text-no-feedback-yet-when = No feedback yet. When it comes, add each point on its own, so you can act on it. Your own reading counts too: mark it as a guess.
feedback-label-what-did-they-say = What did they say?
feedback-label-category = Category
feedback-label-which-stage-was-it = Which stage was it about?
feedback-legend-is-this = Is this…
feedback-showing = Showing { $shown } of { $total } points.

## Screen: Search (src/ui/steps/search.rs)

lead-search = Sometimes a no just means someone else was a little stronger. Sometimes it is a hint that the role's level or area doesn't fit yet. Check both, calmly.
search-title-what-was-it-about = What was it about?
search-legend-mostly = Mostly…
search-label-why-do-you-think = Why do you think so?
search-title-your-skills-and-experience = Your skills and experience
search-label-your-skills = Your skills
search-hint-separate-them-with-commas = Separate them with commas, e.g. SQL, Figma, negotiation.
search-label-the-level-your-experience = The level your experience supports
search-title-target-roles = Target roles
search-label-role-title = Role title
search-label-area = Area
search-hint-industry-or-field = Industry or field
search-label-level = Level
search-label-skills-it-asks-for = Skills it asks for
search-hint-separate-them-with-commas-2 = Separate them with commas.
search-title-changes-to-my-search = Changes to my search
search-label-another-change = Another change
search-empty-roles = Add the kind of role you are aiming at, with the skills such adverts ask for. Rebound checks how well it fits you.
search-empty-changes = List one or two concrete changes. Feedback points can land here with one tap from step 1.

## Screen: Skills (src/ui/steps/skills.rs)

lead-skills = If the roles you want ask for something you don't have yet, plan how to get it: a course, a qualification, a project or plain practice. Each gap you close makes you a stronger candidate, and gives you something to speak about with confidence.
# A skill gap's tag. $priority is a choice's name: High, Medium, Low.
tag-priority = { $priority } priority
tag-date-passed = Date passed: move it when you're ready
skills-title-at-a-glance = At a glance
skills-text-no-skill-gaps-yet = No skill gaps yet. Add one below, or turn a feedback point or a role's missing skill into one with a tap.
skills-title-your-skill-gaps = Your skill gaps
skills-label-skill = Skill
skills-label-if = If…
skills-placeholder-it-is-saturday-morning = it is Saturday morning
skills-label-then-i = then I…
skills-placeholder-do-one-module = do one module
skills-label-skill-category = Skill category
skills-label-priority = Priority
skills-label-what-showed-this-gap = What showed this gap?
skills-hint-the-feedback-or-the = The feedback or the role that pointed to it.
skills-legend-current-level = Current level
skills-legend-target-level = Target level
skills-label-how-to-close-it = How to close it
skills-label-cost = Cost
skills-hint-optional-in-your-currency = Optional, in your currency
skills-label-target-date = Target date
skills-showing = Showing { $shown } of { $total } skill gaps.
skills-edit-gap = Edit skill gap
skills-add-gap = Add a skill gap
skills-level-line = Level { $current } → { $target } ({ $word })

## Screen: Fun (src/ui/steps/fun.rs)

lead-fun = Right after a no, do something you enjoy, ideally with people you like, in the next day or two. In programmes that ran over several weeks, planning pleasant things lifted people's well-being: a review of 20 trials found so (see About). One evening is smaller than that, and still worth having.
tag-done = Done
fun-title-planned = Planned
fun-title-plan-something-fun = Plan something fun
fun-label-what-will-you-do = What will you do?
fun-label-with-whom = With whom
fun-hint-optional = Optional
fun-label-when = When
fun-legend-how-do-you-feel = How do you feel right now?
fun-legend-how-do-you-feel-2 = How do you feel now?
fun-label-a-new-time = A new time
fun-empty = Nothing planned yet. Pick one small, enjoyable thing for the next two days.
fun-mood-before-after = Mood before: { $before } · after: { $after }
fun-mood-before = Mood before: { $before }
fun-mood-after = Mood after: { $after }

## Screen: Positive (src/ui/steps/positive.rs)

lead-positive = Give yourself time to recover, then, when you are ready, wipe the slate clean so the last no doesn't follow you into the next interview. What you note here is private: it stays on this device, a share link leaves it out unless you tick it on the Share page, and your writing never goes into a link.
positive-title-how-are-you-today = How are you today?
positive-legend-today-s-mood = Today's mood
positive-label-a-word-about-it = A word about it (optional)
positive-text-check-in-once-a = Check in once a day; after a few days you'll see how your mood moves.
positive-title-write-it-out = Write it out
positive-label-today-s-writing = Today's writing
positive-title-reframe-a-thought = Reframe a thought
positive-label-the-thought = The thought
positive-placeholder-i-ll-never-get = I'll never get a job like this
positive-label-a-kinder-balanced-view = A kinder, balanced view
positive-placeholder-i-got-to-the = I got to the final round, so I'm close
positive-title-what-went-well = What went well
positive-label-something-that-went-well = Something that went well
positive-title-if-i-get-another = If I get another no…
positive-label-if-i-get-another = If I get another no, then I will…
positive-placeholder-take-a-walk-call = take a walk, call a friend, and look at my plan the next morning
positive-check-in-line = { $date }: { $mood } · { $word }

## Screen: Next job (src/ui/steps/next_job.rs)

lead-next-job = The only job that matters now is the next one. Put the dates in, and let the checklist carry what you learned into your preparation.
next-job-title-your-weekly-rhythm = Your weekly rhythm
next-job-label-if = If…
next-job-placeholder-it-is-monday-morning = it is Monday morning
next-job-label-then-i = then I…
next-job-placeholder-read-new-adverts-and = read new adverts and apply to one
next-job-title-coming-up = Coming up
next-job-text-nothing-dated-yet-add = Nothing dated yet. Add your next application deadline or interview below.
next-job-title-add-an-application-or = Add an application or interview
next-job-label-company = Company
next-job-label-role = Role
next-job-label-what-is-it = What is it?
next-job-label-date = Date
next-job-label-time = Time
next-job-hint-optional = Optional
next-job-label-notes = Notes
next-job-title-preparation-checklist = Preparation checklist
next-job-showing-upcoming = Showing { $shown } of { $total } dates coming up.
next-job-showing-earlier = Showing { $shown } of { $total } earlier dates.
next-job-showing-checklist = Showing { $shown } of { $total } checklist items.

## Screen: Overview (src/ui/steps/overview.rs)

lead-overview = Everything in one place: how far you've come, what's next, and every date in your plan.
# A tag on a kind of feedback heard from several employers.
tag-keeps-coming-back = keeps coming back
# A line of feedback, then its kind in brackets.
feedback-with-category = { $text } [{ $category }]
# A target role, then its level.
role-with-level = { $title } ({ $level })
# After the rejection in focus: the stage it came at, and its date.
stage-and-date = {" "}({ $stage }, { $date })
overview-title-reviews-of-your-plan = Reviews of your plan
overview-title-progress = Progress
overview-title-due-next = Due next
overview-text-nothing-dated-is-waiting = Nothing dated is waiting. Add a follow-up, a skill target or an interview and it will show up here.
overview-title-you-are-not-the = You are not the only one
overview-title-patterns-in-your-feedback = Patterns in your feedback
overview-title-all-dates = All dates
overview-text-no-dates-yet = No dates yet.
overview-title-my-plan-in-brief = My plan in brief
overview-showing-dates = Showing { $shown } of { $total } dates.
overview-brief-feedback = Feedback
overview-showing-feedback = Showing { $shown } of { $total } feedback points.
overview-brief-roles = Target roles
overview-showing-roles = Showing { $shown } of { $total } roles.
overview-brief-search-changes = Search changes
overview-showing-search-changes = Showing { $shown } of { $total } search changes.
overview-brief-skill-gaps = Skill gaps
overview-showing-skill-gaps = Showing { $shown } of { $total } skill gaps.
overview-brief-fun = Something fun
overview-showing-fun = Showing { $shown } of { $total } fun plans.

## Screen: Today (src/ui/steps/today.rs)

lead-today = You have written down what happened, and that is a real first step. Today only a few small things matter. Do any of them, or none, and stop whenever you like.
today-title-ask-for-feedback = Ask for feedback
today-label-your-name-for-the = Your name (for the sign-off)
today-title-plan-one-good-thing = Plan one good thing

## Screen: Share (src/ui/steps/share.rs)

lead-share = Send your plan to a mentor, a friend or your other device, or keep a backup file. The plan travels inside the link itself, after the #, which browsers never send to the site that serves Rebound. Whatever carries the link (a chat app, an email) carries everything in it, so send it only to people you trust.
share-title-share-as-a-link = Share as a link
share-label-your-share-link = Your share link
share-share-title-my-rebound-plan = My Rebound plan
share-qr-hint-scan-it-with-another = Scan it with another phone's camera to open the plan there.
share-qr-label-qr-code-of-your = QR code of your share link
share-title-back-up = Back up
share-title-your-plan-before-the = Your plan before the last import
share-title-delete-everything-on-this = Delete everything on this device

## Screen: Import (src/ui/steps/import.rs)

lead-import-none = There is no shared plan waiting here.
lead-import-refused = This plan can't be opened.
lead-import = Have a look first. Nothing is saved until you choose below.
import-title-target-roles = Target roles
import-title-search-changes = Search changes
import-title-skill-gaps = Skill gaps
import-title-something-fun = Something fun
import-title-applications-and-interviews = Applications and interviews
import-title-reframed-thoughts = Reframed thoughts

## Screen: About (src/ui/steps/about.rs)

lead-about = Rebound is a small, free tool for the days after a job rejection, built to be calm, quick on any phone, and private. Its steps borrow ideas from the studies on this page, but Rebound itself has not been tested: no study has looked at whether using it helps.
about-title-who-the-studies-followed = Who the studies followed
about-title-support = Support
about-title-your-data = Your data
about-title-the-research-behind-the = The research behind the steps
about-title-advice-not-findings = Advice, not findings

## Screen: Reviewing (src/ui/steps/reviewing.rs)

lead-reviewing = Reviews you are writing of other people's plans. They stay on this device, apart from your own plan, until you send them.
reviewing-text-you-are-not-reviewing = You are not reviewing anyone's plan. When someone shares their plan with you, open their link and choose “Review this plan”.
reviewing-title-the-plan = The plan
reviewing-text-this-plan-has-nothing = This plan has nothing in it to comment on yet. You can still suggest things and write a note below.
reviewing-title-suggest-something-new = Suggest something new
reviewing-label-how-to-build-it = How to build it
reviewing-label-how-you-would-close = How you would close the gap
reviewing-hint-optional-a-course-a = Optional: a course, a project, someone to ask.
reviewing-label-level = Level
reviewing-title-your-note-and-your = Your note and your name
reviewing-label-a-note-for-them = A note for them
reviewing-hint-a-few-sentences-for = A few sentences for the whole plan: what is going well, what you would do first.
reviewing-label-your-name = Your name
reviewing-hint-so-they-know-who = So they know who reviewed it.
reviewing-title-send-your-review = Send your review
reviewing-label-your-review-link = Your review link
reviewing-share-title-my-review-of-your = My review of your Rebound plan
reviewing-qr-hint-scan-it-with-their = Scan it with their phone's camera to open your review there.
reviewing-qr-label-qr-code-of-your = QR code of your review link

## Screen: Review (src/ui/steps/review.rs)

lead-review-none = There is no review to show here.
lead-review-refused = This review can't be opened.

## Screen: Support (src/ui/steps/support.rs)

lead-support = Being turned down can hit hard, and some days weigh more than others. Reaching out is a way of looking after yourself. These words are here whenever you need them, with or without a connection.
support-title-getting-support-now = Getting support now

## Boot screen (index.html): shown while the app loads

## Widgets: notices, prompts, saving and the browser (src/ui/widgets, src/ui/app.rs, src/web)

## Core: what the plan and its insights say (src/core: insights, plan, review, dates, steps)

## Errors: what forms, imports and storage say when something is refused (src/core, src/ui/widgets/form.rs, src/ui/state.rs)
