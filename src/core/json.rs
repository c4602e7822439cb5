//! A small JSON reader and writer for the stored record and the share form.
//!
//! serde and serde_json made up about 150 KB of the wasm, most of it their generic code
//! compiled once per type. Here each type has a plain `write_…` and `read_…` function (in
//! the module that owns the type) built on the non-generic helpers below.
//!
//! The writer gives exactly serde_json's compact output: the same escapes (only `"`, `\`
//! and control characters), integers only (the formats hold no floats). The reader pulls
//! values straight into the types, in document order, so the first problem reported is the
//! one serde_json reported, in the same category ([`Error`]). It accepts what serde_json
//! accepted: a struct as an object or as an array of its fields in order, a unit choice
//! as `"slug"` or `{"slug":null}`, unknown keys skipped where a type allows them.
//!
//! Reading recurses only along the fixed shape of the types, never deeper; a value that is
//! skipped is scanned without recursion, so no input can overflow the stack.

use std::borrow::Cow;
use std::fmt;

/// Why JSON text could not be read, in serde_json's categories.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The text ends inside a value.
    Eof,
    /// The text is not JSON.
    Syntax(&'static str),
    /// Well-formed JSON that does not fit the type (serde's "data" errors). The text
    /// starts like serde's message (`unknown field `x``, chrono's own date errors), which
    /// callers look at.
    Shape(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Eof => f.write_str("EOF while parsing a value"),
            Error::Syntax(message) => f.write_str(message),
            Error::Shape(message) => f.write_str(message),
        }
    }
}

pub type Result<T> = std::result::Result<T, Error>;

fn shape(message: String) -> Error {
    Error::Shape(message)
}

// ---------------------------------------------------------------------------------------
// Writing.

/// Writes `text` as a JSON string.
pub fn write_str(out: &mut String, text: &str) {
    out.push('"');
    let mut start = 0;
    for (i, byte) in text.bytes().enumerate() {
        let escape = match byte {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0x00..=0x1f => "",
            _ => continue,
        };
        out.push_str(&text[start..i]);
        if escape.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 0xf)]));
        } else {
            out.push_str(escape);
        }
        start = i + 1;
    }
    out.push_str(&text[start..]);
    out.push('"');
}

/// Writes `value`, formatted by `Debug` or `Display`, as a string: for dates and times,
/// whose text has nothing to escape.
pub fn write_formatted(out: &mut String, value: fmt::Arguments) {
    use fmt::Write as _;
    out.push('"');
    // Writing to a String cannot fail.
    let _ = out.write_fmt(value);
    out.push('"');
}

/// Writes an unsigned integer.
pub fn write_uint(out: &mut String, mut value: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (value % 10) as u8;
        value /= 10;
        if value == 0 {
            break;
        }
    }
    for &digit in &digits[at..] {
        out.push(char::from(digit));
    }
}

pub fn write_bool(out: &mut String, value: bool) {
    out.push_str(if value { "true" } else { "false" });
}

/// Writes `value` with `write`, or `null` for none.
pub fn write_opt<T>(out: &mut String, value: Option<T>, write: impl FnOnce(&mut String, T)) {
    match value {
        Some(value) => write(out, value),
        None => out.push_str("null"),
    }
}

/// Writes an array of `items`, each with `write`.
pub fn write_list<T>(out: &mut String, items: &[T], write: fn(&mut String, &T)) {
    out.push('[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write(out, item);
    }
    out.push(']');
}

pub fn write_strs(out: &mut String, items: &[String]) {
    write_list(out, items, |out, item| write_str(out, item));
}

/// Writes `,"key":` (or `{"key":` for the first key of an object).
pub fn write_key(out: &mut String, first: &mut bool, key: &str) {
    out.push(if std::mem::take(first) { '{' } else { ',' });
    out.push('"');
    out.push_str(key);
    out.push_str("\":");
}

/// Closes an object begun with [`write_key`] (`{}` if it has no keys).
pub fn write_end(out: &mut String, first: bool) {
    out.push_str(if first { "{}" } else { "}" });
}

// ---------------------------------------------------------------------------------------
// Reading.

