//! Embedding hyde: load a Jekyll site, add a Liquid filter through a plugin, render
//! every page in memory, and print what would be written.
//!
//! `cargo run -p hyde --example embed -- examples/site`

#![allow(clippy::print_stdout)]

use std::sync::Arc;

use hyde::liquid::Value;

/// `{{ "text" | shout }}`: upper-cases and adds an exclamation mark.
struct Shout;

impl hyde::liquid::Filter for Shout {
    fn name(&self) -> &str {
        "shout"
    }

    fn call(&self, input: &Value, _args: &[Value]) -> Result<Value, String> {
        Ok(Value::str(format!(
            "{}!",
            input.as_str().unwrap_or_default().to_uppercase()
        )))
    }
}

/// A plugin that registers the filter, as a Jekyll plugin gem would.
struct ShoutPlugin;

impl hyde::Plugin for ShoutPlugin {
    fn name(&self) -> &str {
        "shout"
    }

    fn filters(&self, _site: &hyde::Site) -> Vec<Arc<dyn hyde::liquid::Filter>> {
        vec![Arc::new(Shout)]
    }
}

fn main() -> Result<(), hyde::Error> {
    let source = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "examples/site".into());
    let mut options = hyde::BuildOptions::new(source);
    options.plugins.push(Arc::new(ShoutPlugin));
    let site = hyde::Site::load(&options)?;
    println!(
        "{} pages, {} documents, {} static files",
        site.pages.len(),
        site.documents.len(),
        site.static_files.len()
    );
    let rendered = site.render()?;
    for (path, file) in &rendered.files {
        match file {
            hyde::OutputFile::Rendered(text) => println!("{path}: {} bytes rendered", text.len()),
            hyde::OutputFile::Copy(from) => println!("{path}: copied from {}", from.display()),
            _ => println!("{path}"),
        }
    }
    Ok(())
}
