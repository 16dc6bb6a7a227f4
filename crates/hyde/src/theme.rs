//! Gem themes, found without Ruby: where RubyGems and Bundler install them.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// A theme gem's files.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Theme {
    /// The gem's name (`theme:` in the config).
    pub name: String,
    /// The gem's folder, symlinks resolved.
    pub root: PathBuf,
    /// The gems its gemspec needs at run time, which Jekyll requires as plugins.
    pub dependencies: Vec<String>,
}

/// Where themes are looked for, besides the config's `theme_dir`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ThemeSearch {
    /// A folder holding the theme itself (`--theme-dir`), tried first.
    pub theme_dir: Option<PathBuf>,
    /// `GEM_PATH` entries, then `GEM_HOME`.
    pub gem_paths: Vec<PathBuf>,
    /// `BUNDLE_PATH`, when set.
    pub bundle_path: Option<PathBuf>,
    /// The user's home folder, for `~/.gem` and `~/.local/share/gem`.
    pub home: Option<PathBuf>,
}

impl ThemeSearch {
    /// The search paths the environment describes (`GEM_PATH`, `GEM_HOME`,
    /// `BUNDLE_PATH`, `HOME`).
    pub fn from_env() -> ThemeSearch {
        let split = |v: &str| -> Vec<PathBuf> {
            std::env::var(v)
                .ok()
                .map(|s| {
                    s.split(':')
                        .filter(|p| !p.is_empty())
                        .map(PathBuf::from)
                        .collect()
                })
                .unwrap_or_default()
        };
        let mut gem_paths = split("GEM_PATH");
        gem_paths.extend(split("GEM_HOME"));
        ThemeSearch {
            theme_dir: None,
            gem_paths,
            bundle_path: std::env::var_os("BUNDLE_PATH").map(PathBuf::from),
            home: std::env::var_os("HOME").map(PathBuf::from),
        }
    }
}

/// Compares gem versions (`0.10.0` > `0.9.1`), numeric parts numerically.
fn version_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    let parts = |s: &str| -> Vec<(u64, String)> {
        s.split('.')
            .map(|p| (p.parse::<u64>().unwrap_or(0), p.to_string()))
            .collect()
    };
    parts(a).cmp(&parts(b))
}

/// The newest `NAME-VERSION` folder in `gems_dir`.
fn newest_in(gems_dir: &Path, name: &str) -> Option<PathBuf> {
    let prefix = format!("{name}-");
    let entries = std::fs::read_dir(gems_dir).ok()?;
    entries
        .flatten()
        .filter_map(|e| {
            let file = e.file_name().to_string_lossy().into_owned();
            let version = file.strip_prefix(&prefix)?.to_string();
            // A version starts with a digit; `name-extra-1.0` is another gem.
            version.chars().next().filter(char::is_ascii_digit)?;
            e.path().is_dir().then_some((version, e.path()))
        })
        .max_by(|a, b| version_cmp(&a.0, &b.0))
        .map(|(_, p)| p)
}

/// Folders matching `base/*/rest` (one level of globbing, as `ruby/*/gems`).
fn each_version_dir(base: &Path, rest: &str) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(base) else {
        return Vec::new();
    };
    let mut out: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path().join(rest))
        .filter(|p| p.is_dir())
        .collect();
    out.sort();
    out
}

