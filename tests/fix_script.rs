//! The "Suggested fixes" block pastes: for fixture worlds (pinned hosts lines, a shell export
//! shadowing `go env -w`, VS Code settings, a blocked GOPROXY, broken settings, no go), the
//! block of `godiag check` holds only commands and `#` comments, `sh -n` accepts it, each step
//! appears once, and its safe part (`go env -w`, `sed` on the user's own files), run in the
//! sandbox's HOME, fixes what the report found.

use std::time::Duration;

use crate::common;

use common::http::{module_proxy, refused_port, server};
use common::worlds::{World, assert_pastes, fix_script, safe_subset};

/// Runs `lines` with sh in the world's HOME and workspace, the fake go first on PATH.
fn run_in_sandbox(world: &World, lines: &[String], go_dir: &std::path::Path) {
    let out = std::process::Command::new("sh")
        .arg("-ec")
        .arg(lines.join("\n"))
        .env_clear()
        .env("PATH", format!("{}:/usr/bin:/bin", go_dir.display()))
        .env("HOME", world.sb.home())
        .env("XDG_CONFIG_HOME", world.sb.home().join(".config"))
        .current_dir(world.sb.work())
        .output()
        .expect("sh");
    assert!(
        out.status.success(),
        "{}\n{}",
        String::from_utf8_lossy(&out.stderr),
        lines.join("\n")
    );
}

fn loopback_mirror() -> String {
    format!(
        "http://{}",
        server(module_proxy(true), None, Duration::ZERO)
    )
}

#[test]
fn pinned_hosts_lines_are_one_sed_command_under_one_comment() {
    let world = World::new().hosts(
        "127.0.0.1 localhost\n121.40.200.18 goproxy.cn\n142.250.1.1\tproxy.golang.org\n142.250.1.2 sum.golang.org # pinned by hand\n",
    );
    let (report, _) = world.check(&["--offline"]);
    let script = fix_script(&report);
    assert!(!script.is_empty(), "{report}");
    assert_pastes(&script);
    let seds: Vec<&String> = script.iter().filter(|l| l.contains("sed ")).collect();
    assert_eq!(seds.len(), 1, "{script:#?}");
    for line in 2..=4 {
        assert!(seds[0].contains(&format!("-e '{line}{{")), "{}", seds[0]);
    }
    let mut comments: Vec<&String> = script.iter().filter(|l| l.starts_with('#')).collect();
    let all = comments.len();
    comments.sort();
    comments.dedup();
    assert_eq!(comments.len(), all, "a comment repeats: {script:#?}");

    // Run as written (without sudo: the fixture is this test's file), it deletes exactly the
    // pinned lines, and keeps a backup.
    let hosts = world.sb.dir.path().join("hosts");
    let unprivileged = seds[0].trim_start_matches("sudo ").to_string();
    run_in_sandbox(&world, &[unprivileged], &common::fake_go_dir("fake"));
    assert_eq!(
        std::fs::read_to_string(&hosts).unwrap(),
        "127.0.0.1 localhost\n"
    );
    assert!(world.sb.dir.path().join("hosts.bak").exists());
}

#[test]
fn a_shell_export_is_removed_by_the_script_and_go_env_w_is_not_suggested_again() {
    let dead = format!("http://{}", refused_port());
    let mirror = loopback_mirror();
    let world = World::new()
        .go_env(&format!("GOPROXY={mirror},direct\n"))
        .os_env("GOPROXY", &format!("{dead},direct"))
        .home_file(
            ".bashrc",
            &format!("# aliases\nalias ll='ls -l'\nexport GOPROXY={dead},direct\n"),
        )
        .mirror(&mirror);
    let (report, code) = world.check(&[]);
    assert_eq!(code, 1, "{report}");
    let script = fix_script(&report);
    assert_pastes(&script);
    assert!(script.iter().any(|l| l == "unset GOPROXY"), "{script:#?}");
    // The go env file already holds the working value: suggesting it again would be a step
    // that `fix --apply` calls "already done".
    assert!(
        !script.iter().any(|l| l.starts_with("go env -w GOPROXY=")),
        "{report}"
    );
    let safe = safe_subset(&script);
    assert!(
        safe.iter().any(|l| l.starts_with("sed -i.bak ")),
        "{script:#?}"
    );
    run_in_sandbox(&world, &safe, &common::fake_go_dir("fake"));
    assert_eq!(
        std::fs::read_to_string(world.sb.home().join(".bashrc")).unwrap(),
        "# aliases\nalias ll='ls -l'\n"
    );
}

