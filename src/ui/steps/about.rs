//! About: what Rebound is, why the steps look the way they do, and the research behind
//! them.

use leptos::prelude::*;

use crate::core::words::{Arg, Key, Phrase};
use crate::ui::words::{tf, tr};

use crate::core::steps::Screen;
use crate::ui::widgets::support;
use crate::ui::widgets::update_prompt::PersistenceStatus;
use crate::ui::widgets::*;

/// One finding and where it comes from. Each names a source from the product brief's
/// evidence list; README.md lists every claim the app makes and its source.
struct Finding {
    claim: Key,
    /// What a statistic in the claim means, in plain words (every effect size and odds
    /// ratio has one).
    plain: Option<Key>,
    /// Who took part (after "Who took part: "), so a finding is read for the people it
    /// was about.
    who: Key,
    /// Authors, year and journal, as published: the same in every language.
    source: &'static str,
    /// A message that says what the source is, around it (`{ $source }, a review of…`).
    described: Option<Key>,
    /// The screen that leans on the finding, if any.
    used_in: Option<Screen>,
}

/// Who each study followed, for the top of the page.
const STUDIED: [Key; 5] = [
    Key::AboutStudiedWriting,
    Key::AboutStudiedJobs,
    Key::AboutStudiedJobSearch,
    Key::AboutStudiedPleasant,
    Key::AboutStudiedIfThen,
];

const FINDINGS: [Finding; 7] = [
    Finding {
        claim: Key::AboutWritingClaim,
        plain: None,
        who: Key::AboutWritingWho,
        source: "Spera, Buhrfeind & Pennebaker (1994), Academy of Management Journal",
        described: None,
        used_in: Some(Screen::Positive),
    },
    Finding {
        claim: Key::AboutPleasantClaim,
        plain: Some(Key::AboutPleasantPlain),
        who: Key::AboutPleasantWho,
        source: "Mazzucchelli, Kane & Rees (2010)",
        described: Some(Key::AboutPleasantSource),
        used_in: Some(Screen::Fun),
    },
    Finding {
        claim: Key::AboutIfThenClaim,
        plain: Some(Key::AboutIfThenPlain),
        who: Key::AboutIfThenWho,
        source: "Gollwitzer & Sheeran (2006)",
        described: None,
        used_in: Some(Screen::Skills),
    },
    Finding {
        claim: Key::AboutJobSearchClaim,
        plain: Some(Key::AboutJobSearchPlain),
        who: Key::AboutJobSearchWho,
        source: "Liu, Huang & Wang (2014), Psychological Bulletin",
        described: None,
        used_in: Some(Screen::NextJob),
    },
    Finding {
        claim: Key::AboutJobSearchWhatWorked,
        plain: None,
        who: Key::AboutJobSearchWho,
        source: "Liu, Huang & Wang (2014), Psychological Bulletin",
        described: None,
        used_in: Some(Screen::NextJob),
    },
    Finding {
        claim: Key::AboutJobsClaim,
        plain: None,
        who: Key::AboutJobsWho,
        source: "Caplan et al. (1989), Journal of Applied Psychology",
        described: None,
        used_in: None,
    },
    Finding {
        claim: Key::AboutJobs2Claim,
        plain: None,
        who: Key::AboutJobs2Who,
        source: "Vinokur & Schul (1997), Journal of Consulting and Clinical Psychology",
        described: None,
        used_in: Some(Screen::Positive),
    },
];

/// Choices Rebound makes that are advice, not findings.
const ADVICE: [Key; 5] = [
    Key::AboutAdviceReminder,
    Key::AboutAdviceFun,
    Key::AboutAdviceWriting,
    Key::AboutAdviceSetback,
    Key::AboutAdviceCare,
];

/// The about screen.
#[component]
pub fn AboutScreen() -> impl IntoView {
    view! {
        <ScreenHeader
            screen=Screen::About
            lead=Key::LeadAbout
        />
        <Section title=Key::AboutTitleWho>
            <p>{tr(Key::AboutWhoIntro)}</p>
            <ul>
                {STUDIED.iter().map(|s| view! { <li>{tr(*s)}</li> }).collect_view()}
            </ul>
        </Section>
        <Section title=Key::AboutTitleSupport>
            <p>{tr(Key::AboutSupportText)}<support::SupportLink /></p>
        </Section>
        <Section title=Key::AboutTitleYourData>
            <p>{tr(Key::AboutDataWhere)}</p>
            <p>{tr(Key::AboutDataSaving)}</p>
            <p>{tr(Key::AboutDataLinks)}</p>
            <PersistenceStatus />
        </Section>
        <Section title=Key::AboutTitleResearch>
            <ul class="findings">
                {FINDINGS.iter().map(|f| { let who = f.who; view! {
                    <li>
                        <p>{tr(f.claim)}</p>
                        {f.plain.map(|p| view! { <p>{tr(p)}</p> })}
                        <p class="meta">{move || tf(Key::AboutWhoTookPart, &[("who", Arg::key(who))])}</p>
                        <p class="meta">
                            {source(f)}
                            {f.used_in.map(|screen| view! {
                                " · "
                                {tr(Key::AboutUsedIn)}
                                " "
                                <a href=screen.href()>{tr(screen.title())}</a>
                            })}
                        </p>
                    </li>
                }}).collect_view()}
            </ul>
        </Section>
        <Section title=Key::AboutTitleAdvice>
            <ul class="findings">
                {ADVICE.iter().map(|a| view! { <li><p>{tr(*a)}</p></li> }).collect_view()}
            </ul>
        </Section>
    }
}

/// A finding's source: authors, year and journal as published, kept apart from the words
/// around them (a right-to-left page reads them whole).
fn source(finding: &Finding) -> AnyView {
    match finding.described {
        Some(key) => view! {
            <Words phrase=Phrase::said(key, vec![("source", Arg::Theirs(finding.source.to_string()))]) />
        }
        .into_any(),
        None => view! { <bdi>{finding.source}</bdi> }.into_any(),
    }
}
