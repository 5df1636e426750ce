//! Reading settings.json the way VS Code does: JSONC (comments and trailing commas, nothing
//! looser), a BOM tolerated, flat dotted keys, the last duplicate winning.

use jsonc_parser::ast::{ObjectProp, Value};
use jsonc_parser::{CollectOptions, ParseOptions, parse_to_ast};

/// One top-level setting.
#[derive(Debug, Clone, PartialEq)]
pub struct Setting {
    pub key: String,
    pub value: serde_json::Value,
    /// 1-based position of the key.
    pub line: u32,
    pub column: u32,
}

/// A parsed settings file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Settings {
    /// Every top-level property, in file order (duplicates included).
    pub all: Vec<Setting>,
    /// Keys that appear more than once, with every line.
    pub duplicates: Vec<(String, Vec<u32>)>,
}

impl Settings {
    /// The value VS Code uses: the last one.
    pub fn get(&self, key: &str) -> Option<&Setting> {
        self.all.iter().rev().find(|s| s.key == key)
    }
}

/// A file VS Code would refuse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseFailure {
    /// 1-based line of the first error.
    pub line: u32,
    /// 1-based column of the first error.
    pub column: u32,
    /// The parser's message.
    pub message: String,
    /// The offending line, trimmed.
    pub text: String,
}

/// VS Code's strictness: comments and trailing commas, nothing else that JSON forbids.
pub fn vscode_options() -> ParseOptions {
    ParseOptions {
        allow_comments: true,
        allow_trailing_commas: true,
        allow_loose_object_property_names: false,
        allow_missing_commas: false,
        allow_single_quoted_strings: false,
        allow_hexadecimal_numbers: false,
        allow_unary_plus_numbers: false,
        allow_bare_decimal_point_numbers: false,
        allow_non_finite_numbers: false,
        allow_extended_string_escapes: false,
    }
}

/// Byte offsets where lines start, for offset -> (line, column) in O(log n): a 200 KB file
/// has thousands of properties. Columns count characters, which needs a walk from the line's
/// start; lookups in increasing order (the properties of a file) resume from the previous one,
/// so that a minified one-line file costs one walk in total, not one per property.
struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
    /// The last lookup: (line index, byte offset, column).
    last: std::cell::Cell<(usize, usize, usize)>,
}