/// Reads one value from `text` with `read`; only whitespace may follow it.
pub fn read<T>(text: &str, read: fn(&mut Reader) -> Result<T>) -> Result<T> {
    let mut reader = Reader { text, at: 0 };
    let value = read(&mut reader)?;
    match reader.peek() {
        None => Ok(value),
        Some(_) => Err(Error::Syntax("trailing characters")),
    }
}

/// A position in JSON text.
pub struct Reader<'a> {
    text: &'a str,
    at: usize,
}

/// What a struct's fields are: their names (in order, for the array form) and whether
/// keys that are not among them are refused (`deny_unknown_fields`) or skipped.
pub struct Fields {
    pub names: &'static [&'static str],
    pub deny_unknown: bool,
}

impl<'a> Reader<'a> {
    /// The next byte after whitespace, not consumed.
    fn peek(&mut self) -> Option<u8> {
        let bytes = self.text.as_bytes();
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = bytes.get(self.at) {
            self.at += 1;
        }
        bytes.get(self.at).copied()
    }

    fn next_byte(&mut self) -> Option<u8> {
        let byte = self.text.as_bytes().get(self.at).copied();
        self.at += usize::from(byte.is_some());
        byte
    }

    /// The error for a value that is not the `expected` kind. Like serde_json, the value
    /// is read first, so broken text is reported as such.
    fn invalid_type(&mut self, expected: &str) -> Error {
        let found = match self.peek() {
            Some(b'"') => match self.string() {
                Ok(text) => format!("string {text:?}"),
                Err(e) => return e,
            },
            Some(b'[') => "sequence".into(),
            Some(b'{') => "map".into(),
            Some(b't' | b'f' | b'n' | b'-' | b'0'..=b'9') => match self.scalar() {
                Ok(scalar) => scalar.to_string(),
                Err(e) => return e,
            },
            Some(_) => return Error::Syntax("expected value"),
            None => return Error::Eof,
        };
        shape(format!("invalid type: {found}, expected {expected}"))
    }

