//! The command line (clap derive). Only parsing lives here; `app` decides what to do.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::checks::CheckId;
use crate::model::Severity;

const CHECK_EXAMPLES: &str = "\
Examples:
  godiag check                          colored report with the root cause and fix commands
  godiag check --verbose                also every variable, its value and where it comes from
  godiag check --json                   versioned JSON report for CI (same as --format json)
  godiag check --only go-env            run one check
  godiag check --fail-on warning        exit 1 on warnings too
  godiag check --go ~/sdk/go1.22/bin/go --workspace ./service
  godiag explain go-env.goproxy-comma-fallback

Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 usage error or
godiag could not run.";

const FIX_EXAMPLES: &str = "\
Examples:
  godiag fix                            the plan: commands and diffs; changes nothing
  godiag fix --apply                    run go env -w, edit VS Code settings (with backups), check again
  godiag fix --apply --verify           then prove it: go mod download through the new settings
  godiag fix --apply --proxy https://goproxy.cn
  godiag fix --undo                     restore what the last --apply changed
  godiag fix --undo --force             also what was changed since (says what it overwrites)

Exit codes: 0 nothing to change (plan), no error left (--apply), everything restored (--undo);
1 changes pending (plan), an error left or a change failed, had no effect or was refused
(--apply; what is left is listed with the reason), --verify failed, or something left
unrestored (--undo; its backup is kept for --undo --force); 2 usage error or godiag could not
run.";

/// A doctor for Go development environments whose network is broken.
///
/// godiag finds why `go mod download`, `go get`, gopls or the VS Code Go extension cannot fetch
/// modules, names the root cause, and prints the exact `go env -w` commands that fix it.
#[derive(Debug, Parser)]
#[command(name = "godiag", version, propagate_version = true, after_help = CHECK_EXAMPLES)]
pub struct Cli {
    #[command(subcommand)]
    /// The subcommand.
    pub command: Command,
    /// Language of the output and this help: en or zh-CN [default: $GODIAG_LANG, else LC_ALL, LC_MESSAGES or LANG, else the system language, else en]. zh-TW and zh-HK fall back to English until someone translates them.
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<String>,
}

fn parse_lang(text: &str) -> Result<String, String> {
    if crate::i18n::is_known(text) {
        Ok(text.trim().to_string())
    } else {
        // Rendered in the language of the parse (clap's own words around it stay clap's).
        Err(crate::config::messages::unknown_lang().to_string())
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the checks and print a report.
    #[command(after_help = CHECK_EXAMPLES)]
    Check(Box<CheckArgs>),
    /// Show the fix plan as commands and diffs; --apply performs it, --undo takes it back.
    #[command(after_help = FIX_EXAMPLES)]
    Fix(Box<FixArgs>),
    /// Explain a finding code: what it means, why it breaks Go, how to fix it by hand.
    #[command(
        after_help = "Examples:\n  godiag explain go-env.os-env-override\n  godiag explain goproxy-off\n  godiag explain --list"
    )]
    Explain(ExplainArgs),
    /// Print a shell completion script.
    #[command(
        after_help = "Examples:\n  godiag completions bash > ~/.local/share/bash-completion/completions/godiag\n  godiag completions zsh > \"${fpath[1]}/_godiag\"\n  godiag completions fish > ~/.config/fish/completions/godiag.fish"
    )]
    Completions {
        /// The shell to generate for.
        shell: clap_complete::Shell,
    },
}

/// Report formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
}

/// When to color the human report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Color when stdout is a terminal and NO_COLOR is not set.
    Auto,
    Always,
    Never,
}

/// The exit-code threshold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
    Never,
}

impl FailOn {
    /// The least severity that makes godiag exit 1.
    pub fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Never => None,
        }
    }
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Report format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Same as --format json.
    #[arg(long, conflicts_with = "format")]
    pub json: bool,
    /// Show every fact: each variable, its value and where it comes from.
    #[arg(short, long)]
    pub verbose: bool,
    /// Color the human report [default: auto; NO_COLOR turns auto off].
    #[arg(long, value_enum, value_name = "WHEN")]
    pub color: Option<ColorChoice>,
    /// Exit 1 when a finding is at least this severe.
    #[arg(long, value_enum, default_value_t = FailOn::Error, value_name = "SEVERITY")]
    pub fail_on: FailOn,
    /// Run only these checks (comma-separated).
    #[arg(long, value_enum, value_delimiter = ',', value_name = "IDS")]
    pub only: Vec<CheckId>,
    /// Skip these checks (comma-separated).
    #[arg(long, value_enum, value_delimiter = ',', value_name = "IDS")]
    pub skip: Vec<CheckId>,
    /// Skip the checks that use the network (dns, connectivity).
    #[arg(long)]
    pub offline: bool,
    #[command(flatten)]
    pub inputs: InputArgs,
}

