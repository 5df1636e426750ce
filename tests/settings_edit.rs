//! Round trips of the settings editor over fixture files (fixtures/vscode/edit): comments
//! everywhere, trailing commas, CRLF, a BOM, tabs, an empty file, `{}`, nested objects,
//! duplicate keys, a `.code-workspace` file, and files it must refuse. For each file and each
//! edit: the output parses, holds the new value, differs from the input only in that value
//! (every other setting compares equal), keeps comments and line endings, and a second run has
//! nothing to do. The exact texts are insta snapshots (tests/snapshots/).

use std::path::Path;

use godiag::settings::{EditError, set_object_key};
use godiag::settings::{Settings, parse, parse_workspace_file};

const OBJECT: &str = "go.toolsEnvVars";

fn read(text: &str, workspace: bool) -> Result<Settings, godiag::settings::ParseFailure> {
    if workspace {
        parse_workspace_file(text)
    } else {
        parse(text)
    }
}

/// The settings VS Code uses (last duplicate wins), with `key` taken out of the object.
fn effective_without(settings: &Settings, key: &str) -> serde_json::Map<String, serde_json::Value> {
    let mut map = serde_json::Map::new();
    for s in &settings.all {
        map.insert(s.key.clone(), s.value.clone());
    }
    if let Some(serde_json::Value::Object(env)) = map.get_mut(OBJECT) {
        env.remove(key);
        if env.is_empty() {
            map.remove(OBJECT);
        }
    }
    map
}

/// The comments of each line (from `//` or `/*` outside strings to the line's end).
fn comments(text: &str) -> Vec<&str> {
    text.lines()
        .filter_map(|line| {
            let bytes = line.as_bytes();
            let mut in_string = false;
            let mut i = 0;
            while i < bytes.len() {
                match bytes[i] {
                    b'\\' if in_string => i += 1,
                    b'"' => in_string = !in_string,
                    b'/' if !in_string && matches!(bytes.get(i + 1), Some(b'/' | b'*')) => {
                        return Some(line[i..].trim());
                    }
                    _ => {}
                }
                i += 1;
            }
            None
        })
        .collect()
}

fn edit_report(name: &str, text: &str) -> String {
    let workspace = name.ends_with(".code-workspace");
    let mut report = String::new();
    for (key, value) in [
        ("GOPROXY", Some("https://goproxy.cn,direct")),
        ("GOSUMDB", None),
        ("GOPROXY", None),
    ] {
        let op = match value {
            Some(v) => format!("set {key}={v}"),
            None => format!("remove {key}"),
        };
        report.push_str(&format!("== {op}\n"));
        match set_object_key(text, workspace, OBJECT, key, value) {
            Ok(None) => report.push_str("(nothing to do)\n"),
            Ok(Some(out)) => {
                let before = read(text, workspace).expect("an edited input parses");
                let after = read(&out, workspace).unwrap_or_else(|e| {
                    panic!("{name}: {op}: output does not parse: {e:?}\n{out}")
                });
                let env = after.get(OBJECT).map(|s| s.value.clone());
                let now = env
                    .as_ref()
                    .and_then(|e| e.get(key))
                    .and_then(|v| v.as_str());
                assert_eq!(now, value, "{name}: {op}");
                assert_eq!(
                    effective_without(&before, key),
                    effective_without(&after, key),
                    "{name}: {op}: something else changed"
                );
                for c in comments(text) {
                    let removed_with_the_key =
                        value.is_none() && text.lines().any(|l| l.contains(key) && l.contains(c));
                    assert!(
                        removed_with_the_key || out.contains(c),
                        "{name}: {op}: comment {c:?} lost\n{out}"
                    );
                }
                assert_eq!(
                    text.contains("\r\n"),
                    out.contains("\r\n"),
                    "{name}: line endings"
                );
                assert_eq!(
                    text.starts_with('\u{feff}'),
                    out.starts_with('\u{feff}'),
                    "{name}: BOM"
                );
                assert_eq!(
                    set_object_key(&out, workspace, OBJECT, key, value),
                    Ok(None),
                    "{name}: {op}: not idempotent"
                );
                report.push_str(&out.replace('\r', "\\r").replace('\u{feff}', "<BOM>"));
                if !out.ends_with('\n') {
                    report.push_str("\n(no final newline)\n");
                }
            }
            Err(e) => {
                assert!(
                    matches!(e, EditError::DoesNotParse(_) | EditError::NotAnObject(_)),
                    "{name}: {op}: {e}"
                );
                report.push_str(&format!("refused: {e}\n"));
            }
        }
    }
    report
}

#[test]
fn settings_editor_round_trips_every_fixture() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/vscode/edit");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("fixtures")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.len() >= 12, "{names:?}");
    for name in names {
        let text = std::fs::read_to_string(dir.join(&name)).expect("fixture text");
        let report = edit_report(&name, &text);
        insta::assert_snapshot!(format!("settings_edit__{}", name.replace('.', "_")), report);
    }
}

#[test]
fn refused_files_are_refused_for_every_edit() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/vscode/edit");
    let broken = std::fs::read_to_string(dir.join("broken.json")).expect("fixture");
    assert!(matches!(
        set_object_key(&broken, false, OBJECT, "GOPROXY", Some("x")),
        Err(EditError::DoesNotParse(_))
    ));
    let scalar = std::fs::read_to_string(dir.join("not-an-object.json")).expect("fixture");
    assert!(matches!(
        set_object_key(&scalar, false, OBJECT, "GOPROXY", Some("x")),
        Err(EditError::NotAnObject(_))
    ));
}
