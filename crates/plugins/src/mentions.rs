//! jekyll-mentions: `@user` in the HTML of pages and documents becomes a link to
//! the user's profile, `<a href="https://github.com/user" class="user-mention">`.
//!
//! As the gem (1.6, on html-pipeline's `MentionFilter`): after rendering, a page
//! whose output contains what could be a mention has its body (or, without a
//! `<body`, all of it) read as an HTML fragment by Nokogiri, the mentions in text
//! outside `a`, `code`, `pre`, `script` and `style` linked, and the fragment
//! written back with Nokogiri's `to_html` ([`super::mentions_html`]). The base URL
//! is `jekyll-mentions` (a string) or `jekyll-mentions.base_url` of the site or
//! the page's front matter, else `https://github.com` (or the `SSL` and
//! `GITHUB_HOSTNAME` GitHub Enterprise settings). `jekyll-mentions: false` in
//! front matter turns it off for the page.

use hyde_liquid::Value;

use super::mentions_html::{self, Node};
use hyde::Plugin;
use hyde::Result;
use hyde::Site;
use hyde::{Document, Kind};

/// The jekyll-mentions plugin.
pub(crate) struct Mentions;

/// Names that stand for the mention feature itself: left as text.
const MENTION_LOGINS: &[&str] = &["mention", "mentions", "mentioned", "mentioning"];

/// Elements whose text is never scanned.
const IGNORE_PARENTS: &[&str] = &["pre", "code", "a", "style", "script"];

fn is_word(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// The mentions in `text`, as `(start of @, end of the login)` byte ranges: the
/// gem's pattern `(?:^|\W)@((?>[\w][\w-]*))(?!\/)(?=\.+[ \t\W]|\.+$|[^0-9a-zA-Z_.]|$)`
/// scanned left to right.
fn find_mentions(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut pos = 0;
    let mut from = 0;
    while let Some(off) = text[from..].find('@') {
        let at = from + off;
        from = at + 1;
        let before = text[..at].chars().next_back();
        let line_start = at == 0 || bytes[at - 1] == b'\n';
        let prefix = line_start || before.is_some_and(|c| !is_word(c) && at - c.len_utf8() >= pos);
        if !prefix {
            continue;
        }
        let start = at + 1;
        if !bytes.get(start).is_some_and(|&b| is_word(char::from(b))) {
            continue;
        }
        let mut end = start + 1;
        while end < bytes.len() && (is_word(char::from(bytes[end])) || bytes[end] == b'-') {
            end += 1;
        }
        let ok = match bytes.get(end) {
            None => true,
            Some(b'/') => false,
            Some(b'.') => {
                let dots = bytes[end..].iter().take_while(|&&b| b == b'.').count();
                match bytes.get(end + dots) {
                    None | Some(b'\n') => true,
                    Some(&b) => dots >= 2 || !is_word(char::from(b)),
                }
            }
            Some(_) => true,
        };
        if ok {
            found.push((at, end));
            pos = end;
            from = end;
        }
    }
    found
}

/// The link for `login`, or `None` for the names left alone.
fn link(login: &str, base: &str) -> Option<Node> {
    if MENTION_LOGINS.contains(&login.to_ascii_lowercase().as_str()) {
        return None;
    }
    let mut url = base.to_owned();
    if !(url.ends_with('/') || url.ends_with('~')) {
        url.push('/');
    }
    url.push_str(login);
    Some(Node::Element {
        name: "a".into(),
        attrs: vec![
            ("href".into(), Some(url)),
            ("class".into(), Some("user-mention".into())),
        ],
        children: vec![Node::Text(format!("@{login}"))],
    })
}

/// Links the mentions in the text of `nodes`, outside ignored elements.
fn mentionify_nodes(nodes: &mut Vec<Node>, base: &str) {
    let mut out = Vec::with_capacity(nodes.len());
    for node in nodes.drain(..) {
        match node {
            Node::Text(text) if text.contains('@') => {
                let mut pieces = Vec::new();
                let mut last = 0;
                for (at, end) in find_mentions(&text) {
                    if let Some(a) = link(&text[at + 1..end], base) {
                        if at > last {
                            pieces.push(Node::Text(text[last..at].to_owned()));
                        }
                        pieces.push(a);
                        last = end;
                    }
                }
                if last == 0 {
                    out.push(Node::Text(text));
                } else {
                    if last < text.len() {
                        pieces.push(Node::Text(text[last..].to_owned()));
                    }
                    out.extend(pieces);
                }
            }
            Node::Element {
                name,
                attrs,
                mut children,
            } => {
                if !IGNORE_PARENTS.contains(&name.as_str()) {
                    mentionify_nodes(&mut children, base);
                }
                out.push(Node::Element {
                    name,
                    attrs,
                    children,
                });
            }
            other => out.push(other),
        }
    }
    *nodes = out;
}

/// The fragment `html` with its mentions linked, as html-pipeline writes it.
fn filter(html: &str, base: &str) -> String {
    let mut nodes = mentions_html::parse(html);
    mentionify_nodes(&mut nodes, base);
    mentions_html::serialize(&nodes)
}

/// The gem's default base URL.
fn default_base() -> String {
    let ssl = std::env::var("SSL").unwrap_or_default();
    let host = std::env::var("GITHUB_HOSTNAME").unwrap_or_default();
    if !ssl.is_empty() && !host.is_empty() {
        let scheme = if ssl == "true" { "https://" } else { "http://" };
        format!("{scheme}{}", host.strip_suffix('/').unwrap_or(&host))
    } else {
        "https://github.com".to_owned()
    }
}

/// The base URL from a `jekyll-mentions` setting.
fn base_url(setting: Option<&Value>) -> String {
    match setting {
        Some(Value::Str(s)) => s.to_string(),
        Some(Value::Hash(h)) => match h.get("base_url") {
            Some(Value::Str(s)) => s.to_string(),
            Some(v) if !v.is_nil() => v.to_ruby_string(),
            _ => default_base(),
        },
        _ => default_base(),
    }
}

/// Where the body starts: the end of `<body…>` and the blanks after it.
fn body_start(content: &str) -> Option<(usize, usize)> {
    let at = content.find("<body")?;
    let close = content[at..].find('>')? + at + 1;
    let blanks = content[close..]
        .bytes()
        .take_while(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'\x0b'))
        .count();
    Some((at, close + blanks))
}

