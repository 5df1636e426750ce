//! Every message the code declares with `messages!`, gathered: the catalogue test holds each
//! language's Fluent files to these declarations, and docs/codes.md lists them.

use crate::i18n::Spec;

/// The declarations of every module that speaks, in report order.
pub fn all() -> Vec<Spec> {
    [
        crate::checks::go_env::messages::SPECS,
        crate::checks::hosts::messages::SPECS,
        crate::checks::dns::messages::SPECS,
        crate::checks::connectivity::messages::SPECS,
        crate::checks::vscode::messages::SPECS,
        crate::crosscheck::messages::SPECS,
        crate::diagnose::msg::SPECS,
        crate::pipeline::msg::SPECS,
        crate::report::messages::SPECS,
        crate::fix::messages::SPECS,
        crate::app::messages::SPECS,
        crate::i18n::SPECS,
    ]
    .concat()
}

#[cfg(test)]
mod tests;
