//! Report renderers: human (colored text) and JSON (the versioned contract).

pub mod human;
pub mod json;
