//! jekyll-seo-tag 2.8: the `{% seo %}` tag. It prints the page's title, the
//! generator, Open Graph and Twitter meta tags, the canonical link and a JSON-LD
//! block, each decided as the gem's `Drop` decides it, in the gem's minified
//! template's order and spacing.

use std::sync::{Arc, OnceLock};

use hyde_liquid::{Context, Hash, Value};

use hyde::Plugin;
use hyde::Site;
use hyde::SiteLiquid;

/// The gem version the output names.
const VERSION: &str = "2.8.0";
const TITLE_SEPARATOR: &str = " | ";

/// The jekyll-seo-tag plugin.
pub(crate) struct SeoTag;

impl Plugin for SeoTag {
    fn name(&self) -> &str {
        "jekyll-seo-tag"
    }

    fn tags(&self, site: &Site) -> Vec<Arc<dyn hyde_liquid::Tag>> {
        vec![Arc::new(Seo {
            liquid: SiteLiquid::new(site),
            site: Value::hash(site_view(site)),
            site_strings: OnceLock::new(),
        })]
    }
}

/// What the gem reads from `site` (its `site_payload["site"]`): the configuration,
/// with `data`.
fn site_view(site: &Site) -> Hash {
    let mut h = site.config.hash.clone();
    if !h.get("data").is_some_and(Value::is_truthy) {
        h.insert("data".into(), Value::hash(site.data.clone()));
    }
    h
}

/// The site's formatted strings, the same on every page.
struct SiteStrings {
    title: Option<String>,
    tagline: Option<String>,
    description: Option<String>,
    social_name: Option<String>,
    logo: Option<String>,
}

/// The `seo` tag.
struct Seo {
    liquid: SiteLiquid,
    /// `site` as the gem sees it.
    site: Value,
    site_strings: OnceLock<Result<SiteStrings, String>>,
}

/// A hash value's entry, or nil.
fn at<'v>(h: &'v Value, key: &str) -> &'v Value {
    h.get(key).unwrap_or(&Value::Nil)
}

/// `sub_hash`: the hash under `key`, or an empty one.
fn sub_hash(h: &Value, key: &str) -> Value {
    match h.get(key) {
        Some(v @ Value::Hash(_)) => v.clone(),
        _ => Value::empty_hash(),
    }
}

/// The first truthy value (Ruby's `a || b`).
fn or<'v>(a: &'v Value, b: &'v Value) -> &'v Value {
    if a.is_truthy() { a } else { b }
}

/// Addressable's `absolute?`: the string starts with a scheme. `None` for what is
/// not a string.
fn is_absolute_url(v: &Value) -> Option<bool> {
    let s = v.as_str()?;
    let scheme_end = s.find(':');
    Some(scheme_end.is_some_and(|end| {
        let scheme = &s[..end];
        scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    }))
}

/// `HOMEPAGE_OR_ABOUT_REGEX`: `/`, `/index.html`, `/about/`, `/about/index.htm`…
fn homepage_or_about(url: &str) -> bool {
    let rest = url.strip_prefix('/').unwrap_or("x");
    let rest = rest.strip_prefix("about/").unwrap_or(rest);
    matches!(rest, "" | "index.html" | "index.htm")
}

/// The page's author, as the gem's `AuthorDrop` resolves it.
struct Author {
    hash: Value,
}

impl Author {
    fn new(page: &Value, site: &Value) -> Author {
        let mut sources = vec![at(page, "author").clone()];
        if let Some(list) = at(page, "authors").as_array() {
            sources.push(list.first().cloned().unwrap_or(Value::Nil));
        }
        sources.push(at(site, "author").clone());
        let resolved = sources
            .into_iter()
            .find(|s| !s.is_nil() && !s.to_ruby_string().is_empty());
        let hash = match resolved {
            Some(h @ Value::Hash(_)) => h,
            Some(Value::Str(name)) => {
                let mut h = Hash::new();
                h.insert("name".into(), Value::Str(name.clone()));
                if let Some(Value::Hash(extra)) = site
                    .get("data")
                    .and_then(|d| d.get("authors"))
                    .and_then(|a| a.get(&name))
                {
                    for (k, v) in extra.iter() {
                        h.insert(k.clone(), v.clone());
                    }
                }
                Value::hash(h)
            }
            _ => Value::empty_hash(),
        };
        Author { hash }
    }

