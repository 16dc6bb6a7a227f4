//! `{% link path %}`: the URL of a site file, with `baseurl`.

use std::io::Write;
use std::sync::Arc;

use liquid_core::Runtime;
use liquid_core::parser::{Language, ParseTag, TagReflection, TagTokenIter};
use liquid_core::runtime::{Renderable, Template};

use super::markup::{Markup, Packing, parse_template};
use crate::engine::Site;
use crate::filters::url::relative_url;
use crate::state::RenderState;

/// The `link` tag.
#[derive(Clone)]
pub(crate) struct LinkTag {
    site: Arc<Site>,
    packing: Packing,
}

impl LinkTag {
    pub(crate) fn new(site: Arc<Site>, packing: Packing) -> Self {
        LinkTag { site, packing }
    }
}

impl TagReflection for LinkTag {
    fn tag(&self) -> &str {
        "link"
    }
    fn description(&self) -> &str {
        "The URL of a site file, by its path in the source."
    }
}

#[derive(Debug)]
struct Link {
    site: Arc<Site>,
    path: Template,
    line: usize,
}

impl std::fmt::Debug for Site {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Site")
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

impl ParseTag for LinkTag {
    fn parse(
        &self,
        arguments: TagTokenIter<'_>,
        options: &Language,
    ) -> liquid_core::Result<Box<dyn Renderable>> {
        let markup = Markup::read_as(arguments, self.packing)?;
        Ok(Box::new(Link {
            site: self.site.clone(),
            path: parse_template(markup.text.trim(), options)?,
            line: markup.line,
        }))
    }

    fn reflection(&self) -> &dyn TagReflection {
        self
    }
}

impl Renderable for Link {
    fn render_to(&self, writer: &mut dyn Write, runtime: &dyn Runtime) -> liquid_core::Result<()> {
        let path = self.path.render(runtime)?;
        let with_slash = format!("/{}", path.trim_start_matches('/'));
        let url = self
            .site
            .hooks
            .link(&path)
            .or_else(|| self.site.hooks.link(&with_slash));
        match url {
            Some(url) => write!(writer, "{}", relative_url(&self.site, &url))
                .map_err(|e| liquid_core::Error::with_msg(e.to_string())),
            None => Err(RenderState::fail(
                runtime,
                crate::error::Error::Jekyll {
                    location: RenderState::location(runtime, Some(self.line)),
                    message: format!(
                        "Could not find document '{path}' in tag 'link'.\n\nMake sure the document exists and the path is correct.\n"
                    ),
                },
            )),
        }
    }
}
