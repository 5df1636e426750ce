//! Rules that need the facts of more than one check. They run after every check has finished
//! and add their findings to the check they belong to.

use crate::checks::CheckId;
use crate::checks::Facts;
use crate::checks::connectivity::facts::ConnectivityFacts;
use crate::checks::connectivity::facts::Verdict;
use crate::checks::dns::facts::DnsFacts;
use crate::checks::dns::rules::{NeededHost, NeededWhy, lookup_failed};
use crate::checks::go_env::facts::GoEnvFacts;
use crate::checks::hosts::facts::HostsFacts;
use crate::go::goproxy::{self, ProxyEntry};
use crate::go::gosumdb::{self, SumDb};
use crate::model::Action;
use crate::results::{CheckResult, CheckStatus};

mod causes;
pub(crate) mod messages;

use crate::i18n::Message;
use messages as msg;

/// Applies every cross-check rule.
pub fn apply(checks: &mut [CheckResult]) {
    let go_env = checks.iter().find_map(|c| match &c.facts {
        Some(Facts::GoEnv(f)) => Some(f.clone()),
        _ => None,
    });
    let hosts = checks.iter().find_map(|c| match &c.facts {
        Some(Facts::Hosts(f)) => Some(f.clone()),
        _ => None,
    });
    let connectivity = checks.iter().find_map(|c| match &c.facts {
        Some(Facts::Connectivity(f)) => Some(f.clone()),
        _ => None,
    });
    if let (Some(conn), Some(vscode)) = (
        connectivity.as_ref(),
        checks.iter_mut().find(|c| c.id == CheckId::Vscode),
    ) {
        annotate_goproxy_mismatch(vscode, conn);
    }
    if let (Some(go_env), Some(conn)) = (
        go_env.as_ref(),
        checks.iter_mut().find(|c| c.id == CheckId::Connectivity),
    ) {
        point_at_proxy_startup_lines(conn, go_env);
    }
    if let Some(dns) = checks.iter_mut().find(|c| c.id == CheckId::Dns)
        && let Some(Facts::Dns(facts)) = &dns.facts
    {
        let findings = dns_lookup_failed(facts, go_env.as_ref(), hosts.as_ref());
        if !findings.is_empty() {
            dns.findings.extend(findings);
            dns.status = CheckStatus::from_findings(&dns.findings);
        }
    }
    if let Some(conn) = connectivity.as_ref() {
        bound_by_verdict(checks, conn);
        causes::pins_that_break_go(checks, conn);
        if let Some(go_env) = go_env.as_ref() {
            causes::overrides_that_break_go(checks, go_env, conn);
        }
    }
    if let Some(go_env) = go_env.as_ref() {
        workspace_offline(checks, go_env);
    }
}

/// With every module the workspace's go.mod requires already on this machine (module cache
/// with go.sum lines, or vendor), go builds it without the network: a proxy or checksum
/// database that does not work stops only new modules.
fn workspace_offline(checks: &mut [CheckResult], go_env: &GoEnvFacts) {
    let Some(m) = go_env
        .workspace
        .as_ref()
        .and_then(|w| w.modules.as_ref())
        .filter(|m| m.required > 0 && m.available == m.required)
    else {
        return;
    };
    let from = if m.vendored { "vendor" } else { "cache" };
    const OFFLINE_OK: &[&str] = &[
        "connectivity.goproxy-unreachable",
        "connectivity.sumdb-unreachable",
        "connectivity.proxy-env-unreachable",
        "go-env.goproxy-off",
    ];
    for check in checks.iter_mut() {
        let mut changed = false;
        for f in check.findings.iter_mut().filter(|f| {
            f.severity == crate::model::Severity::Error && OFFLINE_OK.contains(&f.code.as_str())
        }) {
            f.severity = crate::model::Severity::Warning;
            f.message = msg::offline_ok(f.message.clone(), m.required, from);
            changed = true;
        }
        if changed {
            check.status = CheckStatus::from_findings(&check.findings);
        }
    }
}

