//! jekyll-paginate 1.1: with `paginate: N`, the site's posts are split into pages of
//! N; the `index.html` page nearest `paginate_path` shows the first (its `paginator`)
//! and copies of it at `paginate_path` (`/page2/`, `/page3/`, …) show the others.

use std::collections::HashMap;
use std::sync::Mutex;

use hyde_liquid::{Hash, Value};

use hyde::Document;
use hyde::Plugin;
use hyde::Result;
use hyde::Site;

/// The generator of jekyll-paginate, and the `paginator` it gives its pages.
#[derive(Default)]
pub(crate) struct Paginate {
    /// The pages that have a pager, by their index in `site.pages`.
    pagers: Mutex<HashMap<usize, Pager>>,
}

/// One page of posts (the gem's `Pager`), without the posts themselves: those are
/// taken from `site.posts` as the page sees it when it renders.
#[derive(Clone, Debug, PartialEq)]
struct Pager {
    page: i64,
    per_page: i64,
    total_pages: i64,
    previous_page_path: Option<String>,
    next_page_path: Option<String>,
}

/// Ruby's `to_i` of a config value (`5`, `"5"`, `5.9`); `None` where Ruby has none.
fn to_i(v: &Value) -> Option<i64> {
    match v {
        Value::Int(n) => Some(*n),
        Value::Float(f) if f.is_finite() => Some(f.trunc() as i64),
        Value::Str(s) => {
            let t = s.trim_start();
            let (sign, digits) = match t.strip_prefix('-') {
                Some(rest) => (-1, rest),
                None => (1, t.strip_prefix('+').unwrap_or(t)),
            };
            let end = digits
                .find(|c: char| !c.is_ascii_digit() && c != '_')
                .unwrap_or(digits.len());
            let n: String = digits[..end].chars().filter(|c| *c != '_').collect();
            Some(sign * n.parse::<i64>().unwrap_or(0))
        }
        Value::Nil => Some(0),
        _ => None,
    }
}

/// `Pager.ensure_leading_slash`.
fn ensure_leading_slash(path: &str) -> String {
    if path.starts_with('/') {
        path.to_owned()
    } else {
        format!("/{path}")
    }
}

/// Lexically normalizes an absolute `/`-separated path (Ruby's `File.expand_path`
/// of a path already absolute): no empty, `.` or `..` segments, no trailing `/`.
fn expand(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for seg in path.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    format!("/{}", parts.join("/"))
}

/// `File.dirname` of a path made by [`expand`].
fn dirname(path: &str) -> String {
    match path.rfind('/') {
        Some(0) | None => "/".into(),
        Some(i) => path[..i].to_owned(),
    }
}

/// `Pager.pagination_candidate?`: an `index.html` page in a folder between the
/// source and `paginate_path`'s folder. Paths here are relative to the source,
/// which [`expand`] treats as the root `/`.
fn is_candidate(page: &Document, paginate_path: &str) -> bool {
    if page.name() != "index.html" {
        return false;
    }
    let page_dir = dirname(&expand(&format!("/{}", page_path(page))));
    let mut target = dirname(&expand(&format!(
        "/{}",
        ensure_leading_slash(paginate_path)[1..].to_owned()
    )));
    // `in_hierarchy`: up from the pagination folder, stopping at the source's
    // parent (the root here stands for the source, whose own parent is above it).
    loop {
        if page_dir == target {
            return true;
        }
        if target == "/" {
            return false;
        }
        target = dirname(&target);
    }
}

/// `Page#path`: the front matter's `path`, or the relative path.
fn page_path(page: &Document) -> String {
    page.data
        .get("path")
        .map(hyde::liquid::Value::to_ruby_string)
        .unwrap_or_else(|| page.relative_path.clone())
}

/// `Pagination#template_page`: the candidate with the longest path.
fn template_page(site: &Site, paginate_path: &str) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for (i, p) in site.pages.iter().enumerate() {
        if is_candidate(p, paginate_path) {
            let len = page_path(p).chars().count();
            if best.is_none_or(|(_, l)| len > l) {
                best = Some((i, len));
            }
        }
    }
    best.map(|(i, _)| i)
}

/// `Pager.paginate_path`: the first page's URL for page 1, else `paginate_path`
/// with the number.
fn paginate_path(format: &str, first_url: &str, num: i64) -> String {
    if num <= 1 {
        return first_url.to_owned();
    }
    ensure_leading_slash(&format.replacen(":num", &num.to_string(), 1))
}

impl Plugin for Paginate {
    fn name(&self) -> &str {
        "jekyll-paginate"
    }

    fn priority(&self) -> i32 {
        -100
    }

    fn generate(&self, site: &mut Site) -> Result<()> {
        let mut pagers = HashMap::new();
        let enabled = site.config.get("paginate").is_some_and(|v| !v.is_nil());
        if enabled && !site.pages.is_empty() {
            let format = site
                .config
                .get("paginate_path")
                .map(hyde::liquid::Value::to_ruby_string)
                .unwrap_or_default();
            match template_page(site, &format) {
                Some(t) => paginate(site, t, &format, &mut pagers),
                None => site.warnings.push(hyde::Warning::new(
                    hyde::WarningKind::PluginMessage,
                    "Pagination:",
                    "Pagination is enabled, but I couldn't find an index.html page \
                     to use as the pagination template. Skipping pagination.",
                )),
            }
        }
        if let Ok(mut p) = self.pagers.lock() {
            *p = pagers;
        }
        Ok(())
    }

