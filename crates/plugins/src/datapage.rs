//! jekyll-datapage-generator: one page per record of a data file (`page_gen:`),
//! and the `datapage_url` filter.
//!
//! Each page is the template layout's own file (its front matter and body), with
//! `title` and then the record's fields merged into its data; it is written to
//! `dir/NAME.EXT` (or `dir/NAME/index.EXT` with `index_files`) and, being an
//! ordinary page, follows the site's permalink style. The page gets no front
//! matter defaults: the gem's page skips `Page#initialize`.

use std::sync::Arc;

use hyde_liquid::{Hash, Value};

use super::datapage_expr::{self, Expr};

use hyde::Document;
use hyde::Plugin;
use hyde::Site;
use hyde::{Error, Result};
use hyde::{Warning, WarningKind};

/// The generator and filter of jekyll-datapage-generator.
pub(crate) struct DatapageGenerator;

const SANITIZE_FROM: &str = "ÀÁÂÃÄÅàáâãäåĀāĂăĄąÇçĆćĈĉĊċČčÐðĎďĐđÈÉÊËèéêëĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħÌÍÎÏìíîïĨĩĪīĬĭĮįİıĴĵĶķĸĹĺĻļĽľĿŀŁłÑñŃńŅņŇňŉŊŋÑñÒÓÔÕÖØòóôõöøŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšſŢţŤťŦŧÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųŴŵÝýÿŶŷŸŹźŻżŽž";
const SANITIZE_TO: &str = "AAAAAAaaaaaaAaAaAaCcCcCcCcCcDdDdDdEEEEeeeeEeEeEeEeEeGgGgGgGgHhHhIIIIiiiiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnNnnNnNnOOOOOOooooooOoOoOoRrRrRrSsSsSsSssTtTtTtUUUUuuuuUuUuUuUuUuUuWwYyyYyYZzZzZz";

/// The gem's `sanitize_filename`: accents folded, lower case, stripped, spaces to
/// `-`, anything but word characters, `.` and `-` dropped. Integers as they are.
pub(crate) fn sanitize_filename(name: &Value) -> String {
    if let Value::Int(i) = name {
        return i.to_string();
    }
    let from: Vec<char> = SANITIZE_FROM.chars().collect();
    let to: Vec<char> = SANITIZE_TO.chars().collect();
    let folded: String = hyde::liquid::Value::to_ruby_string(name)
        .chars()
        .map(|c| match from.iter().position(|&f| f == c) {
            // `tr` maps a character listed twice by its first position.
            Some(i) => to.get(i).copied().unwrap_or(c),
            None => c,
        })
        .collect();
    folded
        .to_lowercase()
        .trim_matches(|c: char| c.is_ascii_whitespace() || c == '\0')
        .replace(' ', "-")
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
        .collect()
}

/// One `page_gen:` entry, read.
struct Spec {
    /// `page_gen[N]`, for messages.
    label: String,
    data: String,
    template: String,
    name: Option<String>,
    name_expr: Option<Expr>,
    title: Option<String>,
    title_expr: Option<Expr>,
    dir: String,
    extension: String,
    index_files: bool,
    filter: Option<String>,
    filter_condition: Option<Expr>,
    page_data_prefix: Option<String>,
}

fn config_error(message: String) -> Error {
    Error::Config { message }
}

impl Spec {
    fn read(site: &Site, index: usize, spec: &Value) -> Result<Spec> {
        let label = format!("page_gen[{index}]");
        let file = site
            .config
            .files_read
            .first()
            .map(|f| f.display().to_string())
            .unwrap_or_else(|| "_config.yml".into());
        let string = |key: &str| {
            spec.get(key)
                .filter(|v| !v.is_nil())
                .map(hyde::liquid::Value::to_ruby_string)
        };
        let expr = |key: &str| -> Result<Option<Expr>> {
            match string(key) {
                None => Ok(None),
                Some(src) => datapage_expr::parse(&src).map(Some).map_err(|e| {
                    config_error(format!(
                        "{file}: {label}.{key}: cannot evaluate the Ruby expression `{src}`: {e}; hyde evaluates \
                         `record['key']`, strings, numbers, ==, !=, <, >, &&, ||, !, + and parentheses"
                    ))
                }),
            }
        };
        let data =
            string("data").ok_or_else(|| config_error(format!("{file}: {label} has no `data`")))?;
        let global_index = site.config.get("page_gen-dirs") == Some(&Value::Bool(true));
        let index_files = match spec.get("index_files") {
            None | Some(Value::Nil) => global_index,
            Some(v) => v.is_truthy(),
        };
        Ok(Spec {
            template: string("template").unwrap_or_else(|| data.clone()),
            name: string("name"),
            name_expr: expr("name_expr")?,
            title: string("title"),
            title_expr: expr("title_expr")?,
            dir: string("dir").unwrap_or_else(|| data.clone()),
            extension: string("extension").unwrap_or_else(|| "html".into()),
            index_files,
            filter: string("filter"),
            filter_condition: expr("filter_condition")?,
            page_data_prefix: string("page_data_prefix"),
            data,
            label,
        })
    }