    fn name(&self) -> &Value {
        at(&self.hash, "name")
    }

    fn twitter(&self) -> Option<String> {
        match or(at(&self.hash, "twitter"), at(&self.hash, "name")) {
            Value::Str(s) => Some(s.strip_prefix('@').unwrap_or(s).to_owned()),
            _ => None,
        }
    }
}

/// Everything the template prints for one page.
struct Drop<'a> {
    seo: &'a Seo,
    strings: &'a SiteStrings,
    page: Value,
    site: Value,
    paginator: Value,
}

impl Drop<'_> {
    /// `format_string`: markdownify, strip_html, normalize_whitespace, escape_once;
    /// `None` when that leaves nothing.
    fn format(&self, v: &Value) -> Result<Option<String>, String> {
        format_string(&self.seo.liquid, v)
    }

    fn filter(&self, v: &Value, chain: &str) -> Result<String, String> {
        self.seo.liquid.filter(v, chain).map_err(|e| e.to_string())
    }

    fn page_title(&self) -> Result<Option<String>, String> {
        Ok(self
            .format(at(&self.page, "title"))?
            .or_else(|| self.strings.title.clone()))
    }

    fn page_number(&self) -> Option<String> {
        let current = self.paginator.get("page").and_then(|v| match v {
            Value::Int(i) => Some(*i),
            _ => None,
        })?;
        if current <= 1 {
            return None;
        }
        let total = at(&self.paginator, "total_pages").to_ruby_string();
        let message = self
            .site
            .get("seo_paginator_message")
            .and_then(Value::as_str)
            .unwrap_or("Page %<current>s of %<total>s for ");
        Some(
            message
                .replace("%<current>s", &current.to_string())
                .replace("%<total>s", &total),
        )
    }

    fn title(&self) -> Result<Option<String>, String> {
        let page_title = self.page_title()?;
        let s = &self.strings;
        let title = match (&s.title, &page_title) {
            (Some(site_title), Some(pt)) if pt != site_title => {
                Some(format!("{pt}{TITLE_SEPARATOR}{site_title}"))
            }
            (Some(site_title), _) if s.description.is_some() => {
                let tail = s
                    .tagline
                    .clone()
                    .or_else(|| s.description.clone())
                    .unwrap_or_default();
                Some(format!("{site_title}{TITLE_SEPARATOR}{tail}"))
            }
            _ => page_title.or_else(|| s.title.clone()),
        };
        Ok(match self.page_number() {
            Some(n) => Some(format!("{n}{}", title.unwrap_or_default())),
            None => title,
        })
    }

    fn is_home(&self) -> bool {
        homepage_or_about(&at(&self.page, "url").to_ruby_string())
    }

    fn page_seo(&self) -> Value {
        sub_hash(&self.page, "seo")
    }

    fn name(&self) -> Result<Option<String>, String> {
        let seo = self.page_seo();
        if at(&seo, "name").is_truthy()
            && let Some(n) = self.format(at(&seo, "name"))?
        {
            return Ok(Some(n));
        }
        if !self.is_home() {
            return Ok(None);
        }
        if sub_hash(&self.site, "social")
            .get("name")
            .is_some_and(Value::is_truthy)
        {
            return Ok(self.strings.social_name.clone());
        }
        Ok(self.strings.title.clone())
    }

    fn description(&self) -> Result<Option<String>, String> {
        let v = or(at(&self.page, "description"), at(&self.page, "excerpt"));
        Ok(self.format(v)?.or_else(|| self.strings.description.clone()))
    }

    /// `ImageDrop`: the image hash (`path` first) and its escaped absolute URL.
    fn image(&self) -> Result<Option<(Hash, String)>, String> {
        let mut hash = Hash::new();
        hash.insert("path".into(), Value::Nil);
        match at(&self.page, "image") {
            Value::Hash(h) => {
                for (k, v) in h.iter() {
                    hash.insert(k.clone(), v.clone());
                }
            }
            s @ Value::Str(_) => {
                hash.insert("path".into(), s.clone());
            }
            _ => {}
        }
        let get = |k: &str| hash.get(k).cloned().unwrap_or(Value::Nil);
        let raw = or(&get("path"), &get("facebook")).clone();
        let raw = or(&raw, &get("twitter")).clone();
        if !raw.is_truthy() {
            return Ok(None);
        }
        let absolute = if raw.as_str().is_some() && is_absolute_url(&raw) == Some(false) {
            Value::str(self.filter(&raw, "absolute_url")?)
        } else {
            raw
        };
        if !absolute.is_truthy() {
            return Ok(None);
        }
        let path = self.filter(&absolute, "uri_escape")?;
        Ok(Some((hash, path)))
    }

    fn date(&self, v: &Value) -> Result<Option<String>, String> {
        if !v.is_truthy() {
            return Ok(None);
        }
        self.filter(v, "date_to_xmlschema").map(Some)
    }

    fn kind(&self) -> Value {
        let seo = self.page_seo();
        if at(&seo, "type").is_truthy() {
            at(&seo, "type").clone()
        } else if self.is_home() {
            Value::str("WebSite")
        } else if at(&self.page, "date").is_truthy() {
            Value::str("BlogPosting")
        } else {
            Value::str("WebPage")
        }
    }

    fn links(&self) -> Value {
        let seo = self.page_seo();
        if at(&seo, "links").is_truthy() {
            return at(&seo, "links").clone();
        }
        let social = sub_hash(&self.site, "social");
        if self.is_home() && at(&social, "links").is_truthy() {
            return at(&social, "links").clone();
        }
        Value::Nil
    }

    fn locale(&self) -> String {
        let lang = or(
            or(at(&self.page, "lang"), at(&self.site, "lang")),
            &Value::Nil,
        )
        .clone();
        let lang = if lang.is_truthy() {
            lang
        } else {
            Value::str("en_US")
        };
        let locale = or(
            or(at(&self.page, "locale"), at(&self.site, "locale")),
            &lang,
        );
        locale.to_ruby_string().replace('-', "_")
    }

    fn canonical_url(&self) -> Result<String, String> {
        let own = at(&self.page, "canonical_url");
        if !own.to_ruby_string().is_empty() {
            return Ok(own.to_ruby_string());
        }
        let url = self.filter(at(&self.page, "url"), "absolute_url")?;
        Ok(match url.strip_suffix("/index.html") {
            Some(head) => format!("{head}/"),
            None => url,
        })
    }

    /// The JSON-LD object, keys sorted, nils left out.
    fn json_ld(&self, author: &Author, image: Option<&(Hash, String)>) -> Result<Value, String> {
        let mut h = Hash::new();
        let mut put = |k: &str, v: Option<Value>| {
            if let Some(v) = v.filter(|v| !v.is_nil()) {
                h.insert(k.into(), v);
            }
        };
        let kind = self.kind();
        put("@context", Some(Value::str("https://schema.org")));
        put("@type", Some(kind.clone()));
        let author_json = if author.name().is_truthy() {
            let author_type = at(&author.hash, "type");
            let valid = matches!(author_type.as_str(), Some("Organization" | "Person"));
            if author_type.is_truthy() && !valid {
                None
            } else {
                let mut a = Hash::new();
                a.insert(
                    "@type".into(),
                    if author_type.is_truthy() {
                        author_type.clone()
                    } else {
                        Value::str("Person")
                    },
                );
                a.insert("name".into(), author.name().clone());
                if at(&author.hash, "url").is_truthy() {
                    a.insert("url".into(), at(&author.hash, "url").clone());
                }
                Some(Value::hash(a))
            }
        } else {
            None
        };
        put("author", author_json);
        let modified = {
            let seo = self.page_seo();
            let d = or(
                at(&seo, "date_modified"),
                at(&self.page, "last_modified_at"),
            );
            let d = or(d, at(&self.page, "date")).clone();
            self.date(&d)?
        };
        put("dateModified", modified.map(Value::str));
        put(
            "datePublished",
            self.date(at(&self.page, "date"))?.map(Value::str),
        );
        put("description", self.description()?.map(Value::str));
        put("headline", self.page_title()?.map(Value::str));
        let image_json = image.map(|(hash, path)| {
            if hash.len() == 1 {
                Value::str(path)
            } else {
                let mut out = Hash::new();
                for (k, v) in hash.iter().filter(|(k, _)| k.as_str() != "path") {
                    out.insert(k.clone(), v.clone());
                }
                out.insert("url".into(), Value::str(path));
                out.insert("@type".into(), Value::str("imageObject"));
                Value::hash(out)
            }
        });
        put("image", image_json);
        let entity = matches!(kind.as_str(), Some("BlogPosting" | "CreativeWork"));
        let canonical = self.canonical_url()?;
        put(
            "mainEntityOfPage",
            entity.then(|| {
                let mut m = Hash::new();
                m.insert("@type".into(), Value::str("WebPage"));
                m.insert("@id".into(), Value::str(&canonical));
                Value::hash(m)
            }),
        );
        put("name", self.name()?.map(Value::str));
        let publisher = self.strings.logo.as_ref().map(|logo| {
            let mut l = Hash::new();
            l.insert("@type".into(), Value::str("ImageObject"));
            l.insert("url".into(), Value::str(logo));
            let mut p = Hash::new();
            p.insert("@type".into(), Value::str("Organization"));
            p.insert("logo".into(), Value::hash(l));
            if author.name().is_truthy() {
                p.insert("name".into(), author.name().clone());
            }
            Value::hash(p)
        });
        put("publisher", publisher);
        put("sameAs", Some(self.links()));
        put("url", Some(Value::str(canonical)));
        Ok(Value::hash(h))
    }
}

