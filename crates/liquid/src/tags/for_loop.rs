//! `{% for %}` as Ruby Liquid has it: `limit`, `offset` (also `continue`),
//! `reversed`, `else`, `forloop` with `parentloop`, strings and hashes as
//! collections, and loop items borrowed rather than copied.

use std::collections::HashMap;
use std::io::Write;

use liquid_core::Runtime;
use liquid_core::model::{ValueCow, ValueView};
use liquid_core::parser::{
    BlockElement, BlockReflection, Language, ParseBlock, TagBlock, TagTokenIter, TryMatchToken,
};
use liquid_core::runtime::{Expression, Interrupt, InterruptRegister, Renderable, Template};

use crate::runtime::Frame;
use crate::value::{Hash, Value, from_view};

/// The `for` block.
#[derive(Clone, Copy, Debug)]
pub(crate) struct ForBlock;

impl BlockReflection for ForBlock {
    fn start_tag(&self) -> &str {
        "for"
    }
    fn end_tag(&self) -> &str {
        "endfor"
    }
    fn description(&self) -> &str {
        "Repeats its body for every item of a collection."
    }
}

#[derive(Debug)]
enum Collection {
    Value(Expression),
    Range(Expression, Expression),
}

#[derive(Debug)]
enum Offset {
    None,
    Continue,
    At(Expression),
}

#[derive(Debug)]
struct For {
    var: String,
    name: String,
    collection: Collection,
    limit: Option<Expression>,
    offset: Offset,
    reversed: bool,
    body: Template,
    otherwise: Option<Template>,
}

/// Where each `offset: continue` loop stopped, by loop name.
#[derive(Default)]
struct Offsets(HashMap<String, i64>);

/// The `forloop` objects of the loops being rendered, innermost last.
#[derive(Default)]
struct LoopStack(Vec<Value>);

impl ParseBlock for ForBlock {
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
        let token = arguments.expect_next("Array or range expected.")?;
        let source = token.as_str().to_owned();
        let collection = match token.expect_value() {
            TryMatchToken::Matches(v) => Collection::Value(v),
            TryMatchToken::Fails(token) => match token.expect_range() {
                TryMatchToken::Matches((a, b)) => Collection::Range(a, b),
                TryMatchToken::Fails(token) => return Err(token.raise_error()),
            },
        };
        let mut name = None;
        let mut limit = None;
        let mut offset = Offset::None;
        let mut reversed = false;
        while let Some(token) = arguments.next() {
            match token.as_str() {
                "reversed" => reversed = true,
                crate::frontend::FOR_NAME => {
                    arguments
                        .expect_next("\":\" expected.")?
                        .expect_str(":")
                        .into_result_custom_msg("\":\" expected.")?;
                    let literal = arguments.expect_next("Name expected.")?;
                    let literal = literal.as_str();
                    name = literal
                        .get(1..literal.len().saturating_sub(1))
                        .map(str::to_owned);
                }
                "limit" | "offset" => {
                    let key = token.as_str().to_owned();
                    arguments
                        .expect_next("\":\" expected.")?
                        .expect_str(":")
                        .into_result_custom_msg("\":\" expected.")?;
                    let value = arguments.expect_next("Value expected.")?;
                    if key == "offset" && value.as_str() == "continue" {
                        offset = Offset::Continue;
                        continue;
                    }
                    let value = value.expect_value().into_result()?;
                    if key == "limit" {
                        limit = Some(value);
                    } else {
                        offset = Offset::At(value);
                    }
                }
                // Ruby ignores what it does not understand here.
                _ => {}
            }
        }
        let mut body = Vec::new();
        let mut otherwise = None;
        while let Some(element) = block.next()? {
            match element {
                BlockElement::Tag(mut tag) if tag.name() == "else" => {
                    tag.tokens().expect_nothing()?;
                    otherwise = Some(Template::new(block.parse_all(options)?));
                    break;
                }
                BlockElement::Tag(tag) => body.push(tag.parse(&mut block, options)?),
                element => body.push(element.parse(&mut block, options)?),
            }
        }
        block.assert_empty();
        Ok(Box::new(For {
            name: name.unwrap_or_else(|| format!("{var}-{source}")),
            var,
            collection,
            limit,
            offset,
            reversed,
            body: Template::new(body),
            otherwise,
        }))
    }

    fn reflection(&self) -> &dyn BlockReflection {
        self
    }
}

/// An item of the collection: borrowed, or made for the loop (hash pairs,
/// range numbers).
pub(super) enum Item<'a> {
    View(&'a dyn ValueView),
    Made(Value),
}

impl Item<'_> {
    pub(super) fn view(&self) -> &dyn ValueView {
        match self {
            Item::View(v) => *v,
            Item::Made(v) => v,
        }
    }
}

/// Liquid's `Utils.to_integer`.
pub(super) fn to_integer(v: &dyn ValueView) -> liquid_core::Result<i64> {
    match from_view(v) {
        Value::Int(i) => Ok(i),
        Value::Float(f) => Ok(f as i64),
        // Ruby's `Integer(x.to_s)`: arrays, hashes and booleans are not numbers.
        Value::Str(s) => s
            .trim()
            .parse()
            .map_err(|_| liquid_core::Error::with_msg("invalid integer")),
        _ => Err(liquid_core::Error::with_msg("invalid integer")),
    }
}

