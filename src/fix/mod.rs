//! Fix plans: the fixes attached to findings, gathered and de-duplicated. Applying them is
//! `godiag fix --apply` (a later issue); `check` only shows the plan.

use std::collections::HashSet;

use crate::model::{CheckResult, Fix};

/// The fixes of all findings, in report order, each once. Two fixes are the same when they
/// would run the same commands, whatever their descriptions say.
pub fn plan(checks: &[CheckResult]) -> Vec<Fix> {
    let mut seen = HashSet::new();
    checks
        .iter()
        .flat_map(|c| &c.findings)
        .filter_map(|f| f.fix.as_ref())
        .filter(|fix| {
            let key: Vec<String> = fix.actions.iter().map(|a| a.command().to_string()).collect();
            seen.insert((fix.applicability, key))
        })
        .cloned()
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
            Finding::new(&codes::GO_ENV_GOSUMDB_OFF, "c").fix(Fix::manual("x", vec![Action::go_env_unset("GOSUMDB")])),
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
        assert_eq!(plan.len(), 2);
        assert_eq!(plan[0].description, "one");
    }
}
