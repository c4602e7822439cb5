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
# Under the language picker, when the language's file belongs to a newer version of the
# app (a page left open across an update); a Reload button follows.
language-with-new-version = { $language } needs the new version of Rebound. Reload to use it; what you wrote is kept.
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

start-add-another = Add another rejection
start-cancel = Cancel
# Asked before a recorded rejection is removed. $title is its role and company, as recorded.
start-remove-confirm = Remove “{ $title }” and its feedback? Skill gaps and search changes made from it stay.
# Under a recorded rejection that never came (no answer at all): the day they were last heard from.
start-last-heard = Last heard { $date }
# Under a recorded rejection: its day, then how it came ($channel: "Email", "Phone call"…).
start-date-channel = { $date } · { $channel }
# Under a recorded rejection: how many points of feedback it has.
start-feedback-count = { $count ->
    [one] { $count } feedback point
   *[other] { $count } feedback points
}
# A tag on the rejection the steps work on now.
start-in-focus = The steps are on this one
# The button that makes the steps work on this rejection.
start-work-on-this = Work on this one
start-edit = Edit
start-remove = Remove
# Under the date field, when what was typed is not a whole date.
start-date-error = Please enter the date as a full date.
# The date field's label: for a no, or for an application that was never answered.
start-date-of-no = Date of the no
start-date-last-heard = Date you last heard from them
# A fold of the form that opens to show the optional fields.
start-contact-more = Contact and message (optional)
start-save-changes = Save changes
# The button under the very first rejection: saving it starts the plan.
start-save-and-start = Save and start my plan
start-add-this = Add this rejection
lead-start = Here is what you have recorded. The steps work on one of them at a time, marked below; skills, roles and plans are shared across all of them.
# A tag on a rejection that never came: the company went silent.
tag-no-answer = No answer
start-title-your-rejections = Your rejections
start-title-add-another-rejection = Add another rejection
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
# The same when the file belongs to a newer version of the app; a Reload button follows.
feedback-request-language-with-new-version = { $language } needs the new version of Rebound. Reload to write the request in it; what you wrote is kept. Until then the request stays in { $current }.
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

# Ready-made changes to the search, offered as buttons under "Ideas:" (each shows as
# "+ " and the idea). A tap adds the words to the person's list, where they are theirs
# to edit, so write them as the person would say them.
search-idea-lower-level = Also apply for roles one level lower
search-idea-wider-area = Widen the area I search in
search-idea-must-haves = Only apply where I meet most of the must-haves
search-idea-cv-look-over = Ask someone in the field to look over my CV
search-idea-tailor-cv = Tailor my CV to each role's top three requirements
search-ideas = Ideas:
search-add-change = Add change
# Under "What was it about?". $rejection is the rejection the steps work on, such as
# "Analyst at Acme".
search-thinking-about = Thinking about { $rejection }.
# Under the choice "Mostly…": a word for each answer (cause-…).
search-cause-competition-advice = Then keep aiming here. Strong competition means you were in the right race.
search-cause-level-advice = Consider roles a level closer to your experience, or build the missing pieces first.
search-cause-area-advice = Look at where your strengths are valued most, and adjust the area you search in.
search-cause-not-sure-advice = That is fine. Feedback, if it comes, may tell you more.
search-save-skills = Save my skills
search-skills-saved = Saved. The match check below is up to date.
search-add-role-title = Add a target role
search-add-role = Add role
search-confirm-remove-role = Remove this target role?
search-remove = Remove
# The name a screen reader gives the Remove button of a target role. $role is its title.
search-remove-role-label = Remove role { $role }
# The name a screen reader gives the Remove button of a change. $change is the change.
search-remove-change-label = Remove change: { $change }
# How a target role's level compares with the person's own (their level is saved above).
search-level-unknown = Save your level above to compare.
search-level-below = Below your level: you could aim higher.
search-level-fits = Matches your level.
search-level-stretch = One step above your level.
search-level-big-stretch = Two or more steps above your level.
# A role's match check, after its verdict (such as "Good match"): the share of the
# role's listed skills the person has ($percent, 0 to 100), then $level, one of the
# search-level-… lines.
search-match-detail = {" "}· { $percent ->
    [0] none of the listed skills yet
   *[other] { $percent }% of the listed skills
} · { $level }
# The skills a role asks for that the person has. $skills is their list, joined by
# search-list-separator.
search-you-have = You have: { $skills }
# Between two skills in a list (a comma and a space in English).
search-list-separator = {", "}
# Above the skills a role asks for that the person does not have yet.
search-to-build = To build:
# A missing skill already planned as a skill gap. $skill is the skill.
search-chip-planned = { $skill } ✓ planned
# A button that turns a missing skill ($skill) into a skill gap.
search-chip-add-gap = + { $skill } as a skill gap
# The evidence written into a skill gap made from a role's missing skill; the person can
# change it. $role is the role's title.
search-gap-evidence = Asked for in { $role } roles
# A link under a change to the search that came from feedback. $company is the company.
search-from-feedback = From feedback at { $company }
lead-search = Sometimes a no just means someone else was a little stronger. Sometimes it is a hint that the role's level or area doesn't fit yet. Check both, calmly.
search-title-what-was-it-about = What was it about?
search-legend-mostly = Mostly…
search-label-why-do-you-think = Why do you think so?
search-title-your-skills-and-experience = Your skills and experience
search-label-your-skills = Your skills
search-hint-your-skills = Separate them with commas, e.g. SQL, Figma, negotiation.
search-label-your-level = The level your experience supports
search-title-target-roles = Target roles
search-label-role-title = Role title
search-label-area = Area
search-hint-industry-or-field = Industry or field
search-label-level = Level
search-label-skills-it-asks-for = Skills it asks for
search-hint-role-skills = Separate them with commas.
search-title-changes-to-my-search = Changes to my search
search-label-another-change = Another change
search-empty-roles = Add the kind of role you are aiming at, with the skills such adverts ask for. Rebound checks how well it fits you.
search-empty-changes = List one or two concrete changes. Feedback points can land here with one tap from step 1.

## Screen: Skills (src/ui/steps/skills.rs)

# At a glance: each number shows in bold just before these words ("3 gaps", "1 done",
# "2 past the date you set"). $count is that number: it chooses the words' form.
skills-glance-gaps = {" "}{ $count ->
    [one] gap
   *[other] gaps
}
skills-glance-done = {" "}{ $count ->
   *[other] done
}
skills-glance-past-date = {" "}{ $count ->
   *[other] past the date you set
}
# The name a screen reader gives the overall progress bar.
skills-progress-overall-label = Overall progress on skill gaps
# $percent is 0 to 100.
skills-progress-overall = { $percent }% of the way overall
# Shown on a skill gap once its status is Done.
skills-closed = Closed. That is one more thing you can speak about with confidence in your next interview, and proof that you keep learning.
# The name a screen reader gives a skill gap's progress bar. $skill is the skill.
skills-progress-label = Progress on { $skill }
# After a gap's level line: its target date ($date) and how far away it is ($countdown,
# such as "in 3 days").
skills-by-date = {" "}· by { $date } ({ $countdown })
# After a gap's level line: what closing it costs, a number in the person's currency.
skills-cost = {" "}· cost { $cost }
# Why the gap is there, as the person wrote it ($evidence).
skills-why = Why: { $evidence }
# A gap's link back to the feedback it came from. $company is the company.
skills-from-feedback = From feedback at { $company }
# The label of a gap's status list. $skill is the skill.
skills-status-of = Status of { $skill }
skills-edit = Edit
skills-remove = Remove
# The name a screen reader gives a gap's Remove button. $skill is the skill.
skills-remove-label = Remove skill gap { $skill }
# The browser's confirmation before a gap is removed. $skill is the skill.
skills-confirm-remove = Remove the skill gap “{ $skill }”?
skills-if-then-legend = Next action as an if-then plan
# Keep the citation (names and year) as it is; "About" is the About page.
skills-if-then-hint = Tie the action to a moment: “If it is Saturday morning, then I do one module.” Plans made this way help people act on their goals (Gollwitzer & Sheeran, 2006; see About).
# Under the Cost field, when what was typed is not a whole number.
skills-cost-not-whole = Please enter the cost as a whole number.
# The form's button: saves the gap being edited, or adds a new one.
skills-submit-save = Save skill gap
skills-submit-add = Add skill gap
skills-cancel = Cancel
lead-skills = If the roles you want ask for something you don't have yet, plan how to get it: a course, a qualification, a project or plain practice. Each gap you close makes you a stronger candidate, and gives you something to speak about with confidence.
# A skill gap's tag. $priority is a choice's name: High, Medium, Low.
tag-priority = { $priority } priority
tag-date-passed = Date passed: move it when you're ready
skills-title-at-a-glance = At a glance
skills-empty = No skill gaps yet. Add one below, or turn a feedback point or a role's missing skill into one with a tap.
skills-title-your-skill-gaps = Your skill gaps
skills-label-skill = Skill
skills-label-if = If…
skills-placeholder-it-is-saturday-morning = it is Saturday morning
skills-label-then-i = then I…
skills-placeholder-do-one-module = do one module
skills-label-skill-category = Skill category
skills-label-priority = Priority
skills-label-what-showed-this-gap = What showed this gap?
skills-hint-what-showed-gap = The feedback or the role that pointed to it.
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
fun-title-planned = Planned
fun-empty = Nothing planned yet. Pick one small, enjoyable thing for the next two days.
fun-title-plan = Plan something fun
# Above the ideas below. Tapping one puts its words in "What will you do?", where the person can change them.
fun-ideas = Ideas, most of them free. Tap one, then make it your own:
fun-idea-walk = A walk with a friend
fun-idea-call = Call someone you like
fun-idea-good-at = Something you are good at
fun-idea-matters = Something that matters to you
fun-idea-cook = Cook a favourite meal
fun-idea-game-night = A game night
fun-idea-film = A film or a gig
fun-label-what = What will you do?
fun-label-with-whom = With whom
fun-hint-optional = Optional
fun-label-when = When
# The mood scale's question while planning (optional).
fun-legend-mood-before = How do you feel right now?
fun-plan-it = Plan it
# Under a day-and-time field, when the day or the time is missing.
fun-pick-time = Please pick a day and a time.
# A time of day after a day, as in "Saturday at 18:30" ($time: "18:30"). $hour is the
# time's hour as a number (0–23), for a language whose word before a time depends on it
# (Spanish: "a la 01:30", "a las 18:30"); English needs only one form.
at-time = { $hour ->
   *[other] at
} { $time }
# A plan's day, when ($at: "at 18:00", as at-time says it), and how far off it is
# ("tomorrow", "in 3 days").
fun-when = { $date } { $at } ({ $countdown })
# A plan marked done.
tag-done = Done
# $before and $after are the mood's words ("Okay", "Good").
fun-mood-before-after = Mood before: { $before } · after: { $after }
fun-mood-before = Mood before: { $before }
fun-mood-after = Mood after: { $after }
# Under a plan marked done.
fun-done-note = Noted. Something good happened this week, and it counts.
# The mood scale's question when marking a plan done.
fun-legend-mood-after = How do you feel now?
fun-save-done = Save and mark done
fun-cancel = Cancel
fun-label-new-time = A new time
fun-save-time = Save the new time
# Once a plan's time has passed. It never says "overdue".
fun-did-it-happen = Did it happen? If it did, say how it was.
fun-it-happened = It happened
# What a screen reader says of the button above; $title is the plan ("A walk with Sam").
fun-it-happened-named = It happened: { $title }
fun-not-yet = Not yet: pick another time
# Removes a plan whose time has passed, gently.
fun-let-go = Let it go
# Asked in a browser dialog before "Let it go".
fun-let-go-confirm = Let this plan go?
fun-mark-done = Mark it done
# What a screen reader says of the button above; $title is the plan ("A walk with Sam").
fun-mark-done-named = Mark it done: { $title }
# Gives a plan another day or time.
fun-move = Move it
fun-remove = Remove
# Asked in a browser dialog before "Remove".
fun-remove-confirm = Remove this plan?

