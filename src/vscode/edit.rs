//! Editing one key of a VS Code settings file in place, as VS Code itself does: only the value
//! changes or one property is inserted; comments, key order, indentation, trailing commas,
//! line endings and the BOM stay as they were. Pure: text in, text out. The foundation of
//! `godiag fix` for settings files, which must never write a file that does not parse or that
//! differs from the original in more than the intended value.

use jsonc_parser::cst::{CstInputValue, CstObject, CstObjectProp, CstRootNode};

use super::settings::{self, ParseFailure, Settings};

/// Why an edit was refused. Nothing is written in any of these cases.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditError {
    /// The file does not parse as VS Code reads it.
    DoesNotParse(ParseFailure),
    /// The setting exists but is not an object (`"go.toolsEnvVars": "x"`).
    NotAnObject(String),
    /// The edited text failed the check that only the intended value changed (a bug guard).
    Verification(String),
}

impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EditError::DoesNotParse(e) => write!(
                f,
                "the file does not parse ({} at line {}, column {}): it is left untouched",
                e.message, e.line, e.column
            ),
            EditError::NotAnObject(key) => write!(
                f,
                "\"{key}\" is not an object in this file: it is left untouched"
            ),
            EditError::Verification(why) => write!(f, "the edit was not applied: {why}"),
        }
    }
}

/// The last property named `name` (VS Code uses the last duplicate).
fn last_prop(object: &CstObject, name: &str) -> Option<CstObjectProp> {
    object
        .properties()
        .into_iter()
        .rfind(|p| p.decoded_name().as_deref() == Some(name))
}

/// Sets (`Some`) or removes (`None`) `key` inside the object setting `object_key` (for example
/// `go.toolsEnvVars`) of a settings file, or of a `.code-workspace` file's `"settings"` object
/// when `workspace_file`. An empty text is a missing file: the object is created.
///
/// Returns `Ok(None)` when the file already says so (nothing to write), `Ok(Some(text))` with
/// the new text otherwise.
pub fn set_object_key(
    text: &str,
    workspace_file: bool,
    object_key: &str,
    key: &str,
    value: Option<&str>,
) -> Result<Option<String>, EditError> {
    let bom = text.starts_with('\u{feff}');
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    // The whole text, BOM included: the reader decides what a BOM may be, as for the check.
    let before = read(text, workspace_file)?;
    let current = before.get(object_key).map(|s| s.value.clone());
    match &current {
        // Already as asked: nothing to write.
        Some(serde_json::Value::Object(map))
            if map.get(key).and_then(|v| v.as_str()) == value
                && (value.is_some() || !map.contains_key(key)) =>
        {
            return Ok(None);
        }
        Some(serde_json::Value::Object(_)) => {}
        Some(_) => return Err(EditError::NotAnObject(object_key.to_string())),
        None if value.is_none() => return Ok(None),
        None => {}
    }

    let root = CstRootNode::parse(body, &settings::vscode_options())
        .map_err(|e| EditError::Verification(format!("the editor could not read the file: {e}")))?;
    let top = root.object_value_or_set();
    let scope = if workspace_file {
        match last_prop(&top, "settings") {
            Some(p) => p
                .object_value()
                .ok_or_else(|| EditError::NotAnObject("settings".into()))?,
            None => top
                .object_value_or_create("settings")
                .ok_or_else(|| EditError::NotAnObject("settings".into()))?,
        }
    } else {
        top
    };
    let env = match last_prop(&scope, object_key) {
        Some(p) => p
            .object_value()
            .ok_or_else(|| EditError::NotAnObject(object_key.to_string()))?,
        None => scope
            .object_value_or_create(object_key)
            .ok_or_else(|| EditError::NotAnObject(object_key.to_string()))?,
    };
    match value {
        Some(v) => match last_prop(&env, key) {
            Some(p) => p.set_value(CstInputValue::String(v.to_string())),
            None => {
                env.append(key, CstInputValue::String(v.to_string()));
            }
        },
        // Every duplicate goes, or an earlier one would take effect.
        None => {
            for p in env
                .properties()
                .into_iter()
                .filter(|p| p.decoded_name().as_deref() == Some(key))
            {
                p.remove();
            }
        }
    }
    let mut out = root.to_string();
    if body.contains("\r\n") && !body.replace("\r\n", "").contains('\n') {
        out = out.replace("\r\n", "\n").replace('\n', "\r\n");
    }
    verify(&before, &out, workspace_file, object_key, key, value)?;
    if bom {
        out.insert(0, '\u{feff}');
    }
    Ok(Some(out))
}

