//! About: what Rebound is, why the steps look the way they do, and the research behind
//! them.

use leptos::prelude::*;

use crate::core::words::Key;
use crate::ui::words::tr;

use crate::core::steps::Screen;
use crate::ui::widgets::support;
use crate::ui::widgets::update_prompt::PersistenceStatus;
use crate::ui::widgets::*;

/// One finding and where it comes from. Each names a source from the product brief's
/// evidence list; README.md lists every claim the app makes and its source.
struct Finding {
    claim: &'static str,
    /// What a statistic in the claim means, in plain words (every effect size and odds
    /// ratio has one).
    plain: Option<&'static str>,
    /// Who took part (after "Who took part: "), so a finding is read for the people it
    /// was about.
    who: &'static str,
    source: &'static str,
    /// The screen that leans on the finding, if any.
    used_in: Option<Screen>,
}

/// Who each study followed, for the top of the page.
const STUDIED: [&str; 5] = [
    "Writing about a job loss: 63 professionals who had been laid off.",
    "The Michigan JOBS trials: unemployed people in group sessions led by trainers.",
    "The review of 47 job-search programmes: people looking for work, in structured programmes, most of them led by trainers.",
    "The review of 20 trials of pleasant activities: people in programmes that ran over several weeks.",
    "The review of if-then plans: people working towards many kinds of goals, not job seekers in particular.",
];

const LIU_WHO: &str =
    "people looking for work, in structured programmes, most of them led by trainers.";

const FINDINGS: [Finding; 7] = [
    Finding {
        claim: "People who wrote about their thoughts and feelings on losing their job, 20 minutes a day for five days, were more often back in work eight months later: 53%, against 24% and 14% in the two comparison groups. The writers did not apply for more jobs than the others; their attitudes changed.",
        plain: None,
        who: "63 professionals who had been laid off, in a small study. One of the two comparison groups was not formed by random assignment, so it may have differed from the writers from the start.",
        source: "Spera, Buhrfeind & Pennebaker (1994), Academy of Management Journal",
        used_in: Some(Screen::Positive),
    },
    Finding {
        claim: "Programmes in which people planned and did pleasant activities raised their well-being: across 20 trials, the average effect size was g = 0.52.",
        plain: Some("In plain words: a medium effect. After such a programme, the average person felt better than about 7 in 10 people in the comparison groups. One planned evening is much smaller than a programme of several weeks."),
        who: "people in programmes of pleasant activities that ran over several weeks.",
        source: "Mazzucchelli, Kane & Rees (2010), a review of trials of behavioural activation (planning rewarding activities)",
        used_in: Some(Screen::Fun),
    },
    Finding {
        claim: "Making if-then plans (“implementation intentions”) helped people act on their goals: across 94 tests, the average effect size was d = 0.65.",
        plain: Some("In plain words: a medium to large effect. The average person who made if-then plans acted on their goal more than about 3 in 4 people who did not."),
        who: "people working towards many kinds of goals, not job seekers in particular.",
        source: "Gollwitzer & Sheeran (2006)",
        used_in: Some(Screen::Skills),
    },
    Finding {
        claim: "Across 47 job-search programmes, participants' odds of finding work were 2.67 times those of people in the comparison groups (an odds ratio of 2.67).",
        plain: Some("In plain words: odds set the people who found work against those who did not. Where half of a comparison group found work (odds of 1 to 1), odds 2.67 times as high mean about 73 in 100 participants finding work, instead of 50 in 100."),
        who: LIU_WHO,
        source: "Liu, Huang & Wang (2014), Psychological Bulletin",
        used_in: Some(Screen::NextJob),
    },
    Finding {
        claim: "A separate finding of the same review: the programmes worked when they built both job-search skills and motivation: presenting yourself, belief in your own abilities, being proactive, setting goals, and support from others.",
        plain: None,
        who: LIU_WHO,
        source: "Liu, Huang & Wang (2014), Psychological Bulletin",
        used_in: Some(Screen::NextJob),
    },
    Finding {
        claim: "Among people who were still looking for work, the Michigan JOBS programme as a whole raised their motivation to look.",
        plain: None,
        who: "unemployed people in the JOBS programme: a series of group sessions led by trainers.",
        source: "Caplan et al. (1989), Journal of Applied Psychology",
        used_in: None,
    },
    Finding {
        claim: "In JOBS II, people rehearsed how they would cope with setbacks. Those who later lost a new job had fewer signs of depression (depressive symptoms) than people in the comparison group. This finding is about mood after a setback, not about motivation.",
        plain: None,
        who: "unemployed people in JOBS II, the programme's second trial, also in group sessions led by trainers.",
        source: "Vinokur & Schul (1997), Journal of Consulting and Clinical Psychology",
        used_in: Some(Screen::Positive),
    },
];

