//! Go version strings and their order, as `cmd/go/internal/gover` defines them.
//!
//! `1.21` (a language version) < `1.21rc1` < `1.21.0` < `1.21.1`. The `go` line of go.mod, the
//! `toolchain` line and `GOVERSION` all use this syntax (the latter two with a `go` prefix).

use std::cmp::Ordering;
use std::fmt;

/// A parsed Go version: `1.21`, `1.21rc2`, `1.21.3`, `1.9beta1`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoVersion {
    /// The `1` of `go1.22.3`.
    pub major: u64,
    /// The `22` of `go1.22.3`.
    pub minor: u64,
    /// `None` for a language version such as `1.21` or a pre-release such as `1.21rc1`.
    pub patch: Option<u64>,
    /// `alpha`, `beta` or `rc` with its number, for pre-releases.
    pub pre: Option<(PreKind, u64)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PreKind {
    Alpha,
    Beta,
    Rc,
}

impl GoVersion {
    /// Parses `1.21.3` or, with [`GoVersion::parse_prefixed`], `go1.21.3`. Returns `None` for
    /// anything Go would reject (`1`, `1.21.x`, `v1.21`).
    pub fn parse(s: &str) -> Option<GoVersion> {
        let (major, rest) = split_number(s)?;
        if rest.is_empty() {
            // Go accepts a bare major version ("1") as a language version only in go.mod
            // syntax for Go 2; treat it as invalid for our purposes.
            return None;
        }
        let rest = rest.strip_prefix('.')?;
        let (minor, rest) = split_number(rest)?;
        if rest.is_empty() {
            return Some(GoVersion {
                major,
                minor,
                patch: None,
                pre: None,
            });
        }
        if let Some(rest) = rest.strip_prefix('.') {
            let (patch, rest) = split_number(rest)?;
            if !rest.is_empty() {
                return None;
            }
            return Some(GoVersion {
                major,
                minor,
                patch: Some(patch),
                pre: None,
            });
        }
        let (kind, rest) = if let Some(r) = rest.strip_prefix("alpha") {
            (PreKind::Alpha, r)
        } else if let Some(r) = rest.strip_prefix("beta") {
            (PreKind::Beta, r)
        } else if let Some(r) = rest.strip_prefix("rc") {
            (PreKind::Rc, r)
        } else {
            return None;
        };
        let (n, rest) = split_number(rest)?;
        if !rest.is_empty() {
            return None;
        }
        Some(GoVersion {
            major,
            minor,
            patch: None,
            pre: Some((kind, n)),
        })
    }

    /// Parses a toolchain name such as `go1.21.3`, also the `GOVERSION` value. A `devel` build
    /// (`devel go1.23-abcdef`) or a version with a suffix (`go1.22.1 X:boringcrypto`) yields the
    /// version it names.
    pub fn parse_prefixed(s: &str) -> Option<GoVersion> {
        let s = s.trim();
        let s = s.strip_prefix("devel ").unwrap_or(s);
        let s = s.split_whitespace().next()?;
        let s = s.strip_prefix("go")?;
        // `go1.23-abcdef` (devel) and `go1.22.1-bigcorp` (vendor builds): cut at the first '-'.
        let s = s.split('-').next().unwrap_or(s);
        GoVersion::parse(s)
    }

    /// The language version (`1.N`) this version belongs to.
    pub fn language(&self) -> (u64, u64) {
        (self.major, self.minor)
    }
}

fn split_number(s: &str) -> Option<(u64, &str)> {
    let end = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    if end == 0 {
        return None;
    }
    let digits = &s[..end];
    // Go rejects leading zeros ("1.021").
    if digits.len() > 1 && digits.starts_with('0') {
        return None;
    }
    Some((digits.parse().ok()?, &s[end..]))
}

impl Ord for GoVersion {
    fn cmp(&self, other: &Self) -> Ordering {
        // gover.Compare: major, minor, then kind ("" < alpha < beta < rc < release), then the
        // pre-release number or the patch.
        fn rank(v: &GoVersion) -> (u8, u64) {
            match (v.patch, v.pre) {
                (None, None) => (0, 0),
                (None, Some((PreKind::Alpha, n))) => (1, n),
                (None, Some((PreKind::Beta, n))) => (2, n),
                (None, Some((PreKind::Rc, n))) => (3, n),
                (Some(p), _) => (4, p),
            }
        }
        (self.major, self.minor, rank(self)).cmp(&(other.major, other.minor, rank(other)))
    }
}

impl PartialOrd for GoVersion {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for GoVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.major, self.minor)?;
        if let Some(p) = self.patch {
            write!(f, ".{p}")?;
        }
        if let Some((kind, n)) = self.pre {
            let k = match kind {
                PreKind::Alpha => "alpha",
                PreKind::Beta => "beta",
                PreKind::Rc => "rc",
            };
            write!(f, "{k}{n}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> GoVersion {
        GoVersion::parse(s).unwrap_or_else(|| panic!("{s} should parse"))
    }

    #[test]
    fn orders_like_gover() {
        let ordered = [
            "1.9",
            "1.12.17",
            "1.13",
            "1.21",
            "1.21rc1",
            "1.21rc2",
            "1.21.0",
            "1.21.1",
            "1.22",
            "1.22beta1",
        ];
        for pair in ordered.windows(2) {
            assert!(v(pair[0]) < v(pair[1]), "{} < {}", pair[0], pair[1]);
        }
    }

    #[test]
    fn rejects_malformed() {
        for bad in [
            "",
            "1",
            "1.",
            "1.x",
            "v1.21",
            "1.21.x",
            "1.021",
            "1.21.0rc1",
            "1.21gamma1",
        ] {
            assert!(
                GoVersion::parse(bad).is_none(),
                "{bad:?} should be rejected"
            );
        }
    }

    #[test]
    fn parses_prefixed_toolchain_names() {
        assert_eq!(GoVersion::parse_prefixed("go1.19.8"), Some(v("1.19.8")));
        assert_eq!(
            GoVersion::parse_prefixed("go1.22.1 X:boringcrypto"),
            Some(v("1.22.1"))
        );
        assert_eq!(
            GoVersion::parse_prefixed("devel go1.23-4a7f3ac8eb"),
            Some(v("1.23"))
        );
        assert_eq!(GoVersion::parse_prefixed("1.21"), None);
    }

    #[test]
    fn displays_round_trip() {
        for s in ["1.21", "1.21.3", "1.22rc1"] {
            assert_eq!(v(s).to_string(), s);
        }
    }
}