## Screen: Positive (src/ui/steps/positive.rs)

lead-positive = Give yourself time to recover, then, when you are ready, wipe the slate clean so the last no doesn't follow you into the next interview. What you note here is private: it stays on this device, a share link leaves it out unless you tick it on the Share page, and your writing never goes into a link.
# The daily mood check-in (also on the "For today" screen).
positive-title-check-in = How are you today?
positive-legend-mood = Today's mood
# Under the mood scale, when "Check in" is pressed with no mood picked.
positive-pick-mood = Pick how you feel, from 1 to 5.
positive-label-mood-note = A word about it (optional)
positive-check-in = Check in
# After a low check-in (1 or 2 of 5).
positive-checked-in-low = Checked in for today. Thank you for saying how it really is.
positive-checked-in = Checked in for today. Thank you for noticing how you feel.
# After a low check-in: this, in bold, then one small, concrete thing to do.
positive-small-step-title = One small thing for today:{" "}
# $step is the small thing, such as "take a ten-minute walk, at any pace"; it follows the line above.
positive-small-step = { $step }. That is enough.
positive-empty-check-ins = Check in once a day; after a few days you'll see how your mood moves.
positive-check-ins = Your check-ins
# One past check-in: its day, the mood's number and its word ("4 · Good").
positive-check-in-line = { $date }: { $mood } · { $word }
# A remove button's name for a screen reader.
positive-remove-check-in = Remove the check-in of { $date }
# After several low check-ins in two weeks: a calm word, never an alarm.
positive-low-days-title = You have had several low days in the last two weeks.
positive-low-days-talk = That is worth talking about with your doctor, or with someone you trust. You don't need to be at breaking point to ask for support: a rejection can weigh more than it seems.
# Before and after the link to findahelpline.com (the link's text is the site's name).
positive-low-days-helpline-before = If you ever feel you might not be safe, call your local emergency number now. To find a free, confidential helpline in your country, go to{" "}
positive-low-days-helpline-after = .
# Expressive writing about the rejection, a few sessions on different days.
positive-title-write-it-out = Write it out
positive-writing-how = Write freely about this no: what happened, how it feels, and what it touches in the rest of your life. Spelling and order don't matter.
positive-writing-private = It stays in this browser on this device, so anyone who uses this browser here could open it. It never goes into a share link; a backup file keeps it, for you.
positive-writing-low = Feeling a little low straight after writing like this is common, and it passes. You can stop, or change topic, at any time.
# Keep the authors' names and the year as they are; "About" is the About screen.
positive-writing-study = This follows a study in which people who had lost their jobs wrote like this for 20 minutes a day (Spera, Buhrfeind & Pennebaker, 1994; see About).
positive-writing-none = Writing is about one no at a time: record what happened first, on the start screen.
# The rejection the writing is about; $title is its role and company ("Analyst at Acme").
positive-writing-about = About: { $title }
# $session is today's session's number (1, 2…), $sessions the most there can be (4).
positive-writing-session = Today is session { $session } of up to { $sessions }, each on a different day. There is no score and no streak: a day you skip is simply a day off.
positive-label-writing = Today's writing
positive-earlier-sessions = Earlier sessions
# An earlier session's day, when it was written before writing was kept for each rejection.
positive-earlier-session-unlinked = { $date } (written before Rebound kept writing for each no)
# A remove button's name for a screen reader.
positive-remove-writing = Remove the writing of { $date }
# An optional timer for the writing; its buttons are positive-timer-minutes (15 and 20).
positive-timer = A gentle timer, if it helps (optional):
positive-timer-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
# When the timer's time is up: no alarm.
positive-timer-done = That's the time. Finish your thought, and stop whenever you are ready.
positive-timer-close = Close the timer
positive-timer-left = { $minutes ->
    [one] About { $minutes } minute left
   *[other] About { $minutes } minutes left
}
positive-timer-stop = Stop the timer
positive-title-reframe = Reframe a thought
positive-reframe-how = Write the harsh thought down as it comes, then answer it the way a good friend would: kind, and fair to the facts.
positive-label-thought = The thought
# An example of a harsh thought, shown in the empty field.
positive-placeholder-thought = I'll never get a job like this
positive-label-kinder = A kinder, balanced view
# An example of a kinder answer to the thought above, shown in the empty field.
positive-placeholder-kinder = I got to the final round, so I'm close
positive-save-reframe = Save reframe
# A saved reframe's second line: the kinder view. In a right-to-left language, point the arrow the reading way.
positive-reframe-kinder = → { $kinder }
# A remove button's name for a screen reader; $thought is the harsh thought as written.
positive-remove-reframe = Remove reframe: { $thought }
positive-title-went-well = What went well
positive-went-well-how = Even in a process that ended in a no, some things went well. Note them: they are yours to keep.
positive-label-went-well = Something that went well
positive-add = Add
# The day a "went well" note was written, under it.
positive-went-well-day = { $date }
# A remove button's name for a screen reader; $text is the note as written.
positive-remove-went-well = Remove: { $text }
# The if-then plan for the next setback.
positive-title-setback = If I get another no…
positive-setback-how = Decide now, while you are calm, what you will do next time. In the JOBS II programme, job seekers who had rehearsed coping with setbacks and later lost a new job had fewer signs of depression than others (see About). Rebound borrows the idea; you write the plan on your own.
# The field's label; the person's words follow it.
positive-label-setback = If I get another no, then I will…
# An example, shown in the empty field; it continues the label above.
positive-placeholder-setback = take a walk, call a friend, and look at my plan the next morning
positive-save-setback = Save my plan
positive-saved = Saved.
# The moment of leaving the last rejection behind, when the person feels ready.
positive-slate-title = Wipe the slate clean
positive-slate-before = When you feel ready, not before, mark the moment. What you learned stays; the sting can go.
positive-slate-button = Wipe the slate clean
positive-slate-wiped = Slate wiped clean on { $date }.
positive-slate-after = The last no is behind you. What you learned comes with you into the next interview; the rest can stay here. If it still stings some days, that is normal, and it does not undo this.

## Screen: Next job (src/ui/steps/next_job.rs)

