//! What the dns probe saw: a resolver x name x type matrix, and the injection probes.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::net::dns::{QueryResult, QueryType, Reply};

/// Every resolver, every query and every injection probe.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct DnsFacts {
    /// The resolv.conf read for the system resolver, if any.
    pub resolv_conf: Option<String>,
    /// Why the system resolver list is Go's default (127.0.0.1:53, [::1]:53), if it is.
    pub resolv_conf_note: Option<String>,
    /// The same, as a message for the verbose report in the user's language (the JSON keeps
    /// the English `resolv_conf_note`; a report read back from JSON falls back to it).
    #[serde(skip)]
    #[schemars(skip)]
    pub resolv_conf_why: Option<crate::i18n::Message>,
    /// Why resolv.conf could not be read (whole), if it could not: not a regular file, larger
    /// than godiag reads, too slow.
    #[serde(default)]
    pub resolv_conf_error: Option<String>,
    pub resolvers: Vec<ResolverFacts>,
    /// The names asked for, in order.
    pub names: Vec<String>,
    pub samples: u32,
    pub timeout_ms: u64,
    pub hold_on_ms: u64,
    pub queries: Vec<QueryFacts>,
    pub injection_probes: Vec<InjectionFacts>,
}

impl DnsFacts {
    /// Notes why the system resolvers are Go's default: the message for the verbose report,
    /// its English text for the JSON facts.
    pub fn note(&mut self, why: crate::i18n::Message) {
        self.resolv_conf_note = Some(why.render(crate::i18n::Lang::En));
        self.resolv_conf_why = Some(why);
    }
}

/// Who a resolver is to the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Listed in resolv.conf: what Go uses.
    System,
    /// An upstream of the systemd-resolved stub.
    SystemUpstream,
    /// A public resolver for comparison.
    Reference,
    /// A DNS-over-TLS or DNS-over-HTTPS resolver: the ground truth when it answers.
    Encrypted,
}

impl Role {
    /// The JSON word (serde kebab-case), which the messages select their role words on.
    pub fn keyword(self) -> &'static str {
        match self {
            Role::System => "system",
            Role::SystemUpstream => "system-upstream",
            Role::Reference => "reference",
            Role::Encrypted => "encrypted",
        }
    }
}

/// One resolver and how it did overall.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct ResolverFacts {
    /// `ip:port`.
    pub address: String,
    pub role: Role,
    pub queries: u32,
    /// Queries it answered (with records or with an error code).
    pub answered: u32,
    /// answered / queries.
    pub success_rate: f64,
    pub rtt_median_ms: Option<u64>,
    pub rtt_max_ms: Option<u64>,
}

/// One query.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct QueryFacts {
    pub resolver: String,
    pub name: String,
    #[serde(rename = "type")]
    pub qtype: QueryType,
    /// 0-based, below `samples`.
    pub sample: u32,
    #[serde(flatten)]
    pub result: QueryResult,
}

/// One raw UDP probe that listened past the first reply.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct InjectionFacts {
    pub resolver: String,
    pub name: String,
    pub replies: Vec<Reply>,
    pub error: Option<String>,
}
