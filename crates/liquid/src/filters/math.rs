//! Liquid's math filters with Ruby's numbers: integers stay integers
//! (floored division and modulo), floats are computed as `BigDecimal` the
//! way `Utils.to_number` makes them, so `0.1 | plus: 0.2` is `0.3`.

use std::cmp::Ordering;

use super::text::ruby_to_i;
use super::{Call, Out};
use crate::value::{Value, float_to_s};

/// A decimal `m / 10^s`, Ruby's `BigDecimal` for the values templates use.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Dec {
    m: i128,
    s: u32,
}

/// Ruby's numbers as Liquid's `Utils.to_number` makes them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Num {
    Int(i64),
    Dec(Dec),
    Float(f64),
}

fn pow10(s: u32) -> Option<i128> {
    10i128.checked_pow(s)
}

impl Dec {
    fn parse(text: &str) -> Option<Dec> {
        let t = text.trim();
        let (neg, t) = match t.strip_prefix('-') {
            Some(r) => (true, r),
            None => (false, t.strip_prefix('+').unwrap_or(t)),
        };
        let (mant, exp) = match t.split_once(['e', 'E']) {
            Some((m, e)) => (m, e.parse::<i32>().ok()?),
            None => (t, 0),
        };
        let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
        let digits = format!("{int}{frac}");
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let mut m: i128 = digits.parse().ok()?;
        let mut scale = i32::try_from(frac.len()).ok()? - exp;
        if scale < 0 {
            m = m.checked_mul(pow10(u32::try_from(-scale).ok()?)?)?;
            scale = 0;
        }
        Some(
            Dec {
                m: if neg { -m } else { m },
                s: u32::try_from(scale).ok()?,
            }
            .trim(),
        )
    }

    fn trim(mut self) -> Dec {
        while self.s > 0 && self.m % 10 == 0 {
            self.m /= 10;
            self.s -= 1;
        }
        self
    }

    fn align(a: Dec, b: Dec) -> Option<(i128, i128, u32)> {
        let s = a.s.max(b.s);
        Some((
            a.m.checked_mul(pow10(s - a.s)?)?,
            b.m.checked_mul(pow10(s - b.s)?)?,
            s,
        ))
    }

    fn to_f64(self) -> f64 {
        let sign = if self.m < 0 { "-" } else { "" };
        let digits = self.m.unsigned_abs().to_string();
        let s = self.s as usize;
        let text = if s == 0 {
            format!("{sign}{digits}")
        } else if digits.len() > s {
            format!(
                "{sign}{}.{}",
                &digits[..digits.len() - s],
                &digits[digits.len() - s..]
            )
        } else {
            format!("{sign}0.{}{digits}", "0".repeat(s - digits.len()))
        };
        text.parse().unwrap_or(0.0)
    }

    fn from_int(i: i64) -> Dec {
        Dec {
            m: i128::from(i),
            s: 0,
        }
    }

    /// Rounds half away from zero to `digits` decimals.
    fn round(self, digits: i64) -> Option<Dec> {
        if digits >= i64::from(self.s) {
            return Some(self);
        }
        let drop = u32::try_from(i64::from(self.s) - digits).ok()?;
        let p = pow10(drop)?;
        let q = self.m / p;
        let r = (self.m % p).abs();
        let up = r * 2 >= p;
        let q = if up { q + self.m.signum() } else { q };
        if digits >= 0 {
            Some(
                Dec {
                    m: q,
                    s: u32::try_from(digits).ok()?,
                }
                .trim(),
            )
        } else {
            let back = u32::try_from(-digits).ok()?;
            Some(Dec {
                m: q.checked_mul(pow10(back)?)?,
                s: 0,
            })
        }
    }
}

impl Num {
    /// Liquid's `Utils.to_number`.
    pub(crate) fn of(v: &Value) -> Num {
        match v {
            Value::Int(i) => Num::Int(*i),
            Value::Float(f) if f.is_finite() => {
                Dec::parse(&float_to_s(*f)).map_or(Num::Float(*f), Num::Dec)
            }
            Value::Float(f) => Num::Float(*f),
            Value::Str(s) => {
                let t = s.trim();
                let body = t.strip_prefix('-').unwrap_or(t);
                let decimal = body.split_once('.').is_some_and(|(a, b)| {
                    !a.is_empty()
                        && !b.is_empty()
                        && a.bytes().all(|c| c.is_ascii_digit())
                        && b.bytes().all(|c| c.is_ascii_digit())
                });
                if decimal {
                    Dec::parse(t).map_or_else(|| Num::Float(t.parse().unwrap_or(0.0)), Num::Dec)
                } else {
                    Num::Int(ruby_to_i(s))
                }
            }
            _ => Num::Int(0),
        }
    }

