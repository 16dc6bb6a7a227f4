//! `{% case %}` with `when a, b or c` and `else`, as Ruby Liquid runs it:
//! every matching `when` renders, and an `else` renders when no `when`
//! before it matched.

use std::io::Write;

use liquid_core::Runtime;
use liquid_core::parser::{
    BlockElement, BlockReflection, Language, ParseBlock, TagBlock, TagTokenIter,
};
use liquid_core::runtime::{Expression, Renderable, Template};

use super::condition::ruby_eq;

/// The `case` block.
#[derive(Clone, Copy, Debug)]
pub(crate) struct CaseBlock;

impl BlockReflection for CaseBlock {
    fn start_tag(&self) -> &str {
        "case"
    }
    fn end_tag(&self) -> &str {
        "endcase"
    }
    fn description(&self) -> &str {
        "Renders the branches whose value equals the subject."
    }
}

#[derive(Debug)]
enum Arm {
    When(Vec<Expression>, usize),
    Else(usize),
}

#[derive(Debug)]
struct Case {
    subject: Expression,
    arms: Vec<Arm>,
    bodies: Vec<Template>,
}

fn when_values(tag: liquid_core::parser::Tag<'_>) -> liquid_core::Result<Vec<Expression>> {
    let mut values = Vec::new();
    let mut expect_value = true;
    for token in tag.into_tokens() {
        if expect_value {
            values.push(token.expect_value().into_result()?);
            expect_value = false;
        } else if matches!(token.as_str(), "," | "or") {
            expect_value = true;
        } else {
            // Ruby's lax parser stops at what it does not understand.
            break;
        }
    }
    if values.is_empty() {
        return Err(liquid_core::Error::with_msg(
            "Syntax Error in tag 'case' - Valid when condition: {% when [condition] [or condition2...] %}",
        ));
    }
    Ok(values)
}

impl ParseBlock for CaseBlock {
    fn parse(
        &self,
        mut arguments: TagTokenIter<'_>,
        mut block: TagBlock<'_, '_>,
        options: &Language,
    ) -> liquid_core::Result<Box<dyn Renderable>> {
        let subject = arguments
            .expect_next("Value expected.")?
            .expect_value()
            .into_result()?;
        let mut arms = Vec::new();
        let mut bodies: Vec<Template> = Vec::new();
        let mut body: Option<Vec<Box<dyn Renderable>>> = None;
        while let Some(element) = block.next()? {
            match element {
                BlockElement::Tag(tag) if matches!(tag.name(), "when" | "else") => {
                    if let Some(b) = body.take() {
                        bodies.push(Template::new(b));
                    }
                    let index = bodies.len();
                    if tag.name() == "when" {
                        arms.push(Arm::When(when_values(tag)?, index));
                    } else {
                        arms.push(Arm::Else(index));
                    }
                    body = Some(Vec::new());
                }
                BlockElement::Tag(tag) => {
                    let parsed = tag.parse(&mut block, options)?;
                    if let Some(b) = body.as_mut() {
                        b.push(parsed);
                    }
                }
                element => {
                    let parsed = element.parse(&mut block, options)?;
                    if let Some(b) = body.as_mut() {
                        b.push(parsed);
                    }
                }
            }
        }
        if let Some(b) = body.take() {
            bodies.push(Template::new(b));
        }
        block.assert_empty();
        Ok(Box::new(Case {
            subject,
            arms,
            bodies,
        }))
    }

    fn reflection(&self) -> &dyn BlockReflection {
        self
    }
}

impl Renderable for Case {
    fn render_to(&self, writer: &mut dyn Write, runtime: &dyn Runtime) -> liquid_core::Result<()> {
        let subject = self.subject.evaluate(runtime)?;
        let mut matched = false;
        for arm in &self.arms {
            match arm {
                Arm::Else(i) => {
                    if !matched && let Some(b) = self.bodies.get(*i) {
                        b.render_to(writer, runtime)?;
                    }
                }
                Arm::When(values, i) => {
                    for v in values {
                        if ruby_eq(subject.as_view(), v.evaluate(runtime)?.as_view()) {
                            matched = true;
                            if let Some(b) = self.bodies.get(*i) {
                                b.render_to(writer, runtime)?;
                            }
                        }
                    }
                }
            }
        }
        Ok(())
    }
}