impl Plugin for Mentions {
    fn name(&self) -> &str {
        "jekyll-mentions"
    }

    fn post_render(&self, site: &Site, doc: &Document, output: &mut String) -> Result<()> {
        let page = matches!(doc.kind, Kind::Page);
        let permalink_dir = doc
            .data
            .get("permalink")
            .and_then(Value::as_str)
            .is_some_and(|p| p.ends_with('/'));
        let mentionable = (page || doc.write)
            && (doc.output_ext == ".html" || permalink_dir)
            && !matches!(doc.data.get("jekyll-mentions"), Some(Value::Bool(false)));
        if !mentionable || !output.contains('@') {
            return Ok(());
        }
        let setting = match doc.data.get("jekyll-mentions") {
            Some(v) => Some(v),
            None => site.config.get("jekyll-mentions"),
        };
        let base = base_url(setting);
        if output.contains("<body") {
            let Some((_, body)) = body_start(output) else {
                return Ok(());
            };
            let (content, rest) = match output[body..].find("</body>") {
                Some(e) => (&output[body..body + e], &output[body + e..]),
                None => (&output[body..], ""),
            };
            if find_mentions(content).is_empty() {
                return Ok(());
            }
            let processed = filter(content, &base);
            *output = format!("{}{processed}{rest}", &output[..body]);
        } else {
            if find_mentions(output).is_empty() {
                return Ok(());
            }
            *output = filter(output, &base);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn logins(text: &str) -> Vec<&str> {
        find_mentions(text)
            .into_iter()
            .map(|(a, e)| &text[a + 1..e])
            .collect()
    }

    #[test]
    fn mentions_follow_the_gems_pattern() {
        assert_eq!(
            logins("@a @b-c, (@d) x@e @f/g @h.i @j. @k.."),
            ["a", "b-c", "d", "j", "k"]
        );
        assert_eq!(logins("@a@b\n@c"), ["a", "c"]);
        // Ruby's `\w` is ASCII: `é` is a non-word character.
        assert_eq!(logins("é@x _@y -@z @é @a.-b"), ["x", "z", "a"]);
    }

    #[test]
    fn links_replace_mentions_in_text_only() {
        assert_eq!(
            filter(
                "<p>hi @jekyll and <code>@x</code> @mention</p>",
                "https://github.com"
            ),
            "<p>hi <a href=\"https://github.com/jekyll\" class=\"user-mention\">@jekyll</a> and <code>@x</code> @mention</p>"
        );
    }
}
