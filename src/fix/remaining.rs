//! What `fix --apply` left undone: the error findings of the checks as they stand after the
//! apply (a check run again replaces its earlier result), each with the reason godiag did not
//! fix it. Pure: the exit code and the "Not fixed" list come from it.

use super::messages as msg;
use super::model::{Reason, Remaining, Step, StepState};
use crate::i18n::Value;
use crate::model::{Applicability, Finding, Severity};
use crate::results::{CheckStatus, Report};

/// The errors still present: those of `after` for the checks it ran again, those of `before`
/// for the others.
pub fn remaining(before: &Report, after: Option<&Report>, steps: &[Step]) -> Vec<Remaining> {
    before
        .checks
        .iter()
        .map(|then| {
            after
                .and_then(|a| {
                    a.checks
                        .iter()
                        .find(|c| c.id == then.id && c.status != CheckStatus::Skipped)
                })
                .unwrap_or(then)
        })
        .flat_map(|c| &c.findings)
        .filter(|f| f.severity == Severity::Error)
        .map(|f| Remaining {
            code: f.code.to_string(),
            message: f.message.clone(),
            location: f.location.clone(),
            reason: reason(f, steps),
        })
        .collect()
}

fn reason(finding: &Finding, steps: &[Step]) -> Reason {
    let Some(fix) = &finding.fix else {
        return Reason::ByHand {
            code: finding.code,
            location: finding.location.clone(),
        };
    };
    if fix.applicability == Applicability::Manual {
        return Reason::Said(msg::not_fixed_manual(fix.description.clone()));
    }
    let own: Vec<&Step> = steps
        .iter()
        .filter(|s| {
            fix.actions
                .iter()
                .any(|a| a.command() == s.action.command())
        })
        .collect();
    if let Some(s) = own.iter().find(|s| {
        matches!(
            s.state,
            StepState::Failed | StepState::Refused | StepState::Ineffective
        )
    }) {
        let detail = s
            .detail
            .clone()
            .map_or_else(|| Value::from(""), Value::from);
        let command =
            msg::action(&s.action).map_or_else(|| Value::from(s.action.command()), Value::from);
        return Reason::Said(msg::not_fixed_step(command, s.state.label(), detail));
    }
    if own.iter().any(|s| s.state == StepState::Applied) {
        return Reason::Said(msg::not_fixed_still_found());
    }
    Reason::Said(msg::not_fixed_in_place(fix.description.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::CheckId;
    use crate::codes;
    use crate::fix::messages::said;
    use crate::model::{Action, Fix, Location};
    use crate::results::CheckResult;

    fn report(findings: Vec<Finding>) -> Report {
        Report {
            schema_version: 1,
            godiag_version: String::new(),
            status: crate::results::ReportStatus::Error,
            duration_ms: 0,
            checks: vec![CheckResult::with_findings(CheckId::Vscode, findings)],
            diagnosis: Vec::new(),
            fixes: Vec::new(),
        }
    }

    #[test]
    fn an_error_without_a_fix_says_what_to_do_by_hand_and_where() {
        let dead = Finding::new(
            &codes::VSCODE_HTTP_PROXY_UNREACHABLE,
            said("http.proxy is dead"),
        )
        .location(Location::line("/u/settings.json", 3));
        let left = remaining(&report(vec![dead]), None, &[]);
        assert_eq!(left.len(), 1);
        assert_eq!(left[0].code, "vscode.http-proxy-unreachable");
        assert!(
            left[0].reason.to_string().contains("by hand")
                && left[0].reason.to_string().contains("http.proxy")
                && left[0].reason.to_string().contains("/u/settings.json:3"),
            "{}",
            left[0].reason
        );
    }

    #[test]
    fn a_check_run_again_replaces_its_findings_and_warnings_do_not_count() {
        let fix = Fix::safe(said("x"), vec![Action::go_env_unset("GOSUMDB")]);
        let before = report(vec![
            Finding::new(&codes::VSCODE_HTTP_PROXY_UNREACHABLE, said("dead")).fix(fix.clone()),
        ]);
        let after = report(vec![
            Finding::new(&codes::VSCODE_HTTP_PROXY_UNREACHABLE, said("dead"))
                .severity(Severity::Warning),
        ]);
        assert!(remaining(&before, Some(&after), &[]).is_empty());
        let step = Step {
            fix: said("x"),
            applicability: Applicability::Safe,
            action: Action::go_env_unset("GOSUMDB"),
            state: StepState::Ineffective,
            detail: Some(said("the OS environment overrides it")),
            skipped: false,
        };
        let left = remaining(&before, None, &[step]);
        assert_eq!(
            left[0].reason.message(),
            "`go env -u GOSUMDB` ineffective: the OS environment overrides it"
        );
    }
}