    fn eval(&self, key: &str, expr: &Expr, record: &Value) -> Result<Value> {
        expr.eval(record).map_err(|m| {
            config_error(format!(
                "{}.{key}: evaluating for record {}: {m}",
                self.label,
                record.inspect()
            ))
        })
    }
}

/// Walks `site.data` along the dotted `path` as the gem does (a missing level makes
/// the next one start again from `site.data`), returning the slots of the records.
fn records_at<'d>(data: &'d mut Hash, path: &str) -> Vec<&'d mut Value> {
    let levels: Vec<&str> = path.split('.').collect();
    // Find which levels restart from the top: done on a read-only pass first.
    let mut starts = 0;
    {
        let mut current: Option<&Value> = None;
        for (i, level) in levels.iter().enumerate() {
            let next = match current {
                None => {
                    starts = i;
                    data.get(*level)
                }
                Some(v) => v.get(level),
            };
            current = next.filter(|v| !v.is_nil());
        }
        if current.is_none() {
            return Vec::new();
        }
    }
    let mut current: Option<&'d mut Value> = data.get_mut(levels[starts]);
    for level in &levels[starts + 1..] {
        current = current
            .and_then(|v| v.as_hash_mut())
            .and_then(|h| h.get_mut(*level));
    }
    match current {
        Some(Value::Hash(h)) => std::sync::Arc::make_mut(h).values_mut().collect(),
        Some(Value::Array(a)) => std::sync::Arc::make_mut(a).iter_mut().collect(),
        _ => Vec::new(),
    }
}

impl Plugin for DatapageGenerator {
    fn name(&self) -> &str {
        "jekyll-datapage-generator"
    }

    fn generate(&self, site: &mut Site) -> Result<()> {
        let Some(Value::Array(specs)) = site.config.get("page_gen").cloned() else {
            return Ok(());
        };
        for (index, spec) in specs.iter().enumerate() {
            let spec = Spec::read(site, index, spec)?;
            let Some(layout) = site.layouts.get(&spec.template).cloned() else {
                let name = spec.name.clone().unwrap_or_default();
                site.warnings.push(Warning::new(
                    WarningKind::PluginMessage,
                    "",
                    format!(
                        "error (datapage-gen). could not find template {}. Skipping dataset {name}.",
                        spec.template
                    ),
                ));
                continue;
            };
            let mut pages = Vec::new();
            let mut warnings = Vec::new();
            for slot in records_at(&mut site.data, &spec.data) {
                if let Some(field) = &spec.filter
                    && !slot.get(field).is_some_and(Value::is_truthy)
                {
                    continue;
                }
                if let Some(cond) = &spec.filter_condition
                    && !spec.eval("filter_condition", cond, slot)?.is_truthy()
                {
                    continue;
                }
                let raw_name = match (&spec.name_expr, &spec.name) {
                    (Some(e), _) => spec.eval("name_expr", e, slot)?,
                    (None, Some(field)) => slot.get(field).cloned().unwrap_or(Value::Nil),
                    (None, None) => Value::Nil,
                };
                if raw_name.is_nil() {
                    warnings.push(Warning::new(
                        WarningKind::PluginMessage,
                        "",
                        format!(
                            "error (datapage-gen). empty value for field '{}' in record {}",
                            spec.name.clone().unwrap_or_default(),
                            slot.inspect()
                        ),
                    ));
                    continue;
                }
                let raw_title = match (&spec.title_expr, &spec.title) {
                    (Some(e), _) => spec.eval("title_expr", e, slot)?,
                    (None, Some(field)) => slot.get(field).cloned().unwrap_or(Value::Nil),
                    (None, None) => Value::Nil,
                };
                let raw_title = if raw_title.is_nil() {
                    raw_name.clone()
                } else {
                    raw_title
                };
                let filename = sanitize_filename(&raw_name);
                let (dir, name) = if spec.index_files {
                    (
                        format!("{}/{filename}/", spec.dir),
                        format!("index.{}", spec.extension),
                    )
                } else {
                    (spec.dir.clone(), format!("{filename}.{}", spec.extension))
                };
                let mut data = layout.data.clone();
                data.insert("title".into(), raw_title);
                match &spec.page_data_prefix {
                    Some(prefix) => {
                        data.insert(prefix.clone(), slot.clone());
                    }
                    None => {
                        // The gem copies `name` to `_name` in the record itself.
                        if let Some(h) = slot.as_hash_mut()
                            && let Some(n) = h.get("name").cloned()
                        {
                            h.insert("_name".into(), n);
                        }
                        if let Some(h) = slot.as_hash() {
                            for (k, v) in h.iter() {
                                data.insert(k.clone(), v.clone());
                            }
                        }
                    }
                }
                let relative = join_relative(&dir, &name);
                let mut page = Document::generated_page(
                    layout.path.clone(),
                    relative,
                    data,
                    layout.content.clone(),
                );
                page.body_line = layout.body_line;
                pages.push(page);
            }
            site.warnings.extend(warnings);
            site.pages.extend(pages);
        }
        Ok(())
    }

