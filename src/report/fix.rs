//! `godiag fix` output: the plan (steps, diffs, manual steps), what apply did, the checks
//! before and after, the verification, and what undo restored. Human text or JSON.

use std::fmt::Write as _;

use owo_colors::Style;

use super::human::{Painter, status_marker};
use super::json::{schema_text, to_redacted_json};
use crate::fix::messages as msg;
use crate::fix::model::{FixMode, FixReport, Restored, Step, StepState};
use crate::i18n::Message;
use crate::model::Fix;
use crate::redact::redact;
use crate::results::{CheckStatus, Report};

/// `fix --format json`: the report with every URL's userinfo redacted.
pub fn render_json(report: &FixReport) -> String {
    to_redacted_json(report)
}

/// The JSON Schema of [`FixReport`]; `schema/fix.schema.json` is this text.
pub fn schema() -> String {
    schema_text(&schemars::schema_for!(FixReport))
}

fn state_label(p: &Painter, state: StepState) -> String {
    paint_state(p, state, &state.label().to_string())
}

/// The width of the state column, in terminal columns.
const STATE_COLUMN: usize = 13;

/// `text` padded with spaces to `width` terminal columns (a Chinese character takes two).
fn pad(text: &str, width: usize) -> String {
    let used = unicode_width::UnicodeWidthStr::width(text);
    format!("{text}{}", " ".repeat(width.saturating_sub(used)))
}

/// `text`, padded to the state column and colored by `state`.
fn paint_state(p: &Painter, state: StepState, text: &str) -> String {
    let text = pad(text, STATE_COLUMN);
    match state {
        StepState::Applied => p.paint(&text, Style::new().green().bold()),
        StepState::Pending => p.paint(&text, Style::new().cyan().bold()),
        StepState::AlreadyDone | StepState::Manual => p.dim(&text),
        StepState::Ineffective | StepState::Refused => p.paint(&text, Style::new().yellow().bold()),
        StepState::Failed => p.paint(&text, Style::new().red().bold()),
    }
}

/// What a step does: the command, or for a settings edit its words in the output's language.
fn step_text(step: &Step) -> String {
    msg::action(&step.action).map_or_else(|| step.action.command().to_string(), |m| m.to_string())
}

fn write_step(out: &mut String, p: &Painter, step: &Step) {
    let _ = writeln!(
        out,
        "    {} {}",
        state_label(p, step.state),
        redact(&step_text(step))
    );
    if let Some(d) = &step.detail {
        let _ = writeln!(out, "    {:<13} {}", "", p.dim(&redact(&d.to_string())));
    }
}

