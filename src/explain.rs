//! `godiag explain CODE`: the catalogue entry of a code, as readable text.

use std::fmt::Write as _;

use crate::codes;
use crate::i18n::{self, Lang};
use crate::model::{CodeInfo, Severity};

/// The width explanations are wrapped to, in terminal columns (a Chinese character is two).
const WIDTH: usize = 88;

/// The ids of the texts this module uses besides the codes' own, for the test that finds
/// unused catalogue entries.
#[cfg(test)]
pub const TEXT_IDS: &[&str] = &[
    "severity-error",
    "severity-warning",
    "severity-info",
    "explain-header",
    "explain-meaning",
    "explain-why",
    "explain-fix",
    "explain-example",
    "explain-unknown",
    "explain-did-you-mean",
    "explain-list-hint",
    "explain-ambiguous",
    "explain-and",
    "explain-severity-rule",
];

/// The full explanation of one code.
pub fn render(info: &CodeInfo, lang: Lang) -> String {
    let severity = i18n::text(lang, severity_id(info.severity), &[]);
    let mut out = i18n::text(
        lang,
        "explain-header",
        &[
            ("code", info.code.into()),
            ("title", info.title(lang).into()),
            ("severity", severity.into()),
        ],
    );
    out.push('\n');
    for (heading, body) in [
        ("explain-meaning", info.meaning(lang)),
        ("explain-why", info.why(lang)),
        ("explain-fix", info.fix(lang)),
    ] {
        let _ = writeln!(out, "\n{}", i18n::text(lang, heading, &[]));
        for line in i18n::wrap(&body, WIDTH - 2) {
            let _ = writeln!(out, "  {line}");
        }
    }
    let _ = writeln!(out, "\n{}", i18n::text(lang, "explain-example", &[]));
    for line in info.example_text(lang).lines() {
        let _ = writeln!(out, "  {line}");
    }
    // The rule every severity follows: a run can raise or lower the default by what it saw.
    out.push('\n');
    for line in i18n::wrap(&i18n::text(lang, "explain-severity-rule", &[]), WIDTH) {
        let _ = writeln!(out, "{line}");
    }
    out
}

fn severity_id(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "severity-error",
        Severity::Warning => "severity-warning",
        Severity::Info => "severity-info",
    }
}

/// Every code with its title, one a line.
pub fn list(lang: Lang) -> String {
    let width = codes::CATALOGUE
        .iter()
        .map(|c| c.code.len())
        .max()
        .unwrap_or(0);
    codes::CATALOGUE
        .iter()
        .map(|c| format!("{:width$}  {}\n", c.code, c.title(lang)))
        .collect()
}

/// The message for a code that does not exist.
pub fn unknown(query: &str, lang: Lang) -> String {
    let same_slug: Vec<&str> = codes::CATALOGUE
        .iter()
        .map(|c| c.code)
        .filter(|c| {
            c.split_once('.')
                .is_some_and(|(_, slug)| slug.eq_ignore_ascii_case(query.trim()))
        })
        .collect();
    if same_slug.len() > 1 {
        let and = i18n::text(lang, "explain-and", &[]);
        return i18n::text(
            lang,
            "explain-ambiguous",
            &[
                ("query", query.into()),
                ("codes", same_slug.join(&and).into()),
            ],
        );
    }
    let mut msg = i18n::text(lang, "explain-unknown", &[("query", query.into())]);
    let closest = codes::closest(query, 3);
    if !closest.is_empty() {
        let did_you_mean = i18n::text(
            lang,
            "explain-did-you-mean",
            &[("codes", closest.join(", ").into())],
        );
        let _ = write!(msg, "\n\n  {did_you_mean}");
    }
    let _ = write!(msg, "\n\n  {}", i18n::text(lang, "explain-list-hint", &[]));
    msg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_renders_all_sections() {
        for info in codes::CATALOGUE {
            let text = render(info, Lang::En);
            for heading in [
                "What it means",
                "Why it matters",
                "How to fix it by hand",
                "What Go prints",
            ] {
                assert!(text.contains(heading), "{} lacks {heading}", info.code);
            }
            let before_example = text.split("What Go prints").next().unwrap_or_default();
            assert!(
                before_example
                    .lines()
                    .skip(1)
                    .all(|l| i18n::width(l) <= WIDTH),
                "{} is not wrapped",
                info.code
            );
        }
    }

    #[test]
    fn unknown_suggests() {
        let msg = unknown("go-env.goproxy-of", Lang::En);
        assert!(msg.contains("did you mean: go-env.goproxy-off"), "{msg}");
    }

    #[test]
    fn chinese_explanations_fit_the_width_in_display_columns() {
        for info in codes::CATALOGUE {
            let text = render(info, Lang::ZhCn);
            let heading = i18n::text(Lang::ZhCn, "explain-example", &[]);
            let before_example = text.split(heading.as_str()).next().unwrap_or_default();
            for line in before_example.lines().skip(1) {
                assert!(
                    i18n::width(line) <= WIDTH,
                    "{}: {} columns: {line}",
                    info.code,
                    i18n::width(line)
                );
            }
            assert!(
                text.chars().any(|c| i18n::width(&c.to_string()) == 2),
                "{} is not in Chinese",
                info.code
            );
        }
    }

    #[test]
    fn chinese_list_and_errors() {
        let list = list(Lang::ZhCn);
        assert_eq!(list.lines().count(), codes::CATALOGUE.len());
        let msg = unknown("go-env.goproxy-of", Lang::ZhCn);
        assert!(msg.contains("go-env.goproxy-off"), "{msg}");
        assert!(unknown("gosumdb-off", Lang::ZhCn).contains("go-env.gosumdb-off"));
    }
}
