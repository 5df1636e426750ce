//! Fix plans: the fixes attached to findings, gathered and de-duplicated. Applying them is
//! `godiag fix --apply` (a later issue); `check` only shows the plan.

use std::collections::HashSet;

use crate::model::{CheckResult, Fix};

/// The fixes of all findings, in report order, with every action once: an action already
/// planned by an earlier fix is dropped from later ones, and a fix left with no action is
/// dropped whole. Running the plan top to bottom therefore never repeats a step.
pub fn plan(checks: &[CheckResult]) -> Vec<Fix> {
    let mut seen: HashSet<String> = HashSet::new();
    checks
        .iter()
        .flat_map(|c| &c.findings)
        .filter_map(|f| f.fix.as_ref())
        .filter_map(|fix| {
            let actions: Vec<_> = fix
                .actions
                .iter()
                .filter(|a| seen.insert(a.command().to_string()))
                .cloned()
                .collect();
            (!actions.is_empty()).then(|| Fix {
                actions,
                ..fix.clone()
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::CheckId;
    use crate::codes;
    use crate::model::{Action, CheckStatus, Finding};

    #[test]
    fn identical_actions_appear_once() {
        let fix = |d: &str| Fix::safe(d, vec![Action::go_env_unset("GOPROXY")]);
        let findings = vec![
            Finding::new(&codes::GO_ENV_GOPROXY_OFF, "a").fix(fix("one")),
            Finding::new(&codes::GO_ENV_GOPROXY_INVALID, "b").fix(fix("two")),
            Finding::new(&codes::GO_ENV_OS_ENV_OVERRIDE, "d").fix(Fix::manual(
                "three",
                vec![
                    Action::shell("unset GOPROXY"),
                    Action::go_env_unset("GOPROXY"),
                ],
            )),
            Finding::new(&codes::GO_ENV_GOSUMDB_OFF, "c")
                .fix(Fix::manual("x", vec![Action::go_env_unset("GOSUMDB")])),
        ];
        let check = CheckResult {
            id: CheckId::GoEnv,
            title: String::new(),
            status: CheckStatus::Error,
            duration_ms: 0,
            summary: String::new(),
            findings,
            facts: None,
        };
        let plan = plan(&[check]);
        let descriptions: Vec<&str> = plan.iter().map(|f| f.description.as_str()).collect();
        assert_eq!(descriptions, ["one", "three", "x"]);
        assert_eq!(plan[1].actions, vec![Action::shell("unset GOPROXY")]);
    }
}
