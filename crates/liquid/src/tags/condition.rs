//! Ruby Liquid's conditions: comparisons with Ruby's `==` and `<=>`,
//! `contains`, `blank`/`empty`, and `and`/`or` grouped from the right.

use liquid_core::Runtime;
use liquid_core::model::{State, ValueCow, ValueView};
use liquid_core::parser::{TagToken, TryMatchToken};
use liquid_core::runtime::Expression;

use crate::value::{Value, from_view};

/// An operand: a value, or a range `(a..b)`.
#[derive(Debug)]
pub(crate) enum Operand {
    Value(Expression),
    Range(Expression, Expression),
}

/// One comparison.
#[derive(Debug)]
pub(crate) struct Comparison {
    left: Operand,
    op: Option<(String, Operand)>,
}

/// Comparisons joined by `and` / `or`, evaluated from the left with the
/// grouping Ruby's parser gives them (`a and b or c` is `a and (b or c)`).
#[derive(Debug)]
pub(crate) struct Condition {
    first: Comparison,
    rest: Vec<(bool, Comparison)>,
}

const OPERATORS: &[&str] = &["==", "!=", "<>", "<", ">", "<=", ">=", "contains"];

fn operand(token: TagToken<'_>) -> liquid_core::Result<Operand> {
    match token.expect_value() {
        TryMatchToken::Matches(v) => Ok(Operand::Value(v)),
        TryMatchToken::Fails(token) => match token.expect_range() {
            TryMatchToken::Matches((a, b)) => Ok(Operand::Range(a, b)),
            TryMatchToken::Fails(token) => Err(token.raise_error()),
        },
    }
}

impl Condition {
    /// Parses the tokens of an `if` / `elsif` / `unless` tag.
    pub(crate) fn parse(tokens: Vec<TagToken<'_>>) -> liquid_core::Result<Condition> {
        let mut it = tokens.into_iter().peekable();
        let mut parts: Vec<(Option<bool>, Comparison)> = Vec::new();
        let mut join = None;
        loop {
            let Some(token) = it.next() else {
                return Err(liquid_core::Error::with_msg(
                    "Syntax Error in tag 'if' - Valid syntax: if [expression]",
                ));
            };
            let left = operand(token)?;
            let op = match it.peek().map(|t| t.as_str().to_owned()) {
                Some(op) if OPERATORS.contains(&op.as_str()) => {
                    it.next();
                    let right = it.next().ok_or_else(|| {
                        liquid_core::Error::with_msg(format!("Expected a value after {op}"))
                    })?;
                    Some((op, operand(right)?))
                }
                _ => None,
            };
            parts.push((join, Comparison { left, op }));
            match it.next() {
                None => break,
                Some(t) if t.as_str() == "and" => join = Some(true),
                Some(t) if t.as_str() == "or" => join = Some(false),
                Some(t) => return Err(t.raise_custom_error("\"and\" or \"or\" expected")),
            }
        }
        let mut parts = parts.into_iter();
        let Some((_, first)) = parts.next() else {
            return Err(liquid_core::Error::with_msg("empty condition"));
        };
        Ok(Condition {
            first,
            rest: parts.map(|(j, c)| (j.unwrap_or(true), c)).collect(),
        })
    }

    /// Evaluates the condition.
    pub(crate) fn evaluate(&self, runtime: &dyn Runtime) -> liquid_core::Result<bool> {
        let mut result = self.first.evaluate(runtime)?;
        for (and, comparison) in &self.rest {
            if *and && !result || !*and && result {
                return Ok(result);
            }
            result = comparison.evaluate(runtime)?;
        }
        Ok(result)
    }
}

/// A value for comparing: the value, or a `blank` / `empty` literal.
enum Side<'a> {
    Value(ValueCow<'a>),
    Literal(State),
}

impl Operand {
    fn evaluate<'r>(&'r self, runtime: &'r dyn Runtime) -> liquid_core::Result<Side<'r>> {
        match self {
            Operand::Value(e) => {
                let v = e.evaluate(runtime)?;
                if let Some(state) = v.as_state() {
                    // A variable holding `blank` or `empty` (`assign x = blank`)
                    // holds Ruby's `to_liquid` of them: an empty string.
                    if !matches!(e, Expression::Literal(_)) {
                        return Ok(Side::Value(ValueCow::Owned(liquid_core::Value::scalar(""))));
                    }
                    return Ok(Side::Literal(state));
                }
                Ok(Side::Value(v))
            }
            Operand::Range(a, b) => {
                let start = int(a.evaluate(runtime)?.as_view());
                let end = int(b.evaluate(runtime)?.as_view());
                let items: Vec<liquid_core::Value> =
                    (start..=end).map(liquid_core::Value::scalar).collect();
                Ok(Side::Value(ValueCow::Owned(liquid_core::Value::Array(
                    items,
                ))))
            }
        }
    }
}

fn int(v: &dyn ValueView) -> i64 {
    match from_view(v) {
        Value::Int(i) => i,
        Value::Float(f) => f as i64,
        other => other.to_ruby_string().trim().parse().unwrap_or(0),
    }
}

/// Ruby truthiness of a view.
pub(crate) fn truthy(v: &dyn ValueView) -> bool {
    if v.is_nil() {
        return false;
    }
    if v.as_state().is_some() {
        return true;
    }
    !v.as_scalar()
        .is_some_and(|s| s.type_name() == "boolean" && s.to_bool() == Some(false))
}

/// Ruby's `empty?`; `None` where the value has no such method.
fn empty(v: &dyn ValueView) -> Option<bool> {
    if let Some(shared) = crate::value::resolve(v) {
        return empty(&shared);
    }
    if let Some(a) = v.as_array() {
        return Some(a.size() == 0);
    }
    if let Some(o) = v.as_object() {
        return Some(o.size() == 0);
    }
    v.as_scalar()
        .filter(|s| s.type_name() == "string")
        .map(|s| s.to_kstr().is_empty())
}

