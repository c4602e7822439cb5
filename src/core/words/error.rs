//! Why a language's words could not be read, in whole or in part. Shared with build.rs and
//! tools/locales (which include this file), so every reader names a refusal the same way.

use thiserror::Error;

/// Why a language's file could not be read, in whole or in part. A refused message is left
/// out, and English says it instead; a refused file leaves the language unavailable.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum CatalogError {
    /// Text the Fluent parser could not read, at this byte of the file.
    #[error("the text at byte {at} is not Fluent")]
    Syntax { at: usize },
    /// A message English does not have.
    #[error("{id}: English has no message of that name")]
    Unknown { id: String },
    /// A message given twice.
    #[error("{id}: given twice")]
    Duplicate { id: String },
    /// A message with attributes only, no text.
    #[error("{id}: has no text")]
    NoValue { id: String },
    /// A part of Fluent the app does not read (terms, functions, attributes, …).
    #[error("{id}: uses {what}, which Rebound does not read")]
    Unsupported { id: String, what: &'static str },
    /// A compiled file that is not the JSON tools/locales writes.
    #[error("the file is not a compiled language file")]
    NotCompiled,
    /// A compiled file made for another build's messages (another order or set of ids):
    /// read by position, its words would land on the wrong messages.
    #[error("the file was compiled for another build")]
    OtherBuild,
    /// A message of a compiled file in a shape the compiler never writes.
    #[error("message {position}: not in the compiled shape")]
    Shape { position: usize },
}
