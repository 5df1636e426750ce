//! Addresses the Great Firewall is known to put in forged DNS answers, and the other signs
//! that an answer is not the real one.
//!
//! Sources: the forged-address lists that ChinaDNS and its forks ship (`iplist.txt`),
//! compiled from years of observations, and the measurement papers cited in KNOWLEDGE.md
//! ("How Great is the Great Firewall? Measuring China's DNS Censorship", USENIX Security 2021;
//! "Triplet Censors", FOCI 2020), which also document Teredo (2001::/32) AAAA forgeries. The
//! pool changes over time: a hit is strong evidence, a miss proves nothing.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// Historically observed forged IPv4 answers.
pub const FORGED_V4: &[Ipv4Addr] = &[
    Ipv4Addr::new(4, 36, 66, 178),
    Ipv4Addr::new(8, 7, 198, 45),
    Ipv4Addr::new(37, 61, 54, 158),
    Ipv4Addr::new(46, 82, 174, 68),
    Ipv4Addr::new(59, 24, 3, 173),
    Ipv4Addr::new(64, 33, 88, 161),
    Ipv4Addr::new(64, 33, 99, 47),
    Ipv4Addr::new(64, 66, 163, 251),
    Ipv4Addr::new(65, 104, 202, 252),
    Ipv4Addr::new(65, 160, 219, 113),
    Ipv4Addr::new(66, 45, 252, 237),
    Ipv4Addr::new(72, 14, 205, 99),
    Ipv4Addr::new(72, 14, 205, 104),
    Ipv4Addr::new(78, 16, 49, 15),
    Ipv4Addr::new(93, 46, 8, 89),
    Ipv4Addr::new(128, 121, 126, 139),
    Ipv4Addr::new(159, 106, 121, 75),
    Ipv4Addr::new(169, 132, 13, 103),
    Ipv4Addr::new(192, 67, 198, 6),
    Ipv4Addr::new(202, 106, 1, 2),
    Ipv4Addr::new(202, 181, 7, 85),
    Ipv4Addr::new(203, 98, 7, 65),
    Ipv4Addr::new(203, 161, 230, 171),
    Ipv4Addr::new(207, 12, 88, 98),
    Ipv4Addr::new(208, 56, 31, 43),
    Ipv4Addr::new(209, 36, 73, 33),
    Ipv4Addr::new(209, 145, 54, 50),
    Ipv4Addr::new(209, 220, 30, 174),
    Ipv4Addr::new(211, 94, 66, 147),
    Ipv4Addr::new(213, 169, 251, 35),
    Ipv4Addr::new(216, 221, 188, 182),
    Ipv4Addr::new(216, 234, 179, 13),
    Ipv4Addr::new(243, 185, 187, 39),
];

/// Is this a known forged answer?
pub fn in_forged_pool(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => FORGED_V4.contains(&v4),
        IpAddr::V6(_) => false,
    }
}

/// Teredo (2001::/32): forged AAAA answers come from here; no public Go host uses it.
pub fn is_teredo(ip: IpAddr) -> bool {
    matches!(ip, IpAddr::V6(v6) if v6.segments()[0] == 0x2001 && v6.segments()[1] == 0)
}

/// Clash/mihomo (`198.18.0.1/16`) and sing-box (`198.18.0.0/15`, `fc00::/18`) fake-IP ranges.
pub fn is_fake_ip(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            let o = v4.octets();
            o[0] == 198 && (o[1] & 0xfe) == 18
        }
        IpAddr::V6(v6) => v6.segments()[0] == 0xfc00 && (v6.segments()[1] & 0xc000) == 0,
    }
}

/// A fake-IP answer has a tiny TTL: the proxy tool wants it asked again soon.
pub const FAKE_IP_MAX_TTL: u32 = 10;

/// Not a routable public address: a public name resolving to it is a lie (or a local proxy).
pub fn is_non_global(ip: IpAddr) -> bool {
    use crate::hosts::addr::{AddressKind, kind};
    kind(ip) != AddressKind::Public || matches!(ip, IpAddr::V6(v6) if v6 == Ipv6Addr::UNSPECIFIED)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn signals() {
        assert!(in_forged_pool(ip("243.185.187.39")));
        assert!(!in_forged_pool(ip("142.250.72.17")));
        assert!(is_teredo(ip("2001::1234")));
        assert!(!is_teredo(ip("2001:4860::8888")));
        assert!(
            is_fake_ip(ip("198.18.0.7"))
                && is_fake_ip(ip("198.19.255.1"))
                && !is_fake_ip(ip("198.20.0.1"))
        );
        assert!(is_fake_ip(ip("fc00::5")) && is_fake_ip(ip("fc00:3fff::1")));
        assert!(!is_fake_ip(ip("fd00::5")) && !is_fake_ip(ip("fc00:4000::1")));
        assert!(
            is_non_global(ip("10.0.0.1"))
                && is_non_global(ip("127.0.0.1"))
                && !is_non_global(ip("140.82.114.4"))
        );
    }
}
