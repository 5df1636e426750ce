use std::collections::HashMap;

use super::*;
use crate::fix::messages::said;
use crate::i18n::Lang;
use crate::model::Fix;

/// A step's detail in English, "" when it has none.
fn detail(step: &Step) -> String {
    step.detail
        .as_ref()
        .map(|d| d.render(Lang::En))
        .unwrap_or_default()
}

fn files(pairs: &[(&str, &str)]) -> impl Fn(&Path) -> std::io::Result<Option<String>> {
    let map: HashMap<PathBuf, String> = pairs
        .iter()
        .map(|(p, t)| (PathBuf::from(p), t.to_string()))
        .collect();
    move |p: &Path| Ok(map.get(p).cloned())
}

fn env(pairs: &[(&str, &str)]) -> EnvMap {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

const GOENV: &str = "/h/.config/go/env";

fn target() -> GoEnvTarget {
    GoEnvTarget::File(PathBuf::from(GOENV))
}

fn states(p: &Preview) -> Vec<StepState> {
    p.steps.iter().map(|s| s.state).collect()
}

#[test]
fn go_env_writes_show_the_file_diff() {
    let fixes = [Fix::safe(
        said("use goproxy.cn"),
        vec![
            Action::go_env_set("GOPROXY", "https://goproxy.cn,direct"),
            Action::go_env_set("GOSUMDB", "sum.golang.google.cn"),
        ],
    )];
    let read = files(&[(
        GOENV,
        "GOSUMDB=sum.golang.google.cn\nGOPROXY=https://proxy.golang.org,direct\n",
    )]);
    let p = preview(&fixes, &target(), &env(&[]), &read);
    assert_eq!(states(&p), [StepState::Pending, StepState::AlreadyDone]);
    assert_eq!(p.changes.len(), 1);
    let diff = p.changes[0].diff().diff;
    assert!(
        diff.contains("-GOPROXY=https://proxy.golang.org,direct"),
        "{diff}"
    );
    assert!(
        diff.contains("+GOPROXY=https://goproxy.cn,direct"),
        "{diff}"
    );
}

#[test]
fn an_os_variable_that_shadows_the_write_is_named() {
    let fixes = [Fix::safe(
        said("x"),
        vec![Action::go_env_set("GOPROXY", "https://goproxy.cn,direct")],
    )];
    let p = preview(
        &fixes,
        &target(),
        &env(&[("GOPROXY", "https://proxy.golang.org")]),
        &files(&[]),
    );
    assert_eq!(states(&p), [StepState::Pending]);
    assert!(detail(&p.steps[0]).contains("OS environment sets GOPROXY"));
    assert_eq!(
        p.changes[0].before, None,
        "a missing go env file is created by go"
    );
}

#[test]
fn unset_of_an_absent_key_is_already_done_and_goenv_off_is_refused() {
    let fixes = [Fix::safe(said("x"), vec![Action::go_env_unset("GOSUMDB")])];
    let p = preview(
        &fixes,
        &target(),
        &env(&[]),
        &files(&[(GOENV, "GOPROXY=x\n")]),
    );
    assert_eq!(states(&p), [StepState::AlreadyDone]);
    let off = GoEnvTarget::Unavailable(msg::go_env_unavailable_off());
    let p = preview(&fixes, &off, &env(&[]), &files(&[]));
    assert_eq!(states(&p), [StepState::Refused]);
    assert!(detail(&p.steps[0]).starts_with("GOENV=off"));
}

#[test]
fn settings_edits_create_missing_files_and_refuse_broken_ones() {
    let fixes = [Fix::safe(
        said("align"),
        vec![
            Action::settings_set(
                "/u/settings.json",
                "go.toolsEnvVars",
                "GOPROXY",
                "https://goproxy.cn,direct",
            ),
            Action::settings_set(
                "/w/broken.json",
                "go.toolsEnvVars",
                "GOPROXY",
                "https://goproxy.cn,direct",
            ),
            Action::settings_remove("/w/x.code-workspace", "go.toolsEnvVars", "GOSUMDB"),
        ],
    )];
    let read = files(&[
        ("/w/broken.json", "{ \"a\": 1,, }"),
        (
            "/w/x.code-workspace",
            "{\n  // mine\n  \"settings\": { \"go.toolsEnvVars\": { \"GOSUMDB\": \"off\" } }\n}\n",
        ),
    ]);
    let p = preview(&fixes, &target(), &env(&[]), &read);
    assert_eq!(
        states(&p),
        [StepState::Pending, StepState::Refused, StepState::Pending]
    );
    assert!(detail(&p.steps[0]).contains("will be created"));
    assert!(detail(&p.steps[1]).contains("does not parse"));
    let paths: Vec<_> = p
        .changes
        .iter()
        .map(|c| c.path.display().to_string())
        .collect();
    assert_eq!(
        paths,
        ["/u/settings.json", "/w/x.code-workspace"],
        "the broken file is not changed"
    );
    assert!(p.changes[1].after.contains("// mine"));
    assert!(!p.changes[1].after.contains("GOSUMDB"));
}

#[test]
fn manual_fixes_and_redacted_values_are_never_performed() {
    let fixes = [
        Fix::manual(
            said("by hand"),
            vec![Action::go_env_set("GOPROXY", "https://goproxy.cn")],
        ),
        Fix::safe(
            said("redacted"),
            vec![Action::go_env_set(
                "GOPROXY",
                "https://***@corp.example/proxy",
            )],
        ),
        Fix::safe(said("shell"), vec![Action::shell("unset GOPROXY")]),
    ];
    let p = preview(&fixes, &target(), &env(&[]), &files(&[]));
    assert_eq!(
        states(&p),
        [StepState::Manual, StepState::Refused, StepState::Manual]
    );
    assert!(p.changes.is_empty());
}

#[cfg(unix)]
#[test]
fn as_root_another_users_workspace_file_or_folder_is_not_written() {
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        return; // the rule is about root, and only root can give files away
    }
    let dir = tempfile::tempdir().unwrap();
    let vscode = dir.path().join("ws/.vscode");
    std::fs::create_dir_all(&vscode).unwrap();
    let file = vscode.join("settings.json");
    assert_eq!(super::another_users_file_as_root(&file), None, "root's own");
    std::os::unix::fs::chown(&vscode, Some(1234), Some(1234)).unwrap();
    let why = super::another_users_file_as_root(&file)
        .expect("refused")
        .render(Lang::En);
    assert!(
        why.starts_with("not created") && why.contains("owned by uid 1234"),
        "{why}"
    );
    std::fs::write(&file, "{}").unwrap();
    std::os::unix::fs::chown(&file, Some(1234), Some(1234)).unwrap();
    let why = super::another_users_file_as_root(&file)
        .expect("refused")
        .render(Lang::En);
    assert!(
        why.starts_with("not written") && why.contains("owned by uid 1234"),
        "{why}"
    );
    // Through a link, the target's owner counts.
    let own = dir.path().join("root.code-workspace");
    std::fs::write(&own, "{}").unwrap();
    let link = dir.path().join("ws/x.code-workspace");
    std::os::unix::fs::symlink(&file, &link).unwrap();
    assert!(super::another_users_file_as_root(&link).is_some());
    assert_eq!(super::another_users_file_as_root(&own), None);
}
