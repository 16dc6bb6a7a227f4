//! Jekyll's log format: a topic right-aligned in 18 columns, then the message.

#![allow(clippy::print_stdout, clippy::print_stderr)]

/// Prints as Jekyll's `LogAdapter` does.
#[derive(Clone, Debug)]
pub(crate) struct Logger {
    quiet: bool,
}

fn line(topic: &str, message: &str) -> String {
    format!("{:>20}{message}", format!("{topic} "))
        .trim_end()
        .to_string()
}

impl Logger {
    pub(crate) fn new(quiet: bool) -> Logger {
        Logger { quiet }
    }

    pub(crate) fn info(&self, topic: &str, message: &str) {
        if !self.quiet {
            println!("{}", line(topic, message));
        }
    }

    /// Jekyll's `logger.info(text)` with no message: the text is the topic, padded to
    /// 20 columns and followed by a space.
    pub(crate) fn topic(&self, text: &str) {
        if !self.quiet {
            println!("{:>20}", format!("{text} "));
        }
    }

    pub(crate) fn warn(&self, topic: &str, message: &str) {
        eprintln!("{}", line(topic, message));
    }

    /// A warning: its topic beside its first line, further lines under no topic.
    pub(crate) fn warn_line(&self, warning: &hyde::Warning) {
        self.warn_lines(&warning.topic, &warning.message);
    }

    /// `text` under `topic`, its further lines under no topic.
    pub(crate) fn warn_lines(&self, topic: &str, text: &str) {
        let mut lines = text.split('\n');
        self.warn(topic, lines.next().unwrap_or(""));
        for l in lines {
            self.warn("", l);
        }
    }

    pub(crate) fn error(&self, topic: &str, message: &str) {
        eprintln!("{}", line(topic, message));
    }

    /// An error of several lines: the first under `topic`, the rest under none.
    pub(crate) fn error_block(&self, topic: &str, text: &str) {
        let mut lines = text.split('\n');
        self.error(topic, lines.next().unwrap_or(""));
        for l in lines {
            self.error("", l);
        }
    }
}
