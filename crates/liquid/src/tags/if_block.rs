//! `{% if %}` and `{% unless %}` with `elsif` / `else`, as Ruby Liquid runs
//! them (an extra `else` or `elsif` after `else` is never reached).

use std::io::Write;

use liquid_core::Runtime;
use liquid_core::parser::{
    BlockElement, BlockReflection, Language, ParseBlock, TagBlock, TagTokenIter,
};
use liquid_core::runtime::{Renderable, Template};

use super::condition::Condition;

/// The `if` block (or `unless`, which negates its first condition).
#[derive(Clone, Copy, Debug)]
pub(crate) struct IfBlock {
    unless: bool,
}

impl IfBlock {
    pub(crate) fn new(unless: bool) -> Self {
        IfBlock { unless }
    }
}

impl BlockReflection for IfBlock {
    fn start_tag(&self) -> &str {
        if self.unless { "unless" } else { "if" }
    }
    fn end_tag(&self) -> &str {
        if self.unless { "endunless" } else { "endif" }
    }
    fn description(&self) -> &str {
        "Renders the first branch whose condition holds."
    }
}

#[derive(Debug)]
struct Branch {
    /// `None` for `else`.
    condition: Option<Condition>,
    body: Template,
}

#[derive(Debug)]
struct If {
    unless: bool,
    branches: Vec<Branch>,
}

impl ParseBlock for IfBlock {
    fn parse(
        &self,
        mut arguments: TagTokenIter<'_>,
        mut block: TagBlock<'_, '_>,
        options: &Language,
    ) -> liquid_core::Result<Box<dyn Renderable>> {
        let mut branches = Vec::new();
        let tokens = arguments.by_ref().collect();
        let mut condition = Some(
            Condition::parse(tokens)
                .map_err(|e| arguments.raise_error(&crate::engine::error_message(&e)))?,
        );
        let mut body = Vec::new();
        while let Some(element) = block.next()? {
            match element {
                BlockElement::Tag(tag) if matches!(tag.name(), "elsif" | "else") => {
                    let next =
                        if tag.name() == "else" {
                            None
                        } else {
                            let mut tokens = tag.into_tokens();
                            let list = tokens.by_ref().collect();
                            Some(Condition::parse(list).map_err(|e| {
                                tokens.raise_error(&crate::engine::error_message(&e))
                            })?)
                        };
                    branches.push(Branch {
                        condition: condition.take(),
                        body: Template::new(std::mem::take(&mut body)),
                    });
                    condition = next;
                }
                BlockElement::Tag(tag) => body.push(tag.parse(&mut block, options)?),
                element => body.push(element.parse(&mut block, options)?),
            }
        }
        branches.push(Branch {
            condition,
            body: Template::new(body),
        });
        block.assert_empty();
        Ok(Box::new(If {
            unless: self.unless,
            branches,
        }))
    }

    fn reflection(&self) -> &dyn BlockReflection {
        self
    }
}

impl Renderable for If {
    fn render_to(&self, writer: &mut dyn Write, runtime: &dyn Runtime) -> liquid_core::Result<()> {
        for (i, branch) in self.branches.iter().enumerate() {
            let holds = match &branch.condition {
                None => true,
                Some(c) => c.evaluate(runtime)? != (self.unless && i == 0),
            };
            if holds {
                return branch.body.render_to(writer, runtime);
            }
        }
        Ok(())
    }
}
