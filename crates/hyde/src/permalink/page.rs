//! URLs and output paths of pages and static files: Jekyll's `Page#url`,
//! `Page#destination`, `Page#dir`, `StaticFile#url` and
//! `StaticFile#destination`.

use super::PermalinkError;
use super::PermalinkStyle;
use super::escape::unescape_path;
use super::ruby_path::{basename, expand_below_root, extname, strip_trailing_dots};
use super::url::{fill_from_hash, sanitize_url};

/// Output extensions that make a page "HTML" (`Page::HTML_EXTENSIONS`).
const HTML_EXTENSIONS: &[&str] = &[".html", ".xhtml", ".htm"];

/// What a page's URL is made of.
#[derive(Clone, Debug)]
pub(crate) struct PageUrlInput<'a> {
    /// Jekyll's `@dir` for the page: `""` for a page at the top of the site,
    /// `"/blog"` or `"/a/b"` below it (the reader joins folders with
    /// `File.join`, which gives the leading slash).
    pub(crate) dir: &'a str,
    /// The file name, `about.md`.
    pub(crate) name: &'a str,
    /// The converter's output extension (`.html`, `.xml`, `.css`).
    pub(crate) output_ext: &'a str,
    /// The front matter `permalink`, if any.
    pub(crate) permalink: Option<&'a str>,
}

impl PageUrlInput<'_> {
    /// `Page#basename`: the file name without its extension and without
    /// trailing dots.
    pub(crate) fn basename(&self) -> &str {
        let stem = &self.name[..self.name.len() - extname(self.name).len()];
        strip_trailing_dots(stem)
    }

    /// `Page#template`: `/:path/:basename:output_ext` for non-HTML output,
    /// `/:path/` for an `index` page, else `/:path/:basename` plus the
    /// style's suffix.
    pub(crate) fn template(&self, style: &PermalinkStyle) -> String {
        if !HTML_EXTENSIONS.contains(&self.output_ext) {
            "/:path/:basename:output_ext".to_owned()
        } else if self.basename() == "index" {
            "/:path/".to_owned()
        } else {
            style.add_suffix("/:path/:basename")
        }
    }
}

/// `Page#url`: the front matter permalink, or the page template, with the
/// `path`, `basename` and `output_ext` placeholders replaced in that order
/// (other placeholders stay literally), then sanitized.
pub(crate) fn page_url(
    input: &PageUrlInput<'_>,
    style: &PermalinkStyle,
) -> Result<String, PermalinkError> {
    let template = match input.permalink {
        Some(permalink) => permalink.to_owned(),
        None => input.template(style),
    };
    let placeholders = [
        ("path", Some(input.dir)),
        ("basename", Some(input.basename())),
        ("output_ext", Some(input.output_ext)),
    ];
    Ok(sanitize_url(&fill_from_hash(&template, &placeholders)?))
}

/// `Page#destination`, relative to the destination folder: the unescaped URL,
/// plus `index` when it ends in `/`, plus `output_ext` unless the path
/// already ends with it. So `/feed/` for an XML page gives `feed/index.xml`,
/// and `/about` gives `about.html`. A plugin that sets a page's URL itself sets its
/// [`crate::Document::destination`] with this.
pub fn page_destination(url: &str, output_ext: &str) -> String {
    let mut path = expand_below_root(&unescape_path(url));
    if url.ends_with('/') {
        if !path.is_empty() {
            path.push('/');
        }
        path.push_str("index");
    }
    if !path.ends_with(output_ext) {
        path.push_str(output_ext);
    }
    path
}

/// `Page#dir` (Liquid's `page.dir`): the URL when it ends in `/`, else its
/// folder with a trailing `/`.
pub(crate) fn page_dir(url: &str) -> String {
    if url.ends_with('/') {
        return url.to_owned();
    }
    let folder = match url.rfind('/') {
        Some(0) => "/",
        Some(slash) => &url[..slash],
        None => ".",
    };
    if folder.ends_with('/') {
        folder.to_owned()
    } else {
        format!("{folder}/")
    }
}

/// The collection a static file belongs to, if any.
#[derive(Clone, Debug)]
pub(crate) struct StaticFileCollection<'a> {
    /// The collection's label.
    pub(crate) label: &'a str,
    /// The collection's URL template (as for its documents).
    pub(crate) url_template: &'a str,
}

