//! Pattern fragments shared by kramdown's block and span parsers, written with
//! Ruby's meaning of `\s`, `\w` and `[[:alpha:]]` spelled out.

/// Ruby's `\s`.
pub(crate) const S: &str = r"[ \t\r\n\x0B\x0C]";
/// Ruby's `\S`.
pub(crate) const NS: &str = r"[^ \t\r\n\x0B\x0C]";
/// An XML name as REXML's `UNAME_STR` has it.
pub(crate) const UNAME: &str =
    r"(?:[\p{Alphabetic}_][-\p{Alphabetic}\p{Nd}._]*:)?[\p{Alphabetic}_][-\p{Alphabetic}\p{Nd}._]*";
/// Up to three spaces.
pub(crate) const OPT_SPACE: &str = " {0,3}";
/// One or more blank lines.
pub(crate) const BLANK_LINE: &str = r"(?:^[ \t\r\n\x0B\x0C]*\n)+";
/// An end-of-block marker line.
pub(crate) const EOB_MARKER: &str = r"^\^[ \t\r\n\x0B\x0C]*?\n";
/// Ruby's `\Z`.
pub(crate) const END: &str = r"\n?\z";
/// The characters of an ALD/IAL body.
pub(crate) const ALD_ANY: &str = r"(?:\\\}|[^\}])";
/// An ALD name.
pub(crate) const ALD_ID_NAME: &str = "[A-Za-z0-9_][A-Za-z0-9_-]*";

/// HTML elements that are span-level for kramdown.
pub(crate) const HTML_SPAN_ELEMENTS: &[&str] = &[
    "a", "abbr", "acronym", "b", "big", "bdo", "br", "button", "cite", "code", "del", "dfn", "em",
    "i", "img", "input", "ins", "kbd", "label", "mark", "option", "q", "rb", "rbc", "rp", "rt",
    "rtc", "ruby", "samp", "select", "small", "span", "strong", "sub", "sup", "tt", "u", "var",
];

/// HTML elements that are block-level for kramdown.
pub(crate) const HTML_BLOCK_ELEMENTS: &[&str] = &[
    "address",
    "article",
    "aside",
    "applet",
    "body",
    "blockquote",
    "caption",
    "col",
    "colgroup",
    "dd",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "head",
    "iframe",
    "legend",
    "menu",
    "li",
    "main",
    "map",
    "nav",
    "ol",
    "optgroup",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tfoot",
    "tr",
    "ul",
];

/// HTML elements without content.
pub(crate) const HTML_ELEMENTS_WITHOUT_BODY: &[&str] = &[
    "area", "base", "br", "col", "command", "embed", "hr", "img", "input", "keygen", "link",
    "meta", "param", "source", "track", "wbr",
];

const CONTENT_MODEL_BLOCK: &[&str] = &[
    "address",
    "applet",
    "article",
    "aside",
    "blockquote",
    "body",
    "dd",
    "details",
    "div",
    "dl",
    "fieldset",
    "figure",
    "figcaption",
    "footer",
    "form",
    "header",
    "hgroup",
    "iframe",
    "li",
    "main",
    "map",
    "menu",
    "nav",
    "noscript",
    "object",
    "section",
    "summary",
    "td",
];

const CONTENT_MODEL_SPAN: &[&str] = &[
    "a", "abbr", "acronym", "b", "bdo", "big", "button", "cite", "caption", "del", "dfn", "dt",
    "em", "h1", "h2", "h3", "h4", "h5", "h6", "i", "ins", "label", "legend", "optgroup", "p", "q",
    "rb", "rbc", "rp", "rt", "rtc", "ruby", "select", "small", "span", "strong", "sub", "sup",
    "th", "tt",
];

const CONTENT_MODEL_RAW: &[&str] = &[
    "script", "style", "math", "option", "textarea", "pre", "code", "kbd", "samp", "var",
];

