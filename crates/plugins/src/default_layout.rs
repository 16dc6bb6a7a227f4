//! jekyll-default-layout 0.1.5: Markdown pages and posts without a layout (from front
//! matter or defaults; `layout: null` counts as one) get the first of the site's layouts
//! that fits: `home` for the page at `/`, `page` for pages, `post` for posts, else
//! `default`; with none of them, `layout` is set to nil. Other collections' documents
//! are left alone. A generator of priority `:lowest`.

use hyde_liquid::Value;

use hyde::Document;
use hyde::Plugin;
use hyde::Result;
use hyde::Site;

use crate::optional_front_matter::is_markdown;

/// The generator of jekyll-default-layout.
pub(crate) struct DefaultLayout;

impl Plugin for DefaultLayout {
    fn name(&self) -> &str {
        "jekyll-default-layout"
    }

    fn priority(&self) -> i32 {
        -100
    }

    fn generate(&self, site: &mut Site) -> Result<()> {
        // The home page is known by its URL, which pages added by earlier generators
        // do not have yet.
        site.assign_urls()?;
        let layout_for = |site: &Site, doc: &Document| -> Option<Value> {
            if !is_markdown(site, &doc.ext) || doc.data.contains_key("layout") {
                return None;
            }
            let exists = |name: &str| site.layouts.contains_key(name);
            let is_page = doc.collection().is_none();
            let layout = if doc.url == "/" && exists("home") {
                Value::from("home")
            } else if is_page && exists("page") {
                Value::from("page")
            } else if doc.collection() == Some("posts") && exists("post") {
                Value::from("post")
            } else if exists("default") {
                Value::from("default")
            } else {
                Value::Nil
            };
            Some(layout)
        };
        for i in 0..site.pages.len() {
            if let Some(layout) = layout_for(site, &site.pages[i]) {
                site.pages[i].data.insert("layout".into(), layout);
            }
        }
        let posts: Vec<usize> = site
            .collections
            .get("posts")
            .map(|c| c.docs.clone())
            .unwrap_or_default();
        for i in posts {
            if let Some(layout) = site.documents.get(i).and_then(|d| layout_for(site, d)) {
                site.documents[i].data.insert("layout".into(), layout);
            }
        }
        Ok(())
    }
}
