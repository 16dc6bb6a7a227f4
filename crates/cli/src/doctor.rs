//! `hyde doctor`: Jekyll's `doctor` checks over a loaded site.

use std::collections::BTreeMap;
use std::process::ExitCode;

use crate::BuildArgs;
use crate::log::Logger;

/// Whether `url` is absolute as Addressable sees it: it starts with a scheme.
fn has_scheme(url: &str) -> bool {
    match url.split_once(':') {
        Some((scheme, _)) => !scheme.is_empty() && !scheme.contains(['/', '?', '#']),
        None => false,
    }
}

/// Runs Jekyll's checks; exits 1 when one fails, as Jekyll's `abort` does.
pub(crate) fn run(args: &BuildArgs) -> ExitCode {
    use hyde::liquid::Value;
    let log = Logger::new(args.quiet);
    let options = args.options();
    let site = match hyde::Site::load(&options) {
        Ok(s) => s,
        Err(e) => return crate::fail(&log, &e, &options),
    };
    for f in &site.config.files_read {
        log.info("Configuration file:", &f.display().to_string());
    }
    let mut healthy = true;

    if site
        .config
        .get("relative_permalinks")
        .is_some_and(Value::is_truthy)
    {
        log.warn(
            "Deprecation:",
            "Your site still uses relative permalinks, which was removed in Jekyll v3.0.0.",
        );
        healthy = false;
    }

    for conflict in site.conflicts() {
        log.warn_lines(&conflict.topic, conflict.message.trim_end_matches('\n'));
        log.warn("", "");
        healthy = false;
    }

    // URLs that only differ by case: pages and the documents written.
    let dest = &site.config.destination;
    let mut by_lower: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let docs = site
        .collections
        .values()
        .filter(|c| c.write())
        .flat_map(|c| c.docs.iter().map(|&i| &site.documents[i]))
        .filter(|d| d.write);
    for item in site.pages.iter().chain(docs) {
        let path = dest.join(&item.destination).display().to_string();
        by_lower.entry(path.to_lowercase()).or_default().push(path);
    }
    for real in by_lower.values() {
        let mut unique = real.clone();
        unique.dedup();
        if unique.len() > 1 {
            log.warn(
                "Warning:",
                &format!(
                    "The following URLs only differ by case. On a case-insensitive file system \
                     one of the URLs will be overwritten by the other: {}",
                    real.join(", ")
                ),
            );
            healthy = false;
        }
    }

    // The site URL: set, a string, absolute.
    let url = site.config.get("url");
    let url_str = url.and_then(Value::as_str);
    if url.is_none_or(Value::is_nil) || url_str == Some("") {
        log.warn(
            "Warning:",
            "You didn't set an URL in the config file, you may encounter problems with some plugins.",
        );
        healthy = false;
    }
    if url.is_some_and(|u| !u.is_nil() && u.as_str().is_none()) {
        log.warn(
            "Warning:",
            "The site URL does not seem to be valid, check the value of `url` in your config file.",
        );
        healthy = false;
    }
    if !url_str.is_some_and(has_scheme) {
        log.warn(
            "Warning:",
            "Your site URL does not seem to be absolute, check the value of `url` in your config file.",
        );
        healthy = false;
    }

    // Posts at the root while a `collections_dir` is set.
    let collections_dir = site
        .config
        .get("collections_dir")
        .and_then(Value::as_str)
        .unwrap_or("");
    if !collections_dir.is_empty() && site.config.source.join("_posts").is_dir() {
        log.warn(
            "Warning:",
            "Detected '_posts' directory outside custom `collections_dir`!",
        );
        log.warn(
            "",
            &format!(
                "Please move '{}' into the custom directory at '{}'",
                site.config.source.join("_posts").display(),
                site.config.source.join(collections_dir).display()
            ),
        );
        healthy = false;
    }

    if healthy {
        log.info("Your test results", "are in. Everything looks fine.");
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absolute_urls_have_a_scheme() {
        assert!(has_scheme("http://example.com"));
        assert!(has_scheme("mailto:x@example.com"));
        assert!(!has_scheme("example.com"));
        assert!(!has_scheme("//example.com"));
        assert!(!has_scheme("/a:b"));
    }
}
