//! The `connectivity` check: for each place the go command will contact, the path Go walks
//! (name -> addresses -> TCP -> TLS -> the module-proxy protocol), the layer where it breaks,
//! Go's verdict with its own fallback rules, and the fastest mirror that works.

pub mod facts;
pub mod messages;
pub mod probe;
pub mod problem;
pub mod render;
pub mod rules;
pub mod targets;
pub mod verdict;

use std::time::Duration;

use messages as msg;

use crate::checks::{Check, Outcome, Shared};
use crate::config::Inputs;
use crate::i18n::Message;
use crate::model::{CodeInfo, millis};

/// The `connectivity` check in the registry.
pub struct ConnectivityCheck;

impl Check for ConnectivityCheck {
    type Facts = facts::ConnectivityFacts;
    const NEEDS_NETWORK: bool = true;

    fn internal_error() -> &'static CodeInfo {
        &crate::codes::CONNECTIVITY_INTERNAL_ERROR
    }

    /// It first needs go env's settings (shared with the go-env check), then one deadline
    /// per target covers every layer.
    fn budget(inputs: &Inputs) -> Duration {
        inputs.go_env.timeout + inputs.connectivity.timeout + Duration::from_millis(500)
    }

    async fn run(inputs: &Inputs, shared: &Shared) -> Outcome<Self::Facts> {
        run(inputs, shared).await
    }

    fn fact_lines(facts: &Self::Facts) -> Vec<String> {
        render::fact_lines(facts)
    }
}

async fn run(inputs: &Inputs, shared: &Shared) -> Outcome<facts::ConnectivityFacts> {
    let facts = probe::probe(inputs, shared).await;
    let gomodcache = shared
        .go_env(inputs)
        .await
        .variable("GOMODCACHE")
        .map(|v| v.value.clone())
        .filter(|v| !v.is_empty());
    let cfg = rules::RuleConfig {
        slow_ms: millis(inputs.connectivity.slow),
        gomodcache,
    };
    let findings = rules::evaluate(&facts, &cfg);
    Outcome {
        summary: summary(&facts),
        findings,
        facts,
    }
}

fn summary(f: &facts::ConnectivityFacts) -> Message {
    use facts::Verdict;
    let downloads = match &f.downloads {
        Verdict::Works { via } => msg::summary_downloads_work(via),
        Verdict::Fails { at, .. } => msg::summary_downloads_fail(at),
        Verdict::Disabled => msg::summary_downloads_off(),
        Verdict::Invalid => msg::summary_downloads_invalid(),
        Verdict::Unknown { reason } => msg::summary_downloads_unknown(reason.clone()),
        Verdict::Skipped { .. } => msg::summary_downloads_skipped(),
    };
    let sums = match &f.checksums {
        Verdict::Works { via } => msg::summary_sums_work(via),
        Verdict::Fails { at, .. } => msg::summary_sums_fail(at),
        Verdict::Disabled => msg::summary_sums_off(),
        Verdict::Invalid => msg::summary_sums_invalid(),
        Verdict::Unknown { .. } => msg::summary_sums_unknown(),
        Verdict::Skipped { .. } => msg::summary_sums_skipped(),
    };
    msg::summary(downloads, sums, f.ranking.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn the_summary_in_both_languages() {
        let mut f = facts::fixtures::dead_pinned_goproxy_cn("hosts-file");
        f.checksums = facts::Verdict::Skipped {
            reason: msg::reason_gonosumdb("golang.org/x/text", "golang.org/x"),
        };
        let s = summary(&f);
        assert_eq!(
            s.render(Lang::En),
            "downloads fail at https://goproxy.cn; checksum lookups skipped (GONOSUMDB); 0 working proxies"
        );
        assert_eq!(
            s.render(Lang::ZhCn),
            "下载卡在 https://goproxy.cn；已跳过校验和查询（GONOSUMDB）；0 个可用的模块代理"
        );
        f.downloads = facts::Verdict::Unknown {
            reason: msg::reason_no_settings(),
        };
        assert!(
            summary(&f)
                .render(Lang::ZhCn)
                .starts_with("无法判断下载情况：go env 没有及时给出 GOPROXY 和 GOSUMDB")
        );
    }
}
