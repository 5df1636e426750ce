//! The catalogues against the declarations: every declared message is in every language with
//! exactly the arguments the code passes, every finding code has its message, and no text of
//! an area file goes unused.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::all;
use crate::i18n::{Lang, code_id};

/// Every message of every file of a language (the ones with a value), with the variables its
/// value uses.
fn messages(lang: Lang) -> BTreeMap<String, (String, BTreeSet<String>)> {
    let mut out = BTreeMap::new();
    for (l, file, source) in crate::i18n::tests::sources() {
        if l != lang {
            continue;
        }
        let resource = fluent_syntax::parser::parse(source)
            .unwrap_or_else(|(_, errors)| panic!("{lang}/{file} does not parse: {errors:?}"));
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry
                && let Some(value) = &m.value
            {
                let mut vars = BTreeSet::new();
                pattern_vars(value, &mut vars);
                out.insert(m.id.name.to_string(), (file.to_string(), vars));
            }
        }
    }
    out
}

fn pattern_vars(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
        ast::Expression::Inline(inline) => inline_vars(inline, vars),
    }
}

fn inline_vars(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        // A reference to another message passes no arguments: that message must not need any
        // (the walk of that message checks its own).
        _ => {}
    }
}

/// The files whose every message is declared in the code (godiag.ftl holds `explain`'s texts
/// and `--help`, checked by the i18n tests).
fn declared_file(file: &str) -> bool {
    file != "godiag.ftl"
}

#[test]
fn declared_ids_are_unique() {
    let mut seen = BTreeSet::new();
    for spec in all() {
        assert!(seen.insert(spec.id), "{} is declared twice", spec.id);
        let mut args = BTreeSet::new();
        for a in spec.args {
            assert!(args.insert(*a), "{}: argument {a} twice", spec.id);
        }
    }
}

#[test]
fn every_declared_message_is_in_both_languages_with_exactly_its_arguments() {
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let catalogue = messages(lang);
        for spec in all() {
            let Some((_, vars)) = catalogue.get(spec.id) else {
                problems.push(format!("{lang} lacks {}", spec.id));
                continue;
            };
            let declared: BTreeSet<String> = spec.args.iter().map(|a| a.to_string()).collect();
            let missing: Vec<&String> = vars.difference(&declared).collect();
            let unused: Vec<&String> = declared.difference(vars).collect();
            if !missing.is_empty() {
                problems.push(format!(
                    "{lang} {}: uses {missing:?}, which the code does not pass",
                    spec.id
                ));
            }
            if !unused.is_empty() {
                problems.push(format!(
                    "{lang} {}: does not use {unused:?}, which the code passes",
                    spec.id
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_text_of_an_area_file_is_undeclared() {
    let declared: BTreeSet<&str> = all().iter().map(|s| s.id).collect();
    for lang in Lang::ALL {
        let stray: Vec<String> = messages(lang)
            .into_iter()
            .filter(|(id, (file, _))| declared_file(file) && !declared.contains(id.as_str()))
            .map(|(id, (file, _))| format!("{file}: {id}"))
            .collect();
        assert!(stray.is_empty(), "{lang}: nothing declares {stray:?}");
    }
}

/// A finding's message is `<code id>--<variant>` (`dns--poisoned--message`): the code's own
/// id holds its `explain` texts. The `<check>.internal-error` codes are the runner's (a check
/// that panicked, ran out of time or of file descriptors): their messages are `run-*`.
#[test]
fn every_finding_code_has_a_message() {
    let ids: Vec<&str> = all().iter().map(|s| s.id).collect();
    assert!(ids.contains(&"run-panicked") && ids.contains(&"run-over-budget"));
    let missing: Vec<&str> = crate::codes::CATALOGUE
        .iter()
        .map(|c| c.code)
        .filter(|code| !code.ends_with(".internal-error"))
        .filter(|code| {
            let id = code_id(code);
            !ids.iter().any(|i| i.starts_with(&format!("{id}--")))
        })
        .collect();
    assert!(missing.is_empty(), "no finding message for {missing:?}");
}

/// Messages are built only by the functions `messages!` declares: no rule writes a sentence.
/// The two other ways in are reading a report back from JSON (model.rs's wire form) and the
/// declaration macro itself.
#[test]
fn no_message_is_built_from_a_sentence() {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut offenders = Vec::new();
    let mut stack = vec![src.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("src is readable").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            // With `/` on every OS (the Windows tests run this too).
            let rel = path
                .strip_prefix(&src)
                .expect("under src")
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            let text = std::fs::read_to_string(&path).expect("readable");
            const WAYS: [&str; 3] = [
                "::__declared(",
                "Message::from_parts(",
                "Message::rendered_text(",
            ];
            let allowed: &[&str] = match rel.as_str() {
                "i18n/message.rs" | "message_specs/tests.rs" => &WAYS,
                "model.rs" => &["Message::from_parts("],
                _ => &[],
            };
            for needle in WAYS {
                if text.contains(needle) && !allowed.contains(&needle) {
                    offenders.push(format!("{rel}: {needle}"));
                }
            }
        }
    }
    assert!(offenders.is_empty(), "{offenders:?}");
}
