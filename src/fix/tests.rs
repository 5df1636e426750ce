use super::*;
use crate::checks::CheckId;
use crate::checks::vscode::facts::{EnvFacts, VscodeFacts, WindowFacts};
use crate::codes;
use crate::fix::messages::said;
use crate::model::{Action, Finding};
use crate::results::CheckStatus;

fn check(id: CheckId, findings: Vec<Finding>, facts: Option<Facts>) -> CheckResult {
    CheckResult {
        id,
        title: Default::default(),
        status: CheckStatus::Error,
        duration_ms: 0,
        summary: Default::default(),
        findings,
        facts,
    }
}

#[test]
fn identical_actions_appear_once() {
    let fix = |d: &str| Fix::safe(said(d), vec![Action::go_env_unset("GOPROXY")]);
    let findings = vec![
        Finding::new(&codes::GO_ENV_GOPROXY_OFF, said("a")).fix(fix("one")),
        Finding::new(&codes::GO_ENV_GOPROXY_INVALID, said("b")).fix(fix("two")),
        Finding::new(&codes::GO_ENV_OS_ENV_OVERRIDE, said("d")).fix(Fix::manual(
            said("three"),
            vec![
                Action::shell("unset GOPROXY"),
                Action::go_env_unset("GOPROXY"),
            ],
        )),
        Finding::new(&codes::GO_ENV_GOSUMDB_OFF, said("c")).fix(Fix::manual(
            said("x"),
            vec![Action::go_env_unset("GOSUMDB")],
        )),
    ];
    let checks = [check(CheckId::GoEnv, findings, None)];
    let plan = plan(
        &checks,
        &crate::diagnose::diagnose(&checks),
        &Choices::default(),
    );
    let descriptions: Vec<String> = plan.iter().map(|f| f.description.to_string()).collect();
    // The diagnosis orders the plan: an invalid GOPROXY is named before GOPROXY=off, so its
    // fix keeps the shared action.
    assert_eq!(descriptions, ["two", "three", "x"]);
    assert_eq!(plan[1].actions, vec![Action::shell("unset GOPROXY")]);
}

fn mirror_fix() -> Finding {
    Finding::new(&codes::CONNECTIVITY_GOPROXY_UNREACHABLE, said("blocked")).fix(Fix::safe(
        said("use https://goproxy.cn"),
        vec![Action::go_env_set("GOPROXY", "https://goproxy.cn,direct")],
    ))
}

#[test]
fn choices_replace_measured_values_or_add_them() {
    let checks = [check(CheckId::Connectivity, vec![mirror_fix()], None)];
    let choices = Choices::new(Some("https://mirror.corp/"), Some("sum.golang.google.cn")).unwrap();
    let plan = plan(&checks, &crate::diagnose::diagnose(&checks), &choices);
    assert_eq!(
        planned_go_env(&plan, "GOPROXY").as_deref(),
        Some("https://mirror.corp,direct")
    );
    assert_eq!(
        planned_go_env(&plan, "GOSUMDB").as_deref(),
        Some("sum.golang.google.cn")
    );
    assert_eq!(plan.len(), 2, "{plan:?}");
    assert_eq!(plan[1].description, "set GOSUMDB as --sumdb asks");
}

#[test]
fn a_chosen_value_is_written_even_when_only_a_manual_fix_mentions_it() {
    let shadowed = Finding::new(&codes::GO_ENV_GOPROXY_OFF, said("off")).fix(Fix::manual(
        said("remove it from the shell"),
        vec![
            Action::shell("unset GOPROXY"),
            Action::go_env_set("GOPROXY", "https://proxy.golang.org,direct"),
        ],
    ));
    let choices = Choices::new(Some("https://goproxy.cn"), None).unwrap();
    let checks = [check(CheckId::GoEnv, vec![shadowed], None)];
    let plan = plan(&checks, &crate::diagnose::diagnose(&checks), &choices);
    // The manual fix keeps its shell step; the write moves to the safe fix that apply performs.
    assert_eq!(plan.len(), 2, "{plan:#?}");
    assert_eq!(plan[0].actions, vec![Action::shell("unset GOPROXY")]);
    assert_eq!(plan[1].applicability, Applicability::Safe);
    assert_eq!(plan[1].description, "set GOPROXY as --proxy asks");
    assert_eq!(
        plan[1].actions,
        vec![Action::go_env_set("GOPROXY", "https://goproxy.cn,direct")]
    );
}

