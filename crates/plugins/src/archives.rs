//! jekyll-archives 2.2.1: pages listing the posts of each tag, category, year, month
//! and day, as the `jekyll-archives:` config enables them (`enabled: all`, or a list of
//! `year`, `month`, `day`, `tags`, `categories`), each rendered in its layout (`layout`,
//! or `layouts.<type>`) at its permalink (`permalinks.<type>`, with `:year`, `:month`,
//! `:day`, `:name` (the slugified tag or category) and `:type`).
//!
//! An archive is the gem's `Archive` page: empty content, `data` of only `layout`, and
//! a `page` of `layout`, `posts` (newest first), `type`, `title` (the tag or category;
//! nil for dates), `date` (the first day of a date archive), `name`, `path`, `url` and
//! `permalink` (nil), after the front matter defaults for its path and type.
//! `site.jekyll-archives` is the merged config, `site.archives` every archive's `page`
//! (the gem leaves its pages in the config).

use std::collections::HashMap;
use std::sync::Mutex;

use chrono::NaiveDate;
use hyde::liquid::{Hash, Value};
use hyde::{Document, Plugin, Result, Site};

/// The generator of jekyll-archives and the `page` its archives see.
#[derive(Default)]
pub(crate) struct Archives {
    /// The archives made, in order, with where each is by its path (an archive page
    /// is a page without a file at that path; later generators may move pages).
    archives: Mutex<(Vec<Archive>, HashMap<String, usize>)>,
    /// `site.archives` as last made, with the `site.posts` array it was made from
    /// (renders that share that array share the list; holding it keeps its address
    /// from being reused).
    list: Mutex<Option<(std::sync::Arc<Vec<Value>>, Value)>>,
}

/// One archive page: what its `page` is made of.
#[derive(Clone, Debug)]
struct Archive {
    kind: &'static str,
    /// The tag or category, when it is a string.
    title: Option<String>,
    date: Option<NaiveDate>,
    layout: Value,
    url: String,
    /// `relative_path`: the unescaped URL, with `index.html` for a folder.
    path: String,
    /// The posts' `relative_path`s, newest first.
    posts: Vec<String>,
    /// `name`: the file name of `path` without its extension.
    name: String,
    /// The front matter defaults for its path and type.
    defaults: Hash,
}

/// What an archive is of (the gem's `title`): a tag or category, or a date.
enum Title {
    Name(Value),
    Date {
        year: String,
        month: Option<String>,
        day: Option<String>,
    },
}

/// The gem's `DEFAULTS`, deep-merged with the site's `jekyll-archives:`.
fn merged_config(site: &Site) -> Hash {
    let mut permalinks = Hash::new();
    for (k, v) in [
        ("year", "/:year/"),
        ("month", "/:year/:month/"),
        ("day", "/:year/:month/:day/"),
        ("tag", "/tag/:name/"),
        ("category", "/category/:name/"),
    ] {
        permalinks.insert(k.into(), Value::str(v));
    }
    let mut config = Hash::new();
    config.insert("layout".into(), Value::str("archive"));
    config.insert("enabled".into(), Value::array(Vec::new()));
    config.insert("permalinks".into(), Value::hash(permalinks));
    if let Some(Value::Hash(site_config)) = site.config.get("jekyll-archives") {
        hyde::deep_merge(&mut config, site_config);
    }
    config
}

/// `Archives#enabled?`.
fn enabled(config: &Hash, kind: &str) -> bool {
    match config.get("enabled") {
        Some(Value::Bool(true)) => true,
        Some(Value::Str(s)) => &**s == "all",
        Some(Value::Array(a)) => a.iter().any(|v| v.as_str() == Some(kind)),
        _ => false,
    }
}

/// `config[key][kind]`, when `config[key]` is a hash.
fn per_type<'a>(config: &'a Hash, key: &str, kind: &str) -> Option<&'a Value> {
    match config.get(key) {
        Some(Value::Hash(h)) => h.get(kind),
        _ => None,
    }
}

/// Groups `posts` by `key` in the order keys first appear, each group sorted newest
/// first (`sort!.reverse!` with `Document#<=>`: date, then path).
fn group<K: PartialEq>(
    site: &Site,
    posts: &[usize],
    key: impl Fn(&Document) -> Vec<K>,
) -> Vec<(K, Vec<usize>)> {
    let mut groups: Vec<(K, Vec<usize>)> = Vec::new();
    for &i in posts {
        for k in key(&site.documents[i]) {
            match groups.iter_mut().find(|(g, _)| *g == k) {
                Some((_, v)) => v.push(i),
                None => groups.push((k, vec![i])),
            }
        }
    }
    for (_, v) in &mut groups {
        v.sort_by(|&a, &b| {
            let (a, b) = (&site.documents[a], &site.documents[b]);
            (b.date, &b.path).cmp(&(a.date, &a.path))
        });
    }
    groups
}

/// A post's date, formatted (`p.date.strftime(format)`).
fn date_part(site: &Site, doc: &Document, format: &str) -> String {
    doc.date.unwrap_or(site.time).format(format).to_string()
}

