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

lead-support = Being turned down can hit hard, and some days weigh more than others. Reaching out is a way of looking after yourself. These words are here whenever you need them, with or without a connection.
support-title-getting-support-now = Getting support now

## Boot screen (index.html): shown while the app loads

## Widgets: notices, prompts, saving and the browser (src/ui/widgets, src/ui/app.rs, src/web)

## Core: what the plan and its insights say (src/core: insights, plan, review, dates, steps)

## Errors: what forms, imports and storage say when something is refused (src/core, src/ui/widgets/form.rs, src/ui/state.rs)
