//! Word wrap by display width. A Chinese character takes two terminal columns, and Chinese
//! text has no spaces: a line may break between two characters, but not before a closing mark
//! (`，` `。` `）`) or after an opening one (`（` `“`), the line-breaking rules of Chinese
//! typesetting (kinsoku). Latin words and URLs break at spaces only, and a command in
//! backticks stays on one line when it fits, so that it can be copied whole.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The display width of `text` in terminal columns.
pub fn width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// `text` broken into lines of at most `max` columns. A piece that cannot be broken and is
/// wider than `max` (a long URL) gets a line of its own rather than being cut.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in units(text, max) {
        for (i, piece) in pieces(&word).into_iter().enumerate() {
            // The first piece of a word follows a space; the others continue the word.
            let joint = if i == 0 && !line.is_empty() { " " } else { "" };
            if !line.is_empty() && width(&line) + joint.len() + width(piece) > max {
                lines.push(std::mem::take(&mut line));
            } else {
                line.push_str(joint);
            }
            line.push_str(piece);
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The words of `text`, a code span in backticks joined into one when it fits in `max`.
fn units(text: &str, max: usize) -> Vec<String> {
    let mut units: Vec<String> = Vec::new();
    let mut span: Option<String> = None;
    let odd_ticks = |word: &str| word.matches('`').count() % 2 == 1;
    for word in text.split_whitespace() {
        match span.as_mut() {
            Some(open) => {
                open.push(' ');
                open.push_str(word);
                if odd_ticks(word) {
                    units.extend(close(span.take().unwrap_or_default(), max));
                }
            }
            None if odd_ticks(word) => span = Some(word.to_string()),
            None => units.push(word.to_string()),
        }
    }
    if let Some(open) = span {
        // No closing backtick: plain words after all.
        units.extend(open.split(' ').map(str::to_string));
    }
    units
}

/// A finished code span: one unit, or its words when it is wider than a line.
fn close(span: String, max: usize) -> Vec<String> {
    if width(&span) <= max {
        vec![span]
    } else {
        span.split(' ').map(str::to_string).collect()
    }
}

/// A word split where a line may break inside it: next to a wide character, unless a mark
/// forbids it.
fn pieces(word: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut prev: Option<char> = None;
    for (at, c) in word.char_indices() {
        if let Some(p) = prev
            && (is_wide(p) || is_wide(c))
            && !no_break_before(c)
            && !no_break_after(p)
        {
            pieces.push(&word[start..at]);
            start = at;
        }
        prev = Some(c);
    }
    pieces.push(&word[start..]);
    pieces
}

fn is_wide(c: char) -> bool {
    c.width() == Some(2)
}

/// Marks that may not begin a line.
fn no_break_before(c: char) -> bool {
    "，。、；：！？）》」』】”’…—·%,.;:!?)]}".contains(c)
}

/// Marks that may not end a line.
fn no_break_after(c: char) -> bool {
    "（《「『【“‘([{".contains(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_text_breaks_at_spaces() {
        assert_eq!(wrap("aa bb cc", 5), vec!["aa bb", "cc"]);
        assert!(wrap("", 5).is_empty());
        assert_eq!(
            wrap("go env -w GOPROXY=https://goproxy.cn,direct", 12),
            vec!["go env -w", "GOPROXY=https://goproxy.cn,direct"]
        );
    }

    #[test]
    fn chinese_counts_two_columns_and_breaks_between_characters() {
        assert_eq!(width("代理"), 4);
        let lines = wrap("模块代理不可达", 6);
        assert_eq!(lines, vec!["模块代", "理不可", "达"]);
        for line in &lines {
            assert!(width(line) <= 6);
        }
    }

    #[test]
    fn marks_stay_with_their_neighbours() {
        // `，` never starts a line and `（` never ends one.
        assert_eq!(wrap("超时，连接", 4), vec!["超", "时，", "连接"]);
        assert_eq!(wrap("看（代理）", 6), vec!["看（代", "理）"]);
    }

    #[test]
    fn code_spans_stay_whole_when_they_fit() {
        assert_eq!(
            wrap("run `go env -w GOPROXY=x` now", 22),
            vec!["run", "`go env -w GOPROXY=x`", "now"]
        );
        // Wider than a line: broken at its spaces like any text.
        assert_eq!(wrap("`a b c`", 3), vec!["`a", "b", "c`"]);
        // An unclosed backtick is a plain character.
        assert_eq!(wrap("a `b c d", 3), vec!["a", "`b", "c d"]);
    }

    #[test]
    fn mixed_text_keeps_commands_whole() {
        let text = "运行 `go env -w GOPROXY=https://goproxy.cn,direct` 即可。";
        let lines = wrap(text, 20);
        assert!(
            lines
                .iter()
                .any(|l| l.contains("GOPROXY=https://goproxy.cn,direct`")),
            "{lines:?}"
        );
        assert!(lines.iter().all(|l| !l.starts_with('。')));
    }
}
