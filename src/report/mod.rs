//! Report renderers: human (colored text) and JSON (the versioned contract).

pub mod fix;
pub mod human;
pub mod json;
pub mod messages;
pub(crate) mod script;
pub mod scrub;
mod verdict;