pub(super) fn items<'a>(v: &'a dyn ValueView) -> Vec<Item<'a>> {
    let shared = crate::value::resolve(v).or_else(|| v.is_object().then(|| from_view(v)));
    if let Some(shared) = shared {
        return match &shared {
            Value::Array(a) => a.iter().map(|i| Item::Made(i.clone())).collect(),
            Value::Hash(h) => h
                .iter()
                .map(|(k, v)| Item::Made(Value::array(vec![Value::str(k), v.clone()])))
                .collect(),
            // A Jekyll drop's `each` yields key and value, of which the
            // loop's one variable takes the key.
            Value::Object(o) if !o.is_hash_at_top() => {
                o.hash().keys().map(|k| Item::Made(Value::str(k))).collect()
            }
            Value::Object(o) => o
                .entries()
                .map(|(k, v)| Item::Made(Value::array(vec![Value::str(k), v.clone()])))
                .collect(),
            _ => Vec::new(),
        };
    }
    if let Some(a) = v.as_array() {
        return a.values().map(Item::View).collect();
    }
    if let Some(o) = v.as_object() {
        return crate::value::object_entries(o)
            .into_iter()
            .map(|(k, v)| Item::Made(Value::array(vec![Value::from(k), from_view(v)])))
            .collect();
    }
    if let Some(s) = v.as_scalar()
        && s.type_name() == "string"
    {
        if s.to_kstr().is_empty() {
            return Vec::new();
        }
        return vec![Item::View(v)];
    }
    Vec::new()
}

fn forloop(name: &str, index0: usize, length: usize, parent: Option<&Value>) -> Value {
    let i = |n: usize| Value::Int(i64::try_from(n).unwrap_or(i64::MAX));
    let mut h = Hash::new();
    h.insert("name".into(), Value::str(name));
    h.insert("length".into(), i(length));
    h.insert("index".into(), i(index0 + 1));
    h.insert("index0".into(), i(index0));
    h.insert("rindex".into(), i(length - index0));
    h.insert("rindex0".into(), i(length - index0 - 1));
    h.insert("first".into(), Value::Bool(index0 == 0));
    h.insert("last".into(), Value::Bool(index0 + 1 == length));
    h.insert("parentloop".into(), parent.cloned().unwrap_or(Value::Nil));
    Value::hash(h)
}

impl Renderable for For {
    fn render_to(&self, writer: &mut dyn Write, runtime: &dyn Runtime) -> liquid_core::Result<()> {
        let from = match &self.offset {
            Offset::None => 0,
            Offset::Continue => runtime
                .registers()
                .get_mut::<Offsets>()
                .0
                .get(&self.name)
                .copied()
                .unwrap_or(0),
            Offset::At(e) => {
                let v = e.evaluate(runtime)?;
                if v.is_nil() {
                    0
                } else {
                    to_integer(v.as_view())?
                }
            }
        };
        let collection: ValueCow<'_>;
        let mut all = match &self.collection {
            Collection::Value(e) => {
                collection = e.evaluate(runtime)?;
                items(collection.as_view())
            }
            Collection::Range(a, b) => {
                let start = to_integer(a.evaluate(runtime)?.as_view())?;
                let end = to_integer(b.evaluate(runtime)?.as_view())?;
                (start..=end).map(|n| Item::Made(Value::Int(n))).collect()
            }
        };
        let to = match &self.limit {
            None => None,
            Some(e) => {
                let v = e.evaluate(runtime)?;
                if v.is_nil() {
                    None
                } else {
                    Some(to_integer(v.as_view())? + from)
                }
            }
        };
        let from_u = usize::try_from(from.max(0)).unwrap_or(usize::MAX);
        let end = match to {
            Some(t) => usize::try_from(t.max(0))
                .unwrap_or(usize::MAX)
                .min(all.len()),
            None => all.len(),
        };
        let mut segment: Vec<Item<'_>> = if from_u < end {
            all.drain(from_u..end).collect()
        } else {
            Vec::new()
        };
        if self.reversed {
            segment.reverse();
        }
        runtime.registers().get_mut::<Offsets>().0.insert(
            self.name.clone(),
            from + i64::try_from(segment.len()).unwrap_or(0),
        );
        if segment.is_empty() {
            if let Some(t) = &self.otherwise {
                t.render_to(writer, runtime)?;
            }
            return Ok(());
        }
        let parent = runtime.registers().get_mut::<LoopStack>().0.last().cloned();
        let length = segment.len();
        for (i, item) in segment.iter().enumerate() {
            let forloop = forloop(&self.name, i, length, parent.as_ref());
            runtime
                .registers()
                .get_mut::<LoopStack>()
                .0
                .push(forloop.clone());
            let frame = Frame::new(
                runtime,
                vec![("forloop", &forloop), (self.var.as_str(), item.view())],
            );
            let result = self.body.render_to(writer, &frame);
            runtime.registers().get_mut::<LoopStack>().0.pop();
            result?;
            let interrupt = runtime.registers().get_mut::<InterruptRegister>().reset();
            if interrupt == Some(Interrupt::Break) {
                break;
            }
        }
        Ok(())
    }
}
