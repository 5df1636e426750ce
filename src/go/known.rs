//! Names of the environment variables the go command knows (`internal/cfg.KnownEnv` of current
//! Go plus the read-only ones `go env` prints), and the runtime's own variables.

/// Variables the go command reads or prints, as of Go 1.24.
pub const GO_COMMAND_VARIABLES: &[&str] = &[
    "AR",
    "CC",
    "CGO_CFLAGS",
    "CGO_CFLAGS_ALLOW",
    "CGO_CFLAGS_DISALLOW",
    "CGO_CPPFLAGS",
    "CGO_CPPFLAGS_ALLOW",
    "CGO_CPPFLAGS_DISALLOW",
    "CGO_CXXFLAGS",
    "CGO_CXXFLAGS_ALLOW",
    "CGO_CXXFLAGS_DISALLOW",
    "CGO_ENABLED",
    "CGO_FFLAGS",
    "CGO_FFLAGS_ALLOW",
    "CGO_FFLAGS_DISALLOW",
    "CGO_LDFLAGS",
    "CGO_LDFLAGS_ALLOW",
    "CGO_LDFLAGS_DISALLOW",
    "CXX",
    "FC",
    "GCCGO",
    "GO111MODULE",
    "GO386",
    "GOAMD64",
    "GOARCH",
    "GOARM",
    "GOARM64",
    "GOAUTH",
    "GOBIN",
    "GOCACHE",
    "GOCACHEPROG",
    "GOCOVERDIR",
    "GODEBUG",
    "GOENV",
    "GOEXE",
    "GOEXPERIMENT",
    "GOFIPS140",
    "GOFLAGS",
    "GOGCCFLAGS",
    "GOHOSTARCH",
    "GOHOSTOS",
    "GOINSECURE",
    "GOLOONG64",
    "GOMIPS",
    "GOMIPS64",
    "GOMOD",
    "GOMODCACHE",
    "GONOPROXY",
    "GONOSUMDB",
    "GOOS",
    "GOPATH",
    "GOPPC64",
    "GOPRIVATE",
    "GOPROXY",
    "GORISCV64",
    "GOROOT",
    "GOSUMDB",
    "GOTELEMETRY",
    "GOTELEMETRYDIR",
    "GOTMPDIR",
    "GOTOOLCHAIN",
    "GOTOOLDIR",
    "GOVCS",
    "GOVERSION",
    "GOWASM",
    "GOWORK",
    "GO_EXTLINK_ENABLED",
    "PKG_CONFIG",
];

/// Variables that shape module downloads. A near miss of one of these in the environment is
/// almost certainly a typo that leaves the user's intended setting without effect.
pub const MODULE_VARIABLES: &[&str] = &[
    "GOPROXY",
    "GOSUMDB",
    "GOPRIVATE",
    "GONOPROXY",
    "GONOSUMDB",
    "GOINSECURE",
    "GOFLAGS",
    "GOTOOLCHAIN",
];

/// Names that blog posts and answers recommend but Go has never had, with what was meant.
pub const MYTHS: &[(&str, &str)] = &[
    ("GONOSUMCHECK", "GONOSUMDB"),
    ("GOSUMCHECK", "GOSUMDB"),
    ("GOPROXYS", "GOPROXY"),
    ("GO_PROXY", "GOPROXY"),
];

/// Is `name` a variable the go command knows?
pub fn is_go_command_variable(name: &str) -> bool {
    GO_COMMAND_VARIABLES.contains(&name)
}

/// If `name` is not a Go variable but looks like a misspelt or mythical module variable,
/// returns what was probably meant.
pub fn suspicious(name: &str) -> Option<String> {
    if is_go_command_variable(name) {
        return None;
    }
    if let Some((_, meant)) = MYTHS.iter().find(|(myth, _)| *myth == name) {
        return Some((*meant).to_string());
    }
    MODULE_VARIABLES
        .iter()
        .filter(|known| strsim::damerau_levenshtein(name, known) <= 2)
        .min_by_key(|known| strsim::damerau_levenshtein(name, known))
        .map(|known| (*known).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn myths_and_typos_are_suspicious() {
        assert_eq!(suspicious("GONOSUMCHECK").as_deref(), Some("GONOSUMDB"));
        assert_eq!(suspicious("GOPORXY").as_deref(), Some("GOPROXY"));
        assert_eq!(suspicious("GOPRIVATES").as_deref(), Some("GOPRIVATE"));
        assert_eq!(suspicious("GONOSUMBD").as_deref(), Some("GONOSUMDB"));
    }

    #[test]
    fn real_and_unrelated_variables_are_not() {
        for name in [
            "GOPROXY",
            "GOPATH",
            "GOLANG_VERSION",
            "GOOGLE_APPLICATION_CREDENTIALS",
            "GOGC",
            "GOHOME",
        ] {
            assert_eq!(suspicious(name), None, "{name}");
        }
    }
}
