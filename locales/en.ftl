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
# The same with a time of day ($time: "14:30").
next-job-when-at = { $date } at { $time } · { $countdown }
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
# A note on the day of the no and the day after, around a link to the "For today"
# screen (its title, screen-today, is the link's text): before the link, then after it.
overview-day-one-before = Just had the no?{" "}
overview-day-one-after = {" "}has the few things worth doing today, and nothing more.
overview-print = Print my plan
# A button that downloads the plan's dates as a calendar file (.ics).
overview-add-to-calendar = Add dates to my calendar (.ics)
overview-title-reviews-of-your-plan = Reviews of your plan
# A review of the plan someone sent back: a link named by who sent it.
overview-review-from = From { $name }
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
