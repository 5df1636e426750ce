//! Text from the user's files and programs made safe for a terminal. A settings value holding
//! `\u001b]0;...\u0007\u001b[2J` would otherwise retitle the window and clear the screen when
//! godiag prints it, and a `\r` could overwrite a line of the report with a forged one. Every
//! control character but the tab is shown escaped (`\u{1b}`), the way Rust writes it. JSON needs
//! none of this: serde escapes control characters itself. `report::scrub` applies it to whole
//! reports.

use std::borrow::Cow;

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