/// `StaticFile#url`.
///
/// `dir` is Jekyll's `@dir` (`""`, `"/assets"`; for a file in a collection,
/// the folder relative to the collections folder, `_docs/img`); `name` is
/// the file name. Outside a collection the URL is the relative path with the
/// trailing dots of its stem dropped, *not* escaped or sanitized. Inside one
/// it is the collection's template filled like a page's (placeholders
/// `collection`, `path`, `output_ext` = `""`, `name`, `title` = `""`), then
/// sanitized; in both cases a trailing `/` is removed and the extension is
/// appended.
pub(crate) fn static_file_url(
    dir: &str,
    name: &str,
    collection: Option<&StaticFileCollection<'_>>,
) -> Result<String, PermalinkError> {
    let relative_path = if dir.is_empty() {
        format!("/{name}")
    } else if dir.ends_with('/') {
        format!("{dir}{name}")
    } else {
        format!("{dir}/{name}")
    };
    let ext = extname(name);
    let without_ext = &relative_path[..relative_path.len() - ext.len()];
    let mut cleaned = strip_trailing_dots(without_ext).to_owned();
    let mut url = match collection {
        None => cleaned,
        Some(collection) => {
            cleaned = cleaned.replacen(&format!("_{}", collection.label), "", 1);
            let base = strip_trailing_dots(basename_with_ext_removed(name, ext)).to_owned();
            let placeholders = [
                ("collection", Some(collection.label)),
                ("path", Some(cleaned.as_str())),
                ("output_ext", Some("")),
                ("name", Some(base.as_str())),
                ("title", Some("")),
            ];
            sanitize_url(&fill_from_hash(collection.url_template, &placeholders)?)
        }
    };
    if url.ends_with('/') {
        url.pop();
    }
    url.push_str(ext);
    Ok(url)
}

/// `File.basename(name, ext)`: `name` without `ext`, unless that leaves
/// nothing.
fn basename_with_ext_removed<'a>(name: &'a str, ext: &str) -> &'a str {
    let base = basename(name);
    match base.strip_suffix(ext) {
        Some(stem) if !stem.is_empty() && !ext.is_empty() => stem,
        _ => base,
    }
}

/// `StaticFile#destination`, relative to the destination folder: the
/// unescaped URL.
pub(crate) fn static_file_destination(url: &str) -> String {
    expand_below_root(&unescape_path(url))
}

#[cfg(test)]
mod tests {
    //! Expected URLs and output files were produced by building one tiny
    //! site per permalink style (date, pretty, ordinal, weekdate, none,
    //! `/:year/:title/`, `/:year/:title`) with `/work/shared/tools/jekyll-ref`
    //! (Jekyll 4.3.1): every page printed `{{ page.url }}|{{ page.dir }}`,
    //! and the output tree was listed; the page cases below are files of
    //! those sites (`a/b/c d.md`, `docs/p6.md` with `permalink: /data.json`…).

    use super::*;

