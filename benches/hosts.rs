//! Hosts-file parser throughput and scaling (criterion). Pure CPU: no I/O, no network.
//!
//!   cargo bench --bench hosts
//!
//! Targets (issue 3): at least 300 MB/s; time linear in size (10k, 100k, 265k, 1M lines).

// The generator is shared with the large-file test; it is not part of the library.
#[path = "../tests/common/synth.rs"]
mod synth;

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

fn go_hosts() -> Vec<String> {
    [
        "proxy.golang.org",
        "sum.golang.org",
        "storage.googleapis.com",
        "golang.org",
        "goproxy.cn",
        "github.com",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

fn analyze(c: &mut Criterion) {
    let watch = go_hosts();
    let mut group = c.benchmark_group("hosts/analyze");
    group.sample_size(20);
    for lines in [10_000usize, 100_000, 265_000, 1_000_000] {
        let data = synth::stevenblack_like(lines);
        group.throughput(Throughput::Bytes(data.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(lines), &data, |b, data| {
            b.iter(|| black_box(godiag::hostsfile::analyze(black_box(data), &watch)))
        });
    }
    group.finish();
}

criterion_group!(benches, analyze);
criterion_main!(benches);
