//! VS Code-family editors: where their settings live ([`discovery`]), reading them like VS Code
//! ([`settings`]), and the environment gopls and the Go tools get from them ([`env`]). Pure.

pub mod discovery;
pub mod edit;
pub mod env;
pub mod settings;
