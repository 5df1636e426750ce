//! What the hosts probe saw.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::hosts::analyze::Encoding;
use crate::hosts::blocks::BlockTool;
use crate::hosts::nsswitch::LookupOrder;

/// The hosts file, the lookup order, and every entry that touches a Go host.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct HostsFacts {
    pub path: String,
    pub status: FileStatus,
    /// The OS error when the file could not be read.
    pub error: Option<String>,
    pub size: u64,
    pub line_count: u32,
    /// Lines with an address and at least one name that Go takes.
    pub entry_count: u32,
    pub encoding: Option<Encoding>,
    /// Malformed lines in the whole file.
    pub malformed_lines: u32,
    /// Lines of 64 KiB or more (Go stops reading at the first).
    pub long_lines: Vec<u32>,
    /// Whether Go reads the hosts file before DNS, after it, or not at all.
    pub lookup_order: LookupOrder,
    /// The nsswitch.conf read, and its `hosts:` line.
    pub nsswitch: Option<ConfigFileFacts>,
    /// glibc's `multi on` (host.conf): every line counts for glibc too.
    pub glibc_multi: bool,
    pub host_conf: Option<ConfigFileFacts>,
    /// Blocks written by tools.
    pub blocks: Vec<BlockFacts>,
    /// The Go hosts the file names, with every line and what Go and glibc each take.
    pub go_hosts: Vec<GoHostFacts>,
    /// Set when the file is larger than godiag reads: only its lines up to here were checked.
    #[serde(default)]
    pub truncated: Option<Truncation>,
}

/// Where the read of an oversized hosts file stopped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Truncation {
    /// The cap, in bytes.
    pub cap_bytes: u64,
    /// The bytes checked: the cap, less the partial line at the cut (never parsed).
    pub checked_bytes: u64,
    /// The last whole line checked (1-based).
    pub last_line: u32,
}

impl HostsFacts {
    /// Facts of a file not looked at yet: read, empty, in `order`.
    pub fn new(path: String, lookup_order: LookupOrder) -> HostsFacts {
        HostsFacts {
            path,
            status: FileStatus::Read,
            error: None,
            size: 0,
            line_count: 0,
            entry_count: 0,
            encoding: None,
            malformed_lines: 0,
            long_lines: Vec::new(),
            lookup_order,
            nsswitch: None,
            glibc_multi: false,
            host_conf: None,
            blocks: Vec::new(),
            go_hosts: Vec::new(),
            truncated: None,
        }
    }
}

/// Whether the hosts file could be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum FileStatus {
    Read,
    Missing,
    PermissionDenied,
    NotAFile,
    Unreadable,
}

/// A configuration file read beside the hosts file.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct ConfigFileFacts {
    pub path: String,
    /// False when the file does not exist or cannot be read (defaults apply).
    pub read: bool,
    /// The relevant line (`hosts: files dns`), when there is one.
    pub line: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct BlockFacts {
    pub tool: BlockTool,
    pub name: Option<String>,
    pub start_line: u32,
    pub end_line: u32,
    /// `YYYY-MM-DD`, from the block's own "Update time" / "Date" line.
    pub date: Option<String>,
    pub age_days: Option<i64>,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct GoHostFacts {
    pub name: String,
    pub entries: Vec<EntryFacts>,
    /// What Go's resolver takes from the file (every line merged).
    pub go_answer: Vec<String>,
    /// What glibc takes (first line per family, unless `multi on`).
    pub glibc_answer: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct EntryFacts {
    pub line: u32,
    pub address: String,
    /// The name as written.
    pub written: String,
    pub go_reads: bool,
    pub glibc_reads: bool,
    /// The tool block the line sits in, if any.
    pub block: Option<BlockTool>,
    /// Later lines with the same address folded into this entry (a list repeating one line).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub repeats: u32,
    /// The last of those lines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_line: Option<u32>,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}
