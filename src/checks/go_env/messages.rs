//! What the go-env check says: every message its rules and renderers use, with the names of
//! their arguments. The words are in `locales/<lang>/go-env.ftl`.

crate::messages! {}