/// The human text of `godiag fix` and `godiag fix --apply`.
pub fn render(report: &FixReport, color: bool) -> String {
    // Values from the user's files and programs reach the terminal escaped.
    let report = &super::scrub::scrub_fix_report(report);
    let p = Painter { color };
    let mut out = String::new();
    if let Some(before) = &report.before
        && !before.diagnosis.is_empty()
    {
        let heading = match report.mode {
            FixMode::Apply => "diagnosis-before",
            _ => "diagnosis",
        };
        let _ = writeln!(out, "{}", p.bold(&msg::heading(heading).to_string()));
        for d in &before.diagnosis {
            let _ = writeln!(out, "  {}", redact(&d.headline.to_string()));
        }
        out.push('\n');
    }

    let automatic: Vec<&Step> = report
        .steps
        .iter()
        .filter(|s| s.state != StepState::Manual)
        .collect();
    let manual: Vec<&Step> = report
        .steps
        .iter()
        .filter(|s| s.state == StepState::Manual)
        .collect();
    let heading = match report.mode {
        FixMode::Apply => "applied",
        _ => "plan",
    };
    let _ = writeln!(out, "{}", p.bold(&msg::heading(heading).to_string()));
    if automatic.is_empty() {
        let _ = writeln!(out, "  {}", msg::nothing_automatic());
    }
    let mut last_fix: Option<&Message> = None;
    for step in &automatic {
        if last_fix != Some(&step.fix) {
            let _ = writeln!(
                out,
                "  {}",
                p.dim(&format!("# {}", redact(&step.fix.to_string())))
            );
            last_fix = Some(&step.fix);
        }
        write_step(&mut out, &p, step);
    }

    if !report.diffs.is_empty() {
        let _ = writeln!(
            out,
            "\n{}",
            p.bold(
                &msg::heading(if report.mode == FixMode::Apply {
                    "changes-made"
                } else {
                    "changes"
                })
                .to_string()
            )
        );
        for d in &report.diffs {
            for line in d.diff.lines() {
                let styled = match line.as_bytes().first() {
                    Some(b'+') if !line.starts_with("+++") => p.paint(line, Style::new().green()),
                    Some(b'-') if !line.starts_with("---") => p.paint(line, Style::new().red()),
                    Some(b'@') => p.paint(line, Style::new().cyan()),
                    _ => line.to_string(),
                };
                let _ = writeln!(out, "  {styled}");
            }
        }
    }

    if !manual.is_empty() {
        let _ = writeln!(out, "\n{}", p.bold(&msg::heading("by-hand").to_string()));
        // The same script as check's "Suggested fixes": it pastes.
        let mut fixes: Vec<Fix> = Vec::new();
        for step in manual {
            match fixes.last_mut() {
                Some(f) if f.description == step.fix => f.actions.push(step.action.clone()),
                _ => fixes.push(Fix::manual(step.fix.clone(), vec![step.action.clone()])),
            }
        }
        let shell = crate::platform::user_shell(crate::platform::Os::current());
        for line in super::script::render_fix_script(&fixes, shell, &|t| p.dim(t)) {
            let _ = writeln!(out, "  {line}");
        }
    }

    if let (Some(before), Some(after)) = (&report.before, &report.after) {
        let _ = writeln!(
            out,
            "\n{}",
            p.bold(&msg::heading("before-after").to_string())
        );
        write_before_after(&mut out, &p, before, after);
    }

    if let Some(v) = &report.verify {
        let _ = writeln!(out, "\n{}", p.bold(&msg::heading("verify").to_string()));
        let marker = if v.ok {
            p.paint("✓", Style::new().green().bold())
        } else {
            p.paint("✗", Style::new().red().bold())
        };
        let what = match (&v.version, &v.error) {
            (_, Some(e)) => match v.failure {
                Some(failure) => {
                    msg::verify_error_failure(redact(&e.to_string()), failure.describe())
                        .to_string()
                }
                None => redact(&e.to_string()),
            },
            (Some(version), None) => msg::verify_downloaded(version).to_string(),
            (None, None) => msg::verify_ok().to_string(),
        };
        let _ = writeln!(
            out,
            "  {marker} {} ({} ms): {what}",
            v.command, v.duration_ms
        );
    }

    if !report.remaining.is_empty() {
        let _ = writeln!(out, "\n{}", p.bold(&msg::heading("not-fixed").to_string()));
        for r in &report.remaining {
            let _ = writeln!(
                out,
                "  {} {}",
                p.paint("✗", Style::new().red().bold()),
                redact(&msg::not_fixed_line(&r.code, r.reason.message()).to_string())
            );
            let _ = writeln!(out, "    {}", p.dim(&redact(&r.message.to_string())));
        }
    }

    out.push('\n');
    let pending = report
        .steps
        .iter()
        .filter(|s| s.state == StepState::Pending)
        .count();
    let closing = match report.mode {
        FixMode::Plan if pending > 0 => msg::closing_pending(pending),
        FixMode::Plan => msg::closing_nothing(),
        _ => match &report.backup {
            Some(dir) => msg::closing_backups(dir),
            None => msg::closing_unchanged(),
        },
    };
    let _ = writeln!(out, "{}", p.bold(&closing.to_string()));
    if report.mode == FixMode::Apply && !report.remaining.is_empty() {
        let n = report.remaining.len();
        let _ = writeln!(
            out,
            "{}",
            p.paint(
                &msg::errors_remain(n).to_string(),
                Style::new().red().bold()
            )
        );
    }
    out
}

