//! `--proxy` and `--sumdb`: values the user chose instead of the measured ones, checked with
//! Go's own parsing rules before anything is planned.

use crate::go::goproxy::{self, ProxyEntry};
use crate::go::gosumdb::{self, SumDb};
use crate::model::{Action, Applicability, Fix};

/// The user's choices for `godiag fix`, validated.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Choices {
    /// The GOPROXY value to write.
    pub proxy: Option<String>,
    /// The GOSUMDB value to write.
    pub sumdb: Option<String>,
}

impl Choices {
    /// Validates `--proxy` and `--sumdb` as the command line does (its value parsers call
    /// the same functions). The error says what was expected.
    #[cfg(test)]
    pub fn new(proxy: Option<&str>, sumdb: Option<&str>) -> Result<Choices, String> {
        Ok(Choices {
            proxy: proxy.map(goproxy_value).transpose()?,
            sumdb: sumdb.map(gosumdb_value).transpose()?,
        })
    }

    /// Replaces every planned value of GOPROXY / GOSUMDB with the chosen one, and plans the
    /// change as a safe `go env -w` when no safe fix already makes it (a write that an OS
    /// variable shadows is then reported as such, not silently left out).
    pub fn apply(&self, fixes: &mut Vec<Fix>) {
        for (name, chosen, flag) in [
            ("GOPROXY", &self.proxy, "--proxy"),
            ("GOSUMDB", &self.sumdb, "--sumdb"),
        ] {
            let Some(chosen) = chosen else { continue };
            let mut written = false;
            for fix in fixes.iter_mut() {
                for action in fix.actions.iter_mut() {
                    if action.assigned().is_some_and(|(k, _)| k == name) {
                        *action = action.with_value(chosen);
                        written |= fix.applicability == Applicability::Safe
                            && matches!(action, Action::GoEnvSet { .. });
                    }
                }
            }
            if !written {
                fixes.push(Fix::safe(
                    super::messages::as_flag_asks(name, flag),
                    vec![Action::go_env_set(name, chosen)],
                ));
            }
        }
    }
}

/// `--proxy URL` means `GOPROXY=URL,direct`; a whole list (with `,` or `|`, or `direct`) is
/// taken as it is. `off` is refused: it disables every download.
pub fn goproxy_value(text: &str) -> Result<String, String> {
    let text = text.trim();
    let list = goproxy::parse(text).map_err(|e| {
        format!(
            "--proxy {text}: expected a module proxy URL such as https://goproxy.cn or a GOPROXY list, but Go would reject it: {}",
            e.message
        )
    })?;
    if list.entries.iter().any(|e| matches!(e, ProxyEntry::Off)) {
        return Err(format!(
            "--proxy {text}: GOPROXY=off forbids every module download; give a proxy URL such as https://goproxy.cn"
        ));
    }
    match list.entries.as_slice() {
        [ProxyEntry::Url { .. }] => Ok(format!("{},direct", text.trim_end_matches('/'))),
        _ => Ok(text.to_string()),
    }
}

/// `--sumdb NAME` is any GOSUMDB value Go accepts, except `off`.
pub fn gosumdb_value(text: &str) -> Result<String, String> {
    let text = text.trim();
    match gosumdb::parse(text) {
        Ok(SumDb::Off) => Err(format!(
            "--sumdb {text}: godiag never turns checksum verification off: it is what proves that a mirror served the same code as everyone else. If sum.golang.org is unreachable, use --sumdb sum.golang.google.cn, or a GOPROXY that proxies the checksum database"
        )),
        Ok(_) => Ok(text.to_string()),
        Err(e) => Err(format!(
            "--sumdb {text}: expected a checksum database such as sum.golang.org or sum.golang.google.cn, but Go would reject it: {e}"
        )),
    }
}
