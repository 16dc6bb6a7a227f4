//! Builds values from saphyr's parse events, as Psych's `ToRuby` visitor
//! builds Ruby objects from libyaml's: tags, anchors and aliases, merge keys,
//! duplicate keys and non-string keys.

use std::collections::HashMap;

use chrono_tz::Tz;
use hyde_liquid::{Hash, Value};
use saphyr_parser::{Event, ScalarStyle, ScanError, Span, Tag};

use super::events;
use super::key::key_string;
use super::scalar::{ScalarError, to_float, tokenize};
use super::{YamlError, YamlErrorKind};

/// How deep collections may nest: Psych fails with `SystemStackError`
/// somewhere between one and two thousand levels (Ruby 3.1, default stack).
const MAX_DEPTH: usize = 1000;

/// The tag prefix `!!` stands for.
const CORE: &str = "tag:yaml.org,2002:";

/// What kind of node a value came from; Psych's merge key treats a literal
/// sequence of hashes differently from an alias to one.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Scalar,
    Alias,
    Sequence,
    Mapping,
    /// An alias inside the node of its own anchor; the value is what that
    /// mapping holds so far (merged by `<<`, nil anywhere else).
    Recursive,
}

/// A composed node.
struct Node {
    value: Value,
    kind: Kind,
    /// Tagged `!!str`: such a `<<` key is an ordinary key.
    str_tagged: bool,
}

impl Node {
    /// The value, where an alias inside its own anchor's node (a cycle in
    /// Ruby, which hyde's values cannot hold) reads as nil.
    fn into_value(self) -> Value {
        if self.kind == Kind::Recursive {
            Value::Nil
        } else {
            self.value
        }
    }
}

/// A collection being built.
enum Open {
    /// A sequence and its items so far.
    Sequence {
        /// saphyr's anchor id, 0 for none.
        anchor: usize,
        /// The items so far.
        items: Vec<Value>,
        /// Tagged `!!omap`: Psych makes a hash of the one-pair mappings.
        omap: bool,
    },
    /// A mapping (its pairs are in `Composer::building`), with a key waiting
    /// for its value.
    Mapping {
        /// The key read, whose value comes next.
        key: Option<Node>,
    },
}

/// Reads the first document of a YAML stream.
pub(super) struct Composer<'a> {
    /// The first document's events, in reverse order (popped from the end).
    events: Vec<(Event<'static>, Span)>,
    /// Finished anchored nodes by saphyr's anchor id.
    anchors: HashMap<usize, Value>,
    zone: Option<&'a Tz>,
    /// Anchored mappings being built, innermost last, with what they hold
    /// so far (a merge of an enclosing anchor sees that much, as in Ruby).
    building: Vec<(usize, Hash)>,
}

impl<'a> Composer<'a> {
    /// Parses the first document of `text`: a syntax error anywhere in it
    /// comes first, as Psych parses the whole document before building any
    /// value. Times without an offset are shown in `zone`.
    pub(super) fn new(text: &str, zone: Option<&'a Tz>) -> Result<Self, YamlError> {
        let mut events = events::first_document(text).map_err(|e| syntax_error(&e))?;
        events.reverse();
        Ok(Composer {
            events,
            anchors: HashMap::new(),
            zone,
            building: Vec::new(),
        })
    }

