//! Which language to speak, decided from the command line, the environment and the system
//! locale. Pure: the caller passes the environment and the system locale in, so every
//! platform's inputs can be tested on any platform.

use super::Lang;

/// The variables that name a language, strongest first. `GODIAG_LANG` is godiag's own; the
/// others are POSIX's order for message catalogues (XBD 8.2: `LC_ALL` overrides
/// `LC_MESSAGES`, which overrides `LANG`). An empty value counts as unset, as in POSIX.
pub const ENV_VARS: [&str; 4] = ["GODIAG_LANG", "LC_ALL", "LC_MESSAGES", "LANG"];

/// The language to use: `--lang` if given, else the first of [`ENV_VARS`] with a non-empty
/// value, else the system's UI locale (`system`: what `sys_locale::get_locale` returns, the
/// user's UI language on Windows and macOS), else English.
///
/// The first source that names a locale decides, also when godiag does not speak that
/// language: `LANG=fr_FR.UTF-8` gives English, not whatever `sys-locale` says.
pub fn choose(
    flag: Option<&str>,
    env: &dyn Fn(&str) -> Option<String>,
    system: Option<String>,
) -> Lang {
    if let Some(flag) = flag.map(str::trim).filter(|f| !f.is_empty()) {
        return from_locale(flag);
    }
    for var in ENV_VARS {
        if let Some(value) = env(var).filter(|v| !v.trim().is_empty()) {
            return from_locale(&value);
        }
    }
    system
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map_or(Lang::En, from_locale)
}

/// The language godiag uses for a locale name in any of the spellings systems give:
/// POSIX (`zh_CN.UTF-8`, `zh_CN.GB18030@pinyin`), BCP 47 (`zh-Hans-CN`, what macOS and
/// Windows report) or a bare language (`zh`). Simplified Chinese (the `Hans` script, or a
/// region that writes it: mainland China, Singapore, Malaysia, or none) is `zh-CN`;
/// Traditional Chinese (`Hant`, Taiwan, Hong Kong, Macau) is English until someone
/// translates it; every other language, `C` and `POSIX` too, is English.
pub fn from_locale(locale: &str) -> Lang {
    match parse(locale) {
        Some(tag) if tag.language == "zh" && is_simplified(&tag) => Lang::ZhCn,
        _ => Lang::En,
    }
}

/// Whether `--lang` may take this value: a locale of a language godiag knows, in any
/// spelling [`from_locale`] reads. `zh-TW` is accepted (and means English, as `--help` says);
/// `fr` is a usage error, not a silent English.
pub fn is_known(locale: &str) -> bool {
    let locale = locale.trim();
    locale.eq_ignore_ascii_case("C")
        || locale.eq_ignore_ascii_case("POSIX")
        || parse(locale).is_some_and(|tag| tag.language == "en" || tag.language == "zh")
}

/// The parts of a locale name that choose a language.
struct Tag {
    /// Lower case, e.g. `zh`.
    language: String,
    /// Title case when present, e.g. `Hans`.
    script: Option<String>,
    /// Upper case when present, e.g. `CN`.
    region: Option<String>,
}

fn parse(locale: &str) -> Option<Tag> {
    // POSIX: language[_territory][.codeset][@modifier]. `C.UTF-8` is the C locale.
    let name = locale.trim();
    let name = name.split(['.', '@']).next().unwrap_or_default();
    let mut parts = name.split(['-', '_']);
    let language = parts.next()?.to_ascii_lowercase();
    if !(2..=3).contains(&language.len()) || !language.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let mut tag = Tag {
        language,
        script: None,
        region: None,
    };
    for part in parts {
        if part.len() == 4 && part.bytes().all(|b| b.is_ascii_alphabetic()) && tag.script.is_none()
        {
            let mut script = part.to_ascii_lowercase();
            script[..1].make_ascii_uppercase();
            tag.script = Some(script);
        } else if (part.len() == 2 && part.bytes().all(|b| b.is_ascii_alphabetic()))
            || (part.len() == 3 && part.bytes().all(|b| b.is_ascii_digit()))
        {
            tag.region.get_or_insert_with(|| part.to_ascii_uppercase());
        }
    }
    Some(tag)
}

