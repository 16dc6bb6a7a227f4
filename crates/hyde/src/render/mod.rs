//! Rendering: Liquid, then the converter, then layouts outward — in parallel, in
//! phases that give each item the view of the site Jekyll's sequential order gives it.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use hyde_liquid::{Engine, Hash, Template, Value};
use rayon::prelude::*;

use crate::converter::{Converted, Converters};
use crate::document::Document;
use crate::drops::{self, Rendered};
use crate::error::{Result, SourceLocation};
use crate::site::Site;
use crate::warning::{Warning, WarningKind};

mod hooks;

pub(crate) use hooks::SiteHooks;

/// The output of one page or document.
#[derive(Clone, Debug, Default)]
pub(crate) struct Output {
    pub(crate) content: Arc<str>,
    pub(crate) output: Arc<str>,
    /// A Sass page's `.css.map`, written beside it.
    pub(crate) source_map: Option<Arc<str>>,
}

/// The outputs of a whole site, aligned with `site.pages` and `site.documents`.
pub(crate) struct Outputs {
    pub(crate) pages: Vec<Option<Output>>,
    pub(crate) documents: Vec<Option<Output>>,
    /// The documents' rendered excerpts.
    pub(crate) excerpts: Vec<Option<Arc<str>>>,
    /// What each page's first render read (default for a kept page).
    pub(crate) page_reads: Vec<ItemReads>,
    /// What each document's excerpt and first render read (default for a kept one).
    pub(crate) document_reads: Vec<ItemReads>,
}

/// What an item's render read beyond its own source: other items' `content` or
/// `output`, and the include files it used.
#[derive(Clone, Debug, Default)]
pub(crate) struct ItemReads {
    pub(crate) content: hyde_liquid::ContentReads,
    pub(crate) includes: Vec<std::path::PathBuf>,
}

impl ItemReads {
    fn merge(mut self, other: ItemReads) -> ItemReads {
        self.content.others.extend(other.content.others);
        self.content.own_stale |= other.content.own_stale;
        self.includes.extend(other.includes);
        self
    }
}

/// Outputs of an earlier render kept instead of rendering again (incremental
/// builds), aligned with `site.pages` / `site.documents`: `Some` where an item is kept.
#[derive(Default)]
pub(crate) struct Reuse {
    pub(crate) pages: Vec<Option<Output>>,
    /// A kept document's output and rendered excerpt.
    pub(crate) documents: Vec<Option<(Output, Option<Arc<str>>)>>,
}

/// What a [`Renderer`] is made of besides its site, kept between incremental builds.
pub(crate) struct Parts {
    engine: Engine,
    converters: Converters,
    layouts: HashMap<String, std::result::Result<Template, String>>,
}

/// Runs `f`, a render of `own`, watching what it reads.
fn watched<T>(own: &str, f: impl FnOnce() -> T) -> (T, ItemReads) {
    let ((out, content), includes) =
        crate::incremental::watch_includes(|| hyde_liquid::watch_content_reads(own, f));
    (out, ItemReads { content, includes })
}

/// The `site` and `page` a document's layouts see, given its converted content.
type LayoutView<'a> = dyn Fn(&Arc<str>) -> (Value, Value) + Sync + 'a;

/// Whether a render that made `reads` shows Jekyll's rendering order: it read an
/// item rendered before its own (`position`: the order of the items rendered in
/// this phase), or itself through another value than `page` after conversion.
fn depends_on_order(
    reads: &hyde_liquid::ContentReads,
    position: &HashMap<&str, usize>,
    own: &str,
) -> bool {
    let own = position.get(own);
    reads.own_stale
        || reads
            .others
            .iter()
            .any(|p| matches!(position.get(&**p), Some(q) if Some(q) < own))
}

/// Renders a whole site.
pub(crate) struct Renderer<'s> {
    site: &'s Site,
    engine: Engine,
    converters: Converters,
    layouts: HashMap<String, std::result::Result<Template, String>>,
    jekyll: Value,
    warnings: Mutex<Vec<Warning>>,
    reuse: Option<&'s Reuse>,
}

