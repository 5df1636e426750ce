//! GOPRIVATE / GONOPROXY / GONOSUMDB / GOINSECURE matching: Go's `module.MatchPrefixPatterns`
//! on top of a port of Go's `path.Match`.

/// Go's `path.Match` reports a malformed pattern this way; callers that mirror
/// `MatchPrefixPatterns` treat it as "no match", as Go does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BadPattern;

/// `module.MatchPrefixPatterns`: does any comma-separated glob match a prefix of `target` with
/// the same number of path elements?
pub fn match_prefix_patterns(globs: &str, target: &str) -> bool {
    globs
        .split(',')
        .map(|g| g.strip_suffix('/').unwrap_or(g))
        .filter(|g| !g.is_empty())
        .any(|glob| matches_prefix(glob, target))
}

/// The patterns of a list that match `target`, for evidence in findings.
pub fn matching_patterns<'a>(globs: &'a str, target: &str) -> Vec<&'a str> {
    globs
        .split(',')
        .map(|g| g.strip_suffix('/').unwrap_or(g))
        .filter(|g| !g.is_empty() && matches_prefix(g, target))
        .collect()
}

fn matches_prefix(glob: &str, target: &str) -> bool {
    let mut n = glob.matches('/').count();
    let mut prefix = target;
    for (i, b) in target.bytes().enumerate() {
        if b == b'/' {
            if n == 0 {
                prefix = &target[..i];
                break;
            }
            n -= 1;
        }
    }
    if n > 0 {
        return false;
    }
    path_match(glob, prefix).unwrap_or(false)
}

/// A port of Go's `path.Match`: `*` matches any run of non-`/` characters, `?` one non-`/`
/// character, `[...]` a class (`^` negates), `\` escapes.
pub fn path_match(mut pattern: &str, mut name: &str) -> Result<bool, BadPattern> {
    'pattern: while !pattern.is_empty() {
        let (star, chunk, rest) = scan_chunk(pattern);
        pattern = rest;
        if star && chunk.is_empty() {
            return Ok(!name.contains('/'));
        }
        let (t, ok) = match_chunk(chunk, name)?;
        if ok && (t.is_empty() || !pattern.is_empty()) {
            name = t;
            continue;
        }
        if star {
            for (i, c) in name.char_indices() {
                if c == '/' {
                    break;
                }
                let (t, ok) = match_chunk(chunk, &name[i + c.len_utf8()..])?;
                if ok {
                    if pattern.is_empty() && !t.is_empty() {
                        continue;
                    }
                    name = t;
                    continue 'pattern;
                }
            }
        }
        while !pattern.is_empty() {
            let (_, chunk, rest) = scan_chunk(pattern);
            pattern = rest;
            match_chunk(chunk, "")?;
        }
        return Ok(false);
    }
    Ok(name.is_empty())
}

fn scan_chunk(pattern: &str) -> (bool, &str, &str) {
    let trimmed = pattern.trim_start_matches('*');
    let star = trimmed.len() != pattern.len();
    let bytes = trimmed.as_bytes();
    let mut in_range = false;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if i + 1 < bytes.len() => i += 1,
            b'[' => in_range = true,
            b']' => in_range = false,
            b'*' if !in_range => break,
            _ => {}
        }
        i += 1;
    }
    (star, &trimmed[..i], &trimmed[i..])
}

fn first_char(s: &str) -> Option<char> {
    s.chars().next()
}

fn match_chunk<'n>(mut chunk: &str, mut s: &'n str) -> Result<(&'n str, bool), BadPattern> {
    let mut failed = false;
    while let Some(c) = first_char(chunk) {
        if !failed && s.is_empty() {
            failed = true;
        }
        match c {
            '[' => {
                let mut r = None;
                if !failed {
                    let sc = first_char(s).ok_or(BadPattern)?;
                    r = Some(sc);
                    s = &s[sc.len_utf8()..];
                }
                chunk = &chunk[1..];
                let negated = chunk.starts_with('^');
                if negated {
                    chunk = &chunk[1..];
                }
                let mut matched = false;
                let mut nrange = 0;
                loop {
                    if chunk.starts_with(']') && nrange > 0 {
                        chunk = &chunk[1..];
                        break;
                    }
                    let (lo, rest) = get_esc(chunk)?;
                    chunk = rest;
                    let mut hi = lo;
                    if let Some(rest) = chunk.strip_prefix('-') {
                        let (h, rest) = get_esc(rest)?;
                        hi = h;
                        chunk = rest;
                    }
                    if r.is_some_and(|r| lo <= r && r <= hi) {
                        matched = true;
                    }
                    nrange += 1;
                }
                if matched == negated {
                    failed = true;
                }
            }
            '?' => {
                if !failed {
                    let sc = first_char(s).ok_or(BadPattern)?;
                    if sc == '/' {
                        failed = true;
                    }
                    s = &s[sc.len_utf8()..];
                }
                chunk = &chunk[1..];
            }
            _ => {
                let literal_chunk = if c == '\\' {
                    chunk = &chunk[1..];
                    if chunk.is_empty() {
                        return Err(BadPattern);
                    }
                    chunk
                } else {
                    chunk
                };
                // Go compares bytes here; comparing the first byte keeps that behaviour.
                let lb = literal_chunk.as_bytes()[0];
                if !failed {
                    if s.as_bytes()[0] != lb {
                        failed = true;
                    }
                    s = advance_one_byte(s);
                }
                chunk = advance_one_byte(literal_chunk);
            }
        }
    }
    if failed {
        return Ok(("", false));
    }
    Ok((s, true))
}

