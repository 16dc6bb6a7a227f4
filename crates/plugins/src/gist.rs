//! jekyll-gist: `{% gist [user/]ID [FILE] %}` prints the gist's `<script>` embed.
//!
//! The gem (1.5) also fetches the gist's code for a `<noscript>` fallback. hyde
//! builds offline, as the gem does when the fetch fails: it warns that the
//! `<noscript>` tag could not be generated, and the tag prints what the gem's
//! fallback is then (the logger's `true`) before the `<script>`. With
//! `gist: {noscript: false}` there is no fetch and no fallback.

use std::sync::Arc;

use hyde_liquid::{Context, Value};

use hyde::Plugin;
use hyde::Site;

/// The jekyll-gist plugin.
pub(crate) struct Gist;

impl Plugin for Gist {
    fn name(&self) -> &str {
        "jekyll-gist"
    }

    fn tags(&self, site: &Site) -> Vec<Arc<dyn hyde_liquid::Tag>> {
        let noscript = !matches!(
            site.config.get("gist").and_then(|g| g.get("noscript")),
            Some(Value::Bool(false))
        );
        vec![Arc::new(GistTag { noscript })]
    }
}

/// The `gist` tag.
struct GistTag {
    /// Whether the `<noscript>` fallback is wanted (`gist.noscript` not false).
    noscript: bool,
}

/// The gem's `\A([\S]+|.*(?=\/).+)\s?(\S*)\Z` on the stripped markup: the id
/// and the file name (possibly empty).
fn arguments(markup: &str) -> Option<(String, String)> {
    let text = markup.strip_suffix('\n').unwrap_or(markup);
    let first_end = text.find(char::is_whitespace).unwrap_or(text.len());
    if first_end > 0 {
        let rest = &text[first_end..];
        let mut chars = rest.chars();
        let after_space = match chars.next() {
            None => "",
            Some(_) => chars.as_str(),
        };
        if !after_space.contains(char::is_whitespace) {
            return Some((text[..first_end].to_owned(), after_space.to_owned()));
        }
    }
    // The second alternative: a `/` somewhere on a single line takes it all.
    (!text.contains('\n') && text.contains('/') && text.len() > 1)
        .then(|| (text.to_owned(), String::new()))
}

/// `context[name]` when that is not nil (the gem lets a variable name the id
/// or the file), else `name` itself.
fn resolve(context: &Context<'_>, name: &str) -> String {
    if name.is_empty() {
        return String::new();
    }
    if let Ok(n) = name.parse::<i64>() {
        return n.to_string();
    }
    match context.get(name) {
        Value::Nil => name.to_owned(),
        v => v.to_s_method(),
    }
}

impl hyde_liquid::Tag for GistTag {
    fn name(&self) -> &str {
        "gist"
    }

    fn render(&self, markup: &str, context: &Context<'_>) -> Result<String, String> {
        let Some((id, file)) = arguments(markup.trim()) else {
            return Err(format!(
                "  Syntax error in tag 'gist' while parsing the following markup:\n\n    {markup}\n\n  Valid syntax:\n    {{% gist user/1234567 %}}\n    {{% gist user/1234567 foo.js %}}\n    {{% gist 28949e1d5ee2273f9fd3 %}}\n    {{% gist 28949e1d5ee2273f9fd3 best.md %}}\n"
            ));
        };
        let id = resolve(context, &id);
        let file = resolve(context, &file);
        let mut out = String::new();
        if self.noscript {
            context.warn("", &format!(
                "The <noscript> tag for your gist {id} could not be generated. This will affect users who do not have JavaScript enabled in their browsers."
            ));
            out.push_str("true");
        }
        out.push_str(&format!("<script src=\"https://gist.github.com/{id}.js"));
        if !file.is_empty() {
            out.push_str(&format!("?file={file}"));
        }
        out.push_str("\"> </script>");
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Option<(String, String)> {
        arguments(s)
    }

    #[test]
    fn markup_splits_as_the_gems_pattern() {
        assert_eq!(args("abc"), Some(("abc".into(), String::new())));
        assert_eq!(args("u/abc f.md"), Some(("u/abc".into(), "f.md".into())));
        assert_eq!(args("a b c"), None);
        assert_eq!(args("u/a b c"), Some(("u/a b c".into(), String::new())));
        assert_eq!(args("a  b"), None);
    }
}
