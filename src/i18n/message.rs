//! Messages as data: a catalogue id and named arguments, rendered into a language only at the
//! edge (the human report, JSON). Rules never write sentences; they call a function the
//! [`messages!`](crate::messages) macro declares, which fixes the id and the argument names, so
//! a rule cannot pass an argument the catalogue does not expect or forget one it does (the
//! catalogue test holds the Fluent files to the same declarations).

use std::borrow::Cow;
use std::cell::Cell;
use std::collections::BTreeMap;

use fluent_bundle::{FluentArgs, FluentValue};
use serde::{Deserialize, Serialize};

use super::{Lang, catalogue};

/// One argument of a message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(untagged)]
pub enum Value {
    /// A count or a measurement (milliseconds, a line number): plural rules can select on it.
    Int(i64),
    /// Data shown as it is: an address, a path, a variable's value, Go's or the OS's own words.
    Text(String),
    /// A phrase of the same catalogue, rendered in the same language.
    Phrase(Box<Message>),
    /// Several values, joined with the language's list separator.
    List(Vec<Value>),
}

/// A text of the catalogue with its arguments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(from = "MessageWire")]
pub struct Message {
    id: Cow<'static, str>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    args: BTreeMap<String, Value>,
}

/// A message as JSON may hold it: as data, or already rendered (a check's summary, a
/// diagnosis headline) when a report is read back, e.g. to escape it for the terminal.
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(untagged)]
enum MessageWire {
    Data {
        id: String,
        #[serde(default)]
        args: BTreeMap<String, Value>,
    },
    Rendered(String),
}

impl From<MessageWire> for Message {
    fn from(wire: MessageWire) -> Message {
        match wire {
            MessageWire::Data { id, args } => Message::from_parts(id, args),
            MessageWire::Rendered(text) => Message::rendered_text(text),
        }
    }
}

/// A message the code declares: its id and the names of its arguments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spec {
    pub id: &'static str,
    pub args: &'static [&'static str],
}

impl Message {
    /// For the [`messages!`](crate::messages) macro only: the declarations are the one place
    /// ids and argument names are written.
    #[doc(hidden)]
    pub fn __declared(id: &'static str, args: Vec<(&'static str, Value)>) -> Message {
        Message {
            id: Cow::Borrowed(id),
            args: args
                .into_iter()
                .map(|(name, value)| (name.to_string(), value))
                .collect(),
        }
    }

    /// A message read back from JSON (the terminal scrub round-trips findings through it).
    pub fn from_parts(id: String, args: BTreeMap<String, Value>) -> Message {
        Message {
            id: Cow::Owned(id),
            args,
        }
    }

    /// The catalogue id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The argument `name` when it is text: for rules that link findings (the cross-check
    /// reads arguments, never rendered text).
    pub fn text_arg(&self, name: &str) -> Option<&str> {
        match self.args.get(name)? {
            Value::Text(s) => Some(s),
            _ => None,
        }
    }

    /// Every argument, by name.
    pub fn args(&self) -> &BTreeMap<String, Value> {
        &self.args
    }

    /// The text in `lang`: English where `lang`'s catalogue lacks it, the id where no
    /// catalogue has it (a test rules both out).
    pub fn render(&self, lang: Lang) -> String {
        let mut fluent = FluentArgs::with_capacity(self.args.len());
        for (name, value) in &self.args {
            fluent.set(name.clone(), value.fluent(lang));
        }
        let args = (!self.args.is_empty()).then_some(&fluent);
        catalogue::lookup(lang, &self.id, args)
            .or_else(|| catalogue::lookup(Lang::En, &self.id, args))
            .unwrap_or_else(|| self.id.to_string())
    }

    /// The text in the language of the current rendering ([`in_lang`]).
    pub fn rendered(&self) -> String {
        self.render(current())
    }

    /// Applies `f` to every text argument (escaping control characters for the terminal).
    pub fn map_text(&mut self, f: &impl Fn(&str) -> String) {
        for value in self.args.values_mut() {
            value.map_text(f);
        }
    }
}

/// The text in the language of the current rendering ([`in_lang`]): renderers choose the
/// language once, around all their output.
impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.rendered())
    }
}

/// The value in the language of the current rendering ([`in_lang`]).
impl std::fmt::Display for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(current()))
    }
}

/// Data compares with text (evidence lines, in tests and rules).
impl PartialEq<&str> for Value {
    fn eq(&self, other: &&str) -> bool {
        matches!(self, Value::Text(s) if s == other)
    }
}

impl PartialEq<str> for Value {
    fn eq(&self, other: &str) -> bool {
        matches!(self, Value::Text(s) if s == other)
    }
}

#[cfg(test)]
impl Message {
    /// For tests: the zh-CN text, asserting it is translated (not the English fallback), not
    /// an id, and has every argument in place (a missing one shows as `{$name}`).
    pub fn chinese(&self) -> String {
        let text = self.render(Lang::ZhCn);
        assert_ne!(text, self.render(Lang::En), "{} is not translated", self.id);
        assert!(
            text != self.id && !text.contains('{'),
            "{}: {text}",
            self.id
        );
        text
    }
}