/// Flags that choose what godiag looks at.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Config file (TOML) [default: $GODIAG_CONFIG, else <config dir>/godiag/config.toml].
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// The go executable to examine [default: go on PATH].
    #[arg(long, value_name = "PATH")]
    pub go: Option<PathBuf>,
    /// The folder whose go.mod counts [default: the current folder].
    #[arg(long, value_name = "DIR")]
    pub workspace: Option<PathBuf>,
    /// The hosts file to examine [default: /etc/hosts; Windows: %SystemRoot%\System32\drivers\etc\hosts].
    #[arg(long, value_name = "PATH")]
    pub hosts_file: Option<PathBuf>,
    /// The nsswitch.conf that decides whether Go reads the hosts file [default: /etc/nsswitch.conf].
    #[arg(long, value_name = "PATH")]
    pub nsswitch: Option<PathBuf>,
    /// The resolv.conf naming the system resolver [default: /etc/resolv.conf].
    #[arg(long, value_name = "PATH")]
    pub resolv_conf: Option<PathBuf>,
    /// A reference resolver, IP or IP:PORT; repeat for several (replaces the configured list).
    #[arg(long = "resolver", value_name = "ADDR[:PORT]", value_parser = parse_resolver_arg)]
    pub resolvers: Vec<std::net::SocketAddr>,
    /// Send each DNS query this many times at once and report success rate and latency.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=100))]
    pub samples: Option<u32>,
    /// A module-proxy mirror to measure, as a URL (goproxy.cn means https://goproxy.cn, as in
    /// GOPROXY); repeat for several (replaces the configured list).
    #[arg(long = "mirror", value_name = "URL", value_parser = parse_mirror_arg)]
    pub mirrors: Vec<MirrorArg>,
    /// A VS Code settings.json or .code-workspace file to read; repeat for several (replaces discovery).
    #[arg(long = "vscode-settings", value_name = "PATH")]
    pub vscode_settings: Vec<PathBuf>,
    /// Timeout of every probe, the go command included (e.g. 3s, 500ms).
    #[arg(long, value_name = "DURATION", value_parser = parse_timeout)]
    pub timeout: Option<Duration>,
}

#[derive(Debug, Args)]
pub struct FixArgs {
    /// Perform the safe fixes: go env through your go, VS Code settings in place, with backups.
    #[arg(long, conflicts_with = "undo")]
    pub apply: bool,
    /// Restore the files and go env values of the last --apply.
    #[arg(long)]
    pub undo: bool,
    /// With --undo: also restore what was changed since the apply, overwriting it (a copy of
    /// each file overwritten is kept next to the backups).
    #[arg(long, requires = "undo", conflicts_with = "apply")]
    pub force: bool,
    /// After applying, download the probe module with go itself (temporary module and cache).
    #[arg(long, requires = "apply")]
    pub verify: bool,
    /// The GOPROXY to write instead of the fastest mirror measured (a URL means URL,direct).
    #[arg(long, value_name = "URL", conflicts_with = "undo", value_parser = parse_proxy)]
    pub proxy: Option<String>,
    /// The GOSUMDB to write, e.g. sum.golang.google.cn (never off).
    #[arg(long, value_name = "NAME", conflicts_with = "undo", value_parser = parse_sumdb)]
    pub sumdb: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Same as --format json.
    #[arg(long, conflicts_with = "format")]
    pub json: bool,
    /// Color the output [default: auto; NO_COLOR turns auto off].
    #[arg(long, value_enum, value_name = "WHEN")]
    pub color: Option<ColorChoice>,
    /// Plan without the checks that use the network (no measured mirror: no GOPROXY change).
    #[arg(long, conflicts_with = "undo")]
    pub offline: bool,
    #[command(flatten)]
    pub inputs: InputArgs,
}

impl FixArgs {
    pub fn format(&self) -> Format {
        if self.json { Format::Json } else { self.format }
    }
}

fn parse_proxy(text: &str) -> Result<String, String> {
    crate::fix::choices::goproxy_value(text)
}

