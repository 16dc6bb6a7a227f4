//! jekyll-gzip: in production, a `.gz` beside every written file with one of the
//! configured extensions, compressed at zlib's best level, as the gem writes it
//! (header modification time = the file's, original name = its path).

use std::io::Write as _;
use std::path::Path;

use flate2::Compression;
use flate2::write::DeflateEncoder;
use hyde_liquid::Value;

use hyde::Plugin;
use hyde::{BuildReport, Site};
use hyde::{Error, Result};

/// The extensions compressed when `gzip.extensions` is not set.
const DEFAULT_EXTENSIONS: &[&str] = &[
    ".html", ".css", ".js", ".json", ".jsonld", ".txt", ".ttf", ".atom", ".stl", ".xml", ".svg",
    ".eot",
];

/// The jekyll-gzip plugin.
pub(crate) struct Gzip;

impl Plugin for Gzip {
    fn name(&self) -> &str {
        "jekyll-gzip"
    }

    fn post_write(&self, site: &Site, _report: &mut BuildReport) -> Result<()> {
        if site.environment != "production" {
            return Ok(());
        }
        let conf = site.config.get("gzip").filter(|g| g.as_hash().is_some());
        let extensions: Vec<String> = match conf.and_then(|c| c.get("extensions")) {
            Some(Value::Array(list)) => list
                .iter()
                .map(hyde::liquid::Value::to_ruby_string)
                .collect(),
            Some(v) if v.is_truthy() => vec![hyde::liquid::Value::to_ruby_string(v)],
            _ => DEFAULT_EXTENSIONS.iter().map(|e| (*e).to_owned()).collect(),
        };
        let replace = conf
            .and_then(|c| c.get("replace_files"))
            .is_some_and(Value::is_truthy);
        for rel in written_files(site) {
            let path = site.config.destination.join(rel);
            if !extensions.iter().any(|e| e == hyde::ruby::extname(rel)) || !path.is_file() {
                continue;
            }
            compress(&path, replace)?;
        }
        Ok(())
    }
}

/// `site.each_site_file`: pages, static files, then written documents; each path
/// once.
fn written_files(site: &Site) -> Vec<&str> {
    let mut seen = std::collections::HashSet::new();
    let pages = site
        .pages
        .iter()
        .filter(|p| p.write)
        .map(|p| p.destination.as_str());
    let statics = site
        .static_files
        .iter()
        .filter(|f| f.write)
        .map(|f| f.destination.as_str());
    let docs = site
        .collections
        .values()
        .filter(|c| c.write())
        .flat_map(|c| c.docs.iter().map(|&i| &site.documents[i]))
        .filter(|d| d.write)
        .map(|d| d.destination.as_str());
    pages
        .chain(statics)
        .chain(docs)
        .filter(|d| seen.insert(*d))
        .collect()
}

/// The gzip member Ruby's `Zlib::GzipWriter` writes: a header with the original
/// name and modification time, raw deflate at level 9, CRC-32 and length.
fn gzip_bytes(content: &[u8], mtime: u32, name: &[u8]) -> std::io::Result<Vec<u8>> {
    // FNAME flag; XFL 2 (best compression); OS 3 (Unix).
    let mut out = vec![0x1f, 0x8b, 8, 0x08];
    out.extend_from_slice(&mtime.to_le_bytes());
    out.extend_from_slice(&[2, 3]);
    out.extend(name.iter().copied().filter(|&b| b != 0));
    out.push(0);
    let mut encoder = DeflateEncoder::new(out, Compression::best());
    encoder.write_all(content)?;
    let mut out = encoder.finish()?;
    let mut crc = flate2::Crc::new();
    crc.update(content);
    out.extend_from_slice(&crc.sum().to_le_bytes());
    out.extend_from_slice(&(content.len() as u32).to_le_bytes());
    Ok(out)
}

fn compress(path: &Path, replace: bool) -> Result<()> {
    let content = std::fs::read(path).map_err(|e| Error::io("reading", path, e))?;
    let mtime = std::fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_secs() as u32);
    let name = path.as_os_str().as_encoded_bytes();
    let bytes = gzip_bytes(&content, mtime, name).map_err(|e| Error::io("compressing", path, e))?;
    let target = if replace {
        path.to_path_buf()
    } else {
        let mut t = path.as_os_str().to_owned();
        t.push(".gz");
        std::path::PathBuf::from(t)
    };
    std::fs::write(&target, bytes).map_err(|e| Error::io("writing", target, e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;
    use std::io::Read as _;

    fn files(root: &Path) -> BTreeSet<std::path::PathBuf> {
        let mut out = BTreeSet::new();
        let mut stack = vec![root.to_path_buf()];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else {
                    out.insert(path.strip_prefix(root).unwrap().to_path_buf());
                }
            }
        }
        out
    }

    /// A gzip member without the header's time and name: (fixed header bytes, rest).
    fn without_time_and_name(bytes: &[u8]) -> (Vec<u8>, Vec<u8>) {
        assert_eq!(&bytes[..4], &[0x1f, 0x8b, 8, 0x08]);
        let name_end = 10 + bytes[10..].iter().position(|&b| b == 0).unwrap();
        (
            [&bytes[..4], &bytes[8..10]].concat(),
            bytes[name_end + 1..].to_vec(),
        )
    }

    /// `fixtures/plugin-gzip` was made by real Jekyll in production (see its README): hyde
    /// writes the same files, and each `.gz` holds the same bytes but for the header's
    /// time and name, which are the build's own (the file's mtime and absolute path).
    #[test]
    fn the_fixture_matches_jekyll_but_for_each_builds_time_and_path() {
        let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/plugin-gzip");
        let dest = tempfile::tempdir().unwrap();
        let mut options = hyde::BuildOptions::new(fixture.join("site"));
        options.plugin_lookup = Some(crate::builtin);
        options.destination = Some(dest.path().join("_site"));
        options.environment = Some("production".into());
        options.time_epoch = Some(1_700_000_000);
        hyde::Site::build(&options).unwrap();
        let (expected, actual) = (fixture.join("expected"), dest.path().join("_site"));
        assert_eq!(files(&expected), files(&actual));
        for rel in files(&expected) {
            let (want, got) = (
                std::fs::read(expected.join(&rel)).unwrap(),
                std::fs::read(actual.join(&rel)).unwrap(),
            );
            if rel.extension().is_some_and(|e| e == "gz") {
                assert_eq!(
                    without_time_and_name(&want),
                    without_time_and_name(&got),
                    "{}",
                    rel.display()
                );
            } else {
                assert_eq!(want, got, "{}", rel.display());
            }
        }
    }

    #[test]
    fn the_member_decompresses_and_carries_name_and_time() {
        let bytes = gzip_bytes(b"hello hello hello", 1_700_000_000, b"/tmp/x.html").unwrap();
        let mut decoder = flate2::read::GzDecoder::new(&bytes[..]);
        let mut text = String::new();
        decoder.read_to_string(&mut text).unwrap();
        assert_eq!(text, "hello hello hello");
        let header = decoder.header().unwrap();
        assert_eq!(header.filename(), Some(&b"/tmp/x.html"[..]));
        assert_eq!(header.mtime(), 1_700_000_000);
        assert_eq!(&bytes[8..10], &[2, 3]);
    }
}
