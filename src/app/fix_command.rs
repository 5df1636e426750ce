//! `godiag fix`: the plan, `--apply` (then the affected checks again, and `--verify`), and
//! `--undo`.

use std::io::IsTerminal;
use std::path::PathBuf;

use super::messages as msg;
use super::{EXIT_FINDINGS, EXIT_OK, Spinner, load_inputs, print, run_checks, runtime, use_color};
use crate::checks::Facts;
use crate::checks::go_env::facts::{EnvFileStatus, GoEnvFacts};
use crate::cli::{FixArgs, Format};
use crate::fix::model::{FixMode, FixReport, StepState, affected_checks};
use crate::fix::preview::{self, GoEnvTarget};
use crate::fix::state::State;
use crate::fix::{self, Choices, apply, undo, verify};
use crate::i18n::Lang;
use crate::model::Fix;
use crate::pipeline;
use crate::platform::capture_env;
use crate::report;
use crate::results::Report;

pub fn run(args: &FixArgs, langs: super::Langs) -> anyhow::Result<u8> {
    crate::i18n::in_lang(langs.human, || run_in(args, langs.json))
}

/// `run`, speaking the human language; `json` is the language of JSON messages.
fn run_in(args: &FixArgs, json: Lang) -> anyhow::Result<u8> {
    let human = crate::i18n::current();
    // clap lets `requires = "undo"` pass when a flag that conflicts with --undo is given.
    if args.force && !args.undo {
        anyhow::bail!(msg::force_without_undo());
    }
    let env = capture_env();
    let color = use_color(args.color, &env, std::io::stdout().is_terminal());
    super::flag_notes(&args.inputs, human);
    let inputs = load_inputs(&args.inputs, env, human)?;
    let state_dir = inputs.fix.state_dir.clone();
    if args.undo {
        return run_undo(
            args,
            state_dir,
            &inputs.workspace,
            inputs.go_env.timeout,
            color,
            json,
        );
    }
    let choices = Choices {
        proxy: args.proxy.clone(),
        sumdb: args.sumdb.clone(),
    };
    // What apply needs from the inputs, taken before the checks consume them.
    let (os, env, dir, timeout) = (
        inputs.os,
        inputs.env.clone(),
        inputs.workspace.clone(),
        inputs.go_env.timeout,
    );
    let verify_timeout = inputs.fix.verify_timeout;
    let probe_module = inputs.connectivity.probe_module.clone();

    let before = run_checks(inputs, &pipeline::select(&[], &[], args.offline), human)?;
    let fixes = fix::plan(&before.checks, &before.diagnosis, &choices);
    let go_env = go_env_facts(&before);
    let ctx = apply::Context {
        os,
        go: go_env.and_then(|f| f.go_binary.as_ref()).map(PathBuf::from),
        go_env: go_env_target(go_env),
        env,
        dir,
        timeout,
    };

    let mut out = FixReport::new(FixMode::Plan);
    if !args.apply {
        let preview = preview::preview(&fixes, &ctx.go_env, &ctx.env, &apply::read_file);
        out.diffs = preview.changes.iter().map(|c| c.diff()).collect();
        out.steps = preview.steps;
        out.before = Some(before);
        emit(args, &out, color, json)?;
        let pending = out.steps.iter().any(|s| s.state == StepState::Pending);
        return Ok(if pending || apply::has_problems(&out.steps) {
            EXIT_FINDINGS
        } else {
            EXIT_OK
        });
    }

    let state_dir = state_dir.ok_or_else(|| crate::config::fail(msg::no_state_dir("apply")))?;
    let spinner = Spinner::new(std::io::stderr().is_terminal(), human);
    spinner.say(&msg::waiting_for_lock());
    let state = State::lock(&state_dir)?;
    let rt = runtime()?;
    spinner.say(&msg::applying());
    let applied = rt.block_on(apply::apply(&fixes, &ctx, &state));
    spinner.finish();
    let applied = applied?;
    out.mode = FixMode::Apply;
    out.diffs = applied.diffs();
    out.backup = applied.backup.as_ref().map(|b| b.dir.display().to_string());
    out.steps = applied.preview.steps;
    // The lock covers the writes; checking again and verifying read only.
    drop(state);

    let affected = affected_checks(&out.steps);
    if !affected.is_empty() {
        let fresh = load_inputs(&args.inputs, capture_env(), human)?;
        out.after = Some(run_checks(
            fresh,
            &pipeline::select(&affected, &[], args.offline),
            human,
        )?);
    }
    out.remaining = fix::remaining::remaining(&before, out.after.as_ref(), &out.steps);
    out.before = Some(before);
    if args.verify {
        let spinner = Spinner::new(std::io::stderr().is_terminal(), human);
        spinner.say(&msg::verifying(probe_module.as_str()));
        out.verify = Some(match &ctx.go {
            Some(go) => rt.block_on(verify::verify(go, &probe_module, verify_timeout)),
            None => crate::fix::model::Verification {
                command: format!("go mod download -json {probe_module}@latest"),
                ok: false,
                version: None,
                error: Some(crate::fix::messages::verify_no_go().into()),
                failure: None,
                duration_ms: 0,
            },
        });
        spinner.finish();
    }
    rt.shutdown_background();
    emit(args, &out, color, json)?;
    let verified = out.verify.as_ref().is_none_or(|v| v.ok);
    // Done means no error left, not "every step ran": an error godiag has no step for, or one
    // the checks still find after the change, is exit 1.
    Ok(
        if apply::has_problems(&out.steps) || !verified || !out.remaining.is_empty() {
            EXIT_FINDINGS
        } else {
            EXIT_OK
        },
    )
}

