//! The command line in the user's language: clap's help texts replaced, when the language is
//! not English, by the catalogue's `help-*` texts, before parsing (so the language is chosen
//! from a quick scan of the arguments and the environment first).
//!
//! English help stays where clap's derive puts it, in the doc comments of `src/cli.rs`; the
//! other languages key their texts by where they appear (docs/i18n.md):
//!
//! | text | id |
//! |---|---|
//! | a command's about, long about, examples | `help-about`, `help-long-about`, `help-examples` (the top level); `help-check-about` ... |
//! | an argument | `help--lang` (the top level), `help-check--verbose`, `help-explain--code` |
//! | a value's help in a list of possible values | `help-value-go-env`, `help-value-auto` |
//! | clap's own words | `help-heading-*`, `help-flag-help`, `help-flag-version`, `help-subcommand-help` |

use std::ffi::{OsStr, OsString};
use std::marker::PhantomData;

use clap::builder::{EnumValueParser, PossibleValue, TypedValueParser};
use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches, ValueEnum};

use crate::checks::CheckId;
use crate::cli::{Cli, ColorChoice};
use crate::i18n::{self, Lang};

/// Parses the process's arguments, with `--help` in the language chosen from `--lang` and the
/// environment. Usage errors exit 2 and `--help` exits 0, through clap.
pub fn parse() -> Cli {
    let args: Vec<OsString> = std::env::args_os().collect();
    let lang = i18n::detect(prescan(&args).as_deref());
    // Value parsers (ours) speak the chosen language; clap's own words stay clap's.
    crate::i18n::in_lang(lang, || {
        let matches = command(lang).get_matches_from(args);
        Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
    })
}

/// The value of `--lang` among `args` (the program name first), read before clap parses so
/// that the help can be in that language. Arguments after `--` are not options.
pub fn prescan(args: &[OsString]) -> Option<String> {
    let mut iter = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = iter.next() {
        if arg == "--" {
            break;
        }
        if arg == "--lang" {
            return iter.next().map(|v| v.into_owned());
        }
        if let Some(value) = arg.strip_prefix("--lang=") {
            return Some(value.to_string());
        }
    }
    None
}

/// The clap command with its help texts in `lang`.
pub fn command(lang: Lang) -> Command {
    let cmd = Cli::command();
    match lang {
        Lang::En => cmd,
        Lang::ZhCn => {
            let mut cmd = localize(cmd, "", lang, false);
            // clap adds its `help` subcommand while building; its about is replaced after.
            cmd.build();
            let about = i18n::text(lang, "help-subcommand-help", &[]);
            cmd.mut_subcommand("help", |help| {
                let nested = help.get_subcommands().any(|s| s.get_name() == "help");
                let help = help
                    .about(about.clone())
                    .help_template(template(lang))
                    .subcommand_help_heading(i18n::text(lang, "help-heading-commands", &[]));
                if nested {
                    help.mut_subcommand("help", |inner| inner.about(about))
                } else {
                    help
                }
            })
        }
    }
}

/// `cmd` and its subcommands with every help text from the catalogue. `path` is the
/// subcommand's name (empty at the top level); `inherited_version` is whether a parent's
/// version reaches this command (`propagate_version`).
fn localize(mut cmd: Command, path: &str, lang: Lang, inherited_version: bool) -> Command {
    let t = |id: &str| i18n::text(lang, id, &[]);
    let prefix = if path.is_empty() {
        "help".to_string()
    } else {
        format!("help-{path}")
    };
    if cmd.get_about().is_some() {
        cmd = cmd.about(t(&format!("{prefix}-about")));
    }
    if cmd.get_long_about().is_some() {
        cmd = cmd.long_about(t(&format!("{prefix}-long-about")));
    }
    if cmd.get_after_help().is_some() {
        cmd = cmd.after_help(t(&format!("{prefix}-examples")));
    }
    let args: Vec<(String, String, bool)> = cmd
        .get_arguments()
        .map(|a| {
            let id = a.get_id().to_string();
            let key = a.get_long().map_or_else(|| id.clone(), str::to_string);
            (id, key, a.is_positional())
        })
        .collect();
    for (id, key, positional) in args {
        let help = t(&format!("{prefix}--{key}"));
        let heading = t(if positional {
            "help-heading-arguments"
        } else {
            "help-heading-options"
        });
        cmd = cmd.mut_arg(&id, |arg| {
            let arg = arg
                .help(help)
                .long_help(clap::builder::Resettable::Reset)
                .help_heading(heading);
            match id.as_str() {
                "only" | "skip" => arg.value_parser(Localized::<CheckId>::new(lang)),
                "color" => arg.value_parser(Localized::<ColorChoice>::new(lang)),
                _ => arg,
            }
        });
    }
    let has_version = cmd.get_version().is_some() || inherited_version;
    // clap adds its own English `--version` to every subcommand when the version propagates;
    // disabling it here disables it there, so each gets the translated one instead.
    let propagates = has_version && cmd.is_propagate_version_set();
    cmd = cmd
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(t("help-flag-help"))
                .help_heading(t("help-heading-options")),
        )
        .subcommand_help_heading(t("help-heading-commands"))
        .help_template(template(lang));
    if has_version {
        cmd = cmd.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(t("help-flag-version"))
                .help_heading(t("help-heading-options")),
        );
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        cmd = cmd.mut_subcommand(&name, |sub| localize(sub, &name, lang, propagates));
    }
    cmd
}

/// clap's default help template with the usage heading in `lang`.
fn template(lang: Lang) -> String {
    format!(
        "{{before-help}}{{about-with-newline}}\n{}{{usage}}\n\n{{all-args}}{{after-help}}",
        i18n::text(lang, "help-heading-usage", &[])
    )
}

