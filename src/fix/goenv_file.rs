//! What `go env -w` / `go env -u` will make of the `go env -w` file: a port of
//! `updateEnvFile` in `cmd/go/internal/envcmd/env.go`, used only to *show* the change as a
//! diff. The change itself is always made by the user's own `go`.

use std::path::Path;

use crate::go::envfile;
use crate::model::Action;
/// The file's text after `go env -w KEY=VALUE` (`Some(value)`) or `go env -u KEY` (`None`).
pub fn update(text: &str, key: &str, value: Option<&str>) -> String {
    let mut lines: Vec<String> = text.split_inclusive('\n').map(str::to_string).collect();
    if let Some(last) = lines.last_mut()
        && !last.ends_with('\n')
    {
        last.push('\n');
    }

    // Go deletes all but the last copy of every variable: the last one is the one in effect.
    let mut last_line_of: Vec<(String, usize)> = Vec::new();
    for i in 0..lines.len() {
        let k = line_key(&lines[i]).to_string();
        if k.is_empty() {
            continue;
        }
        match last_line_of.iter_mut().find(|(name, _)| *name == k) {
            Some((_, previous)) => {
                lines[*previous].clear();
                *previous = i;
            }
            None => last_line_of.push((k, i)),
        }
    }
    let existing = last_line_of.iter().find(|(k, _)| k == key).map(|(_, i)| *i);
    match (value, existing) {
        (Some(v), Some(i)) => lines[i] = format!("{key}={v}\n"),
        (Some(v), None) => lines.push(format!("{key}={v}\n")),
        (None, Some(i)) => lines[i].clear(),
        (None, None) => {}
    }

    // Go sorts each run of KEY=VALUE lines by key (runs end at comments, blank or invalid
    // lines, and at the lines it just emptied).
    let mut start = 0;
    for i in 0..=lines.len() {
        if i == lines.len() || line_key(&lines[i]).is_empty() {
            lines[start..i].sort_by(|a, b| line_key(a).cmp(line_key(b)));
            start = i + 1;
        }
    }
    lines.concat()
}

/// Go's `lineToKey`: the part before the first `=`, unless there is none or it holds a `#`.
fn line_key(line: &str) -> &str {
    match line.find('=') {
        Some(i) if !line[..i].contains('#') => &line[..i],
        _ => "",
    }
}

/// The value Go reads for `key` from the go env file at `path` now (`None`: not set, or the
/// file cannot be read).
pub fn go_env_file_value(path: &Path, key: &str) -> Option<String> {
    let read = crate::readcap::read(path, crate::readcap::caps::GO_ENV_FILE).ok()?;
    envfile::lookup(&envfile::parse(&read.data), key).map(|e| e.value.clone())
}

/// What a person types for `go env -w KEY=VALUE` (`Some`) or `go env -u KEY` (`None`).
pub fn go_env_command(key: &str, value: Option<&str>) -> String {
    match value {
        Some(v) => Action::go_env_set(key, v).command().to_string(),
        None => Action::go_env_unset(key).command().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adds_to_a_missing_or_empty_file() {
        assert_eq!(
            update("", "GOPROXY", Some("https://goproxy.cn,direct")),
            "GOPROXY=https://goproxy.cn,direct\n"
        );
    }

    #[test]
    fn replaces_in_place_and_sorts_the_run() {
        let before = "GOSUMDB=off\nGOPROXY=https://proxy.golang.org,direct\n";
        assert_eq!(
            update(before, "GOPROXY", Some("https://goproxy.cn,direct")),
            "GOPROXY=https://goproxy.cn,direct\nGOSUMDB=off\n"
        );
    }

    #[test]
    fn keeps_only_the_last_duplicate_and_comments() {
        let before = "# mine\nGOPROXY=a\nGOFLAGS=-mod=mod\nGOPROXY=b";
        // The first GOPROXY is emptied (and splits the run), the last one is rewritten.
        assert_eq!(
            update(before, "GOPROXY", Some("c")),
            "# mine\nGOFLAGS=-mod=mod\nGOPROXY=c\n"
        );
    }

    #[test]
    fn unset_removes_every_copy() {
        assert_eq!(
            update("GOPROXY=a\nGOSUMDB=off\nGOPROXY=b\n", "GOPROXY", None),
            "GOSUMDB=off\n"
        );
        assert_eq!(update("GOSUMDB=off\n", "GOPROXY", None), "GOSUMDB=off\n");
    }

    #[test]
    fn a_hash_before_the_equals_sign_is_not_a_key() {
        assert_eq!(line_key("#GOPROXY=x\n"), "");
        assert_eq!(line_key("GOPROXY=x#y\n"), "GOPROXY");
        assert_eq!(
            update("#GOPROXY=x\n", "GOPROXY", Some("y")),
            "#GOPROXY=x\nGOPROXY=y\n"
        );
    }
}