lead-next-job = The only job that matters now is the next one. Put the dates in, and let the checklist carry what you learned into your preparation.
next-job-title-your-weekly-rhythm = Your weekly rhythm
# Under "Your weekly rhythm". The example in quotes is the same as the fields' examples
# (next-job-placeholder-if and next-job-placeholder-then) put together.
next-job-rhythm-hint = A steady week beats a frantic one. Tie your search to a moment, as an if-then plan: “If it is Monday morning, then I read new adverts and apply to one.”
# The first half of the if-then plan; the person writes the rest.
next-job-label-if = If…
# An example in the "If…" field, continuing it.
next-job-placeholder-if = it is Monday morning
# The second half of the if-then plan; the person writes the rest.
next-job-label-then-i = then I…
# An example in the "then I…" field, continuing it.
next-job-placeholder-then = read new adverts and apply to one
next-job-save-rhythm = Save my rhythm
# Shown once the weekly rhythm is saved.
next-job-rhythm-saved = Saved.
# Under the weekly rhythm, only when there is at least one: how many applications are
# dated this week.
next-job-this-week = Applications dated this week: { $count }
next-job-title-coming-up = Coming up
next-job-text-nothing-dated-yet = Nothing dated yet. Add your next application deadline or interview below.
# The heading of the applications and interviews whose day has passed.
next-job-earlier = Earlier
# On each application's card, under the number of days left (the number shows above
# this word, in large type).
next-job-countdown-unit = { $count ->
    [one] day
   *[other] days
}
# An application's or interview's heading: the role, then the company, as the person
# wrote them.
next-job-role-at-company = { $role } at { $company }
# After the kind of an application ("Interview"): its day, then how long until then
# ($countdown: "in 3 days", "tomorrow", "today").
next-job-when = { $date } · { $countdown }
# The same with a time of day ($at: "at 14:30", as at-time says it).
next-job-when-at = { $date } { $at } · { $countdown }
# What a screen reader says of the Remove button of an application or interview.
next-job-remove-application = Remove { $role } at { $company }
next-job-title-add-application = Add an application or interview
next-job-label-company = Company
next-job-label-role = Role
next-job-label-what-is-it = What is it?
next-job-label-date = Date
next-job-label-time = Time
next-job-hint-optional = Optional
next-job-label-notes = Notes
# Under the Date field when the form is sent without a date.
next-job-pick-date = Please pick the date.
next-job-add-to-plan = Add to my plan
next-job-title-preparation-checklist = Preparation checklist
next-job-checklist-hint = The basics, plus what your feedback and skill gaps ask for.
# Above the checklist while nothing on it is ticked.
next-job-checklist-none-ready = Tick each one as you get it ready.
# Above the checklist: how many of its items are ticked.
next-job-checklist-ready = { $ready } of { $total } ready
# What a screen reader says of the Remove button of an item the person added to the
# checklist ($item: the item's words).
next-job-remove-prep = Remove from the checklist: { $item }
# A small link beside a checklist item that came from the Feedback step.
next-job-from-feedback = from feedback
# A small link beside a checklist item that came from the Skills step.
next-job-from-skill-gaps = from skill gaps
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
# A note on the day of the no and the day after. A link to the "For today" screen
# follows it (the screen's title, screen-today, is the link's text), after a space.
overview-day-one = Just had the no? The few things worth doing today, and nothing more, are on one screen:
overview-print = Print my plan
# A button that downloads the plan's dates as a calendar file (.ics).
overview-add-to-calendar = Add dates to my calendar (.ics)
overview-title-reviews-of-your-plan = Reviews of your plan
# A review of the plan someone sent back: a link named by who sent it; the second when
# they left their name empty (its own sentence: some languages change "your reviewer"'s
# form after "from").
overview-review-from = From { $name }
overview-review-from-unsigned = From your reviewer
# After a review's date: its suggestions, none answered yet.
overview-review-suggestions-open = { $count ->
    [one] 1 suggestion to look at
   *[other] { $count } suggestions to look at
}
# After a review's date: how many of its suggestions the person accepted.
overview-review-suggestions-accepted = { $accepted } of { $count ->
    [one] 1 suggestion
   *[other] { $count } suggestions
} accepted
# After a review's date: how many of its comments the person kept.
overview-review-comments-kept = { $count ->
    [one] 1 comment kept
   *[other] { $count } comments kept
}
overview-title-progress = Progress
# After a step, or a dated action, that is done (after a " · ").
overview-done = done
# A dated action's day and time of day ($time: "14:30").
overview-date-time = { $date } { $time }
# After a dated action whose day has passed (after a " · "): never a warning, a question
# or a next step. An application or interview:
overview-passed = passed
# A reminder to an employer about feedback:
overview-passed-follow-up = time for the reminder
# The day to stop waiting for an employer's answer:
overview-passed-close-loop = time to let it go
# A skill gap's target date:
overview-passed-skill-gap = date passed: move it when you're ready
# Something fun that was planned:
overview-passed-fun = did it happen? Say how it went
overview-title-due-next = Due next
overview-text-nothing-waiting = Nothing dated is waiting. Add a follow-up, a skill target or an interview and it will show up here.
# Shown after more than one no.
overview-title-not-the-only-one = You are not the only one
overview-several-noes = Most people hear several noes before a yes. Each one is a decision about one opening, and reaching interview at all means your application worked.
# Shown after about three noes at the same stage ($stage: the stage's name, "Interview").
overview-same-stage = Several of your noes came at the same stage ({ $stage }). That is a good moment to talk it over with a person: a careers service, a mentor, or someone who can run a mock interview with you.
overview-title-patterns-in-your-feedback = Patterns in your feedback
# $count: how many rejections the plan holds.
overview-patterns-hint = Across { $count ->
    [one] 1 rejection
   *[other] { $count } rejections
}. A theme that repeats is worth a skill gap or a search change.
# After a kind of feedback in bold ("Preparation"): how many points of that kind
# employers said, and how many employers said them.
overview-pattern-said = : { $points ->
    [one] 1 point
   *[other] { $points } points
} from { $employers ->
    [one] 1 employer
   *[other] { $employers } employers
}
# After a kind of feedback in bold, when no employer said it: the person's own guesses.
overview-pattern-hunches = : { $count ->
    [one] 1 hunch of your own
   *[other] { $count } hunches of your own
}
# The same, after overview-pattern-said.
overview-pattern-hunches-too = , and { $count ->
    [one] 1 hunch of your own
   *[other] { $count } hunches of your own
}
overview-title-all-dates = All dates
overview-text-no-dates-yet = No dates yet.
overview-title-my-plan-in-brief = My plan in brief
# Before the rejection these steps are about (a space follows).
overview-brief-in-focus = The no these steps are about:
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
# After a skill gap or a fun plan that is done (after a space).
overview-brief-done = (done)
# Headings in the summary: the weekly search rhythm, and the plan for another no.
overview-brief-rhythm = My weekly rhythm
overview-brief-setback = If I get another no

## Screen: Today (src/ui/steps/today.rs)

# Under the mood check-in: a link to the writing in Stay positive, between two parts of a sentence.
today-write-before = Or, if words help more than numbers:{" "}
today-write-link = write it out
today-write-after = , privately, in Stay positive.
# $company is the company as the person wrote it.
today-request-ready = A short, polite request to { $company } is ready, written from what you recorded. Send it in the next day or two; today only if you feel up to it.
today-copy = Copy the request
today-open-email = Open in email app
today-copied = Copied. Paste it into an email or message, then come back to mark it sent.
# A button: the request has gone out.
today-sent = I sent it
today-read-first = Read or change the request first
# $when says when it was sent ("today", "yesterday", "3 days ago"); $date is the day a reminder would be due.
today-request-sent = Request sent { $when }. If you hear nothing, Rebound will suggest one friendly reminder on { $date }.
# Before a link to the feedback step.
today-asked-before = You have asked for feedback.{" "}
today-asked-link = See where it stands
# $what is what the person planned, in their words; $when is the day ("today", "tomorrow", "in 3 days"); $at its time ("at 18:30", as at-time says it).
today-planned = Planned: { $what }, { $when } { $at }. Enjoy it.
today-fun-hint = Something you enjoy, in the next day or two: a walk, a meal with a friend, a film. Tap an idea, then plan it.
today-enough-title = Enough for today
today-enough-close = You can close Rebound now. Everything is saved on this device.
# $when is how soon ("tomorrow", "in 3 days"), $date that day, $what the thing that will be due then ("Send one friendly reminder to Acme").
today-useful-again = Rebound will be useful again { $when } ({ $date }): { $what }.
# The same, when what is due is something fun the person planned.
today-useful-again-fun = Rebound will be useful again { $when } ({ $date }): { $what }, and afterwards a moment to note how it went.
today-nothing-dated = Nothing is dated yet. Once you send the request, Rebound works out when a reminder would be due.
# A sentence with a link to My plan in the middle.
today-other-steps-before = The other steps (your search, your skills) work best once feedback arrives, so there is no need to start them today. When you are ready:{" "}
today-other-steps-link = my plan
today-other-steps-after = .
lead-today = You have written down what happened, and that is a real first step. Today only a few small things matter. Do any of them, or none, and stop whenever you like.
today-title-ask-for-feedback = Ask for feedback
today-label-your-name-for-the = Your name (for the sign-off)
today-title-plan-one-good-thing = Plan one good thing