/// Severity is the effect on Go: when this run measured Go's own path working for the probe
/// module (downloads, and checksums unless off or exempt), a hosts or DNS problem cannot be
/// breaking it today. It stays a warning: it breaks whatever takes another path.
fn bound_by_verdict(checks: &mut [CheckResult], conn: &ConnectivityFacts) {
    let Verdict::Works { via } = &conn.downloads else {
        return;
    };
    let (checksums, sums_via) = match &conn.checksums {
        Verdict::Works { via } => ("works", via.as_str()),
        Verdict::Disabled => ("off", ""),
        Verdict::Skipped { .. } => ("skipped", ""),
        _ => return,
    };
    let evidence = msg::go_path_works(via.as_str(), checksums, sums_via);
    for check in checks
        .iter_mut()
        .filter(|c| matches!(c.id, CheckId::Hosts | CheckId::Dns))
    {
        let mut changed = false;
        for f in check
            .findings
            .iter_mut()
            .filter(|f| f.severity == crate::model::Severity::Error)
        {
            f.severity = crate::model::Severity::Warning;
            f.evidence.push(evidence.clone().into());
            changed = true;
        }
        if changed {
            check.status = CheckStatus::from_findings(&check.findings);
        }
    }
}

/// A dead HTTPS_PROXY is removed by hand: add the startup-file lines that set it (found by the
/// go-env probe) to the `unset` of the connectivity fix.
fn point_at_proxy_startup_lines(conn: &mut CheckResult, go_env: &GoEnvFacts) {
    let lines: Vec<Action> = go_env
        .shell_assignments
        .iter()
        .filter(|a| a.name.eq_ignore_ascii_case("HTTPS_PROXY"))
        .map(|a| Action::remove_line(&a.file, a.line, &a.text))
        .collect();
    if lines.is_empty() {
        return;
    }
    for fix in conn
        .findings
        .iter_mut()
        .filter(|f| f.code == crate::codes::CONNECTIVITY_PROXY_ENV_UNREACHABLE.code)
        .filter_map(|f| f.fix.as_mut())
    {
        fix.actions.extend(lines.iter().cloned());
    }
}

/// Whether the first proxy of a GOPROXY list served the module protocol in this run, in
/// words, and `true` when it did.
fn measured(goproxy: &str, conn: &ConnectivityFacts) -> (Message, bool) {
    let Some(first) = goproxy::parse(goproxy)
        .ok()
        .and_then(|l| l.urls().next().map(str::to_string))
    else {
        return (
            msg::measured_no_proxy(crate::redact::redact(goproxy)),
            false,
        );
    };
    let first = crate::redact::redact(first.trim_end_matches('/'));
    match conn
        .targets
        .iter()
        .find(|t| t.url.eq_ignore_ascii_case(&first))
    {
        Some(t) if t.serves_protocol => {
            (msg::measured_works(first, t.latency_ms.unwrap_or(0)), true)
        }
        Some(t) => (
            msg::measured_failed(
                first,
                crate::checks::connectivity::verdict::describe_failure(t),
            ),
            false,
        ),
        None => (msg::measured_not_probed(first), false),
    }
}

/// `vscode.goproxy-mismatch` says which of the two values works, when connectivity measured
/// them.
fn annotate_goproxy_mismatch(vscode: &mut CheckResult, conn: &ConnectivityFacts) {
    let Some(Facts::Vscode(facts)) = &vscode.facts else {
        return;
    };
    let editor: Vec<String> = facts
        .windows
        .iter()
        .flat_map(|w| &w.variables)
        .filter(|v| v.name == "GOPROXY" && v.setting.is_some())
        .map(|v| v.value.clone())
        .collect();
    let terminal = facts.go_env_goproxy.clone();
    let checksums_work = matches!(conn.checksums, Verdict::Works { .. });
    for finding in vscode
        .findings
        .iter_mut()
        .filter(|f| f.code == crate::codes::VSCODE_GOPROXY_MISMATCH.code)
    {
        if finding.message.text_arg("variable") == Some("GOSUMDB") {
            finding
                .evidence
                .push(msg::checksums_in_run(if checksums_work { "yes" } else { "no" }).into());
            promote_if(finding, checksums_work);
            continue;
        }
        let shown = finding.message.text_arg("editor_value");
        if let Some(value) = editor.iter().find(|v| Some(v.as_str()) == shown) {
            finding
                .evidence
                .push(msg::editor_value(measured(value, conn).0).into());
        }
        if let Some(value) = &terminal {
            let (measurement, works) = measured(value, conn);
            finding.evidence.push(msg::go_env_value(measurement).into());
            promote_if(finding, works);
        }
    }
}

