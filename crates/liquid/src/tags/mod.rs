//! Jekyll's tags, and the standard tags whose liquid-rust versions differ
//! from Ruby's.

mod case_block;
mod condition;
mod custom;
mod cycle;
mod for_loop;
mod highlight;
mod if_block;
mod include;
mod line;
mod link;
mod markup;
mod params;
mod partial;
mod post_url;
mod silent;
mod tablerow;

use std::sync::{Arc, Weak};

pub(crate) use custom::SilentBlock;
pub use custom::{Context, Tag};
use markup::Packing;

use liquid_core::parser::{Language, ParseBlock, ParseTag};

use crate::engine::{Inner, Site};

fn tag(lang: &mut Language, tag: impl ParseTag + 'static) {
    let name = tag.reflection().tag().to_owned();
    lang.tags.register(name, Box::new(tag));
}

fn block(lang: &mut Language, block: impl ParseBlock + 'static) {
    let name = block.reflection().start_tag().to_owned();
    lang.blocks.register(name, Box::new(block));
}

/// `include` / `render` nesting deeper than this is taken for a loop.
const MAX_PARTIAL_DEPTH: usize = 100;

/// Registers hyde's tags on `lang`, replacing liquid-rust's of the same name.
pub(crate) fn register(lang: &mut Language, site: &Arc<Site>, engine: &Weak<Inner>) {
    block(lang, for_loop::ForBlock);
    tag(lang, line::LineTag);
    block(lang, if_block::IfBlock::new(false));
    block(lang, if_block::IfBlock::new(true));
    block(lang, case_block::CaseBlock);
    block(lang, tablerow::TablerowBlock);
    tag(lang, cycle::CycleTag);
    if site.options.flavor != crate::options::Flavor::Jekyll {
        tag(lang, partial::PartialTag::include(engine.clone()));
        tag(lang, partial::PartialTag::render(engine.clone()));
        return;
    }
    tag(
        lang,
        include::IncludeTag::new(engine.clone(), false, Packing::Packed),
    );
    tag(
        lang,
        include::IncludeTag::new(engine.clone(), true, Packing::Packed),
    );
    tag(lang, link::LinkTag::new(site.clone(), Packing::Packed));
    tag(
        lang,
        post_url::PostUrlTag::new(site.clone(), Packing::Packed),
    );
    block(
        lang,
        highlight::HighlightBlock::new(site.clone(), Packing::Packed),
    );
}

/// Jekyll's tags for a plain liquid-rust parser, which hands them its own tokens.
pub(crate) fn add_jekyll_tags<P: liquid::partials::PartialCompiler>(
    builder: liquid::ParserBuilder<P>,
    site: &Arc<Site>,
    engine: &Weak<Inner>,
) -> liquid::ParserBuilder<P> {
    builder
        .tag(include::IncludeTag::new(
            engine.clone(),
            false,
            Packing::Tokens,
        ))
        .tag(include::IncludeTag::new(
            engine.clone(),
            true,
            Packing::Tokens,
        ))
        .tag(link::LinkTag::new(site.clone(), Packing::Tokens))
        .tag(post_url::PostUrlTag::new(site.clone(), Packing::Tokens))
        .block(highlight::HighlightBlock::new(
            site.clone(),
            Packing::Tokens,
        ))
}

/// Registers the silent twin of every block that may be blank (see
/// `frontend::blank`).
pub(crate) fn register_silent(lang: &mut Language) {
    for name in crate::frontend::BLOCKS {
        if let Some(inner) = lang.blocks.get(name).cloned() {
            let twin = silent::SilentBlock::new(inner, name);
            lang.blocks.register(
                format!("{}{name}", crate::frontend::BLANK_PREFIX),
                Box::new(twin),
            );
        }
    }
}

/// Registers the site's own tags.
pub(crate) fn register_custom(lang: &mut Language, custom: &[Arc<dyn Tag>], engine: &Weak<Inner>) {
    for t in custom {
        let builtin = t.alias_of().and_then(|name| lang.tags.get(name).cloned());
        match builtin {
            Some(parser) => {
                lang.tags.register(t.name().to_owned(), parser);
            }
            None => tag(lang, custom::CustomTag::new(t.clone(), engine.clone())),
        }
    }
}
