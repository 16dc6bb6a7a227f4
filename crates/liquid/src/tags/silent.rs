//! The silent twin of a blank block: it runs (assignments happen) but its
//! output is dropped, as Ruby Liquid drops the output of blank blocks.

use std::io::Write;

use liquid_core::Runtime;
use liquid_core::parser::{BlockReflection, Language, ParseBlock, TagBlock, TagTokenIter};
use liquid_core::runtime::Renderable;

/// Wraps the block `inner` under the name `__hyde_blank_<name>`.
#[derive(Clone)]
pub(crate) struct SilentBlock {
    inner: Box<dyn ParseBlock>,
    start: String,
    end: String,
}

impl SilentBlock {
    pub(crate) fn new(inner: Box<dyn ParseBlock>, name: &str) -> Self {
        SilentBlock {
            inner,
            start: format!("{}{name}", crate::frontend::BLANK_PREFIX),
            end: format!("end{name}"),
        }
    }
}

impl BlockReflection for SilentBlock {
    fn start_tag(&self) -> &str {
        &self.start
    }
    fn end_tag(&self) -> &str {
        &self.end
    }
    fn description(&self) -> &str {
        "A block that prints nothing but whitespace; its output is dropped."
    }
}

impl ParseBlock for SilentBlock {
    fn parse(
        &self,
        arguments: TagTokenIter<'_>,
        block: TagBlock<'_, '_>,
        options: &Language,
    ) -> liquid_core::Result<Box<dyn Renderable>> {
        Ok(Box::new(Silent(
            self.inner.parse(arguments, block, options)?,
        )))
    }

    fn reflection(&self) -> &dyn BlockReflection {
        self
    }
}

#[derive(Debug)]
struct Silent(Box<dyn Renderable>);

impl Renderable for Silent {
    fn render_to(&self, _writer: &mut dyn Write, runtime: &dyn Runtime) -> liquid_core::Result<()> {
        self.0.render_to(&mut std::io::sink(), runtime)
    }
}
