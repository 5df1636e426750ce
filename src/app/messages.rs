//! What the command line says itself: usage errors, notes on flags. The words are in
//! `locales/<lang>/cli.ftl`.

crate::messages! {}
