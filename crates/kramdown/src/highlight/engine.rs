//! A state-machine lexer in the manner of Rouge's `RegexLexer`: in the state
//! on top of the stack, the first rule whose pattern matches at the current
//! position wins, yields tokens and may push or pop states; where no rule
//! matches, one character becomes an error token.

use std::collections::HashMap;
use std::sync::Arc;

use regex_automata::meta::Regex;
use regex_automata::util::captures::Captures;
use regex_automata::{Anchored, Input};

use super::lexer_options::{LexOptions, NONE};
use super::token::Tok;

/// A rule pattern, matched at the current position with the whole text as context.
pub(crate) struct LexPat {
    pure: Option<Regex>,
    fancy: Option<fancy_regex::Regex>,
    /// For a fancy pattern, a plain one matching a superset (`scanner::superset`),
    /// tried first: most attempts fail there, without the backtracking VM.
    prefilter: Option<Regex>,
    /// A pattern that must (`true`) or must not (`false`) match where the match ends.
    lookahead: Option<(bool, Regex)>,
    /// A condition on the match (a back reference, say).
    guard: Option<fn(&Match<'_>) -> bool>,
    /// The pattern starts with `^`: Rouge then only tries it at the start of a line.
    bol: bool,
    /// The pattern as written, to name one that does not compile.
    #[cfg(test)]
    source: String,
}

impl LexPat {
    fn new(pattern: &str) -> LexPat {
        let pure = LexPat::anchored(pattern);
        let (fancy, prefilter) = if pure.is_some() {
            (None, None)
        } else {
            (
                // The backtracking VM looks for a match at every later
                // position too; an empty alternative makes it stop at the
                // first, and the empty group at the end of the pattern
                // (numbered after the pattern's own) tells a real match.
                fancy_regex::Regex::new(&format!(r"(?m)\A(?:(?:{pattern})()|)")).ok(),
                crate::scanner::superset(pattern).and_then(|p| LexPat::anchored(&p)),
            )
        };
        // Rouge tries a pattern written with a leading `^` only at line starts.
        let unflagged = match pattern.strip_prefix("(?") {
            Some(rest) => match rest.find(')') {
                Some(i)
                    if rest[..i]
                        .chars()
                        .all(|c| c.is_ascii_alphabetic() || c == '-') =>
                {
                    &rest[i + 1..]
                }
                _ => pattern,
            },
            None => pattern,
        };
        LexPat {
            pure,
            fancy,
            prefilter,
            lookahead: None,
            guard: None,
            bol: unflagged.starts_with('^'),
            #[cfg(test)]
            source: pattern.to_owned(),
        }
    }

    fn anchored(pattern: &str) -> Option<Regex> {
        Regex::builder()
            .syntax(regex_automata::util::syntax::Config::new().multi_line(true))
            .build(pattern)
            .ok()
    }

    /// Whether the pattern compiled.
    #[cfg(test)]
    pub(crate) fn is_valid(&self) -> bool {
        self.pure.is_some() || self.fancy.is_some()
    }

    fn lookahead_ok(&self, text: &str, end: usize) -> bool {
        match &self.lookahead {
            None => true,
            Some((want, re)) => {
                let found = re
                    .search_half(
                        &Input::new(text)
                            .span(end..text.len())
                            .anchored(Anchored::Yes),
                    )
                    .is_some();
                found == *want
            }
        }
    }

