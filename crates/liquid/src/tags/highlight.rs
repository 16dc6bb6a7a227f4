//! `{% highlight lang [linenos] %}…{% endhighlight %}`: Jekyll's wrapper
//! around the site's highlighter.

use std::io::Write;
use std::sync::{Arc, LazyLock};

use liquid_core::parser::{
    BlockElement, BlockReflection, Language, ParseBlock, TagBlock, TagTokenIter,
};
use liquid_core::runtime::{Renderable, Template};
use liquid_core::{Runtime, ValueView};
use regex::Regex;

use super::markup::{Markup, Packing};
use crate::engine::Site;

static SYNTAX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"^([a-zA-Z0-9.+#_-]+)((\s+[A-Za-z0-9_]+(=([A-Za-z0-9_]+|"([0-9]+\s)*[0-9]+"))?)*)$"#,
    )
    .unwrap_or_else(|_| unreachable!("a valid regex"))
});

static OPTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?:[A-Za-z0-9_]="[^"]*"|[A-Za-z0-9_]=[A-Za-z0-9_]|[A-Za-z0-9_])+"#)
        .unwrap_or_else(|_| unreachable!("a valid regex"))
});

/// The `highlight` block.
#[derive(Clone)]
pub(crate) struct HighlightBlock {
    site: Arc<Site>,
    packing: Packing,
}

impl HighlightBlock {
    pub(crate) fn new(site: Arc<Site>, packing: Packing) -> Self {
        HighlightBlock { site, packing }
    }
}

impl BlockReflection for HighlightBlock {
    fn start_tag(&self) -> &str {
        "highlight"
    }
    fn end_tag(&self) -> &str {
        "endhighlight"
    }
    fn description(&self) -> &str {
        "Highlights the code inside with the site's highlighter."
    }
}

#[derive(Debug)]
struct Highlight {
    site: Arc<Site>,
    lang: String,
    linenos: bool,
    body: Template,
}

impl ParseBlock for HighlightBlock {
    fn parse(
        &self,
        arguments: TagTokenIter<'_>,
        mut block: TagBlock<'_, '_>,
        options: &Language,
    ) -> liquid_core::Result<Box<dyn Renderable>> {
        let markup = Markup::read_as(arguments, self.packing)?;
        let text = markup.text.trim();
        let Some(caps) = SYNTAX.captures(text) else {
            return Err(liquid_core::Error::with_msg(format!(
                "Syntax Error in tag 'highlight' while parsing the following markup:\n\n{}\n\nValid syntax: highlight <lang> [linenos]\n",
                markup.text
            )));
        };
        let lang = caps.get(1).map_or("", |m| m.as_str()).to_lowercase();
        let opts = caps.get(2).map_or("", |m| m.as_str());
        let linenos = OPTION
            .find_iter(opts)
            .any(|m| m.as_str().split('=').next() == Some("linenos"));
        let mut body = Vec::new();
        while let Some(element) = block.next()? {
            match element {
                BlockElement::Tag(tag) => body.push(tag.parse(&mut block, options)?),
                element => body.push(element.parse(&mut block, options)?),
            }
        }
        block.assert_empty();
        Ok(Box::new(Highlight {
            site: self.site.clone(),
            lang,
            linenos,
            body: Template::new(body),
        }))
    }

    fn reflection(&self) -> &dyn BlockReflection {
        self
    }
}

fn variable(runtime: &dyn Runtime, name: &str) -> String {
    runtime
        .try_get(&[liquid_core::model::ScalarCow::new(name)])
        .map(|v| v.to_kstr().into_owned().to_string())
        .unwrap_or_default()
}

impl Renderable for Highlight {
    fn render_to(&self, writer: &mut dyn Write, runtime: &dyn Runtime) -> liquid_core::Result<()> {
        let prefix = variable(runtime, "highlighter_prefix");
        let suffix = variable(runtime, "highlighter_suffix");
        let code = self.body.render(runtime)?;
        let code = code
            .trim_start_matches(['\n', '\r'])
            .trim_end_matches(['\n', '\r']);
        let inner = self.site.hooks.highlight(code, &self.lang, self.linenos);
        let inner = inner.strip_suffix('\n').unwrap_or(&inner);
        let out = format!(
            "{prefix}<figure class=\"highlight\"><pre><code class=\"language-{}\" data-lang=\"{}\">{inner}</code></pre></figure>{suffix}",
            self.lang.replace('+', "-"),
            self.lang
        );
        writer
            .write_all(out.as_bytes())
            .map_err(|e| liquid_core::Error::with_msg(e.to_string()))
    }
}
