//! "Resolution as Go would": the library API other checks call, against a loopback server.

use crate::common;

use std::net::IpAddr;

use common::dns::clean_server;
use godiag::hostsfile::{EnvMap, LookupOrder, Os, Overrides, Source, analyze, load, resolve_as_go};

fn inputs() -> godiag::hostsfile::Inputs {
    let overrides = Overrides {
        config: Some(common::fixtures().join("config/hermetic.toml")),
        ..Overrides::default()
    };
    load(
        &overrides,
        Os::Linux,
        EnvMap::new(),
        std::path::Path::new("/"),
    )
    .expect("hermetic config loads")
}

#[tokio::test(flavor = "multi_thread")]
async fn hosts_first_then_dns_in_nsswitch_order() {
    let server = std::thread::spawn(|| {
        clean_server(&[
            ("proxy.golang.org", "142.250.72.17"),
            ("sum.golang.org", "142.250.72.18"),
        ])
    })
    .join()
    .unwrap();
    let inputs = inputs();
    let hosts = analyze(
        b"10.0.0.7 proxy.golang.org\n",
        &["proxy.golang.org".to_string()],
    );
    let ip = |s: &str| s.parse::<IpAddr>().unwrap();

    // files then dns: the pinned line wins, as Go would dial it.
    let r = resolve_as_go(
        &inputs,
        Some(&hosts),
        LookupOrder::FilesDns,
        &[server],
        "proxy.golang.org",
    )
    .await;
    assert_eq!(
        (r.source, r.addresses.clone()),
        (Some(Source::HostsFile), vec![ip("10.0.0.7")])
    );
    // dns then files: DNS answers first.
    let r = resolve_as_go(
        &inputs,
        Some(&hosts),
        LookupOrder::DnsFiles,
        &[server],
        "proxy.golang.org",
    )
    .await;
    assert_eq!(
        (r.source, r.addresses.clone()),
        (Some(Source::Dns), vec![ip("142.250.72.17")])
    );
    // A name the hosts file does not list goes to DNS either way.
    let r = resolve_as_go(
        &inputs,
        Some(&hosts),
        LookupOrder::FilesDns,
        &[server],
        "sum.golang.org",
    )
    .await;
    assert_eq!(r.addresses, vec![ip("142.250.72.18")]);
    // Unknown everywhere: an error that says what happened.
    let r = resolve_as_go(
        &inputs,
        Some(&hosts),
        LookupOrder::FilesDns,
        &[server],
        "nope.example",
    )
    .await;
    assert!(r.addresses.is_empty());
    assert!(r.error.unwrap().contains("nxdomain"));
    // Files only never asks DNS.
    let r = resolve_as_go(
        &inputs,
        Some(&hosts),
        LookupOrder::Files,
        &[server],
        "sum.golang.org",
    )
    .await;
    assert!(r.addresses.is_empty());
}
