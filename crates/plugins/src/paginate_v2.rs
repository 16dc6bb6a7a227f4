//! jekyll-paginate-v2 3.0.0, its pagination generator: every page whose front matter
//! has `pagination: {enabled: true}` is replaced by numbered copies, each with a
//! `paginator` over a slice of the collection's documents, configured by the site's
//! `pagination:` merged with the page's (`collection`, `per_page`, `permalink`, `title`,
//! `limit`, `offset`, `sort_field`, `sort_reverse`, `category`, `tag`, `locale`,
//! `trail`, `indexpage`, `extension`).
//!
//! The copies are the gem's `PaginationPage`s, quirks included: named `.html` (the
//! empty `indexpage` and the `extension`), so their extension is empty and Markdown
//! templates are not converted, and their URL is `/page2/index.html`; the template
//! leaves `site.pages` and its copies are added at the end. Jekyll caches parsed
//! Liquid by a page's path, and every copy's path is its name, so every copy renders
//! the body of the first page of that path rendered (the first copy, or the root
//! `index.html` with `indexpage: index`). A site that also sets jekyll-paginate's
//! `paginate:` fails to build, as with the gem (its compatibility mode expired in 2018).
//! AutoPages (`autopages:`) are in [`autopages`].

use std::collections::HashMap;
use std::sync::Mutex;

#[path = "paginate_v2_autopages.rs"]
mod autopages;

use hyde::liquid::{Hash, Value};
use hyde::{Document, Error, Plugin, Result, Site};

/// The generator of jekyll-paginate-v2 and the `paginator` of its pages.
#[derive(Default)]
pub(crate) struct PaginateV2 {
    /// The pagination pages' pagers, by URL (later generators may move pages).
    pagers: Mutex<HashMap<String, Pager>>,
}

/// The gem's `Paginator`, its posts as documents' relative paths.
#[derive(Clone, Debug, Default)]
struct Pager {
    page: i64,
    per_page: i64,
    posts: Vec<String>,
    total_posts: i64,
    total_pages: i64,
    page_path: String,
    previous_page_path: Option<String>,
    next_page_path: Option<String>,
    first_page_path: String,
    last_page_path: String,
    /// `(num, path, title)` of the pages around this one, when `trail` asks for it.
    trail: Option<Vec<(i64, String, Value)>>,
}

/// The gem's `DEFAULT`.
fn defaults() -> Hash {
    let mut trail = Hash::new();
    trail.insert("before".into(), Value::Int(0));
    trail.insert("after".into(), Value::Int(0));
    let mut h = Hash::new();
    for (k, v) in [
        ("enabled", Value::Bool(false)),
        ("collection", Value::str("posts")),
        ("offset", Value::Int(0)),
        ("per_page", Value::Int(10)),
        ("permalink", Value::str("/page:num/")),
        ("title", Value::str(":title - page :num")),
        ("page_num", Value::Int(1)),
        ("sort_reverse", Value::Bool(false)),
        ("sort_field", Value::str("date")),
        ("limit", Value::Int(0)),
        ("trail", Value::hash(trail)),
        ("indexpage", Value::Nil),
        ("extension", Value::str("html")),
        ("debug", Value::Bool(false)),
        ("legacy", Value::Bool(false)),
    ] {
        h.insert(k.into(), v);
    }
    h
}

/// Ruby's `to_i` of a config value.
fn to_i(v: Option<&Value>) -> i64 {
    match v {
        Some(Value::Int(n)) => *n,
        Some(Value::Float(f)) if f.is_finite() => f.trunc() as i64,
        Some(Value::Str(s)) => {
            let t = s.trim_start();
            let (sign, digits) = match t.strip_prefix('-') {
                Some(rest) => (-1, rest),
                None => (1, t.strip_prefix('+').unwrap_or(t)),
            };
            let n: String = digits.chars().take_while(char::is_ascii_digit).collect();
            sign * n.parse::<i64>().unwrap_or(0)
        }
        _ => 0,
    }
}

