//! The document tree kramdown's parser builds and its HTML converter walks.

/// What an element is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Root,
    Blank,
    Text,
    RawText,
    P,
    Header,
    Codeblock,
    Blockquote,
    Hr,
    Ul,
    Ol,
    Li,
    Dl,
    Dt,
    Dd,
    Table,
    Thead,
    Tbody,
    Tfoot,
    Tr,
    Td,
    HtmlElement,
    XmlComment,
    XmlPi,
    Comment,
    Raw,
    Eob,
    Br,
    A,
    Img,
    Codespan,
    Footnote,
    FootnoteDef,
    Em,
    Strong,
    Entity,
    TypographicSym,
    SmartQuote,
    Math,
    Abbreviation,
    Temp,
}

/// How the content of an HTML element is parsed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub(crate) enum ContentModel {
    /// Kept as text.
    #[default]
    Raw,
    /// Parsed as span-level Markdown.
    Span,
    /// Parsed as block-level Markdown.
    Block,
}

/// Table column alignment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Align {
    Default,
    Left,
    Center,
    Right,
}

/// Why an end-of-block marker is in the tree.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub(crate) enum EobKind {
    /// A `^` line.
    #[default]
    Marker,
    /// A block IAL.
    Ial,
    /// An ALD.
    Ald,
    /// A `{::options}` extension.
    Extension,
    /// A link definition (its normalized id).
    LinkDef(String),
    /// An abbreviation definition (its id).
    AbbrevDef(String),
    /// A footnote definition.
    FootnoteDef,
}

/// A typographic symbol.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Sym {
    Mdash,
    Ndash,
    Hellip,
    LaquoSpace,
    RaquoSpace,
    Laquo,
    Raquo,
}

/// A smart quote.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Quote {
    Lsquo,
    Rsquo,
    Ldquo,
    Rdquo,
}

/// An inline attribute list: references to ALDs and attributes, in order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Ial {
    /// ALD names referenced.
    pub(crate) refs: Vec<String>,
    /// Attributes (`class` accumulates).
    pub(crate) attrs: Attrs,
}

/// Ordered HTML attributes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Attrs(pub(crate) Vec<(String, String)>);

impl Attrs {
    /// The value of `key`.
    pub(crate) fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// Sets `key` (keeping its place if it is already there).
    pub(crate) fn set(&mut self, key: &str, value: String) {
        if let Some(slot) = self.0.iter_mut().find(|(k, _)| k == key) {
            slot.1 = value;
        } else {
            self.0.push((key.to_owned(), value));
        }
    }

    /// Removes `key`, returning its value.
    pub(crate) fn remove(&mut self, key: &str) -> Option<String> {
        let i = self.0.iter().position(|(k, _)| k == key)?;
        Some(self.0.remove(i).1)
    }

    /// Whether `key` is set.
    pub(crate) fn contains(&self, key: &str) -> bool {
        self.0.iter().any(|(k, _)| k == key)
    }

    /// Whether there is no attribute.
    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Options of an element; which ones matter depends on its kind.
#[derive(Clone, Debug, Default)]
pub(crate) struct Opts {
    pub(crate) ial: Option<Ial>,
    pub(crate) transparent: bool,
    pub(crate) level: u8,
    pub(crate) raw_text: String,
    pub(crate) span: bool,
    pub(crate) content_model: ContentModel,
    pub(crate) is_closed: bool,
    pub(crate) lang: Option<String>,
    pub(crate) alignment: Vec<Align>,
    pub(crate) first_as_para: bool,
    pub(crate) name: String,
    pub(crate) original: Option<String>,
    pub(crate) raw_types: Vec<String>,
    pub(crate) entity: Option<crate::entities::Entity>,
    pub(crate) sym: Option<Sym>,
    pub(crate) quote: Option<Quote>,
    pub(crate) eob: EobKind,
}

/// A node of the tree.
#[derive(Clone, Debug)]
pub(crate) struct Element {
    pub(crate) kind: Kind,
    pub(crate) value: String,
    pub(crate) attr: Attrs,
    pub(crate) o: Opts,
    pub(crate) children: Vec<Element>,
}

impl Element {
    /// A new element without value, attributes or children.
    pub(crate) fn new(kind: Kind) -> Element {
        Element {
            kind,
            value: String::new(),
            attr: Attrs::default(),
            o: Opts::default(),
            children: Vec::new(),
        }
    }

    /// A new element with a value.
    pub(crate) fn with_value(kind: Kind, value: impl Into<String>) -> Element {
        let mut e = Element::new(kind);
        e.value = value.into();
        e
    }

    /// Whether the element is span-level (text and inline markup).
    pub(crate) fn is_span(&self) -> bool {
        match self.kind {
            Kind::Text
            | Kind::Br
            | Kind::A
            | Kind::Img
            | Kind::Codespan
            | Kind::Footnote
            | Kind::Em
            | Kind::Strong
            | Kind::Entity
            | Kind::TypographicSym
            | Kind::SmartQuote
            | Kind::Abbreviation
            | Kind::RawText => true,
            Kind::HtmlElement
            | Kind::XmlComment
            | Kind::XmlPi
            | Kind::Comment
            | Kind::Raw
            | Kind::Math => self.o.span,
            _ => false,
        }
    }
}