fn read(body: &str, workspace_file: bool) -> Result<Settings, EditError> {
    let parsed = if workspace_file {
        settings::parse_workspace_file(body)
    } else {
        settings::parse(body)
    };
    parsed.map_err(EditError::DoesNotParse)
}

/// The new text parses, has the new value, and differs from the old one nowhere else.
fn verify(
    before: &Settings,
    out: &str,
    workspace_file: bool,
    object_key: &str,
    key: &str,
    value: Option<&str>,
) -> Result<(), EditError> {
    let after = read(out, workspace_file)
        .map_err(|e| EditError::Verification(format!("the edited text does not parse: {e}")))?;
    let effective = |s: &Settings| -> std::collections::BTreeMap<String, serde_json::Value> {
        s.all
            .iter()
            .map(|x| {
                (
                    x.key.clone(),
                    s.get(&x.key).map(|l| l.value.clone()).unwrap_or_default(),
                )
            })
            .collect()
    };
    let (mut old, mut new) = (effective(before), effective(&after));
    let mut old_obj = match old.remove(object_key) {
        Some(serde_json::Value::Object(m)) => m,
        _ => serde_json::Map::new(),
    };
    let new_obj = match new.remove(object_key) {
        Some(serde_json::Value::Object(m)) => m,
        _ => {
            return Err(EditError::Verification(format!(
                "\"{object_key}\" is missing after the edit"
            )));
        }
    };
    if old != new {
        return Err(EditError::Verification("other settings changed".into()));
    }
    match value {
        Some(v) => {
            old_obj.insert(key.to_string(), serde_json::Value::String(v.to_string()));
        }
        None => {
            old_obj.remove(key);
        }
    }
    if old_obj != new_obj {
        return Err(EditError::Verification(format!(
            "\"{object_key}\" holds more changes than {key}"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "go.toolsEnvVars";

    fn set(text: &str, v: Option<&str>) -> String {
        set_object_key(text, false, KEY, "GOPROXY", v)
            .unwrap()
            .unwrap()
    }

    #[test]
    fn changes_only_the_value_keeping_comments_and_commas() {
        let text = "{\n  // my settings\n  \"editor.tabSize\": 4, /* keep */\n  \"go.toolsEnvVars\": {\n    \"GOPROXY\": \"https://proxy.golang.org,direct\", // old\n    \"GOFLAGS\": \"-mod=mod\",\n  },\n}\n";
        let out = set(text, Some("https://goproxy.cn,direct"));
        assert_eq!(
            out,
            text.replace(
                "https://proxy.golang.org,direct",
                "https://goproxy.cn,direct"
            )
        );
    }

    #[test]
    fn inserts_into_an_existing_object_and_creates_a_missing_one() {
        let out = set(
            "{\n\t\"go.toolsEnvVars\": {\n\t\t\"GOFLAGS\": \"-mod=mod\"\n\t}\n}\n",
            Some("https://goproxy.cn,direct"),
        );
        assert!(
            out.contains("\t\t\"GOPROXY\": \"https://goproxy.cn,direct\""),
            "{out}"
        );
        let out = set(
            "{\n  \"editor.tabSize\": 4\n}\n",
            Some("https://goproxy.cn,direct"),
        );
        assert!(out.starts_with("{\n  \"editor.tabSize\": 4,\n"), "{out}");
        assert!(
            settings::parse(&out).unwrap().get(KEY).unwrap().value["GOPROXY"]
                == "https://goproxy.cn,direct"
        );
    }

    #[test]
    fn empty_file_and_empty_object() {
        for text in ["", "{}", "// only a comment\n"] {
            let out = set(text, Some("https://goproxy.cn,direct"));
            assert_eq!(
                settings::parse(&out).unwrap().get(KEY).unwrap().value["GOPROXY"],
                "https://goproxy.cn,direct",
                "{text:?} -> {out}"
            );
        }
    }

    #[test]
    fn crlf_and_bom_survive() {
        let text = "\u{feff}{\r\n  \"go.toolsEnvVars\": {\r\n    \"GOFLAGS\": \"-mod=mod\"\r\n  }\r\n}\r\n";
        let out = set(text, Some("https://goproxy.cn,direct"));
        assert!(out.starts_with('\u{feff}'));
        assert!(
            !out.replace("\r\n", "").contains('\n'),
            "only CRLF: {out:?}"
        );
    }

    #[test]
    fn removes_every_duplicate_and_is_idempotent() {
        let text =
            "{\"go.toolsEnvVars\": {\"GOPROXY\": \"a\", \"GOSUMDB\": \"off\", \"GOPROXY\": \"b\"}}";
        let out = set(text, None);
        let s = settings::parse(&out).unwrap();
        assert_eq!(
            s.get(KEY).unwrap().value,
            serde_json::json!({"GOSUMDB": "off"})
        );
        assert_eq!(
            set_object_key(&out, false, KEY, "GOPROXY", None).unwrap(),
            None,
            "nothing left to do"
        );
        let again = set(&out, Some("https://goproxy.cn,direct"));
        assert_eq!(
            set_object_key(
                &again,
                false,
                KEY,
                "GOPROXY",
                Some("https://goproxy.cn,direct")
            )
            .unwrap(),
            None
        );
    }

    #[test]
    fn the_last_duplicate_object_is_edited() {
        let text = "{\"go.toolsEnvVars\": {\"GOPROXY\": \"old\"},\n\"go.toolsEnvVars\": {\"GOPROXY\": \"used\"}}";
        let out = set(text, Some("new"));
        assert!(
            out.contains("{\"GOPROXY\": \"old\"}"),
            "the shadowed object stays as it was: {out}"
        );
        assert_eq!(
            settings::parse(&out).unwrap().get(KEY).unwrap().value["GOPROXY"],
            "new"
        );
    }

    #[test]
    fn a_second_byte_order_mark_is_refused_not_rewritten() {
        // Found by the settings_edit fuzz target.
        assert!(matches!(
            set_object_key("\u{feff}\u{feff}", false, KEY, "GOPROXY", Some("x")),
            Err(EditError::DoesNotParse(_))
        ));
    }

    #[test]
    fn refuses_broken_files_and_non_objects() {
        let broken = "{ \"a\": 1 \"b\": 2 }";
        assert!(matches!(
            set_object_key(broken, false, KEY, "GOPROXY", Some("x")),
            Err(EditError::DoesNotParse(_))
        ));
        let scalar = "{ \"go.toolsEnvVars\": \"GOPROXY=x\" }";
        assert_eq!(
            set_object_key(scalar, false, KEY, "GOPROXY", Some("x")),
            Err(EditError::NotAnObject(KEY.into()))
        );
    }

    #[test]
    fn workspace_files_edit_their_settings_object() {
        let text = "{\n  \"folders\": [{ \"path\": \".\" }],\n  \"settings\": {\n    \"editor.tabSize\": 2,\n  },\n}\n";
        let out = set_object_key(
            text,
            true,
            KEY,
            "GOPROXY",
            Some("https://goproxy.cn,direct"),
        )
        .unwrap()
        .unwrap();
        assert!(out.contains("\"folders\": [{ \"path\": \".\" }]"));
        let s = settings::parse_workspace_file(&out).unwrap();
        assert_eq!(
            s.get(KEY).unwrap().value["GOPROXY"],
            "https://goproxy.cn,direct"
        );
    }
}
