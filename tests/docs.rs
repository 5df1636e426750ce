//! The reference docs that are generated from the code stay in step with it:
//! `docs/codes.md` is rendered from the finding catalogue, and `docs/checks.md` has a row for
//! every code. `GODIAG_BLESS=1 cargo test --test tests docs` rewrites the generated file.

use std::fmt::Write as _;
use std::path::Path;

use godiag::{CATALOGUE, Lang, Severity};

fn docs_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("docs")
}

/// The whole of docs/codes.md, from the catalogue.
fn codes_markdown() -> String {
    let mut out = String::from(
        "# Finding codes\n\n\
         <!-- Generated from src/codes.rs and locales/en/godiag.ftl by tests/docs.rs; do not\n     \
         edit. Regenerate with `GODIAG_BLESS=1 cargo test --test tests docs`. -->\n\n\
         Every code godiag can report, grouped by check, with its default severity (a rule may\n\
         raise or lower it with the evidence; [checks.md](checks.md) says when).\n\
         `godiag explain CODE` prints the same text.\n",
    );
    let specs = godiag::message_specs::all();
    let mut check = "";
    for info in CATALOGUE {
        let this_check = info.code.split_once('.').map_or(info.code, |(c, _)| c);
        if this_check != check {
            check = this_check;
            let _ = write!(out, "\n## {check}\n");
        }
        let severity = match info.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        };
        let _ = write!(
            out,
            "\n### `{}`\n\n{} (default severity: {severity}).\n\n\
             **What it means.** {}\n\n**Why it matters.** {}\n\n**How to fix it.** {}\n",
            info.code,
            capitalised(&info.title(Lang::En)),
            info.meaning(Lang::En),
            info.why(Lang::En),
            info.fix(Lang::En)
        );
        if !info.example.is_empty() {
            let _ = write!(
                out,
                "\n**What Go prints.**\n\n```text\n{}\n```\n",
                info.example
            );
        }
        let id = format!("{}--", info.code.replacen('.', "--", 1));
        let messages: Vec<String> = specs
            .iter()
            .filter(|s| s.id.starts_with(&id))
            .map(|s| format!("`{}` ({})", s.id, arguments(s.args)))
            .collect();
        if !messages.is_empty() {
            let _ = write!(
                out,
                "\n**In JSON.** `message_id` and its `args`: {}.\n",
                messages.join("; ")
            );
        }
    }
    let _ = write!(
        out,
        "\n## Other texts\n\nEvery other text godiag declares, with its arguments: fix descriptions \
         (`description_id`, `description_args` in JSON), the phrases that arguments nest \
         (`{{\"id\": ..., \"args\": ...}}`), and the words of the human report.\n\n"
    );
    for s in specs.iter().filter(|s| {
        !CATALOGUE.iter().any(|c| {
            s.id.starts_with(&format!("{}--", c.code.replacen('.', "--", 1)))
        })
    }) {
        let _ = writeln!(out, "- `{}` ({})", s.id, arguments(s.args));
    }
    out
}

/// A message's argument names, for the docs.
fn arguments(args: &[&str]) -> String {
    if args.is_empty() {
        "no arguments".to_string()
    } else {
        args.iter()
            .map(|a| format!("`{a}`"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[test]
fn docs_codes_is_generated_from_the_catalogue() {
    let path = docs_dir().join("codes.md");
    let generated = codes_markdown();
    if std::env::var_os("GODIAG_BLESS").is_some() {
        std::fs::write(&path, &generated).expect("docs/ is writable");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "docs/codes.md is stale; regenerate it with `GODIAG_BLESS=1 cargo test --test tests docs`"
    );
}

#[test]
fn docs_checks_has_a_row_for_every_code() {
    let checks = std::fs::read_to_string(docs_dir().join("checks.md")).expect("docs/checks.md");
    let missing: Vec<&str> = CATALOGUE
        .iter()
        .map(|info| info.code)
        .filter(|code| !checks.contains(&format!("`{code}`")))
        .collect();
    assert!(
        missing.is_empty(),
        "docs/checks.md has no row for {missing:?}: add one to the table of its check"
    );
}

#[test]
fn docs_link_only_to_files_in_the_repository() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut pages = vec![
        root.join("README.md"),
        root.join("README.zh-CN.md"),
        root.join("CHANGELOG.md"),
    ];
    for entry in std::fs::read_dir(docs_dir()).expect("docs/ exists") {
        let path = entry.expect("readable docs entry").path();
        if path.extension().is_some_and(|e| e == "md") {
            pages.push(path);
        }
    }
    let mut broken = Vec::new();
    for page in &pages {
        let text = std::fs::read_to_string(page).expect("readable page");
        let base = page.parent().expect("a page sits in a folder");
        for (i, _) in text.match_indices("](") {
            let target: String = text[i + 2..].chars().take_while(|&c| c != ')').collect();
            if target.contains("://") || target.starts_with('#') || target.starts_with("mailto:") {
                continue;
            }
            let file = target.split('#').next().unwrap_or_default();
            if !base.join(file).exists() {
                broken.push(format!("{}: {target}", page.display()));
            }
        }
    }
    assert!(broken.is_empty(), "links to missing files: {broken:#?}");
}