## Screen: Share (src/ui/steps/share.rs)

# The section titles.
share-title-link = Share as a link
share-title-back-up = Back up
# Shown after a plan was replaced by an opened one: the plan from before, kept aside.
share-title-before-import = Your plan before the last import
share-title-delete-everything = Delete everything on this device
share-empty-plan = Your plan is empty so far, so a link would carry nothing yet. Record what happened first, then come back here.
# The private parts a link leaves out unless ticked: the group's legend, then one checkbox each.
share-private-legend = Private parts, left out unless you tick them
share-include-moods = Include my mood check-ins
share-include-reframes = Include my reframed thoughts
share-include-messages = Include the rejection messages
share-include-contacts = Include contact names and emails
share-include-went-well = Include what went well
share-include-setback-plan = Include my plan for the next setback
share-include-slate = Include the day I wiped the slate clean
# "Write it out" is the name of a section of the Stay positive step.
share-never-in-a-link = Your writing (Write it out) and text typed into a form but not saved are never put in a link.
# What the link holds: a heading, then a list that changes as boxes are ticked.
share-contains-title = This link contains
share-contains-nothing = Nothing yet.
# The list's name, as a screen reader says it.
share-contains-label = What the link contains
# The list's lines. In English they start in lower case, as items after "This link contains".
share-carries-rejections = the companies and roles you recorded, with how far each went and when
share-carries-contacts = the contact names and email addresses you recorded
share-carries-name = your name, as you sign the feedback request
share-carries-skills = your skills and level
share-carries-reading = your reading of what each no was about
share-count-messages = { $count ->
    [one] { $count } rejection message
   *[other] { $count } rejection messages
}
share-count-feedback = { $count ->
    [one] { $count } feedback point
   *[other] { $count } feedback points
}
share-count-roles = { $count ->
    [one] { $count } target role
   *[other] { $count } target roles
}
share-count-search-changes = { $count ->
    [one] { $count } search change
   *[other] { $count } search changes
}
share-count-skill-gaps = { $count ->
    [one] { $count } skill gap
   *[other] { $count } skill gaps
}
share-count-fun = { $count ->
    [one] { $count } fun plan
   *[other] { $count } fun plans
}
share-count-moods = { $count ->
    [one] { $count } mood check-in
   *[other] { $count } mood check-ins
}
share-count-reframes = { $count ->
    [one] { $count } reframed thought
   *[other] { $count } reframed thoughts
}
share-count-went-well = { $count ->
    [one] { $count } thing that went well
   *[other] { $count } things that went well
}
share-count-writing = { $count ->
    [one] { $count } writing session
   *[other] { $count } writing sessions
}
share-count-applications = { $count ->
    [one] { $count } application or interview
   *[other] { $count } applications and interviews
}
share-carries-setback-plan = your plan for the next setback
share-carries-slate = the day you wiped the slate clean
# Under the list: the private parts this plan has that the link leaves out. $parts is
# a list of the share-left-out-… lines below, joined by share-left-out-separator.
share-left-out = Left out: { $parts }.
share-left-out-separator = {"; "}
share-left-out-moods = your moods
share-left-out-reframes = your reframed thoughts
share-left-out-messages = the rejection messages
share-left-out-went-well = what went well
share-left-out-setback-plan = your setback plan
share-left-out-contacts = the names and emails of your contacts
share-left-out-writing = your writing
share-left-out-rhythm = your weekly rhythm
share-left-out-drafts = text typed but not saved
share-left-out-slate = the day you wiped the slate clean
# The box with the link, and what goes with it.
share-link-label = Your share link
# The title the phone's share sheet gives the link.
share-sheet-title = My Rebound plan
share-qr-hint = Scan it with another phone's camera to open the plan there.
# The QR code's name, as a screen reader says it.
share-qr-label = QR code of your share link
share-backup-text = A backup file holds your whole plan, private parts included. Keep it somewhere safe.
share-backup-export = Export a backup file
share-backup-restore = Restore from a backup file
# After a backup file was saved.
share-backup-saved = Backup file saved to your downloads.
# $date: the day the previous plan was kept aside.
share-before-import-kept = Kept on { $date }. You can look at it and bring it back.
share-before-import-restore = Restore my previous plan
share-delete-what = You can remove everything Rebound keeps in this browser: your plan, text typed into a form but not saved, your writing, reviews you are writing for other people, copies kept aside, the backup reminder's dates and your choice of colours. Links you have sent and backup files you have saved are not touched.
share-delete-start = Delete everything…
# Asked once more before deleting: the first sentence in bold, then the second.
share-delete-cannot-undo = This can't be undone.
share-delete-backup-first = Once it is gone, Rebound cannot bring it back. If you might want your plan again, export a backup first: you can open it here later, or on another device.
share-delete-export = Export a backup first
share-delete-confirm = Yes, delete everything
share-delete-cancel = Cancel, keep everything
# The page shown once everything was deleted.
share-gone-title = Everything is deleted
share-gone-lead = Everything Rebound kept on this device is gone: your plan, your drafts and writing, the reviews you were writing and the copies kept aside. This tab saves nothing more.
# The same, when it was deleted in another tab.
share-gone-elsewhere-lead = Everything Rebound kept on this device is gone: it was deleted in another tab. This tab saves nothing more, so nothing comes back.
share-gone-backup = If you saved a backup file, you can open it from Share whenever you want it again. Whenever you are ready, you can start fresh.
# A button: loads the app again, empty.
share-gone-start-fresh = Start fresh
# The page shown when only part could be deleted.
share-gone-partly-title = Not everything could be deleted
share-gone-partly-lead = Rebound removed what it could from this device, and this tab saves nothing more.
share-gone-try-again = Try again
lead-share = Send your plan to a mentor, a friend or your other device, or keep a backup file. The plan travels inside the link itself, after the #, which browsers never send to the site that serves Rebound. Whatever carries the link (a chat app, an email) carries everything in it, so send it only to people you trust.

## Screen: Import (src/ui/steps/import.rs)

import-go-to-plan = Go to my plan
# Under why a plan could not be opened.
import-not-changed = Your own plan has not been changed.
# Shown once on My plan, after the person chose not to open a shared plan.
import-nothing-imported = Nothing was imported.
# The heading of a plan about to be opened. $name is the name the plan was signed with.
import-from-link = { $name } shared a plan with you
import-from-file = { $name } saved this plan in a backup file
# The same, for a plan that has no name in it.
import-from-link-unnamed = Someone shared a plan with you
import-from-file-unnamed = Someone saved this plan in a backup file
import-empty = It is empty.
# Before the list of what the plan holds ("3 feedback points", "1 skill gap"…).
import-holds = It holds:
import-choice-title = What would you like to do?
import-open = Open this plan
import-not-now = Not now
import-have-plan = You already have a plan on this device.
import-replace = Replace my plan
import-replace-hint = Your current plan is kept aside and can be restored from Share.
import-keep-mine = Keep mine
import-keep-mine-hint = Nothing changes.
import-keep-both = Keep both
import-keep-both-hint = The shared items are added beside your own.
import-review = Review this plan
import-review-hint = Comment on it and suggest things, then send your review back as a link. Your own plan is not touched.
import-review-old = This link comes from an older version of Rebound, so a review couldn't find its way back. Ask for a new link to review it.
import-preview-title = The plan, read-only
import-rejections = Rejections
# After a rejection's role and company in the preview: the stage it came at ("Interview"), and its day.
import-stage-date = {" "}· { $stage } · { $date }
# A skill gap in the preview: the skill, then its if-then plan ("If it is Saturday morning, then I do one module").
import-gap-plan = { $skill }: { $plan }
# An application or interview in the preview: the role, the company, the day.
import-application = { $role } at { $company } · { $date }
# A reframed thought in the preview: the thought, then the kinder view. In a right-to-left language, point the arrow the reading way.
import-reframe = { $thought } → { $kinder }
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

