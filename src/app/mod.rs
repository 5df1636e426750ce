//! What each command does, from parsed arguments to an exit code.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use clap::CommandFactory;

use crate::checks::CheckId;
use crate::cli::{CheckArgs, Cli, ColorChoice, Command, ExplainArgs, Format, InputArgs};
use crate::config::{self, Overrides};
use crate::i18n::{self, Lang, Message};
use crate::platform::{EnvMap, Os, capture_env};
use crate::{codes, explain, pipeline, report};

mod fix_command;
pub(crate) mod messages;

use messages as msg;

/// Exit code: nothing at or above --fail-on.
pub const EXIT_OK: u8 = 0;
/// Exit code: findings at or above --fail-on.
pub const EXIT_FINDINGS: u8 = 1;
/// Exit code: usage error, or godiag could not run.
pub const EXIT_ERROR: u8 = 2;

/// Runs a parsed command line.
pub fn run(cli: Cli) -> ExitCode {
    // The language of everything this run prints for people. JSON's messages stay English
    // unless asked for by name (`--lang`, GODIAG_LANG): a CI log must not change with the
    // runner's locale.
    let lang = i18n::detect(cli.lang.as_deref());
    let langs = Langs {
        human: lang,
        json: if cli.lang.is_some() || std::env::var_os("GODIAG_LANG").is_some() {
            lang
        } else {
            Lang::En
        },
    };
    let result = match cli.command {
        Command::Check(args) => check(&args, langs),
        Command::Fix(args) => fix_command::run(&args, langs),
        Command::Explain(args) => Ok(explain_code(&args, lang)),
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "godiag", &mut std::io::stdout());
            Ok(EXIT_OK)
        }
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            // Errors carry messages, rendered here in the user's language; the OS's and the
            // libraries' words inside them stay theirs.
            let text = i18n::in_lang(lang, || msg::error(format!("{e:#}")).rendered());
            eprintln!(
                "{}",
                crate::textsafe::escape_controls(&crate::redact::redact(&text), true)
            );
            ExitCode::from(EXIT_ERROR)
        }
    }
}

/// The languages of a run's output.
#[derive(Debug, Clone, Copy)]
pub struct Langs {
    /// The report for people.
    pub human: Lang,
    /// The messages in JSON.
    pub json: Lang,
}

fn check(args: &CheckArgs, langs: Langs) -> anyhow::Result<u8> {
    let env = capture_env();
    let color = use_color(args.color, &env, std::io::stdout().is_terminal());
    let width = report_width(&env, std::io::stdout().is_terminal());
    if let Some(message) = selection_error(&args.only, &args.skip, args.offline) {
        anyhow::bail!(message);
    }
    flag_notes(&args.inputs, langs.human);
    let inputs = load_inputs(&args.inputs, env, langs.human)?;
    let plan = pipeline::select(&args.only, &args.skip, args.offline);
    let env = inputs.env.clone();
    let mut report = run_checks(inputs, &plan, langs.human)?;
    report.fixes = fix_command::outstanding_fixes(&report, &env);

    let text = match args.format() {
        Format::Json => i18n::in_lang(langs.json, || report::json::render(&report)),
        Format::Human => report::human::render(
            &report,
            report::human::Options {
                color,
                verbose: args.verbose,
                width,
                lang: langs.human,
            },
        ),
    };
    print(&text)?;

    let fails = args
        .fail_on
        .threshold()
        .is_some_and(|t| report.worst().is_some_and(|w| w >= t));
    Ok(if fails { EXIT_FINDINGS } else { EXIT_OK })
}

/// The columns the human report wraps to: `COLUMNS`, else the terminal's width, else 100;
/// never narrower than 40 (below that, a hanging indent leaves no room for words).
fn report_width(env: &std::collections::BTreeMap<String, String>, terminal: bool) -> usize {
    let columns = env
        .get("COLUMNS")
        .and_then(|c| c.trim().parse::<usize>().ok())
        .or_else(|| {
            terminal
                .then(terminal_size::terminal_size)
                .flatten()
                .map(|(w, _)| usize::from(w.0))
        })
        .unwrap_or(100);
    columns.max(40)
}

/// Writes to stdout; a closed pipe (`godiag check | head`) is not godiag's failure, a full disk
/// (`godiag check > /dev/full`) is: the report is lost, so the exit code must say so.
pub(crate) fn print(text: &str) -> anyhow::Result<()> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(anyhow::Error::msg(msg::cannot_write_stdout(e.to_string())))
        }
        _ => Ok(()),
    }
}

