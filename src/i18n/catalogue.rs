//! The message catalogues: one Fluent file per language, embedded in the binary, parsed once
//! on first use and shared by every thread.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

use super::Lang;

/// The files of each catalogue: one per area, so that the texts of a check sit in one file.
#[cfg(test)]
pub const FILES: [&str; 9] = [
    "godiag.ftl",
    "report.ftl",
    "go-env.ftl",
    "hosts.ftl",
    "dns.ftl",
    "connectivity.ftl",
    "vscode.ftl",
    "fix.ftl",
    "cli.ftl",
];

macro_rules! sources {
    ($lang:literal) => {
        [
            include_str!(concat!("../../locales/", $lang, "/godiag.ftl")),
            include_str!(concat!("../../locales/", $lang, "/report.ftl")),
            include_str!(concat!("../../locales/", $lang, "/go-env.ftl")),
            include_str!(concat!("../../locales/", $lang, "/hosts.ftl")),
            include_str!(concat!("../../locales/", $lang, "/dns.ftl")),
            include_str!(concat!("../../locales/", $lang, "/connectivity.ftl")),
            include_str!(concat!("../../locales/", $lang, "/vscode.ftl")),
            include_str!(concat!("../../locales/", $lang, "/fix.ftl")),
            include_str!(concat!("../../locales/", $lang, "/cli.ftl")),
        ]
    };
}

/// The catalogue sources, in [`Lang::ALL`] order, each in [`FILES`] order.
pub const SOURCES: [(Lang, [&str; 9]); 2] =
    [(Lang::En, sources!("en")), (Lang::ZhCn, sources!("zh-CN"))];

type Bundle = FluentBundle<FluentResource>;

/// The two parts of a language's catalogue: what a run says (the report, `fix`, errors: every
/// file but the first), and `explain` with `--help` (`godiag.ftl`, about half of the text).
const PARTS: usize = 2;

/// One part of `lang`'s catalogue, built on its first use: a `check` parses only what it says,
/// in the language it speaks (English only when a text is missing from it).
fn bundle_for(lang: Lang, part: usize) -> &'static Bundle {
    static BUNDLES: [[OnceLock<Bundle>; PARTS]; 2] = [
        [OnceLock::new(), OnceLock::new()],
        [OnceLock::new(), OnceLock::new()],
    ];
    BUNDLES[lang.index()][part].get_or_init(|| {
        let (_, files) = SOURCES[lang.index()];
        match part {
            0 => bundle_of(lang, &files[1..]),
            _ => bundle_of(lang, &files[..1]),
        }
    })
}

/// A bundle for `lang` from Fluent source: see [`bundle_of`].
#[cfg(test)]
pub fn bundle(lang: Lang, source: &str) -> Bundle {
    bundle_of(lang, &[source])
}

/// A bundle for `lang` from the Fluent sources of its files. A syntax error drops the broken
/// entry only (Fluent parses the rest): a test keeps the shipped files free of them, so a user
/// never sees an id instead of a sentence.
pub fn bundle_of(lang: Lang, sources: &[&str]) -> Bundle {
    let mut bundle = FluentBundle::new_concurrent(vec![lang.langid()]);
    // Unicode isolation marks (U+2068, U+2069) around every placeable would reach the
    // terminal as invisible characters and break copy-pasted commands.
    bundle.set_use_isolating(false);
    for source in sources {
        let resource = FluentResource::try_new((*source).to_string())
            .unwrap_or_else(|(partial, _errors)| partial);
        // Ids are unique across a language's files (a test checks), so adding cannot fail.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// The text of `id` (a message, or `message.attribute`) in `lang`, if that catalogue has it.
pub fn lookup(lang: Lang, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    (0..PARTS).find_map(|part| format(bundle_for(lang, part), id, args))
}

/// The text of `id` in one bundle. Fluent reports a missing argument as an error and renders
/// `{$name}` in its place; that is shown as is, and a test keeps the catalogues from needing
/// it.
pub fn format(bundle: &Bundle, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let (message_id, attribute) = match id.split_once('.') {
        Some((message, attribute)) => (message, Some(attribute)),
        None => (id, None),
    };
    let message = bundle.get_message(message_id)?;
    let pattern = match attribute {
        Some(name) => message.get_attribute(name)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}
