//! The include files a render reads, recorded on the rendering thread.

use std::cell::RefCell;
use std::path::{Path, PathBuf};

thread_local! {
    static INCLUDES: RefCell<Option<Vec<PathBuf>>> = const { RefCell::new(None) };
}

/// Runs `f` (a render on this thread) and returns the include files it located.
pub(crate) fn watch_includes<T>(f: impl FnOnce() -> T) -> (T, Vec<PathBuf>) {
    let previous = INCLUDES.with(|w| w.borrow_mut().replace(Vec::new()));
    let out = f();
    let mut seen = INCLUDES
        .with(|w| std::mem::replace(&mut *w.borrow_mut(), previous))
        .unwrap_or_default();
    seen.sort();
    seen.dedup();
    (out, seen)
}

/// Notes that the render running on this thread located the include at `path`.
pub(crate) fn record_include(path: &Path) {
    INCLUDES.with(|w| {
        if let Some(list) = w.borrow_mut().as_mut()
            && list.last().is_none_or(|last| last != path)
        {
            list.push(path.to_path_buf());
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn includes_are_recorded_only_while_watched() {
        record_include(Path::new("/ignored.html"));
        let ((), seen) = watch_includes(|| {
            record_include(Path::new("/b.html"));
            record_include(Path::new("/a.html"));
            record_include(Path::new("/b.html"));
        });
        assert_eq!(
            seen,
            vec![PathBuf::from("/a.html"), PathBuf::from("/b.html")]
        );
    }
}
