//! The Ruby expressions of jekyll-datapage-generator's `filter_condition`,
//! `name_expr` and `title_expr`, evaluated with `record` bound: the forms real
//! configurations use (`record['decision'] == 'ACCEPT'`, `!=`, `<`, `&&`, `||`,
//! `!`, parentheses, `+`, `.to_s`), and an error for any other Ruby.

use hyde_liquid::Value;

/// A parsed expression.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Expr {
    /// `record`.
    Record,
    /// A string, number, `true`, `false` or `nil`.
    Literal(Value),
    /// `target['key']` or `target[0]`.
    Index(Box<Expr>, Box<Expr>),
    /// `target.method` (`to_s`, `downcase`, `upcase`, `strip`, `nil?`, `empty?`).
    Call(Box<Expr>, String),
    /// `!operand`.
    Not(Box<Expr>),
    /// `left OP right`.
    Binary(Box<Expr>, Op, Box<Expr>),
}

/// A binary operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Op {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    And,
    Or,
    Add,
}

/// Why an expression cannot be evaluated; `at` is a 0-based byte offset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ExprError {
    pub(crate) at: usize,
    pub(crate) message: String,
}

impl std::fmt::Display for ExprError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} (at column {})", self.message, self.at + 1)
    }
}

const METHODS: &[&str] = &["to_s", "downcase", "upcase", "strip", "nil?", "empty?"];

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Ident(String),
    Str(String),
    Int(i64),
    Float(f64),
    Punct(&'static str),
    /// Something outside the supported forms, reported when the parser reaches it.
    Bad(char),
}

fn tokenize(src: &str) -> Result<Vec<(usize, Token)>, ExprError> {
    let bytes = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let err = |at: usize, message: String| ExprError { at, message };
    while i < bytes.len() {
        let c = bytes[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        if c == b'\'' || c == b'"' {
            let mut s = String::new();
            i += 1;
            loop {
                let Some(ch) = src[i..].chars().next() else {
                    return Err(err(start, "unterminated string".into()));
                };
                i += ch.len_utf8();
                if ch as u32 == u32::from(c) {
                    break;
                }
                if ch == '\\' {
                    let Some(next) = src[i..].chars().next() else {
                        return Err(err(start, "unterminated string".into()));
                    };
                    i += next.len_utf8();
                    match (c, next) {
                        (b'\'', '\'' | '\\') => s.push(next),
                        (b'\'', _) => {
                            s.push('\\');
                            s.push(next);
                        }
                        (_, 'n') => s.push('\n'),
                        (_, 't') => s.push('\t'),
                        (_, _) => s.push(next),
                    }
                    continue;
                }
                if c == b'"' && ch == '#' && src[i..].starts_with('{') {
                    return Err(err(i - 1, "string interpolation is not supported".into()));
                }
                s.push(ch);
            }
            out.push((start, Token::Str(s)));
            continue;
        }
        if c.is_ascii_digit() {
            while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b'_') {
                i += 1;
            }
            let is_float = i + 1 < bytes.len() && bytes[i] == b'.' && bytes[i + 1].is_ascii_digit();
            if is_float {
                i += 1;
                while i < bytes.len() && bytes[i].is_ascii_digit() {
                    i += 1;
                }
            }
            let text = src[start..i].replace('_', "");
            let token = if is_float {
                Token::Float(
                    text.parse()
                        .map_err(|_| err(start, format!("bad number {text}")))?,
                )
            } else {
                Token::Int(
                    text.parse()
                        .map_err(|_| err(start, format!("bad number {text}")))?,
                )
            };
            out.push((start, token));
            continue;
        }
        if c.is_ascii_alphabetic() || c == b'_' {
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                i += 1;
            }
            if i < bytes.len()
                && (bytes[i] == b'?' || bytes[i] == b'!')
                && !src[i..].starts_with("!=")
            {
                i += 1;
            }
            out.push((start, Token::Ident(src[start..i].to_owned())));
            continue;
        }
        let punct = [
            "==", "!=", "<=", ">=", "&&", "||", "<", ">", "!", "(", ")", "[", "]", ".", "+",
        ]
        .into_iter()
        .find(|p| src[i..].starts_with(p));
        match punct {
            Some(p) => {
                i += p.len();
                out.push((start, Token::Punct(p)));
            }
            None => {
                let ch = src[i..].chars().next().unwrap_or('?');
                i += ch.len_utf8();
                out.push((start, Token::Bad(ch)));
            }
        }
    }
    Ok(out)
}

