//! Permalink styles: the site's `permalink:` setting.

/// The site's `permalink:` setting (Jekyll's `site.permalink_style`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum PermalinkStyle {
    /// `date` (Jekyll's default): `/:categories/:year/:month/:day/:title:output_ext`.
    Date,
    /// `pretty`: `/:categories/:year/:month/:day/:title/`.
    Pretty,
    /// `ordinal`: `/:categories/:year/:y_day/:title:output_ext`.
    Ordinal,
    /// `weekdate`: `/:categories/:year/W:week/:short_day/:title:output_ext`.
    Weekdate,
    /// `none`: `/:categories/:title:output_ext`.
    None,
    /// Any other string: a template used as it is.
    Custom(String),
}

impl PermalinkStyle {
    /// Reads the `permalink:` value of the site config (`"date"` when unset).
    pub(crate) fn from_config(value: &str) -> PermalinkStyle {
        match value {
            "date" => PermalinkStyle::Date,
            "pretty" => PermalinkStyle::Pretty,
            "ordinal" => PermalinkStyle::Ordinal,
            "weekdate" => PermalinkStyle::Weekdate,
            "none" => PermalinkStyle::None,
            other => PermalinkStyle::Custom(other.to_owned()),
        }
    }

    /// The style's name or custom template, as Jekyll's `permalink_style.to_s`.
    fn as_str(&self) -> &str {
        match self {
            PermalinkStyle::Date => "date",
            PermalinkStyle::Pretty => "pretty",
            PermalinkStyle::Ordinal => "ordinal",
            PermalinkStyle::Weekdate => "weekdate",
            PermalinkStyle::None => "none",
            PermalinkStyle::Custom(template) => template,
        }
    }

    /// The posts collection's URL template (`Configuration#style_to_permalink`),
    /// used unless `collections.posts.permalink` is set (which is taken
    /// literally, even when it is a style name).
    pub(crate) fn posts_template(&self) -> String {
        match self {
            PermalinkStyle::Date => "/:categories/:year/:month/:day/:title:output_ext".into(),
            PermalinkStyle::Pretty => "/:categories/:year/:month/:day/:title/".into(),
            PermalinkStyle::Ordinal => "/:categories/:year/:y_day/:title:output_ext".into(),
            PermalinkStyle::Weekdate => {
                "/:categories/:year/W:week/:short_day/:title:output_ext".into()
            }
            PermalinkStyle::None => "/:categories/:title:output_ext".into(),
            PermalinkStyle::Custom(template) => template.clone(),
        }
    }

    /// `Utils.add_permalink_suffix`: ends `template` the way this style ends.
    ///
    /// `pretty` adds `/`; `date`, `ordinal` and `none` add `:output_ext`;
    /// a custom template ending in `/` adds `/`, one ending in `:output_ext`
    /// adds `:output_ext`. `weekdate` adds nothing (Jekyll forgets it), so a
    /// page under `permalink: weekdate` gets an extensionless URL.
    pub(crate) fn add_suffix(&self, template: &str) -> String {
        let mut out = template.to_owned();
        match self {
            PermalinkStyle::Pretty => out.push('/'),
            PermalinkStyle::Date | PermalinkStyle::Ordinal | PermalinkStyle::None => {
                out.push_str(":output_ext");
            }
            PermalinkStyle::Weekdate | PermalinkStyle::Custom(_) => {
                let style = self.as_str();
                if style.ends_with('/') {
                    out.push('/');
                }
                if style.ends_with(":output_ext") {
                    out.push_str(":output_ext");
                }
            }
        }
        out
    }

    /// The URL template of a collection other than posts, or of posts when the
    /// config sets no `permalink:` at all, unless the collection's config sets
    /// `permalink` (`Collection#url_template`): `/:collection/:path` plus the
    /// style's suffix.
    pub(crate) fn collection_template(&self) -> String {
        self.add_suffix("/:collection/:path")
    }
}

#[cfg(test)]
mod tests {
    //! Expected values: `ruby -rjekyll -e 'p Jekyll::Utils.add_permalink_suffix(t, s)'`
    //! with Jekyll 4.3.1, and the STYLE_TO_PERMALINK table of its
    //! configuration.rb; checked on built sites by the page and document tests.

    use super::*;

    #[test]
    fn styles_are_read_from_their_names() {
        assert_eq!(PermalinkStyle::from_config("date"), PermalinkStyle::Date);
        assert_eq!(
            PermalinkStyle::from_config("pretty"),
            PermalinkStyle::Pretty
        );
        assert_eq!(
            PermalinkStyle::from_config("ordinal"),
            PermalinkStyle::Ordinal
        );
        assert_eq!(
            PermalinkStyle::from_config("weekdate"),
            PermalinkStyle::Weekdate
        );
        assert_eq!(PermalinkStyle::from_config("none"), PermalinkStyle::None);
        assert_eq!(
            PermalinkStyle::from_config("/:title/"),
            PermalinkStyle::Custom("/:title/".into())
        );
    }

    #[test]
    fn add_suffix_follows_the_style_ending() {
        let cases = [
            ("pretty", "/:basename/"),
            ("date", "/:basename:output_ext"),
            ("ordinal", "/:basename:output_ext"),
            ("none", "/:basename:output_ext"),
            ("weekdate", "/:basename"),
            ("/:year/:month/:title/", "/:basename/"),
            ("/:year/:month/:title", "/:basename"),
            ("/:year/:title:output_ext", "/:basename:output_ext"),
            ("/:title.html", "/:basename"),
        ];
        for (style, expected) in cases {
            let got = PermalinkStyle::from_config(style).add_suffix("/:basename");
            assert_eq!(got, expected, "style {style:?}");
        }
    }

    #[test]
    fn posts_and_collections_templates() {
        assert_eq!(
            PermalinkStyle::Date.posts_template(),
            "/:categories/:year/:month/:day/:title:output_ext"
        );
        assert_eq!(
            PermalinkStyle::Pretty.collection_template(),
            "/:collection/:path/"
        );
        assert_eq!(
            PermalinkStyle::Date.collection_template(),
            "/:collection/:path:output_ext"
        );
        assert_eq!(
            PermalinkStyle::Weekdate.collection_template(),
            "/:collection/:path"
        );
        assert_eq!(
            PermalinkStyle::from_config("/:title").posts_template(),
            "/:title"
        );
    }
}
