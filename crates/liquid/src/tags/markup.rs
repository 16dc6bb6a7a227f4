//! Reading the markup the front end packed for Jekyll's tags.

use liquid_core::parser::TagTokenIter;

use crate::frontend;

/// A Jekyll tag's markup as written, and the line of the tag.
pub(crate) struct Markup {
    pub(crate) text: String,
    pub(crate) line: usize,
}

/// How a Jekyll tag receives its markup.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Packing {
    /// Packed by hyde's front end: the markup exactly as written, and its line.
    Packed,
    /// From a plain liquid-rust parser: the tokens its grammar read, joined by
    /// spaces, with a leading string literal unquoted (`{% include "a/b.html" %}`).
    Tokens,
}

impl Markup {
    /// Reads the markup of a tag parsed as `packing` says.
    pub(crate) fn read_as(
        arguments: TagTokenIter<'_>,
        packing: Packing,
    ) -> liquid_core::Result<Markup> {
        match packing {
            Packing::Packed => Self::read(arguments),
            Packing::Tokens => {
                let mut words = Vec::new();
                for (i, token) in arguments.enumerate() {
                    let word = token.as_str();
                    let unquoted = (i == 0 && word.len() >= 2)
                        .then(|| {
                            word.strip_prefix('"')
                                .and_then(|w| w.strip_suffix('"'))
                                .or_else(|| {
                                    word.strip_prefix('\'').and_then(|w| w.strip_suffix('\''))
                                })
                        })
                        .flatten();
                    words.push(unquoted.unwrap_or(word).to_owned());
                }
                Ok(Markup {
                    text: words.join(" "),
                    line: 0,
                })
            }
        }
    }

    /// Reads `"ENCODED" LINE` from the tag's tokens.
    pub(crate) fn read(mut arguments: TagTokenIter<'_>) -> liquid_core::Result<Markup> {
        let text = arguments
            .expect_next("markup expected")?
            .expect_literal()
            .into_result()?;
        let line = arguments
            .expect_next("line expected")?
            .expect_literal()
            .into_result()?;
        arguments.expect_nothing()?;
        use liquid_core::ValueView;
        let text = frontend::decode(text.to_kstr().as_str());
        let line = line.as_scalar().and_then(|s| s.to_integer()).unwrap_or(0);
        Ok(Markup {
            text,
            line: usize::try_from(line).unwrap_or(0),
        })
    }
}

/// Parses `text` as a template with `lang`, for markup Jekyll renders as
/// Liquid (`{% include {{ name }} %}`, `{% link {{ path }} %}`).
pub(crate) fn parse_template(
    text: &str,
    lang: &liquid_core::Language,
) -> liquid_core::Result<liquid_core::runtime::Template> {
    let is_filter = |name: &str| lang.filters.get(name).is_some();
    let prepared = frontend::prepare(text, 1, &is_filter);
    liquid_core::parser::parse(&prepared, lang).map(liquid_core::runtime::Template::new)
}
