//! What the fix plan and `fix --apply`, `--undo` and `--verify` say. The words are in
//! `locales/<lang>/fix.ftl`.

crate::messages! {
    /// A symptom's fix offered after its cause's: a way around the cause, not its repair.
    around_it = "fix-around-it" (fix);
}
