//! Tags a site adds through [`crate::Tag`] (the `seo` of jekyll-seo-tag,
//! the `feed_meta` of jekyll-feed…): their markup reaches them as written.

use std::io::Write;
use std::sync::{Arc, Weak};

use liquid_core::Runtime;
use liquid_core::parser::{Language, ParseTag, TagReflection, TagTokenIter};
use liquid_core::runtime::Renderable;

use super::markup::Markup;
use crate::engine::Inner;
use crate::state::RenderState;
use crate::value::{Value, from_view};

/// A tag added to the engine: Jekyll's `Liquid::Template.register_tag`.
pub trait Tag: Send + Sync {
    /// The tag's name, as written after `{%`.
    fn name(&self) -> &str;
    /// Renders the tag. `markup` is what follows the name, as written; an
    /// error message becomes a render error naming the file and line.
    fn render(&self, markup: &str, context: &Context<'_>) -> Result<String, String>;

    /// The tag this one is another name of: when `Some("include")`, `{% name … %}`
    /// parses and renders exactly as `{% include … %}` (jekyll-include-cache's
    /// `include_cached`) and [`Tag::render`] is never called. Any tag the engine
    /// knows may be named; an unknown one leaves this tag as it is.
    fn alias_of(&self) -> Option<&str> {
        None
    }
}

/// What a [`Tag`] may read while it renders.
pub struct Context<'a> {
    runtime: &'a dyn Runtime,
    engine: &'a Weak<Inner>,
}

impl Context<'_> {
    /// The value at a dotted path (`page.title`, `site.data.nav.0`); nil when
    /// undefined.
    pub fn get(&self, path: &str) -> Value {
        self.runtime
            .try_get(&crate::runtime::dotted_path(path))
            .map_or(Value::Nil, |v| from_view(v.as_view()))
    }

    /// `value` formatted as Liquid's `date` filter formats it (`Time.at` of an
    /// integer in the site's zone, Ruby's `strftime`); `None` when it is not a date.
    pub fn strftime(&self, value: &Value, format: &str) -> Option<String> {
        let engine = self.engine.upgrade()?;
        let t = crate::time_parse::to_date(&engine.site.options, value)?;
        Some(crate::strftime::strftime(&t, format))
    }

    /// The file being rendered (an include's name inside an include).
    pub fn file(&self) -> String {
        RenderState::location(self.runtime, None).file
    }

    /// Reports a warning under Jekyll's log `topic` (`"Gist:"`), as the site reports
    /// Liquid's (jekyll-gist's "could not be generated").
    pub fn warn(&self, topic: &str, message: &str) {
        if let Some(engine) = self.engine.upgrade() {
            engine.site.hooks.warn(topic, message);
        }
    }

    /// Parses `text` as Liquid and renders it in the current context: every
    /// variable in scope is visible (Ruby's
    /// `Liquid::Template.parse(text).render(context)`, as jekyll-avatar renders
    /// its markup).
    pub fn render(&self, text: &str) -> Result<String, String> {
        let engine = self.engine.upgrade().ok_or("the engine is gone")?;
        let template = engine
            .snippet(text)
            .map_err(|e| crate::engine::error_message(&e))?;
        let mut out = Vec::new();
        template
            .render_to(&mut out, self.runtime)
            .map_err(|e| crate::engine::error_message(&e))?;
        Ok(String::from_utf8_lossy(&out).into_owned())
    }
}

/// Parses a site's tag.
#[derive(Clone)]
pub(crate) struct CustomTag {
    tag: Arc<dyn Tag>,
    engine: Weak<Inner>,
}

impl CustomTag {
    pub(crate) fn new(tag: Arc<dyn Tag>, engine: Weak<Inner>) -> Self {
        CustomTag { tag, engine }
    }
}

impl TagReflection for CustomTag {
    fn tag(&self) -> &str {
        self.tag.name()
    }
    fn description(&self) -> &str {
        "A tag the site added."
    }
}

struct Call {
    tag: Arc<dyn Tag>,
    engine: Weak<Inner>,
    markup: String,
    line: usize,
}

impl std::fmt::Debug for Call {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tag")
            .field("name", &self.tag.name())
            .finish_non_exhaustive()
    }
}

impl ParseTag for CustomTag {
    fn parse(
        &self,
        arguments: TagTokenIter<'_>,
        _options: &Language,
    ) -> liquid_core::Result<Box<dyn Renderable>> {
        let markup = Markup::read(arguments)?;
        Ok(Box::new(Call {
            tag: self.tag.clone(),
            engine: self.engine.clone(),
            markup: markup.text,
            line: markup.line,
        }))
    }

    fn reflection(&self) -> &dyn TagReflection {
        self
    }
}

impl Renderable for Call {
    fn render_to(&self, writer: &mut dyn Write, runtime: &dyn Runtime) -> liquid_core::Result<()> {
        let context = Context {
            runtime,
            engine: &self.engine,
        };
        match self.tag.render(&self.markup, &context) {
            Ok(out) => writer
                .write_all(out.as_bytes())
                .map_err(|e| liquid_core::Error::with_msg(e.to_string())),
            Err(message) => Err(RenderState::fail_at(runtime, Some(self.line), message)),
        }
    }
}

/// A block that renders nothing, whatever its markup and body: the stand-in for a
/// block hyde cannot run (one a Ruby plugin registers). Its body is skipped unparsed,
/// up to its `end` tag, as Liquid's `raw` skips its own.
#[derive(Clone)]
pub(crate) struct SilentBlock {
    name: String,
    end: String,
}

impl SilentBlock {
    pub(crate) fn new(name: &str) -> Self {
        SilentBlock {
            name: name.to_owned(),
            end: format!("end{name}"),
        }
    }
}

impl liquid_core::parser::BlockReflection for SilentBlock {
    fn start_tag(&self) -> &str {
        &self.name
    }
    fn end_tag(&self) -> &str {
        &self.end
    }
    fn description(&self) -> &str {
        "A block hyde cannot run, rendered as nothing."
    }
}

#[derive(Debug)]
struct Nothing;

impl Renderable for Nothing {
    fn render_to(
        &self,
        _writer: &mut dyn Write,
        _runtime: &dyn Runtime,
    ) -> liquid_core::Result<()> {
        Ok(())
    }
}

impl liquid_core::parser::ParseBlock for SilentBlock {
    fn parse(
        &self,
        arguments: TagTokenIter<'_>,
        mut tokens: liquid_core::parser::TagBlock<'_, '_>,
        _options: &Language,
    ) -> liquid_core::Result<Box<dyn Renderable>> {
        Markup::read(arguments)?;
        tokens.escape_liquid(false)?;
        tokens.assert_empty();
        Ok(Box::new(Nothing))
    }

    fn reflection(&self) -> &dyn liquid_core::parser::BlockReflection {
        self
    }
}
