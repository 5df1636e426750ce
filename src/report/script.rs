//! The "Suggested fixes" block as a script the user can paste: every line is a command of
//! their shell or a `#` comment, each step appears once, steps that need root say so, and
//! what is not a shell command (a VS Code settings edit, a value whose password the report
//! masked, a command with a placeholder to fill in) is a comment, with `godiag fix --apply`
//! as the command that makes the settings edits.
//!
//! Pure: the plan in, lines out. Which steps are already in place is decided before, by the
//! same preview `godiag fix` uses (see `fix::outstanding`).

use std::collections::HashSet;

use crate::fix::messages as msg;
use crate::i18n::Message;
use crate::model::{Action, Applicability, Fix, shell_quote};
use crate::platform::{Os, Shell, is_system_file};
use crate::redact::redact;

/// The script lines of `fixes` for `shell`, comments styled by `dim` (the renderer's painter,
/// which knows whether color is on); no indentation.
pub(crate) fn render_fix_script(
    fixes: &[Fix],
    shell: Shell,
    dim: &dyn Fn(&str) -> String,
) -> Vec<String> {
    script(fixes, shell)
        .into_iter()
        .map(|line| match line {
            Line::Comment(text) => dim(&text),
            Line::Command(text) => text,
        })
        .collect()
}

/// One line of the script, before painting.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Line {
    Comment(String),
    Command(String),
}

fn comment(text: &str) -> Line {
    Line::Comment(format!("# {}", redact(&flat(text))))
}

/// `text` on one line: a newline in a value would end a comment and run the rest.
fn flat(text: &str) -> String {
    text.chars()
        .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
        .collect()
}

/// The OS whose file conventions go with `shell`.
fn os_of(shell: Shell) -> Os {
    match shell {
        Shell::Posix => Os::Linux,
        Shell::PowerShell => Os::Windows,
    }
}

/// The shell as the catalogue's selectors name it.
fn shell_keyword(shell: Shell) -> &'static str {
    match shell {
        Shell::Posix => "posix",
        Shell::PowerShell => "powershell",
    }
}

