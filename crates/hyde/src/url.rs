//! Assigning URLs, output extensions and destinations to everything read.

use hyde_liquid::Value;

use crate::converter::Converters;
use crate::document::Kind;
use crate::error::{Error, Result, SourceLocation};
use crate::permalink::{self, PermalinkStyle};
use crate::site::Site;

fn permalink_error(path: &str, e: permalink::PermalinkError) -> Error {
    Error::FrontMatter {
        location: SourceLocation::at(path, 0, 0),
        message: e.to_string(),
    }
}

/// Gives every page, document and static file that has none yet its URL and output
/// path (generators may add items with their URL already set).
pub(crate) fn assign(site: &mut Site, converters: &Converters) -> Result<()> {
    let style = PermalinkStyle::from_config(
        &site
            .config
            .get("permalink")
            .map(crate::ruby::value_to_s)
            .unwrap_or_else(|| "date".into()),
    );
    for page in site.pages.iter_mut().filter(|p| p.url.is_empty()) {
        let permalink = page
            .data
            .get("permalink")
            .filter(|v| !v.is_nil())
            .map(crate::ruby::value_to_s);
        page.output_ext =
            permalink::output_ext(permalink.as_deref(), &converters.output_ext(&page.ext));
        let dir = match (&page.dir, page.relative_path.rsplit_once('/')) {
            (Some(dir), _) => dir.clone(),
            (None, Some((d, _))) => format!("/{d}"),
            (None, None) => String::new(),
        };
        let input = permalink::PageUrlInput {
            dir: &dir,
            name: page.name(),
            output_ext: &page.output_ext,
            permalink: permalink.as_deref(),
        };
        page.url = permalink::page_url(&input, &style)
            .map_err(|e| permalink_error(&page.relative_path, e))?;
        page.destination = permalink::page_destination(&page.url, &page.output_ext);
    }
    let templates: std::collections::HashMap<String, String> = site
        .collections
        .iter()
        .map(|(label, c)| {
            let t = match c.metadata.get("permalink").filter(|v| v.is_truthy()) {
                Some(v) => crate::ruby::value_to_s(v),
                None if label == "posts" => style.posts_template(),
                None => style.collection_template(),
            };
            (label.clone(), t)
        })
        .collect();
    let site_time = site.time;
    for doc in site.documents.iter_mut().filter(|d| d.url.is_empty()) {
        let Kind::Document { collection, .. } = &doc.kind else {
            continue;
        };
        let template = templates.get(collection).cloned().unwrap_or_default();
        let permalink = doc
            .data
            .get("permalink")
            .filter(|v| !v.is_nil())
            .map(crate::ruby::value_to_s);
        doc.output_ext =
            permalink::output_ext(permalink.as_deref(), &converters.output_ext(&doc.ext));
        let categories: Vec<String> = match doc.data.get("categories") {
            Some(Value::Array(a)) => a.iter().map(crate::ruby::value_to_s).collect(),
            _ => Vec::new(),
        };
        let slug = doc.data.get("slug").map(crate::ruby::value_to_s);
        let input = permalink::DocumentUrlInput {
            collection,
            relative_path: &doc.relative_path,
            slug: slug.as_deref(),
            categories: &categories,
            date: doc.date.unwrap_or(site_time),
            output_ext: &doc.output_ext,
        };
        doc.url = permalink::document_url(&template, permalink.as_deref(), &input)
            .map_err(|e| permalink_error(&doc.relative_path, e))?;
        doc.destination = permalink::document_destination(&doc.url, &doc.output_ext);
    }
    for f in site.static_files.iter_mut().filter(|f| f.url.is_empty()) {
        let coll = f
            .collection
            .as_ref()
            .map(|label| permalink::StaticFileCollection {
                label,
                url_template: templates.get(label).map_or("", String::as_str),
            });
        let dir = f.dir.clone();
        f.url = permalink::static_file_url(&dir, &f.name, coll.as_ref())
            .map_err(|e| permalink_error(&f.relative_path, e))?;
        f.destination = permalink::static_file_destination(&f.url);
    }
    Ok(())
}