# How to translate this page: the sentences are translated; every figure stays exactly
# as it is (63, 53%, g = 0.52, d = 0.65, 2.67, 7 in 10, 73 in 100…), and so does each
# statistic's plain-words gloss. The names of programmes (JOBS, JOBS II, the Michigan
# JOBS trials) stay as written. The sources (authors, year, journal) are not in this
# file: they are shown as published.
about-title-who = Who the studies followed
about-who-intro = None of them looked at people using an app on their own after one no. Most followed people who had lost a job or were out of work, many of them in programmes run by trainers, over several sessions or weeks. What helped them may help you less, or in a different way.
about-studied-writing = Writing about a job loss: 63 professionals who had been laid off.
about-studied-jobs = The Michigan JOBS trials: unemployed people in group sessions led by trainers.
about-studied-job-search = The review of 47 job-search programmes: people looking for work, in structured programmes, most of them led by trainers.
about-studied-pleasant = The review of 20 trials of pleasant activities: people in programmes that ran over several weeks.
about-studied-if-then = The review of if-then plans: people working towards many kinds of goals, not job seekers in particular.
about-title-support = Support
# Followed by a link to the support screen (its title, "Need to talk to someone?").
about-support-text = If a rejection weighs on you, or anything else does, reaching out today can help.{" "}
about-title-your-data = Your data
about-data-where = Your plan lives in this browser's storage on this device. There is no account and no server: the app sends nothing anywhere, and loads no outside fonts, trackers or analytics.
about-data-saving = It is saved automatically as you go, including what you type into a form before you press its button. To keep it safe, export a backup file now and then from the Share page: browsers can clear a site's data, and some do so after a week without a visit. A backup file holds everything, your writing included.
about-data-links = When you share a link, the plan travels inside the link itself, and whatever carries the link (a chat app, an email) carries what is in it. Private parts (your moods, reframed thoughts, what went well, your setback plan, the rejection messages, and the names and emails of the people you were in touch with) are left out unless you tick them; your writing and text typed but not saved never go into a link. The Share page lists what a link contains before you send it.
about-title-research = The research behind the steps
# Under each finding. $who: who took part (one of the about-…-who messages below).
about-who-took-part = Who took part: { $who }
# After a finding's source, before a link to the step that uses it.
about-used-in = used in
# Spera, Buhrfeind & Pennebaker (1994): writing about losing a job.
about-writing-claim = People who wrote about their thoughts and feelings on losing their job, 20 minutes a day for five days, were more often back in work eight months later: 53%, against 24% and 14% in the two comparison groups. The writers did not apply for more jobs than the others; their attitudes changed.
about-writing-who = 63 professionals who had been laid off, in a small study. One of the two comparison groups was not formed by random assignment, so it may have differed from the writers from the start.
# Mazzucchelli, Kane & Rees (2010): pleasant activities. "g" is the effect size's name.
about-pleasant-claim = Programmes in which people planned and did pleasant activities raised their well-being: across 20 trials, the average effect size was g = 0.52.
about-pleasant-plain = In plain words: a medium effect. After such a programme, the average person felt better than about 7 in 10 people in the comparison groups. One planned evening is much smaller than a programme of several weeks.
about-pleasant-who = people in programmes of pleasant activities that ran over several weeks.
# The source line. $source: the authors and year, as published.
about-pleasant-source = { $source }, a review of trials of behavioural activation (planning rewarding activities)
# Gollwitzer & Sheeran (2006): if-then plans. "d" is the effect size's name.
about-if-then-claim = Making if-then plans (“implementation intentions”) helped people act on their goals: across 94 tests, the average effect size was d = 0.65.
about-if-then-plain = In plain words: a medium to large effect. The average person who made if-then plans acted on their goal more than about 3 in 4 people who did not.
about-if-then-who = people working towards many kinds of goals, not job seekers in particular.
# Liu, Huang & Wang (2014): job-search programmes. Say "odds", never "more likely".
about-job-search-claim = Across 47 job-search programmes, participants' odds of finding work were 2.67 times those of people in the comparison groups (an odds ratio of 2.67).
about-job-search-plain = In plain words: odds set the people who found work against those who did not. Where half of a comparison group found work (odds of 1 to 1), odds 2.67 times as high mean about 73 in 100 participants finding work, instead of 50 in 100.
about-job-search-who = people looking for work, in structured programmes, most of them led by trainers.
about-job-search-what-worked = A separate finding of the same review: the programmes worked when they built both job-search skills and motivation: presenting yourself, belief in your own abilities, being proactive, setting goals, and support from others.
# Caplan et al. (1989): the Michigan JOBS programme.
about-jobs-claim = Among people who were still looking for work, the Michigan JOBS programme as a whole raised their motivation to look.
about-jobs-who = unemployed people in the JOBS programme: a series of group sessions led by trainers.
# Vinokur & Schul (1997): JOBS II. About mood after a setback; nothing here says anyone was protected.
about-jobs2-claim = In JOBS II, people rehearsed how they would cope with setbacks. Those who later lost a new job had fewer signs of depression (depressive symptoms) than people in the comparison group. This finding is about mood after a setback, not about motivation.
about-jobs2-who = unemployed people in JOBS II, the programme's second trial, also in group sessions led by trainers.
about-title-advice = Advice, not findings
about-advice-reminder = One polite reminder about five working days after a feedback request, then moving on, is a common convention in recruiting, not a research finding.
about-advice-fun = Planning something fun for the next day or two, and the short list of things for the day of the no, are Rebound's suggestions.
about-advice-writing = The writing exercise borrows the study's shape loosely: the study asked for 20 minutes a day over five days; Rebound offers up to four sessions and an optional 15 or 20 minute timer.
about-advice-setback = The plan for the next setback borrows an idea from JOBS II, where people practised it in group sessions with trainers; here you write it on your own.
about-advice-care = The small step offered on a low day, the note after several low days and the words for getting support now are ordinary care, not treatment. Rebound is no substitute for a doctor.
lead-about = Rebound is a small, free tool for the days after a job rejection, built to be calm, quick on any phone, and private. Its steps borrow ideas from the studies on this page, but Rebound itself has not been tested: no study has looked at whether using it helps.

## Screen: Reviewing (src/ui/steps/reviewing.rs)

# “Review this plan” is the button on the screen that opens a shared plan.
reviewing-empty = You are not reviewing anyone's plan. When someone shares their plan with you, open their link and choose “Review this plan”.
# A review in the list: after the plan's name. $date: when the review was sent, or started.
reviewing-row-sent = {" "}· sent { $date }
reviewing-row-started = {" "}· started { $date }
# The plan under review. $name: the name its owner signed with.
reviewing-owner = { $name }’s plan
# The same, when the plan is not signed.
reviewing-owner-unsigned = A plan
# Above the heading of a review being written.
reviewing-eyebrow = Reviewing
# “Reviewing” is the link in the top bar (nav-reviewing).
reviewing-lead = Comment on anything, suggest what might help, and add a note. Your review is kept on this device, apart from your own plan, so you can close this tab and come back to it from “Reviewing” at the top. Nothing is sent until you send it.
# A note on tone for the reviewer, and its name as a screen reader says it.
reviewing-tone-label = Before you write
reviewing-tone = A word on tone: whoever made this plan has just been turned down for a job. Start with what is going well, then suggest one to three things that would help most. If the plan shows private things, such as their moods or notes, leave those alone.
reviewing-plan-unreadable = The plan in this review can no longer be read. Ask for a new link to it.
reviewing-title-plan = The plan
reviewing-plan-empty = This plan has nothing in it to comment on yet. You can still suggest things and write a note below.
reviewing-title-plan-with-comments = The plan, read-only, with your comments
reviewing-comments-hint = Leave a box empty where you have nothing to say.
# A comment box's name, as a screen reader says it. $item: the item of the plan.
reviewing-comment-on = Comment on: { $item }
reviewing-comment-placeholder = Your comment
reviewing-title-suggest = Suggest something new
# The list of suggestions made so far, as a screen reader names it.
reviewing-suggestions-label = Your suggestions
# A remove button's name, as a screen reader says it. $suggestion: the suggestion.
reviewing-remove-suggestion = Remove suggestion: { $suggestion }
reviewing-kind-label = What kind of suggestion
reviewing-kind-gap = A skill gap to close
reviewing-kind-role = A role to aim at
reviewing-kind-search = A change to their search
reviewing-kind-prep = Something to prepare for interviews
# The label of the first field, for each kind of suggestion above.
reviewing-what-gap = Skill
reviewing-what-role = Role title
reviewing-what-search = The change
reviewing-what-prep = What to prepare
reviewing-label-method = How to build it
reviewing-label-how = How you would close the gap
reviewing-hint-how = Optional: a course, a project, someone to ask.
reviewing-label-level = Level
reviewing-add-suggestion = Add suggestion
reviewing-title-note-and-name = Your note and your name
reviewing-label-note = A note for them
reviewing-hint-note = A few sentences for the whole plan: what is going well, what you would do first.
reviewing-label-name = Your name
reviewing-hint-name = So they know who reviewed it.
reviewing-title-send = Send your review
reviewing-send-hint = Your review goes back as a link, the way the plan came to you. It carries your comments, suggestions, note and name, and nothing else.
# $date: the day the review was sent.
reviewing-sent-on = Sent { $date }. A change from now on goes as a new round.
reviewing-send = Send my review
reviewing-remove = Remove this review
reviewing-nothing-to-send = Write a comment, a suggestion or a note first: there is nothing to send yet.
# The browser's dialog before a review is removed.
reviewing-remove-confirm = Remove this review from this device? What you wrote in it will be gone.
reviewing-link-label = Your review link
# The title the phone's share sheet gives the link.
reviewing-sheet-title = My review of your Rebound plan
reviewing-qr-hint = Scan it with their phone's camera to open your review there.
# The QR code's name, as a screen reader says it.
reviewing-qr-label = QR code of your review link
# On the screen that opens a shared plan, when "Review this plan" cannot start one.
reviewing-desk-full = You are already writing many reviews. Finish or remove one first.
# When the reviews being written could not be read, or saved. $error: what went wrong,
# in a few words.
reviewing-desk-unreadable = Something went wrong: { $error }. What was stored is kept aside on this device.
reviewing-desk-not-saved = Your review could not be saved on this device: { $error }.
lead-reviewing = Reviews you are writing of other people's plans. They stay on this device, apart from your own plan, until you send them.