/// The mismatch fix gives the editor go env's value: safe once this run saw that value work.
fn promote_if(finding: &mut crate::model::Finding, works: bool) {
    if let Some(fix) = finding.fix.as_mut().filter(|_| works) {
        fix.applicability = crate::model::Applicability::Safe;
    }
}

/// The hosts the current settings make Go contact first: the first GOPROXY proxy, and the
/// checksum database when Go fetches it directly. Without go-env facts, Go's defaults.
pub fn needed_hosts(go_env: Option<&GoEnvFacts>) -> Vec<NeededHost> {
    let (goproxy, gosumdb) = match go_env.filter(|f| !f.variables.is_empty()) {
        Some(f) => (
            f.value("GOPROXY").to_string(),
            f.value("GOSUMDB").to_string(),
        ),
        None => (
            "https://proxy.golang.org,direct".to_string(),
            "sum.golang.org".to_string(),
        ),
    };
    let mut needed = Vec::new();
    let list = goproxy::parse(&goproxy).ok();
    let first_proxy = list
        .as_ref()
        .and_then(|l| l.urls().next().map(str::to_string));
    if let Some(host) = first_proxy.as_deref().and_then(goproxy::host_of) {
        needed.push(NeededHost {
            name: host.to_string(),
            why: NeededWhy::FirstProxy,
        });
    }
    let has_proxy = list.as_ref().is_some_and(|l| {
        l.entries
            .iter()
            .any(|e| matches!(e, ProxyEntry::Url { .. }))
    });
    match gosumdb::parse(&gosumdb) {
        Ok(SumDb::Database { url: Some(url), .. }) => {
            if let Some(host) = goproxy::host_of(&url) {
                needed.push(NeededHost {
                    name: host.to_string(),
                    why: NeededWhy::SumdbUrl,
                });
            }
        }
        // Without a proxy, Go fetches the database from its own name.
        Ok(SumDb::Database { name, url: None }) if !has_proxy => {
            let host = name.split('/').next().unwrap_or(&name).to_string();
            needed.push(NeededHost {
                name: host,
                why: NeededWhy::SumdbDirect,
            });
        }
        _ => {}
    }
    needed.dedup_by(|a, b| a.name == b.name);
    needed
}

