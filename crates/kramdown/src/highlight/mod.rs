//! Code highlighting as Jekyll's kramdown + Rouge 3.30 do it.
//!
//! Languages are recognised by the names Rouge knows, with the lexer options
//! `Lexer.find_fancy` reads after a `?` (`lexer_options`); each lexer is a
//! table of states on one engine (`engine`), a Rouge subclass sharing its
//! parent's table (`Language::subclass`, `Language::replacing`).  The token
//! markup is Rouge's HTML formatter's.

/// Rouge's HTML escaping: `&`, `<` and `>` only.
pub(crate) fn escape(code: &str) -> String {
    let mut out = String::with_capacity(code.len() + code.len() / 8);
    for c in code.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
    out
}

/// Whether Rouge has a lexer for `lang` (as `Rouge::Lexer.find_fancy` looks it up).
pub(crate) fn is_known(lang: &str) -> bool {
    let name = lang.split('?').next().unwrap_or("");
    name == "guess" || ROUGE_LANGUAGES.binary_search(&name).is_ok()
}

mod abap;
mod actionscript;
mod ada;
mod apache;
mod apex;
mod apiblueprint;
mod applescript;
mod armasm;
mod augeas;
mod awk;
mod batchfile;
mod bbcbasic;
mod bibtex;
mod biml;
mod bpf;
mod brainfuck;
mod brightscript;
mod bsl;
mod c;
mod ceylon;
mod cfscript;
mod clean;
mod clojure;
mod cmake;
mod cmhg;
mod coffeescript;
mod common_lisp;
mod conf;
mod console;
mod coq;
mod crystal;
mod csharp;
mod css;
mod csvs;
mod cuda;
mod cypher;
mod cython;
mod d;
mod dafny;
mod dart;
mod datastudio;
mod diff;
mod digdag;
mod docker;
mod dot;
mod ecl;
mod eex;
mod eiffel;
mod elixir;
mod elm;
mod email;
mod engine;
mod epp;
mod erb;
mod erlang;
mod escape;
mod factor;
mod fluent;
mod fortran;
mod freefem;
mod fsharp;
mod gdscript;
mod ghc_cmm;
mod ghc_core;
mod gherkin;
mod glsl;
mod go;
mod graphql;
mod groovy;
mod guess;
mod hack;
mod haml;
mod handlebars;
mod haskell;
mod haxe;
mod hcl;
mod hlsl;
mod hocon;
mod hql;
mod html;
mod http;
mod hylang;
mod idlang;
mod idris;
mod igorpro;
mod ini;
mod io;
mod irb;
mod isabelle;
mod isbl;
mod j;
mod janet;
mod java;
mod javascript;
mod jinja;
mod jsl;
mod json;
mod json_doc;
mod jsonnet;
mod jsp;
mod jsx;
mod julia;
mod kotlin;
mod lasso;
mod lean;
mod lexer_options;
mod liquid;
mod literate_coffeescript;
mod livescript;
mod llvm;
mod lua;
mod lustre;
mod m68k;
mod magik;
mod make;
mod markdown;
mod mason;
mod mathematica;
mod matlab;
mod meson;
mod minizinc;
mod moonscript;
mod mosel;
mod msgtrans;
mod mxml;
mod nasm;
mod nesasm;
mod nginx;
mod nial;
mod nim;
mod nix;
mod objective_c;
mod ocaml;
mod ocaml_common;
mod ocl;
mod openedge;
mod opentype_feature_file;
mod pascal;
mod perl;
mod php;
mod plaintext;
mod plist;
mod plsql;
mod pony;
mod postscript;
mod powershell;
mod praat;
mod prolog;
mod prometheus;
mod properties;
mod protobuf;
mod puppet;
mod python;
mod q;
mod qml;
mod r;
mod racket;
mod rb_regex;
mod reasonml;
mod rego;
mod rescript;
mod robot_framework;
mod ruby;
mod rust;
mod sas;
mod sass;
mod scala;
mod scheme;
mod scss;
mod sed;
mod shell;
mod sieve;
mod slice;
mod slim;
mod smalltalk;
mod smarty;
mod sml;
mod solidity;
mod sparql;
mod sqf;
mod sql;
mod ssh;
mod stan;
mod stata;
mod supercollider;
mod swift;
mod systemd;
mod syzlang;
mod syzprog;
mod tap;
mod tcl;
mod terraform;
mod tex;
mod token;
mod tsx;
mod ttcn3;
mod tulip;
mod turtle;
mod twig;
mod vala;
mod vb;
mod vcl;
mod velocity;
mod verilog;
mod vhdl;
mod viml;
mod vue;
mod wollok;
mod xml;
mod xojo;
mod xpath;
mod xquery;
mod yaml;
mod yang;
mod zig;

