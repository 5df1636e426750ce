//! The settings editor on arbitrary text: a file that parses gets a text that parses, holds the
//! new value and differs in nothing else (checked here independently of the editor's own
//! verification, which must never refuse a correct edit either); a
//! file that does not parse is refused, never rewritten.
#![no_main]

use libfuzzer_sys::fuzz_target;

use godiag::settings::{EditError, set_object_key};
use godiag::settings::{Settings, parse, parse_workspace_file};

/// The settings VS Code uses (the last duplicate wins), GOPROXY taken out of go.toolsEnvVars
/// and an object left empty by that dropped.
fn without_key(settings: &Settings) -> serde_json::Map<String, serde_json::Value> {
    let mut map = serde_json::Map::new();
    for s in &settings.all {
        map.insert(s.key.clone(), s.value.clone());
    }
    if let Some(serde_json::Value::Object(env)) = map.get_mut("go.toolsEnvVars") {
        env.remove("GOPROXY");
        if env.is_empty() {
            map.remove("go.toolsEnvVars");
        }
    }
    map
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for workspace_file in [false, true] {
        let parses = if workspace_file { parse_workspace_file(text).is_ok() } else { parse(text).is_ok() };
        for value in [Some("https://goproxy.cn,direct"), None] {
            match set_object_key(text, workspace_file, "go.toolsEnvVars", "GOPROXY", value) {
                Ok(Some(out)) => {
                    assert!(parses);
                    let after = if workspace_file { parse_workspace_file(&out) } else { parse(&out) }.expect("output parses");
                    let env = after.get("go.toolsEnvVars").map(|s| s.value.clone());
                    match value {
                        Some(v) => assert_eq!(env.as_ref().and_then(|e| e.get("GOPROXY")).and_then(|g| g.as_str()), Some(v)),
                        None => assert!(env.as_ref().and_then(|e| e.get("GOPROXY")).is_none()),
                    }
                    // Differs only there: every other setting VS Code would use is unchanged.
                    let before = if workspace_file { parse_workspace_file(text) } else { parse(text) }.expect("input parses");
                    assert_eq!(without_key(&before), without_key(&after), "{text:?}");
                    // Idempotent: a second run has nothing to do.
                    assert_eq!(set_object_key(&out, workspace_file, "go.toolsEnvVars", "GOPROXY", value), Ok(None));
                }
                Ok(None) => assert!(parses),
                Err(EditError::DoesNotParse(_)) => assert!(!parses),
                Err(EditError::NotAnObject(_)) => assert!(parses),
                Err(EditError::Verification(why)) => panic!("the editor produced a wrong edit: {why}\n{text:?}"),
            }
        }
    }
});
