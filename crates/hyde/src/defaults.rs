//! Front matter defaults (`defaults:` in the config), as Jekyll's `FrontmatterDefaults`.

use std::path::Path;

use hyde_liquid::{Hash, Value};

use crate::config::deep_merge;

#[derive(Clone, Debug)]
struct Set {
    path: Option<String>,
    kind: Option<String>,
    values: Hash,
}

/// The `defaults:` sets of a site, ready to apply.
#[derive(Clone, Debug, Default)]
pub(crate) struct Defaults {
    sets: Vec<Set>,
    collections_dir: String,
    /// Paths matched by each glob scope, relative to the source.
    globs: Vec<Option<Vec<String>>>,
}

fn sanitize_path(path: Option<&str>) -> String {
    match path {
        None | Some("") => String::new(),
        Some(p) if p.starts_with('/') => {
            let p = &p[1..];
            p.to_string()
        }
        Some(p) => p.to_string(),
    }
}

impl Defaults {
    /// Reads the `defaults` key; invalid sets are skipped (Jekyll warns) and returned as warnings.
    pub(crate) fn new(
        config: &Hash,
        source: &Path,
        files: &crate::source::Files,
        warnings: &mut Vec<crate::Warning>,
    ) -> Defaults {
        let collections_dir = config
            .get("collections_dir")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        let mut sets = Vec::new();
        if let Some(Value::Array(list)) = config.get("defaults") {
            for set in list.iter() {
                let Some(h) = set.as_hash() else {
                    warnings.push(crate::Warning::new(
                        crate::WarningKind::Config,
                        "Defaults:",
                        format!("An invalid front-matter default set was found: {set:?}"),
                    ));
                    continue;
                };
                let Some(values) = h.get("values").and_then(Value::as_hash) else {
                    warnings.push(crate::Warning::new(
                        crate::WarningKind::Config,
                        "Defaults:",
                        format!("An invalid front-matter default set was found: {set:?}"),
                    ));
                    continue;
                };
                let scope = h.get("scope").and_then(Value::as_hash);
                let path = scope
                    .and_then(|s| s.get("path"))
                    .and_then(Value::as_str)
                    .map(str::to_string);
                let kind = scope.and_then(|s| s.get("type")).map(|t| {
                    let t = crate::ruby::value_to_s(t);
                    match t.as_str() {
                        "page" => "pages".to_string(),
                        "post" => "posts".to_string(),
                        "draft" => "drafts".to_string(),
                        _ => t,
                    }
                });
                sets.push(Set {
                    path,
                    kind,
                    values: values.clone(),
                });
            }
        }
        let globs = sets
            .iter()
            .map(|s| match &s.path {
                Some(p) if p.contains('*') => Some(glob_paths(files, source, p, &collections_dir)),
                _ => None,
            })
            .collect();
        Defaults {
            sets,
            collections_dir,
            globs,
        }
    }

    fn strip_collections_dir<'a>(&self, path: &'a str) -> &'a str {
        if self.collections_dir.is_empty() {
            return path;
        }
        let prefix = format!("{}/", self.collections_dir);
        path.strip_prefix(prefix.as_str()).unwrap_or(path)
    }

    fn applies(&self, i: usize, path: &str, kind: &str) -> bool {
        let set = &self.sets[i];
        if let Some(k) = &set.kind
            && k != kind
        {
            return false;
        }
        let Some(scope_path) = set.path.as_deref() else {
            return true;
        };
        if scope_path.is_empty() {
            return true;
        }
        let sanitized = sanitize_path(Some(path));
        match &self.globs[i] {
            Some(matches) => matches.iter().any(|m| sanitized.starts_with(m.as_str())),
            None => sanitized.starts_with(self.strip_collections_dir(scope_path)),
        }
    }

    fn precedence(&self, old: Option<usize>, new: usize) -> bool {
        let Some(old) = old else { return true };
        let new_path = sanitize_path(self.sets[new].path.as_deref());
        let old_path = sanitize_path(self.sets[old].path.as_deref());
        if new_path.len() != old_path.len() {
            new_path.len() >= old_path.len()
        } else if self.sets[new].kind.is_some() {
            true
        } else {
            self.sets[old].kind.is_none()
        }
    }

    /// Jekyll's `FrontmatterDefaults#all(path, type)`: every applicable set merged.
    pub(crate) fn all(&self, path: &str, kind: &str) -> Hash {
        let mut out = Hash::new();
        let mut old = None;
        for i in 0..self.sets.len() {
            if !self.applies(i, path, kind) {
                continue;
            }
            if self.precedence(old, i) {
                deep_merge(&mut out, &self.sets[i].values);
                old = Some(i);
            } else {
                let mut merged = self.sets[i].values.clone();
                deep_merge(&mut merged, &out);
                out = merged;
            }
        }
        out
    }
}

/// Expands a glob scope like Ruby's `Dir.glob(source/scope)` into source-relative paths.
fn glob_paths(
    files: &crate::source::Files,
    source: &Path,
    pattern: &str,
    collections_dir: &str,
) -> Vec<String> {
    let Ok(glob) = globset::GlobBuilder::new(pattern.trim_start_matches('/'))
        .literal_separator(true)
        .build()
    else {
        return Vec::new();
    };
    let matcher = glob.compile_matcher();
    let mut out = Vec::new();
    let mut stack = vec![source.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = files.list(&dir) else {
            continue;
        };
        for name in entries {
            let path = dir.join(&name);
            let Ok(rel) = path.strip_prefix(source) else {
                continue;
            };
            let rel = rel.to_string_lossy().replace('\\', "/");
            if matcher.is_match(&rel) {
                let stripped = if !collections_dir.is_empty() {
                    rel.strip_prefix(&format!("{collections_dir}/"))
                        .map(str::to_string)
                        .unwrap_or(rel.clone())
                } else {
                    rel.clone()
                };
                out.push(stripped);
            }
            if files.kind(&path) == Some(crate::source::PathKind::Dir) {
                stack.push(path);
            }
        }
    }
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(path: Option<&str>, kind: Option<&str>, key: &str, v: &str) -> Value {
        let mut scope = Hash::new();
        if let Some(p) = path {
            scope.insert("path".into(), Value::str(p));
        }
        if let Some(k) = kind {
            scope.insert("type".into(), Value::str(k));
        }
        let mut values = Hash::new();
        values.insert(key.into(), Value::str(v));
        let mut s = Hash::new();
        s.insert("scope".into(), Value::hash(scope));
        s.insert("values".into(), Value::hash(values));
        Value::hash(s)
    }

    #[test]
    fn the_longest_path_wins_then_the_one_with_a_type() {
        let mut config = Hash::new();
        config.insert(
            "defaults".into(),
            Value::array(vec![
                set(Some("projects"), Some("pages"), "layout", "project"),
                set(Some(""), None, "layout", "default"),
                set(Some(""), Some("posts"), "layout", "post"),
            ]),
        );
        let d = Defaults::new(
            &config,
            Path::new("/nonexistent"),
            &crate::source::Files::disk(),
            &mut Vec::new(),
        );
        assert_eq!(
            d.all("projects/a.md", "pages")["layout"],
            Value::str("project")
        );
        assert_eq!(d.all("about.md", "pages")["layout"], Value::str("default"));
        assert_eq!(d.all("_posts/x.md", "posts")["layout"], Value::str("post"));
    }
}