/// A value parser for a `ValueEnum` whose possible values' help comes from the catalogue;
/// parsing itself is clap's, so `--only go-env` means what it means in English.
#[derive(Clone)]
struct Localized<T> {
    lang: Lang,
    enum_type: PhantomData<T>,
}

impl<T> Localized<T> {
    fn new(lang: Lang) -> Self {
        Localized {
            lang,
            enum_type: PhantomData,
        }
    }
}

impl<T: ValueEnum + Clone + Send + Sync + 'static> TypedValueParser for Localized<T> {
    type Value = T;

    fn parse_ref(&self, cmd: &Command, arg: Option<&Arg>, value: &OsStr) -> Result<T, clap::Error> {
        EnumValueParser::<T>::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            T::value_variants()
                .iter()
                .filter_map(ValueEnum::to_possible_value)
                .map(|value| {
                    if value.get_help().is_some() {
                        let id = format!("help-value-{}", value.get_name());
                        let help = i18n::text(self.lang, &id, &[]);
                        value.help(help)
                    } else {
                        value
                    }
                }),
        ))
    }
}

/// The `help-*` ids the Chinese command line uses: for the test that finds catalogue
/// entries nothing uses.
#[cfg(test)]
pub(crate) fn help_ids_used() -> Vec<String> {
    let mut ids = vec![
        "help-heading-usage".to_string(),
        "help-heading-options".to_string(),
        "help-heading-arguments".to_string(),
        "help-heading-commands".to_string(),
        "help-flag-help".to_string(),
        "help-flag-version".to_string(),
        "help-subcommand-help".to_string(),
    ];
    let cmd = Cli::command();
    collect(&cmd, "help", &mut ids);
    for sub in cmd.get_subcommands() {
        collect(sub, &format!("help-{}", sub.get_name()), &mut ids);
    }
    ids.sort();
    ids.dedup();
    ids
}

#[cfg(test)]
fn collect(cmd: &Command, prefix: &str, ids: &mut Vec<String>) {
    if cmd.get_about().is_some() {
        ids.push(format!("{prefix}-about"));
    }
    if cmd.get_long_about().is_some() {
        ids.push(format!("{prefix}-long-about"));
    }
    if cmd.get_after_help().is_some() {
        ids.push(format!("{prefix}-examples"));
    }
    for arg in cmd.get_arguments() {
        let key = arg
            .get_long()
            .map_or_else(|| arg.get_id().to_string(), str::to_string);
        ids.push(format!("{prefix}--{key}"));
        for value in arg.get_possible_values() {
            if value.get_help().is_some() {
                ids.push(format!("help-value-{}", value.get_name()));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn os(args: &[&str]) -> Vec<OsString> {
        args.iter().map(OsString::from).collect()
    }

    #[test]
    fn prescan_finds_lang_in_both_spellings() {
        assert_eq!(
            prescan(&os(&["godiag", "--lang", "zh-CN", "check"])).as_deref(),
            Some("zh-CN")
        );
        assert_eq!(
            prescan(&os(&["godiag", "explain", "--lang=zh-CN", "x"])).as_deref(),
            Some("zh-CN")
        );
        assert_eq!(prescan(&os(&["godiag", "check"])), None);
        assert_eq!(prescan(&os(&["godiag", "--", "--lang", "zh-CN"])), None);
        assert_eq!(prescan(&os(&["godiag", "--lang"])), None);
    }

    #[test]
    fn chinese_command_is_consistent_and_parses_like_english() {
        command(Lang::ZhCn).debug_assert();
        let matches = command(Lang::ZhCn)
            .try_get_matches_from(["godiag", "check", "--only", "dns,hosts", "--color", "never"])
            .unwrap();
        let cli = Cli::from_arg_matches(&matches).unwrap();
        let crate::cli::Command::Check(args) = cli.command else {
            panic!("not check")
        };
        assert_eq!(args.only, vec![CheckId::Dns, CheckId::Hosts]);
        assert_eq!(args.color, Some(ColorChoice::Never));
        let err = command(Lang::ZhCn)
            .try_get_matches_from(["godiag", "check", "--only", "nope"])
            .unwrap_err();
        assert_eq!(err.exit_code(), 2);
        for args in [
            &["godiag", "-V"][..],
            &["godiag", "check", "-V"],
            &["godiag", "fix", "--version"],
        ] {
            let err = command(Lang::ZhCn).try_get_matches_from(args).unwrap_err();
            assert_eq!(
                err.kind(),
                clap::error::ErrorKind::DisplayVersion,
                "{args:?}"
            );
        }
    }

    /// Every help text of every command, in Chinese, as clap renders it.
    fn all_help(lang: Lang) -> Vec<(String, String)> {
        let mut cmd = command(lang);
        cmd.build();
        let mut out = vec![("godiag".to_string(), cmd.render_long_help().to_string())];
        out.push(("godiag -h".to_string(), cmd.render_help().to_string()));
        for sub in cmd.get_subcommands_mut() {
            let name = sub.get_name().to_string();
            out.push((name.clone(), sub.render_long_help().to_string()));
            out.push((format!("{name} -h"), sub.render_help().to_string()));
        }
        out
    }

    #[test]
    fn chinese_help_has_every_text_and_fits_100_columns() {
        for (name, help) in all_help(Lang::ZhCn) {
            assert!(
                !help.contains("help-"),
                "{name}: an id instead of a text:\n{help}"
            );
            for line in help.lines() {
                assert!(
                    i18n::width(line) <= 100,
                    "{name}: {} columns: {line}",
                    i18n::width(line)
                );
            }
            for english in [
                "Options:",
                "Print help",
                "Print version",
                "Usage:",
                "Commands:",
            ] {
                assert!(!help.contains(english), "{name}: {english}\n{help}");
            }
        }
    }
}