/// `format_string` of the gem's drop.
fn format_string(liquid: &SiteLiquid, v: &Value) -> Result<Option<String>, String> {
    if v.is_nil() {
        return Ok(None);
    }
    let s = liquid
        .filter(
            v,
            "markdownify | strip_html | normalize_whitespace | escape_once",
        )
        .map_err(|e| e.to_string())?;
    Ok((!s.is_empty()).then_some(s))
}

impl Seo {
    fn strings(&self) -> Result<&SiteStrings, String> {
        let computed = self.site_strings.get_or_init(|| {
            let site = &self.site;
            let get = |k: &str| site.get(k).cloned().unwrap_or(Value::Nil);
            let title = format_string(&self.liquid, or(&get("title"), &get("name")))?;
            let social = site.get("social").filter(|s| s.as_hash().is_some());
            let social_name = match social.and_then(|s| s.get("name")) {
                Some(n) if n.is_truthy() => format_string(&self.liquid, n)?,
                _ => None,
            };
            let logo = match get("logo") {
                Value::Nil | Value::Bool(false) => None,
                logo if is_absolute_url(&logo) == Some(true) => Some(
                    self.liquid
                        .filter(&logo, "uri_escape")
                        .map_err(|e| e.to_string())?,
                ),
                logo => Some(
                    self.liquid
                        .filter(&logo, "absolute_url | uri_escape")
                        .map_err(|e| e.to_string())?,
                ),
            };
            Ok(SiteStrings {
                title,
                tagline: format_string(&self.liquid, &get("tagline"))?,
                description: format_string(&self.liquid, &get("description"))?,
                social_name,
                logo,
            })
        });
        computed.as_ref().map_err(Clone::clone)
    }

