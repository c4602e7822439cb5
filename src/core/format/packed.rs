//! The envelope both kinds of link share: `<prefix><version>.<data>` in the URL fragment,
//! where `<data>` is base64url (no padding) of zlib-wrapped deflate of JSON. The zlib
//! wrapper costs 6 bytes and adds a checksum, so a link garbled in transit is refused
//! instead of opening with silently changed text.
//!
//! Unpacking treats its input as untrusted: it caps the text before any other work, the
//! inflated size while inflating (a compression bomb stops at the cap), and JSON nesting
//! (counted without recursion, before any parser sees it). Each way it can fail is one
//! [`Unpack`] variant; each link kind maps them to its own sentences.

use base64::alphabet;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::{DecodeError, Engine as _};
use miniz_oxide::inflate::TINFLStatus;
use serde::Serialize;

/// Longest link text looked at (64 KiB). Real links are far shorter; browsers and chat
/// apps cut much longer ones anyway.
pub const MAX_LINK_CHARS: usize = 64 * 1024;

/// Largest inflated JSON accepted (1 MiB). Inflating stops here, so a compression bomb
/// costs at most this much memory.
pub const MAX_INFLATED_BYTES: usize = 1024 * 1024;

/// Deflate level: miniz_oxide's highest ("uber").
const LEVEL: u8 = 10;

/// base64url without padding; padding is tolerated when reading, because some apps add it.
const B64: GeneralPurpose = GeneralPurpose::new(
    &alphabet::URL_SAFE,
    GeneralPurposeConfig::new()
        .with_encode_padding(false)
        .with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// Why a link's envelope could not be opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unpack {
    /// Nothing, or only a `#`, after trimming.
    Empty,
    /// Not this kind of link (no prefix).
    OtherKind,
    /// Longer than [`MAX_LINK_CHARS`].
    TooLong,
    /// A newer version than the reader knows.
    NewerVersion(u64),
    /// A version that is not a number, or one never written.
    UnknownVersion,
    /// The data stops early.
    CutShort,
    /// A character outside base64url.
    NotBase64,
    /// Bad padding, data that does not inflate or fails its checksum, or not UTF-8.
    Damaged,
    /// Inflates past [`MAX_INFLATED_BYTES`].
    TooBig,
    /// Nested deeper than the reader allows.
    TooDeep,
}

/// The link data for `value`: `<prefix><version>.<base64>`.
pub fn pack<T: Serialize>(prefix: &str, version: u32, value: &T) -> String {
    // Plain data with string keys: serializing cannot fail.
    let json = serde_json::to_vec(value).unwrap_or_default();
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(&json, LEVEL);
    format!("{prefix}{version}.{}", B64.encode(packed))
}

/// Opens the envelope of `text` (`<prefix>…`, `#<prefix>…`, or a whole address: anything
/// up to the first `#` is ignored; surrounding whitespace too). Returns the version, one of
/// `oldest..=newest`, and the JSON, nested at most `max_nesting` deep.
pub fn unpack(
    text: &str,
    prefix: &str,
    oldest: u32,
    newest: u32,
    max_nesting: usize,
) -> Result<(u32, String), Unpack> {
    // The cap comes first, before any other work on the text.
    if text.len() > MAX_LINK_CHARS {
        return Err(Unpack::TooLong);
    }
    let text = text.trim();
    let text = match text.split_once('#') {
        Some((_, fragment)) => fragment.trim(),
        None => text,
    };
    if text.is_empty() {
        return Err(Unpack::Empty);
    }
    let rest = text.strip_prefix(prefix).ok_or(Unpack::OtherKind)?;
    let Some((version, data)) = rest.split_once('.') else {
        // "plan=" or "plan=1": the link was cut before its data.
        return Err(if rest.bytes().all(|b| b.is_ascii_digit()) {
            Unpack::CutShort
        } else {
            Unpack::UnknownVersion
        });
    };
    let version = check_version(version, oldest, newest)?;
    if data.is_empty() {
        return Err(Unpack::CutShort);
    }
    let packed = B64.decode(data).map_err(|e| match e {
        DecodeError::InvalidLength(_) | DecodeError::InvalidLastSymbol(..) => Unpack::CutShort,
        DecodeError::InvalidByte(..) => Unpack::NotBase64,
        DecodeError::InvalidPadding => Unpack::Damaged,
    })?;
    let json = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(&packed, MAX_INFLATED_BYTES)
        .map_err(|e| match e.status {
            TINFLStatus::HasMoreOutput => Unpack::TooBig,
            TINFLStatus::FailedCannotMakeProgress | TINFLStatus::NeedsMoreInput => Unpack::CutShort,
            _ => Unpack::Damaged,
        })?;
    let json = String::from_utf8(json).map_err(|_| Unpack::Damaged)?;
    // Deeper input is refused before parsing; serde_json's own recursion limit (128)
    // stays as a backstop against stack overflow.
    if nesting_depth(&json) > max_nesting {
        return Err(Unpack::TooDeep);
    }
    Ok((version, json))
}

/// The version a link names, if it is one of `oldest..=newest`.
fn check_version(version: &str, oldest: u32, newest: u32) -> Result<u32, Unpack> {
    if version.is_empty() || !version.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Unpack::UnknownVersion);
    }
    // All digits: too many of them to parse is still a (much) newer version.
    let number = version.parse::<u64>().unwrap_or(u64::MAX);
    match number {
        n if n > u64::from(newest) => Err(Unpack::NewerVersion(n)),
        n if n >= u64::from(oldest) => Ok(n as u32),
        _ => Err(Unpack::UnknownVersion),
    }
}

/// How deeply arrays and objects nest in `json`, counted without recursion. Brackets
/// inside strings do not count; unbalanced input is left for the parser to refuse.
pub(crate) fn nesting_depth(json: &str) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    let (mut in_string, mut escaped) = (false, false);
    for byte in json.bytes() {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
        } else {
            match byte {
                b'"' => in_string = true,
                b'[' | b'{' => {
                    depth += 1;
                    deepest = deepest.max(depth);
                }
                b']' | b'}' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
    }
    deepest
}
