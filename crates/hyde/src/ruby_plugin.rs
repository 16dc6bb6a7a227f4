//! `_plugins/*.rb`: Ruby plugins hyde cannot run, read as text for what they register,
//! so a site that uses them still builds — their Liquid tags render as nothing, their
//! blocks as nothing, their filters pass their input through — and one warning per
//! file names what is missing.

use std::path::Path;
use std::sync::{Arc, LazyLock};

use hyde_liquid::Value;
use regex::Regex;

/// What one Ruby plugin file registers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct RubyPlugin {
    /// The file, as the warning names it (`_plugins/tags.rb`).
    pub(crate) file: String,
    /// `Liquid::Template.register_tag` names of tags.
    pub(crate) tags: Vec<String>,
    /// `Liquid::Template.register_tag` names of blocks (classes `< Liquid::Block`).
    pub(crate) blocks: Vec<String>,
    /// Methods of the modules given to `Liquid::Template.register_filter`.
    pub(crate) filters: Vec<String>,
    /// What else will not happen: generators, hooks, converters, commands.
    pub(crate) missing: Vec<String>,
}

static REGISTER_TAG: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r#"register_tag\s*\(?\s*['":]([\w-]+)['"]?\s*,\s*([\w:]+)"#).ok());
static REGISTER_FILTER: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"register_filter\s*\(?\s*([\w:]+)").ok());
static CLASS: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"(?m)^\s*class\s+([\w:]+)\s*<\s*([\w:]+)").ok());
static MODULE_DEF: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"(?m)^\s*(module|class|def)\s+([\w:.]+[?!]?)").ok());
static HOOK: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"Hooks\.register\s*\(?\s*(\[[^\]]*\]|:\w+)\s*,\s*:(\w+)").ok());

fn last_segment(name: &str) -> &str {
    name.rsplit("::").next().unwrap_or(name)
}

impl RubyPlugin {
    /// Reads what `text`, the Ruby file `file`, registers.
    pub(crate) fn scan(file: &str, text: &str) -> RubyPlugin {
        let mut plugin = RubyPlugin {
            file: file.to_owned(),
            ..RubyPlugin::default()
        };
        let classes: Vec<(String, String)> = CLASS
            .as_ref()
            .map(|re| {
                re.captures_iter(text)
                    .map(|c| (last_segment(&c[1]).to_owned(), c[2].to_owned()))
                    .collect()
            })
            .unwrap_or_default();
        let is_block = |class: &str| {
            classes.iter().any(|(name, parent)| {
                name == last_segment(class)
                    && matches!(last_segment(parent), "Block" | "Raw" | "BlockBody")
            })
        };
        if let Some(re) = REGISTER_TAG.as_ref() {
            for c in re.captures_iter(text) {
                let name = c[1].to_owned();
                let list = if is_block(&c[2]) {
                    &mut plugin.blocks
                } else {
                    &mut plugin.tags
                };
                if !list.contains(&name) {
                    list.push(name);
                }
            }
        }
        if let (Some(filter_re), Some(defs)) = (REGISTER_FILTER.as_ref(), MODULE_DEF.as_ref()) {
            for c in filter_re.captures_iter(text) {
                let module = last_segment(&c[1]).to_owned();
                // The `def`s after `module NAME`, up to the next `module` or `class`.
                let mut inside = false;
                for d in defs.captures_iter(text) {
                    match &d[1] {
                        "module" => inside = last_segment(&d[2]) == module,
                        "class" => inside = false,
                        _ if inside
                            && !d[2].contains('.')
                            && !plugin.filters.iter().any(|f| *f == d[2]) =>
                        {
                            plugin.filters.push(d[2].to_owned());
                        }
                        _ => {}
                    }
                }
            }
        }
        for (name, parent) in &classes {
            let kind = match last_segment(parent) {
                "Generator" => "generator",
                "Converter" => "converter",
                "Command" => "command",
                _ => continue,
            };
            plugin.missing.push(format!("the {kind} {name}"));
        }
        if let Some(re) = HOOK.as_ref() {
            for c in re.captures_iter(text) {
                let owners = c[1].trim_matches(['[', ']']).replace(':', "");
                let owners: Vec<&str> = owners.split(',').map(str::trim).collect();
                plugin
                    .missing
                    .push(format!("the {} :{} hook", owners.join("/"), &c[2]));
            }
        }
        plugin
    }

    /// The warning naming what will be missing.
    pub(crate) fn warning(&self) -> crate::Warning {
        let mut parts = Vec::new();
        if !self.tags.is_empty() || !self.blocks.is_empty() {
            let names: Vec<String> = self
                .tags
                .iter()
                .chain(&self.blocks)
                .map(|t| format!("{{% {t} %}}"))
                .collect();
            parts.push(format!("its tags {} render as nothing", names.join(", ")));
        }
        if !self.filters.is_empty() {
            parts.push(format!(
                "its filters {} pass their input through",
                self.filters.join(", ")
            ));
        }
        if !self.missing.is_empty() {
            parts.push(format!("{} will not run", self.missing.join(", ")));
        }
        let what = if parts.is_empty() {
            "goes on without it".to_owned()
        } else {
            format!("goes on without it: {}", parts.join("; "))
        };
        crate::Warning::new(
            crate::WarningKind::Plugin,
            "Plugin:",
            format!(
                "{} is a Ruby plugin; hyde cannot run it and {what}.",
                self.file
            ),
        )
        .at(crate::SourceLocation::at(self.file.as_str(), 0, 0))
    }
}

