//! About: what Rebound is, why the steps look the way they do, and the research behind
//! them.

use leptos::prelude::*;

use crate::core::steps::Screen;
use crate::ui::widgets::support;
use crate::ui::widgets::update_prompt::PersistenceStatus;
use crate::ui::widgets::*;

/// One finding and where it comes from. Each names a source from the product brief's
/// evidence list; README.md lists every claim the app makes and its source.
struct Finding {
    claim: &'static str,
    source: &'static str,
    used_in: Screen,
}

const FINDINGS: [Finding; 6] = [
    Finding {
        claim: "People who had lost their jobs and wrote about their thoughts and feelings on it for 20 minutes a day, over five days, were more often back in work eight months later: 53%, against 24% and 14% in the two comparison groups.",
        source: "Spera, Buhrfeind & Pennebaker (1994), Academy of Management Journal",
        used_in: Screen::Positive,
    },
    Finding {
        claim: "Scheduling pleasant activities raises well-being, with an average effect of g = 0.52 across 20 trials.",
        source: "Mazzucchelli, Kane & Rees (2010), a meta-analysis of behavioural activation",
        used_in: Screen::Fun,
    },
    Finding {
        claim: "If-then plans (“implementation intentions”) help people act on their goals, with an average effect of d = 0.65 across 94 tests.",
        source: "Gollwitzer & Sheeran (2006)",
        used_in: Screen::Skills,
    },
    Finding {
        claim: "Across 47 job-search programmes, participants' odds of finding work were 2.67 times those of people in the comparison groups (an odds ratio across all of the programmes).",
        source: "Liu, Huang & Wang (2014), Psychological Bulletin",
        used_in: Screen::NextJob,
    },
    Finding {
        claim: "A separate finding of the same review: the programmes worked when they built both job-search skills and motivation: presenting yourself, belief in your own abilities, being proactive, setting goals, and support from others.",
        source: "Liu, Huang & Wang (2014), Psychological Bulletin",
        used_in: Screen::NextJob,
    },
    Finding {
        claim: "Preparing for setbacks in advance (“inoculation”) protected job seekers' mental health and motivation when later setbacks came.",
        source: "The Michigan JOBS trials: Caplan et al. (1989); Vinokur & Schul (1997)",
        used_in: Screen::Positive,
    },
];

/// Choices Rebound makes that are advice, not findings.
const ADVICE: [&str; 4] = [
    "One polite reminder about five working days after a feedback request, then moving on, is a common convention in recruiting, not a research finding.",
    "Planning something fun for the next day or two, and the short list of things for the day of the no, are Rebound's suggestions.",
    "The writing exercise borrows the study's shape loosely: the study asked for 20 minutes a day over five days; Rebound offers up to four sessions and an optional 15 or 20 minute timer.",
    "The small step offered on a low day and the note after several low days are ordinary care, not treatment. Rebound is no substitute for a doctor.",
];

/// The about screen.
#[component]
pub fn AboutScreen() -> impl IntoView {
    view! {
        <ScreenHeader
            screen=Screen::About
            lead="Rebound is a small, free tool for the days after a job rejection. It is built to be calm, quick on any phone, and private."
        />
        <Section title="Support">
            <p>"If a rejection weighs on you, or anything else does, reaching out today can help. "<support::SupportLink /></p>
        </Section>
        <Section title="Your data">
            <p>"Your plan lives in this browser's storage on this device. There is no account and no server: the app sends nothing anywhere, and loads no outside fonts, trackers or analytics."</p>
            <p>"It is saved automatically as you go, including what you type into a form before you press its button. To keep it safe, export a backup file now and then from the Share page: browsers can clear a site's data, and some do so after a week without a visit. A backup file holds everything, your writing included."</p>
            <p>"When you share a link, the plan travels inside the link itself, and whatever carries the link (a chat app, an email) carries what is in it. Private parts (your moods, reframed thoughts, what went well, your setback plan, the rejection messages, and the names and emails of the people you were in touch with) are left out unless you tick them; your writing and text typed but not saved never go into a link. The Share page lists what a link contains before you send it."</p>
            <PersistenceStatus />
        </Section>
        <Section title="The research behind the steps">
            <ul class="findings">
                {FINDINGS.iter().map(|f| view! {
                    <li>
                        <p>{f.claim}</p>
                        <p class="meta">
                            {f.source}
                            " · used in "
                            <a href=f.used_in.href()>{f.used_in.title()}</a>
                        </p>
                    </li>
                }).collect_view()}
            </ul>
        </Section>
        <Section title="Advice, not findings">
            <ul class="findings">
                {ADVICE.iter().map(|a| view! { <li><p>{*a}</p></li> }).collect_view()}
            </ul>
        </Section>
    }
}
