//! GOSUMDB parsing with the semantics of `cmd/go/internal/modfetch/sumdb.go` (`dbDial`) and
//! `golang.org/x/mod/sumdb/note` (`NewVerifier`).

use base64::Engine as _;
use sha2::{Digest, Sha256};

/// The verifier key of sum.golang.org that Go has built in.
pub const SUM_GOLANG_ORG_KEY: &str =
    "sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8";

/// What GOSUMDB selects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SumDb {
    /// `off`: checksum verification against a database is disabled.
    Off,
    /// A database, reached through the GOPROXY list unless `url` is given.
    Database {
        /// The database name, e.g. `sum.golang.org`.
        name: String,
        /// An explicit URL (`<key> <url>` form, or the `sum.golang.google.cn` alias): Go then
        /// fetches from it directly, bypassing GOPROXY.
        url: Option<String>,
    },
}

/// Parses GOSUMDB as Go does. The error is Go's own message.
pub fn parse(gosumdb: &str) -> Result<SumDb, String> {
    let gosumdb = if gosumdb == "sum.golang.google.cn" {
        "sum.golang.org https://sum.golang.google.cn"
    } else {
        gosumdb
    };
    if gosumdb == "off" {
        return Ok(SumDb::Off);
    }
    let mut fields: Vec<&str> = gosumdb.split_whitespace().collect();
    if fields.first() == Some(&"sum.golang.org") {
        fields[0] = SUM_GOLANG_ORG_KEY;
    }
    match fields.len() {
        0 => return Err("missing GOSUMDB".into()),
        1 | 2 => {}
        _ => return Err("invalid GOSUMDB: too many fields".into()),
    }
    let name = verifier_name(fields[0]).map_err(|e| format!("invalid GOSUMDB: {e}"))?;
    if name.ends_with('/') || name.contains(['?', '#', '@', '\\']) || name.starts_with('/') {
        return Err(format!("invalid sumdb name (must be host[/path]): {name}"));
    }
    let url = fields.get(1).map(|u| crate::redact::redact(u));
    Ok(SumDb::Database { name, url })
}

/// `note.NewVerifier`: `<name>+<8 hex digits>+<base64 key>`, where the hash is the first four
/// bytes of SHA-256(name + "\n" + key) and the key is an Ed25519 key (algorithm byte 1).
fn verifier_name(vkey: &str) -> Result<String, &'static str> {
    const MALFORMED: &str = "malformed verifier id";
    let (name, rest) = vkey.split_once('+').unwrap_or((vkey, ""));
    let (hash16, key64) = rest.split_once('+').unwrap_or((rest, ""));
    let hash = u32::from_str_radix(hash16, 16).ok();
    let key = base64::engine::general_purpose::STANDARD.decode(key64).ok();
    let valid_name =
        !name.is_empty() && !name.chars().any(char::is_whitespace) && !name.contains('+');
    let (Some(hash), Some(key)) = (hash, key) else {
        return Err(MALFORMED);
    };
    if hash16.len() != 8 || !valid_name || key.is_empty() {
        return Err(MALFORMED);
    }
    let digest = Sha256::new()
        .chain_update(name.as_bytes())
        .chain_update(b"\n")
        .chain_update(&key)
        .finalize();
    let expected = u32::from_be_bytes([digest[0], digest[1], digest[2], digest[3]]);
    if hash != expected {
        return Err("invalid verifier hash");
    }
    match key[0] {
        1 if key.len() == 33 => Ok(name.to_string()),
        1 => Err(MALFORMED),
        _ => Err("unknown verifier algorithm"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn off_and_default() {
        assert_eq!(parse("off"), Ok(SumDb::Off));
        assert_eq!(
            parse("sum.golang.org"),
            Ok(SumDb::Database {
                name: "sum.golang.org".into(),
                url: None
            })
        );
    }

    #[test]
    fn china_alias_has_explicit_url() {
        assert_eq!(
            parse("sum.golang.google.cn"),
            Ok(SumDb::Database {
                name: "sum.golang.org".into(),
                url: Some("https://sum.golang.google.cn".into())
            })
        );
    }

    #[test]
    fn full_key_with_url() {
        let v = format!("{SUM_GOLANG_ORG_KEY} https://goproxy.cn/sumdb/sum.golang.org");
        assert_eq!(
            parse(&v),
            Ok(SumDb::Database {
                name: "sum.golang.org".into(),
                url: Some("https://goproxy.cn/sumdb/sum.golang.org".into())
            })
        );
    }

    #[test]
    fn errors_match_go() {
        assert_eq!(parse(""), Err("missing GOSUMDB".into()));
        assert_eq!(
            parse("a b c"),
            Err("invalid GOSUMDB: too many fields".into())
        );
        assert_eq!(
            parse("bogus"),
            Err("invalid GOSUMDB: malformed verifier id".into())
        );
        // "gosum.io" style names without a key are not known to Go.
        assert_eq!(
            parse("sum.golang.google.cn.x"),
            Err("invalid GOSUMDB: malformed verifier id".into())
        );
        let bad_hash = SUM_GOLANG_ORG_KEY.replace("033de0ae", "033de0af");
        assert_eq!(
            parse(&bad_hash),
            Err("invalid GOSUMDB: invalid verifier hash".into())
        );
    }
}
