//! The line marker the front end puts before each output and tag, so that
//! render errors name the line, as Ruby Liquid's `line_numbers` do.

use std::io::Write;

use liquid_core::Runtime;
use liquid_core::parser::{Language, ParseTag, TagReflection, TagTokenIter};
use liquid_core::runtime::Renderable;

use crate::frontend::LINE_TAG;
use crate::state::RenderState;

/// The line marker tag.
#[derive(Clone, Copy, Debug)]
pub(crate) struct LineTag;

impl TagReflection for LineTag {
    fn tag(&self) -> &str {
        LINE_TAG
    }
    fn description(&self) -> &str {
        "Records the line of what follows (inserted by hyde)."
    }
}

#[derive(Debug)]
struct Line(usize);

impl ParseTag for LineTag {
    fn parse(
        &self,
        mut arguments: TagTokenIter<'_>,
        _options: &Language,
    ) -> liquid_core::Result<Box<dyn Renderable>> {
        let line = arguments
            .expect_next("line expected")?
            .expect_literal()
            .into_result()?;
        use liquid_core::ValueView;
        let line = line.as_scalar().and_then(|s| s.to_integer()).unwrap_or(0);
        Ok(Box::new(Line(usize::try_from(line).unwrap_or(0))))
    }

    fn reflection(&self) -> &dyn TagReflection {
        self
    }
}

impl Renderable for Line {
    fn render_to(&self, _writer: &mut dyn Write, runtime: &dyn Runtime) -> liquid_core::Result<()> {
        RenderState::set_line(runtime, self.0);
        Ok(())
    }
}
