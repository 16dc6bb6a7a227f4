//! Rouge's `hack` lexer: PHP with Hack's keywords and its `<?hh` opening and
//! `HH_FIXME`/`UNSAFE` comments (a subclass of Rouge's PHP lexer).

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, rule};
use super::token::Tok::*;

/// The language.
pub(crate) static HACK: LazyLock<Language> = LazyLock::new(|| {
    super::php::language().subclass(
        "hack",
        vec![
            (
                "root",
                vec![rule(
                    r"<\?hh(\s*//\s*(strict|decl|partial))?$",
                    TokenThen(CommentPreproc, Push("php")),
                )],
            ),
            (
                "php",
                vec![
                    rule(
                        r"(/\*\s*)(HH_(?:IGNORE_ERROR|FIXME)\[\d+\])([^*]*)(\*/)",
                        Groups(&[
                            CommentPreproc,
                            CommentPreproc,
                            CommentMultiline,
                            CommentPreproc,
                        ]),
                    ),
                    rule(r"// UNSAFE(?:_EXPR|_BLOCK)?", Token(CommentPreproc)),
                    rule(r"/\*\s*UNSAFE_EXPR\s*\*/", Token(CommentPreproc)),
                ],
            ),
        ],
    )
});
