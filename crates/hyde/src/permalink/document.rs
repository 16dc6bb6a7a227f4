//! URLs and output paths of documents (posts and collection items):
//! Jekyll's `Document#url`, `Drops::UrlDrop` and `Document#destination`.

use chrono::{DateTime, FixedOffset};
use hyde_liquid::slugify;

use super::PermalinkError;
use super::escape::unescape_path;
use super::ruby_path::{basename_without_ext, expand_below_root, extname, strip_trailing_dots};
use super::url::{fill_from_lookup, sanitize_url};

/// What a document's URL is made of.
///
/// Every field is what Jekyll has once the document is read (front matter,
/// defaults and `populate_title` / `populate_categories` applied).
#[derive(Clone, Debug)]
pub(crate) struct DocumentUrlInput<'a> {
    /// The collection's label (`posts`, `recipes`).
    pub(crate) collection: &'a str,
    /// `Document#relative_path`: the path below `collections_dir` (or the
    /// source when unset), e.g. `_posts/2016-01-01-hi.md`,
    /// `blog/_posts/2016-01-01-hi.md`, `_drafts/hi.md`, `_recipes/a/b.md`.
    pub(crate) relative_path: &'a str,
    /// `data["slug"]` as a string, if set. Jekyll's `populate_title` sets it
    /// from the file name (`hi` for `2016-01-01-hi.md`) unless the front
    /// matter did, so it is normally `Some`. `Some("")` is kept as empty.
    pub(crate) slug: Option<&'a str>,
    /// `data["categories"]`, each converted with Ruby's `to_s`.
    pub(crate) categories: &'a [String],
    /// `data["date"]` (or the site time), in the site's time zone.
    pub(crate) date: DateTime<FixedOffset>,
    /// The converter's output extension (`.html`, `.css`, `.xml`).
    pub(crate) output_ext: &'a str,
}

impl DocumentUrlInput<'_> {
    /// `Document#cleaned_relative_path` (the `:path` placeholder): the
    /// relative path without its extension, with the first `_<label>`
    /// removed and trailing dots dropped (`_posts/a/b.md` → `/a/b`).
    pub(crate) fn cleaned_relative_path(&self) -> String {
        let without_ext =
            &self.relative_path[..self.relative_path.len() - extname(self.relative_path).len()];
        let collection_dir = format!("_{}", self.collection);
        let cleaned = without_ext.replacen(&collection_dir, "", 1);
        strip_trailing_dots(&cleaned).to_owned()
    }

    /// `Document#basename_without_ext`.
    fn basename_without_ext(&self) -> &str {
        basename_without_ext(self.relative_path)
    }

    /// The value of one placeholder, as `UrlDrop` computes it; `None` when
    /// Jekyll's drop does not know the name (an error in Jekyll).
    pub(crate) fn placeholder(&self, name: &str) -> Option<String> {
        let date = |format: &str| self.date.format(format).to_string();
        let value = match name {
            "collection" => self.collection.to_owned(),
            "path" => self.cleaned_relative_path(),
            "output_ext" => self.output_ext.to_owned(),
            "name" => slugify(self.basename_without_ext(), None, false),
            "title" => slugify(
                self.slug.unwrap_or_else(|| self.basename_without_ext()),
                Some("pretty"),
                true,
            ),
            "slug" => slugify(
                self.slug.unwrap_or_else(|| self.basename_without_ext()),
                None,
                false,
            ),
            "categories" => {
                let lowered = self.categories.iter().map(|c| ruby_downcase(c));
                unique_joined(lowered)
            }
            "slugified_categories" => {
                unique_joined(self.categories.iter().map(|c| slugify(c, None, false)))
            }
            "year" => date("%Y"),
            "month" => date("%m"),
            "day" => date("%d"),
            "hour" => date("%H"),
            "minute" => date("%M"),
            "second" => date("%S"),
            "i_day" => date("%-d"),
            "i_month" => date("%-m"),
            "short_month" => date("%b"),
            "long_month" => date("%B"),
            "short_year" => date("%y"),
            "w_year" => date("%G"),
            "week" => date("%V"),
            "w_day" => date("%u"),
            "short_day" => date("%a"),
            "long_day" => date("%A"),
            "y_day" => date("%j"),
            other if EMPTY_DROP_METHODS.contains(&other) => String::new(),
            _ => return None,
        };
        Some(value)
    }
}

