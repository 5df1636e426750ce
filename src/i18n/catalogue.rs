//! The message catalogues: one Fluent file per language, embedded in the binary, parsed once
//! on first use and shared by every thread.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

use super::Lang;

/// The catalogue sources, in [`Lang::ALL`] order.
pub const SOURCES: [(Lang, &str); 2] = [
    (Lang::En, include_str!("../../locales/en/godiag.ftl")),
    (Lang::ZhCn, include_str!("../../locales/zh-CN/godiag.ftl")),
];

type Bundle = FluentBundle<FluentResource>;

/// One bundle per language, built on first use: rendering `godiag check` without a
/// translated line never pays for parsing.
fn bundles() -> &'static [Bundle; 2] {
    static BUNDLES: OnceLock<[Bundle; 2]> = OnceLock::new();
    BUNDLES.get_or_init(|| SOURCES.map(|(lang, source)| bundle(lang, source)))
}

/// A bundle for `lang` from Fluent source. A syntax error drops the broken entry only (Fluent
/// parses the rest): a test keeps the shipped files free of them, so a user never sees an id
/// instead of a sentence.
pub fn bundle(lang: Lang, source: &str) -> Bundle {
    let resource =
        FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _errors)| partial);
    let mut bundle = FluentBundle::new_concurrent(vec![lang.langid()]);
    // Unicode isolation marks (U+2068, U+2069) around every placeable would reach the
    // terminal as invisible characters and break copy-pasted commands.
    bundle.set_use_isolating(false);
    // Ids are unique in each file (a test checks), so adding cannot fail.
    let _ = bundle.add_resource(resource);
    bundle
}

/// The text of `id` (a message, or `message.attribute`) in `lang`, if that catalogue has it.
pub fn lookup(lang: Lang, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    format(&bundles()[lang.index()], id, args)
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