/// `to_s` of an optional value (`nil.to_s` is empty).
fn to_s(v: Option<&Value>) -> String {
    v.map(Value::to_ruby_string).unwrap_or_default()
}

/// Ruby's `str.split(/;|,|\s/)` (trailing empty fields dropped).
fn split(s: &str, on_space: bool) -> Vec<String> {
    let mut parts: Vec<String> = s
        .split(|c: char| c == ';' || c == ',' || (on_space && c.is_whitespace()))
        .map(str::to_owned)
        .collect();
    while parts.last().is_some_and(String::is_empty) {
        parts.pop();
    }
    parts
}

/// `Utils.format_page_number`: the first `:num`, then the first `:max`, replaced.
fn format_number(format: &str, num: i64, total: i64) -> String {
    format
        .replacen(":num", &num.to_string(), 1)
        .replacen(":max", &total.to_string(), 1)
}

/// `Utils.ensure_full_path`.
fn ensure_full_path(url: &str, index: &str, ext: &str) -> String {
    if url.ends_with('/') {
        format!("{url}{index}{ext}")
    } else if !url.contains('.') {
        format!("{url}{index}")
    } else {
        url.to_owned()
    }
}

/// Ruby's `File.join(a, b)` of two URL paths: one `/` between them.
fn join(a: &str, b: &str) -> String {
    match (a.ends_with('/'), b.starts_with('/')) {
        (true, true) => format!("{a}{}", &b[1..]),
        (false, false) => format!("{a}/{b}"),
        _ => format!("{a}{b}"),
    }
}

/// `PaginationIndexer.index_posts_by`: documents by each lower-cased value of `key`.
fn index_by(site: &Site, docs: &[usize], key: &str) -> HashMap<String, Vec<usize>> {
    let mut index: HashMap<String, Vec<usize>> = HashMap::new();
    for &i in docs {
        let values: Vec<String> = match site.documents[i].data.get(key) {
            None | Some(Value::Nil) => continue,
            Some(Value::Str(s)) if s.trim().is_empty() => continue,
            Some(Value::Str(s)) => split(s, true),
            Some(Value::Array(a)) if a.is_empty() => continue,
            Some(Value::Array(a)) => a.iter().map(Value::to_ruby_string).collect(),
            Some(_) => continue,
        };
        for v in values {
            for k in v.trim().to_lowercase().split([';', ',']) {
                index.entry(k.trim().to_owned()).or_default().push(i);
            }
        }
    }
    index
}

/// `read_config_value_and_filter_posts`: keeps the documents every value of
/// `config[key]` indexes.
fn filter(
    config: &Hash,
    key: &str,
    posts: Vec<usize>,
    index: &HashMap<String, Vec<usize>>,
) -> Vec<usize> {
    let values: Vec<String> = match config.get(key) {
        None | Some(Value::Nil) => return posts,
        Some(Value::Str(s)) => split(s, false),
        Some(Value::Array(a)) => a.iter().map(Value::to_ruby_string).collect(),
        Some(v) => vec![v.to_ruby_string()],
    };
    let mut posts = posts;
    for v in values {
        let key = v.trim().to_lowercase();
        let keep = index.get(&key).map(Vec::as_slice).unwrap_or(&[]);
        let mut seen = std::collections::HashSet::new();
        posts.retain(|i| keep.contains(i) && seen.insert(*i));
    }
    posts
}

/// `Utils.sort_get_post_data`: `a:b` reads `data["a"]["b"]`; nil for a hash.
fn sort_value<'a>(data: &'a Hash, field: &str) -> Option<&'a Value> {
    let mut value: Option<&Value> = None;
    let mut hash = data;
    for key in field.split(':') {
        let v = hash.get(key.trim().to_lowercase().as_str())?;
        value = Some(v);
        match v {
            Value::Hash(h) => hash = h,
            _ => hash = data_empty(),
        }
    }
    value.filter(|v| !matches!(v, Value::Hash(_)))
}