/// Ruby's `String#downcase`: every character on its own (no final sigma).
fn ruby_downcase(text: &str) -> String {
    text.chars().flat_map(char::to_lowercase).collect()
}

/// A `Set` of strings in insertion order, joined with `/`.
fn unique_joined(items: impl Iterator<Item = String>) -> String {
    let mut seen: Vec<String> = Vec::new();
    for item in items {
        if !seen.contains(&item) {
            seen.push(item);
        }
    }
    seen.join("/")
}

/// Names the `UrlDrop` object answers (`respond_to?`) with Ruby methods that
/// Liquid may not invoke, so Jekyll looks them up in the drop's empty
/// fallback data and puts nothing in the URL: `/:hash/x` gives `/x`.
/// (The drop's other methods, such as `keys` or `to_liquid`, crash Jekyll
/// and are unknown placeholders here.)
const EMPTY_DROP_METHODS: &[&str] = &[
    "chain",
    "chunk",
    "chunk_while",
    "class",
    "clone",
    "collect",
    "collect_concat",
    "compact",
    "cycle",
    "define_singleton_method",
    "detect",
    "display",
    "drop",
    "drop_while",
    "dup",
    "each",
    "each_cons",
    "each_entry",
    "each_slice",
    "each_with_index",
    "each_with_object",
    "entries",
    "enum_for",
    "extend",
    "filter",
    "filter_map",
    "find",
    "find_all",
    "find_index",
    "flat_map",
    "freeze",
    "grep",
    "grep_v",
    "group_by",
    "hash",
    "inject",
    "inspect",
    "instance_eval",
    "instance_exec",
    "instance_variable_get",
    "instance_variable_set",
    "instance_variables",
    "invoke_drop",
    "itself",
    "lazy",
    "liquid_method_missing",
    "map",
    "max_by",
    "method",
    "methods",
    "min_by",
    "minmax",
    "minmax_by",
    "object_id",
    "partition",
    "private_methods",
    "protected_methods",
    "public_method",
    "public_methods",
    "public_send",
    "reduce",
    "reject",
    "remove_instance_variable",
    "reverse_each",
    "select",
    "send",
    "singleton_class",
    "singleton_method",
    "singleton_methods",
    "slice_after",
    "slice_before",
    "slice_when",
    "sort_by",
    "sum",
    "taint",
    "take",
    "take_while",
    "tally",
    "tap",
    "then",
    "to_a",
    "to_enum",
    "to_h",
    "to_json",
    "to_s",
    "to_set",
    "to_yaml",
    "trust",
    "uniq",
    "untaint",
    "untrust",
    "yield_self",
    "zip",
];

/// `Document#url`: the front matter `permalink` when there is one, else the
/// collection's URL template, with placeholders filled and the result
/// sanitized.
///
/// `template` is the collection's template: `collections.<label>.permalink`
/// when set, else [`super::PermalinkStyle::posts_template`] for posts and
/// [`super::PermalinkStyle::collection_template`] for the others.
pub(crate) fn document_url(
    template: &str,
    permalink: Option<&str>,
    input: &DocumentUrlInput<'_>,
) -> Result<String, PermalinkError> {
    let filled = fill_from_lookup(permalink.unwrap_or(template), |name| {
        input.placeholder(name)
    })?;
    Ok(sanitize_url(&filled))
}

/// `Renderer#output_ext`, for pages and documents alike: the extension of
/// the front matter `permalink` when it has one and does not end in `/`
/// (`/data.json` makes a Markdown page's output `.json`), else the
/// converter's output extension.
pub(crate) fn output_ext(permalink: Option<&str>, converter_ext: &str) -> String {
    permalink
        .filter(|p| !p.ends_with('/'))
        .map(extname)
        .filter(|ext| !ext.is_empty())
        .unwrap_or(converter_ext)
        .to_owned()
}