use lexer_options::LexOptions;

/// Every word of every module of a builtin table (`(module, words)` pairs,
/// Rouge's `builtins` hashes), sorted, each once.
pub(crate) fn all_words(modules: &[(&str, &[&'static str])]) -> Vec<&'static str> {
    let mut all: Vec<&str> = modules
        .iter()
        .flat_map(|(_, words)| words.iter().copied())
        .collect();
    all.sort_unstable();
    all.dedup();
    all
}

/// The lexer for a Rouge language name, where one is implemented here.
pub(crate) fn language(lang: &str) -> Option<&'static engine::Language> {
    Some(match lang {
        "plaintext" | "text" => &plaintext::PLAINTEXT,
        "shell" | "bash" | "zsh" | "ksh" | "sh" => &shell::SHELL,
        "json" => &json::JSON,
        "diff" | "patch" | "udiff" => &diff::DIFF,
        "xml" => &xml::XML,
        "html" => &html::HTML,
        "css" => &css::CSS,
        "python" | "py" => &python::PYTHON,
        "liquid" => &liquid::LIQUID,
        "scss" => &scss::SCSS,
        "ini" => &ini::INI,
        "c" => &c::C,
        "java" => &java::JAVA,
        "go" | "golang" => &go::GO,
        "sql" => &sql::SQL,
        "erb" | "eruby" | "rhtml" => &erb::ERB,
        "cpp" | "c++" => &c::CPP,
        "toml" => &ini::TOML,
        "javascript" | "js" => &javascript::JAVASCRIPT,
        "typescript" | "ts" => &javascript::TYPESCRIPT,
        "ruby" | "rb" => &ruby::RUBY,
        "yaml" | "yml" => &yaml::YAML,
        "rust" | "rs" | "rust,no_run" | "rs,no_run" | "rust,ignore" | "rs,ignore"
        | "rust,should_panic" | "rs,should_panic" => &rust::RUST,
        "swift" => &swift::SWIFT,
        "scala" => &scala::SCALA,
        "r" | "R" | "s" | "S" => &r::R,
        "tex" | "TeX" | "LaTeX" | "latex" => &tex::TEX,
        "protobuf" | "proto" => &protobuf::PROTOBUF,
        "properties" => &properties::PROPERTIES,
        "powershell" | "posh" | "microsoftshell" | "msshell" => &powershell::POWERSHELL,
        "prolog" => &prolog::PROLOG,
        "puppet" | "pp" => &puppet::PUPPET,
        "epp" => &epp::EPP,
        "tsx" => &tsx::TSX,
        "terraform" | "tf" => &terraform::TERRAFORM,
        "twig" => &twig::TWIG,
        "sass" => &sass::SASS,
        "vue" | "vuejs" => &vue::VUE,
        "racket" => &racket::RACKET,
        "scheme" => &scheme::SCHEME,
        "ssh" => &ssh::SSH,
        "systemd" | "unit-file" => &systemd::SYSTEMD,
        "solidity" => &solidity::SOLIDITY,
        "sparql" => &sparql::SPARQL,
        "verilog" => &verilog::VERILOG,
        "viml" | "vim" | "vimscript" | "ex" => &viml::VIML,
        "zig" | "zir" => &zig::ZIG,
        "vb" | "visualbasic" => &vb::VB,
        "plsql" => &plsql::PLSQL,
        "sed" => &sed::SED,
        "tcl" => &tcl::TCL,
        "slim" => &slim::SLIM,
        "rego" => &rego::REGO,
        "turtle" => &turtle::TURTLE,
        "reasonml" => &reasonml::REASONML,
        "tap" => &tap::TAP,
        "vala" => &vala::VALA,
        "xojo" | "realbasic" => &xojo::XOJO,
        "pony" => &pony::PONY,
        "supercollider" => &supercollider::SUPERCOLLIDER,
        "syzprog" => &syzprog::SYZPROG,
        "rescript" => &rescript::RESCRIPT,
        "smalltalk" | "st" | "squeak" => &smalltalk::SMALLTALK,
        "prometheus" => &prometheus::PROMETHEUS,
        "postscript" | "postscr" | "ps" | "eps" => &postscript::POSTSCRIPT,
        "ttcn3" => &ttcn3::TTCN3,
        "syzlang" => &syzlang::SYZLANG,
        "stata" => &stata::STATA,
        "praat" => &praat::PRAAT,
        "qml" => &qml::QML,
        "sas" => &sas::SAS,
        "velocity" => &velocity::VELOCITY,
        "tulip" => &tulip::TULIP,
        "sieve" => &sieve::SIEVE,
        "vhdl" => &vhdl::VHDL,
        "sqf" => &sqf::SQF,
        "q" | "kdb+" => &q::Q,
        "yang" => &yang::YANG,
        "stan" => &stan::STAN,
        "slice" => &slice::SLICE,
        "wollok" => &wollok::WOLLOK,
        "vcl" | "varnishconf" | "varnish" => &vcl::VCL,
        "smarty" => &smarty::SMARTY,
        "xpath" => &xpath::XPATH,
        "xquery" => &xquery::XQUERY,
        "sml" | "ml" => &sml::SML,
        "robot_framework" | "robot" | "robot-framework" => &robot_framework::ROBOT_FRAMEWORK,
        "php" | "php3" | "php4" | "php5" => &php::PHP,
        "hack" | "hh" => &hack::HACK,
        "kotlin" => &kotlin::KOTLIN,
        "nix" | "nixos" => &nix::NIX,
        "pascal" => &pascal::PASCAL,
        "plist" => &plist::PLIST,
        "hocon" => &hocon::HOCON,
        "mosel" => &mosel::MOSEL,
        "msgtrans" => &msgtrans::MSGTRANS,
        "nasm" => &nasm::NASM,
        "magik" => &magik::MAGIK,
        "julia" | "jl" => &julia::JULIA,
        "nim" | "nimrod" => &nim::NIM,
        "json-doc" | "jsonc" => &json_doc::JSON_DOC,
        "haskell" | "hs" => &haskell::HASKELL,
        "literate_haskell" | "lithaskell" | "lhaskell" | "lhs" => &haskell::LITERATE_HASKELL,
        "perl" | "pl" => &perl::PERL,
        "lua" => &lua::LUA,
        "nginx" => &nginx::NGINX,
        "ocaml" => &ocaml::OCAML,
        "make" | "makefile" | "mf" | "gnumake" | "bsdmake" => &make::MAKE,
        "jinja" | "django" => &jinja::JINJA,
        "http" => &http::HTTP,
        "hcl" => &hcl::HCL,
        "matlab" | "m" => &matlab::MATLAB,
        "irb_output" => &irb::IRB_OUTPUT,
        "jsx" | "react" => &jsx::JSX,
        "objective_c" | "objc" | "obj-c" | "obj_c" | "objectivec" => &objective_c::OBJECTIVE_C,
        "objective_cpp" | "objcpp" | "obj-cpp" | "obj_cpp" | "objectivecpp" | "objc++"
        | "obj-c++" | "obj_c++" | "objectivec++" => &objective_c::OBJECTIVE_CPP,
        "idris" | "idr" => &idris::IDRIS,
        "io" => &io::IO,
        "jsl" => &jsl::JSL,
        "jsonnet" => &jsonnet::JSONNET,
        "lean" => &lean::LEAN,
        "llvm" => &llvm::LLVM,
        "mathematica" | "wl" => &mathematica::MATHEMATICA,
        "minizinc" => &minizinc::MINIZINC,
        "ocl" | "OCL" => &ocl::OCL,
        "opentype_feature_file" | "fea" | "opentype" | "opentypefeature" => {
            &opentype_feature_file::OPENTYPE_FEATURE_FILE
        }
        "hlsl" => &hlsl::HLSL,
        "lustre" => &lustre::LUSTRE,
        "lutin" => &lustre::LUTIN,
        "haxe" | "hx" => &haxe::HAXE,
        "idlang" => &idlang::IDLANG,
        "isabelle" | "isa" | "Isabelle" => &isabelle::ISABELLE,
        "janet" | "jdn" => &janet::JANET,
        "moonscript" | "moon" => &moonscript::MOONSCRIPT,
        "nesasm" | "nes" => &nesasm::NESASM,
        "nial" => &nial::NIAL,
        "hql" => &hql::HQL,
        "openedge" => &openedge::OPENEDGE,
        "mxml" => &mxml::MXML,
        "literate_coffeescript" | "litcoffee" => &literate_coffeescript::LITERATE_COFFEESCRIPT,
        "hylang" | "hy" => &hylang::HYLANG,
        "igorpro" => &igorpro::IGORPRO,
        "m68k" => &m68k::M68K,
        "isbl" => &isbl::ISBL,
        "meson" => &meson::MESON,
        "mason" => &mason::MASON,
        "jsp" => &jsp::JSP,
        "lasso" | "lassoscript" => &lasso::LASSO,
        "livescript" | "ls" => &livescript::LIVESCRIPT,
        "j" => &j::J,
        "csharp" | "c#" | "cs" => &csharp::CSHARP,
        "docker" | "dockerfile" | "Dockerfile" => &docker::DOCKER,
        "elixir" | "exs" => &elixir::ELIXIR,
        "erlang" | "erl" => &erlang::ERLANG,
        "clojure" | "clj" | "cljs" => &clojure::CLOJURE,
        "coffeescript" | "coffee" | "coffee-script" => &coffeescript::COFFEESCRIPT,
        "cmake" => &cmake::CMAKE,
        "dart" => &dart::DART,
        "d" | "dlang" => &d::D,
        "crystal" | "cr" => &crystal::CRYSTAL,
        "batchfile" | "bat" | "batch" | "dosbatch" | "winbatch" => &batchfile::BATCHFILE,
        "apache" => &apache::APACHE,
        "awk" => &awk::AWK,
        "fsharp" => &fsharp::FSHARP,
        "graphql" => &graphql::GRAPHQL,
        "groovy" => &groovy::GROOVY,
        "gradle" => &groovy::GRADLE,
        "handlebars" | "hbs" | "mustache" => &handlebars::HANDLEBARS,
        "gherkin" | "cucumber" | "behat" => &gherkin::GHERKIN,
        "conf" | "config" | "configuration" => &conf::CONF,
        "cuda" => &cuda::CUDA,
        "common_lisp" | "cl" | "common-lisp" | "elisp" | "emacs-lisp" | "lisp" => {
            &common_lisp::COMMON_LISP
        }
        "haml" | "HAML" => &haml::HAML,
        "email" | "eml" | "e-mail" => &email::EMAIL,
        "eex" | "leex" | "heex" => &eex::EEX,
        "cmhg" => &cmhg::CMHG,
        "biml" => &biml::BIML,
        "csvs" => &csvs::CSVS,
        "brainfuck" => &brainfuck::BRAINFUCK,
        "dot" => &dot::DOT,
        "digdag" => &digdag::DIGDAG,
        "apiblueprint" | "apib" => &apiblueprint::APIBLUEPRINT,
        "fluent" | "ftl" => &fluent::FLUENT,
        "augeas" | "aug" => &augeas::AUGEAS,
        "eiffel" => &eiffel::EIFFEL,
        "bibtex" | "bib" => &bibtex::BIBTEX,
        "ceylon" => &ceylon::CEYLON,
        "cypher" => &cypher::CYPHER,
        "apex" => &apex::APEX,
        "ghc-core" => &ghc_core::GHC_CORE,
        "bpf" => &bpf::BPF,
        "cfscript" | "cfc" => &cfscript::CFSCRIPT,
        "dafny" => &dafny::DAFNY,
        "bbcbasic" => &bbcbasic::BBCBASIC,
        "clean" => &clean::CLEAN,
        "actionscript" | "as" | "as3" => &actionscript::ACTIONSCRIPT,
        "gdscript" | "gd" => &gdscript::GDSCRIPT,
        "armasm" => &armasm::ARMASM,
        "coq" => &coq::COQ_LANG,
        "ada" => &ada::ADA,
        "glsl" => &glsl::GLSL,
        "datastudio" => &datastudio::DATASTUDIO,
        "ecl" => &ecl::ECL,
        "brightscript" | "bs" | "brs" => &brightscript::BRIGHTSCRIPT,
        "fortran" => &fortran::FORTRAN,
        "ghc-cmm" | "cmm" => &ghc_cmm::GHC_CMM,
        "factor" => &factor::FACTOR,
        "freefem" | "ff" => &freefem::FREEFEM,
        "abap" => &abap::ABAP,
        "applescript" => &applescript::APPLESCRIPT,
        "bsl" => &bsl::BSL,
        "elm" => &elm::ELM,
        "cython" | "pyx" | "pyrex" => &cython::CYTHON,
        _ => return None,
    })
}

/// The tokens of `code` for the lexer `name` made with `options`, if that
/// lexer is implemented here.
fn lex(code: &str, name: &str, options: &LexOptions) -> Option<Vec<(token::Tok, String)>> {
    match name {
        "console" | "terminal" | "shell_session" | "shell-session" => {
            Some(console::lex(code, options))
        }
        "markdown" | "md" | "mkd" => Some(markdown::lex(code)),
        "irb" | "pry" => Some(irb::lex(code)),
        "escape" | "esc" => Some(escape::lex(code, options)),
        _ => language(name).map(|l| l.lex_with(code, None, options).0),
    }
}

/// A lexer found by its Rouge name (`Lexer.find`) that lexes a text piece by
/// piece, each piece continuing from where the last one left off (Rouge's
/// `continue_lex`), until it is reset.
pub(crate) struct Session<'o> {
    name: &'o str,
    options: &'o LexOptions,
    memory: Option<engine::Memory>,
}

impl<'o> Session<'o> {
    /// The lexer `name` made with `options`; `None` if Rouge knows no such lexer.
    pub(crate) fn find(name: &'o str, options: &'o LexOptions) -> Option<Session<'o>> {
        (name != "guess" && is_known(name)).then_some(Session {
            name,
            options,
            memory: None,
        })
    }

    /// Lexes the next piece.
    pub(crate) fn lex(&mut self, text: &str) -> Vec<(token::Tok, String)> {
        match language(self.name) {
            Some(lang) => {
                let (tokens, memory) = lang.lex_with(text, self.memory.take(), self.options);
                self.memory = Some(memory);
                tokens
            }
            // The lexers written as code here start afresh on every piece.
            None => lex(text, self.name, self.options).unwrap_or_default(),
        }
    }

    /// Starts afresh (Rouge's `reset!`).
    pub(crate) fn reset(&mut self) {
        self.memory = None;
    }
}

/// The lexer `Lexer.find_fancy` picks for `lang`, options kept
/// (`NAME` or `NAME?QUERY`): the one `guess` guesses, `plaintext` for its
/// alias `text`.
pub(crate) fn resolve(lang: &str, code: &str) -> String {
    let (name, query) = match lang.split_once('?') {
        Some((name, query)) => (name, Some(query)),
        None => (lang, None),
    };
    let name = match name {
        "guess" => guess::guess(code),
        "text" => "plaintext".to_owned(),
        name => name.to_owned(),
    };
    match query {
        Some(q) => format!("{name}?{q}"),
        None => name,
    }
}

/// The Rouge token markup for `code` in `lang` (no wrapper elements), `lang`
/// as `Lexer.find_fancy` reads it: a name, with options after a `?`.
pub(crate) fn tokens(code: &str, lang: &str) -> String {
    let (name, options) = LexOptions::split(lang);
    if name == "guess" {
        return tokens(code, &resolve(lang, code));
    }
    let Some(lexed) = lex(code, name, &options) else {
        return escape(code);
    };
    let mut out = String::with_capacity(code.len() * 2);
    for (tok, value) in lexed {
        let class = tok.shortname();
        if class.is_empty() {
            out.push_str(&escape(&value));
        } else {
            out.push_str("<span class=\"");
            out.push_str(class);
            out.push_str("\">");
            out.push_str(&escape(&value));
            out.push_str("</span>");
        }
    }
    out
}

/// Rouge's `HTMLTable` formatter as Jekyll's `highlight` tag sets it up:
/// the line numbers of `code` in a gutter cell, its token markup `formatted`
/// in a code cell.
pub(crate) fn table(code: &str, mut formatted: String) -> String {
    let mut lines = code.matches('\n').count();
    if !code.ends_with('\n') {
        lines += 1;
        formatted.push('\n');
    }
    let mut gutter = String::with_capacity(lines * 4);
    for i in 1..=lines {
        gutter.push_str(&i.to_string());
        gutter.push('\n');
    }
    format!(
        "<table class=\"rouge-table\"><tbody><tr><td class=\"gutter gl\"><pre class=\"lineno\">{gutter}</pre></td><td class=\"code\"><pre>{formatted}</pre></td></tr></tbody></table>"
    )
}

/// Every language name Rouge 3.30 knows (lexer tags and aliases, sorted):
/// a code block in another language is not highlighted.
static ROUGE_LANGUAGES: &[&str] = &[
    "Dockerfile",
    "HAML",
    "Isabelle",
    "LaTeX",
    "OCL",
    "R",
    "S",
    "TeX",
    "abap",
    "actionscript",
    "ada",
    "apache",
    "apex",
    "apib",
    "apiblueprint",
    "applescript",
    "armasm",
    "as",
    "as3",
    "aug",
    "augeas",
    "awk",
    "bash",
    "bat",
    "batch",
    "batchfile",
    "bbcbasic",
    "behat",
    "bib",
    "bibtex",
    "biml",
    "bpf",
    "brainfuck",
    "brightscript",
    "brs",
    "bs",
    "bsdmake",
    "bsl",
    "c",
    "c#",
    "c++",
    "ceylon",
    "cfc",
    "cfscript",
    "cl",
    "clean",
    "clj",
    "cljs",
    "clojure",
    "cmake",
    "cmhg",
    "cmm",
    "coffee",
    "coffee-script",
    "coffeescript",
    "common-lisp",
    "common_lisp",
    "conf",
    "config",
    "configuration",
    "console",
    "coq",
    "cpp",
    "cr",
    "crystal",
    "cs",
    "csharp",
    "css",
    "csvs",
    "cucumber",
    "cuda",
    "cypher",
    "cython",
    "d",
    "dafny",
    "dart",
    "datastudio",
    "diff",
    "digdag",
    "django",
    "dlang",
    "docker",
    "dockerfile",
    "dosbatch",
    "dot",
    "e-mail",
    "ecl",
    "eex",
    "eiffel",
    "elisp",
    "elixir",
    "elm",
    "emacs-lisp",
    "email",
    "eml",
    "epp",
    "eps",
    "erb",
    "erl",
    "erlang",
    "eruby",
    "esc",
    "escape",
    "ex",
    "exs",
    "factor",
    "fea",
    "ff",
    "fluent",
    "fortran",
    "freefem",
    "fsharp",
    "ftl",
    "gd",
    "gdscript",
    "ghc-cmm",
    "ghc-core",
    "gherkin",
    "glsl",
    "gnumake",
    "go",
    "golang",
    "gradle",
    "graphql",
    "groovy",
    "hack",
    "haml",
    "handlebars",
    "haskell",
    "haxe",
    "hbs",
    "hcl",
    "heex",
    "hh",
    "hlsl",
    "hocon",
    "hql",
    "hs",
    "html",
    "http",
    "hx",
    "hy",
    "hylang",
    "idlang",
    "idr",
    "idris",
    "igorpro",
    "ini",
    "io",
    "irb",
    "irb_output",
    "isa",
    "isabelle",
    "isbl",
    "j",
    "janet",
    "java",
    "javascript",
    "jdn",
    "jinja",
    "jl",
    "js",
    "jsl",
    "json",
    "json-doc",
    "jsonc",
    "jsonnet",
    "jsp",
    "jsx",
    "julia",
    "kdb+",
    "kotlin",
    "ksh",
    "lasso",
    "lassoscript",
    "latex",
    "lean",
    "leex",
    "lhaskell",
    "lhs",
    "liquid",
    "lisp",
    "litcoffee",
    "literate_coffeescript",
    "literate_haskell",
    "lithaskell",
    "livescript",
    "llvm",
    "ls",
    "lua",
    "lustre",
    "lutin",
    "m",
    "m68k",
    "magik",
    "make",
    "makefile",
    "markdown",
    "mason",
    "mathematica",
    "matlab",
    "md",
    "meson",
    "mf",
    "microsoftshell",
    "minizinc",
    "mkd",
    "ml",
    "moon",
    "moonscript",
    "mosel",
    "msgtrans",
    "msshell",
    "mustache",
    "mxml",
    "nasm",
    "nes",
    "nesasm",
    "nginx",
    "nial",
    "nim",
    "nimrod",
    "nix",
    "nixos",
    "obj-c",
    "obj-c++",
    "obj-cpp",
    "obj_c",
    "obj_c++",
    "obj_cpp",
    "objc",
    "objc++",
    "objcpp",
    "objective_c",
    "objective_cpp",
    "objectivec",
    "objectivec++",
    "objectivecpp",
    "ocaml",
    "ocl",
    "openedge",
    "opentype",
    "opentype_feature_file",
    "opentypefeature",
    "pascal",
    "patch",
    "perl",
    "php",
    "php3",
    "php4",
    "php5",
    "pl",
    "plaintext",
    "plist",
    "plsql",
    "pony",
    "posh",
    "postscr",
    "postscript",
    "powershell",
    "pp",
    "praat",
    "prolog",
    "prometheus",
    "properties",
    "proto",
    "protobuf",
    "pry",
    "ps",
    "puppet",
    "py",
    "pyrex",
    "python",
    "pyx",
    "q",
    "qml",
    "r",
    "racket",
    "rb",
    "react",
    "realbasic",
    "reasonml",
    "rego",
    "rescript",
    "rhtml",
    "robot",
    "robot-framework",
    "robot_framework",
    "rs",
    "rs,ignore",
    "rs,no_run",
    "rs,should_panic",
    "ruby",
    "rust",
    "rust,ignore",
    "rust,no_run",
    "rust,should_panic",
    "s",
    "sas",
    "sass",
    "scala",
    "scheme",
    "scss",
    "sed",
    "sh",
    "shell",
    "shell-session",
    "shell_session",
    "sieve",
    "slice",
    "slim",
    "smalltalk",
    "smarty",
    "sml",
    "solidity",
    "sparql",
    "sqf",
    "sql",
    "squeak",
    "ssh",
    "st",
    "stan",
    "stata",
    "supercollider",
    "swift",
    "systemd",
    "syzlang",
    "syzprog",
    "tap",
    "tcl",
    "terminal",
    "terraform",
    "tex",
    "text",
    "tf",
    "toml",
    "ts",
    "tsx",
    "ttcn3",
    "tulip",
    "turtle",
    "twig",
    "typescript",
    "udiff",
    "unit-file",
    "vala",
    "varnish",
    "varnishconf",
    "vb",
    "vcl",
    "velocity",
    "verilog",
    "vhdl",
    "vim",
    "viml",
    "vimscript",
    "visualbasic",
    "vue",
    "vuejs",
    "winbatch",
    "wl",
    "wollok",
    "xml",
    "xojo",
    "xpath",
    "xquery",
    "yaml",
    "yang",
    "yml",
    "zig",
    "zir",
    "zsh",
];

#[cfg(test)]
mod tests {
    use super::{LexOptions, ROUGE_LANGUAGES, escape, is_known, language, lex, tokens};

    #[test]
    fn lexers_survive_odd_input() {
        let inputs = [
            "",
            "\n",
            "\"",
            "'",
            "`",
            "#{",
            "${",
            "<%",
            "%>",
            "{%",
            "{{",
            "<<EOF\n",
            "/*",
            "*/",
            "\\",
            "é\u{0}\u{FEFF}",
            "---\n- a: |\n    x\n  b\n",
            "%w[",
            "%q(",
            "def (",
            "class <<",
            "@@",
            "[[",
            "]]",
            "\t\t\n  \n",
        ];
        // Every language lexed here, by one of its names.
        let mut seen = Vec::new();
        for lang in ROUGE_LANGUAGES.iter().copied().filter(|l| {
            lex("", l, &LexOptions::default()).is_some()
                // Rouge itself drops text here: escape its `<!`/`!>` delimiters, coq a
                // name at the very end (`x` lexes to nothing in Rouge 3.30), crystal
                // the character after an unclosed `'` (`'\nx'` gives `'x'`).
                && !matches!(*l, "escape" | "esc" | "coq" | "cr" | "crystal")
                && language(l).is_none_or(|lang| {
                    let key = std::ptr::from_ref(lang) as usize;
                    let new = !seen.contains(&key);
                    seen.push(key);
                    new
                })
        }) {
            for a in inputs {
                for b in inputs {
                    let code = format!("{a}{b}x{a}");
                    let html = tokens(&code, lang);
                    let mut text = String::new();
                    let mut rest = html.as_str();
                    while let Some(i) = [rest.find("<span class=\""), rest.find("</span>")]
                        .into_iter()
                        .flatten()
                        .min()
                    {
                        text.push_str(&rest[..i]);
                        rest = &rest[i..];
                        let end = if rest.starts_with("</span>") {
                            7
                        } else {
                            rest.find("\">").map_or(rest.len(), |e| e + 2)
                        };
                        rest = &rest[end..];
                    }
                    text.push_str(rest);
                    assert_eq!(
                        text,
                        escape(&code),
                        "{lang} lost or repeated text of {code:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn every_lexer_compiles() {
        for name in ROUGE_LANGUAGES {
            if let Some(l) = language(name) {
                assert!(l.is_valid(), "{name}: {:?}", l.invalid());
            }
        }
    }

    #[test]
    fn shell_tokens_are_rouges() {
        assert_eq!(
            tokens("gem install foo\n", "bash"),
            "gem <span class=\"nb\">install </span>foo\n"
        );
    }

    #[test]
    fn language_names_are_sorted() {
        assert!(ROUGE_LANGUAGES.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn knows_rouge_names_case_sensitively() {
        assert!(is_known("ruby") && is_known("plaintext") && is_known("js"));
        assert!(!is_known("Ruby") && !is_known("nosuchlang"));
    }

    #[test]
    fn escapes_like_rouge() {
        assert_eq!(escape("a<b>\"&"), "a&lt;b&gt;\"&amp;");
    }
}
