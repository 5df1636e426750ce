//! Parsing 10 VS Code settings files of 200 KB each (criterion). Pure CPU.
//!
//!   cargo bench --bench settings
//!
//! Target (issue 6): discovery and parsing of 10 such files under 20 ms.

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

criterion_group!(benches, parse);
criterion_main!(benches);