#[test]
fn choices_are_validated_like_go() {
    assert!(Choices::new(Some("off"), None).is_err());
    assert!(
        Choices::new(None, Some("off"))
            .unwrap_err()
            .contains("never")
    );
    assert!(Choices::new(None, Some("a b c")).is_err());
    assert_eq!(
        Choices::new(Some("https://a.example|https://b.example"), None)
            .unwrap()
            .proxy
            .as_deref(),
        Some("https://a.example|https://b.example")
    );
    assert_eq!(
        Choices::new(Some("direct"), None).unwrap().proxy.as_deref(),
        Some("direct")
    );
}

fn vscode_with(values: &[(&str, &str, &str)]) -> CheckResult {
    let variables = values
        .iter()
        .map(|(file, name, value)| EnvFacts {
            name: name.to_string(),
            value: value.to_string(),
            file: file.to_string(),
            line: Some(3),
            setting: Some(TOOLS_ENV_VARS.into()),
        })
        .collect();
    let facts = VscodeFacts {
        windows: vec![WindowFacts {
            product: "Code".into(),
            layers: Vec::new(),
            variables,
            http_proxy: None,
        }],
        ..VscodeFacts::default()
    };
    check(CheckId::Vscode, Vec::new(), Some(Facts::Vscode(facts)))
}

#[test]
fn editor_settings_follow_the_planned_go_env_value() {
    let mismatch = Finding::new(&codes::VSCODE_GOPROXY_MISMATCH, said("m")).fix(Fix::manual(
        said("give the tools go env's GOPROXY"),
        vec![Action::settings_set(
            "/u/settings.json",
            TOOLS_ENV_VARS,
            "GOPROXY",
            "https://proxy.golang.org,direct",
        )],
    ));
    let mut vscode = vscode_with(&[
        ("/u/settings.json", "GOPROXY", "https://old.example"),
        (
            "/w/.vscode/settings.json",
            "GOPROXY",
            "https://goproxy.cn,direct",
        ),
    ]);
    vscode.findings.push(mismatch);
    let checks = [
        check(CheckId::Connectivity, vec![mirror_fix()], None),
        vscode,
    ];
    let plan = plan(
        &checks,
        &crate::diagnose::diagnose(&checks),
        &Choices::default(),
    );
    // The mirror fix now also edits the user file; the stale manual edit is gone, and the file
    // that already agrees is left alone.
    assert_eq!(plan.len(), 1, "{plan:#?}");
    assert_eq!(
        plan[0].actions,
        vec![
            Action::go_env_set("GOPROXY", "https://goproxy.cn,direct"),
            Action::settings_set(
                "/u/settings.json",
                TOOLS_ENV_VARS,
                "GOPROXY",
                "https://goproxy.cn,direct"
            ),
        ]
    );
}

#[test]
fn without_a_planned_change_editor_fixes_stay_as_the_rules_made_them() {
    let vscode = vscode_with(&[("/u/settings.json", "GOPROXY", "https://old.example")]);
    let checks = [vscode];
    assert!(
        plan(
            &checks,
            &crate::diagnose::diagnose(&checks),
            &Choices::default()
        )
        .is_empty()
    );
}

#[test]
fn outstanding_drops_what_the_preview_finds_in_place() {
    use crate::fix::preview::GoEnvTarget;
    use std::path::{Path, PathBuf};
    let fixes = vec![
        Fix::safe(
            said("use https://goproxy.cn"),
            vec![
                Action::go_env_set("GOPROXY", "https://goproxy.cn,direct"),
                Action::go_env_set("GOSUMDB", "sum.golang.google.cn"),
            ],
        ),
        Fix::safe(
            said("already there"),
            vec![Action::go_env_set("GOFLAGS", "-mod=mod")],
        ),
        Fix::manual(
            said("by hand"),
            vec![
                Action::shell("unset GOPROXY"),
                Action::go_env_set("GOFLAGS", "-mod=mod"),
            ],
        ),
    ];
    let env_file = PathBuf::from("/u/.config/go/env");
    let read = |p: &Path| -> std::io::Result<Option<String>> {
        Ok((p == Path::new("/u/.config/go/env"))
            .then(|| "GOPROXY=https://goproxy.cn,direct\nGOFLAGS=-mod=mod\n".to_string()))
    };
    let left = outstanding(
        &fixes,
        &GoEnvTarget::File(env_file),
        &crate::platform::EnvMap::new(),
        &read,
    );
    let descriptions: Vec<String> = left.iter().map(|f| f.description.to_string()).collect();
    assert_eq!(descriptions, ["use https://goproxy.cn", "by hand"]);
    assert_eq!(
        left[0].actions,
        vec![Action::go_env_set("GOSUMDB", "sum.golang.google.cn")]
    );
    // The manual fix keeps its shell step, not the write the file already holds.
    assert_eq!(left[1].actions, vec![Action::shell("unset GOPROXY")]);
    assert_eq!(left[1].applicability, Applicability::Manual);
}
