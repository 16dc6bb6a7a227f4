//! Rouge's `guess` language (`Lexer.guess(source: code)`): a modeline names
//! the language, else the lexers whose `detect?` accepts the code; no lexer or
//! more than one (where Rouge raises `Ambiguous`) is plain text.

use std::sync::LazyLock;

use fancy_regex::Regex;

fn re(pattern: &str) -> Option<Regex> {
    Regex::new(pattern).ok()
}

fn is_match(re: &Option<Regex>, text: &str) -> bool {
    re.as_ref()
        .is_some_and(|r| r.is_match(text).unwrap_or(false))
}

static SHEBANG: LazyLock<Option<Regex>> = LazyLock::new(|| re(r"\A[ \t\n\r\x0B\x0C]*#!(.*)"));
static DOCTYPE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    re(r"(?s)\A[ \t\n\r\x0B\x0C]*(?:<\?.*?\?>[ \t\n\r\x0B\x0C]*)?<!DOCTYPE[ \t\n\r\x0B\x0C]+(.+?)>")
});
static MODELINES: LazyLock<Vec<Option<Regex>>> = LazyLock::new(|| {
    let s = r"[ \t\n\r\x0B\x0C]";
    let w = "[A-Za-z0-9_]";
    vec![
        re(&format!(
            r"(?i)-\*-{s}*(?:(?!mode)[\w-]+{s}*:{s}*(?:[\w+-]+){s}*;?{s}*)*(?:mode{s}*:)?{s}*([\w+-]+){s}*(?:;{s}*(?!mode)[\w-]+{s}*:{s}*[\w+-]+{s}*)*;?{s}*-\*-"
        ).replace(r"\w", w)),
        re(&format!(r"(?i)(?:vim|vi|ex):{s}*(?:ft|filetype|syntax)=({w}+){s}?")),
        re(&format!(
            r"(?i)(?:vim|vi|Vim|ex):{s}*se(?:t)?.*{s}(?:ft|filetype|syntax)=({w}+){s}?.*:"
        )),
    ]
});

/// What the code's shebang line says, if it has one.
fn shebang(text: &str) -> Option<String> {
    let caps = SHEBANG.as_ref()?.captures(text).ok()??;
    Some(caps.get(1)?.as_str().to_owned())
}

/// `TextAnalyzer#shebang?`: the shebang names `program` (a regex) as a word.
fn shebang_is(text: &str, program: &str) -> bool {
    shebang(text).is_some_and(|line| {
        is_match(
            &re(&format!(r"\b(?:{program})(?:[ \t\n\r\x0B\x0C]|$)")),
            &line,
        )
    })
}

fn doctype(text: &str) -> Option<String> {
    let caps = DOCTYPE.as_ref()?.captures(text).ok()??;
    Some(caps.get(1)?.as_str().to_owned())
}

fn matches(pattern: &str, text: &str) -> bool {
    is_match(&re(pattern), text)
}

/// A lexer's `detect?`.
type Detect = fn(&str) -> bool;

