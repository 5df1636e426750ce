//! `godiag explain CODE`: the catalogue entry of a code, as readable text.

use std::fmt::Write as _;

use crate::codes;
use crate::model::CodeInfo;

/// The width explanations are wrapped to.
const WIDTH: usize = 88;

/// The full explanation of one code.
pub fn render(info: &CodeInfo) -> String {
    let severity = match info.severity {
        crate::model::Severity::Error => "error",
        crate::model::Severity::Warning => "warning",
        crate::model::Severity::Info => "info",
    };
    let mut out = format!(
        "{} — {} (default severity: {severity})\n",
        info.code, info.title
    );
    for (heading, body) in [
        ("What it means", info.meaning),
        ("Why it matters", info.why),
        ("How to fix it by hand", info.fix),
    ] {
        let _ = writeln!(out, "\n{heading}");
        for line in wrap(body, WIDTH - 2) {
            let _ = writeln!(out, "  {line}");
        }
    }
    let _ = writeln!(out, "\nWhat Go prints");
    for line in info.example.lines() {
        let _ = writeln!(out, "  {line}");
    }
    out
}

/// Every code with its title, one a line.
pub fn list() -> String {
    let width = codes::CATALOGUE
        .iter()
        .map(|c| c.code.len())
        .max()
        .unwrap_or(0);
    codes::CATALOGUE
        .iter()
        .map(|c| format!("{:width$}  {}\n", c.code, c.title))
        .collect()
}

/// The message for a code that does not exist.
pub fn unknown(query: &str) -> String {
    let same_slug: Vec<&str> = codes::CATALOGUE
        .iter()
        .map(|c| c.code)
        .filter(|c| {
            c.split_once('.')
                .is_some_and(|(_, slug)| slug.eq_ignore_ascii_case(query.trim()))
        })
        .collect();
    if same_slug.len() > 1 {
        return format!(
            "error: `{query}` is ambiguous: it is the slug of {}; give the full code",
            same_slug.join(" and ")
        );
    }
    let mut msg = format!("error: unknown finding code `{query}`");
    let closest = codes::closest(query, 3);
    if !closest.is_empty() {
        let _ = write!(msg, "\n\n  did you mean: {}", closest.join(", "));
    }
    msg.push_str("\n\n  `godiag explain --list` shows every code.");
    msg
}

/// Greedy word wrap.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_renders_all_sections() {
        for info in codes::CATALOGUE {
            let text = render(info);
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
                    .all(|l| l.chars().count() <= WIDTH),
                "{} is not wrapped",
                info.code
            );
        }
    }

    #[test]
    fn unknown_suggests() {
        let msg = unknown("go-env.goproxy-of");
        assert!(msg.contains("did you mean: go-env.goproxy-off"), "{msg}");
    }

    #[test]
    fn wrap_breaks_at_width() {
        assert_eq!(wrap("aa bb cc", 5), vec!["aa bb", "cc"]);
        assert!(wrap("", 5).is_empty());
    }
}