/// The content model kramdown gives an HTML element.
pub(crate) fn content_model(name: &str) -> crate::element::ContentModel {
    use crate::element::ContentModel;
    if CONTENT_MODEL_BLOCK.contains(&name) {
        ContentModel::Block
    } else if CONTENT_MODEL_SPAN.contains(&name) {
        ContentModel::Span
    } else {
        ContentModel::Raw
    }
}

/// Whether kramdown knows `name` as an HTML element (it then lower-cases it).
pub(crate) fn is_html_element(name: &str) -> bool {
    HTML_SPAN_ELEMENTS.contains(&name)
        || HTML_BLOCK_ELEMENTS.contains(&name)
        || HTML_ELEMENTS_WITHOUT_BODY.contains(&name)
        || CONTENT_MODEL_BLOCK.contains(&name)
        || CONTENT_MODEL_SPAN.contains(&name)
        || CONTENT_MODEL_RAW.contains(&name)
}

/// An alternation of the span elements (and `script`) that do not end a paragraph.
fn lazy_end_span_names() -> String {
    let mut v: Vec<&str> = HTML_SPAN_ELEMENTS.to_vec();
    v.push("script");
    v.join("|")
}

/// A block HTML start tag that ends a paragraph.
pub(crate) fn lazy_end_html_start() -> String {
    format!(r"<(?>(?!(?:{})\b){UNAME})", lazy_end_span_names())
}

/// A block HTML end tag that ends a paragraph.
pub(crate) fn lazy_end_html_stop() -> String {
    format!(r"</(?!(?:{})\b){UNAME}{S}*>", lazy_end_span_names())
}

/// A block IAL line (group 1: its body).
pub(crate) fn ial_block() -> String {
    format!(r"\{{:(?!:|/)({ALD_ANY}+)\}}{S}*?\n")
}

/// A block IAL line at the start of a line.
pub(crate) fn ial_block_start() -> String {
    format!("^{OPT_SPACE}{}", ial_block())
}

/// What ends a paragraph or a lazy continuation.
pub(crate) fn lazy_end() -> String {
    format!(
        "{BLANK_LINE}|{}|{EOB_MARKER}|^{OPT_SPACE}{}|^{OPT_SPACE}{}|{END}",
        ial_block_start(),
        lazy_end_html_stop(),
        lazy_end_html_start()
    )
}

/// An HTML start tag (1 name, 2 attributes, 4 `/` of a self-closed tag).
pub(crate) fn html_tag() -> String {
    format!(r#"<((?>{UNAME})){S}*((?>{S}+{UNAME}(?:{S}*={S}*(?:\w+|("|')(?s:.*?)\3))?)*){S}*(/)?>"#)
}

/// An HTML end tag (1 name).
pub(crate) fn html_tag_close() -> String {
    format!("</({UNAME}){S}*>")
}

/// An HTML comment.
pub(crate) const HTML_COMMENT: &str = r"<!--(?s:(.*?))-->";

/// Unordered list item start (1 marker, 2 rest of line).
pub(crate) fn list_start_ul() -> String {
    format!(r"^({OPT_SPACE}[+*-])([\t| ].*?\n)")
}

/// Ordered list item start.
pub(crate) fn list_start_ol() -> String {
    format!(r"^({OPT_SPACE}\d+\.)([\t| ].*?\n)")
}

/// Definition start.
pub(crate) fn definition_list_start() -> String {
    format!(r"^({OPT_SPACE}:)([\t| ].*?\n)")
}

/// Indented code line start.
pub(crate) const INDENT: &str = r"^(?:\t| {4})";

/// An indented code block (also the body of a footnote definition).
pub(crate) fn codeblock_match() -> String {
    format!(
        r"(?:(?:{BLANK_LINE})?(?:{INDENT}[ \t]*{NS}.*\n)+(?:(?!{}|{EOB_MARKER}|^{OPT_SPACE}{}|^{OPT_SPACE}{})^[ \t]*{NS}.*\n)*)*",
        ial_block_start(),
        lazy_end_html_stop(),
        lazy_end_html_start()
    )
}
