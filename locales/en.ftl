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
# On an item's card: who suggested it in a review ($who is their name as they wrote it).
widget-suggested-by = Suggested by { $who }
# On an item's card: the list of reviewers' comments kept there, each "name: comment".
widget-review-comments = Comments from reviews
widget-review-comment = { $who }: { $text }
# After opening a shared plan or a backup: a short confirmation at the top of My plan.
widget-imported-nothing = Kept your plan as it was. Nothing was imported.
widget-imported-opened = Opened the plan.
widget-imported-kept-aside = Opened the plan. Your previous plan is kept: you can restore it from Share.
widget-imported-beside = Added the shared items beside your own.

## Core: what the plan and its insights say (src/core: insights, plan, review, dates, steps)

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
