//! Ruby semantics the site model needs: `to_s` and `<=>` on site data.

use hyde_liquid::Value;

/// `value.to_s` as Ruby prints it.
pub(crate) fn value_to_s(v: &Value) -> String {
    match v {
        Value::Nil => String::new(),
        Value::Bool(b) => b.to_string(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => float_to_s(*f),
        Value::Str(s) => s.to_string(),
        Value::Date(d) => d.format("%Y-%m-%d").to_string(),
        Value::Time(t) => t.format("%Y-%m-%d %H:%M:%S %z").to_string(),
        Value::TimeUtc(_) => v.to_ruby_string(),
        Value::Array(a) => a.iter().map(value_to_s).collect(),
        Value::Hash(_) => format!("{v:?}"),
        _ => String::new(),
    }
}

/// Ruby's `Float#to_s` for the common range (`3.0`, `0.1`, `1.0e+20`).
pub(crate) fn float_to_s(f: f64) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 {
            "Infinity".into()
        } else {
            "-Infinity".into()
        };
    }
    let abs = f.abs();
    if abs != 0.0 && !(1e-4..1e16).contains(&abs) {
        let s = format!("{f:e}");
        let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
        let mant = if mant.contains('.') {
            mant.to_string()
        } else {
            format!("{mant}.0")
        };
        let exp: i32 = exp.parse().unwrap_or(0);
        let sign = if exp < 0 { '-' } else { '+' };
        return format!("{mant}e{sign}{:02}", exp.abs());
    }
    let s = format!("{f}");
    if s.contains('.') { s } else { format!("{s}.0") }
}

/// Ruby's `File.extname`: the last `.suffix` of the file name, where leading dots do not
/// start one (`.htaccess` has none) and a trailing dot gives none.
pub(crate) fn extname(name: &str) -> &str {
    let base = name.rsplit('/').next().unwrap_or(name);
    let lead = base.len() - base.trim_start_matches('.').len();
    match base[lead..].rfind('.') {
        Some(i) if lead + i + 1 < base.len() => &base[lead + i..],
        _ => "",
    }
}

/// Ruby's `<=>` between two values; `None` where Ruby returns nil (incomparable).
pub(crate) fn compare(a: &Value, b: &Value) -> Option<std::cmp::Ordering> {
    use Value::*;
    match (a, b) {
        (Int(x), Int(y)) => Some(x.cmp(y)),
        (Int(x), Float(y)) => (*x as f64).partial_cmp(y),
        (Float(x), Int(y)) => x.partial_cmp(&(*y as f64)),
        (Float(x), Float(y)) => x.partial_cmp(y),
        (Str(x), Str(y)) => Some(x.as_bytes().cmp(y.as_bytes())),
        (Time(x), Time(y)) => Some(x.cmp(y)),
        (Date(x), Date(y)) => Some(x.cmp(y)),
        (Bool(x), Bool(y)) if x == y => Some(std::cmp::Ordering::Equal),
        (Nil, Nil) => Some(std::cmp::Ordering::Equal),
        (Array(x), Array(y)) => {
            for (p, q) in x.iter().zip(y.iter()) {
                match compare(p, q)? {
                    std::cmp::Ordering::Equal => continue,
                    o => return Some(o),
                }
            }
            Some(x.len().cmp(&y.len()))
        }
        // UTC times (`Value::TimeUtc`) compare with all times.
        (x, y) => x.as_time().zip(y.as_time()).map(|(p, q)| p.cmp(&q)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extnames_follow_ruby() {
        assert_eq!(extname("a.md"), ".md");
        assert_eq!(extname(".htaccess"), "");
        assert_eq!(extname(".a.b"), ".b");
        assert_eq!(extname("a."), "");
        assert_eq!(extname("dir.x/file"), "");
    }

    #[test]
    fn floats_print_as_ruby_prints_them() {
        assert_eq!(float_to_s(3.0), "3.0");
        assert_eq!(float_to_s(0.1), "0.1");
        assert_eq!(float_to_s(-2.5), "-2.5");
        assert_eq!(float_to_s(1e20), "1.0e+20");
        assert_eq!(float_to_s(1.5e-5), "1.5e-05");
    }
}
