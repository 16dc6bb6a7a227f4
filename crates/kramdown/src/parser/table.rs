//! Tables: `|`-separated rows, `|---|` header separators with `:` alignment,
//! `|===|` footer separators.

use super::grammar::{OPT_SPACE, S};
use super::{Flow, Parser, SpanParser, StopWhen, pattern};
use crate::element::{Align, Element, Kind};
use crate::scanner::Scanner;

const PIPE_CHECK: &str = r"(?:\||.*?[^\\\n]\|)";

pattern!(
    TABLE_START,
    format!(r"^{OPT_SPACE}(?=[^ \t\r\n\x0B\x0C]){PIPE_CHECK}.*?\n"),
    lines 1
);
pattern!(TABLE_LINE, format!(r"{PIPE_CHECK}.*?\n"));
pattern!(LEADING_PIPE, format!(r"^{S}*\|"));
pattern!(SEP_LINE, r"^([+|: \t-]*?-[+|: \t-]*?)[ \t]*\n");
pattern!(HSEP_ALIGN, r"[ \t]?(:?)-+(:?)[ \t]?");
pattern!(FSEP_LINE, r"^[+|: \t=]*?=[+|: \t=]*?[ \t]*\n");
pattern!(ROW_LINE, r"^(.*?)[ \t]*\n");
pattern!(PIPE_AT_START, format!("^{PIPE_CHECK}"));
pattern!(CODE_HTML, r"(<code.*?>.*?</code>)");
pattern!(CELL_SEP, r"(?<!\\)\|");
pattern!(BACKTICKS, "`+");

/// Ruby's `str.split("\n")`: trailing empty fields dropped.
fn ruby_lines(s: &str) -> Vec<&str> {
    let mut v: Vec<&str> = s.split('\n').collect();
    while v.last().is_some_and(|l| l.is_empty()) {
        v.pop();
    }
    v
}

fn push_to_cells(cells: &mut Vec<String>, s: &str) {
    match cells.last_mut() {
        Some(last) => last.push_str(s),
        None => cells.push(s.to_owned()),
    }
}

impl Parser {
    fn table_cells(&mut self, row: &str) -> Vec<String> {
        let mut cells: Vec<String> = Vec::new();
        // Split around literal <code>…</code> (kept whole) like Ruby's split with a group.
        let mut pieces: Vec<(bool, String)> = Vec::new();
        let mut last = 0;
        for c in CODE_HTML.find_all(row) {
            pieces.push((false, row[last..c.start].to_owned()));
            pieces.push((true, c.s(1).to_owned()));
            last = c.end;
        }
        pieces.push((false, row[last..].to_owned()));
        if pieces.last().is_some_and(|(code, s)| !code && s.is_empty()) && pieces.len() > 1 {
            pieces.pop();
        }
        for (is_code, piece) in pieces {
            if is_code {
                push_to_cells(&mut cells, &piece);
                continue;
            }
            let saved = std::mem::replace(&mut self.src, Scanner::new(piece));
            let saved_stack = std::mem::take(&mut self.span_stack);
            let mut root = Element::new(Kind::Root);
            self.parse_spans(
                &mut root,
                None,
                Some(&[SpanParser::Codespan]),
                Kind::RawText,
                StopWhen::Always,
            );
            self.src = saved;
            self.span_stack = saved_stack;
            for c in root.children {
                if c.kind == Kind::RawText {
                    let parts: Vec<String> = CELL_SEP
                        .split(&c.value)
                        .into_iter()
                        .map(|t| t.replace("\\|", "|"))
                        .collect();
                    let mut it = parts.into_iter();
                    if let Some(f) = it.next() {
                        push_to_cells(&mut cells, &f);
                    }
                    cells.extend(it);
                } else {
                    let longest = BACKTICKS
                        .find_all(&c.value)
                        .iter()
                        .map(|m| m.len())
                        .max()
                        .unwrap_or(0);
                    let delim = "`".repeat(longest + 1);
                    let pad = if delim.len() > 1 { " " } else { "" };
                    push_to_cells(&mut cells, &format!("{delim}{pad}{}{pad}{delim}", c.value));
                }
            }
        }
        cells
    }

