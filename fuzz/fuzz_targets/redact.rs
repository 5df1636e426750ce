//! The redactor as a property: a password planted in arbitrary text, in a URL with a scheme or
//! in a scheme-less `user:password@host`, never survives [`redact`]; and redaction is
//! idempotent on any text.
#![no_main]

use libfuzzer_sys::fuzz_target;

use godiag::redact;

/// Characters a password may hold where the redactor must still find it: RFC 3986's userinfo
/// characters that do not end an authority (not `/ ? # @`, quotes or brackets), plus `|` (seen
/// in real proxy passwords).
const PASSWORD: &[u8] = b"abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789-._~!$&()*+,;=%|";
const USER: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
const HOST: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789.-";

fn pick(alphabet: &[u8], bytes: &[u8], min: usize) -> String {
    let mut out: String = bytes
        .iter()
        .map(|b| alphabet[usize::from(*b) % alphabet.len()] as char)
        .collect();
    while out.len() < min {
        out.push(alphabet[out.len() % alphabet.len()] as char);
    }
    out
}

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let once = redact(text);
        assert_eq!(redact(&once), once, "not idempotent on {text:?}");
    }
    // data = [shape, user len, password len, host len, ...bytes..., prefix/suffix text]
    let [shape, ul, pl, hl, rest @ ..] = data else {
        return;
    };
    let (ul, pl, hl) = (usize::from(*ul % 8), usize::from(*pl % 24), usize::from(*hl % 16));
    if rest.len() < ul + pl + hl {
        return;
    }
    let (u, rest) = rest.split_at(ul);
    let (p, rest) = rest.split_at(pl);
    let (h, rest) = rest.split_at(hl);
    let user = pick(USER, u, 1);
    // A marker no alphabet above can build around it by chance.
    let password = format!("PW{}", pick(PASSWORD, p, 6));
    let host = format!("h{}", pick(HOST, h, 0));
    let text = String::from_utf8_lossy(rest);
    if text.contains(&password) {
        return; // the surrounding text says it too: nothing to tell apart
    }
    let (prefix, suffix) = text.split_at(text.floor_char_boundary(text.len() / 2));
    let scheme = ["http://", "https://", "socks5://", ""][usize::from(shape % 4)];
    let tail = ["", "/path", ":8080", ",direct", "|off"][usize::from(shape / 4 % 5)];
    // Whitespace around the planted URL: it is one word of the text, whatever surrounds it.
    let planted = format!("{prefix} {scheme}{user}:{password}@{host}{tail} {suffix}");
    let out = redact(&planted);
    assert!(
        !out.contains(&password),
        "the password survived in {out:?} (from {planted:?})"
    );
    assert_eq!(redact(&out), out, "not idempotent on {planted:?}");
});
