//! What Jekyll learns from Ruby's packaging without running Ruby: the runtime
//! dependencies a theme gem's gemspec declares (Jekyll requires each as a plugin)
//! and the gems of a Gemfile's `jekyll_plugins` group (`Bundler.require`).

use std::path::{Path, PathBuf};

/// The gem names a gemspec declares with `add_runtime_dependency` or
/// `add_dependency` (not `add_development_dependency`), in order, once each.
/// Both the installed form (`s.add_runtime_dependency(%q<jekyll-feed>.freeze, …)`)
/// and the source form (`spec.add_runtime_dependency "jekyll-feed", "~> 0.9"`).
pub(crate) fn gemspec_dependencies(text: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for line in text.lines() {
        let line = line.trim_start();
        if line.starts_with('#') {
            continue;
        }
        for marker in ["add_runtime_dependency", "add_dependency"] {
            let Some(at) = line.find(marker) else {
                continue;
            };
            if let Some(name) = first_gem_name(&line[at + marker.len()..])
                && !names.contains(&name)
            {
                names.push(name);
            }
            break;
        }
    }
    names
}

/// The gem name at the start of a call's arguments: `(%q<name>`, ` "name"`, `('name'`.
fn first_gem_name(args: &str) -> Option<String> {
    let rest = args.trim_start().trim_start_matches('(').trim_start();
    let (open, close) = if let Some(r) = rest.strip_prefix("%q<") {
        return r.split_once('>').map(|(n, _)| n.to_string());
    } else if rest.starts_with('"') {
        ('"', '"')
    } else if rest.starts_with('\'') {
        ('\'', '\'')
    } else {
        return None;
    };
    let inner = rest.strip_prefix(open)?;
    inner.split_once(close).map(|(n, _)| n.to_string())
}

/// The gemspec of a theme gem whose folder is `dir` (`…/gems/NAME-VERSION`): the
/// installed spec (`…/specifications/NAME-VERSION.gemspec`), else one inside the
/// folder (a git checkout, a `theme_dir`).
pub(crate) fn theme_gemspec(dir: &Path, name: &str) -> Option<PathBuf> {
    let installed = dir.file_name().and_then(|folder| {
        let spec = dir
            .parent()?
            .parent()?
            .join("specifications")
            .join(format!("{}.gemspec", folder.to_string_lossy()));
        spec.is_file().then_some(spec)
    });
    installed.or_else(|| {
        let own = dir.join(format!("{name}.gemspec"));
        own.is_file().then_some(own)
    })
}

/// The gems of the Gemfile's `jekyll_plugins` group, in order: those inside
/// `group :jekyll_plugins do … end` (also with other groups named beside it) and
/// those declared `gem "x", group: :jekyll_plugins` (or `groups: [...]`,
/// `:group => …`).
pub(crate) fn jekyll_plugins_group(gemfile: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    // One entry per open `do` block: whether it is a jekyll_plugins group.
    let mut blocks: Vec<bool> = Vec::new();
    for line in gemfile.lines() {
        let code = line.split('#').next().unwrap_or("").trim();
        if code.is_empty() {
            continue;
        }
        let word = code
            .split(|c: char| !c.is_alphanumeric() && c != '_')
            .next();
        if word == Some("end") {
            blocks.pop();
            continue;
        }
        let opens = code.ends_with(" do") || code.contains(" do |") || code == "do";
        if word == Some("group") {
            if opens {
                blocks
                    .push(code.contains(":jekyll_plugins") || code.contains("\"jekyll_plugins\""));
            }
            continue;
        }
        if word == Some("gem") {
            let in_group = blocks.iter().any(|&b| b);
            let tagged = code.contains(":jekyll_plugins");
            if (in_group || tagged)
                && let Some(name) = first_gem_name(&code[3..])
                && !names.contains(&name)
            {
                names.push(name);
            }
        }
        if opens {
            blocks.push(false);
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn installed_and_source_gemspecs_list_their_runtime_dependencies() {
        let installed = r#"
  if s.respond_to? :add_runtime_dependency then
    s.add_runtime_dependency(%q<jekyll>.freeze, [">= 3.5", "< 5.0"])
    s.add_runtime_dependency(%q<jekyll-feed>.freeze, ["~> 0.9"])
    s.add_runtime_dependency(%q<jekyll-seo-tag>.freeze, ["~> 2.1"])
    s.add_development_dependency(%q<bundler>.freeze, [">= 1.15"])
  else
    s.add_dependency(%q<jekyll>.freeze, [">= 3.5", "< 5.0"])
    s.add_dependency(%q<jekyll-feed>.freeze, ["~> 0.9"])
  end
"#;
        assert_eq!(
            gemspec_dependencies(installed),
            ["jekyll", "jekyll-feed", "jekyll-seo-tag"]
        );
        let source = "  spec.add_runtime_dependency \"jekyll\", \">= 4.0\"\n  spec.add_runtime_dependency 'jekyll-data'\n  # spec.add_runtime_dependency \"commented\"\n  spec.add_development_dependency \"rake\"\n";
        assert_eq!(gemspec_dependencies(source), ["jekyll", "jekyll-data"]);
    }

    #[test]
    fn the_jekyll_plugins_group_in_its_spellings() {
        let gemfile = r#"
source "https://rubygems.org"
gem "jekyll", "~> 4.3.1"
gem "minima", "~> 2.5"
group :jekyll_plugins do
  gem "jekyll-feed", "~> 0.12"
  gem 'jekyll-seo-tag'
  platforms :mingw, :x64_mingw do
    gem "jekyll-redirect-from"
  end
end
group :development, :test do
  gem "rspec"
end
gem "jekyll-sitemap", group: :jekyll_plugins
gem "jekyll-gist", :group => :jekyll_plugins # old style
gem "jekyll-include-cache", groups: [:jekyll_plugins, :other]
gem "webrick"
"#;
        assert_eq!(
            jekyll_plugins_group(gemfile),
            [
                "jekyll-feed",
                "jekyll-seo-tag",
                "jekyll-redirect-from",
                "jekyll-sitemap",
                "jekyll-gist",
                "jekyll-include-cache"
            ]
        );
    }
}
