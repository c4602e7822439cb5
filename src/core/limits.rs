//! Size limits. They keep a plan from any source (typing, a stored record, a share
//! link, a backup file) within bounds the app can render and store on a cheap phone.

/// Longest name-like field (company, role, skill, title) in characters.
pub const MAX_NAME_CHARS: usize = 200;
/// Longest free-text field (a message, feedback, a note) in characters.
pub const MAX_TEXT_CHARS: usize = 4_000;

pub const MAX_REJECTIONS: usize = 100;
pub const MAX_FEEDBACK: usize = 500;
pub const MAX_ROLES: usize = 200;
pub const MAX_SKILLS: usize = 200;
pub const MAX_SEARCH_CHANGES: usize = 500;
pub const MAX_SKILL_GAPS: usize = 1_000;
pub const MAX_FUN: usize = 500;
pub const MAX_MOODS: usize = 3_660;
pub const MAX_NOTES: usize = 1_000;
pub const MAX_APPLICATIONS: usize = 1_000;
pub const MAX_PREP: usize = 2_000;
/// Checklist items of the person's own.
pub const MAX_OWN_PREP: usize = 200;
/// Writing sessions the exercise offers, each on its own day.
pub const WRITING_SESSIONS: usize = 4;
/// Longest writing session, in characters (20 minutes of fast typing fits).
pub const MAX_WRITING_CHARS: usize = 20_000;
/// Form fields with typed, unsaved text kept at once.
pub const MAX_DRAFTS: usize = 400;
/// Longest text kept for one form field (as long as a writing session).
pub const MAX_DRAFT_CHARS: usize = MAX_WRITING_CHARS;

/// Largest stored record or backup file, in bytes of JSON.
pub const MAX_RECORD_BYTES: usize = 4 * 1024 * 1024;