/// Choices Rebound makes that are advice, not findings.
const ADVICE: [&str; 5] = [
    "One polite reminder about five working days after a feedback request, then moving on, is a common convention in recruiting, not a research finding.",
    "Planning something fun for the next day or two, and the short list of things for the day of the no, are Rebound's suggestions.",
    "The writing exercise borrows the study's shape loosely: the study asked for 20 minutes a day over five days; Rebound offers up to four sessions and an optional 15 or 20 minute timer.",
    "The plan for the next setback borrows an idea from JOBS II, where people practised it in group sessions with trainers; here you write it on your own.",
    "The small step offered on a low day, the note after several low days and the words for getting support now are ordinary care, not treatment. Rebound is no substitute for a doctor.",
];

/// The about screen.
#[component]
pub fn AboutScreen() -> impl IntoView {
    view! {
        <ScreenHeader
            screen=Screen::About
            lead=Key::LeadAbout
        />
        <Section title=Key::AboutTitleWhoTheStudiesFollowed>
            <p>"None of them looked at people using an app on their own after one no. Most followed people who had lost a job or were out of work, many of them in programmes run by trainers, over several sessions or weeks. What helped them may help you less, or in a different way."</p>
            <ul>
                {STUDIED.iter().map(|s| view! { <li>{*s}</li> }).collect_view()}
            </ul>
        </Section>
        <Section title=Key::AboutTitleSupport>
            <p>"If a rejection weighs on you, or anything else does, reaching out today can help. "<support::SupportLink /></p>
        </Section>
        <Section title=Key::AboutTitleYourData>
            <p>"Your plan lives in this browser's storage on this device. There is no account and no server: the app sends nothing anywhere, and loads no outside fonts, trackers or analytics."</p>
            <p>"It is saved automatically as you go, including what you type into a form before you press its button. To keep it safe, export a backup file now and then from the Share page: browsers can clear a site's data, and some do so after a week without a visit. A backup file holds everything, your writing included."</p>
            <p>"When you share a link, the plan travels inside the link itself, and whatever carries the link (a chat app, an email) carries what is in it. Private parts (your moods, reframed thoughts, what went well, your setback plan, the rejection messages, and the names and emails of the people you were in touch with) are left out unless you tick them; your writing and text typed but not saved never go into a link. The Share page lists what a link contains before you send it."</p>
            <PersistenceStatus />
        </Section>
        <Section title=Key::AboutTitleTheResearchBehindThe>
            <ul class="findings">
                {FINDINGS.iter().map(|f| view! {
                    <li>
                        <p>{f.claim}</p>
                        {f.plain.map(|p| view! { <p>{p}</p> })}
                        <p class="meta">{format!("Who took part: {}", f.who)}</p>
                        <p class="meta">
                            {f.source}
                            {f.used_in.map(|screen| view! {
                                " · used in "
                                <a href=screen.href()>{tr(screen.title())}</a>
                            })}
                        </p>
                    </li>
                }).collect_view()}
            </ul>
        </Section>
        <Section title=Key::AboutTitleAdviceNotFindings>
            <ul class="findings">
                {ADVICE.iter().map(|a| view! { <li><p>{*a}</p></li> }).collect_view()}
            </ul>
        </Section>
    }
}
