//! The shape of `src/`: references between modules flow one way.
//!
//! The rule (docs/ARCHITECTURE.md): among the children of any module — the top-level modules
//! of the crate, the files of a folder — `crate::` and `super::` paths form a directed acyclic
//! graph. A folder's own `mod.rs` is exempt towards its children: it is the folder's facade
//! and shared vocabulary, so it may name them and they may name it. Test code (`tests.rs`
//! files and a trailing `#[cfg(test)] mod tests`) is exempt too.
//!
//! The test reads the source text; it needs no compiler support and fails with the cycle.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

type ModulePath = Vec<String>;

#[test]
fn modules_form_no_cycle() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let files = rust_files(&src);
    let modules: BTreeMap<ModulePath, String> = files
        .iter()
        .filter_map(|file| {
            let path = module_path(&src, file)?;
            let text = std::fs::read_to_string(file).expect("src files are readable UTF-8");
            Some((path, production_code(&text)))
        })
        .collect();
    let known: BTreeSet<&ModulePath> = modules.keys().collect();

    let mut graph: BTreeMap<ModulePath, BTreeSet<ModulePath>> = BTreeMap::new();
    for (from, code) in &modules {
        for reference in references(from, code) {
            let Some(to) = longest_known_prefix(&reference, &known) else {
                continue;
            };
            if let Some((a, b)) = sibling_edge(from, &to) {
                graph.entry(a).or_default().insert(b);
            }
        }
    }
    assert!(
        graph.len() > 5,
        "the scan found almost no references between modules: is src/ where it should be?"
    );

    if let Some(cycle) = find_cycle(&graph) {
        let shown: Vec<String> = cycle.iter().map(|m| m.join("::")).collect();
        panic!(
            "modules reference each other in a cycle: {}\n\
             Move the shared items down into a module both can use (see docs/ARCHITECTURE.md, \
             \"Rules of the graph\").",
            shown.join(" -> ")
        );
    }
}