struct Parser {
    tokens: Vec<(usize, Token)>,
    pos: usize,
    len: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.pos).map(|(_, t)| t)
    }

    fn at(&self) -> usize {
        self.tokens.get(self.pos).map_or(self.len, |(at, _)| *at)
    }

    fn error<T>(&self, message: impl Into<String>) -> Result<T, ExprError> {
        Err(ExprError {
            at: self.at(),
            message: message.into(),
        })
    }

    fn eat(&mut self, p: &str) -> bool {
        if let Some(Token::Punct(q)) = self.peek()
            && *q == p
        {
            self.pos += 1;
            return true;
        }
        if let Some(Token::Ident(word)) = self.peek()
            && matches!(
                (word.as_str(), p),
                ("and", "&&") | ("or", "||") | ("not", "!")
            )
        {
            self.pos += 1;
            return true;
        }
        false
    }

    fn expect(&mut self, p: &str) -> Result<(), ExprError> {
        if self.eat(p) {
            Ok(())
        } else {
            self.error(format!("expected `{p}`"))
        }
    }

    fn or(&mut self) -> Result<Expr, ExprError> {
        let mut left = self.and()?;
        while self.eat("||") {
            left = Expr::Binary(Box::new(left), Op::Or, Box::new(self.and()?));
        }
        Ok(left)
    }

    fn and(&mut self) -> Result<Expr, ExprError> {
        let mut left = self.not()?;
        while self.eat("&&") {
            left = Expr::Binary(Box::new(left), Op::And, Box::new(self.not()?));
        }
        Ok(left)
    }

    fn not(&mut self) -> Result<Expr, ExprError> {
        if self.eat("!") {
            return Ok(Expr::Not(Box::new(self.not()?)));
        }
        self.comparison()
    }

    fn comparison(&mut self) -> Result<Expr, ExprError> {
        let left = self.sum()?;
        for (p, op) in [
            ("==", Op::Eq),
            ("!=", Op::Ne),
            ("<=", Op::Le),
            (">=", Op::Ge),
            ("<", Op::Lt),
            (">", Op::Gt),
        ] {
            if self.eat(p) {
                return Ok(Expr::Binary(Box::new(left), op, Box::new(self.sum()?)));
            }
        }
        Ok(left)
    }

    fn sum(&mut self) -> Result<Expr, ExprError> {
        let mut left = self.postfix()?;
        while self.eat("+") {
            left = Expr::Binary(Box::new(left), Op::Add, Box::new(self.postfix()?));
        }
        Ok(left)
    }

    fn postfix(&mut self) -> Result<Expr, ExprError> {
        let mut e = self.primary()?;
        loop {
            if self.eat("[") {
                let key = self.or()?;
                self.expect("]")?;
                e = Expr::Index(Box::new(e), Box::new(key));
            } else if self.eat(".") {
                match self.peek().cloned() {
                    Some(Token::Ident(m)) if METHODS.contains(&m.as_str()) => {
                        self.pos += 1;
                        e = Expr::Call(Box::new(e), m);
                    }
                    Some(Token::Ident(m)) => {
                        return self.error(format!("unsupported method `{m}`"));
                    }
                    _ => return self.error("expected a method name"),
                }
            } else {
                return Ok(e);
            }
        }
    }

    fn primary(&mut self) -> Result<Expr, ExprError> {
        let Some(token) = self.peek().cloned() else {
            return self.error("unexpected end of the expression");
        };
        if self.eat("(") {
            let e = self.or()?;
            self.expect(")")?;
            return Ok(e);
        }
        let e = match token {
            Token::Ident(w) => match w.as_str() {
                "record" => Expr::Record,
                "true" => Expr::Literal(Value::Bool(true)),
                "false" => Expr::Literal(Value::Bool(false)),
                "nil" => Expr::Literal(Value::Nil),
                _ => return self.error(format!("unsupported Ruby `{w}` (only `record` is bound)")),
            },
            Token::Str(s) => Expr::Literal(Value::str(s)),
            Token::Int(i) => Expr::Literal(Value::Int(i)),
            Token::Float(f) => Expr::Literal(Value::Float(f)),
            Token::Punct(p) => return self.error(format!("unexpected `{p}`")),
            Token::Bad(c) => return self.error(format!("unsupported Ruby `{c}`")),
        };
        self.pos += 1;
        Ok(e)
    }
}

