//! Rouge's `fortran` lexer (free-form Fortran 2008).

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Lexer, Match, Next::*};
use super::rb_regex::{r, rf};
use super::token::Tok::*;

/// Rouge's fortran keywords.
const KEYWORDS: &str = "abstract allocatable allocate assign assignment associate asynchronous backspace bind block blockdata call case class close codimension common concurrent contains contiguous continue critical cycle data deallocate deferred dimension do elemental else elseif elsewhere end endassociate endblock endblockdata enddo endenum endfile endforall endfunction endif endinterface endmodule endprogram endselect endsubmodule endsubroutine endtype endwhere endwhile entry enum enumerator equivalence exit extends external final flush forall format function generic goto if implicit import in include inout inquire intent interface intrinsic is lock module namelist non_overridable none nopass nullify only open operator optional out parameter pass pause pointer print private procedure program protected public pure read recursive result return rewind save select selectcase sequence stop submodule subroutine target then type unlock use value volatile wait where while write";
/// Rouge's fortran types.
const TYPES: &str = "character complex doubleprecision integer logical real";
/// Rouge's fortran intrinsics.
const INTRINSICS: &str = "abs achar acos acosh adjustl adjustr aimag aint all allocated anint any asin asinh associated atan atan2 atanh atomic_define atomic_ref bessel_j0 bessel_j1 bessel_jn bessel_y0 bessel_y1 bessel_yn bge bgt bit_size ble blt btest c_associated c_f_pointer c_f_procpointer c_funloc c_loc c_sizeof ceiling char cmplx command_argument_count compiler_options compiler_version conjg cos cosh count cpu_time cshift date_and_time dble digits dim dot_product dprod dshiftl dshiftr eoshift epsilon erf erfc_scaled erfc execute_command_line exp exponent extends_type_of findloc floor fraction gamma get_command_argument get_command get_environment_variable huge hypot iachar iall iand iany ibclr ibits ibset ichar ieee_class ieee_copy_sign ieee_get_flag ieee_get_halting_mode ieee_get_rounding_mode ieee_get_status ieee_get_underflow_mode ieee_is_finite ieee_is_nan ieee_is_normal ieee_logb ieee_next_after ieee_rem ieee_rint ieee_scalb ieee_selected_real_kind ieee_set_flag ieee_set_halting_mode ieee_set_rounding_mode ieee_set_status ieee_set_underflow_mode ieee_support_datatype ieee_support_denormal ieee_support_divide ieee_support_flag ieee_support_halting ieee_support_inf ieee_support_io ieee_support_nan ieee_support_rounding ieee_support_sqrt ieee_support_standard ieee_support_underflow_control ieee_unordered ieee_value ieor image_index index int ior iparity is_contiguous is_iostat_end is_iostat_eor ishft ishftc kind lbound lcobound leadz len_trim len lge lgt lle llt log_gamma log log10 logical maskl maskr matmul max maxexponent maxloc maxval merge_bits merge min minexponent minloc minval mod modulo move_alloc mvbits nearest new_line nint norm2 not null num_images pack parity popcnt poppar present product radix random_number random_seed range real repeat reshape rrspacing same_type_as scale scan selected_char_kind selected_int_kind selected_real_kind set_exponent shape shifta shiftl shiftr sign sin sinh size spacing spread sqrt storage_size sum system_clock tan tanh this_image tiny trailz transfer transpose trim ubound ucobound unpack verify";

const NAME: &str = "(?i:[A-Z][_A-Z0-9]*)";
const EXPONENT: &str = "(?i:[ED][+-]?\\d+)";

fn ident(l: &mut Lexer<'_>, m: &Match<'_>) {
    let w = m.get(0).to_lowercase();
    let has = |list: &str| list.split_whitespace().any(|x| x == w);
    let tok = if has(KEYWORDS) {
        Keyword
    } else if has(TYPES) {
        KeywordType
    } else if has(INTRINSICS) {
        NameBuiltin
    } else {
        Name
    };
    l.token(tok, m.get(0));
}

/// The language.
pub(crate) static FORTRAN: LazyLock<Language> = LazyLock::new(|| {
    let kind_param = format!(r"(\d+|{NAME})");
    Language::new(vec![
        (
            "root",
            vec![
                r(r"[\s]+", Token(Whitespace)),
                r("!.*$", Token(CommentSingle)),
                r("^#.*$", Token(CommentPreproc)),
                r(r"::|[()\/;,:&\[\]]", Token(Punctuation)),
                rf(r"^(\s*)([0-9]+)\b", "m", Groups(&[Whitespace, NameLabel])),
                rf(
                    r"\b(FORMAT)(\s*)(\()",
                    "mi",
                    GroupsThen(&[Keyword, Whitespace, Punctuation], Push("format_spec")),
                ),
                rf(
                    &format!(
                        r"
          [+-]? # sign
          (
            (\d+[.]\d*|[.]\d+)({EXPONENT})?
            | \d+{EXPONENT} # exponent is mandatory
          )
          (_{kind_param})? # kind parameter
        "
                    ),
                    "xi",
                    Token(NumFloat),
                ),
                rf(
                    &format!(r"[+-]?\d+(_{kind_param})?"),
                    "i",
                    Token(NumInteger),
                ),
                rf(r#"B'[01]+'|B"[01]+""#, "i", Token(NumBin)),
                rf(r#"O'[0-7]+'|O"[0-7]+""#, "i", Token(NumOct)),
                rf(r#"Z'[0-9A-F]+'|Z"[0-9A-F]+""#, "i", Token(NumHex)),
                r(
                    &format!("({kind_param}_)?'"),
                    TokenThen(StrSingle, Push("string_single")),
                ),
                r(
                    &format!("({kind_param}_)?\""),
                    TokenThen(StrDouble, Push("string_double")),
                ),
                rf(
                    &format!("[.](TRUE|FALSE)[.](_{kind_param})?"),
                    "i",
                    Token(KeywordConstant),
                ),
                r(r"\*\*|//|==|/=|<=|>=|=>|[-+*/<>=%]", Token(Operator)),
                rf(
                    r"\.(?:EQ|NE|LT|LE|GT|GE|NOT|AND|OR|EQV|NEQV|[A-Z]+)\.",
                    "i",
                    Token(OperatorWord),
                ),
                rf(r"double\s+precision\b", "i", Token(KeywordType)),
                rf(r"go\s+to\b", "i", Token(Keyword)),
                rf(r"sync\s+(all|images|memory)\b", "i", Token(Keyword)),
                rf(r"error\s+stop\b", "i", Token(Keyword)),
                rf(NAME, "m", Custom(ident)),
            ],
        ),
        (
            "string_single",
            vec![
                r("[^']+", Token(StrSingle)),
                r("''", Token(StrEscape)),
                r("'", TokenThen(StrSingle, Pop(1))),
            ],
        ),
        (
            "string_double",
            vec![
                r("[^\"]+", Token(StrDouble)),
                r("\"\"", Token(StrEscape)),
                r("\"", TokenThen(StrDouble, Pop(1))),
            ],
        ),
        (
            "format_spec",
            vec![
                r("'", TokenThen(StrSingle, Push("string_single"))),
                r("\"", TokenThen(StrDouble, Push("string_double"))),
                r(r"\(", TokenThen(Punctuation, Push("format_spec"))),
                r(r"\)", TokenThen(Punctuation, Pop(1))),
                r(",", Token(Punctuation)),
                r(r"[\s]+", Token(Whitespace)),
                r(r#"[^\s'"(),]+"#, Token(Literal)),
            ],
        ),
    ])
});