#[test]
fn a_blocked_goproxy_is_fixed_by_running_the_script() {
    let dead = format!("http://{}", refused_port());
    let mirror = loopback_mirror();
    let world = World::new()
        .go_env(&format!("GOPROXY={dead},direct\n"))
        .mirror(&mirror);
    let (report, code) = world.check(&[]);
    assert_eq!(code, 1, "{report}");
    let script = fix_script(&report);
    assert_pastes(&script);
    let safe = safe_subset(&script);
    assert!(
        safe.contains(&format!("go env -w GOPROXY={mirror},direct")),
        "{script:#?}"
    );
    run_in_sandbox(&world, &safe, &common::fake_go_dir("fake"));
    assert!(
        std::fs::read_to_string(world.sb.go_env_file())
            .unwrap()
            .contains(&format!("GOPROXY={mirror},direct\n"))
    );
    let (again, _) = world.check(&[]);
    assert!(
        !again.contains("connectivity.goproxy-unreachable"),
        "{again}"
    );
    assert!(
        !fix_script(&again)
            .iter()
            .any(|l| l.starts_with("go env -w GOPROXY=")),
        "{again}"
    );
}

#[test]
#[ignore = "needs the Go toolchain"]
fn the_real_go_takes_the_go_env_lines_of_the_script() {
    let dead = format!("http://{}", refused_port());
    let mirror = loopback_mirror();
    let world = World::new()
        .go_env(&format!("GOPROXY={dead}|direct\nGOSUMDB=off\n"))
        .mirror(&mirror);
    let out = world
        .godiag_real_go(&["check", "--color", "never"])
        .output()
        .unwrap();
    let report = String::from_utf8(out.stdout).unwrap();
    let script = fix_script(&report);
    assert_pastes(&script);
    let safe = safe_subset(&script);
    assert!(!safe.is_empty(), "{report}");
    let go = common::which_go();
    let run = std::process::Command::new("sh")
        .arg("-ec")
        .arg(safe.join("\n"))
        .env_clear()
        .env(
            "PATH",
            format!("{}:/usr/bin:/bin", go.parent().unwrap().display()),
        )
        .env("HOME", world.sb.home())
        .env("GOENV", world.sb.go_env_file())
        .env("GOCACHE", world.sb.dir.path().join("gocache"))
        .current_dir(world.sb.work())
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let value = world
        .sb
        .real_go()
        .args(["env", "GOPROXY"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&value.stdout).trim(),
        format!("{mirror},direct"),
        "{}",
        safe.join("\n")
    );
}

#[test]
fn vscode_settings_edits_are_json_comments_and_godiag_fix_apply() {
    let dead = refused_port();
    let world = World::new().vscode_settings(&format!(
        "{{\n  \"go.toolsEnvVars\": {{ \"GOSUMDB\": \"off\" }},\n  \"http.proxy\": \"http://{dead}\"\n}}\n"
    ));
    let (report, _) = world.check(&["--offline"]);
    let script = fix_script(&report);
    assert_pastes(&script);
    let settings = world.vscode_settings_path().display().to_string();
    // Comments wrap to the terminal's width: read them as one text.
    let comments = script
        .iter()
        .filter_map(|l| l.strip_prefix("# "))
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        comments.contains(&format!(
            "{settings}: remove \"GOSUMDB\" from \"go.toolsEnvVars\""
        )),
        "{script:#?}"
    );
    assert_eq!(
        script.last().map(String::as_str),
        Some("godiag fix --apply")
    );
    assert!(
        !script
            .iter()
            .any(|l| l.starts_with("set ") || l.starts_with("remove ")),
        "{script:#?}"
    );
}

#[test]
fn broken_settings_and_a_missing_go_paste_too() {
    let world = World::new()
        .go_env("GOPROXY=https://goproxy.cn,direct\nGOSUMDB=off\nGOFLAGS=-mod=mod -insecure\nGOPRIVATE=*\n")
        .os_env("GOPROXY", "off")
        .os_env("GONOSUMCHECK", "1");
    let (report, _) = world.check(&["--offline"]);
    let script = fix_script(&report);
    assert!(!script.is_empty(), "{report}");
    assert_pastes(&script);

    let sb = common::Sandbox::new();
    let out = sb
        .godiag(None)
        .args(["check", "--offline", "--color", "never"])
        .output()
        .unwrap();
    let report = String::from_utf8(out.stdout).unwrap();
    assert_pastes(&fix_script(&report));
}

#[test]
fn a_healthy_world_suggests_nothing_already_in_place() {
    let world = World::new().go_env("GOPROXY=https://goproxy.cn|direct\n");
    let (report, code) = world.check(&["--offline"]);
    assert_eq!(code, 0, "{report}");
    assert_eq!(fix_script(&report), Vec::<String>::new(), "{report}");
}