    fn filters(&self, site: &Site) -> Vec<Arc<dyn hyde_liquid::Filter>> {
        let ext = if site
            .config
            .get("page_gen-dirs")
            .is_some_and(Value::is_truthy)
        {
            "/"
        } else {
            ".html"
        };
        vec![Arc::new(DatapageUrl { ext })]
    }
}

/// `PathManager.join(dir, name)` without a leading slash (a page's `relative_path`).
fn join_relative(dir: &str, name: &str) -> String {
    let joined = if dir.is_empty() {
        name.to_owned()
    } else {
        format!("{}/{name}", dir.trim_end_matches('/'))
    };
    joined.trim_start_matches('/').to_owned()
}

/// `{{ record.id | datapage_url: 'dir' }}`: the URL of a record's page.
struct DatapageUrl {
    ext: &'static str,
}

impl hyde_liquid::Filter for DatapageUrl {
    fn name(&self) -> &str {
        "datapage_url"
    }

    fn call(&self, input: &Value, args: &[Value]) -> std::result::Result<Value, String> {
        let dir = args
            .first()
            .map(hyde::liquid::Value::to_ruby_string)
            .unwrap_or_default();
        Ok(Value::str(format!(
            "{dir}/{}{}",
            sanitize_filename(input),
            self.ext
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_folded_lowered_and_cleaned() {
        assert_eq!(
            sanitize_filename(&Value::str(" Ünïcode Title: 2! ")),
            "unicode-title-2"
        );
        assert_eq!(sanitize_filename(&Value::str("paper_12.v2")), "paper_12.v2");
        assert_eq!(sanitize_filename(&Value::Int(42)), "42");
        assert_eq!(sanitize_filename(&Value::str("Żółw")), "zolw");
    }

    #[test]
    fn records_are_found_along_a_dotted_path() {
        let mut inner = Hash::new();
        inner.insert("x".into(), Value::array(vec![Value::Int(1), Value::Int(2)]));
        let mut data = Hash::new();
        data.insert("old".into(), Value::hash(inner));
        assert_eq!(records_at(&mut data, "old.x").len(), 2);
        assert!(records_at(&mut data, "old.y").is_empty());
        // A missing first level starts again from the top.
        assert_eq!(records_at(&mut data, "nope.old").len(), 1);
    }

    #[test]
    fn the_url_filter_names_the_record_page() {
        let f = DatapageUrl { ext: ".html" };
        let out = hyde_liquid::Filter::call(&f, &Value::str("My Paper"), &[Value::str("/papers")]);
        assert_eq!(out, Ok(Value::str("/papers/my-paper.html")));
    }
}