fn script(fixes: &[Fix], shell: Shell) -> Vec<Line> {
    let os = os_of(shell);
    // Deleting line 3 shifts line 5: every deletion in one file is one command, placed where
    // the first fix that needs it is.
    let mut removals: Vec<(&str, Vec<(u32, &str)>)> = Vec::new();
    for action in fixes.iter().flat_map(|f| &f.actions) {
        if let Action::RemoveLine {
            file, line, text, ..
        } = action
        {
            match removals.iter_mut().find(|(f, _)| f == file) {
                Some((_, lines)) => lines.push((*line, text)),
                None => removals.push((file, vec![(*line, text)])),
            }
        }
    }
    let mut out = Vec::new();
    let mut headers: HashSet<String> = HashSet::new();
    let mut commands: HashSet<String> = HashSet::new();
    let mut files_done: HashSet<&str> = HashSet::new();
    let mut settings_edits = false;
    for fix in fixes {
        let mut body: Vec<Line> = Vec::new();
        let mut needs_root = false;
        // Only "deleted by the command above": nothing of its own to say under a heading
        // already printed.
        let mut only_notes = true;
        // Files whose deletions this fix's own body holds: no note under the same heading.
        let mut files_here: HashSet<&str> = HashSet::new();
        for action in &fix.actions {
            match action {
                Action::GoEnvSet { key, value, .. } => {
                    only_notes = false;
                    body.push(command_or_comment(format!(
                        "go env -w {}",
                        quote(shell, &format!("{key}={value}"))
                    )));
                }
                Action::GoEnvUnset { key, .. } => {
                    only_notes = false;
                    body.push(command_or_comment(format!("go env -u {key}")));
                }
                Action::Shell { command, note } if command.is_empty() => {
                    if let Some(note) = note {
                        body.push(comment(&note.to_string()));
                    }
                }
                Action::Shell { command, note } => {
                    only_notes = false;
                    needs_root |= command.trim_start().starts_with("sudo ");
                    let line = shell_line(&for_shell(shell, command));
                    body.push(match (line, note) {
                        // What the command is for, after it: `#` starts a comment in sh and
                        // PowerShell alike.
                        (Line::Command(c), Some(note)) => {
                            Line::Command(format!("{c}   # {}", redact(&flat(&note.to_string()))))
                        }
                        (line, _) => line,
                    });
                }
                Action::RemoveLine { file, line, .. } => {
                    needs_root |= is_system_file(os, file);
                    if files_done.insert(file) {
                        files_here.insert(file);
                        let lines = removals
                            .iter()
                            .find(|(f, _)| f == file)
                            .map(|(_, l)| l.as_slice())
                            .unwrap_or_default();
                        body.extend(remove_lines(shell, os, file, lines));
                        only_notes = false;
                    } else if !files_here.contains(file.as_str()) {
                        body.push(comment(&msg::script_deleted_above(*line, file).to_string()));
                    }
                }
                Action::SettingsSet {
                    file,
                    setting,
                    key,
                    value,
                    ..
                } => {
                    only_notes = false;
                    let change = serde_json::json!({ setting.as_str(): { key.as_str(): value } });
                    body.push(settings_line(fix, file, &change.to_string()));
                    settings_edits |= fix.applicability == Applicability::Safe;
                }
                Action::SettingsRemove {
                    file, setting, key, ..
                } => {
                    only_notes = false;
                    let change = msg::script_remove_key(
                        serde_json::Value::String(key.clone()).to_string(),
                        serde_json::Value::String(setting.clone()).to_string(),
                    )
                    .to_string();
                    body.push(settings_line(fix, file, &change));
                    settings_edits |= fix.applicability == Applicability::Safe;
                }
            }
        }
        body.retain(|line| match line {
            Line::Command(c) => commands.insert(c.clone()),
            Line::Comment(_) => true,
        });
        if body.is_empty() {
            continue;
        }
        let header = if needs_root && !mentions_rights(&fix.description) {
            msg::script_needs_root(shell_keyword(shell), fix.description.clone()).to_string()
        } else {
            fix.description.to_string()
        };
        if headers.insert(header.clone()) {
            out.push(comment(&header));
        } else if only_notes {
            continue;
        }
        out.extend(body);
    }
    if settings_edits {
        out.push(comment(&msg::script_settings_note().to_string()));
        out.push(Line::Command("godiag fix --apply".into()));
    }
    out
}

/// Whether a fix's description already says it needs root or an administrator, in the
/// language it is shown in. The description may be text read back from a report (the fix
/// plan's steps are), so its words are what there is to look at; this decides only whether
/// the comment repeats them.
fn mentions_rights(description: &Message) -> bool {
    let text = description.to_string();
    let rights: Vec<String> = ["posix", "powershell"]
        .iter()
        .map(|shell| msg::script_rights(*shell).to_string())
        .collect();
    rights
        .iter()
        .map(String::as_str)
        .chain([
            crate::platform::admin_rights(Os::Linux),
            crate::platform::admin_rights(Os::Windows),
            "root",
            "administrator",
            "管理员",
        ])
        .any(|w| text.contains(w))
}

/// A command, unless printing it masked a password: running it would write `***` where the
/// credentials were, so it becomes a comment saying what to put back.
fn command_or_comment(command: String) -> Line {
    let shown = redact(&command);
    if shown == command {
        Line::Command(command)
    } else {
        comment(&msg::script_real_password(crate::redact::MASK, shown).to_string())
    }
}

/// A POSIX `unset A B` (some rules write it whatever the OS) in PowerShell's words; other
/// commands are already written for the OS's shell.
fn for_shell(shell: Shell, command: &str) -> String {
    let Some(names) = command.trim().strip_prefix("unset ") else {
        return command.to_string();
    };
    if shell == Shell::Posix || names.contains('#') {
        return command.to_string();
    }
    // Windows names are case-insensitive: `HTTPS_PROXY https_proxy` is one variable.
    let mut seen: Vec<String> = Vec::new();
    for name in names.split_whitespace() {
        if !seen.iter().any(|s| s.eq_ignore_ascii_case(name)) {
            seen.push(name.to_ascii_uppercase());
        }
    }
    seen.iter()
        .map(|n| crate::platform::unset_command(Os::Windows, n))
        .collect::<Vec<_>>()
        .join("; ")
}