    fn print(&self, v: &Value) -> Result<String, String> {
        self.liquid
            .filter(v, "default: ''")
            .map_err(|e| e.to_string())
    }
}

impl hyde_liquid::Tag for Seo {
    fn name(&self) -> &str {
        "seo"
    }

    fn render(&self, markup: &str, context: &Context<'_>) -> Result<String, String> {
        let strings = self.strings()?;
        let drop = Drop {
            seo: self,
            strings,
            page: context.get("page"),
            site: self.site.clone(),
            paginator: context.get("paginator"),
        };
        let site = &drop.site;
        let page = &drop.page;
        let mut out = format!("<!-- Begin Jekyll SEO tag v{VERSION} -->\n");
        let title = drop.title()?;
        if let Some(t) = &title
            && !markup.to_ascii_lowercase().contains("title=false")
        {
            out.push_str(&format!("<title>{t}</title>\n"));
        }
        out.push_str(&format!(
            "<meta name=\"generator\" content=\"Jekyll v{}\" />\n",
            hyde::JEKYLL_VERSION
        ));
        let page_title = drop.page_title()?;
        if let Some(t) = &page_title {
            out.push_str(&format!("<meta property=\"og:title\" content=\"{t}\" />\n"));
        }
        let author = Author::new(page, site);
        if author.name().is_truthy() {
            out.push_str(&format!(
                "<meta name=\"author\" content=\"{}\" />\n",
                self.print(author.name())?
            ));
        }
        out.push_str(&format!(
            "<meta property=\"og:locale\" content=\"{}\" />\n",
            drop.locale()
        ));
        if let Some(d) = drop.description()? {
            out.push_str(&format!("<meta name=\"description\" content=\"{d}\" />\n"));
            out.push_str(&format!(
                "<meta property=\"og:description\" content=\"{d}\" />\n"
            ));
        }
        if at(site, "url").is_truthy() {
            let c = drop.canonical_url()?;
            out.push_str(&format!("<link rel=\"canonical\" href=\"{c}\" />\n"));
            out.push_str(&format!("<meta property=\"og:url\" content=\"{c}\" />\n"));
        }
        if let Some(t) = &strings.title {
            out.push_str(&format!(
                "<meta property=\"og:site_name\" content=\"{t}\" />\n"
            ));
        }
        let image = drop.image()?;
        if let Some((hash, path)) = &image {
            out.push_str(&format!(
                "<meta property=\"og:image\" content=\"{path}\" />\n"
            ));
            for key in ["height", "width", "alt"] {
                let v = hash.get(key).unwrap_or(&Value::Nil);
                if v.is_truthy() {
                    out.push_str(&format!(
                        "<meta property=\"og:image:{key}\" content=\"{}\" />\n",
                        self.print(v)?
                    ));
                }
            }
        }
        if at(page, "date").is_truthy() {
            out.push_str("<meta property=\"og:type\" content=\"article\" />\n");
            let d = drop.filter(at(page, "date"), "date_to_xmlschema")?;
            out.push_str(&format!(
                "<meta property=\"article:published_time\" content=\"{d}\" />\n"
            ));
        } else {
            out.push_str("<meta property=\"og:type\" content=\"website\" />\n");
        }
        let paginator = &drop.paginator;
        for (rel, key, path) in [
            ("prev", "previous_page", "previous_page_path"),
            ("next", "next_page", "next_page_path"),
        ] {
            if at(paginator, key).is_truthy() {
                let href = drop.filter(at(paginator, path), "absolute_url")?;
                out.push_str(&format!("<link rel=\"{rel}\" href=\"{href}\" />\n"));
            }
        }
        if let Some((_, path)) = &image {
            let card = self.twitter_card(page, site)?;
            out.push_str(&format!(
                "<meta name=\"twitter:card\" content=\"{card}\" />\n"
            ));
            out.push_str(&format!(
                "<meta property=\"twitter:image\" content=\"{path}\" />\n"
            ));
        } else {
            out.push_str("<meta name=\"twitter:card\" content=\"summary\" />\n");
        }
        if let Some((hash, _)) = &image
            && let Some(alt) = hash.get("alt").filter(|v| v.is_truthy())
        {
            out.push_str(&format!(
                "<meta name=\"twitter:image:alt\" content=\"{}\" />\n",
                self.print(alt)?
            ));
        }
        if let Some(t) = &page_title {
            out.push_str(&format!(
                "<meta property=\"twitter:title\" content=\"{t}\" />\n"
            ));
        }
        if at(site, "twitter").is_truthy() {
            let user = self.print(at(site, "twitter").get("username").unwrap_or(&Value::Nil))?;
            out.push_str(&format!(
                "<meta name=\"twitter:site\" content=\"@{}\" />\n",
                user.replace('@', "")
            ));
            if let Some(t) = author.twitter() {
                out.push_str(&format!(
                    "<meta name=\"twitter:creator\" content=\"@{}\" />\n",
                    t.replace('@', "")
                ));
            }
        }
        let facebook = at(site, "facebook");
        if facebook.is_truthy() {
            for (key, tag) in [
                ("admins", "property=\"fb:admins\""),
                ("publisher", "property=\"article:publisher\""),
                ("app_id", "property=\"fb:app_id\""),
            ] {
                if let Some(v) = facebook.get(key).filter(|v| v.is_truthy()) {
                    out.push_str(&format!("<meta {tag} content=\"{}\" />\n", self.print(v)?));
                }
            }
        }
        let verifications = at(site, "webmaster_verifications");
        if verifications.is_truthy() {
            for (key, name) in [
                ("google", "google-site-verification"),
                ("bing", "msvalidate.01"),
                ("alexa", "alexaVerifyID"),
                ("yandex", "yandex-verification"),
                ("baidu", "baidu-site-verification"),
                ("facebook", "facebook-domain-verification"),
            ] {
                if let Some(v) = verifications.get(key).filter(|v| v.is_truthy()) {
                    out.push_str(&format!(
                        "<meta name=\"{name}\" content=\"{}\" />\n",
                        self.print(v)?
                    ));
                }
            }
        } else if let Some(v) = site
            .get("google_site_verification")
            .filter(|v| v.is_truthy())
        {
            out.push_str(&format!(
                "<meta name=\"google-site-verification\" content=\"{}\" />\n",
                self.print(v)?
            ));
        }
        let json = drop.filter(&drop.json_ld(&author, image.as_ref())?, "jsonify")?;
        out.push_str(&format!(
            "<script type=\"application/ld+json\">\n{json}</script>\n<!-- End Jekyll SEO tag -->\n"
        ));
        Ok(out)
    }
}

