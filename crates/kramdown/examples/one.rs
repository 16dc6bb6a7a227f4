//! Converts the file named on the command line (or stdin) and prints the HTML.
#![allow(clippy::print_stdout)]
use std::io::Read;
fn main() {
    let mut s = String::new();
    match std::env::args().nth(1) {
        Some(p) => s = std::fs::read_to_string(p).unwrap_or_default(),
        None => {
            let _ = std::io::stdin().read_to_string(&mut s);
        }
    }
    print!(
        "{}",
        hyde_kramdown::to_html(&s, &hyde_kramdown::Options::default())
    );
}
