//! What the command line says itself: usage errors, config errors, notes on flags. Declared in
//! [`crate::config::messages`], which the config layer below `app` needs too; re-exported here
//! so that `app` and the catalogue test name one list.

pub use crate::config::messages::*;
