//! Jekyll's tags and filters on a plain liquid-rust parser (`Engine::add_tags_to`,
//! `Engine::add_filters_to`) render what the same markup renders through hyde's
//! own engine, whose output the reference page above checks against Jekyll.

use std::sync::Arc;

use hyde_liquid::{Engine, Hash, Options, Value};

use super::RefSite;

/// Renders `plain` with a liquid-rust parser carrying Jekyll's tags and filters, and
/// `jekyll` (the same tags written as Jekyll users write them) with hyde's engine.
fn both(plain: &str, jekyll: &str) -> (String, String) {
    let dir = std::env::temp_dir().join(format!(
        "hyde-liquid-plain-{}-{}",
        std::process::id(),
        plain.len()
    ));
    std::fs::create_dir_all(dir.join("_includes/nav")).unwrap();
    std::fs::write(
        dir.join("_includes/nav/item.html"),
        "<a href=\"{{ include.url }}\">{{ include.label | upcase }}</a>",
    )
    .unwrap();
    let mut options = Options::default();
    options.include_dirs = vec![dir.join("_includes")];
    options.source_dir = dir.clone();
    let engine = Engine::new(options, Arc::new(RefSite));

    let builder = engine.add_filters_to(liquid::ParserBuilder::with_stdlib());
    let parser = engine.add_tags_to(builder).build().unwrap();
    let globals = liquid::object!({ "name": "Ada", "path": "/about/" });
    let from_plain = parser.parse(plain).unwrap().render(&globals).unwrap();

    let mut hash = Hash::new();
    hash.insert("name".into(), Value::str("Ada"));
    hash.insert("path".into(), Value::str("/about/"));
    let template = engine.parse(jekyll, "index.html", 1).unwrap();
    let from_hyde = engine.render(&template, &hash).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    (from_plain, from_hyde)
}

#[test]
fn an_include_with_parameters_renders_as_in_jekyll() {
    let (plain, hyde) = both(
        r#"{% include "nav/item.html" url=path label="home" %}|{% include "nav/item.html" label=name %}"#,
        r#"{% include nav/item.html url=path label="home" %}|{% include nav/item.html label=name %}"#,
    );
    assert_eq!(plain, hyde);
    assert!(plain.contains("HOME"), "{plain}");
}

#[test]
fn link_and_post_url_resolve_through_the_hooks_with_the_baseurl() {
    let (plain, hyde) = both(
        r#"{% link "docs/rel.txt" %} {% post_url "2010-07-21-name" %}"#,
        "{% link docs/rel.txt %} {% post_url 2010-07-21-name %}",
    );
    assert_eq!(plain, hyde);
    assert!(plain.starts_with("/blog/"), "{plain}");
}

#[test]
fn a_highlight_block_is_wrapped_as_jekyll_wraps_it() {
    let (plain, hyde) = both(
        "{% highlight ruby linenos %}puts {{ name }}{% endhighlight %}",
        "{% highlight ruby linenos %}puts {{ name }}{% endhighlight %}",
    );
    assert_eq!(plain, hyde);
    assert!(plain.contains("language-ruby"), "{plain}");
}

#[test]
fn a_missing_post_is_an_error_naming_it() {
    let engine = Engine::new(Options::default(), Arc::new(RefSite));
    let parser = engine
        .add_tags_to(liquid::ParserBuilder::with_stdlib())
        .build()
        .unwrap();
    let error = parser
        .parse(r#"{% post_url "2011-01-01-none" %}"#)
        .unwrap()
        .render(&liquid::object!({}))
        .unwrap_err();
    assert!(error.to_string().contains("2011-01-01-none"), "{error}");
}