## Screen: Review (src/ui/steps/review.rs)

# Above the heading of a review received from someone.
review-eyebrow = A second opinion
# The heading. $name: the name the reviewer signed with.
review-who = { $name } reviewed your plan
# The heading, when the reviewer left no name.
review-who-unsigned = Your reviewer reviewed your plan
review-pending = Nothing in your plan changes until you choose below.
# $date: the day the review came into the plan.
review-received-on = Received { $date }.
review-plan-changed = Your plan has changed since they saw it. Comments about things you have removed since are listed apart, at the end.
review-title-note = Their note
review-title-comments = Comments on your plan
review-comments-hint = Keep a comment to see it on that item's card; let it go if it isn't useful.
review-title-suggestions = Suggestions
review-suggestions-hint = Accept one to add it to your plan, marked as theirs. Declining changes nothing.
review-title-removed = About things no longer in your plan
review-keep-for-later = Keep this review and decide later
review-not-now = Not now
# Before a link to the item a comment is about (the link's text is the item).
review-comment-about = About{" "}
# $item: the item the comment is about, as the reviewer saw it, no longer in the plan.
review-comment-about-removed = About “{ $item }”, no longer in your plan
review-comment-kept = Kept on its card.
review-comment-let-go = Let go.
# Buttons under a comment.
review-keep = Keep
review-let-go = Let go
# Before a link to the item the accepted suggestion became.
review-accepted = Accepted: it is in your plan.{" "}
review-see-it = See it
review-declined = Declined.
review-accept-after-all = Accept after all
# Buttons under a suggestion.
review-accept = Accept
review-decline = Decline
review-go-to-plan = Go to my plan
# Under the reason a review link could not be opened.
review-plan-unchanged = Your own plan has not been changed.
review-not-in-plan = This review is not in your plan any more.
lead-review-none = There is no review to show here.
lead-review-refused = This review can't be opened.

## Screen: Support (src/ui/steps/support.rs)

support-cannot-contact = Rebound keeps everything on this device and cannot contact anyone for you.
lead-support = Being turned down can hit hard, and some days weigh more than others. Reaching out is a way of looking after yourself. These words are here whenever you need them, with or without a connection.
support-title-getting-support-now = Getting support now

## The installed app (pwa/manifest.webmanifest)

# What a phone or computer shows of Rebound once it is installed (the web app manifest,
# pwa/manifest.webmanifest, whose English description must say exactly this; tests/locales.rs
# checks). scripts/post_build.mjs writes one manifest per language from it. Plain text on
# one line. The app's name, Rebound, is the same in every language.
manifest-description = A calm, private plan for the days after a job-interview rejection. Works offline; everything stays on this device.

## Boot screen (index.html): shown while the app loads

# The screen shown while the app loads (index.html), before any of its code has run:
# scripts/post_build.mjs writes these into the page. Plain text on one line only: no
# { $variables }, no choices. Most say exactly what a message of the app says (named
# above each), so nothing changes when the app takes over; tests/boot_words.rs checks
# that they match. The welcome's words and the first form's are also the app's own
# (src/ui/steps/start.rs).

# The browser tab's title while the app loads.
boot-page-title = Rebound: bounce back after a job rejection
# The top bar: nav-label, nav-my-plan, nav-share, nav-about.
boot-nav-label = Plan
boot-nav-my-plan = My plan
boot-nav-share = Share
boot-nav-about = About
# The step indicator: steps-label; each step's name (short-…) and, for the numbered
# steps, its link as a screen reader says it (step-link-numbered, not done).
boot-steps-label = Steps
boot-step-start = Start
boot-step-feedback = Feedback
boot-step-feedback-link = Step 1: Feedback
boot-step-search = Search
boot-step-search-link = Step 2: Search
boot-step-skills = Skills
boot-step-skills-link = Step 3: Skills
boot-step-fun = Fun
boot-step-fun-link = Step 4: Fun
boot-step-positive = Positive
boot-step-positive-link = Step 5: Positive
boot-step-next-job = Next job
boot-step-next-job-link = Step 6: Next job
boot-step-my-plan = My plan
# The welcome for someone new: its heading and lead paragraph.
boot-welcome-title = A calm plan for after a job “no”
boot-welcome-lead = Being turned down hurts, and it says less about you than it feels like today. Rebound walks you through six small steps to learn what you can from it, look after yourself, and get ready for the next one.
# The welcome's list of the six steps: each step's title (screen-…).
boot-welcome-feedback = Get the most out of feedback
boot-welcome-search = Refine your search
boot-welcome-skills = Fill your skill gaps
boot-welcome-fun = Do something fun
boot-welcome-positive = Stay positive
boot-welcome-next-job = Focus on the next job
boot-welcome-privacy = No account, nothing to install. What you write stays on this device unless you choose to share it.
# The first form: its heading, its hint and its first two fields (also the labels of
# the app's form to record a rejection).
boot-what-happened = What happened?
boot-what-hint = A few details are enough. You can change them later.
boot-company = Company
boot-role = Role
# Shown while the app loads, under the welcome, or alone for someone who already has a plan.
boot-opening = Opening your plan…

## Widgets: notices, prompts, saving and the browser (src/ui/widgets, src/ui/app.rs, src/web)

# The line at the top right that says whether the plan is saved.
widget-save-saved = Saved on this device
widget-save-pending = Saving…
widget-save-failed = Not saved
widget-save-read-only = Read-only
widget-save-memory-only = Not saved: this tab only
# A banner when the plan kept on this device could not be read.
widget-unreadable-title = A saved plan could not be read.
# Between the banner's title and the next sentence, when an older copy was opened.
widget-unreadable-restored = Rebound opened your last good copy instead.
widget-unreadable-kept = Its original text is kept safely on this device, unchanged. You can download it, for yourself or for someone who can help.
widget-unreadable-download = Download the original text
# The browser's own yes/no dialog.
widget-unreadable-delete-confirm = Delete the unreadable text from this device? Download it first if you may need it.
widget-unreadable-delete = Delete it
# A banner when the plan was saved by a newer version of the app.
widget-newer-title = This plan was saved by a newer version of Rebound.
widget-newer-text = To keep it safe, this version will not change it. Reload the page to get the newest version.
# The button in the banners about saving and in the backup reminder.
widget-export-backup = Export a backup
# Opens the banner about saving to its way out (what the person can do now).
widget-save-what-to-do = What to do
widget-backup-reminder = It has been more than a week since your last backup. Some browsers clear a site's data after a week without a visit, so a copy of your plan is worth keeping.
widget-not-now = Not now
# A banner when a new version of the app is installed and waiting.
widget-update-ready = A new version of Rebound is ready.
widget-update-reloading = Reloading…
widget-update-reload = Reload
# On About: whether the browser keeps the plan's storage. The label, then one of the four lines after it.
widget-storage-label = Storage on this device:{" "}
widget-storage-checking = checking…
widget-storage-granted = kept. Your browser has agreed not to clear Rebound's data to make room.
widget-storage-not-granted = best effort. Your browser may clear it if the device runs short of space, so export a backup from Share now and then.
widget-storage-not-supported = this browser does not say whether it will keep it. Export a backup from Share now and then.
# Sending a link (a share link or a review): under the link's box, its length.
widget-link-length = { $count ->
    [one] { $count } character
   *[other] { $count } characters
}
# Under a link that is long. $max is the length (2,000).
widget-link-long = This link is over { $max } characters. Some chat apps cut long links short and QR codes get hard to scan. Leaving out private parts or old items makes it shorter; a backup file has no limit.
# The button that opens the phone's share sheet.
widget-share = Share…
widget-copy-link = Copy link
widget-link-copied = Link copied. Paste it into a message or an email.
widget-show-qr = Show a QR code
widget-qr-too-long = This link is too long for a QR code. Leave out some parts, or send the link itself.
# On a step that needs a rejection recorded first.
widget-needs-rejection = This step builds on what happened. Start by recording the rejection: it only takes a minute.
widget-record-what-happened = Record what happened
# On Search and Skills while feedback has not arrived.
widget-waits-for-feedback = This step works best once feedback arrives. If it hasn't come yet, there is no need to start here: it will still be here when it does.
# The small remove button on an item, and the browser's yes/no dialog it opens.
widget-remove = Remove
widget-remove-confirm = Remove this?
# Under a question about an odd date in a form (see the error-date-… messages).
widget-keep-date = Yes, keep this date
# On an item's card: who suggested it in a review ($name is their name as they wrote
# it); the second when they left their name empty.
widget-suggested-by = Suggested by { $name }
widget-suggested-by-unsigned = Suggested by your reviewer
# On an item's card: the list of reviewers' comments kept there, each "name: comment".
widget-review-comments = Comments from reviews
widget-review-comment = { $who }: { $text }
# After opening a shared plan or a backup: a short confirmation at the top of My plan.
widget-imported-nothing = Kept your plan as it was. Nothing was imported.
widget-imported-opened = Opened the plan.
widget-imported-kept-aside = Opened the plan. Your previous plan is kept: you can restore it from Share.
widget-imported-beside = Added the shared items beside your own.