/// `--only`, `--skip` and `--offline` that contradict each other or leave no check to run: a
/// usage error naming the flags, never a clean "No problems found".
fn selection_error(only: &[CheckId], skip: &[CheckId], offline: bool) -> Option<Message> {
    // As typed on the command line: commas, no spaces.
    let list = |ids: &[CheckId]| {
        ids.iter()
            .map(|id| id.as_str())
            .collect::<Vec<_>>()
            .join(",")
    };
    let both: Vec<CheckId> = only
        .iter()
        .copied()
        .filter(|id| skip.contains(id))
        .collect();
    if !both.is_empty() {
        return Some(msg::same_check(list(&both), both.len()));
    }
    let runs = pipeline::select(only, skip, offline)
        .iter()
        .any(|(_, plan)| *plan == pipeline::Plan::Run);
    if runs {
        return None;
    }
    let mut flags = Vec::new();
    if !only.is_empty() {
        flags.push(msg::flag_only(list(only)));
    }
    if !skip.is_empty() {
        flags.push(msg::flag_skip(list(skip)));
    }
    if offline {
        flags.push(msg::flag_offline());
    }
    // "--only a with --skip b with --offline": each flag chained to the rest.
    let chained = flags
        .into_iter()
        .rev()
        .reduce(|rest, first| msg::flags_with(first, rest))?;
    Some(msg::nothing_to_run(chained))
}

/// What godiag assumed about the command line, said once on stderr before the report.
pub(crate) fn flag_notes(args: &InputArgs, lang: Lang) {
    for note in args.mirrors.iter().filter_map(|m| m.note()) {
        let text = msg::note(note).render(lang);
        eprintln!(
            "{}",
            crate::textsafe::escape_controls(&crate::redact::redact(&text), false)
        );
    }
}

/// The config, the command line and the environment, resolved into what the checks read.
///
/// `lang` is the user's: the config's errors are rendered while TOML parses.
pub(crate) fn load_inputs(
    args: &InputArgs,
    env: EnvMap,
    lang: Lang,
) -> anyhow::Result<config::Inputs> {
    let cwd =
        std::env::current_dir().map_err(|e| config::fail(msg::cannot_read_cwd(e.to_string())))?;
    let overrides = Overrides {
        config: args.config.clone(),
        go: args.go.clone(),
        workspace: args.workspace.clone(),
        timeout: args.timeout,
        hosts_file: args.hosts_file.clone(),
        nsswitch: args.nsswitch.clone(),
        resolv_conf: args.resolv_conf.clone(),
        resolvers: args.resolvers.clone(),
        samples: args.samples,
        mirrors: args.mirrors.iter().map(|m| m.url.clone()).collect(),
        vscode_settings: args.vscode_settings.clone(),
    };
    let inputs = i18n::in_lang(lang, || config::load(&overrides, Os::current(), env, &cwd))?;
    if let Some(id) = inputs
        .fault
        .as_deref()
        .filter(|id| CheckId::parse(id).is_none())
    {
        anyhow::bail!(msg::fault_names_no_check(config::FAULT_ENV, id));
    }
    Ok(inputs)
}

/// Runs the selected checks, with the spinner on a terminal.
pub(crate) fn run_checks(
    inputs: config::Inputs,
    plan: &[(CheckId, pipeline::Plan)],
    lang: Lang,
) -> anyhow::Result<crate::results::Report> {
    let runtime = runtime()?;
    let spinner = Spinner::new(std::io::stderr().is_terminal(), lang);
    let report = runtime.block_on(pipeline::run(Arc::new(inputs), plan, |pending| {
        spinner.pending(pending)
    }));
    spinner.finish();
    // A probe stuck in a blocking read (a hung file system) must not hold the exit.
    runtime.shutdown_background();
    Ok(report)
}

pub(crate) fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| config::fail(msg::cannot_start_runtime(e.to_string())))
}

/// `--color` wins; otherwise color only on a terminal and only when `NO_COLOR` is unset or
/// empty (https://no-color.org) and TERM is not `dumb`.
pub fn use_color(choice: Option<ColorChoice>, env: &EnvMap, stdout_is_terminal: bool) -> bool {
    match choice {
        Some(ColorChoice::Always) => true,
        Some(ColorChoice::Never) => false,
        Some(ColorChoice::Auto) | None => {
            let no_color = env.get("NO_COLOR").is_some_and(|v| !v.is_empty());
            let dumb = env.get("TERM").is_some_and(|t| t == "dumb");
            stdout_is_terminal && !no_color && !dumb
        }
    }
}

fn explain_code(args: &ExplainArgs, lang: Lang) -> u8 {
    if args.list {
        print!("{}", explain::list(lang));
        return EXIT_OK;
    }
    let query = args.code.as_deref().unwrap_or_default();
    match codes::lookup(query) {
        Some(info) => {
            print!("{}", explain::render(info, lang));
            EXIT_OK
        }
        None => {
            eprintln!("{}", explain::unknown(query, lang));
            EXIT_ERROR
        }
    }
}

/// A spinner on stderr naming the checks still running; silent when stderr is not a terminal.
pub(crate) struct Spinner {
    bar: Option<indicatif::ProgressBar>,
    /// The language it speaks.
    lang: Lang,
}