/// Each detectable Rouge lexer (its tag) and its `detect?`.
fn detectors() -> Vec<(&'static str, Detect)> {
    vec![
        ("awk", |t| shebang_is(t, "awk")),
        ("biml", |t| matches(r"<[ \t\n\r\x0B\x0C]*Biml\b", t)),
        ("coffeescript", |t| shebang_is(t, "coffee")),
        ("crystal", |t| shebang_is(t, "crystal")),
        ("diff", |t| {
            t.starts_with("Index: ")
                || matches(r"\Adiff[^\n]*?\ba/[^\n]*\bb/", t)
                || matches(r"---.*?\n[+][+][+]", t)
                || matches(r"[+][+][+].*?\n---", t)
        }),
        ("factor", |t| shebang_is(t, "factor")),
        ("gherkin", |t| shebang_is(t, "cucumber")),
        ("groovy", |t| shebang_is(t, "groovy")),
        ("hack", |t| {
            matches(r"<\?hh", t)
                || shebang_is(t, "hhvm")
                || matches("async function [a-zA-Z]", t)
                || matches(r"\): Awaitable<", t)
        }),
        ("haskell", |t| shebang_is(t, "runhaskell")),
        ("haxe", |t| shebang_is(t, "haxe")),
        ("html", |t| {
            if doctype(t).is_some_and(|d| matches(r"(?i)\bhtml\b", &d)) {
                return true;
            }
            !matches(r"\A<\?xml\b", t) && matches(r"<[ \t\n\r\x0B\x0C]*html\b", t)
        }),
        ("io", |t| shebang_is(t, "io")),
        ("javascript", |t| {
            shebang_is(t, "node") || shebang_is(t, "jsc")
        }),
        ("julia", |t| shebang_is(t, "julia")),
        ("lasso", |t| {
            shebang_is(t, "lasso9") || matches(r"\A.*?<\?(lasso(script)?|=)", t)
        }),
        ("livescript", |t| shebang_is(t, "lsc")),
        ("lua", |t| shebang_is(t, "lua")),
        ("moonscript", |t| shebang_is(t, "moon")),
        ("mosel", |t| {
            matches(
                r"(?m)^[ \t\n\r\x0B\x0C]*(model|package)[ \t\n\r\x0B\x0C]+",
                t,
            )
        }),
        ("perl", |t| shebang_is(t, "perl")),
        ("php", |t| {
            shebang_is(t, "php") || (!matches(r"(?m)^<\?hh", t) && matches(r"(?m)^<\?php", t))
        }),
        ("postscript", |t| matches("(?m)^%!", t)),
        ("praat", |t| shebang_is(t, "praat")),
        ("puppet", |t| {
            shebang_is(t, "puppet-apply") || shebang_is(t, "puppet")
        }),
        ("python", |t| shebang_is(t, r"pythonw?(?:[23](?:\.\d+)?)?")),
        ("r", |t| shebang_is(t, "Rscript")),
        ("racket", |t| {
            let lang = re(r"\A#lang[ \t\n\r\x0B\x0C]*(.*)")
                .and_then(|r| r.captures(t).ok().flatten())
                .and_then(|c| c.get(1).map(|l| l.as_str().to_owned()));
            lang.is_some_and(|l| matches("racket|scribble", &l))
        }),
        ("ruby", |t| shebang_is(t, "ruby")),
        ("rust", |t| shebang_is(t, "rustc")),
        ("sed", |t| shebang_is(t, "sed")),
        ("shell", |t| shebang_is(t, "(?:ba|z|k)?sh")),
        ("solidity", |t| t.starts_with("pragma solidity")),
        ("tcl", |t| {
            shebang_is(t, "tclsh") || shebang_is(t, "wish") || shebang_is(t, "jimsh")
        }),
        ("tex", |t| {
            matches(
                r"\A[ \t\n\r\x0B\x0C]*\\(documentclass|input|documentstyle|relax|ProvidesPackage|ProvidesClass)",
                t,
            )
        }),
        ("tulip", |t| shebang_is(t, "tulip")),
        ("xml", |t| {
            let doc = doctype(t);
            if doc.as_deref().is_some_and(|d| d.contains("html")) {
                return false;
            }
            matches(r"\A<\?xml\b", t) || doc.is_some()
        }),
        ("yaml", |t| matches(r"(?s)\A[ \t\n\r\x0B\x0C]*%YAML", t)),
    ]
}

/// The Rouge language name `guess` picks for `code` (`plaintext` when none or several fit).
pub(crate) fn guess(code: &str) -> String {
    // Modelines are looked for in the first and last five lines.
    let lines: Vec<&str> = code.split('\n').collect();
    let lines: Vec<&str> = {
        let mut l = lines;
        while l.last() == Some(&"") {
            l.pop();
        }
        l
    };
    let head = lines.iter().take(5);
    let tail = lines.iter().skip(lines.len().saturating_sub(5));
    let space: Vec<&str> = head.chain(tail).copied().collect();
    let space = space.join("\n");
    let named: Vec<String> = MODELINES
        .iter()
        .filter_map(|r| r.as_ref()?.captures(&space).ok()??.get(1))
        .map(|m| m.as_str().to_owned())
        .filter(|name| super::is_known(name) && name != "guess")
        .collect();
    if let Some(first) = named.first()
        && named.iter().all(|n| n == first)
    {
        return first.clone();
    }
    let found: Vec<&str> = detectors()
        .into_iter()
        .filter(|(_, detect)| detect(code))
        .map(|(tag, _)| tag)
        .collect();
    match found.as_slice() {
        [one] => (*one).to_owned(),
        _ => "plaintext".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::guess;

    #[test]
    fn guesses_like_rouge() {
        assert_eq!(guess("#!/usr/bin/env ruby\nputs 1\n"), "ruby");
        assert_eq!(guess("#!/bin/bash -x\necho\n"), "shell");
        assert_eq!(guess("<?xml version=\"1.0\"?>\n<a/>\n"), "xml");
        assert_eq!(guess("<!DOCTYPE html>\n<html></html>\n"), "html");
        assert_eq!(guess("package main\n"), "mosel");
        assert_eq!(guess("# -*- mode: python -*-\nx = 1\n"), "python");
        assert_eq!(guess("just words\n"), "plaintext");
    }
}