    fn f64(self) -> f64 {
        match self {
            Num::Int(i) => i as f64,
            Num::Dec(d) => d.to_f64(),
            Num::Float(f) => f,
        }
    }

    fn dec(self) -> Option<Dec> {
        match self {
            Num::Int(i) => Some(Dec::from_int(i)),
            Num::Dec(d) => Some(d),
            Num::Float(_) => None,
        }
    }

    /// The value a filter returns: `BigDecimal` results become floats.
    pub(crate) fn value(self) -> Value {
        match self {
            Num::Int(i) => Value::Int(i),
            Num::Dec(d) => Value::Float(d.to_f64()),
            Num::Float(f) => Value::Float(f),
        }
    }

    fn cmp(self, other: Num) -> Option<Ordering> {
        match (self, other) {
            (Num::Int(a), Num::Int(b)) => Some(a.cmp(&b)),
            (a, b) => match (a.dec(), b.dec()) {
                (Some(x), Some(y)) => Dec::align(x, y).map(|(p, q, _)| p.cmp(&q)),
                _ => a.f64().partial_cmp(&b.f64()),
            },
        }
    }
}

enum Op {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
}

fn apply(a: Num, b: Num, op: &Op) -> Result<Num, String> {
    if let (Num::Int(x), Num::Int(y)) = (a, b) {
        let r = match op {
            Op::Add => x.checked_add(y),
            Op::Sub => x.checked_sub(y),
            Op::Mul => x.checked_mul(y),
            Op::Div if y == 0 => return Err("divided by 0".to_owned()),
            Op::Div => Some(x.div_euclid(y) - i64::from(y < 0 && x.rem_euclid(y) != 0)),
            Op::Mod if y == 0 => return Err("divided by 0".to_owned()),
            Op::Mod => Some({
                let r = x % y;
                if r != 0 && (r < 0) != (y < 0) {
                    r + y
                } else {
                    r
                }
            }),
        };
        if let Some(r) = r {
            return Ok(Num::Int(r));
        }
    }
    if let (Some(x), Some(y)) = (a.dec(), b.dec()) {
        let exact = match op {
            Op::Add => Dec::align(x, y).and_then(|(p, q, s)| {
                Some(Dec {
                    m: p.checked_add(q)?,
                    s,
                })
            }),
            Op::Sub => Dec::align(x, y).and_then(|(p, q, s)| {
                Some(Dec {
                    m: p.checked_sub(q)?,
                    s,
                })
            }),
            Op::Mul => x.m.checked_mul(y.m).map(|m| Dec { m, s: x.s + y.s }),
            Op::Mod if y.m != 0 => Dec::align(x, y).map(|(p, q, s)| {
                let r = p % q;
                let r = if r != 0 && (r < 0) != (q < 0) {
                    r + q
                } else {
                    r
                };
                Dec { m: r, s }
            }),
            _ => None,
        };
        if let Some(d) = exact {
            return Ok(Num::Dec(d.trim()));
        }
        // BigDecimal: `x / 0` is ±Infinity (NaN for 0 / 0); `x % 0` raises.
        if y.m == 0 {
            return match op {
                Op::Div => Ok(Num::Float(match x.m.cmp(&0) {
                    Ordering::Greater => f64::INFINITY,
                    Ordering::Less => f64::NEG_INFINITY,
                    Ordering::Equal => f64::NAN,
                })),
                _ => Err("divided by 0".to_owned()),
            };
        }
    }
    let (x, y) = (a.f64(), b.f64());
    Ok(Num::Float(match op {
        Op::Add => x + y,
        Op::Sub => x - y,
        Op::Mul => x * y,
        Op::Div => x / y,
        Op::Mod => x - y * (x / y).floor(),
    }))
}

fn op(call: &Call<'_>, op: Op) -> Result<Out, String> {
    let r = apply(Num::of(&call.input_value()), Num::of(&call.value(0)), &op)?;
    Ok(r.value().into())
}

/// `plus`.
pub(super) fn plus(call: &Call<'_>) -> Result<Out, String> {
    op(call, Op::Add)
}

