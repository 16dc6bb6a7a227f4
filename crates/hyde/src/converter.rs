//! Converters: Markdown to HTML, and the identity converter for everything else.

use hyde_liquid::Value;

use crate::config::Config;

/// The converter a file's extension selects.
#[derive(Clone, Debug)]
pub(crate) struct Converters {
    markdown_exts: Vec<String>,
    kramdown: hyde_kramdown::Options,
}

impl Converters {
    pub(crate) fn new(config: &Config) -> Converters {
        let mut kramdown = hyde_kramdown::Options::default();
        if let Some(Value::Hash(h)) = config.get("kramdown") {
            for (k, v) in h.iter() {
                let s = match v {
                    Value::Array(a) => a.iter().map(crate::ruby::value_to_s).collect::<Vec<_>>().join(","),
                    other => crate::ruby::value_to_s(other),
                };
                kramdown.set(k, &s);
            }
        }
        Converters {
            markdown_exts: config.markdown_exts(),
            kramdown,
        }
    }

    /// Whether `ext` (with its dot) is Markdown.
    pub(crate) fn is_markdown(&self, ext: &str) -> bool {
        let e = ext.trim_start_matches('.').to_ascii_lowercase();
        self.markdown_exts.contains(&e)
    }

    /// The output extension for a source extension.
    pub(crate) fn output_ext(&self, ext: &str) -> String {
        if self.is_markdown(ext) {
            ".html".to_string()
        } else {
            ext.to_string()
        }
    }

    /// Converts a body by its source extension.
    pub(crate) fn convert(&self, ext: &str, input: &str) -> String {
        if self.is_markdown(ext) {
            self.markdown(input)
        } else {
            input.to_string()
        }
    }

    /// Markdown to HTML with the site's kramdown options.
    pub(crate) fn markdown(&self, input: &str) -> String {
        hyde_kramdown::to_html(input, &self.kramdown)
    }
}
