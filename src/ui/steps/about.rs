//! About: what Rebound is, why the steps look the way they do, and the research behind
//! them.

use leptos::prelude::*;

use crate::core::steps::Screen;
use crate::ui::widgets::update_prompt::PersistenceStatus;
use crate::ui::widgets::*;

/// One finding and where it comes from.
struct Finding {
    claim: &'static str,
    source: &'static str,
    used_in: Screen,
}

const FINDINGS: [Finding; 6] = [
    Finding {
        claim: "People who had lost their jobs and wrote about their thoughts and feelings for 20 minutes a day, five days in a row, found new work sooner: 53% were re-employed eight months later, against 24% and 14% in the comparison groups.",
        source: "Spera, Buhrfeind & Pennebaker (1994), Academy of Management Journal",
        used_in: Screen::Positive,
    },
    Finding {
        claim: "Scheduling pleasant activities lifts well-being, with an average effect of g = 0.52 across 20 trials.",
        source: "Mazzucchelli, Kane & Rees (2010), meta-analysis of behavioural activation",
        used_in: Screen::Fun,
    },
    Finding {
        claim: "If-then plans (“implementation intentions”) help people act on their goals, with an average effect of d = 0.65 across 94 tests.",
        source: "Gollwitzer & Sheeran (2006)",
        used_in: Screen::Skills,
    },
    Finding {
        claim: "Job-search programmes made employment 2.67 times more likely when they built both skills and motivation.",
        source: "Liu, Huang & Wang (2014), 47 interventions",
        used_in: Screen::NextJob,
    },
    Finding {
        claim: "Preparing for setbacks in advance (“inoculation”) protected job seekers' motivation.",
        source: "The Michigan JOBS trials: Caplan et al. (1989); Vinokur & Schul (1997)",
        used_in: Screen::Positive,
    },
    Finding {
        claim: "The usual convention for chasing a reply is one polite reminder after about five working days, then moving on.",
        source: "Common recruiting practice",
        used_in: Screen::Feedback,
    },
];

/// The about screen.
#[component]
pub fn AboutScreen() -> impl IntoView {
    view! {
        <ScreenHeader
            screen=Screen::About
            lead="Rebound is a small, free tool for the days after a job rejection. It is built to be calm, quick on any phone, and private."
        />
        <Section title="Your data">
            <p>"Your plan lives in this browser's storage on this device. There is no account and no server: nothing you write is sent anywhere, and the app loads no outside fonts, trackers or analytics."</p>
            <p>"It is saved automatically as you go. To keep it safe, export a backup file now and then from the Share page: browsers can clear a site's data, and some do so after a week without a visit."</p>
            <p>"When you share a link, the plan travels inside the link itself. Private parts (moods, reframing notes, the rejection message, and the names and emails of the people you were in touch with) are left out unless you choose to include them."</p>
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
    }
}
