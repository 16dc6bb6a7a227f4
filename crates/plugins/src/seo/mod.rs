//! jekyll-seo-tag 2.8: the `{% seo %}` tag. It prints the page's title, the
//! generator, Open Graph and Twitter meta tags, the canonical link and a JSON-LD
//! block, each decided as the gem's `Drop` decides it, in the gem's minified
//! template's order and spacing.

use std::sync::{Arc, OnceLock};

use hyde_liquid::{Context, Hash, Value};

use hyde::Plugin;
use hyde::Site;
use hyde::SiteLiquid;

mod drop;

use drop::{Author, Drop, at, format_string, is_absolute_url, or};

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
    use super::drop::homepage_or_about;
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
