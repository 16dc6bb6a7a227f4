//! Per-render state kept in liquid-core's registers: the file being
//! rendered (for messages and includes), the page's directory, and the first
//! structured error a tag raised.

use std::path::PathBuf;
use std::sync::Arc;

use liquid_core::Runtime;

use crate::error::{Error, SourceLocation};

/// The state of one [`crate::Engine::render`] call.
#[derive(Default)]
pub(crate) struct RenderState {
    /// The files being rendered, innermost last, each with the line of the file
    /// its template starts on.
    files: Vec<(Arc<str>, usize)>,
    page_dir: PathBuf,
    error: Option<Error>,
    /// The line of the output or tag being rendered.
    line: Option<usize>,
}

impl RenderState {
    /// Starts a render of `file`.
    pub(crate) fn enter(runtime: &dyn Runtime, template: &crate::Template, page_dir: PathBuf) {
        let mut state = runtime.registers().get_mut::<RenderState>();
        state
            .files
            .push((template.file.clone(), template.first_line));
        state.page_dir = page_dir;
    }

    /// Enters an included file; returns the nesting depth.
    pub(crate) fn push_file(runtime: &dyn Runtime, template: &crate::Template) -> usize {
        let mut state = runtime.registers().get_mut::<RenderState>();
        state
            .files
            .push((template.file.clone(), template.first_line));
        state.files.len()
    }

    /// Leaves an included file.
    pub(crate) fn pop_file(runtime: &dyn Runtime) {
        runtime.registers().get_mut::<RenderState>().files.pop();
    }

    /// How deeply includes nest right now.
    pub(crate) fn depth(runtime: &dyn Runtime) -> usize {
        runtime.registers().get_mut::<RenderState>().files.len()
    }

    /// The directory of the page being rendered.
    pub(crate) fn page_dir(runtime: &dyn Runtime) -> PathBuf {
        runtime
            .registers()
            .get_mut::<RenderState>()
            .page_dir
            .clone()
    }

    /// Records the line of the output or tag about to render.
    pub(crate) fn set_line(runtime: &dyn Runtime, line: usize) {
        runtime.registers().get_mut::<RenderState>().line = Some(line);
    }

    /// The file being rendered and `line` (by default the line of the
    /// output or tag being rendered).
    pub(crate) fn location(runtime: &dyn Runtime, line: Option<usize>) -> SourceLocation {
        let state = runtime.registers().get_mut::<RenderState>();
        let line = line.filter(|l| *l > 0).or(state.line);
        let (file, first_line) = state
            .files
            .last()
            .map(|(f, first)| (f.to_string(), *first))
            .unwrap_or_default();
        SourceLocation::new(&file, line, None).starting_at(first_line)
    }

    /// Records `error` (unless an inner one was recorded first) and returns a
    /// liquid-core error carrying its message.
    pub(crate) fn fail(runtime: &dyn Runtime, error: Error) -> liquid_core::Error {
        let message = error.to_string();
        let mut state = runtime.registers().get_mut::<RenderState>();
        if state.error.is_none() {
            state.error = Some(error);
        }
        liquid_core::Error::with_msg(message)
    }

    /// A render error at `line` of the current file.
    pub(crate) fn fail_at(
        runtime: &dyn Runtime,
        line: Option<usize>,
        message: String,
    ) -> liquid_core::Error {
        let location = Self::location(runtime, line);
        Self::fail(runtime, Error::Render { location, message })
    }

    /// The file the render started with (the page, when includes nest).
    pub(crate) fn page(runtime: &dyn Runtime) -> String {
        let state = runtime.registers().get_mut::<RenderState>();
        state
            .files
            .first()
            .map(|(f, _)| f.to_string())
            .unwrap_or_default()
    }

    /// The recorded error, if a tag raised one.
    pub(crate) fn take_error(runtime: &dyn Runtime) -> Option<Error> {
        runtime.registers().get_mut::<RenderState>().error.take()
    }
}
