//! Unified diffs of the files a plan changes: only the changed lines, three lines of context.

use similar::TextDiff;

/// A unified diff from `before` to `after`, labelled with `path`; an absent file is
/// `/dev/null` on its side, as `diff -u` and git show it.
pub fn unified(path: &str, before: Option<&str>, after: &str) -> String {
    let old_label = if before.is_some() { path } else { "/dev/null" };
    let diff = TextDiff::from_lines(before.unwrap_or(""), after);
    let mut text = diff
        .unified_diff()
        .context_radius(3)
        .header(old_label, path)
        .missing_newline_hint(true)
        .to_string();
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shows_only_changed_lines_with_context() {
        let before: String = (1..=20).map(|i| format!("line {i}\n")).collect();
        let after = before.replace("line 10\n", "line ten\n");
        let diff = unified("f.txt", Some(&before), &after);
        assert!(
            diff.starts_with("--- f.txt\n+++ f.txt\n@@ -7,7 +7,7 @@\n"),
            "{diff}"
        );
        assert!(diff.contains("-line 10\n+line ten\n"));
        assert!(!diff.contains("line 1\n") && !diff.contains("line 20"));
    }

    #[test]
    fn a_new_file_comes_from_dev_null() {
        let diff = unified("env", None, "GOPROXY=x\n");
        assert_eq!(diff, "--- /dev/null\n+++ env\n@@ -0,0 +1 @@\n+GOPROXY=x\n");
    }

    #[test]
    fn identical_texts_give_no_diff() {
        assert_eq!(unified("f", Some("a\n"), "a\n"), "");
    }
}