## Core: what the plan and its insights say (src/core: insights, plan, review, dates, steps)

# How a target role fits the person (Refine your search, under each role): a short, kind
# reading of their skills and level against the role's, never a verdict on them.
core-verdict-big-step = A big step up: consider a role one level lower
core-verdict-good = Good match
core-verdict-step-up = Within reach: a step up
core-verdict-partial = Partial match: a few gaps to close
core-verdict-far = Far from your current skills
# What a no at the stage reached usually means (…-line), then one thing for next time
# (…-next, after "One thing for next time: "). Coaching words: calm, no blame, and never
# a judgement of the person.
core-stage-ghosted-line = Not hearing back is sadly common. It says more about their process than about you.
core-stage-ghosted-next = Keep your search going while you wait; one gentle follow-up is enough.
core-stage-application-line = A no at the CV stage is often decided in seconds, against a list of must-haves.
core-stage-application-next = Next time, check your CV against the advert's top three requirements, in its own words.
core-stage-screening-line = A screening call is a quick check of the basics: salary, dates, the main requirements.
core-stage-screening-next = Have a short answer ready for why this role, and for what you are looking for in pay.
core-stage-interview-line = Reaching interview means your application worked: they wanted to meet you.
core-stage-interview-next = Practise your answers out loud, with someone or on your own; it is different from thinking them.
core-stage-final-round-line = At a final round it is often close, and the choice between the last few can be small.
core-stage-final-round-next = If you ask for feedback, ask what tipped it: that is the most useful thing to know.
core-stage-offer-line = A no at the offer stage usually turns on the last details: references, pay, a start date.
core-stage-offer-next = Check what your references will say, and know your pay range before the next offer talk.
core-stage-other-line = A no is their decision about this opening, not a measure of you.
core-stage-other-next = Note what you would do the same way again, and one thing you would change.
# The preparation checklist for the next interview (Focus on the next job): the basics.
core-prep-research = Read up on the company: what it makes, its news, its values
core-prep-stories = Prepare three short stories that show your best work
core-prep-practice = Practise your answers out loud, ideally with someone
core-prep-questions = Write down two or three questions to ask them
core-prep-logistics = Check the time, place or video link the day before
core-prep-learning = Be ready to say what you have been learning since your last no: showing that you keep developing makes you a more attractive candidate
# $skills: the skills the person has been working on, as they wrote them.
core-prep-learning-named = Be ready to say what you have been learning since your last no ({ $skills }): showing that you keep developing makes you a more attractive candidate
# A checklist line from what an employer said. $company and $text are as the person wrote them.
core-prep-feedback = Work on the feedback from { $company }: { $text }
# A checklist line from the person's own guess about how it went (a hunch, not the
# employer's words): something to check, gently.
core-prep-hunch = Check your hunch about { $company }: { $text }
# A skill gap on the checklist, with its if-then plan ($plan is core-if-then).
core-prep-gap-plan = { $skill }: { $plan }
core-prep-keep-building = Keep building { $skill }
# Dated reminders (My plan, For today, the calendar file).
core-action-follow-up = Send one friendly reminder to { $company } about feedback
core-action-close-loop = No answer yet from { $company }: time to let the request go
core-action-skill-target = Skill target: { $skill }
# A fun plan's title: what, and with whom, both as the person wrote them.
core-fun-with = { $what } with { $who }
# One small, concrete thing for a low day (Stay positive), after "One small thing for
# today: " and before "That is enough." Lower case at the start where the language
# allows, and no full stop at the end.
core-small-step-water = drink a glass of water, then step outside for five minutes
core-small-step-message = send one message to someone you like; it doesn't have to be about this
core-small-step-eat = eat something simple and warm, away from your screen
core-small-step-walk = take a ten-minute walk, at any pace
core-small-step-song = put on a song you love and listen to the whole of it
core-small-step-shower = have a shower, and change into something comfortable
# How far away a date is, inside sentences such as "Request sent yesterday" or
# "by Mon 30 Nov 2026 (in 5 days)".
core-countdown-today = today
core-countdown-tomorrow = tomorrow
core-countdown-yesterday = yesterday
core-countdown-in-days = in { $count } days
core-countdown-days-ago = { $count } days ago
# A rejection or a dated application: the role, then the company, as the person wrote them.
core-role-at-company = { $role } at { $company }
# An if-then plan, in one sentence: $cue follows the form's "If…", $action its "then I…".
core-if-then = If { $cue }, then I { $action }.
# Written once into a new skill gap's "What showed this gap?", then the person's to edit.
core-evidence-from-feedback = Feedback from { $company }: { $text }
# Written once into a new search change, then the person's to edit.
core-search-change-from-feedback = Adjust the search: { $text }
# A reviewer who left their name empty.
core-your-reviewer = Your reviewer
# Items of a plan as a reviewer sees them, to comment on.
core-item-role = Role: { $title }
core-item-setback-plan = If I get another no: { $plan }
# What a plan holds, in the preview of a shared plan or a backup (a list, one line each).
core-held-rejections = { $count ->
    [one] { $count } rejection
   *[other] { $count } rejections
}
core-held-rejection-messages = { $count ->
    [one] { $count } rejection message
   *[other] { $count } rejection messages
}
core-held-contacts = { $count ->
    [one] { $count } contact
   *[other] { $count } contacts
}
core-held-feedback-points = { $count ->
    [one] { $count } feedback point
   *[other] { $count } feedback points
}
core-held-target-roles = { $count ->
    [one] { $count } target role
   *[other] { $count } target roles
}
core-held-search-changes = { $count ->
    [one] { $count } search change
   *[other] { $count } search changes
}
core-held-skill-gaps = { $count ->
    [one] { $count } skill gap
   *[other] { $count } skill gaps
}
core-held-fun-plans = { $count ->
    [one] { $count } fun plan
   *[other] { $count } fun plans
}
core-held-mood-check-ins = { $count ->
    [one] { $count } mood check-in
   *[other] { $count } mood check-ins
}
core-held-reframed-thoughts = { $count ->
    [one] { $count } reframed thought
   *[other] { $count } reframed thoughts
}
core-held-went-well = { $count ->
    [one] { $count } thing that went well
   *[other] { $count } things that went well
}
core-held-writing-sessions = { $count ->
    [one] { $count } writing session
   *[other] { $count } writing sessions
}
core-held-applications = { $count ->
    [one] { $count } application or interview
   *[other] { $count } applications and interviews
}

## Errors: what forms, imports and storage say when something is refused (src/core, src/ui/widgets/form.rs, src/ui/state.rs)