/// A shell action: a comment stays one; a command with a `<placeholder>` to fill in cannot run
/// as it is (`<` is a redirection), so it is shown as a comment.
fn shell_line(command: &str) -> Line {
    let trimmed = command.trim_start();
    if trimmed.starts_with('#') {
        return comment(trimmed.trim_start_matches('#').trim_start());
    }
    if has_placeholder(trimmed) {
        return comment(&msg::script_fill_in(trimmed).to_string());
    }
    command_or_comment(trimmed.to_string())
}

/// `go env -w GOPRIVATE=<your private module patterns>`: an angle-bracketed blank before any
/// trailing comment.
fn has_placeholder(command: &str) -> bool {
    let code = command.split(" #").next().unwrap_or(command);
    code.find('<')
        .is_some_and(|open| code[open..].contains('>'))
}

fn settings_line(fix: &Fix, file: &str, change: &str) -> Line {
    match fix.applicability {
        Applicability::Safe => comment(&msg::script_settings_edit(file, change).to_string()),
        Applicability::Manual => comment(&msg::script_settings_by_hand(file, change).to_string()),
    }
}

/// Quotes one word for `shell` when it needs it. PowerShell: single quotes, `'` doubled; `,`
/// (an array), `|`, `;`, `&`, `$`, braces and parentheses all mean something there.
fn quote(shell: Shell, word: &str) -> String {
    match shell {
        Shell::Posix => shell_quote(word),
        Shell::PowerShell => {
            let plain = !word.is_empty()
                && word
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-_=/.:".contains(&b));
            if plain {
                word.to_string()
            } else {
                format!("'{}'", word.replace('\'', "''"))
            }
        }
    }
}

/// Deleting lines of `file`. POSIX: one `sed -i.bak` (GNU and BSD sed alike) whose every
/// deletion checks that the line still holds the text godiag saw, so a file edited since is
/// never cut at the wrong place; `sudo` for a system file. A line godiag could only show
/// shortened or escaped, and every line in PowerShell, is a comment to act on by hand.
fn remove_lines(shell: Shell, os: Os, file: &str, lines: &[(u32, &str)]) -> Vec<Line> {
    let mut sorted: Vec<(u32, &str)> = lines.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    let mut out = Vec::new();
    let mut expressions = Vec::new();
    for (line, text) in sorted {
        match (shell, line_pattern(text)) {
            (Shell::Posix, Some(pattern)) => {
                expressions.push(format!(
                    "-e {}",
                    shell_quote(&format!("{line}{{/{pattern}/d;}}"))
                ));
            }
            _ => out.push(comment(
                &msg::script_delete_line(line, file, text).to_string(),
            )),
        }
    }
    if !expressions.is_empty() {
        let sudo = if is_system_file(os, file) {
            "sudo "
        } else {
            ""
        };
        out.insert(
            0,
            command_or_comment(format!(
                "{sudo}sed -i.bak {} {}",
                expressions.join(" "),
                shell_quote(file)
            )),
        );
    }
    out
}

