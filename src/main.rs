use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // Usage errors exit 2 through clap; --help and --version exit 0.
    let cli = godiag::Cli::parse();
    godiag::run(cli)
}