/// The name Jekyll gives an item's template in Liquid's messages (and `--profile`):
/// `document.path`, the relative path of a page but the absolute one of a
/// document in a collection.
pub(crate) fn liquid_name(doc: &Document) -> String {
    if doc.collection().is_some() {
        doc.path.display().to_string()
    } else {
        doc.relative_path.clone()
    }
}

/// The name Jekyll gives a layout's template: its absolute path.
pub(crate) fn layout_liquid_name(layout: &crate::layout::Layout) -> String {
    layout.path.display().to_string()
}

impl<'s> Renderer<'s> {
    pub(crate) fn new(site: &'s Site, engine: Engine, converters: Converters) -> Renderer<'s> {
        let layouts = site
            .layouts
            .iter()
            .map(|(name, l)| {
                let parsed = engine
                    .parse(&l.content, &layout_liquid_name(l), l.body_line)
                    .map_err(|e| e.to_string());
                (name.clone(), parsed)
            })
            .collect();
        Renderer {
            site,
            engine,
            converters,
            layouts,
            jekyll: drops::jekyll_hash(&site.environment),
            warnings: Mutex::new(Vec::new()),
            reuse: None,
        }
    }

    /// The engine, converters and parsed layouts, to render the same site again
    /// ([`Renderer::from_parts`]) without parsing them again.
    pub(crate) fn into_parts(self) -> Parts {
        Parts {
            engine: self.engine,
            converters: self.converters,
            layouts: self.layouts,
        }
    }

    /// A renderer of `site` from the parts of an earlier renderer of it, whose
    /// layouts, includes and configuration have not changed since.
    pub(crate) fn from_parts(site: &'s Site, parts: Parts) -> Renderer<'s> {
        Renderer {
            site,
            engine: parts.engine,
            converters: parts.converters,
            layouts: parts.layouts,
            jekyll: drops::jekyll_hash(&site.environment),
            warnings: Mutex::new(Vec::new()),
            reuse: None,
        }
    }

    /// Keeps the outputs `reuse` holds instead of rendering those items again.
    pub(crate) fn reusing(mut self, reuse: &'s Reuse) -> Renderer<'s> {
        self.reuse = Some(reuse);
        self
    }

    fn kept_page(&self, i: usize) -> Option<&Output> {
        self.reuse?.pages.get(i)?.as_ref()
    }

    fn kept_document(&self, i: usize) -> Option<&(Output, Option<Arc<str>>)> {
        self.reuse?.documents.get(i)?.as_ref()
    }

    fn warn(&self, warning: Warning) {
        if let Ok(mut w) = self.warnings.lock() {
            w.push(warning);
        }
    }

    /// Warnings gathered while rendering.
    pub(crate) fn take_warnings(&self) -> Vec<Warning> {
        self.warnings
            .lock()
            .map(|mut w| std::mem::take(&mut *w))
            .unwrap_or_default()
    }

    /// The variables every template of a page sees; `ext` is the page's source
    /// extension, whose first converter sets `highlighter_prefix` and
    /// `highlighter_suffix` (Jekyll's `assign_highlighter_options!`: a newline
    /// each for Markdown, so `{% highlight %}` output stands apart as a block).
    fn globals(&self, site_value: &Value, page: &Value, ext: Option<&str>) -> Hash {
        let mut g = Hash::new();
        g.insert("site".into(), site_value.clone());
        g.insert("page".into(), page.clone());
        g.insert("layout".into(), Value::Nil);
        g.insert("content".into(), Value::Nil);
        g.insert("paginator".into(), Value::Nil);
        g.insert("jekyll".into(), self.jekyll.clone());
        let affix = ext
            .and_then(|ext| self.converters.highlighter_affix(ext))
            .map_or(Value::Nil, Value::from);
        g.insert("highlighter_prefix".into(), affix.clone());
        g.insert("highlighter_suffix".into(), affix);
        g
    }

    fn liquid(&self, text: &str, file: &str, line: usize, globals: &Hash) -> Result<String> {
        let t = self.engine.parse(text, file, line)?;
        Ok(self.engine.render(&t, globals)?)
    }

    /// Liquid and conversion, without layouts (excerpts, and the first step of items).
    fn render_body(&self, doc: &Document, text: &str, globals: &Hash) -> Result<Converted> {
        let out = if doc.render_with_liquid() && crate::document::has_liquid_construct(text) {
            self.liquid(text, &liquid_name(doc), doc.body_line, globals)?
        } else {
            text.to_string()
        };
        let converted = self.converters.convert(&doc.ext, &doc.path, &out)?;
        for w in &converted.warnings {
            self.warn(w.clone());
        }
        Ok(converted)
    }

    fn layout_of(&self, doc: &Document) -> Option<&crate::layout::Layout> {
        let name = doc
            .data
            .get("layout")
            .filter(|v| !v.is_nil())
            .map(crate::ruby::value_to_s)?;
        self.site.layouts.get(&name)
    }

    /// The `layout` variable each item's body sees. Jekyll renders with one shared
    /// payload, so an item's `layout` starts from what the previously rendered item left
    /// (`deep_merge(layout.data, payload["layout"])`, the leftover winning), and
    /// `place_in_layouts` leaves its own merged chain behind. Computed in Jekyll's
    /// order (documents by collection, then pages) before rendering in parallel.
    pub(crate) fn layout_vars(&self) -> (Vec<Value>, Vec<Value>) {
        let site = self.site;
        let mut docs = vec![Value::Nil; site.documents.len()];
        let mut pages = vec![Value::Nil; site.pages.len()];
        let mut state: Option<Hash> = None;
        let mut step = |doc: &Document| -> Value {
            if let Some(l) = self.layout_of(doc) {
                let mut merged = l.data.clone();
                crate::config::deep_merge(&mut merged, &state.take().unwrap_or_default());
                state = Some(merged);
            }
            let seen = state.clone().map_or(Value::Nil, Value::hash);
            if doc.place_in_layout() {
                state = None;
                let mut current = self.layout_of(doc);
                let mut used = std::collections::HashSet::new();
                while let Some(l) = current {
                    if !used.insert(l.name.clone()) {
                        break;
                    }
                    let mut merged = l.data.clone();
                    crate::config::deep_merge(&mut merged, &state.take().unwrap_or_default());
                    state = Some(merged);
                    current = l
                        .data
                        .get("layout")
                        .map(crate::ruby::value_to_s)
                        .and_then(|n| site.layouts.get(&n));
                }
            }
            seen
        };
        for c in site.collections.values() {
            for &i in &c.docs {
                docs[i] = step(&site.documents[i]);
            }
        }
        for (i, p) in site.pages.iter().enumerate() {
            pages[i] = step(p);
        }
        (docs, pages)
    }

    /// Renders `doc` (body, conversion, layouts). `for_layouts`, when given, makes
    /// the `site` and `page` its layouts see, from its converted content.
    fn render_item(
        &self,
        doc: &Document,
        page: &Value,
        site_value: &Value,
        layout_seen: &Value,
        for_layouts: Option<&LayoutView<'_>>,
    ) -> Result<Output> {
        let mut globals = self.globals(site_value, page, Some(&doc.ext));
        let layout_name = doc
            .data
            .get("layout")
            .filter(|v| !v.is_nil())
            .map(crate::ruby::value_to_s);
        globals.insert("layout".into(), layout_seen.clone());
        let plugins = &self.site.plugins.0;
        for p in plugins {
            p.pre_render(self.site, doc, &mut globals)?;
        }
        let Converted {
            text: mut content,
            source_map,
            ..
        } = self.render_body(doc, &doc.content, &globals)?;
        for p in plugins {
            p.post_convert(self.site, doc, &mut content)?;
        }
        let mut output = content.clone();
        if doc.place_in_layout() {
            // A document's `page` is a live drop in Jekyll: once converted, its layouts
            // see `page.content` as the converted HTML. A page's is a hash taken before.
            let converted: Arc<str> = Arc::from(content.as_str());
            hyde_liquid::watch_own_content(&converted);
            if let Some(view) = for_layouts {
                let (site_value, page) = view(&converted);
                globals.insert("site".into(), site_value);
                globals.insert("page".into(), page);
            }
            if doc.collection().is_some()
                && let Some(Value::Object(page)) = globals.get_mut("page")
            {
                Arc::make_mut(page).set("content", Value::Str(converted));
            }
            let mut current = layout_name
                .as_deref()
                .and_then(|n| self.site.layouts.get(n).map(|l| (n.to_string(), l)));
            if current.is_none()
                && let Some(name) = &layout_name
            {
                self.warn(
                    Warning::new(
                        WarningKind::Layout,
                        "Build Warning:",
                        format!(
                            "Layout '{name}' requested in {} does not exist.",
                            doc.relative_path
                        ),
                    )
                    .at(SourceLocation::at(doc.relative_path.as_str(), 0, 0)),
                );
            }
            let mut layout_data = Hash::new();
            let mut used = std::collections::HashSet::new();
            while let Some((name, layout)) = current {
                used.insert(name.clone());
                let mut merged = layout.data.clone();
                crate::config::deep_merge(&mut merged, &layout_data);
                layout_data = merged;
                globals.insert("content".into(), Value::str(&output));
                globals.insert("layout".into(), Value::hash(layout_data.clone()));
                let template = match self.layouts.get(&name) {
                    Some(Ok(t)) => t,
                    _ => {
                        // Re-parse for the owned error.
                        let t = self.engine.parse(
                            &layout.content,
                            &layout_liquid_name(layout),
                            layout.body_line,
                        )?;
                        output = self.engine.render(&t, &globals)?;
                        current = None;
                        continue;
                    }
                };
                output = self.engine.render(template, &globals)?;
                current = layout
                    .data
                    .get("layout")
                    .map(crate::ruby::value_to_s)
                    .and_then(|n| self.site.layouts.get(&n).map(|l| (n, l)))
                    .filter(|(n, _)| !used.contains(n));
            }
        }
        for p in plugins {
            p.post_render(self.site, doc, &mut output)?;
        }
        Ok(Output {
            content: Arc::from(content),
            output: Arc::from(output),
            source_map: source_map.map(Arc::from),
        })
    }

    /// Jekyll renders documents one after another, collection by collection, so a
    /// document that reads other documents' `content` or `output` sees those
    /// rendered before it converted and the rest raw, and itself (anywhere) with
    /// its converted content in its layouts. The documents whose first, parallel
    /// render could not see that (`order_dependent`) are rendered again, in
    /// Jekyll's order, each seeing exactly that.
    fn render_in_order(
        &self,
        order_dependent: &[bool],
        unrendered: &[Rendered],
        pages: &[Value],
        doc_layouts: &[Value],
        doc_out: &mut [Option<Output>],
    ) -> Result<()> {
        let site = self.site;
        let mut view: Vec<Rendered> = unrendered.to_vec();
        let mut hashes = drops::document_hashes(site, &view);
        let order = site
            .collections
            .values()
            .flat_map(|c| c.docs.iter().copied());
        for i in order {
            if order_dependent[i] {
                let docs = drops::document_values_of(site, &hashes);
                let site_value = drops::site_hash(site, &docs, pages);
                let site_i = drops::with_related_posts(&site_value, site, i);
                let for_layouts = |converted: &Arc<str>| {
                    let mut hashes = hashes.clone();
                    let own = Rendered {
                        content: Some(converted.clone()),
                        ..view[i].clone()
                    };
                    hashes[i] = Arc::new(drops::document_hash(&site.documents[i], &own));
                    let docs = drops::document_values_of(site, &hashes);
                    let site_value = drops::site_hash(site, &docs, pages);
                    (
                        drops::with_related_posts(&site_value, site, i),
                        docs[i].clone(),
                    )
                };
                let d = &site.documents[i];
                doc_out[i] = Some(self.render_item(
                    d,
                    &docs[i],
                    &site_i,
                    &doc_layouts[i],
                    Some(&for_layouts),
                )?);
            }
            if let Some(o) = &doc_out[i] {
                view[i].content = Some(o.content.clone());
                view[i].output = Some(o.output.clone());
                hashes[i] = Arc::new(drops::document_hash(&site.documents[i], &view[i]));
            }
        }
        Ok(())
    }

    /// Pages as [`Renderer::render_in_order`] renders documents: Jekyll renders them
    /// one after another, so the pages whose first render read a page before them
    /// (`order_dependent`) are rendered again, in order, seeing the pages before
    /// them converted, the rest raw, and themselves converted in their layouts.
    fn render_pages_in_order(
        &self,
        order_dependent: &[bool],
        unrendered: &[Value],
        page_hashes: &[Value],
        docs: &[Value],
        page_layouts: &[Value],
        page_out: &mut [Option<Output>],
    ) -> Result<()> {
        let site = self.site;
        let converted = |p: &Document, content: &Arc<str>| {
            let r = Rendered {
                content: Some(content.clone()),
                ..Default::default()
            };
            drops::page_value(p, &r)
        };
        let mut view: Vec<Value> = unrendered.to_vec();
        for (i, p) in site.pages.iter().enumerate() {
            if order_dependent[i] {
                let site_i = drops::site_hash(site, docs, &view);
                let for_layouts = |content: &Arc<str>| {
                    let mut view = view.clone();
                    view[i] = converted(p, content);
                    (drops::site_hash(site, docs, &view), page_hashes[i].clone())
                };
                page_out[i] = Some(self.render_item(
                    p,
                    &page_hashes[i],
                    &site_i,
                    &page_layouts[i],
                    Some(&for_layouts),
                )?);
            }
            if let Some(o) = &page_out[i] {
                view[i] = converted(p, &o.content);
            }
        }
        Ok(())
    }

    /// Renders a string with the variables a page sees before any page is rendered
    /// (`page` empty unless `variables` sets it).
    pub(crate) fn render_string(&self, text: &str, name: &str, variables: &Hash) -> Result<String> {
        let site = self.site;
        let empty = vec![Rendered::default(); site.documents.len()];
        let docs = drops::document_values(site, &empty);
        let pages: Vec<Value> = site
            .pages
            .iter()
            .map(|p| drops::page_value(p, &Rendered::default()))
            .collect();
        let site_value = drops::site_hash(site, &docs, &pages);
        let mut globals = self.globals(&site_value, &Value::empty_hash(), None);
        for (k, v) in variables {
            globals.insert(k.clone(), v.clone());
        }
        self.liquid(text, name, 1, &globals)
    }

    /// Renders every page and document; results align with `site.pages` / `site.documents`.
    fn pause_profile(&self, paused: bool) {
        if let Some(profile) = &self.site.profile {
            profile.set_paused(paused);
        }
    }

    /// The documents' outputs when an incremental build keeps every one of them.
    #[allow(clippy::type_complexity)]
    fn kept_documents(
        &self,
    ) -> Option<(Vec<Option<Arc<str>>>, Vec<Option<Output>>, Vec<ItemReads>)> {
        let reuse = self.reuse?;
        if reuse.documents.len() != self.site.documents.len() {
            return None;
        }
        let mut excerpts = Vec::with_capacity(reuse.documents.len());
        let mut outputs = Vec::with_capacity(reuse.documents.len());
        for kept in &reuse.documents {
            let (output, excerpt) = kept.as_ref()?;
            outputs.push(Some(output.clone()));
            excerpts.push(excerpt.clone());
        }
        Some((
            excerpts,
            outputs,
            vec![ItemReads::default(); reuse.documents.len()],
        ))
    }

    /// Phases 0 and 1: the documents' excerpts and outputs, and what each read.
    #[allow(clippy::type_complexity)]
    fn render_documents(
        &self,
        pages0: &[Value],
        doc_layouts: &[Value],
    ) -> Result<(Vec<Option<Arc<str>>>, Vec<Option<Output>>, Vec<ItemReads>)> {
        let site = self.site;
        let empty: Vec<Rendered> = vec![Rendered::default(); site.documents.len()];
        let doc_values = |r: &[Rendered]| drops::document_values(site, r);

        // Phase 0: excerpts, seeing every document unrendered. Jekyll renders an
        // excerpt only when something reads it: --profile does not count these.
        self.pause_profile(true);
        let docs0 = doc_values(&empty);
        let site0 = drops::site_hash(site, &docs0, pages0);
        let excerpts: Vec<(Option<Arc<str>>, ItemReads)> = site
            .documents
            .par_iter()
            .enumerate()
            .map(|(i, d)| {
                if let Some((_, e)) = self.kept_document(i) {
                    return Ok((e.clone(), ItemReads::default()));
                }
                let sep = d
                    .data
                    .get("excerpt_separator")
                    .or_else(|| site.config.get("excerpt_separator"))
                    .map(crate::ruby::value_to_s)
                    .unwrap_or_default();
                if sep.is_empty() || d.data.get("excerpt").is_some_and(|v| !v.is_nil()) {
                    return Ok((None, ItemReads::default()));
                }
                let body = d.excerpt_source.as_deref().unwrap_or(&d.content);
                let is_block = |name: &str| self.engine.is_block(name);
                let (text, modified) = crate::excerpt::extract_excerpt(body, &sep, &is_block);
                if modified {
                    self.warn(
                        Warning::new(
                            WarningKind::Excerpt,
                            "Warning:",
                            format!(
                                "Excerpt modified in {}!\nFound a Liquid block containing the excerpt separator {}.\nThe block has been modified with the appropriate closing tag.\nFeel free to define a custom excerpt or excerpt_separator in the\ndocument's Front Matter if the generated excerpt is unsatisfactory.",
                                d.relative_path,
                                Value::str(&sep).inspect()
                            ),
                        )
                        .at(SourceLocation::at(d.relative_path.as_str(), 0, 0)),
                    );
                }
                let site_i = drops::with_related_posts(&site0, site, i);
                let globals = self.globals(&site_i, &docs0[i], Some(&d.ext));
                let (out, reads) =
                    watched(&d.relative_path, || self.render_body(d, &text, &globals));
                out.map(|c| (Some(Arc::from(c.text)), reads))
            })
            .collect::<Result<_>>()?;
        let (excerpts, excerpt_reads): (Vec<Option<Arc<str>>>, Vec<ItemReads>) =
            excerpts.into_iter().unzip();

        self.pause_profile(false);
        // Phase 1: documents, seeing documents unrendered (with excerpts).
        let with_excerpts: Vec<Rendered> = excerpts
            .iter()
            .map(|e| Rendered {
                excerpt: e.clone(),
                ..Default::default()
            })
            .collect();
        let docs1 = doc_values(&with_excerpts);
        let site1 = drops::site_hash(site, &docs1, pages0);
        let first_pass: Vec<(Output, ItemReads)> = site
            .documents
            .par_iter()
            .enumerate()
            .map(|(i, d)| {
                if let Some((o, _)) = self.kept_document(i) {
                    return Ok((o.clone(), ItemReads::default()));
                }
                let site_i = drops::with_related_posts(&site1, site, i);
                let (out, reads) = watched(&d.relative_path, || {
                    self.render_item(d, &docs1[i], &site_i, &doc_layouts[i], None)
                });
                out.map(|o| (o, reads))
            })
            .collect::<Result<_>>()?;
        // Jekyll's order: collection by collection. A render that read a document
        // before it in that order (seen raw here, converted in Jekyll), or itself
        // through another value than `page`, depends on the order.
        let position: HashMap<&str, usize> = site
            .collections
            .values()
            .flat_map(|c| c.docs.iter())
            .enumerate()
            .map(|(pos, &i)| (site.documents[i].relative_path.as_str(), pos))
            .collect();
        let order_dependent: Vec<bool> = site
            .documents
            .iter()
            .zip(&first_pass)
            .map(|(d, (_, reads))| depends_on_order(&reads.content, &position, &d.relative_path))
            .collect();
        let (doc_out, document_reads): (Vec<Option<Output>>, Vec<ItemReads>) = first_pass
            .into_iter()
            .zip(excerpt_reads)
            .map(|((o, reads), e)| (Some(o), e.merge(reads)))
            .unzip();
        let mut doc_out = doc_out;
        if order_dependent.contains(&true) {
            // Second renders, which Jekyll does not make.
            self.pause_profile(true);
            self.render_in_order(
                &order_dependent,
                &with_excerpts,
                pages0,
                doc_layouts,
                &mut doc_out,
            )?;
            self.pause_profile(false);
        }
        Ok((excerpts, doc_out, document_reads))
    }

    pub(crate) fn render_all(&self) -> Result<Outputs> {
        let site = self.site;
        let pages0: Vec<Value> = site
            .pages
            .iter()
            .map(|p| drops::page_value(p, &Rendered::default()))
            .collect();
        let (doc_layouts, page_layouts) = self.layout_vars();
        // An incremental build that keeps every document renders pages only.
        let (excerpts, doc_out, document_reads) = match self.kept_documents() {
            Some(kept) => kept,
            None => self.render_documents(&pages0, &doc_layouts)?,
        };
        let doc_values = |r: &[Rendered]| drops::document_values(site, r);

        // Phase 2: pages, seeing documents rendered.
        let rendered_docs: Vec<Rendered> = doc_out
            .iter()
            .zip(&excerpts)
            .map(|(o, e)| Rendered {
                content: o.as_ref().map(|o| o.content.clone()),
                output: o.as_ref().map(|o| o.output.clone()),
                excerpt: e.clone(),
            })
            .collect();
        let docs2 = doc_values(&rendered_docs);
        let site2 = drops::site_hash(site, &docs2, &pages0);
        // A page's `page` is its hash, taken before it renders.
        let page_hashes: Vec<Value> = pages0
            .iter()
            .enumerate()
            .map(|(i, p)| match self.kept_page(i) {
                Some(_) => Value::Nil,
                None => p.to_liquid(),
            })
            .collect();
        let first_pass: Vec<(Output, ItemReads)> = site
            .pages
            .par_iter()
            .enumerate()
            .map(|(i, p)| {
                if let Some(o) = self.kept_page(i) {
                    return Ok((o.clone(), ItemReads::default()));
                }
                let (out, reads) = watched(&p.relative_path, || {
                    self.render_item(p, &page_hashes[i], &site2, &page_layouts[i], None)
                });
                out.map(|o| (o, reads))
            })
            .collect::<Result<_>>()?;
        // Jekyll renders pages one after another, so a page reading other pages'
        // `content` sees those before it converted and the rest raw (and itself,
        // through `site.pages`, converted in its layouts): such pages are rendered
        // again, in order, seeing exactly that.
        let position: HashMap<&str, usize> = site
            .pages
            .iter()
            .enumerate()
            .map(|(i, p)| (p.relative_path.as_str(), i))
            .collect();
        let order_dependent: Vec<bool> = site
            .pages
            .iter()
            .zip(&first_pass)
            .map(|(p, (_, reads))| depends_on_order(&reads.content, &position, &p.relative_path))
            .collect();
        let (page_out, page_reads): (Vec<Option<Output>>, Vec<ItemReads>) =
            first_pass.into_iter().map(|(o, r)| (Some(o), r)).unzip();
        let mut page_out = page_out;
        if order_dependent.contains(&true) {
            self.pause_profile(true);
            self.render_pages_in_order(
                &order_dependent,
                &pages0,
                &page_hashes,
                &docs2,
                &page_layouts,
                &mut page_out,
            )?;
            self.pause_profile(false);
        }
        Ok(Outputs {
            pages: page_out,
            documents: doc_out,
            excerpts,
            page_reads,
            document_reads,
        })
    }
}