    fn pre_render(&self, site: &Site, item: &Document, payload: &mut Hash) -> Result<()> {
        // The page is known by where it is in `site.pages` (copies of the template
        // share its path, and its URL too when it has a permalink).
        let pager = match self.pagers.lock() {
            Ok(pagers) if !pagers.is_empty() => site
                .pages
                .iter()
                .position(|p| std::ptr::eq(p, item))
                .and_then(|index| pagers.get(&index).cloned()),
            _ => None,
        };
        if let Some(pager) = pager {
            let posts = payload
                .get("site")
                .and_then(|s| s.get("posts"))
                .and_then(Value::as_array)
                .unwrap_or(&[]);
            let value = paginator(&pager, posts);
            payload.insert("paginator".into(), value);
        }
        Ok(())
    }
}

/// `site.posts` without the `hidden` ones (`all_posts` of `Pagination#paginate`).
fn visible_posts(posts: &[Value]) -> Vec<&Value> {
    posts
        .iter()
        .filter(|p| !p.get("hidden").is_some_and(Value::is_truthy))
        .collect()
}

/// `Pager#to_liquid`, the posts from `posts` (`site.posts` as the page sees it).
fn paginator(pager: &Pager, posts: &[Value]) -> Value {
    let all = visible_posts(posts);
    let size = all.len() as i64;
    let init = (pager.page - 1) * pager.per_page;
    // Ruby's `all_posts[init..last]`, `last` the page's last post or `size`.
    let slice: Vec<Value> = if (0..=size).contains(&init) {
        let end = (init + pager.per_page).min(size);
        all[init as usize..end as usize]
            .iter()
            .map(|v| (*v).clone())
            .collect()
    } else {
        Vec::new()
    };
    let num = |n: Option<i64>| n.map_or(Value::Nil, Value::Int);
    let path = |p: &Option<String>| p.as_deref().map_or(Value::Nil, Value::str);
    let mut h = Hash::new();
    h.insert("page".into(), Value::Int(pager.page));
    h.insert("per_page".into(), Value::Int(pager.per_page));
    h.insert("posts".into(), Value::array(slice));
    h.insert("total_posts".into(), Value::Int(size));
    h.insert("total_pages".into(), Value::Int(pager.total_pages));
    let previous = (pager.page != 1).then(|| pager.page - 1);
    let next = (pager.page != pager.total_pages).then(|| pager.page + 1);
    h.insert("previous_page".into(), num(previous));
    h.insert("previous_page_path".into(), path(&pager.previous_page_path));
    h.insert("next_page".into(), num(next));
    h.insert("next_page_path".into(), path(&pager.next_page_path));
    Value::hash(h)
}

/// `Pagination#paginate`: the template page gets the first pager, copies of it at
/// `paginate_path` the others.
fn paginate(site: &mut Site, template: usize, format: &str, pagers: &mut HashMap<usize, Pager>) {
    let per_page = site.config.get("paginate").and_then(to_i).unwrap_or(0);
    if per_page <= 0 {
        // The gem divides by zero here; nothing is paginated.
        site.warnings.push(hyde::Warning::new(
            hyde::WarningKind::PluginMessage,
            "Pagination:",
            format!(
                "`paginate` must be a positive number of posts per page, not {}.",
                site.config
                    .get("paginate")
                    .map(hyde::liquid::Value::to_ruby_string)
                    .unwrap_or_default()
            ),
        ));
        return;
    }
    let hidden = |d: &Document| d.data.get("hidden").is_some_and(Value::is_truthy);
    let count = site.collections.get("posts").map_or(0, |c| {
        c.docs
            .iter()
            .filter(|&&i| !hidden(&site.documents[i]))
            .count()
    }) as i64;
    let total_pages = (count + per_page - 1) / per_page;
    let first_url = site.pages[template].url.clone();
    for num in 1..=total_pages {
        let previous = (num != 1).then(|| num - 1);
        let next = (num != total_pages).then(|| num + 1);
        let pager = Pager {
            page: num,
            per_page,
            total_pages,
            previous_page_path: previous.map(|n| paginate_path(format, &first_url, n)),
            next_page_path: next.map(|n| paginate_path(format, &first_url, n)),
        };
        if num > 1 {
            let mut page = site.pages[template].clone();
            page.dir = Some(paginate_path(format, &first_url, num));
            page.url.clear();
            page.destination.clear();
            pagers.insert(site.pages.len(), pager);
            site.pages.push(page);
        } else {
            pagers.insert(template, pager);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paginate_path_numbers_all_but_the_first_page() {
        assert_eq!(paginate_path("/page:num", "/", 1), "/");
        assert_eq!(paginate_path("/page:num", "/", 3), "/page3");
        assert_eq!(
            paginate_path("blog/p:num/", "/blog/", 2),
            "/blog/p2/".to_string()
        );
    }

    #[test]
    fn to_i_reads_numbers_as_ruby_does() {
        assert_eq!(to_i(&Value::str("12abc")), Some(12));
        assert_eq!(to_i(&Value::Float(2.9)), Some(2));
        assert_eq!(to_i(&Value::str("x")), Some(0));
    }

    #[test]
    fn expand_and_dirname_walk_up_to_the_root() {
        assert_eq!(expand("/blog/./page:num/"), "/blog/page:num");
        assert_eq!(dirname("/blog/page:num"), "/blog");
        assert_eq!(dirname("/blog"), "/");
    }
}
