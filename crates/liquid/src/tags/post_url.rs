//! `{% post_url 2010-07-21-name %}`: the URL of a post, with `baseurl`.

use std::io::Write;
use std::sync::Arc;

use liquid_core::Runtime;
use liquid_core::parser::{Language, ParseTag, TagReflection, TagTokenIter};
use liquid_core::runtime::Renderable;

use super::markup::{Markup, Packing};
use crate::engine::Site;
use crate::filters::url::relative_url;
use crate::state::RenderState;

/// The `post_url` tag.
#[derive(Clone)]
pub(crate) struct PostUrlTag {
    site: Arc<Site>,
    packing: Packing,
}

impl PostUrlTag {
    pub(crate) fn new(site: Arc<Site>, packing: Packing) -> Self {
        PostUrlTag { site, packing }
    }
}

impl TagReflection for PostUrlTag {
    fn tag(&self) -> &str {
        "post_url"
    }
    fn description(&self) -> &str {
        "The URL of a post, by its file name without extension."
    }
}

#[derive(Debug)]
struct PostUrl {
    site: Arc<Site>,
    name: String,
    line: usize,
}

impl ParseTag for PostUrlTag {
    fn parse(
        &self,
        arguments: TagTokenIter<'_>,
        _options: &Language,
    ) -> liquid_core::Result<Box<dyn Renderable>> {
        let markup = Markup::read_as(arguments, self.packing)?;
        Ok(Box::new(PostUrl {
            site: self.site.clone(),
            name: markup.text.trim().to_owned(),
            line: markup.line,
        }))
    }

    fn reflection(&self) -> &dyn TagReflection {
        self
    }
}

impl Renderable for PostUrl {
    fn render_to(&self, writer: &mut dyn Write, runtime: &dyn Runtime) -> liquid_core::Result<()> {
        match self.site.hooks.post_url(&self.name) {
            Some(url) => write!(writer, "{}", relative_url(&self.site, &url))
                .map_err(|e| liquid_core::Error::with_msg(e.to_string())),
            None => Err(RenderState::fail(
                runtime,
                crate::error::Error::Jekyll {
                    location: RenderState::location(runtime, Some(self.line)),
                    message: format!(
                        "Could not find post \"{}\" in tag 'post_url'.\n\nMake sure the post exists and the name is correct.\n",
                        self.name
                    ),
                },
            )),
        }
    }
}