    /// The value of the first document, `Nil` when there is none. Nodes are
    /// built with an explicit stack, so nesting depth costs no call stack.
    pub(super) fn first_document(&mut self) -> Result<Value, YamlError> {
        let mut open: Vec<Open> = Vec::new();
        loop {
            let Some((event, span)) = self.events.pop() else {
                return if open.is_empty() {
                    Ok(Value::Nil)
                } else {
                    Err(unexpected_end())
                };
            };
            let node = match event {
                Event::Scalar(text, style, anchor, tag) => {
                    let tag = tag.as_deref().map(tag_name);
                    let value = self
                        .scalar(&text, style, tag.as_deref())
                        .map_err(|e| load_error(span, e.0))?;
                    self.register(anchor, &value);
                    let str_tagged = tag.as_deref() == Some("tag:yaml.org,2002:str");
                    Node {
                        value,
                        kind: Kind::Scalar,
                        str_tagged,
                    }
                }
                Event::Alias(id) => self.alias(id),
                Event::SequenceStart(anchor, tag) => {
                    if let Some(class) = tag
                        .as_deref()
                        .map(tag_name)
                        .and_then(|t| sequence_class(&t))
                    {
                        return Err(load_error(span, disallowed(&class)));
                    }
                    check_depth(open.len(), span)?;
                    let omap = tag
                        .as_deref()
                        .map(tag_name)
                        .is_some_and(|t| t == "!omap" || t == format!("{CORE}omap"));
                    open.push(Open::Sequence {
                        anchor,
                        items: Vec::new(),
                        omap,
                    });
                    continue;
                }
                Event::MappingStart(anchor, tag) => {
                    if let Some(class) =
                        tag.as_deref().map(tag_name).and_then(|t| mapping_class(&t))
                    {
                        return Err(load_error(span, disallowed(&class)));
                    }
                    check_depth(open.len(), span)?;
                    self.building.push((anchor, Hash::new()));
                    open.push(Open::Mapping { key: None });
                    continue;
                }
                Event::SequenceEnd => match open.pop() {
                    Some(Open::Sequence {
                        anchor,
                        items,
                        omap,
                    }) => {
                        let value = if omap {
                            omap_hash(items).map_err(|e| load_error(span, e))?
                        } else {
                            Value::array(items)
                        };
                        self.register(anchor, &value);
                        Node {
                            value,
                            kind: Kind::Sequence,
                            str_tagged: false,
                        }
                    }
                    _ => return Err(unexpected(span)),
                },
                Event::MappingEnd => match (open.pop(), self.building.pop()) {
                    (Some(Open::Mapping { key: None }), Some((anchor, map))) => {
                        let value = Value::hash(map);
                        self.register(anchor, &value);
                        Node {
                            value,
                            kind: Kind::Mapping,
                            str_tagged: false,
                        }
                    }
                    _ => return Err(unexpected(span)),
                },
                _ => return Err(unexpected(span)),
            };
            match open.last_mut() {
                None => {
                    return match self.events.pop() {
                        None => Ok(node.into_value()),
                        Some((_, span)) => Err(unexpected(span)),
                    };
                }
                Some(Open::Sequence { items, .. }) => items.push(node.into_value()),
                Some(Open::Mapping { key }) => match key.take() {
                    None => *key = Some(node),
                    Some(k) => {
                        if let Some((_, map)) = self.building.last_mut() {
                            insert_pair(map, k, node);
                        }
                    }
                },
            }
        }
    }

    /// An alias: the anchored value, or for an alias inside its own anchor's
    /// node (a cycle in Ruby, which hyde's values cannot hold) what that
    /// mapping holds so far.
    fn alias(&self, id: usize) -> Node {
        match self.anchors.get(&id) {
            Some(value) => Node {
                value: value.clone(),
                kind: Kind::Alias,
                str_tagged: false,
            },
            None => {
                let partial = self.building.iter().rev().find(|(anchor, _)| *anchor == id);
                let value = partial.map_or(Value::Nil, |(_, map)| Value::hash(map.clone()));
                Node {
                    value,
                    kind: Kind::Recursive,
                    str_tagged: false,
                }
            }
        }
    }

    /// Remembers an anchored value for later aliases.
    fn register(&mut self, anchor: usize, value: &Value) {
        if anchor != 0 {
            self.anchors.insert(anchor, value.clone());
        }
    }

