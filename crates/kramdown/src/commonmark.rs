//! `markdown: CommonMark`: the jekyll-commonmark plugin's converter.
//!
//! jekyll-commonmark parses with commonmarker (cmark-gfm) and writes HTML with
//! commonmarker's Ruby `HtmlRenderer`, whose `code_block` it overrides to
//! highlight with Rouge inside Jekyll's `highlighter-rouge` wrapper.  Here
//! pulldown-cmark parses (CommonMark, plus the GFM extensions a site turns on
//! under `commonmark: extensions:`) and this module writes what that renderer
//! writes: its block layout (`cr` before and after every block), raw HTML
//! omitted unless the `UNSAFE` option is set, image `alt` text of text nodes only.

use pulldown_cmark::{CodeBlockKind, Event, LinkType, Parser, Tag, TagEnd};

use crate::highlight;

/// A site's `commonmark:` settings: `extensions` (`table`, `strikethrough`,
/// `tasklist`, `tagfilter`, `autolink`) and `options` (commonmarker's parse and
/// render options, any case: `SMART`, `UNSAFE`, `HARDBREAKS`, `NOBREAKS`,
/// `GITHUB_PRE_LANG`; `FOOTNOTES` and the `autolink` extension are not
/// implemented).
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CommonMarkOptions {
    extensions: Vec<String>,
    options: Vec<String>,
}

impl CommonMarkOptions {
    /// Adds a `commonmark: extensions:` entry.
    pub fn extension(&mut self, name: &str) {
        self.extensions.push(name.to_owned());
    }

    /// Adds a `commonmark: options:` entry (upcased, as jekyll-commonmark does).
    pub fn option(&mut self, name: &str) {
        self.options.push(name.to_uppercase());
    }

    fn has_extension(&self, name: &str) -> bool {
        self.extensions.iter().any(|e| e == name)
    }

    fn has_option(&self, name: &str) -> bool {
        self.options.iter().any(|o| o == name)
    }

    fn parser_options(&self) -> pulldown_cmark::Options {
        use pulldown_cmark::Options as O;
        let mut o = O::empty();
        if self.has_extension("table") {
            o |= O::ENABLE_TABLES;
        }
        if self.has_extension("strikethrough") {
            o |= O::ENABLE_STRIKETHROUGH;
        }
        if self.has_extension("tasklist") {
            o |= O::ENABLE_TASKLISTS;
        }
        if self.has_option("SMART") {
            o |= O::ENABLE_SMART_PUNCTUATION;
        }
        o
    }
}

/// Converts Markdown to HTML as Jekyll's `markdown: CommonMark` (the
/// jekyll-commonmark plugin) does.
///
/// ```
/// let html = hyde_kramdown::commonmark_to_html("# Hi\n\n* a\n* b\n", &Default::default());
/// assert_eq!(html, "<h1>Hi</h1>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n");
/// ```
pub fn commonmark_to_html(markdown: &str, options: &CommonMarkOptions) -> String {
    let mut w = Writer {
        out: String::with_capacity(markdown.len() * 3 / 2),
        opts: options,
        code: None,
        html_block: false,
        image_depth: 0,
        aligns: Vec::new(),
        column: 0,
        in_head: false,
        tbody: false,
        pending_title: None,
    };
    for event in Parser::new_ext(markdown, options.parser_options()) {
        w.event(event);
    }
    w.finish()
}

struct Writer<'o> {
    out: String,
    opts: &'o CommonMarkOptions,
    /// An open code block: its language and text so far.
    code: Option<(Option<String>, String)>,
    html_block: bool,
    /// Inside an image: only text goes into its `alt`.
    image_depth: usize,
    aligns: Vec<pulldown_cmark::Alignment>,
    column: usize,
    in_head: bool,
    tbody: bool,
    /// The title of the image being written, kept until its end.
    pending_title: Option<String>,
}