fn parse_sumdb(text: &str) -> Result<String, String> {
    crate::fix::choices::gosumdb_value(text)
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The finding code, e.g. go-env.goproxy-off (the part after the dot is enough when unique).
    #[arg(required_unless_present = "list")]
    pub code: Option<String>,
    /// List every code with its title.
    #[arg(long)]
    pub list: bool,
}

fn parse_resolver_arg(text: &str) -> Result<std::net::SocketAddr, String> {
    crate::config::parse_resolver(text).map_err(|e| e.to_string())
}

/// One `--mirror`: the URL, and the text as given when godiag added the scheme (the note
/// says so).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MirrorArg {
    pub url: String,
    pub without_scheme: Option<String>,
}

impl MirrorArg {
    /// The note for a mirror given without its scheme.
    pub fn note(&self) -> Option<crate::i18n::Message> {
        self.without_scheme
            .as_ref()
            .map(|given| crate::config::messages::mirror_without_scheme(given, &self.url))
    }
}

fn parse_mirror_arg(text: &str) -> Result<MirrorArg, String> {
    let (url, added) = crate::config::parse_mirror_flag(text).map_err(|e| e.to_string())?;
    Ok(MirrorArg {
        url,
        without_scheme: added.then(|| text.trim().to_string()),
    })
}

fn parse_timeout(text: &str) -> Result<Duration, String> {
    crate::config::parse_duration(text).map_err(|e| e.to_string())
}

impl CheckArgs {
    pub fn format(&self) -> Format {
        if self.json { Format::Json } else { self.format }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn only_takes_comma_separated_ids() {
        let cli = Cli::try_parse_from(["godiag", "check", "--only", "go-env", "--json"]).unwrap();
        let Command::Check(args) = cli.command else {
            panic!("not check")
        };
        assert_eq!(args.only, vec![CheckId::GoEnv]);
        assert_eq!(args.format(), Format::Json);
    }

    #[test]
    fn unknown_check_id_is_a_usage_error() {
        let err = Cli::try_parse_from(["godiag", "check", "--only", "nope"]).unwrap_err();
        assert_eq!(err.exit_code(), 2);
        assert!(err.to_string().contains("go-env"));
    }

    #[test]
    fn fix_refuses_sumdb_off_and_bad_proxies() {
        let err = Cli::try_parse_from(["godiag", "fix", "--sumdb", "off"]).unwrap_err();
        assert_eq!(err.exit_code(), 2);
        assert!(
            err.to_string()
                .contains("never turns checksum verification off"),
            "{err}"
        );
        let err = Cli::try_parse_from(["godiag", "fix", "--proxy", "off"]).unwrap_err();
        assert!(
            err.to_string().contains("forbids every module download"),
            "{err}"
        );
        let cli = Cli::try_parse_from(["godiag", "fix", "--proxy", "https://goproxy.cn/"]).unwrap();
        let Command::Fix(args) = cli.command else {
            panic!("not fix")
        };
        assert_eq!(args.proxy.as_deref(), Some("https://goproxy.cn,direct"));
        assert!(
            Cli::try_parse_from(["godiag", "fix", "--verify"]).is_err(),
            "--verify needs --apply"
        );
        assert!(Cli::try_parse_from(["godiag", "fix", "--undo", "--apply"]).is_err());
        let err = Cli::try_parse_from(["godiag", "fix", "--force"]).unwrap_err();
        assert_eq!(err.exit_code(), 2, "--force is only for --undo");
        assert!(err.to_string().contains("--undo"), "{err}");
        assert!(Cli::try_parse_from(["godiag", "fix", "--apply", "--force"]).is_err());
        assert!(Cli::try_parse_from(["godiag", "fix", "--undo", "--force"]).is_ok());
    }

    #[test]
    fn lang_is_global_and_checked() {
        let cli =
            Cli::try_parse_from(["godiag", "explain", "dns.poisoned", "--lang", "zh-CN"]).unwrap();
        assert_eq!(cli.lang.as_deref(), Some("zh-CN"));
        let cli = Cli::try_parse_from(["godiag", "--lang=zh_CN.UTF-8", "check"]).unwrap();
        assert_eq!(cli.lang.as_deref(), Some("zh_CN.UTF-8"));
        let err = Cli::try_parse_from(["godiag", "--lang", "fr", "check"]).unwrap_err();
        assert_eq!(err.exit_code(), 2);
        assert!(err.to_string().contains("zh-CN"), "{err}");
    }

    #[test]
    fn json_conflicts_with_format() {
        assert!(Cli::try_parse_from(["godiag", "check", "--json", "--format", "human"]).is_err());
    }
}
