//! The gem's `Drop` and `AuthorDrop`: what `{% seo %}` prints, decided as the gem
//! decides it (`lib/jekyll-seo-tag/drop.rb`, `author_drop.rb`).

use hyde_liquid::{Hash, Value};

use hyde::SiteLiquid;

use super::{Seo, SiteStrings, TITLE_SEPARATOR};

/// A hash value's entry, or nil.
pub(super) fn at<'v>(h: &'v Value, key: &str) -> &'v Value {
    h.get(key).unwrap_or(&Value::Nil)
}

/// `sub_hash`: the hash under `key`, or an empty one.
pub(super) fn sub_hash(h: &Value, key: &str) -> Value {
    match h.get(key) {
        Some(v @ Value::Hash(_)) => v.clone(),
        _ => Value::empty_hash(),
    }
}

/// The first truthy value (Ruby's `a || b`).
pub(super) fn or<'v>(a: &'v Value, b: &'v Value) -> &'v Value {
    if a.is_truthy() { a } else { b }
}

/// Addressable's `absolute?`: the string starts with a scheme. `None` for what is
/// not a string.
pub(super) fn is_absolute_url(v: &Value) -> Option<bool> {
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
pub(super) fn homepage_or_about(url: &str) -> bool {
    let rest = url.strip_prefix('/').unwrap_or("x");
    let rest = rest.strip_prefix("about/").unwrap_or(rest);
    matches!(rest, "" | "index.html" | "index.htm")
}

/// The page's author, as the gem's `AuthorDrop` resolves it.
pub(super) struct Author {
    hash: Value,
}

impl Author {
    pub(super) fn new(page: &Value, site: &Value) -> Author {
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

    pub(super) fn name(&self) -> &Value {
        at(&self.hash, "name")
    }

    pub(super) fn twitter(&self) -> Option<String> {
        match or(at(&self.hash, "twitter"), at(&self.hash, "name")) {
            Value::Str(s) => Some(s.strip_prefix('@').unwrap_or(s).to_owned()),
            _ => None,
        }
    }
}

/// Everything the template prints for one page.
pub(super) struct Drop<'a> {
    pub(super) seo: &'a Seo,
    pub(super) strings: &'a SiteStrings,
    pub(super) page: Value,
    pub(super) site: Value,
    pub(super) paginator: Value,
}

impl Drop<'_> {
    /// `format_string`: markdownify, strip_html, normalize_whitespace, escape_once;
    /// `None` when that leaves nothing.
    pub(super) fn format(&self, v: &Value) -> Result<Option<String>, String> {
        format_string(&self.seo.liquid, v)
    }

    pub(super) fn filter(&self, v: &Value, chain: &str) -> Result<String, String> {
        self.seo.liquid.filter(v, chain).map_err(|e| e.to_string())
    }

    pub(super) fn page_title(&self) -> Result<Option<String>, String> {
        Ok(self
            .format(at(&self.page, "title"))?
            .or_else(|| self.strings.title.clone()))
    }

    pub(super) fn page_number(&self) -> Option<String> {
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

    pub(super) fn title(&self) -> Result<Option<String>, String> {
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

    pub(super) fn is_home(&self) -> bool {
        homepage_or_about(&at(&self.page, "url").to_ruby_string())
    }

    pub(super) fn page_seo(&self) -> Value {
        sub_hash(&self.page, "seo")
    }

    pub(super) fn name(&self) -> Result<Option<String>, String> {
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

    pub(super) fn description(&self) -> Result<Option<String>, String> {
        let v = or(at(&self.page, "description"), at(&self.page, "excerpt"));
        Ok(self.format(v)?.or_else(|| self.strings.description.clone()))
    }

    /// `ImageDrop`: the image hash (`path` first) and its escaped absolute URL.
    pub(super) fn image(&self) -> Result<Option<(Hash, String)>, String> {
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

    pub(super) fn date(&self, v: &Value) -> Result<Option<String>, String> {
        if !v.is_truthy() {
            return Ok(None);
        }
        self.filter(v, "date_to_xmlschema").map(Some)
    }

    pub(super) fn kind(&self) -> Value {
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

    pub(super) fn links(&self) -> Value {
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

    pub(super) fn locale(&self) -> String {
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

    pub(super) fn canonical_url(&self) -> Result<String, String> {
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
    pub(super) fn json_ld(
        &self,
        author: &Author,
        image: Option<&(Hash, String)>,
    ) -> Result<Value, String> {
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
pub(super) fn format_string(liquid: &SiteLiquid, v: &Value) -> Result<Option<String>, String> {
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