/// The `.rb` files of a plugins folder (Jekyll's `PluginManager#require_plugin_files`:
/// `**/*.rb`, sorted), read as text; `shown` is the folder as warnings name it.
pub(crate) fn read_dir(source: &crate::source::Files, dir: &Path, shown: &str) -> Vec<RubyPlugin> {
    use crate::source::PathKind;
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = source.list(&d) else {
            continue;
        };
        for name in entries {
            let path = d.join(&name);
            let Some(kind) = source.kind(&path) else {
                continue;
            };
            if kind == PathKind::Dir {
                stack.push(path);
            } else if kind == PathKind::File && path.extension().is_some_and(|e| e == "rb") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
        .iter()
        .map(|path| {
            let rel = path.strip_prefix(dir).unwrap_or(path).display().to_string();
            let text = source
                .read(path)
                .map(|b| String::from_utf8_lossy(&b).into_owned())
                .unwrap_or_default();
            RubyPlugin::scan(&format!("{shown}/{rel}"), &text)
        })
        .collect()
}

/// A Ruby plugin's tag: renders nothing.
pub(crate) struct SilentTag(pub(crate) String);

impl hyde_liquid::Tag for SilentTag {
    fn name(&self) -> &str {
        &self.0
    }
    fn render(&self, _markup: &str, _context: &hyde_liquid::Context<'_>) -> Result<String, String> {
        Ok(String::new())
    }
}

/// A Ruby plugin's filter: its input, unchanged.
pub(crate) struct IdentityFilter(pub(crate) String);

impl hyde_liquid::Filter for IdentityFilter {
    fn name(&self) -> &str {
        &self.0
    }
    fn call(&self, input: &Value, _args: &[Value]) -> Result<Value, String> {
        Ok(input.clone())
    }
}

/// Adds the stand-ins of `plugins` to an engine being built.
pub(crate) fn stand_ins(
    mut builder: hyde_liquid::EngineBuilder,
    plugins: &[RubyPlugin],
) -> hyde_liquid::EngineBuilder {
    for p in plugins {
        for t in &p.tags {
            builder = builder.tag(Arc::new(SilentTag(t.clone())));
        }
        for b in &p.blocks {
            builder = builder.silent_block(b.clone());
        }
        for f in &p.filters {
            builder = builder.filter(Arc::new(IdentityFilter(f.clone())));
        }
    }
    builder
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLUGIN: &str = r#"
module Jekyll
  class RenderTimeTag < Liquid::Tag
    def render(context)
      Time.now.to_s
    end
  end

  class Spoiler < Liquid::Block
    def render(context)
      "<details>#{super}</details>"
    end
  end

  module AssetFilter
    def asset_url(input)
      "/assets/#{input}"
    end

    def shout(input) = input.upcase
  end

  class Sitemap < Jekyll::Generator
    def generate(site); end
  end
end

Jekyll::Hooks.register [:posts, :pages], :post_render do |doc|
  doc.output = doc.output.gsub("a", "b")
end
Liquid::Template.register_tag('render_time', Jekyll::RenderTimeTag)
Liquid::Template.register_tag("spoiler", Jekyll::Spoiler)
Liquid::Template.register_filter(Jekyll::AssetFilter)
"#;

    #[test]
    fn a_ruby_plugin_is_read_for_what_it_registers() {
        let p = RubyPlugin::scan("_plugins/x.rb", PLUGIN);
        assert_eq!(p.tags, ["render_time"]);
        assert_eq!(p.blocks, ["spoiler"]);
        assert_eq!(p.filters, ["asset_url", "shout"]);
        assert_eq!(
            p.missing,
            ["the generator Sitemap", "the posts/pages :post_render hook"]
        );
        assert_eq!(
            p.warning().to_string(),
            "Plugin: _plugins/x.rb is a Ruby plugin; hyde cannot run it and goes on without \
             it: its tags {% render_time %}, {% spoiler %} render as nothing; its filters \
             asset_url, shout pass their input through; the generator Sitemap, the \
             posts/pages :post_render hook will not run."
        );
    }

    #[test]
    fn a_plugin_that_registers_nothing_known_is_named_alone() {
        let p = RubyPlugin::scan("_plugins/y.rb", "puts 'hi'\n");
        assert_eq!(
            p.warning().to_string(),
            "Plugin: _plugins/y.rb is a Ruby plugin; hyde cannot run it and goes on without it."
        );
    }
}
