//! The JSON report and its JSON Schema.

use serde::Serialize;

use crate::redact::redact_json;
use crate::results::Report;

/// The report as pretty JSON, with every URL's userinfo redacted, ending in a newline.
pub fn render(report: &Report) -> String {
    to_redacted_json(report)
}

/// Any of godiag's outputs as pretty JSON, userinfo redacted, ending in a newline.
pub fn to_redacted_json(value: &impl Serialize) -> String {
    // Serializing plain data structs with string keys cannot fail; if it ever did, an empty
    // object would be wrong, so fall back to an error object that still parses.
    let mut value = serde_json::to_value(value).unwrap_or_else(|e| serde_json::json!({"schema_version": crate::results::SCHEMA_VERSION, "error": e.to_string()}));
    redact_json(&mut value);
    let mut text = serde_json::to_string_pretty(&value).unwrap_or_else(|_| "{}".to_string());
    text.push('\n');
    text
}

/// The JSON Schema of [`Report`], generated from the Rust types. `schema/report.schema.json`
/// is this text; a test keeps the two identical.
pub fn schema() -> String {
    schema_text(&schemars::schema_for!(Report))
}

/// A generated schema as the committed file holds it.
pub fn schema_text(schema: &schemars::Schema) -> String {
    let mut text = serde_json::to_string_pretty(schema).unwrap_or_default();
    text.push('\n');
    text
}
