//! Jekyll's `--profile` statistics (`LiquidRenderer#increment_*`): for every
//! template rendered — pages, documents, layouts, includes — how many times, how
//! many bytes it produced, and how long it took (an include's time is also its
//! includer's, as in Jekyll).

use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// The statistics of one template.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct FileStats {
    /// Renders.
    pub count: u64,
    /// Bytes of output, all renders together.
    pub bytes: u64,
    /// Time spent rendering, all renders together.
    pub time: Duration,
}

/// Statistics gathered while rendering, shared by every thread of a build.
#[derive(Debug, Default)]
pub struct Profile {
    stats: Mutex<HashMap<String, FileStats>>,
    paused: AtomicBool,
}

impl Profile {
    /// An empty profile.
    pub fn new() -> Profile {
        Profile::default()
    }

    /// Stops (or resumes) counting: renders Jekyll does not make, as hyde's
    /// second renders in Jekyll's order, are not counted.
    pub fn set_paused(&self, paused: bool) {
        self.paused.store(paused, Ordering::SeqCst);
    }

    pub(crate) fn record(&self, name: &str, bytes: usize, time: Duration) {
        if self.paused.load(Ordering::SeqCst) {
            return;
        }
        if let Ok(mut stats) = self.stats.lock() {
            let s = stats.entry(name.to_owned()).or_default();
            s.count += 1;
            s.bytes += bytes as u64;
            s.time += time;
        }
    }

    /// Every template's statistics, by the name it was parsed with.
    pub fn stats(&self) -> Vec<(String, FileStats)> {
        self.stats
            .lock()
            .map(|s| s.iter().map(|(k, v)| (k.clone(), *v)).collect())
            .unwrap_or_default()
    }
}

/// A writer that counts the bytes written through it.
pub(crate) struct Counted<'w> {
    inner: &'w mut dyn std::io::Write,
    bytes: usize,
}

impl<'w> Counted<'w> {
    pub(crate) fn new(inner: &'w mut dyn std::io::Write) -> Self {
        Counted { inner, bytes: 0 }
    }

    pub(crate) fn bytes(&self) -> usize {
        self.bytes
    }
}

impl std::io::Write for Counted<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.bytes += n;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}
