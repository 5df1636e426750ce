//! Probe results that several checks need (the connectivity check needs go env's GOPROXY and
//! the hosts file's entries), computed once per run by whichever check asks first.

use tokio::sync::OnceCell;

use crate::checks::go_env::facts::GoEnvFacts;
use crate::checks::hosts::probe::Probed as HostsProbed;
use crate::config::Inputs;

/// The once-per-run cells.
#[derive(Debug, Default)]
pub struct Shared {
    go_env: OnceCell<GoEnvFacts>,
    hosts: OnceCell<HostsProbed>,
}

impl Shared {
    /// The go-env probe's facts, probing on first use.
    pub async fn go_env(&self, inputs: &Inputs) -> &GoEnvFacts {
        self.go_env
            .get_or_init(|| crate::checks::go_env::probe::probe(inputs))
            .await
    }

    /// The hosts probe's result, probing on first use.
    pub async fn hosts(&self, inputs: &Inputs) -> &HostsProbed {
        self.hosts
            .get_or_init(|| crate::checks::hosts::probe::probe(inputs))
            .await
    }
}