/// Tests compare a message with its English text.
#[cfg(test)]
impl PartialEq<&str> for Message {
    fn eq(&self, other: &&str) -> bool {
        self.render(Lang::En) == *other
    }
}

/// An empty text, for test fixtures that need a summary.
#[cfg(test)]
impl Default for Message {
    fn default() -> Message {
        Message::rendered_text(String::new())
    }
}

impl Value {
    fn fluent(&self, lang: Lang) -> FluentValue<'static> {
        match self {
            Value::Int(n) => FluentValue::from(*n),
            Value::Text(s) => FluentValue::from(s.clone()),
            Value::Phrase(m) => FluentValue::from(m.render(lang)),
            Value::List(items) => FluentValue::from(
                items
                    .iter()
                    .map(|v| v.render(lang))
                    .collect::<Vec<_>>()
                    .join(&list_separator().render(lang)),
            ),
        }
    }

    /// The value as text in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        match self {
            Value::Int(n) => n.to_string(),
            Value::Text(s) => s.clone(),
            Value::Phrase(m) => m.render(lang),
            Value::List(_) => match self.fluent(lang) {
                FluentValue::String(s) => s.into_owned(),
                _ => String::new(),
            },
        }
    }

    fn map_text(&mut self, f: &impl Fn(&str) -> String) {
        match self {
            Value::Int(_) => {}
            Value::Text(s) => *s = f(s),
            Value::Phrase(m) => m.map_text(f),
            Value::List(items) => items.iter_mut().for_each(|v| v.map_text(f)),
        }
    }
}

impl From<Message> for Value {
    fn from(m: Message) -> Self {
        Value::Phrase(Box::new(m))
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Text(s.to_string())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Text(s)
    }
}

impl From<&String> for Value {
    fn from(s: &String) -> Self {
        Value::Text(s.clone())
    }
}

impl From<Cow<'_, str>> for Value {
    fn from(s: Cow<'_, str>) -> Self {
        Value::Text(s.into_owned())
    }
}

impl<T: Into<Value>> From<Vec<T>> for Value {
    fn from(items: Vec<T>) -> Self {
        Value::List(items.into_iter().map(Into::into).collect())
    }
}

macro_rules! int_values {
    ($($t:ty),*) => {$(
        impl From<$t> for Value {
            #[allow(clippy::cast_possible_wrap, clippy::cast_lossless)]
            fn from(n: $t) -> Self {
                // Counts, lines and milliseconds: far below i64::MAX.
                Value::Int(n as i64)
            }
        }
    )*};
}
int_values!(u8, u16, u32, u64, usize, i32, i64);

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// Runs `f` with `lang` as the language messages serialise in (JSON output renders
/// `message` in the language the user asked for, English by default).
pub fn in_lang<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    let before = CURRENT.with(|c| c.replace(lang));
    let out = f();
    CURRENT.with(|c| c.set(before));
    out
}

/// The language of the current rendering: English unless inside [`in_lang`].
pub fn current() -> Lang {
    CURRENT.with(Cell::get)
}

/// Serialises a message as its text in the current language: for fields whose JSON is a
/// plain string (a check's summary, a diagnosis headline).
pub fn serialize_rendered<S: serde::Serializer>(m: &Message, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&m.rendered())
}

/// Serialises `Some` message as its text in the current language (with
/// `skip_serializing_if = "Option::is_none"`).
pub fn serialize_rendered_some<S: serde::Serializer>(
    m: &Option<Message>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match m {
        Some(m) => s.serialize_str(&m.rendered()),
        None => s.serialize_none(),
    }
}

/// Declares messages: one function per message, named after it, taking its arguments in the
/// order written, and a `SPECS` list for the catalogue test.
///
/// ```ignore
/// godiag::messages! {
///     /// A resolver that answered nothing.
///     resolver_unreachable = "dns--resolver-unreachable--system" (address, queries);
/// }
/// ```
#[macro_export]
macro_rules! messages {
    ($( $(#[$doc:meta])* $name:ident = $id:literal ( $($arg:ident),* $(,)? ); )*) => {
        $(
            $(#[$doc])*
            #[allow(clippy::too_many_arguments, dead_code)]
            pub fn $name($($arg: impl Into<$crate::i18n::Value>),*) -> $crate::i18n::Message {
                $crate::i18n::Message::__declared($id, vec![$((stringify!($arg), $arg.into())),*])
            }
        )*
        /// Every message this module declares, with its arguments.
        #[allow(dead_code)]
        pub const SPECS: &[$crate::i18n::Spec] = &[
            $($crate::i18n::Spec { id: $id, args: &[$(stringify!($arg)),*] }),*
        ];
    };
}

impl Message {
    /// Text that was rendered already, read back from JSON: shown as it is in every language.
    fn rendered_text(text: String) -> Message {
        verbatim(text)
    }
}

/// Test fixtures name findings by a few words of their own: shown as they are in every
/// language. Only tests: a rule's message is always a declared one.
#[cfg(test)]
impl From<&str> for Message {
    fn from(text: &str) -> Message {
        Message::rendered_text(text.to_string())
    }
}

crate::messages! {
    /// Joins the items of a list argument.
    list_separator = "list-separator" ();
    /// Text rendered already, read back from JSON: shown as it is.
    verbatim = "verbatim" (text);
}