fn status_word(status: CheckStatus) -> String {
    msg::check_status(match status {
        CheckStatus::Ok => "ok",
        CheckStatus::Warning => "warning",
        CheckStatus::Error => "error",
        CheckStatus::Skipped => "skipped",
    })
    .to_string()
}

fn write_before_after(out: &mut String, p: &Painter, before: &Report, after: &Report) {
    for now in after
        .checks
        .iter()
        .filter(|c| c.status != CheckStatus::Skipped)
    {
        let Some(then) = before.checks.iter().find(|c| c.id == now.id) else {
            continue;
        };
        let gone: Vec<&str> = then
            .findings
            .iter()
            .filter(|f| !now.findings.iter().any(|n| n.code == f.code))
            .map(|f| f.code.as_str())
            .collect();
        let (was, is) = (status_word(then.status), status_word(now.status));
        let _ = write!(
            out,
            "  {} {:<13} {was} → {is}",
            status_marker(p, now.status),
            now.id.as_str(),
        );
        if !gone.is_empty() {
            let _ = write!(out, "  {}", p.dim(&msg::resolved(gone).to_string()));
        }
        out.push('\n');
        for f in &now.findings {
            let _ = writeln!(
                out,
                "      {}",
                p.dim(&format!("{}: {}", f.code, redact(&f.message.to_string())))
            );
        }
    }
}

