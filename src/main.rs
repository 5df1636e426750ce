use std::process::ExitCode;

fn main() -> ExitCode {
    // Usage errors exit 2 through clap; --help and --version exit 0. The help speaks the
    // language of --lang or the environment.
    let cli = godiag::parse_cli();
    godiag::run(cli)
}
