//! What a refusal tells the person comes from a message (`error-…` in locales/*.ftl), so it
//! can be said in their language; the `Display` the errors keep for logs and tests says the
//! same in English. Every variant of each error shown to people is checked here, so the
//! two can never drift apart, and the English a person reads stays as it was.

use rebound::core::format::reply::ReplyError;
use rebound::core::format::reviewing::ReviewingError;
use rebound::core::format::{BackupError, ShareError};
use rebound::core::plan::{Field, ModelError};
use rebound::core::saving::{DeleteError, SaveError};
use rebound::core::store::KvError;
use rebound::core::validate::InvalidPlan;
use rebound::core::words::{Key, Messages, Phrase};

fn reasons() -> Vec<InvalidPlan> {
    vec![
        InvalidPlan::TooMany {
            what: "mood check-ins",
            count: 3661,
            max: 3660,
        },
        InvalidPlan::TextTooLong("reviewer's name"),
        InvalidPlan::EmptyText("suggestion"),
        InvalidPlan::OutOfRange,
        InvalidPlan::DuplicateId,
        InvalidPlan::ImpossibleDate,
        InvalidPlan::ControlCharacter,
    ]
}

fn storage() -> Vec<KvError> {
    vec![
        KvError::Full,
        KvError::Unavailable,
        KvError::Other("QuotaExceededError".into()),
    ]
}

/// Asserts that `message` says in English exactly what `shown` (the error's `Display`) does,
/// but for numbers: the person reads them grouped ("4,194,304"), the `Display` keeps digits.
fn same(message: Phrase, shown: impl std::fmt::Display) {
    assert_eq!(
        ungrouped(&Messages::english().plain(&message)),
        shown.to_string()
    );
}

/// `text` with the commas that group digits taken out.
fn ungrouped(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars
        .iter()
        .enumerate()
        .filter(|&(i, &c)| {
            !(c == ','
                && i > 0
                && chars[i - 1].is_ascii_digit()
                && chars.get(i + 1).is_some_and(|next| next.is_ascii_digit()))
        })
        .map(|(_, &c)| c)
        .collect()
}

#[test]
fn share_link_refusals() {
    let mut errors = vec![
        ShareError::Empty,
        ShareError::NotAPlanLink,
        ShareError::TooLong,
        ShareError::NewerVersion(9),
        ShareError::UnknownVersion,
        ShareError::CutShort,
        ShareError::NotBase64,
        ShareError::Damaged,
        ShareError::TooBig,
        ShareError::TooDeep,
        ShareError::BadDate,
        ShareError::NotAPlan("missing field `r`".into()),
    ];
    errors.extend(reasons().into_iter().map(ShareError::Invalid));
    for e in errors {
        same(e.message(), &e);
    }
}

#[test]
fn review_link_refusals() {
    let mut errors = vec![
        ReplyError::Empty,
        ReplyError::NotAReplyLink,
        ReplyError::TooLong,
        ReplyError::NewerVersion(9),
        ReplyError::UnknownVersion,
        ReplyError::CutShort,
        ReplyError::NotBase64,
        ReplyError::Damaged,
        ReplyError::TooBig,
        ReplyError::TooDeep,
        ReplyError::NotAReview("missing field `n`".into()),
    ];
    errors.extend(reasons().into_iter().map(ReplyError::Invalid));
    for e in errors {
        same(e.message(), &e);
    }
}

#[test]
fn backup_refusals() {
    let mut errors = vec![
        BackupError::Empty,
        BackupError::TooLarge(4 * 1024 * 1024),
        BackupError::CutShort,
        BackupError::NotJson,
        BackupError::TooDeep,
        BackupError::NoVersion,
        BackupError::Newer(9),
        BackupError::UnknownVersion(0),
        BackupError::BadDate,
        BackupError::NotAPlan("invalid type".into()),
    ];
    errors.extend(reasons().into_iter().map(BackupError::Invalid));
    for e in errors {
        same(e.message(), &e);
    }
}

#[test]
fn storage_and_the_reviews_being_written() {
    for e in storage() {
        same(e.message(), &e);
    }
    let mut errors = vec![
        ReviewingError::TooLarge,
        ReviewingError::Newer(2),
        ReviewingError::Unreadable("expected value".into()),
        ReviewingError::NotKeptAside,
        ReviewingError::NotReadBack,
    ];
    errors.extend(reasons().into_iter().map(ReviewingError::Invalid));
    errors.extend(storage().into_iter().map(ReviewingError::Storage));
    for e in errors {
        same(e.message(), &e);
    }
}

#[test]
fn saving_and_deleting() {
    for e in [
        SaveError::Full,
        SaveError::Unavailable,
        SaveError::NotReadBack,
        SaveError::ReadOnly,
        SaveError::Storage("QuotaExceededError".into()),
    ] {
        same(e.message(), &e);
    }
    for e in [
        DeleteError::NotListed(KvError::Full),
        DeleteError::NotRemoved {
            key: "rebound.plan".into(),
            error: KvError::Full,
            removed: 2,
        },
        DeleteError::StillThere {
            key: "rebound.journal.a".into(),
        },
        DeleteError::NotChecked(KvError::Unavailable),
    ] {
        same(e.message(), &e);
    }
}

#[test]
fn form_refusals_read_as_they_always_did() {
    let english = Messages::english();
    let cases = [
        (
            ModelError::Empty(Field::ContactEmail),
            "Please fill in the contact email.",
        ),
        (
            ModelError::TooLong {
                field: Field::KinderView,
                max: 4000,
            },
            "The kinder view is too long (at most 4,000 characters).",
        ),
        (
            ModelError::OutOfRange(Field::Mood),
            "The mood must be between 1 and 5.",
        ),
        (
            ModelError::QuestionableDate(Key::ErrorDatePassed),
            "That date has already passed. Add it anyway?",
        ),
        (ModelError::NotFound, "That item no longer exists."),
        (
            ModelError::ListFull(200),
            "This list is full (200 items). Remove some old ones first.",
        ),
        (
            ModelError::WritingDone(4),
            "You have written on 4 days, which is the whole exercise. What you wrote is kept \
             below, for you alone.",
        ),
        (
            ModelError::NotASkill,
            "Culture fit and pay are about the match with this employer, not a skill to build: \
             a change to your search fits it better.",
        ),
    ];
    for (error, words) in cases {
        assert_eq!(english.plain(&error.message()), words);
        assert_eq!(error.to_string(), words);
    }
}

/// A language's words replace the English ones, field names included.
#[test]
fn a_refusal_speaks_the_language_in_use() {
    use rebound::core::words::{Catalog, EnglishRules, Lang};
    use std::rc::Rc;
    let (german, errors) = Catalog::parse(
        "error-empty = Bitte fülle das Feld „{ $field }“ aus.\n\
         error-field-company = Unternehmen\n\
         error-link-invalid = Dieser Plan lässt sich nicht öffnen. Grund: { $reason }.\n\
         error-invalid-too-long = ein zu langer Text ({ $what })\n\
         error-field-comment = Kommentar\n",
    );
    assert_eq!(errors, []);
    let words = Messages::new(
        Lang::German,
        Rc::new(german),
        Rc::new(Catalog::english()),
        Box::new(EnglishRules),
    );
    assert_eq!(
        words.plain(&ModelError::Empty(Field::Company).message()),
        "Bitte fülle das Feld „Unternehmen“ aus."
    );
    assert_eq!(
        words.plain(&ShareError::Invalid(InvalidPlan::TextTooLong("comment")).message()),
        "Dieser Plan lässt sich nicht öffnen. Grund: ein zu langer Text (Kommentar)."
    );
}
