//! Probe results that several checks need (the connectivity check needs go env's GOPROXY and
//! the hosts file's entries), computed once per run by whichever check asks first; and the
//! moment Go's own path is known to work, after which context probes are not waited for.

use std::time::Duration;

use tokio::sync::{OnceCell, watch};

use crate::checks::go_env::facts::GoEnvFacts;
use crate::checks::hosts::probe::Probed as HostsProbed;
use crate::config::Inputs;

/// The once-per-run cells.
#[derive(Debug)]
pub struct Shared {
    go_env: OnceCell<GoEnvFacts>,
    hosts: OnceCell<HostsProbed>,
    /// Set by the connectivity check once downloads and checksums are measured to work.
    go_path_works: watch::Sender<bool>,
}

impl Default for Shared {
    fn default() -> Shared {
        Shared {
            go_env: OnceCell::new(),
            hosts: OnceCell::new(),
            go_path_works: watch::Sender::new(false),
        }
    }
}

/// How long context probes (reference resolvers, mirrors, a checksum database Go does not
/// use) still get once Go's own path is known to work: a healthy machine answers in well
/// under a second instead of waiting out blocked hosts that Go never contacts.
pub const CONTEXT_GRACE: Duration = Duration::from_millis(300);

impl Shared {
    /// The go-env probe's facts, probing on first use.
    pub async fn go_env(&self, inputs: &Inputs) -> &GoEnvFacts {
        self.go_env
            .get_or_init(|| crate::checks::go_env::probe::probe(inputs))
            .await
    }

    /// Records that Go's path (downloads and checksums) works in this run.
    pub fn go_path_works(&self) {
        self.go_path_works.send_replace(true);
    }

    /// Resolves once Go's path is known to work, plus [`CONTEXT_GRACE`]; never, when it is not
    /// (or the connectivity check does not run): then context probes run to their timeout.
    pub async fn context_cutoff(&self) {
        let mut rx = self.go_path_works.subscribe();
        if rx.wait_for(|works| *works).await.is_err() {
            return std::future::pending().await;
        }
        tokio::time::sleep(CONTEXT_GRACE).await;
    }

    /// The hosts probe's result, probing on first use.
    pub async fn hosts(&self, inputs: &Inputs) -> &HostsProbed {
        self.hosts
            .get_or_init(|| crate::checks::hosts::probe::probe(inputs))
            .await
    }
}
