//! `{% tablerow %}`: table rows and cells around a loop body, with
//! `tablerowloop`, `cols`, `limit` and `offset`, as Ruby Liquid writes them.

use std::io::Write;

use liquid_core::Runtime;
use liquid_core::model::ValueView;
use liquid_core::parser::{
    BlockReflection, Language, ParseBlock, TagBlock, TagTokenIter, TryMatchToken,
};
use liquid_core::runtime::{Expression, InterruptRegister, Renderable, Template};

use super::for_loop::{Item, items, to_integer};
use crate::runtime::Frame;
use crate::value::{Hash, Value};

/// The `tablerow` block.
#[derive(Clone, Copy, Debug)]
pub(crate) struct TablerowBlock;

impl BlockReflection for TablerowBlock {
    fn start_tag(&self) -> &str {
        "tablerow"
    }
    fn end_tag(&self) -> &str {
        "endtablerow"
    }
    fn description(&self) -> &str {
        "Renders its body in the cells of an HTML table."
    }
}

#[derive(Debug)]
enum Collection {
    Value(Expression),
    Range(Expression, Expression),
}

#[derive(Debug)]
struct Tablerow {
    var: String,
    collection: Collection,
    cols: Option<Expression>,
    limit: Option<Expression>,
    offset: Option<Expression>,
    body: Template,
}

impl ParseBlock for TablerowBlock {
    fn parse(
        &self,
        mut arguments: TagTokenIter<'_>,
        mut block: TagBlock<'_, '_>,
        options: &Language,
    ) -> liquid_core::Result<Box<dyn Renderable>> {
        let var = arguments
            .expect_next("Identifier expected.")?
            .expect_identifier()
            .into_result()?
            .to_owned();
        arguments
            .expect_next("\"in\" expected.")?
            .expect_str("in")
            .into_result_custom_msg("\"in\" expected.")?;
        let collection = match arguments
            .expect_next("Array or range expected.")?
            .expect_value()
        {
            TryMatchToken::Matches(v) => Collection::Value(v),
            TryMatchToken::Fails(token) => match token.expect_range() {
                TryMatchToken::Matches((a, b)) => Collection::Range(a, b),
                TryMatchToken::Fails(token) => return Err(token.raise_error()),
            },
        };
        let (mut cols, mut limit, mut offset) = (None, None, None);
        while let Some(token) = arguments.next() {
            let key = token.as_str().to_owned();
            if !matches!(key.as_str(), "cols" | "limit" | "offset") {
                continue;
            }
            arguments
                .expect_next("\":\" expected.")?
                .expect_str(":")
                .into_result_custom_msg("\":\" expected.")?;
            let value = arguments
                .expect_next("Value expected.")?
                .expect_value()
                .into_result()?;
            match key.as_str() {
                "cols" => cols = Some(value),
                "limit" => limit = Some(value),
                _ => offset = Some(value),
            }
        }
        let body = Template::new(block.parse_all(options)?);
        block.assert_empty();
        Ok(Box::new(Tablerow {
            var,
            collection,
            cols,
            limit,
            offset,
            body,
        }))
    }

    fn reflection(&self) -> &dyn BlockReflection {
        self
    }
}

fn int(e: &Option<Expression>, runtime: &dyn Runtime) -> liquid_core::Result<Option<i64>> {
    match e {
        None => Ok(None),
        Some(e) => {
            let v = e.evaluate(runtime)?;
            if v.is_nil() {
                Ok(None)
            } else {
                to_integer(v.as_view()).map(Some)
            }
        }
    }
}

fn tablerowloop(index0: usize, length: usize, col0: usize, cols: usize, row: usize) -> Value {
    let i = |n: usize| Value::Int(i64::try_from(n).unwrap_or(i64::MAX));
    let mut h = Hash::new();
    h.insert("length".into(), i(length));
    h.insert("col".into(), i(col0 + 1));
    h.insert("col0".into(), i(col0));
    h.insert("col_first".into(), Value::Bool(col0 == 0));
    h.insert("col_last".into(), Value::Bool(col0 + 1 == cols));
    h.insert("first".into(), Value::Bool(index0 == 0));
    h.insert("last".into(), Value::Bool(index0 + 1 == length));
    h.insert("index".into(), i(index0 + 1));
    h.insert("index0".into(), i(index0));
    h.insert("rindex".into(), i(length - index0));
    h.insert("rindex0".into(), i(length - index0 - 1));
    h.insert("row".into(), i(row));
    Value::hash(h)
}

fn io(e: std::io::Error) -> liquid_core::Error {
    liquid_core::Error::with_msg(e.to_string())
}

impl Renderable for Tablerow {
    fn render_to(&self, writer: &mut dyn Write, runtime: &dyn Runtime) -> liquid_core::Result<()> {
        let evaluated;
        let all: Vec<Item<'_>> = match &self.collection {
            Collection::Value(e) => {
                evaluated = e.evaluate(runtime)?;
                if evaluated.is_nil() {
                    return Ok(());
                }
                items(evaluated.as_view())
            }
            Collection::Range(a, b) => {
                let start = to_integer(a.evaluate(runtime)?.as_view())?;
                let end = to_integer(b.evaluate(runtime)?.as_view())?;
                (start..=end).map(|n| Item::Made(Value::Int(n))).collect()
            }
        };
        let from = usize::try_from(int(&self.offset, runtime)?.unwrap_or(0).max(0)).unwrap_or(0);
        let to = int(&self.limit, runtime)?
            .map(|l| from.saturating_add(usize::try_from(l.max(0)).unwrap_or(0)));
        let end = to.unwrap_or(all.len()).min(all.len());
        let segment: Vec<&Item<'_>> = if from < end {
            all[from..end].iter().collect()
        } else {
            Vec::new()
        };
        let length = segment.len();
        let cols = match int(&self.cols, runtime)? {
            Some(c) => usize::try_from(c.max(0)).unwrap_or(0),
            // Without `cols` there is one row, and no cell is `col_last`.
            None => usize::MAX,
        };
        writer.write_all(b"<tr class=\"row1\">\n").map_err(io)?;
        let (mut col0, mut row) = (0usize, 1usize);
        for (i, item) in segment.iter().enumerate() {
            let lp = tablerowloop(i, length, col0, cols, row);
            write!(writer, "<td class=\"col{}\">", col0 + 1).map_err(io)?;
            let frame = Frame::new(
                runtime,
                vec![("tablerowloop", &lp), (self.var.as_str(), item.view())],
            );
            // Ruby leaves a `break` pending and still starts every cell; the
            // interrupt is set again after the cell.
            let pending = runtime.registers().get_mut::<InterruptRegister>().reset();
            self.body.render_to(writer, &frame)?;
            if let Some(interrupt) = pending {
                let mut register = runtime.registers().get_mut::<InterruptRegister>();
                if !register.interrupted() {
                    register.set(interrupt);
                }
            }
            writer.write_all(b"</td>").map_err(io)?;
            if col0 + 1 == cols && i + 1 != length {
                write!(writer, "</tr>\n<tr class=\"row{}\">", row + 1).map_err(io)?;
            }
            if col0 + 1 == cols {
                col0 = 0;
                row += 1;
            } else {
                col0 += 1;
            }
        }
        writer.write_all(b"</tr>\n").map_err(io)
    }
}