/// Parses a Ruby expression.
pub(crate) fn parse(src: &str) -> Result<Expr, ExprError> {
    let tokens = tokenize(src)?;
    let mut parser = Parser {
        tokens,
        pos: 0,
        len: src.len(),
    };
    let e = parser.or()?;
    match parser.peek() {
        None => {}
        Some(Token::Bad(c)) => return parser.error(format!("unsupported Ruby `{c}`")),
        Some(_) => return parser.error("unexpected text after the expression"),
    }
    Ok(e)
}

/// Ruby's `==` (numbers compare by value across Integer and Float).
fn ruby_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => (*x as f64) == *y,
        _ => a == b,
    }
}

impl Expr {
    /// Evaluates with `record` bound; errors are Ruby's (`NoMethodError` on nil…).
    pub(crate) fn eval(&self, record: &Value) -> Result<Value, String> {
        Ok(match self {
            Expr::Record => record.clone(),
            Expr::Literal(v) => v.clone(),
            Expr::Index(target, key) => {
                let target = target.eval(record)?;
                let key = key.eval(record)?;
                match (&target, &key) {
                    (Value::Hash(h), _) => h
                        .get(&hyde::liquid::Value::to_ruby_string(&key))
                        .cloned()
                        .unwrap_or(Value::Nil),
                    (Value::Array(a), Value::Int(i)) => {
                        let idx = if *i < 0 { a.len() as i64 + i } else { *i };
                        usize::try_from(idx)
                            .ok()
                            .and_then(|i| a.get(i))
                            .cloned()
                            .unwrap_or(Value::Nil)
                    }
                    (Value::Nil, _) => {
                        return Err(format!(
                            "undefined method `[]' for nil (key {})",
                            key.inspect()
                        ));
                    }
                    _ => {
                        return Err(format!(
                            "cannot index {} with {}",
                            target.inspect(),
                            key.inspect()
                        ));
                    }
                }
            }
            Expr::Call(target, method) => {
                let v = target.eval(record)?;
                match (method.as_str(), &v) {
                    ("to_s", _) => Value::str(hyde::liquid::Value::to_ruby_string(&v)),
                    ("nil?", _) => Value::Bool(v.is_nil()),
                    ("empty?", Value::Str(s)) => Value::Bool(s.is_empty()),
                    ("empty?", Value::Array(a)) => Value::Bool(a.is_empty()),
                    ("empty?", Value::Hash(h)) => Value::Bool(h.is_empty()),
                    ("downcase", Value::Str(s)) => Value::str(s.to_lowercase()),
                    ("upcase", Value::Str(s)) => Value::str(s.to_uppercase()),
                    ("strip", Value::Str(s)) => {
                        Value::str(s.trim_matches(|c: char| c.is_ascii_whitespace() || c == '\0'))
                    }
                    _ => return Err(format!("undefined method `{method}' for {}", v.inspect())),
                }
            }
            Expr::Not(e) => Value::Bool(!e.eval(record)?.is_truthy()),
            Expr::Binary(l, Op::And, r) => {
                let left = l.eval(record)?;
                if left.is_truthy() {
                    r.eval(record)?
                } else {
                    left
                }
            }
            Expr::Binary(l, Op::Or, r) => {
                let left = l.eval(record)?;
                if left.is_truthy() {
                    left
                } else {
                    r.eval(record)?
                }
            }
            Expr::Binary(l, op, r) => {
                let (a, b) = (l.eval(record)?, r.eval(record)?);
                match op {
                    Op::Eq => Value::Bool(ruby_eq(&a, &b)),
                    Op::Ne => Value::Bool(!ruby_eq(&a, &b)),
                    Op::Add => match (&a, &b) {
                        (Value::Str(x), Value::Str(y)) => Value::str(format!("{x}{y}")),
                        (Value::Int(x), Value::Int(y)) => Value::Int(x.wrapping_add(*y)),
                        (Value::Int(_) | Value::Float(_), Value::Int(_) | Value::Float(_)) => {
                            Value::Float(as_f64(&a) + as_f64(&b))
                        }
                        _ => return Err(format!("cannot add {} and {}", a.inspect(), b.inspect())),
                    },
                    _ => {
                        let ord = hyde::ruby::compare(&a, &b).ok_or_else(|| {
                            format!("comparison of {} with {} failed", a.inspect(), b.inspect())
                        })?;
                        Value::Bool(match op {
                            Op::Lt => ord.is_lt(),
                            Op::Le => ord.is_le(),
                            Op::Gt => ord.is_gt(),
                            _ => ord.is_ge(),
                        })
                    }
                }
            }
        })
    }
}

