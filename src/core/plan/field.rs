//! The form fields the model checks, each named once: a refusal ([`super::ModelError`])
//! says which field it is about, and a form shows it beside that field by this name, not
//! by the words of the message.

use std::fmt;

/// A field of a form whose text or level the model checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    // A rejection.
    Company,
    Role,
    ContactName,
    ContactEmail,
    Message,
    Note,
    // Feedback and reflection.
    Feedback,
    Evidence,
    // The profile and target roles.
    Name,
    RoleTitle,
    Area,
    CurrentLevel,
    TargetLevel,
    // Skill gaps and search changes.
    Skill,
    Change,
    IfPart,
    ThenPart,
    // Fun, mood and reframing.
    FunPlan,
    FunWho,
    Mood,
    Thought,
    KinderView,
    WentWell,
    SetbackPlan,
    Writing,
    // Reviews and the preparation checklist.
    Comment,
    How,
    PreparationItem,
}

impl Field {
    /// The field as the messages name it ("Please fill in the company.").
    pub fn words(self) -> &'static str {
        match self {
            Field::Company => "company",
            Field::Role => "role",
            Field::ContactName => "contact name",
            Field::ContactEmail => "contact email",
            Field::Message => "message",
            Field::Note => "note",
            Field::Feedback => "feedback",
            Field::Evidence => "evidence",
            Field::Name => "name",
            Field::RoleTitle => "role title",
            Field::Area => "area",
            Field::CurrentLevel => "current level",
            Field::TargetLevel => "target level",
            Field::Skill => "skill",
            Field::Change => "change",
            Field::IfPart => "if part",
            Field::ThenPart => "then part",
            Field::FunPlan => "plan",
            Field::FunWho => "who",
            Field::Mood => "mood",
            Field::Thought => "thought",
            Field::KinderView => "kinder view",
            Field::WentWell => "what went well",
            Field::SetbackPlan => "setback plan",
            Field::Writing => "writing",
            Field::Comment => "comment",
            Field::How => "how",
            Field::PreparationItem => "preparation item",
        }
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.words())
    }
}

#[cfg(test)]
mod tests {
    use super::super::ModelError;
    use super::*;

    #[test]
    fn refusals_name_the_field_in_its_words() {
        assert_eq!(
            ModelError::Empty(Field::Company).to_string(),
            "Please fill in the company."
        );
        assert_eq!(
            ModelError::TooLong {
                field: Field::WentWell,
                max: 200
            }
            .to_string(),
            "The what went well is too long (at most 200 characters)."
        );
        assert_eq!(
            ModelError::OutOfRange(Field::TargetLevel).to_string(),
            "The target level must be between 1 and 5."
        );
        assert_eq!(Field::FunPlan.to_string(), "plan");
    }
}
