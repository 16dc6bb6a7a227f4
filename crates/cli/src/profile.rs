//! `--profile`: Jekyll's "Build Process Summary" (`Jekyll::Profiler`) and "Site
//! Render Stats" (`LiquidRenderer::Table`) tables, drawn as terminal-table draws
//! them for Jekyll (right-aligned cells, the first column left-aligned, no top or
//! bottom border). The times are hyde's.

use std::path::Path;
use std::time::Duration;

use crate::log::Logger;

/// `Profiler.tabulate`: a header row, a separator, the rows.
pub(crate) fn tabulate(rows: &[Vec<String>]) -> String {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|c| {
            rows.iter()
                .filter_map(|r| r.get(c))
                .map(|s| s.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |row: &Vec<String>| -> String {
        let cells: Vec<String> = widths
            .iter()
            .enumerate()
            .map(|(c, &w)| {
                let cell = row.get(c).map_or("", String::as_str);
                if c == 0 {
                    format!(" {cell:<w$} ")
                } else {
                    format!(" {cell:>w$} ")
                }
            })
            .collect();
        format!("|{}|", cells.join("|"))
    };
    let separator = format!(
        "+{}+",
        widths
            .iter()
            .map(|w| "-".repeat(w + 2))
            .collect::<Vec<_>>()
            .join("+")
    );
    let mut out = Vec::with_capacity(rows.len() + 1);
    if let Some((header, body)) = rows.split_first() {
        out.push(line(header));
        out.push(separator);
        out.extend(body.iter().map(line));
    }
    out.join("\n")
}

/// Ruby's `Float#round(4)`, then `format("%.4f")`.
fn seconds4(d: Duration) -> f64 {
    (d.as_secs_f64() * 10_000.0).round() / 10_000.0
}

/// The Build Process Summary rows: each phase, then the total of the rounded times.
pub(crate) fn phase_rows(phases: &[(&str, Duration)]) -> Vec<Vec<String>> {
    let mut rows = vec![vec!["PHASE".to_owned(), "TIME".to_owned()]];
    let mut total = 0.0;
    for (name, time) in phases {
        let t = seconds4(*time);
        total += t;
        rows.push(vec![(*name).to_owned(), format!("{t:.4}")]);
    }
    rows.push(vec!["TOTAL TIME".to_owned(), format!("{total:.4}")]);
    rows
}

/// `LiquidRenderer#normalize_path`: the name a template has in the table.
pub(crate) fn table_name(name: &str, source: &Path, theme: Option<&Path>) -> String {
    let source = format!("{}/", source.display());
    if let Some(rest) = name.strip_prefix(&source) {
        return rest.to_owned();
    }
    if let Some(at) = name.rfind("/gems/") {
        return name[at + "/gems/".len()..].to_owned();
    }
    if let Some(theme) = theme
        && let Ok(rest) = Path::new(name).strip_prefix(theme)
    {
        let base = theme
            .file_name()
            .map(|b| b.to_string_lossy().into_owned())
            .unwrap_or_default();
        return format!("{base}/{}", rest.display());
    }
    name.strip_prefix('/').unwrap_or(name).to_owned()
}

/// The Site Render Stats rows: the 50 slowest templates, slowest first, and a total.
pub(crate) fn stats_rows(
    stats: &[(String, hyde::liquid::FileStats)],
    source: &Path,
    theme: Option<&Path>,
) -> Vec<Vec<String>> {
    let mut merged: Vec<(String, hyde::liquid::FileStats)> = Vec::new();
    for (name, s) in stats {
        let name = table_name(name, source, theme);
        match merged.iter_mut().find(|(n, _)| *n == name) {
            Some((_, m)) => {
                m.count += s.count;
                m.bytes += s.bytes;
                m.time += s.time;
            }
            None => merged.push((name, *s)),
        }
    }
    merged.sort_by_key(|m| std::cmp::Reverse(m.1.time));
    merged.truncate(50);
    let kilobytes = |b: u64| format!("{:.2}K", b as f64 / 1024.0);
    let mut rows = vec![vec![
        "Filename".to_owned(),
        "Count".to_owned(),
        "Bytes".to_owned(),
        "Time".to_owned(),
    ]];
    let (mut count, mut bytes, mut time) = (0, 0, 0.0);
    for (name, s) in &merged {
        count += s.count;
        bytes += s.bytes;
        time += s.time.as_secs_f64();
        rows.push(vec![
            name.clone(),
            s.count.to_string(),
            kilobytes(s.bytes),
            format!("{:.3}", s.time.as_secs_f64()),
        ]);
    }
    rows.push(vec![
        format!("TOTAL (for {} files)", merged.len()),
        count.to_string(),
        kilobytes(bytes),
        format!("{time:.3}"),
    ]);
    rows
}

/// Prints both tables as Jekyll's logger prints them: each title and each table a
/// topic of its own (a blank line before, a space after).
pub(crate) fn print(log: &Logger, phases: &[(&str, Duration)], stats: &[Vec<String>]) {
    log.topic("\nBuild Process Summary:");
    log.topic(&format!("\n{}\n", tabulate(&phase_rows(phases))));
    log.topic("\nSite Render Stats:");
    log.topic(&format!("\n{}\n", tabulate(stats)));
}

#[cfg(test)]
mod tests {
    use super::*;

    // Jekyll 4.3.1's `--profile` table for a site with a post, a layout, an
    // include and a page (jekyll-ref SITE DEST --profile).
    #[test]
    fn the_table_is_drawn_as_terminal_table_draws_it_for_jekyll() {
        let rows: Vec<Vec<String>> = [
            ["Filename", "Count", "Bytes", "Time"],
            ["_posts/2020-01-01-p.md", "1", "0.01K", "0.001"],
            ["_includes/x.html", "4", "0.02K", "0.001"],
            ["TOTAL (for 2 files)", "5", "0.03K", "0.002"],
        ]
        .iter()
        .map(|r| r.iter().map(|c| (*c).to_owned()).collect())
        .collect();
        assert_eq!(
            tabulate(&rows),
            "| Filename               | Count | Bytes |  Time |\n\
             +------------------------+-------+-------+-------+\n\
             | _posts/2020-01-01-p.md |     1 | 0.01K | 0.001 |\n\
             | _includes/x.html       |     4 | 0.02K | 0.001 |\n\
             | TOTAL (for 2 files)    |     5 | 0.03K | 0.002 |"
        );
    }

    #[test]
    fn templates_are_named_relative_to_the_source_or_their_gem() {
        let source = Path::new("/site");
        assert_eq!(
            table_name("/site/_layouts/a.html", source, None),
            "_layouts/a.html"
        );
        assert_eq!(table_name("index.html", source, None), "index.html");
        assert_eq!(
            table_name(
                "/usr/share/gems/gems/minima-2.5.1/_layouts/a.html",
                source,
                None
            ),
            "minima-2.5.1/_layouts/a.html"
        );
    }
}