/// Drops one byte, staying on a char boundary: a multi-byte character is compared by its first
/// byte and then skipped whole. Equivalent to Go's byte walk for valid UTF-8 patterns and
/// names, which is all GOPRIVATE can hold.
fn advance_one_byte(s: &str) -> &str {
    match first_char(s) {
        Some(c) => &s[c.len_utf8()..],
        None => s,
    }
}

fn get_esc(chunk: &str) -> Result<(char, &str), BadPattern> {
    let mut chunk = chunk;
    match first_char(chunk) {
        None | Some('-') | Some(']') => return Err(BadPattern),
        Some('\\') => {
            chunk = &chunk[1..];
            if chunk.is_empty() {
                return Err(BadPattern);
            }
        }
        Some(_) => {}
    }
    let c = first_char(chunk).ok_or(BadPattern)?;
    let rest = &chunk[c.len_utf8()..];
    if rest.is_empty() {
        return Err(BadPattern);
    }
    Ok((c, rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_match_cases_from_go() {
        // A selection of Go's path/match_test.go table.
        let cases: &[(&str, &str, Result<bool, BadPattern>)] = &[
            ("abc", "abc", Ok(true)),
            ("*", "abc", Ok(true)),
            ("*c", "abc", Ok(true)),
            ("a*", "a", Ok(true)),
            ("a*", "abc", Ok(true)),
            ("a*", "ab/c", Ok(false)),
            ("a*/b", "abc/b", Ok(true)),
            ("a*/b", "a/c/b", Ok(false)),
            ("a*b*c*d*e*/f", "axbxcxdxe/f", Ok(true)),
            ("a*b*c*d*e*/f", "axbxcxdxexxx/f", Ok(true)),
            ("a*b*c*d*e*/f", "axbxcxdxe/xxx/f", Ok(false)),
            ("a*b?c*x", "abxbbxdbxebxczzx", Ok(true)),
            ("a*b?c*x", "abxbbxdbxebxczzy", Ok(false)),
            ("ab[c]", "abc", Ok(true)),
            ("ab[b-d]", "abc", Ok(true)),
            ("ab[e-g]", "abc", Ok(false)),
            ("ab[^c]", "abc", Ok(false)),
            ("ab[^b-d]", "abc", Ok(false)),
            ("ab[^e-g]", "abc", Ok(true)),
            ("a\\*b", "a*b", Ok(true)),
            ("a\\*b", "ab", Ok(false)),
            ("a?b", "a☺b", Ok(true)),
            ("a[^a]b", "a☺b", Ok(true)),
            ("a???b", "a☺b", Ok(false)),
            ("a[^a][^a][^a]b", "a☺b", Ok(false)),
            ("[a-ζ]*", "α", Ok(true)),
            ("*[a-ζ]", "A", Ok(false)),
            ("a?b", "a/b", Ok(false)),
            ("a*b", "a/b", Ok(false)),
            ("[\\]a]", "]", Ok(true)),
            ("[\\-]", "-", Ok(true)),
            ("[x\\-]", "x", Ok(true)),
            ("[x\\-]", "-", Ok(true)),
            ("[x\\-]", "z", Ok(false)),
            ("[\\-x]", "x", Ok(true)),
            ("[]a]", "]", Err(BadPattern)),
            ("[-]", "-", Err(BadPattern)),
            ("[x-]", "x", Err(BadPattern)),
            ("[a-b-c]", "a", Err(BadPattern)),
            ("[", "a", Err(BadPattern)),
            ("[^", "a", Err(BadPattern)),
            ("[^bc", "a", Err(BadPattern)),
            ("a[", "a", Err(BadPattern)),
            ("a[", "ab", Err(BadPattern)),
            ("a[", "x", Err(BadPattern)),
            ("a/b[", "x", Err(BadPattern)),
            ("*x", "xxx", Ok(true)),
        ];
        for (pattern, name, want) in cases {
            assert_eq!(
                path_match(pattern, name),
                *want,
                "Match({pattern:?}, {name:?})"
            );
        }
    }

    #[test]
    fn prefix_patterns_like_goprivate() {
        assert!(match_prefix_patterns(
            "*.corp.example.com,rsc.io/private",
            "git.corp.example.com/x/y"
        ));
        assert!(match_prefix_patterns(
            "*.corp.example.com,rsc.io/private",
            "rsc.io/private/quux"
        ));
        assert!(!match_prefix_patterns("rsc.io/private", "rsc.io/public"));
        assert!(match_prefix_patterns(
            "github.com/",
            "github.com/stretchr/testify"
        ));
        assert!(!match_prefix_patterns(
            "github.com/corp/*",
            "github.com/stretchr/testify"
        ));
        assert!(match_prefix_patterns("*", "golang.org/x/text"));
        assert!(!match_prefix_patterns("", "golang.org/x/text"));
        assert!(!match_prefix_patterns("a/b/c", "a/b"));
    }

    #[test]
    fn matching_patterns_lists_the_culprits() {
        assert_eq!(
            matching_patterns("git.corp,*,golang.org", "golang.org/x/text"),
            vec!["*", "golang.org"]
        );
    }
}