/// An empty hash to look further keys up in once a value is not a hash.
fn data_empty() -> &'static Hash {
    static EMPTY: std::sync::OnceLock<Hash> = std::sync::OnceLock::new();
    EMPTY.get_or_init(Hash::new)
}

/// `Utils.sort_values`: nil first, strings without case, then Ruby's `<=>`.
fn sort_values(a: Option<&Value>, b: Option<&Value>) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    let a = a.filter(|v| !v.is_nil());
    let b = b.filter(|v| !v.is_nil());
    match (a, b) {
        (None, Some(_)) => Ordering::Less,
        (Some(_), None) => Ordering::Greater,
        (None, None) => Ordering::Equal,
        (Some(Value::Str(x)), Some(Value::Str(y))) => x.to_lowercase().cmp(&y.to_lowercase()),
        (Some(x), Some(y)) => hyde::ruby::compare(x, y).unwrap_or(Ordering::Equal),
    }
}

/// The documents of `collection` (`all`: every collection but posts), without
/// pagination pages and hidden ones (`get_docs_in_collections`).
fn docs_in(site: &Site, collection: Option<&Value>) -> Vec<usize> {
    let names: Vec<String> = match collection {
        Some(Value::Str(s)) => split(s, true),
        Some(Value::Array(a)) => a.iter().map(Value::to_ruby_string).collect(),
        _ => Vec::new(),
    };
    let mut docs: Vec<usize> = Vec::new();
    for name in names {
        let name = name.trim().to_lowercase();
        let wanted: Vec<&hyde::Collection> = if name == "all" {
            site.collections
                .iter()
                .filter(|(label, _)| *label != "posts")
                .map(|(_, c)| c)
                .collect()
        } else {
            site.collections.get(&name).into_iter().collect()
        };
        for c in wanted {
            docs.extend(
                c.docs
                    .iter()
                    .filter(|&&i| !site.documents[i].data.contains_key("pagination")),
            );
        }
    }
    docs.retain(|&i| {
        !site.documents[i]
            .data
            .get("hidden")
            .is_some_and(Value::is_truthy)
    });
    docs
}

/// Whether Jekyll parses the page's body as Liquid (`render_with_liquid?`).
fn uses_liquid(page: &Document) -> bool {
    page.data.get("render_with_liquid") != Some(&Value::Bool(false))
        && (page.content.contains("{{") || page.content.contains("{%"))
}

/// The key Jekyll's Liquid cache knows a page's body by: `Page#path`.
fn cache_key(page: &Document) -> String {
    page.data
        .get("path")
        .map(Value::to_ruby_string)
        .unwrap_or_else(|| page.relative_path.clone())
}

/// `Page#dir` of the template: its URL if that ends in `/`, else the URL's folder.
fn page_dir(url: &str) -> String {
    if url.ends_with('/') {
        return url.to_owned();
    }
    match url.rfind('/') {
        Some(i) => url[..=i].to_owned(),
        None => "/".into(),
    }
}

impl Plugin for PaginateV2 {
    fn name(&self) -> &str {
        "jekyll-paginate-v2"
    }

    fn priority(&self) -> i32 {
        -100
    }