fn dns_lookup_failed(
    facts: &DnsFacts,
    go_env: Option<&GoEnvFacts>,
    hosts: Option<&HostsFacts>,
) -> Vec<crate::model::Finding> {
    let needed = needed_hosts(go_env);
    let answered_by_hosts = |name: &str| {
        hosts.is_some_and(|h| {
            h.lookup_order.hosts_first()
                && h.go_hosts
                    .iter()
                    .any(|g| g.name.eq_ignore_ascii_case(name) && !g.go_answer.is_empty())
        })
    };
    lookup_failed(facts, &needed, answered_by_hosts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::go_env::facts::{Source, Variable};

    fn go_env(goproxy: &str, gosumdb: &str) -> GoEnvFacts {
        let var = |name: &str, value: &str| Variable {
            name: name.into(),
            value: value.into(),
            source: Source::Default,
            os_value: None,
            file_value: None,
            file_line: None,
        };
        GoEnvFacts {
            variables: vec![var("GOPROXY", goproxy), var("GOSUMDB", gosumdb)],
            ..GoEnvFacts::default()
        }
    }

    fn names(n: &[NeededHost]) -> Vec<&str> {
        n.iter().map(|h| h.name.as_str()).collect()
    }

    #[test]
    fn needed_hosts_follow_go_settings() {
        assert_eq!(names(&needed_hosts(None)), ["proxy.golang.org"]);
        assert_eq!(
            names(&needed_hosts(Some(&go_env(
                "https://goproxy.cn,direct",
                "sum.golang.google.cn"
            )))),
            ["goproxy.cn", "sum.golang.google.cn"]
        );
        assert_eq!(
            names(&needed_hosts(Some(&go_env("direct", "sum.golang.org")))),
            ["sum.golang.org"]
        );
        assert_eq!(
            names(&needed_hosts(Some(&go_env("off", "off")))),
            Vec::<&str>::new()
        );
    }

    fn check(id: CheckId, findings: Vec<crate::model::Finding>) -> CheckResult {
        CheckResult::with_findings(id, findings)
    }

    fn conn(downloads: Verdict, checksums: Verdict) -> ConnectivityFacts {
        ConnectivityFacts {
            probe_module: "golang.org/x/text".into(),
            trust_roots: String::new(),
            goproxy: String::new(),
            gosumdb: String::new(),
            https_proxy: None,
            targets: vec![],
            downloads,
            checksums,
            ranking: vec![],
        }
    }

    #[test]
    fn hosts_and_dns_errors_yield_to_a_working_go_path() {
        let sinkhole = crate::model::Finding::new(
            &crate::codes::HOSTS_SINKHOLE,
            "sum.golang.org is mapped to 0.0.0.0",
        );
        let mut checks = vec![check(CheckId::Hosts, vec![sinkhole.clone()])];
        let works = Verdict::Works {
            via: "https://goproxy.cn".into(),
        };
        bound_by_verdict(
            &mut checks,
            &conn(
                works.clone(),
                Verdict::Works {
                    via: "https://goproxy.cn/sumdb/sum.golang.org".into(),
                },
            ),
        );
        assert_eq!(
            checks[0].findings[0].severity,
            crate::model::Severity::Warning
        );
        assert_eq!(checks[0].status, CheckStatus::Warning);
        // Checksums failing: the sinkhole may be the cause and stays an error.
        let mut checks = vec![check(CheckId::Hosts, vec![sinkhole])];
        bound_by_verdict(
            &mut checks,
            &conn(
                works,
                Verdict::Fails {
                    at: "https://sum.golang.org".into(),
                    reason: "refused".into(),
                },
            ),
        );
        assert_eq!(
            checks[0].findings[0].severity,
            crate::model::Severity::Error
        );
    }

    #[test]
    fn a_workspace_whose_modules_are_all_here_works_offline() {
        use crate::checks::go_env::facts::{ModuleCoverage, WorkspaceFacts};
        let off = crate::model::Finding::new(
            &crate::codes::GO_ENV_GOPROXY_OFF,
            "GOPROXY=off (OS environment): the go command will not download any module",
        );
        let mut facts = go_env("off", "sum.golang.org");
        facts.workspace = Some(WorkspaceFacts {
            dir: "/w".into(),
            file: Some("/w/go.mod".into()),
            go_directive: None,
            toolchain_directive: None,
            error: None,
            modules: Some(ModuleCoverage {
                required: 2,
                available: 2,
                vendored: false,
                missing: vec![],
            }),
        });
        let mut checks = vec![check(CheckId::GoEnv, vec![off.clone()])];
        workspace_offline(&mut checks, &facts);
        assert_eq!(
            checks[0].findings[0].severity,
            crate::model::Severity::Warning
        );
        assert!(
            checks[0].findings[0]
                .message
                .to_string()
                .contains("new modules will not download")
        );
        // One module missing: go needs the network, the error stays.
        if let Some(m) = facts.workspace.as_mut().and_then(|w| w.modules.as_mut()) {
            m.available = 1;
        }
        let mut checks = vec![check(CheckId::GoEnv, vec![off])];
        workspace_offline(&mut checks, &facts);
        assert_eq!(
            checks[0].findings[0].severity,
            crate::model::Severity::Error
        );
    }
}
