//! One golden fixture, as described by its `case.toml`.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// A fixture: where its site and expected output are and how to build it.
pub(crate) struct Case {
    /// The fixture's directory name, e.g. `permalinks`.
    pub(crate) name: String,
    /// The Jekyll source: `site` in case.toml, relative to the fixture
    /// directory (default `site`).
    pub(crate) site: PathBuf,
    /// What real Jekyll wrote: `fixtures/NAME/expected`.
    pub(crate) expected: PathBuf,
    /// Extra `build` arguments (`args`).
    pub(crate) args: Vec<String>,
    /// `source_date_epoch`: pins `site.time` (through jekyll-ref's shim, which also
    /// changes the order Ruby lists Jekyll's drop methods in). A fixture that shows
    /// that order leaves it out and sets `time:` in its `_config.yml` instead.
    pub(crate) source_date_epoch: Option<i64>,
    /// Extra environment (`[env]`).
    pub(crate) env: BTreeMap<String, String>,
    /// `mtime`: every file of the site gets this modification time (seconds since
    /// the epoch) before the build, as bless.sh gives them before Jekyll's, so
    /// what shows mtimes (a static file's `modified_time`) is the same.
    pub(crate) mtime: Option<i64>,
}

impl Case {
    /// Gives every file under the site the `mtime` of case.toml, if it sets one.
    pub(crate) fn pin_mtimes(&self) {
        let Some(secs) = self.mtime else { return };
        let secs = u64::try_from(secs).expect("mtime is after 1970");
        let time = std::time::UNIX_EPOCH + std::time::Duration::from_secs(secs);
        let mut dirs = vec![self.site.clone()];
        while let Some(dir) = dirs.pop() {
            let entries =
                fs::read_dir(&dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
            for entry in entries {
                let path = entry.expect("cannot read a directory entry").path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.is_file() {
                    fs::File::open(&path)
                        .and_then(|f| f.set_modified(time))
                        .unwrap_or_else(|e| {
                            panic!("cannot set the mtime of {}: {e}", path.display())
                        });
                }
            }
        }
    }

    /// Every `fixtures/*/case.toml`, sorted by name. Directories without a
    /// case.toml (such as `fixtures/kramdown`) are not golden sites.
    pub(crate) fn discover(fixtures: &Path) -> Vec<Self> {
        let mut cases: Vec<Self> = fs::read_dir(fixtures)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", fixtures.display()))
            .map(|entry| entry.expect("cannot read fixtures/").path())
            .filter(|dir| dir.join("case.toml").is_file())
            .map(|dir| Self::load(&dir))
            .collect();
        cases.sort_by(|a, b| a.name.cmp(&b.name));
        cases
    }

    fn load(dir: &Path) -> Self {
        let file = dir.join("case.toml");
        let text = fs::read_to_string(&file)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
        let table: toml::Table = text
            .parse()
            .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let bad = |key: &str| -> ! { panic!("{}: `{key}` has the wrong type", file.display()) };
        for key in table.keys() {
            if !["site", "args", "source_date_epoch", "env", "mtime"].contains(&key.as_str()) {
                panic!("{}: unknown key `{key}`", file.display());
            }
        }
        let site = match table.get("site") {
            None => dir.join("site"),
            Some(toml::Value::String(s)) => dir.join(s),
            Some(_) => bad("site"),
        };
        let args = match table.get("args") {
            None => Vec::new(),
            Some(toml::Value::Array(a)) => a
                .iter()
                .map(|v| v.as_str().map_or_else(|| bad("args"), str::to_owned))
                .collect(),
            Some(_) => bad("args"),
        };
        let source_date_epoch = match table.get("source_date_epoch") {
            Some(toml::Value::Integer(n)) => Some(*n),
            None => None,
            Some(_) => bad("source_date_epoch"),
        };
        let mtime = match table.get("mtime") {
            Some(toml::Value::Integer(n)) => Some(*n),
            None => None,
            Some(_) => bad("mtime"),
        };
        let env = match table.get("env") {
            None => BTreeMap::new(),
            Some(toml::Value::Table(t)) => t
                .iter()
                .map(|(k, v)| {
                    (
                        k.clone(),
                        v.as_str().map_or_else(|| bad("env"), str::to_owned),
                    )
                })
                .collect(),
            Some(_) => bad("env"),
        };
        let name = dir
            .file_name()
            .expect("fixture dir has a name")
            .to_string_lossy()
            .into_owned();
        let site = site
            .canonicalize()
            .unwrap_or_else(|e| panic!("{}: {e}", site.display()));
        Self {
            name,
            site,
            expected: dir.join("expected"),
            args,
            source_date_epoch,
            env,
            mtime,
        }
    }

    /// The command as a person would type it, for reports.
    pub(crate) fn command_line(&self) -> String {
        let mut env: Vec<String> = self.env.iter().map(|(k, v)| format!("{k}={v} ")).collect();
        if let Some(epoch) = self.source_date_epoch {
            env.push(format!("SOURCE_DATE_EPOCH={epoch} "));
        }
        format!(
            "{}hyde build -s {} -d TMP {}",
            env.concat(),
            self.site.display(),
            self.args.join(" ")
        )
        .trim_end()
        .to_owned()
    }
}

/// `fixtures/known-failures.txt`: `name — reason` per line (`-` also accepted
/// as the separator), `#` comments and blank lines ignored.
pub(crate) fn known_failures(path: &Path) -> BTreeMap<String, String> {
    let Ok(text) = fs::read_to_string(path) else {
        return BTreeMap::new();
    };
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| {
            let (name, reason) = line
                .split_once('—')
                .or_else(|| line.split_once(" - "))
                .unwrap_or_else(|| panic!("{}: `{line}` has no `— reason`", path.display()));
            (name.trim().to_owned(), reason.trim().to_owned())
        })
        .collect()
}
