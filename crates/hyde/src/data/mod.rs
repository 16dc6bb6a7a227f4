//! Data files (`_data`) and their formats, read as Jekyll's `DataReader` reads them.

pub(crate) mod parse;

use std::path::Path;

use hyde_liquid::{Hash, Value};

use crate::error::{Error, Result, SourceLocation};
use crate::source::{Files, PathKind};

/// Jekyll's `DataReader#sanitize_filename`: drops characters other than word
/// characters, whitespace and `-`, then turns whitespace runs into `_`.
pub(crate) fn sanitize_filename(name: &str) -> String {
    let kept: String = name
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == '_' || c.is_whitespace() || *c == '-')
        .collect();
    let trimmed = kept.trim();
    let mut out = String::new();
    let mut in_ws = false;
    for c in trimmed.chars() {
        if c.is_whitespace() {
            if !in_ws {
                out.push('_');
            }
            in_ws = true;
        } else {
            out.push(c);
            in_ws = false;
        }
    }
    out
}

/// Reads the data folder `dir` (absolute) into a hash, nested folders as nested hashes.
pub(crate) fn read_dir(
    files: &Files,
    dir: &Path,
    site_source: &Path,
    zone: &crate::date::Zone,
) -> Result<Hash> {
    let mut out = Hash::new();
    read_into(files, dir, site_source, zone, &mut out)?;
    Ok(out)
}

fn read_into(
    files_in: &Files,
    dir: &Path,
    site_source: &Path,
    zone: &crate::date::Zone,
    out: &mut Hash,
) -> Result<()> {
    if files_in.kind(dir) != Some(PathKind::Dir) {
        return Ok(());
    }
    let mut files: Vec<(String, std::path::PathBuf)> = Vec::new();
    let mut dirs: Vec<(String, std::path::PathBuf)> = Vec::new();
    let entries = files_in
        .list(dir)
        .map_err(|e| Error::io("reading", dir, e))?;
    for name in entries {
        // Ruby's Dir["*"] skips dotfiles.
        if name.starts_with('.') {
            continue;
        }
        let path = dir.join(&name);
        let Some(kind) = files_in.kind(&path) else {
            continue;
        };
        // Symlinks are never followed (Jekyll's safe mode; hyde never leaves the site).
        match kind {
            PathKind::Dir => dirs.push((name, path)),
            // FIFOs, sockets and devices are never read (one would block the build).
            PathKind::File => files.push((name, path)),
            _ => {}
        }
    }
    // Dir["*.{yaml,yml,json,csv,tsv}"]: one sorted group per extension, in that order.
    for ext in ["yaml", "yml", "json", "csv", "tsv"] {
        let mut group: Vec<&(String, std::path::PathBuf)> = files
            .iter()
            .filter(|(n, _)| n.rsplit_once('.').is_some_and(|(_, e)| e == ext))
            .collect();
        group.sort_by(|a, b| a.0.cmp(&b.0));
        for (name, path) in group {
            let stem = name.rsplit_once('.').map_or(name.as_str(), |(s, _)| s);
            let value = read_file(files_in, path, site_source, zone)?;
            out.insert(sanitize_filename(stem), value);
        }
    }
    dirs.sort_by(|a, b| a.0.cmp(&b.0));
    for (name, path) in dirs {
        let mut sub = Hash::new();
        read_into(files_in, &path, site_source, zone, &mut sub)?;
        out.insert(sanitize_filename(&name), Value::hash(sub));
    }
    Ok(())
}

fn relative(path: &Path, root: &Path) -> std::path::PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

/// Reads one data file by its extension.
pub(crate) fn read_file(
    files: &Files,
    path: &Path,
    site_source: &Path,
    zone: &crate::date::Zone,
) -> Result<Value> {
    // Jekyll reads data files as plain UTF-8: a BOM stays (CSV keeps it in the first header).
    let text = crate::reader::read_text_keep_bom(files, path, site_source)?;
    let text = text.as_str();
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    let loc = |line, column| SourceLocation::at(relative(path, site_source), line, column);
    match ext.as_str() {
        "csv" | "tsv" => {
            let parsed = if ext == "csv" {
                parse::csv(text)
            } else {
                parse::tsv(text)
            };
            parsed.map_err(|e| Error::Data {
                location: loc(e.line, e.column),
                message: e.message,
            })
        }
        "json" => parse::json(text).map_err(|e| Error::Data {
            location: loc(e.line, e.column),
            message: e.message,
        }),
        _ => crate::yaml::parse_in_zone(text.strip_prefix('\u{feff}').unwrap_or(text), zone.tz())
            .map_err(|e| Error::Yaml {
                location: loc(e.line, e.column),
                message: e.message,
            }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Ruby: name.gsub(%r![^\w\s-]+|(?<=^|\b\s)\s+(?=$|\s?\b)!, "").gsub(%r!\s+!, "_")
    #[test]
    fn file_names_become_keys_as_jekyll_sanitizes_them() {
        assert_eq!(sanitize_filename("members"), "members");
        assert_eq!(sanitize_filename("my data"), "my_data");
        assert_eq!(sanitize_filename("a.b"), "ab");
        assert_eq!(sanitize_filename("team-2020"), "team-2020");
    }
}
