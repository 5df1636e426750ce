use super::*;

use fluent_syntax::ast;

/// Every message id and every `message.attribute` id of a catalogue source.
pub(crate) fn ids(source: &str) -> Vec<String> {
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(_, errors)| {
        panic!("the catalogue does not parse: {errors:?}");
    });
    let mut ids = Vec::new();
    for entry in resource.body {
        if let ast::Entry::Message(message) = entry {
            if message.value.is_some() {
                ids.push(message.id.name.to_string());
            }
            for attribute in message.attributes {
                ids.push(format!("{}.{}", message.id.name, attribute.id.name));
            }
        }
    }
    ids
}

/// Every catalogue file by language: (language, file name, source).
pub(crate) fn sources() -> impl Iterator<Item = (Lang, &'static str, &'static str)> {
    catalogue::SOURCES.into_iter().flat_map(|(lang, files)| {
        catalogue::FILES
            .into_iter()
            .zip(files)
            .map(move |(name, source)| (lang, name, source))
    })
}

/// Every id of a language, across its files.
fn all_ids(lang: Lang) -> Vec<String> {
    sources()
        .filter(|(l, _, _)| *l == lang)
        .flat_map(|(_, _, source)| ids(source))
        .collect()
}

/// The source of the file of `lang` that holds `id`.
fn source_of(lang: Lang, id: &str) -> &'static str {
    sources()
        .filter(|(l, _, _)| *l == lang)
        .map(|(_, _, source)| source)
        .find(|source| ids(source).iter().any(|i| i == id))
        .unwrap_or_else(|| panic!("{lang}: no file has {id}"))
}

#[test]
fn catalogues_parse_without_errors_and_ids_are_unique() {
    for lang in Lang::ALL {
        let mut bundle =
            fluent_bundle::concurrent::FluentBundle::new_concurrent(vec![lang.langid()]);
        for (_, name, source) in sources().filter(|(l, _, _)| *l == lang) {
            if let Err((_, errors)) = fluent_syntax::parser::parse(source) {
                panic!("{lang}/{name}: {errors:?}");
            }
            let resource =
                fluent_bundle::FluentResource::try_new(source.to_string()).expect("parses");
            assert!(
                bundle.add_resource(resource).is_ok(),
                "{lang}/{name}: an id another file has too"
            );
        }
    }
}

#[test]
fn the_chinese_catalogue_has_every_english_text_and_no_other() {
    let en = all_ids(Lang::En);
    let zh = all_ids(Lang::ZhCn);
    let missing: Vec<&String> = en
        .iter()
        .filter(|id| !zh.contains(id) && !id.starts_with("help-"))
        .collect();
    assert!(missing.is_empty(), "zh-CN lacks {missing:?}");
    // `help-*` texts exist in zh-CN only: English help is the doc comments of src/cli.rs.
    // So do the translated notes that stand in for Go's output (`.example`).
    let extra: Vec<&String> = zh
        .iter()
        .filter(|id| !en.contains(id) && !id.starts_with("help-") && !id.ends_with(".example"))
        .collect();
    assert!(extra.is_empty(), "zh-CN has texts English lacks: {extra:?}");
    assert!(
        en.iter().all(|id| !id.starts_with("help-")),
        "help texts in English belong in src/cli.rs"
    );
}

#[test]
fn placeables_match_between_languages() {
    // A translation must use exactly the variables its English text uses.
    for id in all_ids(Lang::En) {
        let en = variables(source_of(Lang::En, &id), &id);
        let zh = variables(source_of(Lang::ZhCn, &id), &id);
        assert_eq!(en, zh, "{id}: variables differ between en and zh-CN");
    }
}

/// The `$variables` the pattern of `id` uses, sorted.
fn variables(source: &str, id: &str) -> Vec<String> {
    let (message, attribute) = match id.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (id, None),
    };
    let start = source
        .lines()
        .position(|l| l.starts_with(&format!("{message} =")))
        .unwrap_or_else(|| panic!("{id} not found"));
    let mut text = String::new();
    for (i, line) in source.lines().enumerate().skip(start) {
        if i > start && !line.starts_with(' ') && !line.is_empty() {
            break;
        }
        let trimmed = line.trim_start();
        let is_attribute_line = trimmed.starts_with('.');
        match attribute {
            Some(a) if is_attribute_line && trimmed.starts_with(&format!(".{a} =")) => {
                text.push_str(line);
            }
            None if i == start || !is_attribute_line => text.push_str(line),
            _ => {}
        }
    }
    let mut vars: Vec<String> = text
        .split('$')
        .skip(1)
        .map(|rest| {
            rest.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect()
        })
        .collect();
    vars.sort();
    vars.dedup();
    vars
}

