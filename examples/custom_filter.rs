//! A custom Liquid filter in a site's context: `{{ page.title | initials }}`, added by a
//! plugin and used with Jekyll's own filters in a string rendered as the site's pages
//! are.
//!
//! `cargo run -p hyde --example custom_filter -- examples/site`

#![allow(clippy::print_stdout)]

use std::sync::Arc;

use hyde::liquid::{Filter, Hash, Value};

/// `{{ "Jekyll Site Generator" | initials }}` → `JSG`.
struct Initials;

impl Filter for Initials {
    fn name(&self) -> &str {
        "initials"
    }

    fn call(&self, input: &Value, _args: &[Value]) -> Result<Value, String> {
        let text = input.to_ruby_string();
        Ok(Value::str(
            text.split_whitespace()
                .filter_map(|w| w.chars().next())
                .flat_map(char::to_uppercase)
                .collect::<String>(),
        ))
    }
}

/// Registers the filter, as a Jekyll plugin gem would.
struct InitialsPlugin;

impl hyde::Plugin for InitialsPlugin {
    fn name(&self) -> &str {
        "initials"
    }

    fn filters(&self, _site: &hyde::Site) -> Vec<Arc<dyn Filter>> {
        vec![Arc::new(Initials)]
    }
}

fn main() -> Result<(), hyde::Error> {
    let source = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "examples/site".into());
    let mut options = hyde::BuildOptions::new(source);
    options.plugins.push(Arc::new(InitialsPlugin));
    let site = hyde::Site::load(&options)?;
    let mut page = Hash::new();
    page.insert("title".into(), Value::str("static sites made fast"));
    let mut variables = Hash::new();
    variables.insert("page".into(), Value::hash(page));
    let (output, warnings) = site.render_liquid(
        "{{ page.title | initials }} · {{ page.title | slugify }} · {{ site.title | initials }}",
        "example.html",
        &variables,
        &|_| {},
    )?;
    assert!(output.starts_with("SSMF · static-sites-made-fast · "));
    println!("{output}");
    for w in warnings {
        println!("warning: {w}");
    }
    Ok(())
}