    /// A literal or a number, checked; returns its text. Like serde_json, a number that
    /// is read (not skipped) must also be within f64's range.
    fn scalar(&mut self) -> Result<&'a str> {
        let scalar = self.token()?;
        if scalar.starts_with(['-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'])
            && out_of_range(scalar)
        {
            return Err(Error::Syntax("number out of range"));
        }
        Ok(scalar)
    }

    /// A literal or a number, checked for syntax only; returns its text.
    fn token(&mut self) -> Result<&'a str> {
        let start = self.at;
        match self.next_byte() {
            Some(b't') => self.literal(b"rue")?,
            Some(b'f') => self.literal(b"alse")?,
            Some(b'n') => self.literal(b"ull")?,
            Some(b'-') => self.number_digits()?,
            Some(b'0'..=b'9') => {
                self.at -= 1;
                self.number_digits()?;
            }
            _ => return Err(Error::Syntax("expected value")),
        }
        Ok(&self.text[start..self.at])
    }

    fn literal(&mut self, rest: &[u8]) -> Result<()> {
        for &expected in rest {
            match self.next_byte() {
                Some(byte) if byte == expected => {}
                Some(_) => return Err(Error::Syntax("expected ident")),
                None => return Err(Error::Eof),
            }
        }
        Ok(())
    }

    /// The digits, fraction and exponent of a number (after any minus sign).
    fn number_digits(&mut self) -> Result<()> {
        let bytes = self.text.as_bytes();
        let digits = |reader: &mut Self| {
            let start = reader.at;
            while bytes.get(reader.at).is_some_and(u8::is_ascii_digit) {
                reader.at += 1;
            }
            reader.at - start
        };
        let at_end_or = |reader: &Self, error| match bytes.get(reader.at) {
            None => Err(Error::Eof),
            Some(_) => Err(error),
        };
        let int_start = self.at;
        match digits(self) {
            0 => return at_end_or(self, Error::Syntax("invalid number")),
            n if n > 1 && bytes[int_start] == b'0' => {
                self.at = int_start + 1;
                return Err(Error::Syntax("invalid number"));
            }
            _ => {}
        }
        if bytes.get(self.at) == Some(&b'.') {
            self.at += 1;
            if digits(self) == 0 {
                return at_end_or(self, Error::Syntax("invalid number"));
            }
        }
        if let Some(b'e' | b'E') = bytes.get(self.at) {
            self.at += 1;
            if let Some(b'+' | b'-') = bytes.get(self.at) {
                self.at += 1;
            }
            if digits(self) == 0 {
                return at_end_or(self, Error::Syntax("invalid number"));
            }
        }
        Ok(())
    }

    /// An unsigned integer no larger than `max`; `what` names the type in errors.
    fn uint(&mut self, max: u64, what: &str) -> Result<u64> {
        if !matches!(self.peek(), Some(b'0'..=b'9')) {
            return Err(self.invalid_type(what));
        }
        let number = self.scalar()?;
        match number.parse::<u64>() {
            Ok(value) if value <= max => Ok(value),
            Ok(value) => Err(shape(format!(
                "invalid value: integer `{value}`, expected {what}"
            ))),
            Err(_) => Err(shape(format!(
                "invalid type: floating point `{number}`, expected {what}"
            ))),
        }
    }

    pub fn u64(&mut self) -> Result<u64> {
        self.uint(u64::MAX, "u64")
    }

    pub fn u32(&mut self) -> Result<u32> {
        self.uint(u32::MAX.into(), "u32").map(|v| v as u32)
    }

    pub fn u8(&mut self) -> Result<u8> {
        self.uint(u8::MAX.into(), "u8").map(|v| v as u8)
    }

    pub fn bool(&mut self) -> Result<bool> {
        match self.peek() {
            Some(b't' | b'f') => Ok(self.scalar()? == "true"),
            _ => Err(self.invalid_type("a boolean")),
        }
    }

    /// True (and consumed) when the next value is `null`: an absent option.
    pub fn null(&mut self) -> Result<bool> {
        if self.peek() != Some(b'n') {
            return Ok(false);
        }
        self.at += 1;
        self.literal(b"ull")?;
        Ok(true)
    }

    /// `null` as none, else a value read with `read`.
    pub fn opt<T>(&mut self, read: impl FnOnce(&mut Self) -> Result<T>) -> Result<Option<T>> {
        if self.null()? {
            Ok(None)
        } else {
            read(self).map(Some)
        }
    }

    pub fn string(&mut self) -> Result<String> {
        self.cow_string().map(Cow::into_owned)
    }

    /// A string, then parsed with `parse` (a date or time); its error is the message.
    pub fn parsed<T, E: fmt::Display>(
        &mut self,
        parse: fn(&str) -> std::result::Result<T, E>,
    ) -> Result<T> {
        let text = self.cow_string()?;
        parse(&text).map_err(|e| shape(e.to_string()))
    }

    fn cow_string(&mut self) -> Result<Cow<'a, str>> {
        if self.peek() != Some(b'"') {
            return Err(self.invalid_type("a string"));
        }
        self.at += 1;
        let start = self.at;
        self.at += plain_len(&self.text.as_bytes()[start..]);
        // The common case: no escapes, borrowed as is.
        if self.text.as_bytes().get(self.at) == Some(&b'"') {
            self.at += 1;
            return Ok(Cow::Borrowed(&self.text[start..self.at - 1]));
        }
        let mut out = String::from(&self.text[start..self.at]);
        loop {
            let run = self.at;
            self.at += plain_len(&self.text.as_bytes()[run..]);
            out.push_str(&self.text[run..self.at]);
            match self.next_byte() {
                Some(b'"') => return Ok(Cow::Owned(out)),
                Some(b'\\') => self.escape(&mut out)?,
                Some(_) => return Err(Error::Syntax("control character in a string")),
                None => return Err(Error::Eof),
            }
        }
    }

    fn escape(&mut self, out: &mut String) -> Result<()> {
        let unescaped = match self.next_byte() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                let unit = self.hex4()?;
                let code = match unit {
                    0xd800..=0xdbff => {
                        for expected in [b'\\', b'u'] {
                            match self.next_byte() {
                                Some(byte) if byte == expected => {}
                                Some(_) => return Err(Error::Syntax("lone leading surrogate")),
                                None => return Err(Error::Eof),
                            }
                        }
                        let low = self.hex4()?;
                        if !(0xdc00..=0xdfff).contains(&low) {
                            return Err(Error::Syntax("lone leading surrogate"));
                        }
                        0x10000 + ((u32::from(unit) - 0xd800) << 10) + (u32::from(low) - 0xdc00)
                    }
                    0xdc00..=0xdfff => return Err(Error::Syntax("lone trailing surrogate")),
                    _ => u32::from(unit),
                };
                char::from_u32(code).ok_or(Error::Syntax("invalid unicode code point"))?
            }
            Some(_) => return Err(Error::Syntax("invalid escape")),
            None => return Err(Error::Eof),
        };
        out.push(unescaped);
        Ok(())
    }

    /// Checks and skips a string. Like serde_json, a skipped string's `\u` escapes need
    /// not pair up into real characters.
    fn skip_string(&mut self) -> Result<()> {
        self.at += 1;
        loop {
            self.at += plain_len(&self.text.as_bytes()[self.at..]);
            match self.next_byte() {
                Some(b'"') => return Ok(()),
                Some(b'\\') => match self.next_byte() {
                    Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => {}
                    Some(b'u') => {
                        self.hex4()?;
                    }
                    Some(_) => return Err(Error::Syntax("invalid escape")),
                    None => return Err(Error::Eof),
                },
                Some(_) => return Err(Error::Syntax("control character in a string")),
                None => return Err(Error::Eof),
            }
        }
    }

    /// The four hex digits of a `\u` escape. As in serde_json, running out of text
    /// comes before a wrong digit.
    fn hex4(&mut self) -> Result<u16> {
        let digits = self
            .text
            .as_bytes()
            .get(self.at..self.at + 4)
            .ok_or(Error::Eof)?;
        self.at += 4;
        digits.iter().try_fold(0u16, |unit, &digit| {
            let value = char::from(digit)
                .to_digit(16)
                .ok_or(Error::Syntax("invalid escape"))?;
            Ok(unit * 16 + value as u16)
        })
    }

    /// Reads the items of an array with `item`.
    pub fn list(&mut self, item: &mut dyn FnMut(&mut Self) -> Result<()>) -> Result<()> {
        if self.peek() != Some(b'[') {
            return Err(self.invalid_type("a sequence"));
        }
        self.at += 1;
        let mut first = true;
        while self.next_item(&mut first)? {
            item(self)?;
        }
        self.at += 1;
        Ok(())
    }

    /// Reads an array of items with `read`.
    pub fn vec<T>(&mut self, read: fn(&mut Self) -> Result<T>) -> Result<Vec<T>> {
        let mut items = Vec::new();
        self.list(&mut |r| {
            items.push(read(r)?);
            Ok(())
        })?;
        Ok(items)
    }

    pub fn strings(&mut self) -> Result<Vec<String>> {
        self.vec(Self::string)
    }

    /// Before an array item: true if one follows (its comma consumed), false at `]`
    /// (not consumed).
    fn next_item(&mut self, first: &mut bool) -> Result<bool> {
        match self.peek() {
            None => Err(Error::Eof),
            Some(b']') => Ok(false),
            _ if std::mem::take(first) => Ok(true),
            Some(b',') => {
                self.at += 1;
                match self.peek() {
                    Some(b']') => Err(Error::Syntax("trailing comma")),
                    Some(_) => Ok(true),
                    None => Err(Error::Eof),
                }
            }
            Some(_) => Err(Error::Syntax("expected `,` or `]`")),
        }
    }

    /// Before an object key: true if one follows (its comma consumed), false at `}`
    /// (not consumed).
    fn next_key(&mut self, first: &mut bool) -> Result<bool> {
        match self.peek() {
            None => Err(Error::Eof),
            Some(b'}') => Ok(false),
            Some(b'"') if std::mem::take(first) => Ok(true),
            _ if std::mem::take(first) => Err(Error::Syntax("key must be a string")),
            Some(b',') => {
                self.at += 1;
                match self.peek() {
                    Some(b'"') => Ok(true),
                    Some(b'}') => Err(Error::Syntax("trailing comma")),
                    Some(_) => Err(Error::Syntax("key must be a string")),
                    None => Err(Error::Eof),
                }
            }
            Some(_) => Err(Error::Syntax("expected `,` or `}`")),
        }
    }

    /// Consumes `byte`, the next after whitespace; anything else is `error`.
    fn expect(&mut self, byte: u8, error: &'static str) -> Result<()> {
        match self.peek() {
            Some(next) if next == byte => {
                self.at += 1;
                Ok(())
            }
            Some(_) => Err(Error::Syntax(error)),
            None => Err(Error::Eof),
        }
    }

    fn colon(&mut self) -> Result<()> {
        self.expect(b':', "expected `:`")
    }

    /// Reads a struct: an object, or an array of the fields in order. `field` reads the
    /// value of field `i`. Each field may appear once; the caller checks that the
    /// required ones did (see [`required`]).
    pub fn fields(
        &mut self,
        fields: &Fields,
        field: &mut dyn FnMut(&mut Self, usize) -> Result<()>,
    ) -> Result<()> {
        match self.peek() {
            Some(b'{') => {}
            Some(b'[') => return self.in_order(fields.names.len(), field),
            _ => return Err(self.invalid_type("a struct")),
        }
        self.at += 1;
        let (mut first, mut seen) = (true, 0u64);
        while self.next_key(&mut first)? {
            let key = self.cow_string()?;
            match fields.names.iter().position(|name| *name == key) {
                Some(i) if seen & (1 << i) != 0 => {
                    return Err(shape(format!("duplicate field `{key}`")))
                }
                Some(i) => {
                    seen |= 1 << i;
                    self.colon()?;
                    field(self, i)?;
                }
                None if fields.deny_unknown => return Err(shape(format!("unknown field `{key}`"))),
                None => {
                    self.colon()?;
                    self.skip()?;
                }
            }
        }
        self.at += 1;
        Ok(())
    }

    /// Reads a tuple of `len` items: an array; `item` reads item `i`. The caller checks
    /// that all of them were there.
    pub fn tuple(
        &mut self,
        len: usize,
        item: &mut dyn FnMut(&mut Self, usize) -> Result<()>,
    ) -> Result<()> {
        if self.peek() != Some(b'[') {
            return Err(self.invalid_type("a tuple"));
        }
        self.in_order(len, item)
    }

    /// At `[`: up to `len` items, read with `item`, then the `]`.
    fn in_order(
        &mut self,
        len: usize,
        item: &mut dyn FnMut(&mut Self, usize) -> Result<()>,
    ) -> Result<()> {
        self.at += 1;
        let mut first = true;
        for i in 0..len {
            if !self.next_item(&mut first)? {
                break;
            }
            item(self, i)?;
        }
        match self.peek() {
            Some(b']') => {
                self.at += 1;
                Ok(())
            }
            Some(b',') => {
                self.at += 1;
                match self.peek() {
                    Some(b']') => Err(Error::Syntax("trailing comma")),
                    _ => Err(Error::Syntax("trailing characters")),
                }
            }
            Some(_) => Err(Error::Syntax("trailing characters")),
            None => Err(Error::Eof),
        }
    }

    /// Reads the tag of an enum: `"name"` (false) or the key of `{"name": …}` (true, the
    /// value comes next and [`Reader::end_tagged`] follows it). Gives the index in `names`.
    pub fn tag(&mut self, names: &[&str]) -> Result<(usize, bool)> {
        let in_object = match self.peek() {
            Some(b'"') => false,
            Some(b'{') => {
                self.at += 1;
                true
            }
            Some(_) => return Err(Error::Syntax("expected value")),
            None => return Err(Error::Eof),
        };
        let name = match self.peek() {
            Some(b'"') => self.cow_string()?,
            Some(_) => return Err(Error::Syntax("key must be a string")),
            None => return Err(Error::Eof),
        };
        let index = names
            .iter()
            .position(|n| *n == name)
            .ok_or_else(|| shape(format!("unknown variant `{name}`")))?;
        if in_object {
            self.colon()?;
        }
        Ok((index, in_object))
    }

    /// The `}` after the value of a `{"name": …}` enum.
    pub fn end_tagged(&mut self) -> Result<()> {
        self.expect(b'}', "expected value")
    }

    /// A unit choice: `"slug"` or `{"slug": null}`; gives the index in `slugs`.
    pub fn choice(&mut self, slugs: &[&str]) -> Result<usize> {
        let (index, in_object) = self.tag(slugs)?;
        if in_object {
            if !self.null()? {
                return Err(self.invalid_type("unit variant"));
            }
            self.end_tagged()?;
        }
        Ok(index)
    }

    /// Checks and skips one value of any kind, without recursion.
    pub fn skip(&mut self) -> Result<()> {
        // One entry per open array (false) or object (true).
        let mut open: Vec<bool> = Vec::new();
        let mut first;
        loop {
            // At the start of a value.
            match self.peek() {
                Some(b'[') => {
                    self.at += 1;
                    open.push(false);
                    first = true;
                }
                Some(b'{') => {
                    self.at += 1;
                    open.push(true);
                    first = true;
                }
                Some(b'"') => {
                    self.skip_string()?;
                    first = false;
                }
                None => return Err(Error::Eof),
                Some(_) => {
                    self.token()?;
                    first = false;
                }
            }
            // After a value or an opening bracket: close what ends here, then find the
            // next value.
            loop {
                match open.last() {
                    None => return Ok(()),
                    Some(false) if self.next_item(&mut first)? => break,
                    Some(true) if self.next_key(&mut first)? => {
                        self.skip_string()?;
                        self.colon()?;
                        break;
                    }
                    Some(_) => {
                        self.at += 1;
                        open.pop();
                        first = false;
                    }
                }
            }
        }
    }
}

