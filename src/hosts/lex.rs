//! Splitting a hosts file into lines and fields, without copying.
//!
//! Both glibc and Go: fields are separated by spaces and tabs (Go also by `\r`), `#` anywhere
//! starts a comment, lines end at `\n`.

/// One line of a hosts file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line<'a> {
    /// 1-based line number.
    pub number: u32,
    /// Byte offset of the line's start in the file.
    pub offset: usize,
    /// The line without its `\n` (a trailing `\r` is kept here; fields drop it).
    pub text: &'a [u8],
}

impl<'a> Line<'a> {
    /// The part before the first `#`.
    pub fn content(&self) -> &'a [u8] {
        match memchr::memchr(b'#', self.text) {
            Some(i) => &self.text[..i],
            None => self.text,
        }
    }

    /// The comment after the first `#`, without the `#` (the analysis reads markers from the
    /// raw line; the tests use this to pin where the comment starts).
    #[cfg(test)]
    pub fn comment(&self) -> Option<&'a [u8]> {
        memchr::memchr(b'#', self.text).map(|i| &self.text[i + 1..])
    }

    /// The whitespace-separated fields of the content.
    pub fn fields(&self) -> Fields<'a> {
        Fields {
            rest: self.content(),
        }
    }
}

/// Iterates over the lines of a file.
pub fn lines(data: &[u8]) -> Lines<'_> {
    Lines {
        data,
        offset: 0,
        number: 0,
    }
}

/// Iterator over [`Line`]s.
#[derive(Debug, Clone)]
pub struct Lines<'a> {
    data: &'a [u8],
    offset: usize,
    number: u32,
}

impl<'a> Iterator for Lines<'a> {
    type Item = Line<'a>;

    fn next(&mut self) -> Option<Line<'a>> {
        if self.offset >= self.data.len() {
            return None;
        }
        let rest = &self.data[self.offset..];
        let (text, advance) = match memchr::memchr(b'\n', rest) {
            Some(i) => (&rest[..i], i + 1),
            None => (rest, rest.len()),
        };
        let line = Line {
            number: self.number.saturating_add(1),
            offset: self.offset,
            text,
        };
        self.number = line.number;
        self.offset += advance;
        Some(line)
    }
}

#[inline]
fn is_separator(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\x0b' | b'\x0c')
}

/// Iterator over the fields of a line's content.
#[derive(Debug, Clone)]
pub struct Fields<'a> {
    rest: &'a [u8],
}

impl<'a> Fields<'a> {
    /// The fields of `content` (a line without its comment).
    pub fn new(content: &'a [u8]) -> Fields<'a> {
        Fields { rest: content }
    }
}

impl<'a> Iterator for Fields<'a> {
    type Item = &'a [u8];

    #[inline]
    fn next(&mut self) -> Option<&'a [u8]> {
        let start = self.rest.iter().position(|&b| !is_separator(b))?;
        let rest = &self.rest[start..];
        let end = rest
            .iter()
            .position(|&b| is_separator(b))
            .unwrap_or(rest.len());
        self.rest = &rest[end..];
        Some(&rest[..end])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_crlf_and_last_line_without_newline() {
        let data = b"127.0.0.1 localhost\r\n\n# c\n10.0.0.1 a";
        let all: Vec<Line> = lines(data).collect();
        assert_eq!(all.len(), 4);
        assert_eq!(all[0].text, b"127.0.0.1 localhost\r");
        assert_eq!(
            all[0].fields().collect::<Vec<_>>(),
            [&b"127.0.0.1"[..], b"localhost"]
        );
        assert_eq!(all[3].number, 4);
        assert_eq!(all[3].offset, data.len() - 10);
    }

    #[test]
    fn comments_anywhere_and_tabs() {
        let line = lines(b"\t1.2.3.4\tgithub.com  gh # pinned #2")
            .next()
            .unwrap();
        assert_eq!(
            line.fields().collect::<Vec<_>>(),
            [&b"1.2.3.4"[..], b"github.com", b"gh"]
        );
        assert_eq!(line.comment(), Some(&b" pinned #2"[..]));
        let commented = lines(b"1.2.3.4#x y").next().unwrap();
        assert_eq!(commented.fields().collect::<Vec<_>>(), [&b"1.2.3.4"[..]]);
    }

    #[test]
    fn empty_input() {
        assert_eq!(lines(b"").count(), 0);
        assert_eq!(lines(b"\n").count(), 1);
    }
}