# Under a form's field when the plan refuses what was typed. $field is one of the
# error-field-… names below.
error-empty = Please fill in the { $field }.
error-too-long = The { $field } is too long (at most { $max } characters).
error-out-of-range = The { $field } must be between 1 and 5.
error-not-found = That item no longer exists.
# Under a button whose item was removed meanwhile.
error-no-longer-in-plan = This is no longer in your plan. It may have been removed in another tab.
error-list-full = This list is full ({ $count } items). Remove some old ones first.
# On Stay positive, once the writing exercise is done. $count is the number of days (4).
error-writing-done = You have written on { $count } days, which is the whole exercise. What you wrote is kept below, for you alone.
error-not-a-skill = Culture fit and pay are about the match with this employer, not a skill to build: a change to your search fits it better.
# A question about an odd date in a form, with a "Yes, keep this date" button under it.
error-date-future = That date is in the future. Is it right?
error-date-before-rejection = That target date is before your last rejection. Is it right?
error-time-passed = That time has already passed. Keep it anyway?
error-time-far = That is more than two days away. Rebound suggests something sooner, but it is your call. Keep this time?
error-date-passed = That date has already passed. Add it anyway?
# The names of the things a plan holds, as the messages above and the error-invalid-…
# messages name them ("Please fill in the company.", "a company is too long").
error-field-company = company
error-field-role = role
error-field-contact-name = contact name
error-field-contact-email = contact email
error-field-message = message
error-field-note = note
error-field-feedback = feedback
error-field-evidence = evidence
error-field-name = name
error-field-role-title = role title
error-field-area = area
error-field-current-level = current level
error-field-target-level = target level
error-field-skill = skill
error-field-change = change
error-field-if-part = if part
error-field-then-part = then part
error-field-plan = plan
error-field-who = who
error-field-mood = mood
error-field-thought = thought
error-field-kinder-view = kinder view
error-field-what-went-well = what went well
error-field-setback-plan = setback plan
error-field-writing = writing
error-field-comment = comment
error-field-how = how
error-field-preparation-item = preparation item
error-field-reviewer-name = reviewer's name
error-field-review-note = review note
error-field-comment-item = comment's item
error-field-checklist-key = checklist key
error-field-suggestion = suggestion
error-field-requirement = requirement
error-field-search-change = search change
error-field-fun-plan = fun plan
error-field-mood-note = mood note
error-field-went-well-note = went-well note
error-field-draft-name = draft name
error-field-draft = draft
error-field-checklist-item = checklist item
error-field-text = text
# The same, counted (error-invalid-too-many).
error-items-comments = comments
error-items-suggestions = suggestions
error-items-rejections = rejections
error-items-feedback = feedback items
error-items-skills = skills
error-items-target-roles = target roles
error-items-requirements = requirements
error-items-search-changes = search changes
error-items-skill-gaps = skill gaps
error-items-fun-plans = fun plans
error-items-mood-check-ins = mood check-ins
error-items-reframes = reframes
error-items-went-well-notes = went-well notes
error-items-writing-sessions = writing sessions
error-items-applications = applications
error-items-checklist-ticks = checklist ticks
error-items-drafts = drafts
error-items-checklist-items = checklist items
error-items-reviews = reviews
error-items-other = items
# Why a plan from a link, a file or storage was refused: each completes "… because { $reason }".
# $what is one of the error-field-… names (error-items-… for too-many).
error-invalid-too-many = it holds too many { $what } ({ $count }, at most { $max })
error-invalid-too-long = a { $what } is too long
error-invalid-empty = a { $what } is empty
error-invalid-out-of-range = a level or mood is outside 1 to 5
error-invalid-duplicate-id = the same id is used twice
error-invalid-date = a date is outside the years 1900 to 2200
error-invalid-control = it holds a character that is not allowed in text
# Opening a share link: why it was refused (the screen adds that the person's own plan is unchanged).
error-link-empty = This link has no plan in it. Copy the whole link and try again.
error-link-not-a-plan-link = This doesn't look like a Rebound plan link. Check that the whole link was copied.
error-link-too-long = This link is much longer than any plan link Rebound makes, so it wasn't opened.
error-link-newer = This link was made by a newer version of Rebound. Reload the page to update the app, then open the link again.
error-link-unknown-version = This link uses a format Rebound doesn't know, so it wasn't opened.
# Also for review links.
error-link-cut-short = This link looks cut short. Copy the whole link (it can be long) and try again.
error-link-not-base64 = This link has characters that don't belong in a plan link. It may have been changed while it was copied; copy it again from the original message.
error-link-damaged = This link is damaged, so the plan in it can't be read. Ask for the link again.
# Also for review links.
error-link-too-big = This link holds more than Rebound can open safely, so it wasn't opened.
error-link-too-deep = This link isn't shaped like a plan (it is nested far too deeply), so it wasn't opened.
error-link-bad-date = This link holds a date that doesn't exist (such as 30 February), so it wasn't opened.
error-link-not-a-plan = This link doesn't hold a plan Rebound can read.
# $reason is one of the error-invalid-… messages.
error-link-invalid = This plan can't be opened because { $reason }.
# Opening a review link: why it was refused.
error-reply-empty = This link has no review in it. Copy the whole link and try again.
error-reply-not-a-reply-link = This doesn't look like a Rebound review link. Check that the whole link was copied.
error-reply-too-long = This link is much longer than any review link Rebound makes, so it wasn't opened.
error-reply-newer = This review was made by a newer version of Rebound. Reload the page to update the app, then open the link again.
error-reply-unknown-version = This review link uses a format Rebound doesn't know, so it wasn't opened.
error-reply-not-base64 = This link has characters that don't belong in a review link. It may have been changed while it was copied; copy it again from the original message.
error-reply-damaged = This link is damaged, so the review in it can't be read. Ask for the link again.
error-reply-too-deep = This link isn't shaped like a review (it is nested far too deeply), so it wasn't opened.
error-reply-not-a-review = This link doesn't hold a review Rebound can read.
# $reason is one of the error-invalid-… messages.
error-reply-invalid = This review can't be opened because { $reason }.
# Restoring a backup file: why it was refused.
error-backup-empty = This file is empty. Choose the .json file Rebound saved as a backup.
# $max is a number of bytes.
error-backup-too-large = This file is larger than a Rebound backup can be ({ $max } bytes at most), so it wasn't opened.
error-backup-cut-short = This file looks cut short. Save the backup again and import the new file.
error-backup-not-json = This file isn't a Rebound backup. Choose the .json file Rebound saved as a backup.
error-backup-too-deep = This file isn't shaped like a Rebound backup (it is nested far too deeply).
error-backup-no-version = This file is not a Rebound backup: it has no format version.
error-backup-newer = This backup was made by a newer version of Rebound. Reload the page to update the app, then import it again.
error-backup-unknown-version = This backup uses a format Rebound doesn't know, so it wasn't opened.
error-backup-bad-date = This backup holds a date that doesn't exist (such as 30 February), so it wasn't opened.
error-backup-not-a-plan = This file doesn't hold a plan Rebound can read.
# $reason is one of the error-invalid-… messages.
error-backup-invalid = This backup can't be imported because { $reason }.
# What the person chose for a shared plan could not be done.
error-import-nothing-waiting = There is no plan waiting to be opened.
# $reason is one of the error-storage-… messages.
error-import-not-kept-aside = Your plan could not be kept aside, so it was not replaced. { $reason }
# "Keep both". $reason is one of the error-invalid-… messages.
error-import-too-big = Together the two plans would be larger than Rebound can hold ({ $reason }). Nothing was changed.
error-import-no-plan = Your plan could not be changed.
error-import-stopped = Rebound no longer saves in this tab: everything it kept was deleted.
# Why the browser's storage refused: part of a longer message. $detail is the browser's own words.
error-storage-full = storage is full
error-storage-unavailable = storage is not available
error-storage-failed = storage failed: { $detail }
# The banner when saving does not work: a headline, what happened, what the person can do.
error-save-headline-unavailable = This browser is not letting Rebound save.
error-save-headline-read-only = This tab can't save your plan.
error-save-headline-not-saved = Your latest changes are not saved yet.
error-save-full = Storage on this device is full.
error-save-unavailable = It may be a private window, or site data may be turned off: your plan lives only in this tab for now.
error-save-not-read-back = Saving did not stick: the browser gave back something different.
error-save-read-only = A newer version of Rebound saved your plan, so this version leaves it untouched.
# $detail is the browser's own words.
error-save-storage = Saving failed: the browser reported an error ({ $detail }).
error-save-way-out-full = Nothing is lost while this tab stays open. Export a backup to keep a copy now; saving starts again by itself as soon as there is room.
error-save-way-out-unavailable = It will be gone when you close this tab. Export a backup to keep it; you can open it again from Share, here or on another device.
error-save-way-out-not-read-back = Nothing is lost while this tab stays open. Export a backup to keep a copy now; Rebound tries again in a moment.
error-save-way-out-read-only = What you change here is not saved. Export a backup to keep it, then reload the page to get the newest version.
error-save-way-out-storage = Nothing is lost while this tab stays open. Export a backup to keep a copy now; Rebound tries again with your next change.
# The unreadable plan's text, offered for download, could not be had. $reason is one of the error-storage-… messages.
error-kept-text-gone = The kept text is no longer on this device.
error-kept-text-unreadable = The kept text could not be read ({ $reason }).
# "Delete everything" did not finish. $key is the name of a part of what Rebound keeps (rebound.plan).
error-delete-not-listed = This browser did not let Rebound look at what it keeps here, so nothing was deleted.
error-delete-not-removed = This browser did not let Rebound remove one part of what it keeps ({ $key }), so that part is still on this device.
error-delete-still-there = One part of what Rebound keeps ({ $key }) was written again just after it was removed, so it is still on this device.
error-delete-not-checked = Rebound removed what it keeps, but this browser did not let it check that everything is gone.
error-delete-way-out-unchanged = Your plan is as it was. You can try again, or clear this site's data in your browser's settings.
error-delete-way-out-partly = You can try again (closing any other tab with Rebound in it first), or clear this site's data in your browser's settings.
# The reviews a person is writing for others could not be read or stored: part of a longer message.
error-reviewing-too-large = the reviews you were writing are larger than Rebound can read
error-reviewing-newer = the reviews you were writing come from a newer version of Rebound
error-reviewing-unreadable = the reviews you were writing could not be read
# $reason is one of the error-invalid-… messages.
error-reviewing-invalid = the reviews you were writing failed a check: { $reason }
# $reason is one of the error-storage-… messages.
error-reviewing-storage = the reviews you are writing could not be stored: { $reason }
error-reviewing-not-kept-aside = reviews stored earlier could not be read here, so nothing is written over them
error-reviewing-not-read-back = the reviews you are writing did not read back as written
# When the browser would not do what was asked.
error-browser-no-clipboard = No clipboard here.
error-browser-copy-refused = The browser did not allow copying. You can select the text and copy it yourself.
error-browser-no-share-sheet = No share sheet here.
error-browser-share-cancelled = Sharing was cancelled.
error-browser-download-refused = The browser did not allow the download.
error-browser-no-document = No document.
error-browser-no-link-element = No link element.
error-browser-no-file = No file was chosen.
error-browser-file-unreadable = The file could not be read.
error-browser-not-text = The file is not text.
