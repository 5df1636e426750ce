//! Windows: the user and system environment in the registry, where installers, `setx` and
//! System Properties put variables such as GOPROXY. They shadow `go env -w` for every program
//! started afterwards, whatever the current process's environment says. Elsewhere: nothing.

use super::facts::RegistryVariable;

/// The variables of both registry environments whose (case-insensitive) name is in `names`,
/// user first. Keys that cannot be opened or values that are not strings are skipped: this is
/// a hint about where a value comes from, never the value Go uses.
#[cfg(windows)]
pub fn read(names: &[&str]) -> Vec<RegistryVariable> {
    use super::facts::RegistryScope;
    use crate::redact::redact;

    let mut out = Vec::new();
    for (scope, root) in [
        (RegistryScope::User, windows_registry::CURRENT_USER),
        (RegistryScope::System, windows_registry::LOCAL_MACHINE),
    ] {
        let path = match scope {
            RegistryScope::User => "Environment",
            RegistryScope::System => {
                r"SYSTEM\CurrentControlSet\Control\Session Manager\Environment"
            }
        };
        let Ok(key) = root.open(path) else { continue };
        let Ok(values) = key.values() else { continue };
        for (name, value) in values {
            let Some(wanted) = names.iter().find(|n| n.eq_ignore_ascii_case(&name)) else {
                continue;
            };
            if let Ok(text) = String::try_from(value) {
                out.push(RegistryVariable {
                    name: wanted.to_string(),
                    value: redact(&text),
                    scope,
                });
            }
        }
    }
    out
}

/// No registry outside Windows.
#[cfg(not(windows))]
pub fn read(_names: &[&str]) -> Vec<RegistryVariable> {
    Vec::new()
}
