//! Jekyll's log format: a topic right-aligned in 18 columns, then the message.

#![allow(clippy::print_stdout, clippy::print_stderr)]

/// Prints as Jekyll's `LogAdapter` does.
#[derive(Clone, Debug)]
pub(crate) struct Logger {
    quiet: bool,
}

/// A message's trailing space stays, as Jekyll's logger keeps it (a heredoc's
/// newline becomes one).
fn line(topic: &str, message: &str) -> String {
    let text = format!("{:>20}{message}", format!("{topic} "));
    if message.is_empty() {
        text.trim_end().to_string()
    } else {
        text
    }
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

    /// `text` under `topic`, its further lines under no topic. A topic with no text is
    /// Jekyll's `logger.warn(text)`: right-aligned, with the space after it kept.
    pub(crate) fn warn_lines(&self, topic: &str, text: &str) {
        if text.is_empty() && !topic.is_empty() {
            eprintln!("{:>20}", format!("{topic} "));
            return;
        }
        let mut lines = text.split('\n');
        self.warn(topic, lines.next().unwrap_or(""));
        for l in lines {
            self.warn("", l);
        }
    }

    pub(crate) fn error(&self, topic: &str, message: &str) {
        eprintln!("{}", line(topic, message));
    }

    /// Jekyll's `logger.error(text)` with no message: the text is the topic, padded
    /// to 20 columns and followed by a space.
    pub(crate) fn error_topic(&self, text: &str) {
        eprintln!("{:>20}", format!("{text} "));
    }

    /// A line as Ruby's `warn` prints it: no topic, no padding.
    pub(crate) fn raw_warning(&self, text: &str) {
        eprintln!("{text}");
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
