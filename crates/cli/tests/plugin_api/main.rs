//! A third party's plugin, written against `hyde`'s public API only: a generator that
//! adds pages, a converter for a new extension, a `post_render` hook and a Liquid
//! filter, all taking part in one build of one site.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fs;
use std::path::Path;
use std::sync::Arc;

use hyde::liquid::{Hash, Value};
use hyde::{Converted, Converter, Document, Plugin, Site};

/// `{{ "x" | shout }}`: upper-cased, with an exclamation mark.
struct Shout;

impl hyde::liquid::Filter for Shout {
    fn name(&self) -> &str {
        "shout"
    }
    fn call(&self, input: &Value, _args: &[Value]) -> Result<Value, String> {
        Ok(Value::str(format!(
            "{}!",
            input.to_ruby_string().to_uppercase()
        )))
    }
}

/// `.rev` files: each line reversed, written as `.html`.
struct Reverse;

impl Converter for Reverse {
    fn matches(&self, ext: &str) -> bool {
        ext == ".rev"
    }
    fn output_ext(&self, _ext: &str) -> String {
        ".html".into()
    }
    fn convert(&self, input: &str, _path: &Path) -> hyde::Result<Converted> {
        let lines: Vec<String> = input.lines().map(|l| l.chars().rev().collect()).collect();
        Ok(Converted::new(lines.join("\n")))
    }
}

/// The plugin: one page per data entry, the converter, a stamp on every HTML output.
struct Catalog;

impl Plugin for Catalog {
    fn name(&self) -> &str {
        "catalog"
    }

    fn generate(&self, site: &mut Site) -> hyde::Result<()> {
        let items: Vec<Value> = site
            .data
            .get("items")
            .and_then(Value::as_array)
            .map(<[Value]>::to_vec)
            .unwrap_or_default();
        for item in items {
            let name = item
                .get("name")
                .map(Value::to_ruby_string)
                .unwrap_or_default();
            let mut data = Hash::new();
            data.insert("title".into(), Value::str(&name));
            let page = site.new_page(
                format!("items/{name}.html"),
                data,
                "<h1>{{ page.title | shout }}</h1> in {{ page.layout }}",
            );
            site.pages.push(page);
        }
        Ok(())
    }

    fn converters(&self, _site: &Site) -> Vec<Arc<dyn Converter>> {
        vec![Arc::new(Reverse)]
    }

    fn filters(&self, _site: &Site) -> Vec<Arc<dyn hyde::liquid::Filter>> {
        vec![Arc::new(Shout)]
    }

    fn post_render(&self, _site: &Site, item: &Document, output: &mut String) -> hyde::Result<()> {
        if item.output_ext == ".html" {
            output.push_str("<!-- catalog -->\n");
        }
        Ok(())
    }
}

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

#[test]
fn a_third_party_plugin_generates_converts_filters_and_hooks_into_one_build() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("site");
    write(
        &src,
        "_config.yml",
        "defaults:\n  - scope: {path: items}\n    values: {layout: plain}\n",
    );
    write(&src, "_layouts/plain.html", "<main>{{ content }}</main>\n");
    write(&src, "_data/items.yml", "- name: apple\n- name: pear\n");
    write(&src, "mirror.rev", "---\n---\n{{ 'abc' | shout }}\nolleh\n");
    write(&src, "plain.txt", "---\n---\nnot html\n");
    let mut options = hyde::BuildOptions::new(&src);
    options.destination = Some(dir.path().join("out"));
    options.plugins.push(Arc::new(Catalog));
    let report = Site::build(&options).unwrap();
    assert_eq!(report.rendered, 4);
    let read = |rel: &str| fs::read_to_string(dir.path().join("out").join(rel)).unwrap();
    // The generator's pages, with the `items` defaults (layout), the filter and the hook.
    assert_eq!(
        read("items/apple.html"),
        "<main><h1>APPLE!</h1> in plain</main>\n<!-- catalog -->\n"
    );
    assert_eq!(
        read("items/pear.html"),
        "<main><h1>PEAR!</h1> in plain</main>\n<!-- catalog -->\n"
    );
    // The converter: Liquid first, then each line reversed, written as `.html`.
    assert_eq!(read("mirror.html"), "!CBA\nhello<!-- catalog -->\n");
    // Other outputs are left alone by the hook.
    assert_eq!(read("plain.txt"), "not html\n");
}
