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

## Screen: Feedback (src/ui/steps/feedback.rs)

lead-feedback = A short or standard rejection is a good reason to ask for more. Feedback is information for your next application, not a verdict on you.
# Before the feedback request's status ("Not sent yet").
request-status-prefix = Status:{" "}
# A tag on feedback the person guessed rather than was told.
tag-hunch = Your hunch, to check
tag-outside-your-control = Outside your control

## Screen: Search (src/ui/steps/search.rs)

lead-search = Sometimes a no just means someone else was a little stronger. Sometimes it is a hint that the role's level or area doesn't fit yet. Check both, calmly.

## Screen: Skills (src/ui/steps/skills.rs)

lead-skills = If the roles you want ask for something you don't have yet, plan how to get it: a course, a qualification, a project or plain practice. Each gap you close makes you a stronger candidate, and gives you something to speak about with confidence.
# A skill gap's tag. $priority is a choice's name: High, Medium, Low.
tag-priority = { $priority } priority
tag-date-passed = Date passed: move it when you're ready

## Screen: Fun (src/ui/steps/fun.rs)

lead-fun = Right after a no, do something you enjoy, ideally with people you like, in the next day or two. In programmes that ran over several weeks, planning pleasant things lifted people's well-being: a review of 20 trials found so (see About). One evening is smaller than that, and still worth having.
tag-done = Done

## Screen: Positive (src/ui/steps/positive.rs)

lead-positive = Give yourself time to recover, then, when you are ready, wipe the slate clean so the last no doesn't follow you into the next interview. What you note here is private: it stays on this device, a share link leaves it out unless you tick it on the Share page, and your writing never goes into a link.

## Screen: Next job (src/ui/steps/next_job.rs)

lead-next-job = The only job that matters now is the next one. Put the dates in, and let the checklist carry what you learned into your preparation.

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

## Screen: Today (src/ui/steps/today.rs)

lead-today = You have written down what happened, and that is a real first step. Today only a few small things matter. Do any of them, or none, and stop whenever you like.

## Screen: Share (src/ui/steps/share.rs)

lead-share = Send your plan to a mentor, a friend or your other device, or keep a backup file. The plan travels inside the link itself, after the #, which browsers never send to the site that serves Rebound. Whatever carries the link (a chat app, an email) carries everything in it, so send it only to people you trust.

## Screen: Import (src/ui/steps/import.rs)

lead-import-none = There is no shared plan waiting here.
lead-import-refused = This plan can't be opened.
lead-import = Have a look first. Nothing is saved until you choose below.

## Screen: About (src/ui/steps/about.rs)

lead-about = Rebound is a small, free tool for the days after a job rejection, built to be calm, quick on any phone, and private. Its steps borrow ideas from the studies on this page, but Rebound itself has not been tested: no study has looked at whether using it helps.

## Screen: Reviewing (src/ui/steps/reviewing.rs)

lead-reviewing = Reviews you are writing of other people's plans. They stay on this device, apart from your own plan, until you send them.

## Screen: Review (src/ui/steps/review.rs)

lead-review-none = There is no review to show here.
lead-review-refused = This review can't be opened.

## Screen: Support (src/ui/steps/support.rs)

lead-support = Being turned down can hit hard, and some days weigh more than others. Reaching out is a way of looking after yourself. These words are here whenever you need them, with or without a connection.
