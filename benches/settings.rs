//! Parsing 10 VS Code settings files of 200 KB each (criterion). Pure CPU.
//!
//!   cargo bench --bench settings
//!
//! Target (issue 6): discovery and parsing of 10 such files under 20 ms.
//! Also one minified (one-line) 10 MB file: parsing must stay linear (issue 15; it was
//! quadratic in the column lookup).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};

fn generated(i: usize) -> String {
    let mut text = format!("{{\n  // generated settings file {i}\n");
    let mut n = 0;
    while text.len() < 200_000 {
        text.push_str(&format!("  \"ext{i}.setting{n}\": {{ \"enabled\": true, \"list\": [1, 2, 3], \"name\": \"value {n}\" }}, /* c */\n"));
        n += 1;
    }
    text.push_str("  \"go.toolsEnvVars\": { \"GOPROXY\": \"https://goproxy.cn,direct\", },\n}\n");
    text
}

fn parse(c: &mut Criterion) {
    let files: Vec<String> = (0..10).map(generated).collect();
    c.bench_function("settings/10x200KB", |b| {
        b.iter(|| {
            for f in &files {
                black_box(
                    godiag::settings::parse_keeping(black_box(f), |k| k.starts_with("go.")).ok(),
                );
            }
        })
    });
}

/// A 10 MB settings file on one line, as a minifier or a generator writes it.
fn minified() -> String {
    let mut text = String::from("{");
    let mut n = 0;
    while text.len() < 10_000_000 {
        text.push_str(&format!(
            "\"ext.setting{n}\":{{\"enabled\":true,\"list\":[1,2,3],\"name\":\"välue {n}\"}},"
        ));
        n += 1;
    }
    text.push_str("\"go.toolsEnvVars\":{\"GOPROXY\":\"https://goproxy.cn,direct\"}}");
    text
}

fn parse_minified(c: &mut Criterion) {
    let text = minified();
    let mut group = c.benchmark_group("settings");
    group.sample_size(10);
    group.bench_function("minified-10MB", |b| {
        b.iter(|| {
            let parsed =
                godiag::settings::parse_keeping(black_box(&text), |k| k.starts_with("go."));
            assert!(parsed.is_ok_and(|s| s.get("go.toolsEnvVars").is_some_and(|g| g.line == 1)));
        })
    });
    group.finish();
}

criterion_group!(benches, parse, parse_minified);
criterion_main!(benches);
