//! The VS Code settings reader and the tools-environment builder on arbitrary text: no panic;
//! positions inside the text; the last duplicate is the one `get` returns.
#![no_main]

use libfuzzer_sys::fuzz_target;

use godiag::settings::EnvMap;
use godiag::settings::Scope;
use godiag::settings::{Layer, tools_env};
use godiag::settings::{parse, parse_workspace_file};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let lines = text.lines().count().max(1) as u32 + 1;
    match parse(text) {
        Ok(settings) => {
            for s in &settings.all {
                assert!(s.line >= 1 && s.line <= lines, "line {} of {lines}", s.line);
            }
            for (key, at) in &settings.duplicates {
                assert!(at.len() >= 2);
                assert_eq!(settings.get(key).map(|s| s.line), at.last().copied());
            }
            let layers = [Layer { file: "f".into(), scope: Scope::User, settings: &settings }];
            let _ = tools_env(&EnvMap::new(), &layers, Some("/home/u"), "/w", true);
        }
        Err(e) => assert!(e.line >= 1 && e.line <= lines, "error line {} of {lines}", e.line),
    }
    let _ = parse_workspace_file(text);
});
