//! Text from the user's files and programs made safe for a terminal. A settings value holding
//! `\u001b]0;...\u0007\u001b[2J` would otherwise retitle the window and clear the screen when
//! godiag prints it, and a `\r` could overwrite a line of the report with a forged one. Every
//! control character but the tab is shown escaped (`\u{1b}`), the way Rust writes it. JSON needs
//! none of this: serde escapes control characters itself.

use std::borrow::Cow;

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::facts::Facts;
use crate::fix::model::FixReport;
use crate::model::Report;

/// `text` with its control characters (but tabs, and newlines when `keep_newlines`) escaped.
pub fn escape_controls(text: &str, keep_newlines: bool) -> Cow<'_, str> {
    let unsafe_char = |c: char| c.is_control() && c != '\t' && !(keep_newlines && c == '\n');
    if !text.chars().any(unsafe_char) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if unsafe_char(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

fn scrub_json(value: &mut serde_json::Value, keep_newlines: bool) {
    match value {
        serde_json::Value::String(s) => {
            if let Cow::Owned(clean) = escape_controls(s, keep_newlines) {
                *s = clean;
            }
        }
        serde_json::Value::Array(items) => {
            for v in items {
                scrub_json(v, keep_newlines);
            }
        }
        serde_json::Value::Object(map) => {
            for v in map.values_mut() {
                scrub_json(v, keep_newlines);
            }
        }
        _ => {}
    }
}

/// A copy of `value` with every string in it escaped; `None` if the type does not round-trip
/// through JSON (callers then leave the part out rather than print it raw).
fn scrubbed<T: Serialize + DeserializeOwned>(value: &T, keep_newlines: bool) -> Option<T> {
    let mut json = serde_json::to_value(value).ok()?;
    scrub_json(&mut json, keep_newlines);
    serde_json::from_value(json).ok()
}

/// The report with every string escaped, for the terminal. Facts are scrubbed as their own
/// type (the `Facts` enum is untagged in JSON, so it does not round-trip as a whole).
pub fn scrub_report(report: &Report) -> Report {
    let mut out = report.clone();
    for check in &mut out.checks {
        check.title = escape_controls(&check.title, false).into_owned();
        check.summary = escape_controls(&check.summary, false).into_owned();
        check.findings = check
            .findings
            .iter()
            .filter_map(|f| scrubbed(f, false))
            .collect();
        check.facts = match check.facts.take() {
            Some(Facts::GoEnv(f)) => scrubbed(&f, false).map(Facts::GoEnv),
            Some(Facts::Hosts(f)) => scrubbed(&f, false).map(Facts::Hosts),
            Some(Facts::Dns(f)) => scrubbed(&f, false).map(Facts::Dns),
            Some(Facts::Connectivity(f)) => scrubbed(&f, false).map(Facts::Connectivity),
            Some(Facts::Vscode(f)) => scrubbed(&f, false).map(Facts::Vscode),
            None => None,
        };
    }
    out.diagnosis = out
        .diagnosis
        .iter()
        .filter_map(|d| scrubbed(d, false))
        .collect();
    out.fixes = out
        .fixes
        .iter()
        .filter_map(|f| scrubbed(f, false))
        .collect();
    out
}

/// [`scrub_report`] for `godiag fix`; diffs keep their newlines.
pub fn scrub_fix_report(report: &FixReport) -> FixReport {
    let mut out = report.clone();
    out.steps = out
        .steps
        .iter()
        .filter_map(|s| scrubbed(s, false))
        .collect();
    out.diffs = out.diffs.iter().filter_map(|d| scrubbed(d, true)).collect();
    out.backup = out.backup.map(|b| escape_controls(&b, false).into_owned());
    out.before = out.before.as_ref().map(scrub_report);
    out.after = out.after.as_ref().map(scrub_report);
    out.verify = out.verify.as_ref().and_then(|v| scrubbed(v, false));
    out.restored = out
        .restored
        .iter()
        .filter_map(|r| scrubbed(r, false))
        .collect();
    out
}

/// Items of `--undo` output, escaped.
pub fn scrub_all<T: Serialize + DeserializeOwned>(items: &[T]) -> Vec<T> {
    items.iter().filter_map(|i| scrubbed(i, false)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_terminal_sequences_and_keeps_plain_text() {
        assert!(matches!(
            escape_controls("plain\ttext", false),
            Cow::Borrowed(_)
        ));
        assert_eq!(
            escape_controls("a\u{1b}]0;pwned\u{7}\u{1b}[2J\rb", false),
            "a\\u{1b}]0;pwned\\u{7}\\u{1b}[2J\\rb"
        );
        assert_eq!(escape_controls("x\ny", true), "x\ny");
        assert_eq!(escape_controls("x\ny", false), "x\\ny");
    }
}