/// `Document#destination`, relative to the destination folder: a URL ending
/// in `/` gets `index.html` (whatever the output extension); any other gets
/// `output_ext` unless it already ends with it. The URL is unescaped first.
pub(crate) fn document_destination(url: &str, output_ext: &str) -> String {
    let mut path = expand_below_root(&unescape_path(url));
    if url.ends_with('/') {
        if !path.is_empty() {
            path.push('/');
        }
        path.push_str("index.html");
    } else if !path.ends_with(output_ext) {
        path.push_str(output_ext);
    }
    path
}

#[cfg(test)]
mod tests {
    //! Expected URLs and files were produced by building one tiny site per
    //! permalink style with `/work/shared/tools/jekyll-ref` (Jekyll 4.3.1):
    //! posts such as `_posts/2016-01-05-hi.md` (categories `Tech`, `Rust
    //! Lang`), `_posts/2015-02-30-feb.md`, `_posts/sub/16-1-5-a.b.md` and
    //! `_recipes/mains/Beef Stew.md` printed `{{ page.url }}`, and the output
    //! tree was listed; the remaining placeholder values come from `ruby
    //! -rjekyll` on a `UrlDrop`.

    use super::*;
    use crate::permalink::PermalinkStyle;

    fn date(text: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(text).unwrap_or_default()
    }

