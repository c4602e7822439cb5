//! What a refused document was about, told apart by type rather than by error text.
//!
//! serde_json reports every mismatch between a document and a type as one kind of error
//! ([`serde_json::error::Category::Data`]) whose only detail is text. When a format must
//! tell the person more (a field from a newer app, a date that does not exist), the
//! refused document is read once more into the same type, this time from a parsed
//! [`serde_json::Value`] through a deserializer with an error type of its own. serde's
//! derived code names an unknown field through [`de::Error::unknown_field`], which that
//! error keeps; a string that its type refuses for what it says rather than for being a
//! string (chrono refusing "2026-02-30") fails inside `visit_str` with `Error::custom`,
//! which the deserializer sees there. Only refused documents take this second read.
//!
//! The second read may find nothing wrong where serde_json did (a duplicate field: a
//! parsed object keeps only the last), or a different fault of a document with several;
//! either way the caller falls back to its general "not a plan" error.

use std::fmt;

use serde::de::value::{MapDeserializer, SeqDeserializer};
use serde::de::{
    self, DeserializeOwned, DeserializeSeed, EnumAccess, IntoDeserializer, Unexpected,
    VariantAccess, Visitor,
};
use serde::forward_to_deserialize_any;
use serde_json::Value;

/// Why a document did not fit its type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Mismatch {
    /// An object holds a field its type does not know.
    UnknownField(String),
    /// A string is not a value of its type (for the plan: a date or time that does not
    /// exist, which chrono refuses).
    BadText,
    /// Anything else: a wrong type, a missing field, an unknown choice, and so on.
    Other,
}

/// Why `json`, which serde_json refused with a data error as a `T`, does not fit `T`.
/// [`Mismatch::Other`] when the second read finds nothing more to say.
pub(super) fn mismatch_of<T: DeserializeOwned>(json: &str) -> Mismatch {
    match serde_json::from_str::<Value>(json) {
        Ok(value) => match T::deserialize(JsonDe(&value)) {
            Ok(_) | Err(Failure::Custom) => Mismatch::Other,
            Err(Failure::Mismatch(cause)) => cause,
        },
        Err(_) => Mismatch::Other,
    }
}

/// The error of [`JsonDe`]: a cause, or a refusal raised by a type's own code
/// (`Error::custom`) that becomes [`Mismatch::BadText`] when it refused a string.
#[derive(Debug)]
enum Failure {
    Mismatch(Mismatch),
    Custom,
}

impl Failure {
    fn other() -> Self {
        Failure::Mismatch(Mismatch::Other)
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self:?}")
    }
}

impl std::error::Error for Failure {}

impl de::Error for Failure {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Failure::Custom
    }

    fn unknown_field(field: &str, _expected: &'static [&'static str]) -> Self {
        Failure::Mismatch(Mismatch::UnknownField(field.to_string()))
    }

    // serde's defaults for these go through `custom`; here they are shape errors.
    fn invalid_type(_: Unexpected, _: &dyn de::Expected) -> Self {
        Failure::other()
    }

    fn invalid_value(_: Unexpected, _: &dyn de::Expected) -> Self {
        Failure::other()
    }

    fn invalid_length(_: usize, _: &dyn de::Expected) -> Self {
        Failure::other()
    }

    fn unknown_variant(_: &str, _: &'static [&'static str]) -> Self {
        Failure::other()
    }

    fn missing_field(_: &'static str) -> Self {
        Failure::other()
    }

    fn duplicate_field(_: &'static str) -> Self {
        Failure::other()
    }
}

/// The deserializer over a parsed value.
struct JsonDe<'a>(&'a Value);