    fn generate(&self, site: &mut Site) -> Result<()> {
        autopages::create(site);
        let mut config = defaults();
        if let Some(Value::Hash(h)) = site.config.get("pagination") {
            hyde::deep_merge(&mut config, h);
        }
        if site.config.get("paginate").is_some_and(|v| !v.is_nil()) {
            let message = if site.config.get("pagination").is_some_and(|v| !v.is_nil()) {
                "The new jekyll-paginate-v2 and the old jekyll-paginate logic cannot both be \
                 configured in the site config at the same time. Please disable the old \
                 'paginate:' config settings by either omitting the values or setting them to \
                 'paginate:off'."
            } else {
                "Legacy jekyll-paginate configuration compatibility mode has expired. Please \
                 upgrade to jekyll-paginate-v2 configuration."
            };
            return Err(Error::Config {
                message: message.into(),
            });
        }
        if !config.get("enabled").is_some_and(Value::is_truthy) {
            return Ok(());
        }
        let templates: Vec<usize> = site
            .pages
            .iter()
            .enumerate()
            .filter(|(_, p)| match p.data.get("pagination") {
                Some(Value::Hash(h)) => h.get("enabled").is_some_and(Value::is_truthy),
                _ => false,
            })
            .map(|(i, _)| i)
            .collect();
        if templates.is_empty() {
            site.warnings.push(hyde::Warning::new(
                hyde::WarningKind::PluginMessage,
                "Pagination:",
                "Pages must have 'pagination: enabled: true' in their front-matter \
                 for pagination to work.",
            ));
            return Ok(());
        }
        let mut made: Vec<(Document, Pager)> = Vec::new();
        for &t in &templates {
            let mut template_config = config.clone();
            if let Some(Value::Hash(h)) = site.pages[t].data.get("pagination") {
                hyde::deep_merge(&mut template_config, h);
            }
            if template_config.get("title").is_none()
                && let Some(suffix) = template_config.get("title_suffix")
            {
                let title = format!(":title{}", suffix.to_ruby_string());
                template_config.insert("title".into(), Value::str(title));
            }
            template_config.shift_remove("title_suffix");
            if template_config.get("enabled").is_some_and(Value::is_truthy) {
                made.extend(paginate(site, t, &template_config));
            }
        }
        // The templates leave `site.pages`; their copies come last.
        let mut index = 0;
        site.pages.retain(|_| {
            index += 1;
            !templates.contains(&(index - 1))
        });
        // Jekyll caches a page's parsed Liquid by the page's path, which for the copies
        // is their name (`.html`): a copy renders the body of the first page of that
        // path Jekyll rendered with Liquid (an earlier copy, or a page such as the
        // root `index.html` when `indexpage: index`).
        let mut first_body: HashMap<String, String> = HashMap::new();
        for page in &site.pages {
            if uses_liquid(page) {
                first_body
                    .entry(cache_key(page))
                    .or_insert_with(|| page.content.clone());
            }
        }
        let mut pagers = HashMap::new();
        for (mut page, pager) in made {
            if uses_liquid(&page) {
                let body = first_body
                    .entry(cache_key(&page))
                    .or_insert_with(|| page.content.clone());
                page.content.clone_from(body);
            }
            pagers.insert(page.url.clone(), pager);
            site.pages.push(page);
        }
        if let Ok(mut p) = self.pagers.lock() {
            *p = pagers;
        }
        Ok(())
    }

    fn pre_render(&self, _site: &Site, item: &Document, payload: &mut Hash) -> Result<()> {
        // A copy is a page whose data the generator marked, known by its URL.
        let is_copy = item.collection().is_none() && item.data.contains_key("pagination_info");
        let pager = match self.pagers.lock() {
            Ok(pagers) if is_copy => pagers.get(&item.url).cloned(),
            _ => None,
        };
        let Some(pager) = pager else {
            return Ok(());
        };
        let site_value = payload.get("site");
        let mut by_path: HashMap<String, &Value> = HashMap::new();
        for key in ["posts", "documents"] {
            let docs = site_value
                .and_then(|s| s.get(key))
                .and_then(Value::as_array)
                .unwrap_or(&[]);
            for d in docs {
                if let Some(p) = d.get("relative_path") {
                    by_path.entry(p.to_ruby_string()).or_insert(d);
                }
            }
        }
        let posts: Vec<Value> = pager
            .posts
            .iter()
            .filter_map(|p| by_path.get(p).map(|v| (*v).clone()))
            .collect();
        let value = paginator(&pager, posts);
        payload.insert("paginator".into(), value);
        Ok(())
    }
}