/// The human text of `godiag fix --undo`.
pub fn render_undo(backup: Option<&str>, restored: &[Restored], color: bool) -> String {
    let restored = &super::scrub::scrub_all(restored)[..];
    let backup = backup.map(|b| crate::textsafe::escape_controls(b, false));
    let backup = backup.as_deref();
    let p = Painter { color };
    let mut out = String::new();
    let Some(dir) = backup else {
        let _ = writeln!(out, "{}", msg::undo_nothing());
        return out;
    };
    let _ = writeln!(out, "{}", p.bold(&msg::undo_heading(dir).to_string()));
    for r in restored {
        let label = msg::undo_state(match r.state {
            StepState::Applied => "applied",
            StepState::AlreadyDone => "already-done",
            StepState::Refused => "refused",
            _ => "failed",
        })
        .to_string();
        let _ = writeln!(
            out,
            "  {} {}  {}",
            paint_state(&p, r.state, &label),
            r.target,
            p.dim(&redact(&r.command))
        );
        if let Some(d) = &r.detail {
            let _ = writeln!(out, "  {:<13} {}", "", p.dim(&redact(&d.to_string())));
        }
    }
    let refused = restored
        .iter()
        .filter(|r| r.state == StepState::Refused)
        .count();
    let failed = restored
        .iter()
        .filter(|r| r.state == StepState::Failed)
        .count();
    if refused > 0 {
        let _ = writeln!(out, "\n{}", p.bold(&msg::undo_left(refused).to_string()));
    }
    if failed > 0 {
        let _ = writeln!(out, "\n{}", p.bold(&msg::undo_failed(failed).to_string()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fix::model::Remaining;
    use crate::i18n::{Lang, in_lang};
    use crate::model::{Action, Applicability};

    fn plan() -> FixReport {
        let mut report = FixReport::new(FixMode::Plan);
        let fix = crate::checks::vscode::messages::fix_goproxy_mismatch("GOPROXY");
        report.steps = vec![
            Step {
                fix: fix.clone(),
                applicability: Applicability::Safe,
                action: Action::go_env_set("GOPROXY", "https://goproxy.cn,direct"),
                state: StepState::Pending,
                detail: Some(msg::os_env_overrides("GOPROXY")),
                skipped: false,
            },
            Step {
                fix,
                applicability: Applicability::Safe,
                action: Action::go_env_unset("GOSUMDB"),
                state: StepState::AlreadyDone,
                detail: None,
                skipped: false,
            },
        ];
        report
    }

    #[test]
    fn the_plan_speaks_english_as_before() {
        let text = in_lang(Lang::En, || render(&plan(), false));
        assert!(
            text.starts_with("Plan\n  # give the Go tools go env's GOPROXY\n"),
            "{text}"
        );
        assert!(
            text.contains("    pending       go env -w GOPROXY=https://goproxy.cn,direct\n"),
            "{text}"
        );
        assert!(
            text.contains("    already done  go env -u GOSUMDB\n"),
            "{text}"
        );
        assert!(
            text.contains("the OS environment sets GOPROXY, which overrides the go env file"),
            "{text}"
        );
        assert!(
            text.contains("1 change to make: run `godiag fix --apply` to make it,"),
            "{text}"
        );
    }

    #[test]
    fn the_plan_in_chinese_aligns_by_display_width() {
        let text = in_lang(Lang::ZhCn, || render(&plan(), false));
        assert!(
            text.starts_with("计划\n  # 让 Go 工具使用 go env 中的 GOPROXY\n"),
            "{text}"
        );
        // "待执行" is six columns wide: seven spaces fill the 13-column state column.
        assert!(
            text.contains("    待执行        go env -w GOPROXY=https://goproxy.cn,direct\n"),
            "{text}"
        );
        assert!(
            text.contains("    已完成        go env -u GOSUMDB\n"),
            "{text}"
        );
        assert!(
            text.contains("系统环境变量里设置了 GOPROXY，它会覆盖 go env 文件"),
            "{text}"
        );
        assert!(
            text.contains("有 1 处要修改：运行 `godiag fix --apply`"),
            "{text}"
        );
    }

    #[test]
    fn what_an_apply_left_and_undo_in_chinese() {
        let mut report = plan();
        report.mode = FixMode::Apply;
        report.steps.clear();
        report.remaining = vec![Remaining {
            code: "vscode.http-proxy-unreachable".into(),
            message: crate::checks::vscode::messages::http_proxy_unreachable(
                "http://127.0.0.1:7890",
                "VS Code",
                crate::checks::vscode::messages::no_answer(),
            ),
            location: None,
            reason: crate::fix::model::Reason::ByHand {
                code: &crate::codes::VSCODE_HTTP_PROXY_UNREACHABLE,
                location: Some(crate::model::Location::line("/u/settings.json", 3)),
            },
        }];
        let zh = in_lang(Lang::ZhCn, || render(&report, false));
        assert!(
            zh.contains("已应用\n  没有 godiag 能自动修改的内容\n"),
            "{zh}"
        );
        assert!(zh.contains("\n未修复\n"), "{zh}");
        assert!(
            zh.contains(
                "未修复：vscode.http-proxy-unreachable — godiag 无法自动修复；请手动处理："
            ),
            "{zh}"
        );
        assert!(zh.contains("（在 /u/settings.json:3）"), "{zh}");
        assert!(zh.contains("还有 1 个错误：见上面的“未修复”。"), "{zh}");
        let en = in_lang(Lang::En, || render(&report, false));
        assert!(
            en.contains("not fixed: vscode.http-proxy-unreachable — godiag has no change to make for it; by hand: "),
            "{en}"
        );
        assert!(en.contains("(in /u/settings.json:3)"), "{en}");
        assert!(
            en.contains("1 error remains: see \"Not fixed\" above."),
            "{en}"
        );

        let restored = vec![Restored {
            target: "GOPROXY".into(),
            command: "go env -u GOPROXY".into(),
            state: StepState::Refused,
            detail: Some(msg::undo_changed_since(
                "GOPROXY",
                "https://goproxy.io",
                msg::unset(),
            )),
        }];
        let zh = in_lang(Lang::ZhCn, || render_undo(Some("/b/1"), &restored, false));
        assert!(zh.starts_with("撤销（来自 /b/1）\n  保持不变"), "{zh}");
        assert!(zh.contains("会把它改回 未设置"), "{zh}");
        assert!(zh.contains("有 1 项没有恢复"), "{zh}");
        let en = in_lang(Lang::En, || render_undo(Some("/b/1"), &restored, false));
        assert!(
            en.contains("GOPROXY changed since the apply (now https://goproxy.io): left as it is; `godiag fix --undo --force` sets it back to unset"),
            "{en}"
        );
        assert!(
            en.contains("1 left unrestored because it was changed"),
            "{en}"
        );
    }
}