impl Seo {
    /// `page.twitter.card | default: site.twitter.card | default: "summary_large_image"`.
    fn twitter_card(&self, page: &Value, site: &Value) -> Result<String, String> {
        let blank = |v: &Value| match v {
            Value::Nil | Value::Bool(false) => true,
            Value::Str(s) => s.is_empty(),
            Value::Array(a) => a.is_empty(),
            Value::Hash(h) => h.is_empty(),
            _ => false,
        };
        let page_card = at(page, "twitter")
            .get("card")
            .cloned()
            .unwrap_or(Value::Nil);
        let site_card = at(site, "twitter")
            .get("card")
            .cloned()
            .unwrap_or(Value::Nil);
        let card = if !blank(&page_card) {
            page_card
        } else if !blank(&site_card) {
            site_card
        } else {
            Value::str("summary_large_image")
        };
        self.print(&card)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_home_and_about_pages_are_recognised() {
        for url in [
            "/",
            "/index.html",
            "/index.htm",
            "/about/",
            "/about/index.html",
        ] {
            assert!(homepage_or_about(url), "{url}");
        }
        for url in ["/about", "/blog/", "/about/team/", ""] {
            assert!(!homepage_or_about(url), "{url}");
        }
    }

    #[test]
    fn absolute_urls_have_a_scheme() {
        assert_eq!(
            is_absolute_url(&Value::str("https://e.org/x.png")),
            Some(true)
        );
        assert_eq!(is_absolute_url(&Value::str("/x.png")), Some(false));
        assert_eq!(is_absolute_url(&Value::Int(1)), None);
    }
}