    fn page<'a>(dir: &'a str, name: &'a str, output_ext: &'a str) -> PageUrlInput<'a> {
        PageUrlInput {
            dir,
            name,
            output_ext,
            permalink: None,
        }
    }

    fn url(input: &PageUrlInput<'_>, style: &str) -> String {
        page_url(input, &PermalinkStyle::from_config(style)).unwrap_or_default()
    }

    #[test]
    fn page_urls_under_each_style() {
        // (dir, name, output_ext, style, url, destination)
        let cases = [
            ("", "index.md", ".html", "date", "/", "index.html"),
            ("", "about.md", ".html", "date", "/about.html", "about.html"),
            (
                "",
                "about.md",
                ".html",
                "pretty",
                "/about/",
                "about/index.html",
            ),
            ("", "about.md", ".html", "none", "/about.html", "about.html"),
            (
                "",
                "about.md",
                ".html",
                "ordinal",
                "/about.html",
                "about.html",
            ),
            ("", "about.md", ".html", "weekdate", "/about", "about.html"),
            (
                "",
                "about.md",
                ".html",
                "/:year/:title/",
                "/about/",
                "about/index.html",
            ),
            (
                "",
                "about.md",
                ".html",
                "/:year/:title",
                "/about",
                "about.html",
            ),
            (
                "/blog",
                "index.html",
                ".html",
                "pretty",
                "/blog/",
                "blog/index.html",
            ),
            (
                "/blog",
                "post.html",
                ".html",
                "date",
                "/blog/post.html",
                "blog/post.html",
            ),
            (
                "/a/b",
                "c d.md",
                ".html",
                "date",
                "/a/b/c%20d.html",
                "a/b/c d.html",
            ),
            ("", "feed.xml", ".xml", "pretty", "/feed.xml", "feed.xml"),
            (
                "/css",
                "main.scss",
                ".css",
                "pretty",
                "/css/main.css",
                "css/main.css",
            ),
            (
                "",
                "robots.txt",
                ".txt",
                "date",
                "/robots.txt",
                "robots.txt",
            ),
            (
                "",
                "page.xhtml",
                ".xhtml",
                "pretty",
                "/page/",
                "page/index.xhtml",
            ),
            ("", "dots...md", ".html", "date", "/dots.html", "dots.html"),
            (
                "/été",
                "café.md",
                ".html",
                "date",
                "/%C3%A9t%C3%A9/caf%C3%A9.html",
                "été/café.html",
            ),
        ];
        for (dir, name, ext, style, expected_url, expected_dest) in cases {
            let got = url(&page(dir, name, ext), style);
            assert_eq!(got, expected_url, "{dir}/{name} under {style}");
            assert_eq!(
                page_destination(&got, ext),
                expected_dest,
                "{dir}/{name} under {style}"
            );
        }
    }

    #[test]
    fn page_permalinks_fill_only_path_basename_and_output_ext() {
        let cases = [
            ("/:basename/", "/about/"),
            ("/:path/:basename:output_ext", "/docs/about.html"),
            ("/:title/", "/:title/"),
            ("/x/:year", "/x/:year"),
            ("about", "/about"),
            ("/about.html", "/about.html"),
            ("/a b/", "/a b/"),
            ("/x//../y", "/x/y"),
        ];
        for (permalink, expected) in cases {
            let input = PageUrlInput {
                permalink: Some(permalink),
                ..page("/docs", "about.md", ".html")
            };
            assert_eq!(url(&input, "date"), expected, "permalink {permalink:?}");
        }
    }

    #[test]
    fn page_destinations_add_index_and_extension() {
        let cases = [
            ("/", ".html", "index.html"),
            ("/about/", ".html", "about/index.html"),
            ("/feed/", ".xml", "feed/index.xml"),
            ("/about", ".html", "about.html"),
            // `permalink: /data.json` makes the output extension `.json`.
            ("/data.json", ".json", "data.json"),
            ("/data.json", ".html", "data.json.html"),
            ("/a%20b.html", ".html", "a b.html"),
            ("/x", "", "x"),
        ];
        for (url, ext, expected) in cases {
            assert_eq!(page_destination(url, ext), expected, "{url} {ext}");
        }
    }

    #[test]
    fn page_dir_is_the_url_folder() {
        assert_eq!(page_dir("/"), "/");
        assert_eq!(page_dir("/about/"), "/about/");
        assert_eq!(page_dir("/about.html"), "/");
        assert_eq!(page_dir("/blog/post.html"), "/blog/");
    }

    #[test]
    fn static_file_urls() {
        let ok = |dir, name, collection| static_file_url(dir, name, collection).unwrap_or_default();
        assert_eq!(ok("", "favicon.ico", None), "/favicon.ico");
        assert_eq!(ok("/assets/img", "a b.png", None), "/assets/img/a b.png");
        assert_eq!(ok("/assets", "x..png", None), "/assets/x.png");
        assert_eq!(ok("", ".htaccess", None), "/.htaccess");
        assert_eq!(ok("/a", "README", None), "/a/README");
        let docs = StaticFileCollection {
            label: "docs",
            url_template: "/:collection/:path:output_ext",
        };
        assert_eq!(
            ok("_docs/img", "a b.png", Some(&docs)),
            "/docs/img/a%20b.png"
        );
        let pretty = StaticFileCollection {
            label: "docs",
            url_template: "/:collection/:path/",
        };
        assert_eq!(ok("_docs", "logo.svg", Some(&pretty)), "/docs/logo.svg");
        assert_eq!(
            static_file_destination("/assets/img/a b.png"),
            "assets/img/a b.png"
        );
        assert_eq!(
            static_file_destination("/docs/img/a%20b.png"),
            "docs/img/a b.png"
        );
    }
}