/// A basic regular expression matching exactly a line that holds `text` (as godiag shows it:
/// trimmed), whatever its blanks; `None` when the text is not the line's own (shortened, or
/// with escaped control characters).
fn line_pattern(text: &str) -> Option<String> {
    // A line holding a password is matched only by printing the password: by hand instead.
    if text.is_empty() || text.contains('…') || text.contains('\\') || redact(text) != text {
        return None;
    }
    let words: Vec<String> = text
        .split_whitespace()
        .map(|w| {
            let mut escaped = String::new();
            for c in w.chars() {
                if "\\/.*[]^$".contains(c) {
                    escaped.push('\\');
                }
                escaped.push(c);
            }
            escaped
        })
        .collect();
    Some(format!(
        "^[[:space:]]*{}[[:space:]]*$",
        words.join("[[:space:]]\\{1,\\}")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fix::messages::said;

    fn text(fixes: &[Fix], shell: Shell) -> Vec<String> {
        render_fix_script(fixes, shell, &|t| t.to_string())
    }

    fn pin(line: u32, text: &str) -> Fix {
        Fix::manual(
            said("delete the pinned lines unless you maintain them on purpose (needs root)"),
            vec![Action::remove_line("/etc/hosts", line, text)],
        )
    }

    #[test]
    fn every_line_is_a_command_or_a_comment_and_each_step_appears_once() {
        let fixes = vec![
            pin(5, "121.40.200.18 goproxy.cn"),
            pin(3, "1.2.3.4\tproxy.golang.org"),
            pin(9, "5.6.7.8 sum.golang.org # pinned"),
            Fix::safe(
                said("use the fastest mirror measured"),
                vec![Action::go_env_set("GOPROXY", "https://goproxy.cn|direct")],
            ),
        ];
        let lines = text(&fixes, Shell::Posix);
        assert_eq!(
            lines,
            vec![
                "# delete the pinned lines unless you maintain them on purpose (needs root)",
                r"sudo sed -i.bak -e '3{/^[[:space:]]*1\.2\.3\.4[[:space:]]\{1,\}proxy\.golang\.org[[:space:]]*$/d;}' -e '5{/^[[:space:]]*121\.40\.200\.18[[:space:]]\{1,\}goproxy\.cn[[:space:]]*$/d;}' -e '9{/^[[:space:]]*5\.6\.7\.8[[:space:]]\{1,\}sum\.golang\.org[[:space:]]\{1,\}#[[:space:]]\{1,\}pinned[[:space:]]*$/d;}' /etc/hosts",
                "# use the fastest mirror measured",
                "go env -w 'GOPROXY=https://goproxy.cn|direct'",
            ]
        );
    }

    #[test]
    fn deletions_of_one_file_in_one_fix_are_one_command_without_notes() {
        let fixes = vec![
            Fix::manual(
                said("delete the pinned lines"),
                vec![
                    Action::remove_line("/h", 3, "1.1.1.1 a.example"),
                    Action::remove_line("/h", 2, "2.2.2.2 b.example"),
                ],
            ),
            Fix::manual(
                said("delete the sinkhole"),
                vec![Action::remove_line("/h", 7, "0.0.0.0 c.example")],
            ),
        ];
        let lines = text(&fixes, Shell::Posix);
        assert_eq!(lines.len(), 4, "{lines:#?}");
        assert!(
            lines[1].contains("-e '2{") && lines[1].contains("-e '7{"),
            "{}",
            lines[1]
        );
        assert_eq!(lines[3], "# line 7 of /h: deleted by the command above");
    }

    #[test]
    fn settings_edits_are_comments_and_one_godiag_fix_apply() {
        let fixes = vec![
            Fix::safe(
                said("give the tools go env's GOPROXY"),
                vec![
                    Action::go_env_set("GOPROXY", "https://goproxy.cn,direct"),
                    Action::settings_set(
                        "/u/settings.json",
                        "go.toolsEnvVars",
                        "GOPROXY",
                        "https://goproxy.cn,direct",
                    ),
                ],
            ),
            Fix::safe(
                said("never GOSUMDB=off"),
                vec![Action::settings_remove(
                    "/u/settings.json",
                    "go.toolsEnvVars",
                    "GOSUMDB",
                )],
            ),
            Fix::manual(
                said("give the Go tools go env's GOPRIVATE"),
                vec![Action::settings_set(
                    "/w/.vscode/settings.json",
                    "go.toolsEnvVars",
                    "GOPRIVATE",
                    "x",
                )],
            ),
        ];
        let lines = text(&fixes, Shell::Posix);
        assert_eq!(
            lines,
            vec![
                "# give the tools go env's GOPROXY",
                "go env -w GOPROXY=https://goproxy.cn,direct",
                r#"# VS Code settings /u/settings.json: {"go.toolsEnvVars":{"GOPROXY":"https://goproxy.cn,direct"}}"#,
                "# never GOSUMDB=off",
                r#"# VS Code settings /u/settings.json: remove "GOSUMDB" from "go.toolsEnvVars""#,
                "# give the Go tools go env's GOPRIVATE",
                r#"# by hand, in /w/.vscode/settings.json: {"go.toolsEnvVars":{"GOPRIVATE":"x"}}"#,
                "# the VS Code settings changes above are not shell commands: godiag makes them in place, with backups (`godiag fix` shows the diffs)",
                "godiag fix --apply",
            ]
        );
    }

    #[test]
    fn placeholders_masked_passwords_and_shortened_lines_are_comments() {
        let fixes = vec![
            Fix::manual(
                said("narrow GONOPROXY"),
                vec![Action::shell(
                    "go env -w GONOPROXY=<your private module patterns>",
                )],
            ),
            Fix::safe(
                said("the corporate proxy"),
                vec![Action::go_env_set("GOPROXY", "https://u:pw@goproxy.corp")],
            ),
            Fix::manual(
                said("remove the export"),
                vec![
                    Action::shell("unset GOPROXY"),
                    Action::remove_line("/home/u/.bashrc", 3, "export GOPROXY=off…"),
                    Action::shell("# and the other 9 lines"),
                ],
            ),
        ];
        let lines = text(&fixes, Shell::Posix);
        assert_eq!(
            lines,
            vec![
                "# narrow GONOPROXY",
                "# fill in, then run: go env -w GONOPROXY=<your private module patterns>",
                "# the corporate proxy",
                "# with your real user:password in place of ***: go env -w GOPROXY=https://***@goproxy.corp",
                "# remove the export",
                "unset GOPROXY",
                "# delete line 3 of /home/u/.bashrc: export GOPROXY=off…",
                "# and the other 9 lines",
            ]
        );
    }

    #[test]
    fn a_users_own_file_needs_no_sudo_and_a_quote_in_the_line_is_kept() {
        let fixes = vec![Fix::manual(
            said("remove GOPROXY from the OS environment"),
            vec![Action::remove_line(
                "/home/u/my files/.bashrc",
                2,
                "export GOPROXY='https://proxy.golang.org'",
            )],
        )];
        let lines = text(&fixes, Shell::Posix);
        assert_eq!(
            lines[1],
            r"sed -i.bak -e '2{/^[[:space:]]*export[[:space:]]\{1,\}GOPROXY='\''https:\/\/proxy\.golang\.org'\''[[:space:]]*$/d;}' '/home/u/my files/.bashrc'"
        );
    }

    #[test]
    fn root_is_named_when_the_description_does_not() {
        let fixes = vec![Fix::manual(
            said("delete the line"),
            vec![Action::remove_line("/etc/hosts", 1, "0.0.0.0 goproxy.cn")],
        )];
        assert_eq!(
            text(&fixes, Shell::Posix)[0],
            "# needs root: delete the line"
        );
        let win = Fix::manual(
            said("delete the line"),
            vec![Action::remove_line(
                r"C:\Windows\System32\drivers\etc\hosts",
                1,
                "0.0.0.0 goproxy.cn",
            )],
        );
        assert_eq!(
            text(&[win], Shell::PowerShell),
            vec![
                "# needs an administrator PowerShell: delete the line",
                r"# delete line 1 of C:\Windows\System32\drivers\etc\hosts: 0.0.0.0 goproxy.cn",
            ]
        );
    }

    #[test]
    fn powershell_quotes_go_env_values_in_single_quotes() {
        let fixes = vec![Fix::safe(
            said("x"),
            vec![
                Action::go_env_set("GOPROXY", "https://goproxy.cn,direct"),
                Action::go_env_set("GOFLAGS", "-mod=mod"),
                Action::go_env_set("GOPRIVATE", "it's|a"),
            ],
        )];
        let lines = text(&fixes, Shell::PowerShell);
        assert_eq!(lines[1], "go env -w 'GOPROXY=https://goproxy.cn,direct'");
        assert_eq!(lines[2], "go env -w GOFLAGS=-mod=mod");
        assert_eq!(lines[3], "go env -w 'GOPRIVATE=it''s|a'");
    }

    #[test]
    fn a_line_holding_a_password_is_deleted_by_hand_and_never_printed() {
        let fixes = vec![Fix::manual(
            said("delete the line"),
            vec![Action::remove_line(
                "/home/u/hosts",
                2,
                "0.0.0.0 sum.golang.org # via http://u:s3cret@h",
            )],
        )];
        let lines = text(&fixes, Shell::Posix);
        assert_eq!(
            lines[1],
            "# delete line 2 of /home/u/hosts: 0.0.0.0 sum.golang.org # via http://***@h"
        );
        assert!(!lines.join("\n").contains("s3cret"));
    }

    #[test]
    fn a_posix_unset_becomes_remove_item_in_powershell() {
        let fixes = vec![Fix::manual(
            said("remove the dead proxy"),
            vec![Action::shell("unset HTTPS_PROXY https_proxy")],
        )];
        assert_eq!(
            text(&fixes, Shell::PowerShell)[1],
            "Remove-Item Env:HTTPS_PROXY"
        );
        assert_eq!(
            text(&fixes, Shell::Posix)[1],
            "unset HTTPS_PROXY https_proxy"
        );
    }

    #[test]
    fn identical_headers_print_once_and_colors_only_dim_comments() {
        let fixes = vec![
            Fix::manual(said("same"), vec![Action::shell("unset A")]),
            Fix::manual(said("same"), vec![Action::shell("unset B")]),
            Fix::manual(said("same"), vec![Action::shell("unset A")]),
        ];
        assert_eq!(
            text(&fixes, Shell::Posix),
            vec!["# same", "unset A", "unset B"]
        );
        let colored =
            render_fix_script(&fixes, Shell::Posix, &|t| format!("\u{1b}[2m{t}\u{1b}[0m"));
        assert_ne!(colored[0], "# same");
        assert_eq!(colored[1], "unset A");
    }

    #[test]
    fn comments_speak_chinese_and_root_is_named_once() {
        use crate::i18n::{Lang, in_lang};
        let fixes = vec![
            Fix::manual(
                said("删除这些行"),
                vec![
                    Action::remove_line("/etc/hosts", 1, "0.0.0.0 goproxy.cn"),
                    Action::remove_line("/etc/hosts", 2, "bad line…"),
                ],
            ),
            Fix::safe(
                crate::checks::vscode::messages::fix_gosumdb_off(),
                vec![Action::settings_remove(
                    "/u/settings.json",
                    "go.toolsEnvVars",
                    "GOSUMDB",
                )],
            ),
        ];
        let lines = in_lang(Lang::ZhCn, || text(&fixes, Shell::Posix));
        assert_eq!(lines[0], "# 需要 root 权限：删除这些行");
        assert_eq!(lines[2], "# 删除 /etc/hosts 第 2 行：bad line…");
        assert_eq!(
            lines[3],
            "# 让 Go 工具沿用 go env 中的校验和数据库（不要用 GOSUMDB=off）"
        );
        assert_eq!(
            lines[4],
            r#"# VS Code 设置 /u/settings.json：从 "go.toolsEnvVars" 中删除 "GOSUMDB""#
        );
        assert!(lines[5].starts_with("# 上面的 VS Code 设置改动不是 shell 命令"));
        assert_eq!(lines[6], "godiag fix --apply");
        // A description that already names the rights is not prefixed again.
        let said_root = vec![Fix::manual(
            said("删除这一行（需要 root 权限）"),
            vec![Action::remove_line("/etc/hosts", 1, "0.0.0.0 goproxy.cn")],
        )];
        let lines = in_lang(Lang::ZhCn, || text(&said_root, Shell::Posix));
        assert_eq!(lines[0], "# 删除这一行（需要 root 权限）");
    }
}