#[test]
fn missing_chinese_text_falls_back_to_english_and_unknown_ids_to_themselves() {
    assert_eq!(text(Lang::ZhCn, "no-such-id", &[]), "no-such-id");
    assert_eq!(
        text(Lang::En, "no-such.attribute", &[]),
        "no-such.attribute"
    );
    // The fallback itself, on bundles built from test sources the same way as the real ones.
    let zh = catalogue::bundle(Lang::ZhCn, "a = 甲\n");
    let en = catalogue::bundle(Lang::En, "a = A\nb = B\n");
    let get =
        |id: &str| catalogue::format(&zh, id, None).or_else(|| catalogue::format(&en, id, None));
    assert_eq!(get("a").as_deref(), Some("甲"));
    assert_eq!(get("b").as_deref(), Some("B"));
}

#[test]
fn no_isolation_marks_and_arguments_fill_in() {
    let out = text(
        Lang::En,
        "explain-header",
        &[
            ("code", "dns.poisoned".into()),
            ("title", "a forged DNS answer".into()),
            ("severity", "error".into()),
        ],
    );
    assert!(out.contains("dns.poisoned"), "{out}");
    assert!(
        !out.contains('\u{2068}') && !out.contains('\u{2069}'),
        "{out:?}"
    );
}

#[test]
fn plural_rules_are_the_languages_own() {
    let source = "n = { $count ->\n    [one] one finding\n   *[other] { $count } findings\n}\n";
    let en = catalogue::bundle(Lang::En, source);
    let zh = catalogue::bundle(Lang::ZhCn, source);
    let with = |count: f64| {
        let mut args = FluentArgs::new();
        args.set("count", FluentValue::from(count));
        args
    };
    assert_eq!(
        catalogue::format(&en, "n", Some(&with(1.0))).as_deref(),
        Some("one finding")
    );
    assert_eq!(
        catalogue::format(&en, "n", Some(&with(2.0))).as_deref(),
        Some("2 findings")
    );
    // Chinese has no singular: CLDR gives it the `other` category only.
    assert_eq!(
        catalogue::format(&zh, "n", Some(&with(1.0))).as_deref(),
        Some("1 findings")
    );
}

#[test]
fn lang_names_round_trip() {
    for lang in Lang::ALL {
        assert_eq!(Lang::parse(lang.as_str()), Some(lang));
    }
    assert_eq!(Lang::parse("zh_CN.UTF-8"), Some(Lang::ZhCn));
    assert_eq!(Lang::parse("zh-HK"), Some(Lang::En));
    assert_eq!(Lang::parse("fr"), None);
    assert_eq!(code_id("go-env.go-missing"), "go-env--go-missing");
}

#[test]
fn every_code_has_its_texts_in_both_languages_and_no_text_is_unused() {
    let mut used: Vec<String> = Vec::new();
    for info in crate::codes::CATALOGUE {
        for part in crate::codes::PARTS {
            let id = format!("{}.{part}", code_id(info.code));
            for lang in Lang::ALL {
                assert!(has(lang, &id), "{lang} lacks {id}");
                assert!(
                    !text(lang, &id, &[]).trim().is_empty(),
                    "{lang}: {id} is empty"
                );
            }
            used.push(id);
        }
        // A parenthesised note instead of Go's output is godiag's words: translated.
        let note = format!("{}.example", code_id(info.code));
        if info.is_note() {
            assert!(
                has(Lang::ZhCn, &note),
                "zh-CN lacks {note} for {:?}",
                info.example
            );
            used.push(note);
        }
    }
    used.extend(crate::explain::TEXT_IDS.iter().map(|s| s.to_string()));
    used.extend(crate::cli_help::help_ids_used());
    for (lang, _, source) in sources().filter(|(_, name, _)| *name == "godiag.ftl") {
        let unused: Vec<String> = ids(source)
            .into_iter()
            .filter(|id| !used.contains(id))
            .collect();
        assert!(unused.is_empty(), "{lang}: nothing uses {unused:?}");
    }
    let zh = all_ids(Lang::ZhCn);
    let missing: Vec<&String> = used.iter().filter(|id| !zh.contains(id)).collect();
    assert!(missing.is_empty(), "zh-CN lacks {missing:?}");
}
