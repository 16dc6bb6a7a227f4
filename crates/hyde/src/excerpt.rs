//! Excerpts: Jekyll's `Excerpt#extract_excerpt`, with its Liquid block repair.

use std::sync::LazyLock;

use regex::Regex;

/// Jekyll's `Excerpt#extract_excerpt`: the content up to the separator, with the end
/// tags of the Liquid blocks the cut left open appended (`is_block` says which tag names
/// are blocks) and the reference link definitions the head uses. The flag says whether
/// end tags were appended (Jekyll then warns).
pub(crate) fn extract_excerpt(
    content: &str,
    separator: &str,
    is_block: &dyn Fn(&str) -> bool,
) -> (String, bool) {
    let Some(i) = content.find(separator) else {
        return (content.to_string(), false);
    };
    let mut head = content[..i].to_string();
    let tail = &content[i + separator.len()..];
    if tail.is_empty() {
        return (head, false);
    }
    let modified = head.contains("{%") && close_liquid_blocks(&mut head, is_block);
    // Reference link definitions from the tail that the head uses
    // (`^ {0,3}(?:(\[[^\]]+\])(:.+))$`).
    let mut defs = Vec::new();
    for line in tail.split('\n') {
        let t = line.trim_start_matches(' ');
        if line.len() - t.len() > 3 || !t.starts_with('[') {
            continue;
        }
        let Some(close) = t.find(']') else { continue };
        if close < 2 || !t[close + 1..].starts_with(':') || t.len() <= close + 2 {
            continue;
        }
        if head.contains(&t[..=close]) {
            defs.push(t.to_string());
        }
    }
    if !defs.is_empty() {
        head = format!("{head}\n\n{}", defs.join("\n"));
    }
    (head, modified)
}

/// The excerpt of `content` before Jekyll's Liquid block repair, which depends on it
/// alone: what incremental builds compare to see whether an excerpt changed.
pub(crate) fn excerpt_head(content: &str, separator: &str) -> String {
    extract_excerpt(content, separator, &|_| false).0
}

/// Jekyll's `Excerpt#sanctify_liquid_tags`: for each tag name in `head`
/// (`{%-?\s*(\w+)\s*.*?-?%}`), last first, a block without its end tag anywhere in
/// `head` gets `\n{% endNAME %}` appended. True when something was appended.
pub(crate) fn close_liquid_blocks(head: &mut String, is_block: &dyn Fn(&str) -> bool) -> bool {
    static TAG: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?s)\{%-?\s*(\w+)\s*.*?-?%\}")
            .unwrap_or_else(|_| unreachable!("a valid regex"))
    });
    let names: Vec<String> = TAG
        .captures_iter(head)
        .filter_map(|c| c.get(1).map(|m| m.as_str().to_owned()))
        .collect();
    // The words after `end` in every end tag (`{%-?\s*end…` with a `%}` after it):
    // Jekyll's `end#{name}.*?\s*-?%}` matches where such a word starts with `name`.
    static END: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\A\{%-?\s*end(\w*)").unwrap_or_else(|_| unreachable!("a valid regex"))
    });
    let mut ends: Vec<String> = head
        .match_indices("{%")
        .filter_map(|(i, _)| {
            let c = END.captures(&head[i..])?;
            let word = c.get(1)?;
            head[i + word.end()..]
                .contains("%}")
                .then(|| word.as_str().to_owned())
        })
        .collect();
    let mut modified = false;
    for name in names.iter().rev() {
        if !is_block(name) || ends.iter().any(|w| w.starts_with(name.as_str())) {
            continue;
        }
        modified = true;
        head.push_str(&format!("\n{{% end{name} %}}"));
        ends.push(name.clone());
    }
    modified
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_stop_at_the_separator_and_keep_used_link_definitions() {
        let no_blocks = |_: &str| false;
        let excerpt = |c: &str| extract_excerpt(c, "\n\n", &no_blocks).0;
        assert_eq!(excerpt("a\n\nb"), "a");
        assert_eq!(excerpt("a"), "a");
        assert_eq!(
            excerpt("see [x][1]\n\nmore\n\n[1]: http://e.com"),
            "see [x][1]\n\n[1]: http://e.com"
        );
    }

    #[test]
    fn an_excerpt_cut_inside_blocks_gets_their_end_tags_once_each() {
        let blocks = |n: &str| matches!(n, "for" | "if" | "capture");
        let (text, modified) = extract_excerpt(
            "{% for a in b %}{% if a %}x\n\ny{% endif %}{% endfor %}",
            "\n\n",
            &blocks,
        );
        assert!(modified);
        assert_eq!(
            text,
            "{% for a in b %}{% if a %}x\n{% endif %}\n{% endfor %}"
        );
        let (text, modified) = extract_excerpt(
            "{% if a %}x{% endif %}{% assign y = 1 %}\n\nz",
            "\n\n",
            &blocks,
        );
        assert!(!modified);
        assert_eq!(text, "{% if a %}x{% endif %}{% assign y = 1 %}");
    }
}
