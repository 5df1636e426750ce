//! A generator of StevenBlack-style block lists, for the benchmark and the large-file test.
//! Deterministic: the same `lines` gives the same bytes.

/// Writes a hosts file of `lines` entry lines (plus StevenBlack's header), about 30 bytes a
/// line: 265,000 lines make about 8 MB, like the "unified hosts + fakenews + gambling + porn"
/// list.
pub fn stevenblack_like(lines: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(lines * 32 + 1024);
    out.extend_from_slice(
        b"# Title: StevenBlack/hosts with the fakenews, gambling and porn extensions\n\
          #\n\
          # This hosts file is a merged collection of hosts from reputable sources,\n\
          # with a dash of crowd sourcing via GitHub\n\
          #\n\
          # Date: 25 February 2023 21:17:34 (UTC)\n\
          # Extensions added to this file: fakenews, gambling, porn\n\
          # Number of unique domains: 265,162\n\
          #\n\
          # ===============================================================\n\
          \n\
          127.0.0.1 localhost\n\
          127.0.0.1 localhost.localdomain\n\
          255.255.255.255 broadcasthost\n\
          ::1 localhost\n\
          fe80::1%lo0 localhost\n\
          0.0.0.0 0.0.0.0\n\
          \n\
          # Custom host records are listed here.\n\
          \n\
          # End of custom host records.\n\
          # Start StevenBlack\n",
    );
    const WORDS: [&str; 16] = [
        "ads",
        "track",
        "metric",
        "pixel",
        "cdn",
        "stat",
        "beacon",
        "promo",
        "click",
        "banner",
        "tag",
        "sync",
        "data",
        "log",
        "analytics",
        "serve",
    ];
    const TLDS: [&str; 8] = ["com", "net", "org", "io", "info", "biz", "co", "xyz"];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        // xorshift64*: fast and good enough for varied names.
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        state.wrapping_mul(0x2545_F491_4F6C_DD1D)
    };
    for i in 0..lines {
        let r = next();
        out.extend_from_slice(b"0.0.0.0 ");
        out.extend_from_slice(WORDS[(r & 15) as usize].as_bytes());
        out.extend_from_slice(format!("{}", (r >> 8) % 1000).as_bytes());
        out.push(b'.');
        out.extend_from_slice(WORDS[((r >> 20) & 15) as usize].as_bytes());
        out.extend_from_slice(b"-site");
        out.extend_from_slice(format!("{i}").as_bytes());
        out.push(b'.');
        out.extend_from_slice(TLDS[((r >> 40) & 7) as usize].as_bytes());
        out.push(b'\n');
    }
    out.extend_from_slice(b"# End StevenBlack\n");
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn size_is_realistic_and_every_line_parses() {
        let data = super::stevenblack_like(1000);
        let a = godiag::hostsfile::analyze(&data, &[]);
        // The header has six entries, as StevenBlack's does.
        assert_eq!(a.entry_count, 1000 + 6);
        assert!(a.conflicts.is_empty(), "{:?}", a.conflicts);
        // The header's `fe80::1%lo0 localhost` is a zone-id line, not a malformed one.
        assert_eq!((a.syntax_total, a.zone_id_total), (0, 1));
    }
}
