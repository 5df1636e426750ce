//! Whole reports made safe for a terminal: every string of a report, a fix report or undo's
//! output passed through [`escape_controls`], before the human renderers print them.

use std::borrow::Cow;

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::fix::model::FixReport;
use crate::results::Report;
use crate::textsafe::escape_controls;

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
        check
            .summary
            .map_text(&|s| escape_controls(s, false).into_owned());
        check.findings = check
            .findings
            .iter()
            .filter_map(|f| scrubbed(f, false))
            .collect();
        check.facts = check
            .facts
            .take()
            .and_then(|f| f.map_strings(&|v| scrub_json(v, false)));
    }
    out.diagnosis = report
        .diagnosis
        .iter()
        .map(|d| {
            let mut clean = d.clone();
            clean
                .headline
                .map_text(&|s| escape_controls(s, false).into_owned());
            clean
        })
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
    out.remaining = out
        .remaining
        .iter()
        .filter_map(|r| scrubbed(r, false))
        .collect();
    out
}

/// Items of `--undo` output, escaped.
pub fn scrub_all<T: Serialize + DeserializeOwned>(items: &[T]) -> Vec<T> {
    items.iter().filter_map(|i| scrubbed(i, false)).collect()
}