/// Ruby's `==` between two views.
pub(crate) fn ruby_eq(a: &dyn ValueView, b: &dyn ValueView) -> bool {
    let (ra, rb) = (crate::value::resolve(a), crate::value::resolve(b));
    if ra.is_some() || rb.is_some() {
        let a = ra.as_ref().map_or(a, |v| v as &dyn ValueView);
        let b = rb.as_ref().map_or(b, |v| v as &dyn ValueView);
        return ruby_eq(a, b);
    }
    if a.is_nil() || b.is_nil() {
        return a.is_nil() && b.is_nil();
    }
    if let (Some(x), Some(y)) = (a.as_array(), b.as_array()) {
        return x.size() == y.size() && x.values().zip(y.values()).all(|(p, q)| ruby_eq(p, q));
    }
    if a.is_object() && b.is_object() {
        // Documents are equal to themselves only; a page's hash by its content.
        match (from_view(a).to_liquid(), from_view(b).to_liquid()) {
            (Value::Object(p), Value::Object(q)) => return p == q,
            (Value::Object(p), Value::Hash(h)) | (Value::Hash(h), Value::Object(p)) => {
                return p.is_hash_at_top() && p.hash() == &*h;
            }
            _ => {}
        }
    }
    if let (Some(x), Some(y)) = (a.as_object(), b.as_object()) {
        let (x, y) = (
            crate::value::object_entries(x),
            crate::value::object_entries(y),
        );
        return x.len() == y.len()
            && x.iter()
                .all(|(k, v)| y.iter().any(|(l, w)| k == l && ruby_eq(*v, *w)));
    }
    match (a.as_scalar(), b.as_scalar()) {
        (Some(x), Some(y)) => {
            let (x, y) = (crate::value::from_view(&x), crate::value::from_view(&y));
            match (&x, &y) {
                (Value::Int(p), Value::Float(q)) | (Value::Float(q), Value::Int(p)) => {
                    (*p as f64) == *q
                }
                _ => x == y,
            }
        }
        _ => false,
    }
}

fn compare(op: &str, left: &dyn ValueView, right: &dyn ValueView) -> liquid_core::Result<bool> {
    let (l, r) = (from_view(left), from_view(right));
    let comparable = |v: &Value| {
        matches!(
            v,
            Value::Int(_)
                | Value::Float(_)
                | Value::Str(_)
                | Value::Date(_)
                | Value::Time(_)
                | Value::TimeUtc(_)
        )
    };
    if !comparable(&l) || !comparable(&r) {
        return Ok(false);
    }
    let Some(ord) = crate::filters::ruby_cmp(&l, &r) else {
        let class = match l {
            Value::Int(_) => "Integer",
            Value::Float(_) => "Float",
            Value::Str(_) => "String",
            _ => "Object",
        };
        return Err(liquid_core::Error::with_msg(format!(
            "comparison of {class} with {} failed",
            r.inspect()
        )));
    };
    Ok(match op {
        "<" => ord.is_lt(),
        ">" => ord.is_gt(),
        "<=" => ord.is_le(),
        _ => ord.is_ge(),
    })
}

fn contains(left: &dyn ValueView, right: &dyn ValueView) -> bool {
    if let Some(shared) = crate::value::resolve(left) {
        return contains(&shared, right);
    }
    if !truthy(left) || !truthy(right) {
        return false;
    }
    if let Some(a) = left.as_array() {
        // `Array#include?`: the items as they are (a raw document is not the drop
        // a lookup gives).
        if right.is_object()
            && let needle @ Value::Object(_) = from_view(right).to_liquid()
        {
            return a.values().any(|v| from_view(v) == needle);
        }
        return a.values().any(|v| ruby_eq(v, right));
    }
    if let Some(o) = left.as_object() {
        return o.contains_key(right.to_kstr().as_str());
    }
    if let Some(s) = left.as_scalar()
        && s.type_name() == "string"
    {
        return s
            .to_kstr()
            .contains(from_view(right).to_ruby_string().as_str());
    }
    false
}

fn equal(left: &Side<'_>, right: &Side<'_>) -> bool {
    let method = |state: State, v: &dyn ValueView| match state {
        State::Empty => empty(v) == Some(true),
        // Plain Ruby has no `blank?`: comparing with `blank` is never true.
        _ => false,
    };
    match (left, right) {
        (Side::Literal(s), Side::Value(v)) | (Side::Value(v), Side::Literal(s)) => {
            method(*s, v.as_view())
        }
        (Side::Literal(_), Side::Literal(_)) => false,
        (Side::Value(a), Side::Value(b)) => ruby_eq(a.as_view(), b.as_view()),
    }
}

impl Comparison {
    fn evaluate(&self, runtime: &dyn Runtime) -> liquid_core::Result<bool> {
        let left = self.left.evaluate(runtime)?;
        let Some((op, right)) = &self.op else {
            return Ok(match &left {
                Side::Literal(_) => true,
                Side::Value(v) => truthy(v.as_view()),
            });
        };
        let right = right.evaluate(runtime)?;
        match op.as_str() {
            "==" => Ok(equal(&left, &right)),
            "!=" | "<>" => Ok(!equal(&left, &right)),
            _ => {
                let (Side::Value(l), Side::Value(r)) = (&left, &right) else {
                    return Ok(false);
                };
                if op == "contains" {
                    Ok(contains(l.as_view(), r.as_view()))
                } else {
                    compare(op, l.as_view(), r.as_view())
                }
            }
        }
    }
}