/// The report's fixes without the steps already in place: the preview `fix --apply` computes
/// decides, so that `check` never suggests what `fix --apply` would call "already done".
pub(super) fn outstanding_fixes(report: &Report, env: &crate::platform::EnvMap) -> Vec<Fix> {
    let target = go_env_target(go_env_facts(report));
    fix::outstanding(&report.fixes, &target, env, &apply::read_file)
}

fn emit(args: &FixArgs, out: &FixReport, color: bool, json: Lang) -> anyhow::Result<()> {
    print(&match args.format() {
        Format::Json => crate::i18n::in_lang(json, || report::fix::render_json(out)),
        Format::Human => report::fix::render(out, color),
    })
}

fn go_env_facts(report: &Report) -> Option<&GoEnvFacts> {
    report.checks.iter().find_map(|c| match &c.facts {
        Some(Facts::GoEnv(f)) => Some(f),
        _ => None,
    })
}

/// Where `go env -w` will write, or why it cannot.
// The reasons are the fix area's to declare (`GoEnvTarget` and the verification's error are
// its types); they stay as they were here until it does.
fn go_env_target(facts: Option<&GoEnvFacts>) -> GoEnvTarget {
    let Some(facts) = facts else {
        return GoEnvTarget::Unavailable(crate::fix::messages::go_env_unavailable_not_run());
    };
    if facts.go_binary.is_none() {
        return GoEnvTarget::Unavailable(crate::fix::messages::go_env_unavailable_no_go());
    }
    match &facts.env_file {
        Some(f) if f.status == EnvFileStatus::Disabled => {
            GoEnvTarget::Unavailable(crate::fix::messages::go_env_unavailable_off())
        }
        Some(f) => match &f.path {
            Some(path) => GoEnvTarget::File(PathBuf::from(path)),
            None => GoEnvTarget::Unavailable(crate::fix::messages::go_env_unavailable_no_file()),
        },
        None => GoEnvTarget::Unavailable(crate::fix::messages::go_env_unavailable_no_answer()),
    }
}

fn run_undo(
    args: &FixArgs,
    state_dir: Option<PathBuf>,
    dir: &std::path::Path,
    timeout: std::time::Duration,
    color: bool,
    json: Lang,
) -> anyhow::Result<u8> {
    let state_dir = state_dir.ok_or_else(|| crate::config::fail(msg::no_state_dir("undo")))?;
    let state = State::lock(&state_dir)?;
    let rt = runtime()?;
    let result = rt.block_on(undo::undo(&state, dir, timeout, args.force))?;
    drop(state);
    let (backup, restored) = match &result {
        Some((dir, items)) => (Some(dir.as_str()), items.as_slice()),
        None => (None, &[][..]),
    };
    print(&match args.format() {
        Format::Json => {
            let mut out = FixReport::new(FixMode::Undo);
            out.backup = backup.map(str::to_string);
            out.restored = restored.to_vec();
            crate::i18n::in_lang(json, || report::fix::render_json(&out))
        }
        Format::Human => report::fix::render_undo(backup, restored, color),
    })?;
    // Something left unrestored (the user's change, or a failure) is not "undone".
    let left = restored
        .iter()
        .any(|r| matches!(r.state, StepState::Failed | StepState::Refused));
    Ok(if left { EXIT_FINDINGS } else { EXIT_OK })
}
