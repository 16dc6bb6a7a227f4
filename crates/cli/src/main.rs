//! The `hyde` command.
fn main() {}
