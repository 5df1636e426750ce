//! The `go env -w` file (`$GOENV`, by default `os.UserConfigDir()/go/env`) and
//! `$GOROOT/go.env`, read exactly as `cmd/go/internal/cfg.initEnvCache` reads them.

/// One `KEY=VALUE` line Go would take.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnvFileEntry {
    /// The variable name, as written.
    pub key: String,
    /// Everything after the first `=`, unquoted (Go does no quoting).
    pub value: String,
    /// 1-based line number, for findings that point into the file.
    pub line: u32,
}

/// Parses an env file. Go splits at `\n` only (a `\r` stays part of the value), ignores lines
/// without `=` or whose first byte is not `A`..`Z` (comments, blank lines), and lets a later
/// line override an earlier one: callers wanting Go's view take the last entry of a key.
pub fn parse(data: &[u8]) -> Vec<EnvFileEntry> {
    data.split(|&b| b == b'\n')
        .enumerate()
        .filter_map(|(i, line)| {
            let eq = line.iter().position(|&b| b == b'=')?;
            if !line.first().is_some_and(u8::is_ascii_uppercase) {
                return None;
            }
            Some(EnvFileEntry {
                key: String::from_utf8_lossy(&line[..eq]).into_owned(),
                value: String::from_utf8_lossy(&line[eq + 1..]).into_owned(),
                line: u32::try_from(i + 1).unwrap_or(u32::MAX),
            })
        })
        .collect()
}

/// The entry Go uses for `key`: the last one.
pub fn lookup<'a>(entries: &'a [EnvFileEntry], key: &str) -> Option<&'a EnvFileEntry> {
    entries.iter().rev().find(|e| e.key == key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_like_go() {
        let data = b"GOPROXY=https://goproxy.cn,direct\n# comment\n\ngoflags=-x\nGOSUMDB=off\r\nNOEQUALS\nGOPROXY=off\n";
        let entries = parse(data);
        let keys: Vec<_> = entries.iter().map(|e| (e.key.as_str(), e.line)).collect();
        assert_eq!(keys, [("GOPROXY", 1), ("GOSUMDB", 5), ("GOPROXY", 7)]);
        assert_eq!(
            lookup(&entries, "GOPROXY").map(|e| e.value.as_str()),
            Some("off")
        );
        // Go keeps the carriage return.
        assert_eq!(
            lookup(&entries, "GOSUMDB").map(|e| e.value.as_str()),
            Some("off\r")
        );
    }

    #[test]
    fn empty_and_binary_input() {
        assert!(parse(b"").is_empty());
        let entries = parse(b"\xff\xfeG\x00=\x00");
        assert!(entries.is_empty());
    }
}