    /// Psych's `deserialize`: a scalar's value from its text, style and tag.
    fn scalar(
        &self,
        text: &str,
        style: ScalarStyle,
        tag: Option<&str>,
    ) -> Result<Value, ScalarError> {
        let Some(tag) = tag else {
            // Quoted and block scalars are strings; plain ones are resolved.
            return if style == ScalarStyle::Plain {
                tokenize(text, self.zone)
            } else {
                Ok(Value::from(text))
            };
        };
        match tag {
            "!binary" | "tag:yaml.org,2002:binary" => Ok(Value::from(decode_base64(text))),
            "tag:yaml.org,2002:str" | "!str" | "!ruby/string" => Ok(Value::from(text)),
            "tag:yaml.org,2002:float" | "!float" => to_float(tokenize(text, self.zone)?),
            "!ruby/encoding" => Ok(Value::from(text)),
            "!ruby/object:BigDecimal" => Err(ScalarError(disallowed("BigDecimal"))),
            "!ruby/object:DateTime" => Err(ScalarError(disallowed("DateTime"))),
            "!ruby/object:Complex" => Err(ScalarError(disallowed("Complex"))),
            "!ruby/object:Rational" => Err(ScalarError(disallowed("Rational"))),
            "!ruby/regexp" => Err(ScalarError(disallowed("Regexp"))),
            "!ruby/range" => Err(ScalarError(disallowed("Range"))),
            "!ruby/class" | "!ruby/module" => Err(ScalarError(disallowed(text))),
            _ => {
                if let Some(class) = tag
                    .strip_prefix("!str:")
                    .or_else(|| tag.strip_prefix("!ruby/string:"))
                {
                    Err(ScalarError(disallowed(class)))
                } else if tag.starts_with("!ruby/sym") {
                    Err(ScalarError(disallowed("Symbol")))
                } else {
                    tokenize(text, self.zone)
                }
            }
        }
    }
}

/// Adds one key/value pair as Psych's `revive_hash` does: `<<` merges a hash
/// (or a literal sequence of hashes, the first winning) into this one, every
/// merged key overwriting in place; other keys are set, a repeated key keeping
/// its first position and taking the last value.
fn insert_pair(map: &mut Hash, key: Node, value: Node) {
    let is_merge = !key.str_tagged && key.value.as_str() == Some("<<");
    if is_merge {
        match (value.kind, &value.value) {
            (Kind::Alias | Kind::Mapping | Kind::Recursive, Value::Hash(source)) => {
                for (k, v) in source.iter() {
                    map.insert(k.clone(), v.clone());
                }
                return;
            }
            (Kind::Sequence, Value::Array(items))
                if items.iter().all(|i| i.as_hash().is_some()) =>
            {
                let mut merged = Hash::new();
                for source in items.iter().rev().filter_map(Value::as_hash) {
                    for (k, v) in source {
                        merged.insert(k.clone(), v.clone());
                    }
                }
                for (k, v) in merged {
                    map.insert(k, v);
                }
                return;
            }
            (Kind::Recursive, _) => return,
            // Anything else (`<<: 5`, an alias to a list) is an ordinary key,
            // as Psych's rescue of TypeError makes it.
            _ => {}
        }
    }
    map.insert(key_string(&key.into_value()), value.into_value());
}

/// A tag as Psych names it: `!foo`, `!` or `tag:yaml.org,2002:str`.
fn tag_name(tag: &Tag) -> String {
    format!("{}{}", tag.handle, tag.suffix)
}

/// The Ruby class a sequence tag asks for (which safe loading refuses).
fn sequence_class(tag: &str) -> Option<String> {
    tag.strip_prefix("!seq:")
        .or_else(|| tag.strip_prefix("!ruby/array:"))
        .map(str::to_owned)
}

/// Psych's `!!omap` sequence: a hash from each item's first key to its last
/// value (`Psych::Omap` is a `Hash`, created without the class loader).
fn omap_hash(items: Vec<Value>) -> Result<Value, String> {
    let mut map = Hash::new();
    for item in items {
        let Value::Hash(pairs) = item else {
            return Err(
                "undefined method `children' for an !!omap item that is not a mapping".to_owned(),
            );
        };
        if let (Some((key, _)), Some((_, value))) = (pairs.first(), pairs.last()) {
            map.insert(key.clone(), value.clone());
        }
    }
    Ok(Value::hash(map))
}