fn is_simplified(tag: &Tag) -> bool {
    match tag.script.as_deref() {
        Some("Hans") => true,
        Some(_) => false,
        None => !matches!(tag.region.as_deref(), Some("TW" | "HK" | "MO")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_of(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| ((*k).to_string(), (*v).to_string()))
            .collect();
        move |key: &str| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
    }

    #[test]
    fn locale_names_of_every_platform() {
        use Lang::{En, ZhCn};
        let table: &[(&str, Lang)] = &[
            // Linux and the BSDs: POSIX names from LANG and friends.
            ("zh_CN.UTF-8", ZhCn),
            ("zh_CN.utf8", ZhCn),
            ("zh_CN.GB18030", ZhCn),
            ("zh_CN", ZhCn),
            ("zh_SG.UTF-8", ZhCn),
            ("zh_TW.UTF-8", En),
            ("zh_HK.UTF-8", En),
            ("zh_CN.UTF-8@pinyin", ZhCn),
            ("zh", ZhCn),
            ("en_US.UTF-8", En),
            ("de_DE.UTF-8", En),
            ("C", En),
            ("C.UTF-8", En),
            ("POSIX", En),
            // macOS: CFLocale's preferred languages, BCP 47 with a script.
            ("zh-Hans-CN", ZhCn),
            ("zh-Hans", ZhCn),
            ("zh-Hans-HK", ZhCn),
            ("zh-Hant-TW", En),
            ("zh-Hant", En),
            ("en-GB", En),
            // Windows: GetUserPreferredUILanguages, BCP 47.
            ("zh-CN", ZhCn),
            ("zh-SG", ZhCn),
            ("zh-TW", En),
            ("zh-HK", En),
            ("zh-MO", En),
            ("en-US", En),
            ("ja-JP", En),
            // Typed by a person.
            ("ZH-cn", ZhCn),
            ("  zh_cn  ", ZhCn),
            ("", En),
            ("!!", En),
        ];
        for (locale, want) in table {
            assert_eq!(from_locale(locale), *want, "{locale:?}");
        }
    }

    #[test]
    fn precedence_flag_then_env_then_system() {
        use Lang::{En, ZhCn};
        type Case<'a> = (
            Option<&'a str>,
            &'a [(&'a str, &'a str)],
            Option<&'a str>,
            Lang,
        );
        let table: &[Case] = &[
            // Nothing anywhere: English.
            (None, &[], None, En),
            // The flag beats everything.
            (
                Some("zh-CN"),
                &[("GODIAG_LANG", "en"), ("LC_ALL", "C")],
                None,
                ZhCn,
            ),
            (
                Some("en"),
                &[("LANG", "zh_CN.UTF-8")],
                Some("zh-Hans-CN"),
                En,
            ),
            (Some("zh-TW"), &[("LANG", "zh_CN.UTF-8")], None, En),
            // An empty flag is no flag.
            (Some(""), &[("LANG", "zh_CN.UTF-8")], None, ZhCn),
            // GODIAG_LANG beats the locale.
            (
                None,
                &[("GODIAG_LANG", "zh-CN"), ("LC_ALL", "en_US.UTF-8")],
                None,
                ZhCn,
            ),
            (
                None,
                &[("GODIAG_LANG", "en"), ("LANG", "zh_CN.UTF-8")],
                None,
                En,
            ),
            // POSIX: LC_ALL > LC_MESSAGES > LANG; an empty value is skipped.
            (None, &[("LC_ALL", "C"), ("LANG", "zh_CN.UTF-8")], None, En),
            (None, &[("LC_ALL", ""), ("LANG", "zh_CN.UTF-8")], None, ZhCn),
            (
                None,
                &[
                    ("GODIAG_LANG", ""),
                    ("LC_MESSAGES", "zh_CN.UTF-8"),
                    ("LANG", "en_US.UTF-8"),
                ],
                None,
                ZhCn,
            ),
            (
                None,
                &[("LC_MESSAGES", "en_US.UTF-8"), ("LANG", "zh_CN.UTF-8")],
                None,
                En,
            ),
            (None, &[("LANG", "zh_TW.UTF-8")], Some("zh-CN"), En),
            // A locale that is set decides, even for a language godiag does not speak.
            (None, &[("LANG", "fr_FR.UTF-8")], Some("zh-Hans-CN"), En),
            // Windows and macOS: no locale variables, the UI language decides.
            (None, &[], Some("zh-CN"), ZhCn),
            (None, &[], Some("zh-Hans-CN"), ZhCn),
            (None, &[], Some("zh-Hant-TW"), En),
            (None, &[], Some("en-US"), En),
            (None, &[("LANG", "")], Some("zh-Hans"), ZhCn),
            // macOS Terminal exports LANG, which wins over the UI language.
            (None, &[("LANG", "en_US.UTF-8")], Some("zh-Hans-CN"), En),
        ];
        for (flag, env, system, want) in table {
            let got = choose(*flag, &env_of(env), system.map(str::to_string));
            assert_eq!(got, *want, "flag {flag:?}, env {env:?}, system {system:?}");
        }
    }

    #[test]
    fn flag_values() {
        for ok in [
            "en", "zh-CN", "zh_CN", "zh", "zh-Hans", "zh-TW", "en-US", "C", "POSIX",
        ] {
            assert!(is_known(ok), "{ok}");
        }
        for bad in ["fr", "", "chinese", "zh!", "123"] {
            assert!(!is_known(bad), "{bad}");
        }
    }
}