    /// The group spans (absolute) of a match at `pos`.
    ///
    /// Like Ruby's `StringScanner` (which Rouge uses), the pattern sees the
    /// text from `pos` on only: `^` and `\A` match at `pos`, a look-behind
    /// sees nothing before it.
    fn match_at(&self, text: &str, pos: usize) -> Option<Vec<Option<(usize, usize)>>> {
        if self.bol && pos > 0 && !text[..pos].ends_with('\n') {
            return None;
        }
        let rest = &text[pos..];
        if let Some(re) = &self.pure {
            // Most rules fail where they are tried: ask first, without captures.
            let input = Input::new(rest).anchored(Anchored::Yes);
            if !re.is_match(input.clone()) {
                return None;
            }
            let mut caps: Captures = re.create_captures();
            re.search_captures(&input, &mut caps);
            if !caps.is_match() {
                return None;
            }
            return Some(
                (0..caps.group_len())
                    .map(|i| caps.get_group(i).map(|s| (s.start + pos, s.end + pos)))
                    .collect(),
            );
        }
        if let Some(pre) = &self.prefilter
            && !pre.is_match(Input::new(rest).anchored(Anchored::Yes))
        {
            return None;
        }
        let re = self.fancy.as_ref()?;
        let c = re.captures(rest).ok()??;
        let matched = c.len().checked_sub(1)?;
        c.get(matched)?;
        Some(
            (0..matched)
                .map(|i| c.get(i).map(|m| (m.start() + pos, m.end() + pos)))
                .collect(),
        )
    }
}

/// What a rule does when it matches.
#[allow(dead_code)] // not every lexer needs every action
pub(crate) enum Action {
    /// The match is one token.
    Token(Tok),
    /// The match is one token; then the state changes.
    TokenThen(Tok, Next),
    /// Each group is a token.
    Groups(&'static [Tok]),
    /// Each group is a token; then the state changes.
    GroupsThen(&'static [Tok], Next),
    /// Code for what the table cannot say.
    Custom(fn(&mut Lexer<'_>, &Match<'_>)),
}

/// A state change.
#[derive(Clone, Copy)]
#[allow(dead_code)] // not every lexer needs every state change
pub(crate) enum Next {
    Push(&'static str),
    PushSelf,
    Pop(usize),
    Goto(&'static str),
}

/// A rule, or the rules of another state mixed in.
pub(crate) enum Rule {
    Match(Box<LexPat>, Action),
    Mixin(&'static str),
}

/// Builds a rule.
pub(crate) fn rule(pattern: &str, action: Action) -> Rule {
    Rule::Match(Box::new(LexPat::new(pattern)), action)
}

/// A rule whose match must be followed by `ahead` (Ruby's `(?=…)`).
pub(crate) fn rule_followed(pattern: &str, ahead: &str, action: Action) -> Rule {
    let mut p = LexPat::new(pattern);
    p.lookahead = LexPat::anchored(ahead).map(|r| (true, r));
    Rule::Match(Box::new(p), action)
}

/// A rule whose match must not be followed by `ahead` (Ruby's `(?!…)`).
pub(crate) fn rule_not_followed(pattern: &str, ahead: &str, action: Action) -> Rule {
    let mut p = LexPat::new(pattern);
    p.lookahead = LexPat::anchored(ahead).map(|r| (false, r));
    Rule::Match(Box::new(p), action)
}

/// A rule that only applies when `guard` accepts the match.
pub(crate) fn rule_if(pattern: &str, guard: fn(&Match<'_>) -> bool, action: Action) -> Rule {
    let mut p = LexPat::new(pattern);
    p.guard = Some(guard);
    Rule::Match(Box::new(p), action)
}

/// Mixes another state's rules in.
pub(crate) fn mixin(state: &'static str) -> Rule {
    Rule::Mixin(state)
}

/// A language: named states and the stack it starts with.
pub(crate) struct Language {
    states: HashMap<&'static str, Vec<Rule>>,
    start: Vec<&'static str>,
    /// Which subclass this is, for rules shared with a parent lexer that behave by
    /// subclass (Rouge's `self.class.keywords`): empty for the base language.
    variant: &'static str,
    /// The stack to start with as the lexer's options decide it (Rouge's
    /// `start do … end` reading an option), `None` for `start`.
    start_by: Option<StartBy>,
}

/// Picks a start stack from the lexer's options (`None`: the language's own).
pub(crate) type StartBy = fn(&LexOptions) -> Option<Vec<&'static str>>;

/// A state on the stack: a named one, or one made while lexing (Ruby's `%q{…}` strings).
#[derive(Clone)]
pub(crate) enum StateRef {
    Named(&'static str),
    Made(Arc<Vec<Rule>>),
}

impl Language {
    /// A language from its states, starting in `root`.
    pub(crate) fn new(states: Vec<(&'static str, Vec<Rule>)>) -> Language {
        Language {
            states: states.into_iter().collect(),
            start: vec!["root"],
            variant: "",
            start_by: None,
        }
    }

    /// The language as the subclass `variant` with `rules` prepended to some of its
    /// states (Rouge's `prepend :state do … end` in a subclass).
    pub(crate) fn subclass(
        mut self,
        variant: &'static str,
        prepends: Vec<(&'static str, Vec<Rule>)>,
    ) -> Language {
        self.variant = variant;
        for (state, mut rules) in prepends {
            let list = self.states.entry(state).or_default();
            rules.append(list);
            *list = rules;
        }
        self
    }

    /// The language with its start stack chosen from the lexer's options.
    pub(crate) fn start_by(mut self, start_by: StartBy) -> Language {
        self.start_by = Some(start_by);
        self
    }

    /// The language with `states` in place of its own of the same names, or
    /// added (Rouge's `state :name do … end` in a subclass).
    pub(crate) fn replacing(mut self, states: Vec<(&'static str, Vec<Rule>)>) -> Language {
        self.states.extend(states);
        self
    }

    /// The language starting with `start` on the stack (bottom first; Rouge's
    /// `start do push … end`).
    pub(crate) fn starting(mut self, start: Vec<&'static str>) -> Language {
        self.start = start;
        self
    }

    /// A language that starts with `start` on the stack (bottom first).
    pub(crate) fn with_start(
        states: Vec<(&'static str, Vec<Rule>)>,
        start: Vec<&'static str>,
    ) -> Language {
        Language {
            states: states.into_iter().collect(),
            start,
            variant: "",
            start_by: None,
        }
    }

    /// Whether every pattern compiled.
    #[cfg(test)]
    pub(crate) fn is_valid(&self) -> bool {
        self.invalid().is_none()
    }

    /// A pattern that did not compile, or a mixin of a state that does not exist.
    #[cfg(test)]
    pub(crate) fn invalid(&self) -> Option<String> {
        self.states.values().flatten().find_map(|r| match r {
            Rule::Match(p, _) => (!p.is_valid()).then(|| p.source.clone()),
            Rule::Mixin(s) => (!self.states.contains_key(s)).then(|| format!("mixin {s}")),
        })
    }

    /// Lexes `text` starting from saved memory (`None`: afresh); returns the
    /// tokens and the memory to continue from (Rouge's `continue_lex`).
    pub(crate) fn lex_continue(
        &self,
        text: &str,
        memory: Option<Memory>,
    ) -> (Vec<(Tok, String)>, Memory) {
        self.lex_with(text, memory, &NONE)
    }

    /// Like `lex_continue`, for a lexer given `options` (Rouge's `Lexer.new(opts)`).
    pub(crate) fn lex_with(
        &self,
        text: &str,
        memory: Option<Memory>,
        options: &LexOptions,
    ) -> (Vec<(Tok, String)>, Memory) {
        let mut lexer = Lexer::start(self, text, memory, options);
        lexer.run();
        lexer.finish()
    }

    /// Lexes `text` into merged tokens.
    pub(crate) fn lex(&self, text: &str) -> Vec<(Tok, String)> {
        self.lex_continue(text, None).0
    }
}

/// What a lexer remembers from one piece of text to the next.
pub(crate) struct Memory {
    stack: Vec<StateRef>,
    memo: String,
    indents: Vec<usize>,
    next_indent: usize,
    block_indent: Option<usize>,
    heredocs: Vec<(bool, String)>,
    strings: Vec<(String, String)>,
    counts: Vec<i64>,
    delegates: Vec<(usize, Memory)>,
}

/// A match: the text and group spans.
pub(crate) struct Match<'t> {
    text: &'t str,
    groups: Vec<Option<(usize, usize)>>,
}

impl<'t> Match<'t> {
    /// Group `i` (0: the whole match), or the empty string.
    pub(crate) fn get(&self, i: usize) -> &'t str {
        self.groups
            .get(i)
            .copied()
            .flatten()
            .map_or("", |(s, e)| &self.text[s..e])
    }
}

/// The lexer's running state.
pub(crate) struct Lexer<'t> {
    lang: &'t Language,
    text: &'t str,
    /// The options the lexer was made with (`php?start_inline=1`).
    options: &'t LexOptions,
    pos: usize,
    stack: Vec<StateRef>,
    out: Vec<(Tok, String)>,
    /// Free-form memory for custom rules (a heredoc delimiter, say).
    pub(crate) memo: String,
    /// Indentation levels, for lexers that track them (YAML).
    pub(crate) indents: Vec<usize>,
    /// The indentation being built up on the current line.
    pub(crate) next_indent: usize,
    /// The indentation of a block scalar, once known.
    pub(crate) block_indent: Option<usize>,
    /// Heredocs waiting for their bodies: (indented end allowed, delimiter).
    pub(crate) heredocs: Vec<(bool, String)>,
    /// What each language text is delegated to (JavaScript inside HTML) remembers,
    /// by the language's address.
    delegates: Vec<(usize, Memory)>,
    /// Open strings: (prefix letters, delimiter), for lexers that nest them (Python).
    pub(crate) strings: Vec<(String, String)>,
    /// Counters for custom rules (Rust's open macro delimiters).
    pub(crate) counts: Vec<i64>,
}

const MAX_NULL_SCANS: usize = 5;

impl<'t> Lexer<'t> {
    fn start(
        lang: &'t Language,
        text: &'t str,
        memory: Option<Memory>,
        options: &'t LexOptions,
    ) -> Lexer<'t> {
        let m = memory.unwrap_or_else(|| Memory {
            stack: lang
                .start_by
                .and_then(|f| f(options))
                .unwrap_or_else(|| lang.start.clone())
                .into_iter()
                .map(StateRef::Named)
                .collect(),
            memo: String::new(),
            indents: vec![0],
            next_indent: 0,
            block_indent: None,
            heredocs: Vec::new(),
            strings: Vec::new(),
            counts: Vec::new(),
            delegates: Vec::new(),
        });
        Lexer {
            lang,
            text,
            options,
            pos: 0,
            stack: m.stack,
            out: Vec::new(),
            memo: m.memo,
            indents: m.indents,
            next_indent: m.next_indent,
            block_indent: m.block_indent,
            heredocs: m.heredocs,
            delegates: m.delegates,
            strings: m.strings,
            counts: m.counts,
        }
    }

    fn finish(self) -> (Vec<(Tok, String)>, Memory) {
        let memory = Memory {
            stack: self.stack,
            memo: self.memo,
            indents: self.indents,
            next_indent: self.next_indent,
            block_indent: self.block_indent,
            heredocs: self.heredocs,
            strings: self.strings,
            counts: self.counts,
            delegates: self.delegates,
        };
        (self.out, memory)
    }

    fn run(&mut self) {
        let mut null_steps = 0;
        while self.pos < self.text.len() {
            let state = self
                .stack
                .last()
                .cloned()
                .unwrap_or(StateRef::Named("root"));
            if !self.step(&state, &mut null_steps, 0) {
                let end = self.text[self.pos..]
                    .chars()
                    .next()
                    .map_or(self.text.len(), |c| self.pos + c.len_utf8());
                let s = self.text[self.pos..end].to_owned();
                self.token(Tok::Error, &s);
                self.pos = end;
            }
        }
    }

    fn step(&mut self, state: &StateRef, null_steps: &mut usize, depth: usize) -> bool {
        let lang = self.lang;
        let rules: &[Rule] = match state {
            StateRef::Named(name) => match lang.states.get(name) {
                Some(r) => r,
                None => return false,
            },
            StateRef::Made(r) => r,
        };
        for r in rules {
            match r {
                Rule::Mixin(other) => {
                    if depth < 16 && self.step(&StateRef::Named(other), null_steps, depth + 1) {
                        return true;
                    }
                }
                Rule::Match(pat, action) => {
                    let Some(groups) = pat.match_at(self.text, self.pos) else {
                        continue;
                    };
                    let m = Match {
                        text: self.text,
                        groups,
                    };
                    let (start, end) = m
                        .groups
                        .first()
                        .copied()
                        .flatten()
                        .unwrap_or((self.pos, self.pos));
                    if !pat.lookahead_ok(self.text, end) || pat.guard.is_some_and(|g| !g(&m)) {
                        continue;
                    }
                    self.pos = end;
                    self.act(action, &m);
                    if end == start {
                        *null_steps += 1;
                        if *null_steps > MAX_NULL_SCANS {
                            return false;
                        }
                    } else {
                        *null_steps = 0;
                    }
                    return true;
                }
            }
        }
        false
    }

    fn act(&mut self, action: &Action, m: &Match<'_>) {
        match action {
            Action::Token(t) => self.token(*t, m.get(0)),
            Action::TokenThen(t, next) => {
                self.token(*t, m.get(0));
                self.go(*next);
            }
            Action::Groups(ts) => self.groups(ts, m),
            Action::GroupsThen(ts, next) => {
                self.groups(ts, m);
                self.go(*next);
            }
            Action::Custom(f) => f(self, m),
        }
    }

    /// Yields each group of `m` as a token.
    pub(crate) fn groups(&mut self, ts: &[Tok], m: &Match<'_>) {
        for (i, t) in ts.iter().enumerate() {
            self.token(*t, m.get(i + 1));
        }
    }

    /// Changes the state.
    pub(crate) fn go(&mut self, next: Next) {
        match next {
            Next::Push(s) => self.stack.push(StateRef::Named(s)),
            Next::PushSelf => {
                let top = self
                    .stack
                    .last()
                    .cloned()
                    .unwrap_or(StateRef::Named("root"));
                self.stack.push(top);
            }
            Next::Pop(n) => {
                let keep = self.stack.len().saturating_sub(n).max(1);
                self.stack.truncate(keep);
            }
            Next::Goto(s) => {
                if let Some(top) = self.stack.last_mut() {
                    *top = StateRef::Named(s);
                }
            }
        }
    }

    /// Lexes `text` with another language, which keeps its state from one call to the next.
    pub(crate) fn delegate(&mut self, lang: &'static Language, text: &str) {
        let key = std::ptr::from_ref(lang) as usize;
        self.delegate_keyed(lang, key, text, self.options);
    }

    /// Lexes `text` with `lang` continuing from what it remembers under `key`,
    /// made with `options`.
    fn delegate_keyed(
        &mut self,
        lang: &'static Language,
        key: usize,
        text: &str,
        options: &LexOptions,
    ) {
        let memory = self
            .delegates
            .iter()
            .position(|(k, _)| *k == key)
            .map(|i| self.delegates.remove(i).1);
        let (tokens, memory) = lang.lex_with(text, memory, options);
        self.delegates.push((key, memory));
        for (t, v) in tokens {
            self.token(t, &v);
        }
    }

    /// Like `delegate`, for one of several lexers of `lang` that a Rouge lexer
    /// keeps apart (Vue's two JavaScript lexers): `slot` tells them apart.
    pub(crate) fn delegate_slot(&mut self, lang: &'static Language, slot: usize, text: &str) {
        let key = (std::ptr::from_ref(lang) as usize).wrapping_add(slot);
        self.delegate_keyed(lang, key, text, self.options);
    }

    /// Starts the delegated lexer in `slot` afresh (see `delegate_slot`).
    pub(crate) fn reset_delegate_slot(&mut self, lang: &'static Language, slot: usize) {
        let key = (std::ptr::from_ref(lang) as usize).wrapping_add(slot);
        self.delegates.retain(|(k, _)| *k != key);
    }

    /// Lexes `text` with a fresh lexer of another language (Rouge's `delegate`
    /// to a lexer class rather than an instance).
    pub(crate) fn delegate_fresh(&mut self, lang: &'static Language, text: &str) {
        for (t, v) in lang.lex_with(text, None, self.options).0 {
            self.token(t, &v);
        }
    }

    /// Lexes `text` with a fresh lexer of this same language (Rouge's `recurse`).
    pub(crate) fn recurse(&mut self, text: &str) {
        for (t, v) in self.lang.lex_with(text, None, self.options).0 {
            self.token(t, &v);
        }
    }

    /// Whether the state on top of a delegated language's stack is `name`
    /// (Rouge's `parent.state?(name)`).
    pub(crate) fn delegate_top_is(&self, lang: &'static Language, name: &str) -> bool {
        let key = std::ptr::from_ref(lang) as usize;
        match self.delegates.iter().find(|(k, _)| *k == key) {
            Some((_, memory)) => {
                matches!(memory.stack.last(), Some(StateRef::Named(n)) if *n == name)
            }
            None => lang.start.last().is_some_and(|s| *s == name),
        }
    }

    /// Pops a state off a delegated language's stack (Rouge's `parent.pop!`).
    pub(crate) fn delegate_pop(&mut self, lang: &'static Language) {
        let key = std::ptr::from_ref(lang) as usize;
        if let Some((_, memory)) = self.delegates.iter_mut().find(|(k, _)| *k == key)
            && memory.stack.len() > 1
        {
            memory.stack.pop();
        }
    }

    /// Lexes `text` with a fresh lexer of another language (Rouge's `delegate`
    /// given a lexer class rather than an instance).
    pub(crate) fn recurse_with(&mut self, lang: &'static Language, text: &str) {
        for (t, v) in lang.lex_with(text, None, self.options).0 {
            self.token(t, &v);
        }
    }

    /// Lexes `text` with a copy of this lexer that shares its state stack
    /// (Rouge's `delegate self.clone`): states the copy pushes or pops stay so.
    pub(crate) fn recurse_sharing_stack(&mut self, text: &str) {
        let memory = Memory {
            stack: std::mem::take(&mut self.stack),
            memo: String::new(),
            indents: vec![0],
            next_indent: 0,
            block_indent: None,
            heredocs: Vec::new(),
            strings: Vec::new(),
            counts: Vec::new(),
            delegates: Vec::new(),
        };
        let (tokens, memory) = self.lang.lex_with(text, Some(memory), self.options);
        self.stack = memory.stack;
        for (t, v) in tokens {
            self.token(t, &v);
        }
    }

    /// The options the lexer was made with.
    pub(crate) fn options(&self) -> &LexOptions {
        self.options
    }

    /// The language a template lexer's text goes to: its `parent` option
    /// (Rouge's `TemplateLexer#parent`), else `default`.
    pub(crate) fn parent(&self, default: &'static Language) -> &'static Language {
        self.options
            .string("parent")
            .and_then(super::language)
            .unwrap_or(default)
    }

    /// Lexes `text` with the template's parent language (Rouge's `delegate
    /// parent`), which keeps its state from one call to the next and gets
    /// this lexer's options but `parent`.
    pub(crate) fn delegate_parent(&mut self, default: &'static Language, text: &str) {
        let lang = self.parent(default);
        let key = std::ptr::from_ref(lang) as usize;
        let stripped;
        let options = if self.options.has("parent") {
            stripped = self.options.without(&["parent"]);
            &stripped
        } else {
            self.options
        };
        self.delegate_keyed(lang, key, text, options);
    }

    /// Starts a delegated language afresh.
    pub(crate) fn reset_delegate(&mut self, lang: &'static Language) {
        let key = std::ptr::from_ref(lang) as usize;
        self.delegates.retain(|(k, _)| *k != key);
    }

    /// Pushes a state made while lexing.
    pub(crate) fn push_made(&mut self, rules: Arc<Vec<Rule>>) {
        self.stack.push(StateRef::Made(rules));
    }

    /// How many states are on the stack (Rouge's `stack.size`).
    pub(crate) fn depth(&self) -> usize {
        self.stack.len()
    }

    /// The subclass being lexed (see [`Language::subclass`]); empty for a base language.
    pub(crate) fn variant(&self) -> &'static str {
        self.lang.variant
    }

    /// Whether `name` is anywhere on the stack (Rouge's `in_state?`).
    pub(crate) fn in_state(&self, name: &str) -> bool {
        self.stack
            .iter()
            .any(|s| matches!(s, StateRef::Named(n) if *n == name))
    }

    /// Whether the state on top is `name`.
    pub(crate) fn top_is(&self, name: &str) -> bool {
        matches!(self.stack.last(), Some(StateRef::Named(n)) if *n == name)
    }

    /// Yields a token (merged with the previous one of the same type).
    pub(crate) fn token(&mut self, t: Tok, value: &str) {
        if value.is_empty() {
            return;
        }
        if let Some((last, v)) = self.out.last_mut()
            && *last == t
        {
            v.push_str(value);
            return;
        }
        self.out.push((t, value.to_owned()));
    }
}
