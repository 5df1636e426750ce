//! Writes a StevenBlack-like hosts file of N entry lines to stdout, for benchmarks:
//!
//!   cargo run --release --example gen_hosts -- 265000 > /tmp/hosts-265k

// The generator is shared with the large-file test; it is not part of the library.
#[path = "../tests/common/synth.rs"]
mod synth;
use std::io::Write;

fn main() {
    let lines = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(265_000);
    let data = synth::stevenblack_like(lines);
    let mut out = std::io::stdout().lock();
    if let Err(e) = out.write_all(&data) {
        eprintln!("gen_hosts: cannot write: {e}");
        std::process::exit(1);
    }
}
