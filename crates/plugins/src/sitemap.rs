//! jekyll-sitemap 1.4: `sitemap.xml` (every written document, HTML page and HTML or
//! PDF static file, unless `sitemap: false`) and `robots.txt` pointing at it, each
//! unless the site has its own. Both are pages whose content is the gem's template,
//! rendered with the site's Liquid like any page.

use hyde_liquid::{Hash, Value};

use hyde::Plugin;
use hyde::Result;
use hyde::Site;

/// The sitemap template of jekyll-sitemap 1.4.0 (`lib/sitemap.xml`, MIT licence,
/// Copyright (c) 2014 GitHub, Inc. and jekyll-sitemap contributors), reproduced for
/// the bytes it renders; [`minify`] makes of it what the gem renders.
const SITEMAP_TEMPLATE: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
{% if page.xsl %}
  <?xml-stylesheet type="text/xsl" href="{{ "/sitemap.xsl" | absolute_url }}"?>
{% endif %}
<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap/0.9 http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd" xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  {% assign collections = site.collections | where_exp:'collection','collection.output != false' %}
  {% for collection in collections %}
    {% assign docs = collection.docs | where_exp:'doc','doc.sitemap != false' %}
    {% for doc in docs %}
      <url>
        <loc>{{ doc.url | replace:'/index.html','/' | absolute_url | xml_escape }}</loc>
        {% if doc.last_modified_at or doc.date %}
          <lastmod>{{ doc.last_modified_at | default: doc.date | date_to_xmlschema }}</lastmod>
        {% endif %}
      </url>
    {% endfor %}
  {% endfor %}

  {% assign pages = site.html_pages | where_exp:'doc','doc.sitemap != false' | where_exp:'doc','doc.url != "/404.html"' %}
  {% for page in pages %}
    <url>
      <loc>{{ page.url | replace:'/index.html','/' | absolute_url | xml_escape }}</loc>
      {% if page.last_modified_at %}
        <lastmod>{{ page.last_modified_at | date_to_xmlschema }}</lastmod>
      {% endif %}
    </url>
  {% endfor %}

  {% assign static_files = page.static_files | where_exp:'page','page.sitemap != false' | where_exp:'page','page.name != "404.html"' %}
  {% for file in static_files %}
    <url>
      <loc>{{ file.path | replace:'/index.html','/' | absolute_url | xml_escape }}</loc>
      <lastmod>{{ file.modified_time | date_to_xmlschema }}</lastmod>
    </url>
  {% endfor %}
</urlset>
"#;

/// The gem's `robots.txt` template (same licence), used as is.
const ROBOTS_TEMPLATE: &str = "Sitemap: {{ \"sitemap.xml\" | absolute_url }}\n";

/// The static files listed: the gem's `INCLUDED_EXTENSIONS`.
const INCLUDED_EXTENSIONS: [&str; 4] = [".htm", ".html", ".xhtml", ".pdf"];

/// Ruby's `\s`.
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')
}

/// Removes the whitespace that follows `}`, or `>` and a newline (the gem's
/// `MINIFY_REGEX`, `(?<=>\n|})\s+`): after `>`, the newline stays.
fn minify(template: &str) -> String {
    let chars: Vec<char> = template.chars().collect();
    let mut out = String::with_capacity(template.len());
    let mut i = 0;
    while i < chars.len() {
        if !is_space(chars[i]) {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let mut end = i;
        while end < chars.len() && is_space(chars[end]) {
            end += 1;
        }
        let keep_until = if i > 0 && chars[i - 1] == '}' {
            i
        } else if i > 0 && chars[i - 1] == '>' && chars[i] == '\n' && end > i + 1 {
            i + 1
        } else {
            end
        };
        out.extend(&chars[i..keep_until]);
        i = end;
    }
    out
}

/// The jekyll-sitemap generator.
pub(crate) struct Sitemap;

impl Plugin for Sitemap {
    fn name(&self) -> &str {
        "jekyll-sitemap"
    }

    fn priority(&self) -> i32 {
        -100
    }

    fn generate(&self, site: &mut Site) -> Result<()> {
        // The gem's `file_exists?`: a page or static file already at that URL.
        let exists = |site: &Site, name: &str| {
            let url = format!("/{name}");
            site.pages.iter().any(|p| p.url == url)
                || site.static_files.iter().any(|f| f.url == url)
        };
        let mut pages = Vec::new();
        if !exists(site, "sitemap.xml") {
            let files: Vec<Value> = site
                .static_files
                .iter()
                .filter(|f| INCLUDED_EXTENSIONS.contains(&f.extname()))
                .map(hyde::StaticFile::to_liquid)
                .collect();
            let mut data = Hash::new();
            data.insert("layout".into(), Value::Nil);
            data.insert("static_files".into(), Value::array(files));
            data.insert("xsl".into(), Value::Bool(exists(site, "sitemap.xsl")));
            let content = minify(SITEMAP_TEMPLATE);
            // The gem's `PageWithoutAFile`s, at the top of the site.
            pages.push(site.new_page("sitemap.xml", data, content));
        }
        if !exists(site, "robots.txt") {
            let mut data = Hash::new();
            data.insert("layout".into(), Value::Nil);
            let content = ROBOTS_TEMPLATE.to_owned();
            pages.push(site.new_page("robots.txt", data, content));
        }
        site.pages.extend(pages);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minify_keeps_the_newline_after_a_tag_and_drops_liquid_whitespace() {
        assert_eq!(
            minify("<a>\n  <b>x</b>\n{% if y %}\n  <c> d\n"),
            "<a>\n<b>x</b>\n{% if y %}<c> d\n"
        );
    }
}