impl Writer<'_> {
    /// commonmarker's `cr`: a newline unless at the start or after one.
    fn cr(&mut self) {
        if !self.out.is_empty() && !self.out.ends_with('\n') {
            self.out.push('\n');
        }
    }

    fn text(&mut self, s: &str) {
        escape_html(&mut self.out, s);
    }

    fn event(&mut self, event: Event<'_>) {
        if let Some((_, code)) = &mut self.code {
            match event {
                Event::Text(t) => code.push_str(&t),
                Event::End(TagEnd::CodeBlock) => self.code_block(),
                _ => {}
            }
            return;
        }
        if self.image_depth > 0 {
            match event {
                Event::Text(t) => self.text(&t),
                Event::SoftBreak => self.soft_break(),
                Event::Start(Tag::Image { .. }) => self.image_depth += 1,
                Event::End(TagEnd::Image) => self.end_image(),
                _ => {}
            }
            return;
        }
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(t) => self.text(&t),
            Event::Code(t) => {
                self.out.push_str("<code>");
                self.text(&t);
                self.out.push_str("</code>");
            }
            Event::Html(t) | Event::InlineHtml(t) => {
                if self.opts.has_option("UNSAFE") {
                    let filtered = self.tagfilter(&t);
                    self.out.push_str(&filtered);
                } else if !self.html_block {
                    self.out.push_str("<!-- raw HTML omitted -->");
                }
            }
            Event::SoftBreak => self.soft_break(),
            Event::HardBreak => self.out.push_str("<br />\n"),
            Event::Rule => {
                self.cr();
                self.out.push_str("<hr />");
                self.cr();
            }
            Event::TaskListMarker(checked) => self.task(checked),
            _ => {}
        }
    }

    fn soft_break(&mut self) {
        if self.opts.has_option("HARDBREAKS") {
            self.out.push_str("<br />\n");
        } else if self.opts.has_option("NOBREAKS") {
            self.out.push(' ');
        } else {
            self.out.push('\n');
        }
    }

    /// The checkbox commonmarker's renderer puts right after `<li`.
    fn task(&mut self, checked: bool) {
        let input = if checked {
            "<input type=\"checkbox\" checked=\"\" disabled=\"\" /> "
        } else {
            "<input type=\"checkbox\" disabled=\"\" /> "
        };
        // In a loose item the marker comes inside the first paragraph.
        if self.out.ends_with("<li>\n<p>") {
            let at = self.out.len() - "\n<p>".len();
            self.out.insert_str(at, input);
        } else {
            self.out.push_str(input);
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Paragraph => {
                self.cr();
                self.out.push_str("<p>");
            }
            Tag::Heading { level, .. } => {
                self.cr();
                self.out.push_str(&format!("<{level}>"));
            }
            Tag::BlockQuote(_) => {
                self.cr();
                self.out.push_str("<blockquote>\n");
            }
            Tag::CodeBlock(kind) => {
                let lang = match kind {
                    CodeBlockKind::Fenced(info) => {
                        info.split_ascii_whitespace().next().map(str::to_owned)
                    }
                    CodeBlockKind::Indented => None,
                };
                self.code = Some((lang, String::new()));
            }
            Tag::HtmlBlock => {
                self.cr();
                self.html_block = true;
                if !self.opts.has_option("UNSAFE") {
                    self.out.push_str("<!-- raw HTML omitted -->");
                }
            }
            Tag::List(start) => {
                self.cr();
                match start {
                    None => self.out.push_str("<ul>\n"),
                    Some(1) => self.out.push_str("<ol>\n"),
                    Some(n) => self.out.push_str(&format!("<ol start=\"{n}\">\n")),
                }
            }
            Tag::Item => {
                self.cr();
                self.out.push_str("<li>");
            }
            Tag::Table(aligns) => {
                self.aligns = aligns;
                self.tbody = false;
                self.out.push_str("<table>\n");
            }
            Tag::TableHead => {
                self.in_head = true;
                self.column = 0;
                self.out.push_str("<thead>\n<tr>\n");
            }
            Tag::TableRow => {
                self.column = 0;
                if !self.tbody {
                    self.tbody = true;
                    self.out.push_str("<tbody>\n");
                }
                self.out.push_str("<tr>\n");
            }
            Tag::TableCell => {
                use pulldown_cmark::Alignment as A;
                let align = match self.aligns.get(self.column) {
                    Some(A::Left) => " align=\"left\"",
                    Some(A::Right) => " align=\"right\"",
                    Some(A::Center) => " align=\"center\"",
                    _ => "",
                };
                let cell = if self.in_head { "th" } else { "td" };
                self.out.push_str(&format!("<{cell}{align}>"));
            }
            Tag::Emphasis => self.out.push_str("<em>"),
            Tag::Strong => self.out.push_str("<strong>"),
            Tag::Strikethrough => self.out.push_str("<del>"),
            Tag::Link {
                link_type,
                dest_url,
                title,
                ..
            } => {
                self.out.push_str("<a href=\"");
                if link_type == LinkType::Email {
                    self.out.push_str("mailto:");
                }
                escape_href(&mut self.out, &dest_url);
                self.out.push('"');
                if !title.is_empty() {
                    self.out.push_str(" title=\"");
                    self.text(&title);
                    self.out.push('"');
                }
                self.out.push('>');
            }
            Tag::Image {
                dest_url, title, ..
            } => {
                self.out.push_str("<img src=\"");
                escape_href(&mut self.out, &dest_url);
                self.out.push_str("\" alt=\"");
                self.image_depth = 1;
                self.pending_title = Some(title.to_string());
            }
            _ => {}
        }
    }

    fn end_image(&mut self) {
        self.image_depth -= 1;
        if self.image_depth > 0 {
            return;
        }
        self.out.push('"');
        if let Some(title) = self.pending_title.take()
            && !title.is_empty()
        {
            self.out.push_str(" title=\"");
            self.text(&title);
            self.out.push('"');
        }
        self.out.push_str(" />");
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph => {
                self.out.push_str("</p>");
                self.cr();
            }
            TagEnd::Heading(level) => {
                self.out.push_str(&format!("</{level}>"));
                self.cr();
            }
            TagEnd::BlockQuote(_) => {
                self.out.push_str("</blockquote>");
                self.cr();
            }
            TagEnd::HtmlBlock => {
                self.html_block = false;
                self.cr();
            }
            TagEnd::List(ordered) => {
                self.out.push_str(if ordered { "</ol>" } else { "</ul>" });
                self.cr();
            }
            TagEnd::Item => {
                self.out.push_str("</li>");
                self.cr();
            }
            TagEnd::Table => {
                if self.tbody {
                    self.out.push_str("</tbody>\n");
                }
                self.out.push_str("</table>\n");
            }
            TagEnd::TableHead => {
                self.in_head = false;
                self.out.push_str("</tr>\n</thead>\n");
            }
            TagEnd::TableRow => self.out.push_str("</tr>\n"),
            TagEnd::TableCell => {
                self.out
                    .push_str(if self.in_head { "</th>\n" } else { "</td>\n" });
                self.column += 1;
            }
            TagEnd::Emphasis => self.out.push_str("</em>"),
            TagEnd::Strong => self.out.push_str("</strong>"),
            TagEnd::Strikethrough => self.out.push_str("</del>"),
            TagEnd::Link => self.out.push_str("</a>"),
            _ => {}
        }
    }

    /// jekyll-commonmark's `code_block`: Rouge inside Jekyll's wrapper; no
    /// language means Rouge guesses, an unknown one is plain text.
    fn code_block(&mut self) {
        let Some((lang, code)) = self.code.take() else {
            return;
        };
        self.cr();
        self.out.push_str("<div class=\"");
        if let Some(l) = &lang {
            self.out.push_str("language-");
            self.out.push_str(l);
            self.out.push(' ');
        }
        self.out
            .push_str("highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"");
        let data_lang = lang
            .as_ref()
            .map(|l| format!(" data-lang=\"{l}\""))
            .unwrap_or_default();
        if self.opts.has_option("GITHUB_PRE_LANG") {
            self.out.push_str(&data_lang);
            self.out.push_str("><code>");
        } else {
            self.out.push_str("><code");
            self.out.push_str(&data_lang);
            self.out.push('>');
        }
        let name = highlight::resolve(lang.as_deref().unwrap_or("guess"), &code);
        let tokens = if highlight::is_known(&name) {
            highlight::tokens(&code, &name)
        } else {
            highlight::escape(&code)
        };
        self.out.push_str(&tokens);
        self.out.push_str("</code></pre></div></div>");
        self.cr();
    }

    /// The GFM `tagfilter` extension: `<` of the tags it disallows becomes `&lt;`.
    fn tagfilter(&self, html: &str) -> String {
        if !self.opts.has_extension("tagfilter") {
            return html.to_owned();
        }
        const DISALLOWED: [&str; 9] = [
            "title",
            "textarea",
            "style",
            "xmp",
            "iframe",
            "noembed",
            "noframes",
            "script",
            "plaintext",
        ];
        let mut out = String::with_capacity(html.len());
        let mut rest = html;
        while let Some(i) = rest.find('<') {
            out.push_str(&rest[..i]);
            let after = &rest[i + 1..];
            let name_start = usize::from(after.starts_with('/'));
            let name = &after[name_start..];
            let filtered = DISALLOWED.iter().any(|tag| {
                name.len() >= tag.len()
                    && name[..tag.len()].eq_ignore_ascii_case(tag)
                    && name[tag.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| c.is_ascii_whitespace() || c == '>' || c == '/')
            });
            out.push_str(if filtered { "&lt;" } else { "<" });
            rest = after;
        }
        out.push_str(rest);
        out
    }

    fn finish(self) -> String {
        self.out
    }
}