    fn post<'a>(
        relative_path: &'a str,
        slug: &'a str,
        categories: &'a [String],
    ) -> DocumentUrlInput<'a> {
        DocumentUrlInput {
            collection: "posts",
            relative_path,
            slug: Some(slug),
            categories,
            date: date("2016-01-05T13:04:09+00:00"),
            output_ext: ".html",
        }
    }

    #[test]
    fn every_date_placeholder_formats_like_strftime() {
        let cats = [];
        let input = post("_posts/2016-01-05-hi.md", "hi", &cats);
        let expected = [
            ("year", "2016"),
            ("month", "01"),
            ("day", "05"),
            ("hour", "13"),
            ("minute", "04"),
            ("second", "09"),
            ("i_day", "5"),
            ("i_month", "1"),
            ("short_month", "Jan"),
            ("long_month", "January"),
            ("short_year", "16"),
            ("w_year", "2016"),
            ("week", "01"),
            ("w_day", "2"),
            ("short_day", "Tue"),
            ("long_day", "Tuesday"),
            ("y_day", "005"),
        ];
        for (name, value) in expected {
            assert_eq!(input.placeholder(name).as_deref(), Some(value), ":{name}");
        }
    }

    #[test]
    fn name_title_slug_and_path_placeholders() {
        let cats = [];
        let input = DocumentUrlInput {
            slug: Some("Hello World!"),
            ..post("_posts/sub/2016-01-05-Hello World!.md", "", &cats)
        };
        assert_eq!(input.placeholder("title").as_deref(), Some("Hello-World!"));
        assert_eq!(input.placeholder("slug").as_deref(), Some("hello-world"));
        assert_eq!(
            input.placeholder("name").as_deref(),
            Some("2016-01-05-hello-world")
        );
        assert_eq!(
            input.placeholder("path").as_deref(),
            Some("/sub/2016-01-05-Hello World!")
        );
        assert_eq!(input.placeholder("collection").as_deref(), Some("posts"));
        assert_eq!(input.placeholder("output_ext").as_deref(), Some(".html"));
        let no_slug = DocumentUrlInput {
            slug: None,
            ..input.clone()
        };
        assert_eq!(
            no_slug.placeholder("title").as_deref(),
            Some("2016-01-05-Hello-World!")
        );
        let empty_slug = DocumentUrlInput {
            slug: Some(""),
            ..input
        };
        assert_eq!(empty_slug.placeholder("title").as_deref(), Some(""));
    }

    #[test]
    fn categories_are_downcased_deduplicated_and_joined() {
        let cats = [
            "Foo Bar".to_owned(),
            "foo bar".to_owned(),
            "Ünï".to_owned(),
            "x".to_owned(),
        ];
        let input = post("_posts/2016-01-05-hi.md", "hi", &cats);
        assert_eq!(
            input.placeholder("categories").as_deref(),
            Some("foo bar/ünï/x")
        );
        assert_eq!(
            input.placeholder("slugified_categories").as_deref(),
            Some("foo-bar/ünï/x")
        );
    }

    #[test]
    fn drafts_keep_their_folder_in_path() {
        let cats = [];
        let input = post("_drafts/a-draft.md", "a-draft", &cats);
        assert_eq!(
            input.placeholder("path").as_deref(),
            Some("_drafts/a-draft")
        );
    }

    #[test]
    fn unknown_and_empty_placeholders() {
        let cats = [];
        let input = post("_posts/2016-01-05-hi.md", "hi", &cats);
        assert_eq!(input.placeholder("hash").as_deref(), Some(""));
        assert_eq!(input.placeholder("keys"), None);
        assert_eq!(input.placeholder("date"), None);
        let err = document_url("/:date/:title/", None, &input);
        assert!(matches!(
            err,
            Err(PermalinkError::UnknownPlaceholder { .. })
        ));
    }

    #[test]
    fn post_urls_for_each_style() {
        let cats = ["Tech".to_owned(), "Rust Lang".to_owned()];
        let input = post("_posts/2016-01-05-hi.md", "hi", &cats);
        let cases = [
            (PermalinkStyle::Date, "/tech/rust%20lang/2016/01/05/hi.html"),
            (PermalinkStyle::Pretty, "/tech/rust%20lang/2016/01/05/hi/"),
            (
                PermalinkStyle::Ordinal,
                "/tech/rust%20lang/2016/005/hi.html",
            ),
            (
                PermalinkStyle::Weekdate,
                "/tech/rust%20lang/2016/W01/Tue/hi.html",
            ),
            (PermalinkStyle::None, "/tech/rust%20lang/hi.html"),
            (
                PermalinkStyle::from_config("/:year/:i_month/:slug"),
                "/2016/1/hi",
            ),
        ];
        for (style, expected) in cases {
            let url = document_url(&style.posts_template(), None, &input).ok();
            assert_eq!(url.as_deref(), Some(expected), "{style:?}");
        }
    }

    #[test]
    fn a_post_without_categories_does_not_get_a_double_slash() {
        let cats = [];
        let input = post("_posts/2016-01-05-hi.md", "hi", &cats);
        let url = document_url(&PermalinkStyle::Date.posts_template(), None, &input).ok();
        assert_eq!(url.as_deref(), Some("/2016/01/05/hi.html"));
    }

    #[test]
    fn front_matter_permalink_wins_and_is_filled_too() {
        let cats = [];
        let input = post("_posts/2016-01-05-hi.md", "hi", &cats);
        let url = document_url("/:title/", Some("/custom/:year/:title.html"), &input).ok();
        assert_eq!(url.as_deref(), Some("/custom/2016/hi.html"));
        let url = document_url("/:title/", Some(""), &input).ok();
        assert_eq!(url.as_deref(), Some("/"));
    }

    #[test]
    fn collection_documents_use_path() {
        let cats = [];
        let input = DocumentUrlInput {
            collection: "recipes",
            relative_path: "_recipes/mains/Beef Stew.md",
            slug: Some("Beef Stew"),
            categories: &cats,
            date: date("2016-01-05T00:00:00+00:00"),
            output_ext: ".html",
        };
        let url = document_url(&PermalinkStyle::Date.collection_template(), None, &input).ok();
        assert_eq!(url.as_deref(), Some("/recipes/mains/Beef%20Stew.html"));
        let url = document_url(&PermalinkStyle::Pretty.collection_template(), None, &input).ok();
        assert_eq!(url.as_deref(), Some("/recipes/mains/Beef%20Stew/"));
    }

    /// From a site whose `things` collection had this permalink (jekyll-ref).
    const EVERY_PLACEHOLDER: &str = "/:collection/:year/:month/:day/:hour/:minute/:second/\
        :i_day/:i_month/:short_month/:long_month/:short_year/:w_year/:week/:w_day/:short_day/\
        :long_day/:y_day/:name/:title/:slug/:categories/:slugified_categories/:path:output_ext";

    #[test]
    fn every_placeholder_in_one_template() {
        let cats: Vec<String> = ["C# & F#", "Why?", "why?", "ÜBER"]
            .iter()
            .map(|c| (*c).to_owned())
            .collect();
        let one = DocumentUrlInput {
            collection: "things",
            relative_path: "_things/sub/Thing One.md",
            slug: Some("My Slug!"),
            categories: &cats,
            date: date("2021-12-31T23:59:58+00:00"),
            output_ext: ".html",
        };
        let url = document_url(EVERY_PLACEHOLDER, None, &one).ok();
        let expected = "/things/2021/12/31/23/59/58/31/12/Dec/December/21/2021/52/5/Fri/Friday/365/\
            thing-one/My-Slug!/my-slug/c%23%20&%20f%23/why?/%C3%BCber/c-f/why/%C3%BCber/sub/\
            Thing%20One.html";
        assert_eq!(url.as_deref(), Some(expected));
        assert_eq!(
            document_destination(expected, ".html"),
            "things/2021/12/31/23/59/58/31/12/Dec/December/21/2021/52/5/Fri/Friday/365/\
            thing-one/My-Slug!/my-slug/c# & f#/why?/über/c-f/why/über/sub/Thing One.html"
        );
        let two = DocumentUrlInput {
            relative_path: "_things/two.md",
            slug: Some("two"),
            categories: &[],
            date: date("2021-01-01T01:02:03+00:00"),
            ..one
        };
        let url = document_url(EVERY_PLACEHOLDER, None, &two).ok();
        let expected = "/things/2021/01/01/01/02/03/1/1/Jan/January/21/2020/53/5/Fri/Friday/001/\
            two/two/two/two.html";
        assert_eq!(url.as_deref(), Some(expected));
    }

    #[test]
    fn permalink_quirks_seen_in_jekyll() {
        let cats = [];
        let p = post("_posts/2016-03-04-p.md", "p", &cats);
        // `:hash` is a Ruby method of the drop: empty; `:month_` keeps its `_`.
        let url = document_url("", Some("/:hash/:month_:day/x"), &p).ok();
        assert_eq!(url.as_deref(), Some("/01_05/x"));
        let q = DocumentUrlInput {
            slug: Some("a?b#c#d"),
            ..p.clone()
        };
        assert_eq!(
            document_url("", Some("/q/:title"), &q).ok().as_deref(),
            Some("/q/a-b-c-d")
        );
        // A collection `permalink: pretty` is a literal template, not a style.
        assert_eq!(
            document_url("pretty", None, &p).ok().as_deref(),
            Some("/pretty")
        );
    }

    #[test]
    fn output_ext_comes_from_the_permalink_when_it_has_one() {
        assert_eq!(output_ext(Some("/data.json"), ".html"), ".json");
        assert_eq!(
            output_ext(Some("/custom/:year/:title.html"), ".html"),
            ".html"
        );
        assert_eq!(output_ext(Some("/feedy/"), ".xml"), ".xml");
        assert_eq!(output_ext(Some("/x/:year"), ".html"), ".html");
        assert_eq!(output_ext(Some("/v1.2/notes"), ".html"), ".html");
        assert_eq!(output_ext(Some("about2"), ".html"), ".html");
        assert_eq!(output_ext(None, ".css"), ".css");
    }

    #[test]
    fn destinations() {
        let cases = [
            ("/2016/01/05/hi.html", ".html", "2016/01/05/hi.html"),
            ("/2016/01/05/hi/", ".html", "2016/01/05/hi/index.html"),
            ("/feed/", ".xml", "feed/index.html"),
            ("/hi", ".html", "hi.html"),
            ("/style.css", ".css", "style.css"),
            ("/a%20b/", ".html", "a b/index.html"),
            ("/a.json", ".html", "a.json.html"),
            ("/", ".html", "index.html"),
            ("/x", "", "x"),
        ];
        for (url, ext, expected) in cases {
            assert_eq!(document_destination(url, ext), expected, "{url} {ext}");
        }
    }
}