impl Plugin for Archives {
    fn name(&self) -> &str {
        "jekyll-archives"
    }

    fn generate(&self, site: &mut Site) -> Result<()> {
        let config = merged_config(site);
        site.config
            .hash
            .insert("jekyll-archives".into(), Value::hash(config.clone()));
        let posts: Vec<usize> = site
            .collections
            .get("posts")
            .map(|c| c.docs.clone())
            .unwrap_or_default();
        let mut titles: Vec<(&'static str, Title, Vec<usize>)> = Vec::new();
        for (kind, plural) in [("tag", "tags"), ("category", "categories")] {
            if enabled(&config, plural) {
                let attr = |d: &Document| match d.data.get(plural) {
                    Some(Value::Array(a)) => a.to_vec(),
                    _ => Vec::new(),
                };
                for (title, posts) in group(site, &posts, attr) {
                    titles.push((kind, Title::Name(title), posts));
                }
            }
        }
        let years = group(site, &posts, |d| vec![date_part(site, d, "%Y")]);
        for (year, posts) in years {
            if enabled(&config, "year") {
                let t = Title::Date {
                    year: year.clone(),
                    month: None,
                    day: None,
                };
                titles.push(("year", t, posts.clone()));
            }
            for (month, posts) in group(site, &posts, |d| vec![date_part(site, d, "%m")]) {
                if enabled(&config, "month") {
                    let t = Title::Date {
                        year: year.clone(),
                        month: Some(month.clone()),
                        day: None,
                    };
                    titles.push(("month", t, posts.clone()));
                }
                for (day, posts) in group(site, &posts, |d| vec![date_part(site, d, "%d")]) {
                    if enabled(&config, "day") {
                        let t = Title::Date {
                            year: year.clone(),
                            month: Some(month.clone()),
                            day: Some(day),
                        };
                        titles.push(("day", t, posts));
                    }
                }
            }
        }
        let mut archives = Vec::new();
        let mut by_path = HashMap::new();
        for (kind, title, posts) in titles {
            let mut warnings = Vec::new();
            let archive = archive(site, &mut warnings, &config, kind, title, &posts)?;
            site.warnings.append(&mut warnings);
            let mut data = Hash::new();
            data.insert("layout".into(), archive.layout.clone());
            // What `site.pages` shows of it besides the page's own fields.
            data.insert("type".into(), Value::str(kind));
            data.insert(
                "title".into(),
                archive.title.as_deref().map_or(Value::Nil, Value::str),
            );
            if let Some(date) = archive.date {
                data.insert("date".into(), Value::Date(date));
            }
            let mut page = Document::generated_page(
                std::path::PathBuf::new(),
                archive.path.clone(),
                data,
                String::new(),
            );
            let name = archive.path.rsplit('/').next().unwrap_or_default();
            let ext = hyde::ruby::extname(name).to_string();
            page.output_ext = if matches!(ext.as_str(), ".md" | ".markdown") {
                ".html".into()
            } else {
                ext.clone()
            };
            page.file_name = Some(name.strip_suffix(&ext).unwrap_or(name).to_owned());
            page.url = archive.url.clone();
            page.destination = hyde::page_destination(&page.url, &page.output_ext);
            by_path.insert(archive.path.clone(), archives.len());
            archives.push(Archive {
                name: page.name().to_owned(),
                ..archive
            });
            site.pages.push(page);
        }
        if let Ok(mut a) = self.archives.lock() {
            *a = (archives, by_path);
        }
        if let Ok(mut l) = self.list.lock() {
            *l = None;
        }
        Ok(())
    }

    fn pre_render(&self, _site: &Site, item: &Document, payload: &mut Hash) -> Result<()> {
        let Ok(guard) = self.archives.lock() else {
            return Ok(());
        };
        let (archives, index) = &*guard;
        if archives.is_empty() {
            return Ok(());
        }
        let posts_value = payload.get("site").and_then(|s| s.get("posts"));
        let posts_key = match posts_value {
            Some(Value::Array(a)) => Some(a.clone()),
            _ => None,
        };
        let site_posts = posts_value.and_then(Value::as_array).unwrap_or(&[]);
        let by_path: HashMap<String, &Value> = site_posts
            .iter()
            .filter_map(|p| Some((p.get("relative_path")?.to_ruby_string(), p)))
            .collect();
        // `site.archives`: the gem leaves its pages in the config, in their order.
        let cached = self.list.lock().ok().and_then(|l| {
            l.as_ref()
                .filter(|(key, _)| {
                    posts_key
                        .as_ref()
                        .is_some_and(|k| std::sync::Arc::ptr_eq(k, key))
                })
                .map(|(_, list)| list.clone())
        });
        let list = cached.unwrap_or_else(|| {
            let list = Value::array(
                archives
                    .iter()
                    .map(|a| Value::hash(page_hash(a, &by_path)))
                    .collect(),
            );
            if let (Ok(mut l), Some(key)) = (self.list.lock(), posts_key) {
                *l = Some((key, list.clone()));
            }
            list
        });
        let own = index
            .get(&item.relative_path)
            .filter(|_| item.path.as_os_str().is_empty() && item.collection().is_none())
            .map(|&i| page_hash(&archives[i], &by_path));
        if let Some(Value::Object(site_value)) = payload.get_mut("site") {
            std::sync::Arc::make_mut(site_value).set("archives", list);
        }
        if let Some(page) = own {
            payload.insert("page".into(), Value::hash(page));
        }
        Ok(())
    }
}

/// The `page` of an archive (`Archive#to_liquid`): the front matter defaults for its
/// path and type, its `layout`, then the gem's `ATTRIBUTES_FOR_LIQUID`.
fn page_hash(archive: &Archive, by_path: &HashMap<String, &Value>) -> Hash {
    let posts = archive
        .posts
        .iter()
        .filter_map(|p| by_path.get(p).map(|v| (*v).clone()))
        .collect();
    let mut hash = archive.defaults.clone();
    let mut own = Hash::new();
    own.insert("layout".into(), archive.layout.clone());
    own.insert("posts".into(), Value::array(posts));
    own.insert("type".into(), Value::str(archive.kind));
    own.insert(
        "title".into(),
        archive.title.as_deref().map_or(Value::Nil, Value::str),
    );
    own.insert("date".into(), archive.date.map_or(Value::Nil, Value::Date));
    own.insert("name".into(), Value::str(&archive.name));
    own.insert("path".into(), Value::str(&archive.path));
    own.insert("url".into(), Value::str(&archive.url));
    own.insert("permalink".into(), Value::Nil);
    hyde::deep_merge(&mut hash, &own);
    hash
}

/// `Archive#initialize`: the layout, URL and path of one archive.
fn archive(
    site: &Site,
    warnings: &mut Vec<hyde::Warning>,
    config: &Hash,
    kind: &'static str,
    title: Title,
    posts: &[usize],
) -> Result<Archive> {
    let template = per_type(config, "permalinks", kind)
        .map(Value::to_ruby_string)
        .unwrap_or_default();
    let layout = per_type(config, "layouts", kind)
        .filter(|v| v.is_truthy())
        .or_else(|| config.get("layout"))
        .cloned()
        .unwrap_or(Value::Nil);
    let (url, title, date) = match &title {
        Title::Name(name) => {
            let name = name.as_str().map(str::to_owned);
            let slug = name
                .as_deref()
                .map(|n| hyde::liquid::slugify(n, None, false));
            if let (Some(n), Some("")) = (&name, slug.as_deref()) {
                warnings.push(hyde::Warning::new(
                    hyde::WarningKind::PluginMessage,
                    "Warning:",
                    format!("Empty `slug` generated for '{n}'."),
                ));
            }
            let url = hyde::url_from_placeholders(
                &template,
                &[("name", slug.as_deref()), ("type", Some(kind))],
            )?;
            (url, name, None)
        }
        Title::Date { year, month, day } => {
            let mut placeholders = vec![("year", Some(year.as_str()))];
            if let Some(m) = month {
                placeholders.push(("month", Some(m.as_str())));
            }
            if let Some(d) = day {
                placeholders.push(("day", Some(d.as_str())));
            }
            placeholders.push(("type", Some(kind)));
            let url = hyde::url_from_placeholders(&template, &placeholders)?;
            let n = |s: &Option<String>| s.as_deref().and_then(|s| s.parse().ok()).unwrap_or(1);
            let date = year
                .parse()
                .ok()
                .and_then(|y| NaiveDate::from_ymd_opt(y, n(month), n(day)));
            (url, None, date)
        }
    };
    // `relative_path`: the unescaped URL without its leading `/`, `index.html` added
    // to a folder.
    let unescaped = percent_decode(&url);
    let mut path = unescaped.strip_prefix('/').unwrap_or(&unescaped).to_owned();
    if url.ends_with('/') {
        path = if path.is_empty() {
            "index.html".into()
        } else if path.ends_with('/') {
            format!("{path}index.html")
        } else {
            format!("{path}/index.html")
        };
    }
    let posts = posts
        .iter()
        .map(|&i| site.documents[i].relative_path.clone())
        .collect();
    Ok(Archive {
        name: String::new(),
        defaults: site.front_matter_defaults(&path, kind),
        kind,
        title,
        date,
        layout,
        url,
        path,
        posts,
    })
}

/// `URL.unescape_path`: every `%XX` decoded, the result read as UTF-8.
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(h) = bytes
                .get(i + 1..i + 3)
                .and_then(|h| std::str::from_utf8(h).ok())
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(h);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_decode_reads_utf8_escapes() {
        assert_eq!(
            percent_decode("/tags/caf%C3%A9-society/"),
            "/tags/café-society/"
        );
        assert_eq!(percent_decode("/100%"), "/100%");
    }

    #[test]
    fn enabled_takes_all_true_or_a_list() {
        let mut c = Hash::new();
        c.insert("enabled".into(), Value::str("all"));
        assert!(enabled(&c, "day"));
        c.insert("enabled".into(), Value::array(vec![Value::str("tags")]));
        assert!(enabled(&c, "tags") && !enabled(&c, "year"));
    }
}