impl Theme {
    /// Finds the theme `name`: `theme_dir`, then `GEM_PATH`/`GEM_HOME`, Bundler's
    /// installs under the site (`vendor/bundle`) and `BUNDLE_PATH` (git sources in
    /// `bundler/gems/NAME-SHA`), then the user's and the system's gem folders.
    pub fn find(name: &str, site_root: &Path, search: &ThemeSearch) -> Result<Theme> {
        let name = name.trim().to_lowercase();
        let mut looked = Vec::new();
        let try_gems = |gems_dir: PathBuf, looked: &mut Vec<PathBuf>| -> Option<PathBuf> {
            let found = newest_in(&gems_dir, &name);
            looked.push(gems_dir);
            found
        };
        let mut candidates: Vec<PathBuf> = Vec::new();
        if let Some(dir) = &search.theme_dir {
            looked.push(dir.clone());
            if dir.is_dir() {
                candidates.push(dir.clone());
            }
        }
        for gp in &search.gem_paths {
            if let Some(p) = try_gems(gp.join("gems"), &mut looked) {
                candidates.push(p);
            }
        }
        let mut bundles = vec![site_root.join("vendor/bundle")];
        if let Some(bp) = &search.bundle_path {
            bundles.push(bp.clone());
        }
        for b in bundles {
            for d in each_version_dir(&b.join("ruby"), "gems") {
                if let Some(p) = try_gems(d, &mut looked) {
                    candidates.push(p);
                }
            }
            for d in each_version_dir(&b.join("ruby"), "bundler/gems") {
                if let Some(p) = try_gems(d, &mut looked) {
                    candidates.push(p);
                }
            }
            if looked.last().is_none_or(|l| !l.starts_with(&b)) {
                looked.push(b.join("ruby/*/gems"));
            }
        }
        if let Some(home) = &search.home {
            for base in [home.join(".gem/ruby"), home.join(".local/share/gem/ruby")] {
                for d in each_version_dir(&base, "gems") {
                    if let Some(p) = try_gems(d, &mut looked) {
                        candidates.push(p);
                    }
                }
                looked.push(base.join("*/gems"));
            }
        }
        for base in [
            "/var/lib/gems",
            "/usr/lib/ruby/gems",
            "/usr/local/lib/ruby/gems",
        ] {
            for d in each_version_dir(Path::new(base), "gems") {
                if let Some(p) = try_gems(d, &mut looked) {
                    candidates.push(p);
                }
            }
            looked.push(PathBuf::from(base).join("*/gems"));
        }
        if let Some(p) = try_gems(
            PathBuf::from("/usr/share/rubygems-integration/all/gems"),
            &mut looked,
        ) {
            candidates.push(p);
        }
        match candidates.into_iter().next() {
            Some(root) => {
                let dependencies = crate::gems::theme_gemspec(&root, &name)
                    .and_then(|spec| std::fs::read_to_string(spec).ok())
                    .map(|text| crate::gems::gemspec_dependencies(&text))
                    .unwrap_or_default();
                Ok(Theme {
                    root: root.canonicalize().unwrap_or(root),
                    name,
                    dependencies,
                })
            }
            None => {
                let mut message = format!("The {name} theme could not be found.\nLooked in:");
                for l in looked {
                    message.push_str(&format!("\n  {}", l.display()));
                }
                message.push_str("\nSet GEM_PATH to the folder holding gems/NAME-VERSION/, or theme_dir in the config.");
                Err(Error::Config { message })
            }
        }
    }

    /// `_layouts`, `_includes`, `_sass`, `assets`, `_data` of the theme, when they exist
    /// inside it (symlinks resolved, never leaving the theme).
    pub fn path_for(&self, folder: &str) -> Option<PathBuf> {
        let p = self.root.join(folder).canonicalize().ok()?;
        (p.starts_with(&self.root) && p.is_dir()).then_some(p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_newest_version_wins() {
        let dir = tempfile::tempdir().unwrap();
        for v in ["0.9.1", "0.10.0", "0.2.0"] {
            std::fs::create_dir_all(dir.path().join(format!("gems/my-theme-{v}"))).unwrap();
        }
        std::fs::create_dir_all(dir.path().join("gems/my-theme-extra-9.0.0")).unwrap();
        let search = ThemeSearch {
            gem_paths: vec![dir.path().to_path_buf()],
            ..Default::default()
        };
        let t = Theme::find("my-theme", Path::new("/nonexistent"), &search).unwrap();
        assert!(t.root.ends_with("my-theme-0.10.0"));
    }

    #[test]
    fn bundler_installs_under_the_site_and_git_sources_are_found() {
        let site = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(
            site.path()
                .join("vendor/bundle/ruby/3.1.0/gems/minimal-theme-1.2.0"),
        )
        .unwrap();
        std::fs::create_dir_all(
            site.path()
                .join("vendor/bundle/ruby/3.1.0/bundler/gems/git-theme-0a1b2c3"),
        )
        .unwrap();
        let search = ThemeSearch::default();
        let t = Theme::find("minimal-theme", site.path(), &search).unwrap();
        assert!(t.root.ends_with("minimal-theme-1.2.0"));
        let bundle_path = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(bundle_path.path().join("ruby/3.1.0/gems/other-theme-0.1.0"))
            .unwrap();
        let search = ThemeSearch {
            bundle_path: Some(bundle_path.path().to_path_buf()),
            ..Default::default()
        };
        let t = Theme::find("other-theme", site.path(), &search).unwrap();
        assert!(t.root.ends_with("other-theme-0.1.0"));
    }

    #[test]
    fn theme_dir_wins() {
        let dir = tempfile::tempdir().unwrap();
        let search = ThemeSearch {
            theme_dir: Some(dir.path().to_path_buf()),
            ..Default::default()
        };
        let t = Theme::find("anything", Path::new("/nonexistent"), &search).unwrap();
        assert_eq!(t.root, dir.path().canonicalize().unwrap());
    }

    #[test]
    fn a_missing_theme_lists_where_it_was_looked_for() {
        let search = ThemeSearch {
            gem_paths: vec![PathBuf::from("/nonexistent/gem-path")],
            ..Default::default()
        };
        let err = Theme::find("nope-theme", Path::new("/nonexistent"), &search)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("The nope-theme theme could not be found"),
            "{err}"
        );
        assert!(err.contains("/nonexistent/gem-path/gems"), "{err}");
    }
}
