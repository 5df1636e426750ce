//! The languages godiag speaks: choosing one, and the catalogues of what it says in each.
//!
//! Texts live in Fluent files, one per language (`locales/<lang>/godiag.ftl`), embedded in
//! the binary. Code asks for a text by id with [`text`]; a text the Chinese catalogue lacks
//! comes out in English rather than as an id. docs/i18n.md describes the id scheme and how to
//! add a language. A leaf module: it knows nothing of checks or findings.

mod catalogue;
mod choose;
mod message;
mod wrap;

use std::borrow::Cow;

use fluent_bundle::{FluentArgs, FluentValue};

pub use choose::{choose, from_locale, is_known};
pub use message::{
    Message, SPECS, Spec, Value, current, in_lang, list_separator, serialize_rendered,
    serialize_rendered_some,
};
#[cfg(test)]
pub use wrap::width;
pub use wrap::wrap;

/// A language godiag speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English, the language of the source and of JSON messages unless asked otherwise.
    #[default]
    En,
    /// Simplified Chinese.
    ZhCn,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::ZhCn];

    /// The tag `--lang` takes and docs use: `en`, `zh-CN`.
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhCn => "zh-CN",
        }
    }

    /// A language from a tag or locale name: `en`, `zh-CN`, `zh_CN.UTF-8`, `zh-Hans` ... for
    /// a language godiag knows (`zh-TW` is English until translated); `None` for any other.
    pub fn parse(text: &str) -> Option<Lang> {
        is_known(text).then(|| from_locale(text))
    }

    fn index(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::ZhCn => 1,
        }
    }

    fn langid(self) -> unic_langid::LanguageIdentifier {
        match self {
            Lang::En => unic_langid::langid!("en"),
            Lang::ZhCn => unic_langid::langid!("zh-CN"),
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The language for this run: `--lang`, else the environment (`GODIAG_LANG`, `LC_ALL`,
/// `LC_MESSAGES`, `LANG`), else the system's UI language, else English. See [`choose`].
pub fn detect(flag: Option<&str>) -> Lang {
    choose(
        flag,
        &|name| std::env::var(name).ok(),
        sys_locale::get_locale(),
    )
}

/// A value a text is filled with. Numbers stay numbers so that plural rules can pick the form
/// (`1 finding`, `2 findings`).
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    /// Text, shown as is.
    Str(Cow<'a, str>),
    /// A count or a measurement.
    Num(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(Cow::Borrowed(s))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Str(Cow::Owned(s))
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            #[allow(clippy::cast_precision_loss, clippy::cast_lossless)]
            fn from(n: $t) -> Self {
                Arg::Num(n as f64)
            }
        }
    )*};
}
number_args!(u8, u16, u32, u64, usize, i32, i64, f64);

/// The text of `id` in `lang`, filled with `args`; English when the `lang` catalogue lacks
/// it; the id itself when no catalogue has it (a test keeps every id the code uses in both).
///
/// `id` is a message id (`explain-meaning`) or a message and one of its attributes
/// (`dns--poisoned.title`).
pub fn text(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let fluent_args = (!args.is_empty()).then(|| {
        let mut fa = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            let value = match value {
                Arg::Str(s) => FluentValue::from(s.as_ref().to_string()),
                Arg::Num(n) => FluentValue::from(*n),
            };
            fa.set(*name, value);
        }
        fa
    });
    let fa = fluent_args.as_ref();
    catalogue::lookup(lang, id, fa)
        .or_else(|| catalogue::lookup(Lang::En, id, fa))
        .unwrap_or_else(|| id.to_string())
}

/// Whether `lang`'s own catalogue has `id` (no fallback): for the tests that forbid gaps.
pub fn has(lang: Lang, id: &str) -> bool {
    catalogue::lookup(lang, id, None).is_some()
}

/// The Fluent id of a finding code: `.` is not allowed in Fluent ids, so `dns.poisoned`
/// becomes `dns--poisoned` (check ids and slugs never contain `--`).
pub fn code_id(code: &str) -> String {
    code.replacen('.', "--", 1)
}

#[cfg(test)]
pub(crate) mod tests;
