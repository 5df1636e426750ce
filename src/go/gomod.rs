//! The two go.mod / go.work directives that decide whether the go command downloads a toolchain:
//! `go 1.N[.P]` and `toolchain goX.Y.Z`.

/// What go.mod or go.work asks for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Directives {
    /// The `go` line's version, e.g. `1.22.1`, and its 1-based line number.
    pub go: Option<(String, u32)>,
    /// The `toolchain` line's name, e.g. `go1.22.3`, and its 1-based line number.
    pub toolchain: Option<(String, u32)>,
}

/// Reads the `go` and `toolchain` directives. Only top-level single-line directives exist for
/// these two keywords, so a line scanner is exact; `//` comments are stripped.
pub fn directives(text: &str) -> Directives {
    let mut d = Directives::default();
    for (i, raw) in lines(text).enumerate() {
        let raw = raw.trim_start();
        // Most lines of a (possibly hostile, megabytes long) go.mod are something else: skip
        // them before any per-line work.
        if !(raw.starts_with("go") || raw.starts_with("toolchain")) {
            continue;
        }
        let line = strip_comment(raw).trim_end();
        let mut words = line.split_whitespace();
        let lineno = u32::try_from(i + 1).unwrap_or(u32::MAX);
        match (words.next(), words.next(), words.next()) {
            (Some("go"), Some(v), None) => d.go = Some((v.to_string(), lineno)),
            (Some("toolchain"), Some(v), None) => d.toolchain = Some((v.to_string(), lineno)),
            _ => {}
        }
    }
    d
}

/// At most this many requirements are read from one go.mod.
pub const MAX_REQUIREMENTS: usize = 10_000;

/// The `require` lines of a go.mod (single lines and blocks), as (path, version); `//`
/// comments (`// indirect`) stripped. golang.org/x/mod/modfile is the reference; quoted paths
/// are unquoted.
pub fn requirements(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut in_block = false;
    for raw in lines(text) {
        let raw = raw.trim_start();
        if raw.is_empty() || !(in_block || raw.starts_with("require")) {
            continue;
        }
        let line = strip_comment(raw).trim_end();
        let words: Vec<&str> = line.split_whitespace().collect();
        let entry = match words.as_slice() {
            ["require", "("] => {
                in_block = true;
                continue;
            }
            [")"] if in_block => {
                in_block = false;
                continue;
            }
            ["require", path, version] => Some((*path, *version)),
            [path, version] if in_block => Some((*path, *version)),
            _ => None,
        };
        if let Some((path, version)) = entry {
            out.push((path.trim_matches('"').to_string(), version.to_string()));
            if out.len() >= MAX_REQUIREMENTS {
                break;
            }
        }
    }
    out
}

/// The lines of `text` (without `\n`), found with memchr: a go.mod of millions of blank
/// lines must not cost seconds.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let current = rest?;
        match memchr::memchr(b'\n', current.as_bytes()) {
            Some(at) => {
                rest = Some(&current[at + 1..]);
                Some(&current[..at])
            }
            None => {
                rest = None;
                (!current.is_empty()).then_some(current)
            }
        }
    })
}

/// The line up to a `//` comment (found with memchr: this runs once per line).
fn strip_comment(line: &str) -> &str {
    let bytes = line.as_bytes();
    let mut from = 0;
    while let Some(at) = memchr::memchr(b'/', &bytes[from..]) {
        let at = from + at;
        if bytes.get(at + 1) == Some(&b'/') {
            return &line[..at];
        }
        from = at + 1;
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_go_and_toolchain() {
        let d = directives(
            "module example.com/m // x\n\ngo 1.22.1 // needs new loops\ntoolchain go1.22.3\n\nrequire (\n\tgo.uber.org/zap v1.27.0\n)\n",
        );
        assert_eq!(d.go, Some(("1.22.1".into(), 3)));
        assert_eq!(d.toolchain, Some(("go1.22.3".into(), 4)));
    }

    #[test]
    fn requirements_in_lines_and_blocks() {
        let r = requirements(
            "module m\n\ngo 1.21\n\nrequire golang.org/x/text v0.14.0\nrequire (\n\tgo.uber.org/zap v1.27.0 // indirect\n\t\"example.com/q\" v1.0.0\n)\nreplace a => b v1\n",
        );
        assert_eq!(
            r,
            [
                ("golang.org/x/text".to_string(), "v0.14.0".to_string()),
                ("go.uber.org/zap".to_string(), "v1.27.0".to_string()),
                ("example.com/q".to_string(), "v1.0.0".to_string()),
            ]
        );
    }

    #[test]
    fn ignores_require_block_entries_named_go() {
        let d = directives("module m\nrequire go v1.0.0\n");
        assert_eq!(d, Directives::default());
    }
}