/// `Paginator#to_liquid`.
fn paginator(pager: &Pager, posts: Vec<Value>) -> Value {
    let num = |n: Option<i64>| n.map_or(Value::Nil, Value::Int);
    let path = |p: &Option<String>| p.as_deref().map_or(Value::Nil, Value::str);
    let mut h = Hash::new();
    h.insert("per_page".into(), Value::Int(pager.per_page));
    h.insert("posts".into(), Value::array(posts));
    h.insert("total_posts".into(), Value::Int(pager.total_posts));
    h.insert("total_pages".into(), Value::Int(pager.total_pages));
    h.insert("page".into(), Value::Int(pager.page));
    h.insert("page_path".into(), Value::str(&pager.page_path));
    let previous = (pager.page != 1).then(|| pager.page - 1);
    let next = (pager.page != pager.total_pages).then(|| pager.page + 1);
    h.insert("previous_page".into(), num(previous));
    h.insert("previous_page_path".into(), path(&pager.previous_page_path));
    h.insert("next_page".into(), num(next));
    h.insert("next_page_path".into(), path(&pager.next_page_path));
    h.insert("first_page".into(), Value::Int(1));
    h.insert("first_page_path".into(), Value::str(&pager.first_page_path));
    h.insert("last_page".into(), Value::Int(pager.total_pages));
    h.insert("last_page_path".into(), Value::str(&pager.last_page_path));
    let trail = pager.trail.as_ref().map_or(Value::Nil, |t| {
        Value::array(
            t.iter()
                .map(|(num, path, title)| {
                    let mut e = Hash::new();
                    e.insert("num".into(), Value::Int(*num));
                    e.insert("path".into(), Value::str(path));
                    e.insert("title".into(), title.clone());
                    Value::hash(e)
                })
                .collect(),
        )
    });
    h.insert("page_trail".into(), trail);
    Value::hash(h)
}