/// `minus`.
pub(super) fn minus(call: &Call<'_>) -> Result<Out, String> {
    op(call, Op::Sub)
}

/// `times`.
pub(super) fn times(call: &Call<'_>) -> Result<Out, String> {
    op(call, Op::Mul)
}

/// `divided_by`: floored for integers.
pub(super) fn divided_by(call: &Call<'_>) -> Result<Out, String> {
    op(call, Op::Div)
}

/// `modulo`: Ruby's `%` (the sign of the divisor).
pub(super) fn modulo(call: &Call<'_>) -> Result<Out, String> {
    op(call, Op::Mod)
}

/// `abs`.
pub(super) fn abs(call: &Call<'_>) -> Result<Out, String> {
    let r = match Num::of(&call.input_value()) {
        Num::Int(i) => Num::Int(i.saturating_abs()),
        Num::Dec(d) => Num::Dec(Dec {
            m: d.m.abs(),
            s: d.s,
        }),
        Num::Float(f) => Num::Float(f.abs()),
    };
    Ok(r.value().into())
}

fn bound(call: &Call<'_>, keep: Ordering) -> Result<Out, String> {
    let limit = Num::of(&call.value(0));
    let input = Num::of(&call.input_value());
    let r = if limit.cmp(input) == Some(keep) {
        limit
    } else {
        input
    };
    Ok(r.value().into())
}

/// `at_least`.
pub(super) fn at_least(call: &Call<'_>) -> Result<Out, String> {
    bound(call, Ordering::Greater)
}

/// `at_most`.
pub(super) fn at_most(call: &Call<'_>) -> Result<Out, String> {
    bound(call, Ordering::Less)
}

fn to_int(f: f64) -> Result<Value, String> {
    if f.is_finite() {
        Ok(Value::Int(f as i64))
    } else {
        Err(float_to_s(f))
    }
}

/// `ceil`.
pub(super) fn ceil(call: &Call<'_>) -> Result<Out, String> {
    match Num::of(&call.input_value()) {
        Num::Int(i) => Ok(Value::Int(i).into()),
        n => Ok(to_int(n.f64().ceil())?.into()),
    }
}

/// `floor`.
pub(super) fn floor(call: &Call<'_>) -> Result<Out, String> {
    match Num::of(&call.input_value()) {
        Num::Int(i) => Ok(Value::Int(i).into()),
        n => Ok(to_int(n.f64().floor())?.into()),
    }
}

/// `round`, `round: digits`.
pub(super) fn round(call: &Call<'_>) -> Result<Out, String> {
    let digits = match Num::of(&call.value(0)) {
        Num::Int(i) => i,
        n => n.f64() as i64,
    };
    let input = Num::of(&call.input_value());
    let r = match input {
        Num::Int(i) if digits >= 0 => Value::Int(i),
        Num::Int(i) => Dec::from_int(i)
            .round(digits)
            .map_or(Value::Int(i), |d| Value::Int(d.m as i64)),
        Num::Dec(d) => match d.round(digits) {
            Some(r) if digits <= 0 => {
                Value::Int(i64::try_from(r.m / pow10(r.s).unwrap_or(1)).unwrap_or(0))
            }
            Some(r) => Value::Float(r.to_f64()),
            None => Value::Float(d.to_f64()),
        },
        Num::Float(f) if !f.is_finite() => return Err(float_to_s(f)),
        Num::Float(f) => Value::Float(f),
    };
    Ok(r.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn calc(a: Value, b: Value, o: Op) -> Value {
        apply(Num::of(&a), Num::of(&b), &o)
            .map(Num::value)
            .unwrap_or(Value::Nil)
    }

    #[test]
    fn decimals_are_exact_like_bigdecimal() {
        assert_eq!(
            calc(Value::Float(0.1), Value::Float(0.2), Op::Add),
            Value::Float(0.3)
        );
        assert_eq!(calc(Value::Int(-7), Value::Int(2), Op::Div), Value::Int(-4));
        assert_eq!(calc(Value::Int(-7), Value::Int(2), Op::Mod), Value::Int(1));
        assert_eq!(
            calc(Value::str("2.5"), Value::Int(2), Op::Mul),
            Value::Float(5.0)
        );
        assert_eq!(
            Dec::parse("2.5").and_then(|d| d.round(0)).map(|d| d.m),
            Some(3)
        );
        assert_eq!(
            Dec::parse("-2.5").and_then(|d| d.round(0)).map(|d| d.m),
            Some(-3)
        );
    }
}
