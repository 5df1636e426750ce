//! The connectivity facts as text, for `godiag check --verbose`, in the language of the current
//! rendering.

use super::facts::ConnectivityFacts;
use super::messages::{self as msg, yes_no};
use super::verdict::describe_failure;

/// `text` padded with spaces to `columns` display columns (a Chinese character takes two).
fn pad(text: &str, columns: usize) -> String {
    let width = unicode_width::UnicodeWidthStr::width(text);
    format!("{text}{}", " ".repeat(columns.saturating_sub(width)))
}

/// The facts as indented `name: value` lines, for `--verbose`.
pub fn fact_lines(f: &ConnectivityFacts) -> Vec<String> {
    let mut lines = vec![msg::fact_heading().to_string()];
    lines.push(format!("  {}", msg::fact_trust_roots(&f.trust_roots)));
    if let Some(p) = &f.https_proxy {
        lines.push(format!(
            "  {}",
            msg::fact_proxy(&p.variable, &p.url, yes_no(p.reachable))
        ));
    }
    for t in &f.targets {
        let head = format!(
            "  {} {}",
            pad(&t.url, 40),
            pad(&t.role.message().to_string(), 20)
        );
        let tail = if let Some(ms) = t.cut_short_ms {
            msg::fact_cut_short(ms)
        } else if t.failed_at.is_none() {
            let sumdb = yes_no(t.proxies_sumdb == Some(true));
            match t.latency_ms {
                Some(ms) => msg::fact_ok_ms(ms, sumdb),
                None => msg::fact_ok(sumdb),
            }
        } else {
            describe_failure(t)
        };
        lines.push(format!("{head} {tail}"));
    }
    if !f.ranking.is_empty() {
        lines.push(format!("  {}", msg::fact_ranking()));
        for (i, r) in f.ranking.iter().enumerate() {
            lines.push(format!(
                "    {}",
                msg::fact_ranked(i + 1, &r.url, r.latency_ms, yes_no(r.proxies_sumdb))
            ));
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::connectivity::facts::fixtures::dead_pinned_goproxy_cn;
    use crate::checks::connectivity::facts::{Ranked, Role};
    use crate::i18n::{Lang, in_lang};

    #[test]
    fn fact_lines_in_english_and_chinese() {
        let mut f = dead_pinned_goproxy_cn("hosts-file");
        f.ranking = vec![Ranked {
            url: "https://goproxy.io".into(),
            latency_ms: 80,
            proxies_sumdb: true,
        }];
        let en = in_lang(Lang::En, || fact_lines(&f));
        assert_eq!(
            en,
            [
                "facts:",
                "  trust roots system",
                &format!(
                    "  {:<40} {:<20} is unreachable: no TCP answer (1 address)",
                    "https://goproxy.cn", "GOPROXY entry"
                ),
                "  ranking (fastest working first):",
                "    1. https://goproxy.io 80 ms, proxies sumdb",
            ]
        );
        let zh = in_lang(Lang::ZhCn, || fact_lines(&f));
        assert_eq!(zh[0], "探测结果：");
        // "GOPROXY 代理" is 12 columns wide in 10 characters: padded to 20 columns.
        assert_eq!(
            zh[2],
            format!(
                "  {:<40} GOPROXY 代理{} 连不上：TCP 连接超时无响应（共 1 个地址）",
                "https://goproxy.cn",
                " ".repeat(8)
            )
        );
        assert_eq!(zh[4], "    1. https://goproxy.io 80 ms，代理校验和数据库");
        assert_eq!(Role::Storage.message().render(Lang::ZhCn), "zip 下载存储");
    }
}