/// `PaginationModel#paginate`: the copies of template `t` with their pagers.
fn paginate(site: &Site, t: usize, config: &Hash) -> Vec<(Document, Pager)> {
    let mut posts = docs_in(site, config.get("collection"));
    let all = posts.clone();
    let mut categories = index_by(site, &all, "categories");
    categories.insert("posts".into(), all.clone());
    posts = filter(config, "category", posts, &categories);
    posts = filter(config, "tag", posts, &index_by(site, &all, "tags"));
    posts = filter(config, "locale", posts, &index_by(site, &all, "locale"));
    if config.get("sort_field").is_some_and(Value::is_truthy) {
        let field = to_s(config.get("sort_field"));
        posts.sort_by(|&a, &b| {
            sort_values(
                sort_value(&site.documents[a].data, &field),
                sort_value(&site.documents[b].data, &field),
            )
        });
        let offset = to_i(config.get("offset")).max(0) as usize;
        posts.truncate(posts.len().saturating_sub(offset));
        if config.get("sort_reverse").is_some_and(Value::is_truthy) {
            posts.reverse();
        }
    }
    let per_page = to_i(config.get("per_page"));
    let size = posts.len() as i64;
    let mut total_pages = if per_page == 0 {
        0
    } else {
        (size as f64 / per_page as f64).ceil() as i64
    };
    let limit = to_i(config.get("limit"));
    if limit > 0 && limit < total_pages {
        total_pages = limit;
    }
    let template = &site.pages[t];
    let index_name = match config.get("indexpage") {
        None | Some(Value::Nil) => String::new(),
        Some(v) => v
            .to_ruby_string()
            .split('.')
            .next()
            .unwrap_or("")
            .to_owned(),
    };
    let index_ext = match config.get("extension") {
        None | Some(Value::Nil) => String::new(),
        Some(v) => {
            let e = v.to_ruby_string();
            if e.starts_with('.') {
                e
            } else {
                format!(".{e}")
            }
        }
    };
    let name = format!("{index_name}{index_ext}");
    let total_pages = total_pages.max(1);
    let permalink = template
        .data
        .get("permalink")
        .filter(|v| v.is_truthy())
        .map(Value::to_ruby_string);
    let mut first_url = permalink.clone().unwrap_or_else(|| page_dir(&template.url));
    if !first_url.ends_with('/') {
        first_url.push('/');
    }
    let paginated_url = join(&first_url, &to_s(config.get("permalink")));
    let template_title = template
        .data
        .get("title")
        .filter(|v| v.is_truthy())
        .cloned()
        .unwrap_or_else(|| site.config.get("title").cloned().unwrap_or(Value::Nil));
    let mut pages: Vec<(Document, Pager)> = Vec::new();
    for num in 1..=total_pages {
        let pager = pager(
            per_page,
            &first_url,
            &paginated_url,
            &posts,
            site,
            num,
            total_pages,
            &index_name,
            &index_ext,
        );
        let url = if pager.page_path.ends_with('/') {
            join(&pager.page_path, &name)
        } else if pager.page_path.ends_with(&index_ext) {
            pager.page_path.clone()
        } else {
            format!("{}{index_ext}", pager.page_path)
        };
        let mut data = template.data.clone();
        // An autopage's copies keep its data, not its body (the layout's).
        let autopage = match template.data.get("autopage") {
            Some(v) if v.is_truthy() => Some(v.clone()),
            _ => None,
        };
        if let Some(a) = &autopage
            && a.get("display_name").is_some()
        {
            data.insert("autopages".into(), a.clone());
        }
        let mut info = Hash::new();
        info.insert("curr_page".into(), Value::Int(num));
        info.insert("total_pages".into(), Value::Int(total_pages));
        data.insert("pagination_info".into(), Value::hash(info));
        if permalink.is_some() {
            data.insert("permalink".into(), Value::str(&pager.page_path));
        }
        let title = if num > 1 && config.contains_key("title") {
            let format = to_s(config.get("title"));
            let with_title = format.replacen(":title", &template_title.to_ruby_string(), 1);
            Value::str(format_number(&with_title, num, total_pages))
        } else {
            template_title.clone()
        };
        data.insert("title".into(), title);
        if num > 1 {
            data.insert("autogen".into(), Value::str("jekyll-paginate-v2"));
        }
        let content = if autopage.is_some() {
            String::new()
        } else {
            template.content.clone()
        };
        let mut page = Document::generated_page(template.path.clone(), name.clone(), data, content);
        page.body_line = template.body_line;
        page.ext = hyde::ruby::extname(&name).to_owned();
        page.file_name = Some(name.clone());
        // `Renderer#output_ext`: the permalink's extension, else the converter's.
        page.output_ext = match &permalink {
            Some(_) if !pager.page_path.ends_with('/') => {
                hyde::ruby::extname(&pager.page_path).to_owned()
            }
            _ if matches!(page.ext.as_str(), ".md" | ".markdown") => ".html".into(),
            _ => page.ext.clone(),
        };
        page.url = url;
        page.destination = hyde::page_destination(&page.url, &page.output_ext);
        pages.push((page, pager));
    }
    let trail = config.get("trail").filter(|v| v.is_truthy());
    if let Some(trail) = trail
        && pages.len() > 1
    {
        let before = to_i(trail.get("before")).max(0);
        let after = to_i(trail.get("after")).max(0);
        let length = before + after + 1;
        if before > 0 || after > 0 {
            let entries: Vec<(i64, String, Value)> = pages
                .iter()
                .map(|(d, p)| {
                    let title = d.data.get("title").cloned().unwrap_or(Value::Nil);
                    (p.page, p.page_path.clone(), title)
                })
                .collect();
            let count = pages.len() as i64;
            for (_, pager) in &mut pages {
                let mut start = (pager.page - before - 1).max(0);
                let end = (start + length).min(count);
                if end - start < length {
                    start = (start - (length - (end - start))).max(0);
                }
                pager.trail = Some(entries[start as usize..end as usize].to_vec());
            }
        }
    }
    pages
}

