//! Rouge's `digdag` lexer: YAML whose `operator>:` keys are keywords.

use std::sync::LazyLock;

use super::engine::{Action::*, Language};
use super::rb_regex::r;
use super::token::Tok::*;
use super::yaml;

const OPERATORS: &str = "call require loop for_each if fail echo td td_run td_ddl td_load
    td_for_each td_wait td_wait_table td_partial_delete td_table_export pg mail http s3_wait
    redshift redshift_load redshift_unload emr gcs_wait bq bq_ddl bq_extract bq_load sh py rb
    embulk";

/// The language.
pub(crate) static DIGDAG: LazyLock<Language> = LazyLock::new(|| {
    let keywords: Vec<String> = OPERATORS
        .split_whitespace()
        .map(|w| format!("{w}>"))
        .chain(["_do".to_owned(), "_parallel".to_owned()])
        .collect();
    let keyword = keywords.join("|").replace('>', r"\>");
    let mut states = yaml::states();
    for (name, rules) in &mut states {
        if *name == "block_nodes" {
            rules.insert(
                0,
                r(
                    &format!(r"({keyword})(:)(?=\s|$)"),
                    Custom(|l, m| {
                        l.groups(&[KeywordReserved, PunctuationIndicator], m);
                        yaml::set_indent(l, m.get(0), true);
                    }),
                ),
            );
        }
    }
    Language::new(states)
});
