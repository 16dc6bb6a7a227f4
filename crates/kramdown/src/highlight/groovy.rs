//! Rouge's `groovy` lexer, and `gradle`, which only knows more words.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Lexer, Match, Next::*};
use super::rb_regex::{r, rf};
use super::token::Tok::*;

const KEYWORDS: &str = "assert break case catch continue default do else finally for
    if goto instanceof new return switch this throw try while in as";
const GRADLE_KEYWORDS: &str = "allprojects artifacts buildscript configuration dependencies
    repositories sourceSets subprojects publishing";
const DECLARATIONS: &str = "abstract const enum extends final implements native private
    protected public static strictfp super synchronized throws
    transient volatile";
const TYPES: &str = "def boolean byte char double float int long short void";
const GRADLE_TYPES: &str = "Project Task Gradle Settings Script JavaToolChain SourceSet
    SourceSetOutput IncrementalTaskInputs Configuration
    ResolutionStrategy ArtifactResolutionQuery ComponentSelection
    ComponentSelectionRules ConventionProperty ExtensionAware
    ExtraPropertiesExtension PublishingExtension IvyPublication
    IvyArtifact IvyArtifactSet IvyModuleDescriptorSpec
    MavenPublication MavenArtifact MavenArtifactSet MavenPom
    PluginDependenciesSpec PluginDependencySpec ResourceHandler
    TextResourceFactory";

fn has(list: &str, word: &str) -> bool {
    list.split_whitespace().any(|w| w == word)
}

fn word(l: &mut Lexer<'_>, m: &Match<'_>, gradle: bool) {
    let w = m.get(0);
    let tok = if has(KEYWORDS, w) || (gradle && has(GRADLE_KEYWORDS, w)) {
        Keyword
    } else if has(DECLARATIONS, w) {
        KeywordDeclaration
    } else if has(TYPES, w) || (gradle && has(GRADLE_TYPES, w)) {
        KeywordType
    } else if matches!(w, "true" | "false" | "null") {
        KeywordConstant
    } else {
        Name
    };
    l.token(tok, w);
}

fn method(l: &mut Lexer<'_>, m: &Match<'_>) {
    // Rouge delegates to `self.clone`, whose state stack is this lexer's.
    l.recurse_sharing_stack(m.get(1));
    l.token(NameFunction, m.get(2));
    l.token(Text, m.get(3));
    l.token(Operator, m.get(4));
}

fn language(gradle: bool) -> Language {
    let word_rule = if gradle {
        r(r"[a-zA-Z_\$][a-zA-Z0-9_]*", Custom(|l, m| word(l, m, true)))
    } else {
        r(
            r"[a-zA-Z_\$][a-zA-Z0-9_]*",
            Custom(|l, m| word(l, m, false)),
        )
    };
    Language::new(vec![
        (
            "root",
            vec![
                rf(
                    r"^
          (\s*(?:\w[\w.\[\]]*\s+)+?) # return arguments
          (\w\w*) # method name
          (\s*) (\() # signature start
        ",
                    "x",
                    Custom(method),
                ),
                r(r"[^\S\n]+", Token(Text)),
                r(r"//.*?$", Token(CommentSingle)),
                rf(r"/[*].*?[*]/", "m", Token(CommentMultiline)),
                r(r"@\w[\w.]*", Token(NameDecorator)),
                r(
                    r"(class|interface|trait)\b",
                    TokenThen(KeywordDeclaration, Push("class")),
                ),
                r(r"package\b", TokenThen(KeywordNamespace, Push("import"))),
                r(r"import\b", TokenThen(KeywordNamespace, Push("import"))),
                rf(r#"""".*?""""#, "m", Token(StrDouble)),
                rf(r"'''.*?'''", "m", Token(StrSingle)),
                r(r#""(\\.|\\\n|.)*?""#, Token(StrDouble)),
                r(r"'(\\.|\\\n|.)*?'", Token(StrSingle)),
                rf(r"\$/(\$.|.)*?/\$", "m", Token(Str)),
                r(r"/(\\.|\\\n|.)*?/", Token(Str)),
                r(r"'\\.'|'[^\\]'|'\\u[0-9a-f]{4}'", Token(StrChar)),
                r(
                    r"(\.)([a-zA-Z_][a-zA-Z0-9_]*)",
                    Groups(&[Operator, NameAttribute]),
                ),
                r("[a-zA-Z_][a-zA-Z0-9_]*:", Token(NameLabel)),
                word_rule,
                r(r"[~^*!%&\[\](){}<>\|+=:;,./?-]", Token(Operator)),
                r(r"\d+\.\d+([eE]\d+)?[fd]?", Token(NumFloat)),
                r("0x[0-9a-f]+", Token(NumHex)),
                r("[0-9]+L?", Token(NumInteger)),
                r(r"\n", Token(Text)),
            ],
        ),
        (
            "class",
            vec![
                r(r"\s+", Token(Text)),
                r(r"\w\w*", TokenThen(NameClass, Pop(1))),
            ],
        ),
        (
            "import",
            vec![
                r(r"\s+", Token(Text)),
                r(r"[\w.]+[*]?", TokenThen(NameNamespace, Pop(1))),
            ],
        ),
    ])
}

/// The `groovy` language.
pub(crate) static GROOVY: LazyLock<Language> = LazyLock::new(|| language(false));

/// The `gradle` language.
pub(crate) static GRADLE: LazyLock<Language> = LazyLock::new(|| language(true));