/// `Paginator#initialize`.
#[allow(
    clippy::too_many_arguments,
    reason = "the gem's constructor, argument for argument"
)]
fn pager(
    per_page: i64,
    first_url: &str,
    paginated_url: &str,
    posts: &[usize],
    site: &Site,
    page: i64,
    total_pages: i64,
    index_name: &str,
    index_ext: &str,
) -> Pager {
    let size = posts.len() as i64;
    let init = (page - 1) * per_page;
    let last = if init + per_page > size {
        size
    } else {
        init + per_page - 1
    };
    let slice: Vec<String> = if init >= 0 && init <= size {
        let end = (last + 1).min(size).max(init);
        posts[init as usize..end as usize]
            .iter()
            .map(|&i| site.documents[i].relative_path.clone())
            .collect()
    } else {
        Vec::new()
    };
    let this_url = ensure_full_path(
        if page == 1 { first_url } else { paginated_url },
        if index_name.is_empty() {
            "index"
        } else {
            index_name
        },
        if index_ext.is_empty() {
            ".html"
        } else {
            index_ext
        },
    );
    let (first_url, paginated_url) = if index_name.is_empty() {
        (first_url.to_owned(), paginated_url.to_owned())
    } else {
        (
            ensure_full_path(first_url, index_name, index_ext),
            ensure_full_path(paginated_url, index_name, index_ext),
        )
    };
    Pager {
        page,
        per_page,
        posts: slice,
        total_posts: size,
        total_pages,
        page_path: format_number(&this_url, page, total_pages),
        previous_page_path: match page {
            1 => None,
            2 => Some(format_number(&first_url, 1, total_pages)),
            _ => Some(format_number(&paginated_url, page - 1, total_pages)),
        },
        next_page_path: (page != total_pages)
            .then(|| format_number(&paginated_url, page + 1, total_pages)),
        first_page_path: format_number(&first_url, 1, total_pages),
        last_page_path: format_number(&paginated_url, total_pages, total_pages),
        trail: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_paths_follow_the_gem() {
        assert_eq!(
            ensure_full_path("/blog/", "index", ".html"),
            "/blog/index.html"
        );
        assert_eq!(
            ensure_full_path("/page/:num", "index", ".html"),
            "/page/:numindex"
        );
        assert_eq!(ensure_full_path("/a.html", "index", ".html"), "/a.html");
    }

    #[test]
    fn join_puts_one_slash_between() {
        assert_eq!(join("/blog/", "/page:num/"), "/blog/page:num/");
        assert_eq!(join("/", "page/:num"), "/page/:num");
    }

    /// Loads a site from memory with hyde's plugins.
    fn load(files: &[(&str, &str)]) -> Result<Site> {
        let files = hyde::MemorySource::from_files("/site", files.iter().copied());
        let mut options = hyde::BuildOptions::in_memory(files);
        options.plugin_lookup = Some(crate::builtin);
        options.time_epoch = Some(1_700_000_000);
        Site::load(&options)
    }

    #[test]
    fn jekyll_paginate_settings_stop_the_build_as_the_gem_does() {
        let page = ("index.html", "---\npagination: {enabled: true}\n---\nx\n");
        let legacy = load(&[
            (
                "_config.yml",
                "plugins: [jekyll-paginate-v2]\npaginate: 5\n",
            ),
            page,
        ]);
        assert!(
            legacy
                .err()
                .is_some_and(|e| e.to_string().contains("compatibility mode has expired"))
        );
        let both = load(&[
            (
                "_config.yml",
                "plugins: [jekyll-paginate-v2]\npaginate: 5\npagination: {enabled: true}\n",
            ),
            page,
        ]);
        assert!(
            both.err()
                .is_some_and(|e| e.to_string().contains("cannot both be"))
        );
    }

    #[test]
    fn split_drops_trailing_empty_fields() {
        assert_eq!(split("a, b;", false), vec!["a", " b"]);
        assert_eq!(split("posts docs", true), vec!["posts", "docs"]);
    }
}