fn as_f64(v: &Value) -> f64 {
    match v {
        Value::Int(i) => *i as f64,
        Value::Float(f) => *f,
        _ => 0.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use hyde_liquid::Hash;

    fn record(pairs: &[(&str, Value)]) -> Value {
        let mut h = Hash::new();
        for (k, v) in pairs {
            h.insert((*k).into(), v.clone());
        }
        Value::hash(h)
    }

    fn eval(src: &str, r: &Value) -> Value {
        parse(src)
            .and_then(|e| e.eval(r).map_err(|m| ExprError { at: 0, message: m }))
            .unwrap()
    }

    #[test]
    fn a_field_compared_with_a_string() {
        let r = record(&[("decision", Value::str("ACCEPT"))]);
        assert_eq!(
            eval("record['decision'] == 'ACCEPT'", &r),
            Value::Bool(true)
        );
        assert_eq!(
            eval("record[\"decision\"] != \"ACCEPT\"", &r),
            Value::Bool(false)
        );
        assert_eq!(
            eval("record['missing'] == 'ACCEPT'", &r),
            Value::Bool(false)
        );
    }

    #[test]
    fn boolean_operators_and_parentheses_follow_ruby() {
        let r = record(&[
            ("a", Value::Int(1)),
            ("b", Value::str("x")),
            ("c", Value::Nil),
        ]);
        assert_eq!(
            eval("record['a'] == 1 && record['b'] == 'x'", &r),
            Value::Bool(true)
        );
        assert_eq!(
            eval(
                "record['a'] == 2 || (record['b'] == 'x' && !record['c'])",
                &r
            ),
            Value::Bool(true)
        );
        assert_eq!(eval("!(record['a'] == 1)", &r), Value::Bool(false));
        // `||` returns the first truthy operand, as Ruby does.
        assert_eq!(eval("record['c'] || record['b']", &r), Value::str("x"));
        assert_eq!(eval("record['a'] == 1.0", &r), Value::Bool(true));
        assert_eq!(
            eval("record['a'] >= 1 and not record['c']", &r),
            Value::Bool(true)
        );
    }

    #[test]
    fn nested_fields_methods_and_concatenation() {
        let inner = record(&[("b", Value::str(" Hi "))]);
        let r = record(&[("a", inner), ("n", Value::Int(7))]);
        assert_eq!(
            eval("record['a']['b'].strip.downcase", &r),
            Value::str("hi")
        );
        assert_eq!(eval("'p-' + record['n'].to_s", &r), Value::str("p-7"));
        assert_eq!(eval("record['x'].nil?", &r), Value::Bool(true));
    }

    #[test]
    fn other_ruby_is_refused_with_its_position() {
        let e = parse("record['a'].map { |x| x }").unwrap_err();
        assert_eq!(e.at, 12);
        assert!(e.message.contains("map"), "{}", e.message);
        assert!(parse("File.read('x')").is_err());
        assert!(parse("record['a'] ==").is_err());
        assert!(parse("\"#{record}\"").is_err());
        let e = parse("record['a'] = 1").unwrap_err();
        assert_eq!((e.at, e.message.as_str()), (12, "unsupported Ruby `=`"));
    }

    #[test]
    fn indexing_nil_is_an_error() {
        let r = record(&[]);
        assert!(parse("record['a']['b']").unwrap().eval(&r).is_err());
    }
}
