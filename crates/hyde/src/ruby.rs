//! Ruby semantics the site model needs: `File.extname` and `<=>` on site data (and
//! `to_s`, which is [`hyde_liquid::Value::to_ruby_string`]).

use hyde_liquid::Value;

/// `value.to_s` as Liquid prints it (hyde-liquid's Ruby printing).
pub(crate) fn value_to_s(v: &Value) -> String {
    v.to_ruby_string()
}

/// Ruby's `File.extname`: the last `.suffix` of the file name, where leading dots do not
/// start one (`.htaccess` has none) and a trailing dot gives none.
pub fn extname(name: &str) -> &str {
    let base = name.rsplit('/').next().unwrap_or(name);
    let lead = base.len() - base.trim_start_matches('.').len();
    match base[lead..].rfind('.') {
        Some(i) if lead + i + 1 < base.len() => &base[lead + i..],
        _ => "",
    }
}

/// Ruby's `<=>` between two values; `None` where Ruby returns nil (incomparable).
pub fn compare(a: &Value, b: &Value) -> Option<std::cmp::Ordering> {
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
}