#[test]
fn the_scan_sees_a_planted_cycle() {
    // The rule applied to a tiny made-up crate: `a` uses `b`, `b::inner` uses `a`.
    let mut modules = BTreeMap::new();
    modules.insert(vec!["a".to_string()], "use crate::b::Thing;".to_string());
    modules.insert(vec!["b".to_string()], String::new());
    modules.insert(
        vec!["b".to_string(), "inner".to_string()],
        "fn f() { crate::{a::g, b::h}(); }".to_string(),
    );
    let known: BTreeSet<&ModulePath> = modules.keys().collect();
    let mut graph: BTreeMap<ModulePath, BTreeSet<ModulePath>> = BTreeMap::new();
    for (from, code) in &modules {
        for reference in references(from, code) {
            if let Some(to) = longest_known_prefix(&reference, &known)
                && let Some((x, y)) = sibling_edge(from, &to)
            {
                graph.entry(x).or_default().insert(y);
            }
        }
    }
    let cycle = find_cycle(&graph).expect("a -> b -> a is a cycle");
    assert_eq!(cycle.len(), 3, "{cycle:?}");
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("src is a readable folder") {
            let path = entry.expect("readable folder entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// `src/checks/dns/mod.rs` is `checks::dns`; `lib.rs`, `main.rs` and test files are not
/// modules of the graph.
fn module_path(src: &Path, file: &Path) -> Option<ModulePath> {
    let relative = file.strip_prefix(src).ok()?.with_extension("");
    let mut parts: ModulePath = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    let excluded = parts.is_empty()
        || parts == ["lib"]
        || parts == ["main"]
        || parts.last().is_some_and(|p| p == "tests");
    (!excluded).then_some(parts)
}

/// The text without line comments (doc links are not dependencies) and without the trailing
/// unit-test module.
fn production_code(text: &str) -> String {
    let text = match text.find("#[cfg(test)]\nmod tests {") {
        Some(at) => &text[..at],
        None => text,
    };
    text.lines()
        .map(|line| {
            let trimmed = line.trim_start();
            if trimmed.starts_with("//") {
                ""
            } else {
                // A `//` after whitespace starts a trailing comment; `https://` does not.
                match line.find(" //") {
                    Some(at) => &line[..at],
                    None => line,
                }
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every absolute module path that `code`, in module `from`, names with `crate::` or
/// `super::` (groups such as `crate::{a, b::c}` expanded to their first level).
fn references(from: &ModulePath, code: &str) -> Vec<ModulePath> {
    let mut out = Vec::new();
    let bytes = code.as_bytes();
    let mut i = 0;
    while i < code.len() {
        let rest = &code[i..];
        let preceded_by_ident =
            i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_');
        if !preceded_by_ident && rest.starts_with("crate::") {
            let (paths, used) = paths_at(&rest["crate::".len()..]);
            out.extend(paths);
            i += "crate::".len() + used.max(1);
        } else if !preceded_by_ident && rest.starts_with("super::") {
            let mut base = from.clone();
            let mut j = 0;
            while rest[j..].starts_with("super::") {
                base.pop();
                j += "super::".len();
            }
            let (paths, used) = paths_at(&rest[j..]);
            out.extend(paths.into_iter().map(|p| {
                let mut full = base.clone();
                full.extend(p);
                full
            }));
            i += j + used.max(1);
        } else {
            i += rest.chars().next().map_or(1, char::len_utf8);
        }
    }
    out
}

/// The paths at the start of `text` (after `crate::`): one path, or each item of a `{...}`
/// group. Returns them and how many bytes were read.
fn paths_at(text: &str) -> (Vec<ModulePath>, usize) {
    if let Some(group) = text.strip_prefix('{') {
        let mut depth = 1;
        let mut end = group.len();
        for (k, c) in group.char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = k;
                        break;
                    }
                }
                _ => {}
            }
        }
        let items = split_top_level(&group[..end]);
        let paths = items
            .iter()
            .map(|item| path_segments(item.trim()).0)
            .filter(|p| !p.is_empty())
            .collect();
        return (paths, end + 2);
    }
    let (path, used) = path_segments(text);
    (if path.is_empty() { vec![] } else { vec![path] }, used)
}

fn split_top_level(text: &str) -> Vec<&str> {
    let mut items = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (k, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(&text[start..k]);
                start = k + 1;
            }
            _ => {}
        }
    }
    items.push(&text[start..]);
    items
}

/// `a::b::Thing` -> [a, b, Thing]; stops at anything that is not `ident::`.
fn path_segments(text: &str) -> (ModulePath, usize) {
    let mut segments = Vec::new();
    let mut used = 0;
    loop {
        let ident_len = text[used..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(text.len() - used);
        if ident_len == 0 {
            break;
        }
        segments.push(text[used..used + ident_len].to_string());
        used += ident_len;
        if text[used..].starts_with("::") && !text[used + 2..].starts_with('{') {
            used += 2;
        } else {
            break;
        }
    }
    (segments, used)
}

fn longest_known_prefix(
    reference: &ModulePath,
    known: &BTreeSet<&ModulePath>,
) -> Option<ModulePath> {
    (1..=reference.len())
        .rev()
        .map(|n| reference[..n].to_vec())
        .find(|prefix| known.contains(prefix))
}

/// The edge between the two sibling modules that contain `from` and `to`, or `None` when one
/// contains the other (a facade and its children) or they are the same module.
fn sibling_edge(from: &ModulePath, to: &ModulePath) -> Option<(ModulePath, ModulePath)> {
    let common = from.iter().zip(to).take_while(|(a, b)| a == b).count();
    if common >= from.len() || common >= to.len() {
        return None;
    }
    Some((from[..=common].to_vec(), to[..=common].to_vec()))
}

/// A cycle (first node repeated at the end), if the graph has one.
fn find_cycle(graph: &BTreeMap<ModulePath, BTreeSet<ModulePath>>) -> Option<Vec<ModulePath>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Open,
        Done,
    }
    fn visit(
        node: &ModulePath,
        graph: &BTreeMap<ModulePath, BTreeSet<ModulePath>>,
        marks: &mut BTreeMap<ModulePath, Mark>,
        stack: &mut Vec<ModulePath>,
    ) -> Option<Vec<ModulePath>> {
        match marks.get(node) {
            Some(Mark::Done) => return None,
            Some(Mark::Open) => {
                let start = stack.iter().position(|n| n == node).unwrap_or(0);
                let mut cycle = stack[start..].to_vec();
                cycle.push(node.clone());
                return Some(cycle);
            }
            None => {}
        }
        marks.insert(node.clone(), Mark::Open);
        stack.push(node.clone());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, marks, stack) {
                return Some(cycle);
            }
        }
        stack.pop();
        marks.insert(node.clone(), Mark::Done);
        None
    }
    let mut marks = BTreeMap::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut marks, &mut Vec::new()))
}
