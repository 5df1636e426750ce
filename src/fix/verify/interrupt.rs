//! Ctrl-C (and SIGTERM) while `fix --verify` runs go. go runs in a process group of its own (so
//! that a timeout can kill the whole tree), which also means the terminal's SIGINT never
//! reaches it: left to the default action, godiag would die and leave `go mod download` running
//! and a read-only temporary module cache behind. So verify listens, stops go and cleans up.

/// A signal that asks godiag to stop.
#[derive(Debug, Clone, Copy)]
pub struct Signal {
    pub name: &'static str,
    /// What a shell reports for a process killed by it: 128 + the signal number.
    pub exit_code: i32,
}

/// The listeners, registered when made: a signal arriving after [`Interrupt::listen`] is kept
/// for [`Interrupt::received`], never acted on by the default disposition.
pub struct Interrupt {
    #[cfg(unix)]
    streams: Option<(tokio::signal::unix::Signal, tokio::signal::unix::Signal)>,
    #[cfg(windows)]
    streams: Option<(
        tokio::signal::windows::CtrlC,
        tokio::signal::windows::CtrlBreak,
    )>,
}

impl Interrupt {
    /// Starts listening. Where the OS refuses (no signal support), `received` never
    /// completes and the default behaviour stays.
    pub fn listen() -> Interrupt {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            let streams = signal(SignalKind::interrupt())
                .and_then(|int| Ok((int, signal(SignalKind::terminate())?)))
                .ok();
            Interrupt { streams }
        }
        #[cfg(windows)]
        {
            use tokio::signal::windows::{ctrl_break, ctrl_c};
            let streams = ctrl_c().and_then(|c| Ok((c, ctrl_break()?))).ok();
            Interrupt { streams }
        }
    }

    /// Completes when a stop signal arrives.
    pub async fn received(self) -> Signal {
        let Some((mut first, mut second)) = self.streams else {
            return std::future::pending().await;
        };
        #[cfg(unix)]
        let (a, b) = (
            Signal {
                name: "SIGINT",
                exit_code: 130,
            },
            Signal {
                name: "SIGTERM",
                exit_code: 143,
            },
        );
        // Windows has no signal numbers; 130 keeps scripts that test for Ctrl-C working.
        #[cfg(windows)]
        let (a, b) = (
            Signal {
                name: "Ctrl-C",
                exit_code: 130,
            },
            Signal {
                name: "Ctrl-Break",
                exit_code: 130,
            },
        );
        tokio::select! {
            _ = first.recv() => a,
            _ = second.recv() => b,
        }
    }
}