/// The Ruby class a mapping tag asks for (which safe loading refuses);
/// `None` for a plain hash.
fn mapping_class(tag: &str) -> Option<String> {
    if tag == "!omap" || tag == format!("{CORE}omap") {
        return Some("Psych::Omap".to_owned());
    }
    if tag == "!set" || tag == format!("{CORE}set") {
        return Some("Psych::Set".to_owned());
    }
    if tag == "!ruby/object:Hash" {
        return None;
    }
    if let Some(rest) = tag.strip_prefix("!ruby/") {
        let class = rest.split_once(':').map_or(rest, |(_, class)| class);
        let class = if class.is_empty() || class == rest {
            "Object"
        } else {
            class
        };
        return Some(class.to_owned());
    }
    if tag == format!("{CORE}str") || tag == "!str" || tag.starts_with("!str:") {
        return Some("String".to_owned());
    }
    tag.strip_prefix("!map:").map(str::to_owned)
}

/// Psych's `DisallowedClass` message.
fn disallowed(class: &str) -> String {
    format!("Tried to load unspecified class: {class}")
}

/// Ruby's lenient `unpack('m')`: base64, skipping other characters.
fn decode_base64(text: &str) -> String {
    let mut bytes = Vec::with_capacity(text.len() * 3 / 4);
    let mut acc: u32 = 0;
    let mut bits = 0;
    for c in text.chars() {
        let v = match c {
            'A'..='Z' => c as u32 - 'A' as u32,
            'a'..='z' => c as u32 - 'a' as u32 + 26,
            '0'..='9' => c as u32 - '0' as u32 + 52,
            '+' => 62,
            '/' => 63,
            '=' => break,
            _ => continue,
        };
        acc = ((acc << 6) | v) & 0xffff;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            bytes.push(((acc >> bits) & 0xff) as u8);
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// A syntax error from saphyr, 1-based.
fn syntax_error(error: &ScanError) -> YamlError {
    let mark = error.marker();
    // saphyr finds an unknown alias while parsing; for Psych it is a
    // `BadAlias` raised while building the value.
    let kind = if error.info().starts_with("Unknown alias: ") {
        YamlErrorKind::Load
    } else {
        YamlErrorKind::Syntax
    };
    YamlError {
        line: mark.line().max(1),
        column: mark.col() + 1,
        message: error.info().to_owned(),
        kind,
    }
}

/// A load error (Ruby raises while building the value) at `span`.
fn load_error(span: Span, message: String) -> YamlError {
    YamlError {
        line: span.start.line().max(1),
        column: span.start.col() + 1,
        message,
        kind: YamlErrorKind::Load,
    }
}

/// Refuses nesting deeper than [`MAX_DEPTH`], as Ruby runs out of stack
/// (`SystemStackError`) on such documents.
fn check_depth(depth: usize, span: Span) -> Result<(), YamlError> {
    if depth >= MAX_DEPTH {
        return Err(load_error(
            span,
            format!("stack level too deep (nesting deeper than {MAX_DEPTH} levels)"),
        ));
    }
    Ok(())
}

/// The events ended inside a collection (saphyr reports that first).
fn unexpected_end() -> YamlError {
    YamlError {
        line: 1,
        column: 1,
        message: "unexpected end of the document".to_owned(),
        kind: YamlErrorKind::Syntax,
    }
}

/// An event saphyr should never send at this point.
fn unexpected(span: Span) -> YamlError {
    YamlError {
        line: span.start.line().max(1),
        column: span.start.col() + 1,
        message: "unexpected YAML event".to_owned(),
        kind: YamlErrorKind::Syntax,
    }
}
