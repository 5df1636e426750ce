//! Address fields of hosts files, as Go and glibc read them, and what kind of address they are.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// An address as Go's `netip.ParseAddr` reads it: IPv4 dotted decimal without leading zeros,
/// IPv6 with an optional `%zone`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Address<'a> {
    pub ip: IpAddr,
    pub zone: Option<&'a str>,
}

impl Address<'_> {
    /// glibc parses the address with `inet_pton`, which knows no zones: such lines exist for
    /// Go only.
    pub fn glibc_accepts(&self) -> bool {
        self.zone.is_none()
    }
}

/// Parses an address field. `None` means neither Go nor glibc takes the line.
pub fn parse(field: &[u8]) -> Option<Address<'_>> {
    let text = std::str::from_utf8(field).ok()?;
    if let Some(v4) = parse_ipv4_fast(field) {
        return Some(Address {
            ip: IpAddr::V4(v4),
            zone: None,
        });
    }
    let (ip_text, zone) = match text.split_once('%') {
        Some((ip, zone)) if !zone.is_empty() => (ip, Some(zone)),
        Some(_) => return None,
        None => (text, None),
    };
    let ip: Ipv6Addr = ip_text.parse().ok()?;
    Some(Address {
        ip: IpAddr::V6(ip),
        zone,
    })
}

/// Dotted-decimal IPv4 with the rules Go and glibc share: four parts, 0..=255, no leading
/// zeros. Hand-written because it is the hot path of 265,000-line block lists.
#[inline]
fn parse_ipv4_fast(field: &[u8]) -> Option<Ipv4Addr> {
    let mut octets = [0u8; 4];
    let mut part = 0;
    let mut value: u32 = 0;
    let mut digits = 0;
    for &b in field {
        match b {
            b'0'..=b'9' => {
                if digits > 0 && value == 0 {
                    return None; // leading zero
                }
                value = value * 10 + u32::from(b - b'0');
                digits += 1;
                if value > 255 {
                    return None;
                }
            }
            b'.' => {
                if digits == 0 || part == 3 {
                    return None;
                }
                octets[part] = value as u8;
                part += 1;
                value = 0;
                digits = 0;
            }
            _ => return None,
        }
    }
    if part != 3 || digits == 0 {
        return None;
    }
    octets[3] = value as u8;
    Some(Ipv4Addr::from(octets))
}

/// The kind of address a name is mapped to, for the rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddressKind {
    /// 0.0.0.0, ::, 127.0.0.0/8, ::1: the name is blocked.
    Sinkhole,
    /// Private, link-local, CGNAT, fake-IP ranges: meaningful only on this network.
    Local,
    /// A routable public address.
    Public,
    /// Documentation, multicast, reserved.
    Special,
}

/// Classifies an address.
pub fn kind(ip: IpAddr) -> AddressKind {
    match ip {
        IpAddr::V4(v4) => {
            let o = v4.octets();
            if v4.is_unspecified() || v4.is_loopback() {
                AddressKind::Sinkhole
            } else if v4.is_private()
                || v4.is_link_local()
                || (o[0] == 100 && (64..128).contains(&o[1]))
                || (o[0] == 198 && (18..20).contains(&o[1]))
            {
                AddressKind::Local
            } else if o[0] == 0
                || v4.is_multicast()
                || v4.is_broadcast()
                || o[0] >= 240
                || v4.is_documentation()
            {
                AddressKind::Special
            } else {
                AddressKind::Public
            }
        }
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return kind(IpAddr::V4(v4));
            }
            let s = v6.segments();
            if v6.is_unspecified() || v6.is_loopback() {
                AddressKind::Sinkhole
            } else if (s[0] & 0xfe00) == 0xfc00 || (s[0] & 0xffc0) == 0xfe80 {
                AddressKind::Local
            } else if (s[0] & 0xe000) == 0x2000 && !(s[0] == 0x2001 && s[1] == 0x0db8) {
                AddressKind::Public
            } else {
                AddressKind::Special
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn ipv4_like_go_and_glibc() {
        assert_eq!(parse(b"140.82.114.4").unwrap().ip, ip("140.82.114.4"));
        assert_eq!(parse(b"0.0.0.0").unwrap().ip, ip("0.0.0.0"));
        for bad in [
            &b"010.0.0.1"[..],
            b"1.2.3",
            b"1.2.3.4.5",
            b"256.1.1.1",
            b"1..2.3",
            b"1.2.3.",
            b".1.2.3",
            b"",
            b"github.com",
            b"\xef\xbb\xbf127.0.0.1",
        ] {
            assert!(parse(bad).is_none(), "{:?}", String::from_utf8_lossy(bad));
        }
    }

    #[test]
    fn ipv6_with_and_without_zone() {
        let a = parse(b"fe80::1%lo0").unwrap();
        assert_eq!(a.ip, ip("fe80::1"));
        assert_eq!(a.zone, Some("lo0"));
        assert!(!a.glibc_accepts());
        assert!(parse(b"::1").unwrap().glibc_accepts());
        assert!(parse(b"fe80::1%").is_none());
        assert_eq!(parse(b"::ffff:1.2.3.4").unwrap().ip, ip("::ffff:1.2.3.4"));
    }

    #[test]
    fn kinds() {
        for (s, k) in [
            ("0.0.0.0", AddressKind::Sinkhole),
            ("127.0.0.2", AddressKind::Sinkhole),
            ("::", AddressKind::Sinkhole),
            ("::1", AddressKind::Sinkhole),
            ("::ffff:127.0.0.1", AddressKind::Sinkhole),
            ("192.168.1.10", AddressKind::Local),
            ("198.18.0.5", AddressKind::Local),
            ("100.64.1.1", AddressKind::Local),
            ("fd00::1", AddressKind::Local),
            ("140.82.114.4", AddressKind::Public),
            ("2606:50c0:8000::154", AddressKind::Public),
            ("192.0.2.1", AddressKind::Special),
            ("2001:db8::1", AddressKind::Special),
            ("224.0.0.1", AddressKind::Special),
        ] {
            assert_eq!(kind(ip(s)), k, "{s}");
        }
    }
}