    pub(super) fn parse_table(&mut self, tree: &mut Element) -> Flow {
        if !self.src.peek(&TABLE_START) || !self.after_block_boundary(tree) {
            return Flow::No;
        }
        let saved_pos = self.src.pos();
        let mut table = Element::new(Kind::Table);
        let leading_pipe = self
            .src
            .check(&TABLE_LINE)
            .is_some_and(|c| LEADING_PIPE.is_match(c.s(0)));
        self.src.scan(&SEP_LINE);
        let mut rows: Vec<Element> = Vec::new();
        let mut has_footer = false;
        let mut columns = 0;
        let mut alignment: Vec<Align> = Vec::new();
        let add_container = |table: &mut Element,
                             rows: &mut Vec<Element>,
                             kind: Kind,
                             force: bool,
                             has_footer: bool| {
            if !has_footer || kind != Kind::Tbody || force {
                let mut cont = Element::new(kind);
                cont.children = std::mem::take(rows);
                table.children.push(cont);
            }
        };
        while !self.src.eos() {
            if !self.src.peek(&TABLE_LINE) {
                break;
            }
            if let Some(c) = self.src.scan(&SEP_LINE) {
                if rows.is_empty() {
                } else if alignment.is_empty() && !has_footer {
                    add_container(&mut table, &mut rows, Kind::Thead, false, has_footer);
                    alignment = HSEP_ALIGN
                        .find_all(c.s(1))
                        .iter()
                        .map(|m| match (m.s(1).is_empty(), m.s(2).is_empty()) {
                            (true, true) => Align::Default,
                            (false, true) => Align::Left,
                            (true, false) => Align::Right,
                            (false, false) => Align::Center,
                        })
                        .collect();
                } else {
                    add_container(&mut table, &mut rows, Kind::Tbody, false, has_footer);
                }
            } else if self.src.scan(&FSEP_LINE).is_some() {
                if !rows.is_empty() {
                    add_container(&mut table, &mut rows, Kind::Tbody, true, has_footer);
                }
                has_footer = true;
            } else if let Some(c) = self.src.scan(&ROW_LINE) {
                let mut cells = self.table_cells(c.s(1));
                if leading_pipe && cells.first().is_some_and(|f| f.trim().is_empty()) {
                    cells.remove(0);
                }
                if cells.last().is_some_and(|l| l.trim().is_empty()) {
                    cells.pop();
                }
                let mut tr = Element::new(Kind::Tr);
                for cell in &cells {
                    let mut td = Element::new(Kind::Td);
                    td.children.push(Element::with_value(
                        Kind::RawText,
                        cell.trim_matches(super::block::is_ruby_space),
                    ));
                    tr.children.push(td);
                }
                columns = columns.max(cells.len());
                rows.push(tr);
            } else {
                break;
            }
        }
        if !self.before_block_boundary() {
            self.src.set_pos(saved_pos);
            return Flow::No;
        }
        // Code spans or HTML spanning lines must not hide the pipes of a line.
        let end = self.src.pos().saturating_sub(1).max(saved_pos);
        let table_text = self.src.text()[saved_pos..end].to_owned();
        let saved_src = std::mem::replace(&mut self.src, Scanner::new(table_text));
        let saved_stack = std::mem::take(&mut self.span_stack);
        let mut root = Element::new(Kind::Root);
        self.parse_spans(
            &mut root,
            None,
            Some(&[SpanParser::Codespan, SpanParser::SpanHtml]),
            Kind::RawText,
            StopWhen::Always,
        );
        self.src = saved_src;
        self.span_stack = saved_stack;
        let mut pipe_on_line = false;
        for c in &root.children {
            let lines = ruby_lines(&c.value);
            if c.kind == Kind::Codespan {
                if lines.len() > 2 || (lines.len() == 2 && !pipe_on_line) {
                    break;
                } else if lines.len() == 2 && pipe_on_line {
                    pipe_on_line = false;
                }
            } else {
                if lines.len() > 1
                    && !pipe_on_line
                    && lines
                        .first()
                        .is_none_or(|l| PIPE_AT_START.match_at_start(l).is_none())
                {
                    break;
                }
                pipe_on_line = (if lines.len() > 1 { false } else { pipe_on_line })
                    || lines
                        .last()
                        .is_some_and(|l| PIPE_AT_START.match_at_start(l).is_some());
            }
        }
        if !pipe_on_line {
            self.src.set_pos(saved_pos);
            return Flow::No;
        }
        if !rows.is_empty() {
            let kind = if has_footer { Kind::Tfoot } else { Kind::Tbody };
            add_container(&mut table, &mut rows, kind, false, has_footer);
        }
        if !table.children.iter().any(|c| c.kind == Kind::Tbody) {
            self.src.set_pos(saved_pos);
            return Flow::No;
        }
        for part in &mut table.children {
            for row in &mut part.children {
                while row.children.len() < columns {
                    row.children.push(Element::new(Kind::Td));
                }
            }
        }
        alignment.resize(columns, Align::Default);
        table.o.alignment = alignment;
        if let Some(ial) = self.block_ial.take() {
            table.o.ial = Some(ial);
        }
        tree.children.push(table);
        Flow::Yes
    }
}