impl<'a> LineIndex<'a> {
    fn new(text: &'a str) -> LineIndex<'a> {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex {
            text,
            starts,
            last: std::cell::Cell::new((0, 0, 1)),
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    fn position(&self, offset: usize) -> (u32, u32) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line.saturating_sub(1)];
        let (last_line, last_offset, last_column) = self.last.get();
        let (from, column_at_from) = if last_line == line && last_offset <= offset {
            (last_offset, last_column)
        } else {
            (start, 1)
        };
        let column = self.text.get(from..offset).map_or(0, |t| t.chars().count()) + column_at_from;
        self.last.set((line, offset, column));
        (
            u32::try_from(line).unwrap_or(u32::MAX),
            u32::try_from(column).unwrap_or(u32::MAX),
        )
    }
}

/// Converts a JSONC value to JSON.
pub fn to_json(value: &Value<'_>) -> serde_json::Value {
    match value {
        Value::StringLit(s) => serde_json::Value::String(s.value.to_string()),
        Value::NumberLit(n) => n
            .value
            .parse::<serde_json::Number>()
            .map_or(serde_json::Value::Null, serde_json::Value::Number),
        Value::BooleanLit(b) => serde_json::Value::Bool(b.value),
        Value::NullKeyword(_) => serde_json::Value::Null,
        Value::Array(a) => serde_json::Value::Array(a.elements.iter().map(to_json).collect()),
        Value::Object(o) => {
            // Last duplicate wins inside objects too.
            let mut map = serde_json::Map::new();
            for p in &o.properties {
                map.insert(p.name.as_str().to_string(), to_json(&p.value));
            }
            serde_json::Value::Object(map)
        }
    }
}

/// Parses a settings file's text. An empty file (or only comments) is an empty object.
pub fn parse(text: &str) -> Result<Settings, ParseFailure> {
    parse_keeping(text, |_| true)
}

/// [`parse`], converting only the values of the keys `keep` accepts (the others are `null`):
/// a 200 KB file of other extensions' settings costs little.
pub fn parse_keeping(text: &str, keep: impl Fn(&str) -> bool) -> Result<Settings, ParseFailure> {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    // One mark is an encoding artefact VS Code tolerates; a second one is a character in the
    // text, which its parser (and the editor's) rejects.
    if body.starts_with('\u{feff}') {
        return Err(ParseFailure {
            line: 1,
            column: 1,
            message: "a second byte-order mark".into(),
            text: String::new(),
        });
    }
    let result =
        parse_to_ast(body, &CollectOptions::default(), &vscode_options()).map_err(|e| {
            let index = LineIndex::new(body);
            let (line, column) = index.position(e.range().start);
            let line_start = index.starts[(line as usize).saturating_sub(1)];
            let text = body
                .get(line_start..)
                .unwrap_or("")
                .lines()
                .next()
                .unwrap_or("")
                .trim()
                .chars()
                .take(120)
                .collect();
            ParseFailure {
                line,
                column,
                message: e.kind().to_string(),
                text,
            }
        })?;
    let Some(value) = result.value else {
        return Ok(Settings::default());
    };
    let Value::Object(object) = value else {
        return Err(ParseFailure {
            line: 1,
            column: 1,
            message: "the file is not a JSON object".into(),
            text: String::new(),
        });
    };
    let mut settings = Settings::default();
    let index = LineIndex::new(body);
    for ObjectProp { name, value, range } in &object.properties {
        let (line, column) = index.position(range.start);
        let key = name.as_str();
        let value = if keep(key) {
            to_json(value)
        } else {
            serde_json::Value::Null
        };
        settings.all.push(Setting {
            key: key.to_string(),
            value,
            line,
            column,
        });
    }
    let mut lines_of: std::collections::HashMap<&str, Vec<u32>> = std::collections::HashMap::new();
    let mut order: Vec<&str> = Vec::new();
    for s in &settings.all {
        let lines = lines_of.entry(s.key.as_str()).or_default();
        if lines.is_empty() {
            order.push(s.key.as_str());
        }
        lines.push(s.line);
    }
    settings.duplicates = order
        .into_iter()
        .filter_map(|k| {
            lines_of
                .get(k)
                .filter(|l| l.len() > 1)
                .map(|l| (k.to_string(), l.clone()))
        })
        .collect();
    Ok(settings)
}

/// Reads the `"settings"` object of a `.code-workspace` file.
pub fn parse_workspace_file(text: &str) -> Result<Settings, ParseFailure> {
    let whole = parse(text)?;
    let Some(inner) = whole.get("settings") else {
        return Ok(Settings::default());
    };
    let line = inner.line;
    let all = match &inner.value {
        serde_json::Value::Object(map) => map
            .iter()
            .map(|(k, v)| Setting {
                key: k.clone(),
                value: v.clone(),
                line,
                column: 1,
            })
            .collect(),
        _ => Vec::new(),
    };
    Ok(Settings {
        all,
        duplicates: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_trailing_commas_bom_crlf() {
        let text = "\u{feff}{\r\n  // user settings\r\n  \"go.toolsEnvVars\": { \"GOPROXY\": \"https://goproxy.cn,direct\", },\r\n  /* block */ \"http.proxy\": \"http://127.0.0.1:7890\",\r\n}\r\n";
        let s = parse(text).unwrap();
        assert_eq!(s.all.len(), 2);
        let env = s.get("go.toolsEnvVars").unwrap();
        assert_eq!(env.value["GOPROXY"], "https://goproxy.cn,direct");
        assert_eq!((env.line, env.column), (3, 3));
        assert_eq!(s.get("http.proxy").unwrap().line, 4);
    }

    #[test]
    fn empty_and_comment_only_files_are_empty_objects() {
        assert_eq!(parse("").unwrap(), Settings::default());
        assert_eq!(parse("// nothing\n").unwrap(), Settings::default());
        assert!(parse("{}").unwrap().all.is_empty());
    }

    #[test]
    fn looser_syntax_is_rejected_like_vscode() {
        for bad in [
            "{ key: 1 }",
            "{ 'a': 1 }",
            "{ \"a\": 0x10 }",
            "{ \"a\": 1 \"b\": 2 }",
            "[1]",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
        let e = parse("{\n  \"a\": 1,\n  \"b\": ,\n}").unwrap_err();
        assert_eq!(e.line, 3);
        assert!(e.text.contains("\"b\""), "{e:?}");
    }

    #[test]
    fn duplicates_last_wins() {
        let s = parse("{\"go.goroot\": \"/a\",\n\"go.goroot\": \"/b\"}").unwrap();
        assert_eq!(s.get("go.goroot").unwrap().value, "/b");
        assert_eq!(s.duplicates, vec![("go.goroot".to_string(), vec![1, 2])]);
    }

    #[test]
    fn workspace_file_settings_object() {
        let s = parse_workspace_file("{\"folders\": [{\"path\": \".\"}], \"settings\": {\"go.toolsEnvVars\": {\"GOSUMDB\": \"off\"}}}").unwrap();
        assert_eq!(s.get("go.toolsEnvVars").unwrap().value["GOSUMDB"], "off");
    }

    #[test]
    fn columns_on_one_long_line_count_characters_and_stay_linear() {
        let s = parse("{\"ä\":1,\"b\":\"é\",\n \"c\":2}").unwrap();
        let pos: Vec<(u32, u32)> = s.all.iter().map(|x| (x.line, x.column)).collect();
        assert_eq!(pos, [(1, 2), (1, 8), (2, 2)]);
        // 3 MB on one line: the per-property walk from the line start made this take minutes.
        let mut text = String::from("{");
        let mut n = 0;
        while text.len() < 3_000_000 {
            text.push_str(&format!("\"ext.s{n}\":{{\"v\":\"välue\"}},"));
            n += 1;
        }
        text.push_str("\"go.x\":1}");
        let start = std::time::Instant::now();
        let parsed = parse_keeping(&text, |k| k.starts_with("go.")).unwrap();
        assert!(
            start.elapsed() < std::time::Duration::from_secs(5),
            "{:?}",
            start.elapsed()
        );
        let last = parsed.get("go.x").unwrap();
        assert_eq!(last.line, 1);
        assert_eq!(
            last.column as usize,
            text.chars().count() - "\"go.x\":1}".len() + 1
        );
    }
}