impl Spinner {
    pub(crate) fn new(enabled: bool, lang: Lang) -> Spinner {
        let bar = enabled.then(|| {
            let bar = indicatif::ProgressBar::new_spinner();
            bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
            bar.enable_steady_tick(Duration::from_millis(100));
            bar
        });
        Spinner { bar, lang }
    }

    fn pending(&self, pending: &[crate::checks::CheckId]) {
        let names: Vec<&str> = pending.iter().map(|c| c.as_str()).collect();
        self.say(&msg::checking(names));
    }

    /// Names what godiag is waiting on.
    pub(crate) fn say(&self, message: &Message) {
        if let Some(bar) = &self.bar {
            bar.set_message(message.render(self.lang));
        }
    }

    pub(crate) fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contradicting_selections_are_usage_errors_naming_the_flags() {
        let en = |m: Option<Message>| m.unwrap().render(Lang::En);
        let e = en(selection_error(&[CheckId::GoEnv], &[CheckId::GoEnv], false));
        assert!(
            e.contains("--only go-env") && e.contains("--skip go-env"),
            "{e}"
        );
        let e = en(selection_error(
            &[CheckId::Dns, CheckId::Connectivity],
            &[],
            true,
        ));
        assert_eq!(
            e,
            "--only dns,connectivity with --offline (skips dns and connectivity): no check is left to run"
        );
        let e = en(selection_error(&[], CheckId::ALL, false));
        assert!(e.starts_with("--skip go-env,hosts"), "{e}");
        assert_eq!(
            selection_error(&[CheckId::Dns], &[CheckId::GoEnv], false),
            None
        );
        assert_eq!(selection_error(&[], &[], true), None);
    }

    #[test]
    fn usage_errors_in_chinese() {
        let zh = |m: Option<Message>| m.unwrap().render(Lang::ZhCn);
        assert_eq!(
            zh(selection_error(&[CheckId::GoEnv], &[CheckId::GoEnv], false)),
            "--only go-env 和 --skip go-env 里有 1 个相同的检查项：每个检查项只能写在其中一处"
        );
        assert_eq!(
            zh(selection_error(&[CheckId::Dns], &[CheckId::GoEnv], true)),
            "用了 --only dns、--skip go-env、--offline（会跳过 dns 和 connectivity），\
             没有剩下可运行的检查了"
        );
        // Two shared checks: English says so in the plural, Chinese with the count.
        let both = [CheckId::GoEnv, CheckId::Hosts];
        let e = selection_error(&both, &both, false).unwrap();
        assert!(
            e.render(Lang::En)
                .starts_with("--only go-env,hosts and --skip go-env,hosts name the same checks:"),
            "{e:?}"
        );
        assert!(
            e.render(Lang::ZhCn).contains("里有 2 个相同的检查项"),
            "{e:?}"
        );
        let note = msg::note(msg::mirror_without_scheme(
            "goproxy.cn",
            "https://goproxy.cn",
        ));
        assert_eq!(
            note.render(Lang::ZhCn),
            "godiag：提示：--mirror goproxy.cn 没写协议，godiag 按 https://goproxy.cn 来测\
             （Go 读 GOPROXY 里这种写法时也是这样理解的）"
        );
        assert_eq!(
            msg::error(msg::no_state_dir("undo")).render(Lang::ZhCn),
            "godiag：错误：找不到 godiag 的备份：环境变量里没有用户主目录（请设置 HOME 或 XDG_STATE_HOME）"
        );
        assert_eq!(
            msg::checking(vec!["dns", "connectivity"]).render(Lang::ZhCn),
            "正在检查 dns、connectivity"
        );
    }

    /// An error is a message until it is printed: the same error in either language, the OS's
    /// words kept.
    #[test]
    fn errors_render_in_the_language_they_are_printed_in() {
        let e = config::fail(msg::cannot_write_stdout(
            "No space left on device (os error 28)",
        ));
        assert_eq!(
            i18n::in_lang(Lang::En, || format!("{e:#}")),
            "cannot write the report to standard output: No space left on device (os error 28)"
        );
        assert_eq!(
            i18n::in_lang(Lang::ZhCn, || format!("{e:#}")),
            "无法把报告写到标准输出：No space left on device (os error 28)"
        );
    }

    #[test]
    fn color_decision() {
        let none = EnvMap::new();
        let no_color: EnvMap = [("NO_COLOR".to_string(), "1".to_string())].into();
        let empty_no_color: EnvMap = [("NO_COLOR".to_string(), String::new())].into();
        assert!(use_color(None, &none, true));
        assert!(!use_color(None, &none, false));
        assert!(!use_color(None, &no_color, true));
        assert!(use_color(None, &empty_no_color, true));
        assert!(use_color(Some(ColorChoice::Always), &no_color, false));
        assert!(!use_color(Some(ColorChoice::Never), &none, true));
    }
}