/// How many bytes at the start of `bytes` can stand in a string as they are: up to the
/// first `"`, `\` or control character. Looks at 8 bytes at a time while none of them is
/// one, as long strings are most of a plan.
fn plain_len(bytes: &[u8]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let any_below =
        |word: u64, limit: u8| word.wrapping_sub(ONES * u64::from(limit)) & !word & HIGHS;
    let mut at = 0;
    for chunk in bytes.chunks_exact(8) {
        let word = u64::from_le_bytes([
            chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7],
        ]);
        let quote = word ^ (ONES * u64::from(b'"'));
        let backslash = word ^ (ONES * u64::from(b'\\'));
        if any_below(quote, 1) | any_below(backslash, 1) | any_below(word, 0x20) != 0 {
            break;
        }
        at += 8;
    }
    at + bytes[at..]
        .iter()
        .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
        .unwrap_or(bytes.len() - at)
}

/// True for a number beyond f64's range, which serde_json refused as malformed (this
/// looks at the decimal exponent only, so it lets through numbers from 1.8e308 to 1e309).
fn out_of_range(number: &str) -> bool {
    let number = number.trim_start_matches('-');
    let (mantissa, exponent) = match number.find(['e', 'E']) {
        Some(i) => (&number[..i], &number[i + 1..]),
        None => (number, "0"),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let whole = whole.trim_start_matches('0');
    let magnitude = match fraction.find(|c| c != '0') {
        _ if !whole.is_empty() => whole.len() as i64 - 1,
        Some(zeros) => -(zeros as i64) - 1,
        None => return false,
    };
    let exponent = exponent
        .parse::<i64>()
        .unwrap_or(if exponent.starts_with('-') {
            i64::MIN / 2
        } else {
            i64::MAX / 2
        });
    magnitude + exponent > 308
}

/// The value of a required field, or serde's "missing field" error.
pub fn required<T>(value: Option<T>, name: &str) -> Result<T> {
    value.ok_or_else(|| shape(format!("missing field `{name}`")))
}

/// serde_json's category for the same error, for tests that compare the two.
#[cfg(test)]
pub(crate) fn kind(error: &Error) -> serde_json::error::Category {
    use serde_json::error::Category;
    match error {
        Error::Eof => Category::Eof,
        Error::Syntax(_) => Category::Syntax,
        Error::Shape(_) => Category::Data,
    }
}