/// cmark's `escape_html`: `&`, `<`, `>` and `"`.
fn escape_html(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
}

/// cmark's `escape_href`: URL-safe bytes kept, `&` and `'` as entities, the rest percent-encoded.
fn escape_href(out: &mut String, s: &str) {
    for &b in s.as_bytes() {
        match b {
            b'&' => out.push_str("&amp;"),
            b'\'' => out.push_str("&#x27;"),
            b if b.is_ascii_alphanumeric() || b"!#$%()*+,-./:;=?@^_~".contains(&b) => {
                out.push(char::from(b));
            }
            b => out.push_str(&format!("%{b:02X}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{CommonMarkOptions, commonmark_to_html};

    fn html(md: &str) -> String {
        commonmark_to_html(md, &CommonMarkOptions::default())
    }

    #[test]
    fn blocks_are_laid_out_as_commonmarker_does() {
        assert_eq!(
            html("> quote\n\n1. a\n\n   b\n2. c\n\n---\n"),
            "<blockquote>\n<p>quote</p>\n</blockquote>\n<ol>\n<li>\n<p>a</p>\n<p>b</p>\n</li>\n<li>\n<p>c</p>\n</li>\n</ol>\n<hr />\n"
        );
    }

    #[test]
    fn raw_html_is_omitted_unless_unsafe() {
        assert_eq!(
            html("<div>x</div>\n\na <b>b</b>\n"),
            "<!-- raw HTML omitted -->\n<p>a <!-- raw HTML omitted -->b<!-- raw HTML omitted --></p>\n"
        );
        let mut unsafe_ = CommonMarkOptions::default();
        unsafe_.option("unsafe");
        assert_eq!(
            commonmark_to_html("<div>x</div>\n", &unsafe_),
            "<div>x</div>\n"
        );
    }

    #[test]
    fn code_blocks_get_rouge_and_jekylls_wrapper() {
        assert_eq!(
            html("```ruby\nputs 1\n```\n"),
            "<div class=\"language-ruby highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code data-lang=\"ruby\"><span class=\"nb\">puts</span> <span class=\"mi\">1</span>\n</code></pre></div></div>\n"
        );
        assert_eq!(
            html("    a < b\n"),
            "<div class=\"highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>a &lt; b\n</code></pre></div></div>\n"
        );
    }

    #[test]
    fn links_and_images_escape_like_cmark() {
        assert_eq!(
            html("[a](/b c \"t\") ![x *y* `z`](/i'm.png)\n"),
            "<p>[a](/b c &quot;t&quot;) <img src=\"/i&#x27;m.png\" alt=\"x y \" /></p>\n"
        );
        assert_eq!(
            html("[a](</b c> \"t\")\n"),
            "<p><a href=\"/b%20c\" title=\"t\">a</a></p>\n"
        );
    }
}