impl<'de, 'a> de::Deserializer<'de> for JsonDe<'a> {
    type Error = Failure;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Failure> {
        match self.0 {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(*b),
            Value::Number(n) => match (n.as_u64(), n.as_i64(), n.as_f64()) {
                (Some(u), _, _) => visitor.visit_u64(u),
                (None, Some(i), _) => visitor.visit_i64(i),
                (None, None, Some(f)) => visitor.visit_f64(f),
                (None, None, None) => Err(Failure::other()),
            },
            // A type that refuses the text itself (rather than its type) does so here.
            Value::String(s) => visitor.visit_str(s).map_err(|e| match e {
                Failure::Custom => Failure::Mismatch(Mismatch::BadText),
                other => other,
            }),
            Value::Array(items) => {
                let mut seq = SeqDeserializer::new(items.iter().map(JsonDe));
                let value = visitor.visit_seq(&mut seq)?;
                seq.end()?;
                Ok(value)
            }
            Value::Object(fields) => {
                let mut map =
                    MapDeserializer::new(fields.iter().map(|(k, v)| (k.as_str(), JsonDe(v))));
                let value = visitor.visit_map(&mut map)?;
                map.end()?;
                Ok(value)
            }
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Failure> {
        match self.0 {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Failure> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Failure> {
        match self.0 {
            Value::String(name) => visitor.visit_enum(name.as_str().into_deserializer()),
            Value::Object(fields) if fields.len() == 1 => match fields.iter().next() {
                Some((name, value)) => visitor.visit_enum(Variant { name, value }),
                None => Err(Failure::other()),
            },
            _ => Err(Failure::other()),
        }
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct seq tuple tuple_struct map struct identifier ignored_any
    }
}

impl<'de, 'a> IntoDeserializer<'de, Failure> for JsonDe<'a> {
    type Deserializer = Self;

    fn into_deserializer(self) -> Self {
        self
    }
}

/// An enum written as `{"variant": value}`.
struct Variant<'a> {
    name: &'a str,
    value: &'a Value,
}

impl<'de, 'a> EnumAccess<'de> for Variant<'a> {
    type Error = Failure;
    type Variant = JsonDe<'a>;

    fn variant_seed<S: DeserializeSeed<'de>>(
        self,
        seed: S,
    ) -> Result<(S::Value, JsonDe<'a>), Failure> {
        let name: de::value::StrDeserializer<'_, Failure> = self.name.into_deserializer();
        Ok((seed.deserialize(name)?, JsonDe(self.value)))
    }
}

impl<'de, 'a> VariantAccess<'de> for JsonDe<'a> {
    type Error = Failure;

    fn unit_variant(self) -> Result<(), Failure> {
        match self.0 {
            Value::Null => Ok(()),
            _ => Err(Failure::other()),
        }
    }

    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, Failure> {
        seed.deserialize(self)
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, Failure> {
        de::Deserializer::deserialize_any(self, visitor)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Failure> {
        de::Deserializer::deserialize_any(self, visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Entry {
        day: NaiveDate,
        mood: u8,
        #[serde(default)]
        kind: Option<Kind>,
        #[serde(default)]
        tags: Vec<(u8, String)>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "snake_case")]
    #[allow(dead_code)]
    enum Kind {
        Walk,
        Count(u8),
    }

    /// Every document here is one serde_json refuses as an `Entry` with a data error.
    fn cause(json: &str) -> Mismatch {
        let e = serde_json::from_str::<Vec<Entry>>(json).unwrap_err();
        assert!(e.is_data(), "{json}: {e}");
        mismatch_of::<Vec<Entry>>(json)
    }

    #[test]
    fn unknown_fields_are_named() {
        assert_eq!(
            cause(r#"[{"day":"2026-11-25","mood":3,"zz":1}]"#),
            Mismatch::UnknownField("zz".into())
        );
    }

    #[test]
    fn a_string_its_type_refuses_is_bad_text() {
        for day in ["2026-02-30", "2026-13-01", "25 November", ""] {
            let json = format!(r#"[{{"day":"{day}","mood":3}}]"#);
            assert_eq!(cause(&json), Mismatch::BadText, "{day}");
        }
    }

    #[test]
    fn other_mismatches_are_other() {
        for json in [
            r#"[{"day":"2026-11-25","mood":"3"}]"#,
            r#"[{"day":"2026-11-25","mood":300}]"#,
            r#"[{"day":"2026-11-25"}]"#,
            r#"[{"day":3,"mood":3}]"#,
            r#"[{"day":"2026-11-25","mood":3,"kind":"run"}]"#,
            r#"[{"day":"2026-11-25","mood":3,"kind":{"count":"x"}}]"#,
            r#"[{"day":"2026-11-25","mood":3,"tags":[[1]]}]"#,
            r#"[{"day":"2026-11-25","mood":3,"mood":4}]"#,
            r#"{"day":"2026-11-25"}"#,
        ] {
            assert_eq!(cause(json), Mismatch::Other, "{json}");
        }
    }

    #[test]
    fn what_serde_json_accepts_reads_the_same_way() {
        let json = r#"[{"day":"2026-11-25","mood":3,"kind":{"walk":null},"tags":[[1,"a"]]},
                       {"day":"2026-11-26","mood":4,"kind":{"count":2}},
                       {"day":"2026-11-27","mood":5,"kind":"walk"}]"#;
        let value: Value = serde_json::from_str(json).unwrap();
        let direct = serde_json::from_str::<Vec<Entry>>(json).unwrap();
        let again = Vec::<Entry>::deserialize(JsonDe(&value)).unwrap();
        assert_eq!(format!("{direct:?}"), format!("{again:?}"));
    }
}
