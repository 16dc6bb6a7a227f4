//! Rouge's `julia` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

/// The `julia` language.
pub(crate) static JULIA: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rule(r#"\n"#, Token(Text)),
                rule(r#"[^[^ \t\n\r\x0B\x0C]\n]+"#, Token(Text)),
                rule(r#"#="#, TokenThen(CommentMultiline, Push("blockcomment"))),
                rule(r#"#.*$"#, Token(Comment)),
                rule(
                    r#"\+|=|-|\*|/|\\|&|\||\$|~|\^|%|!|>>>|>>|<<|&&|\|\||\+=|-=|\*=|/=|\\=|÷=|%=|\^=|&=|\|=|\$=|>>>=|>>=|<<=|==|!=|≠|<=|≤|>=|≥|\.|::|<:|->|\?|\.\*|\.\^|\.\\|\./|\\|<|>|÷|>:|:|===|!==|=>"#,
                    Token(Operator),
                ),
                rule(r#"\\\n"#, Token(Text)),
                rule(r#"\\"#, Token(Text)),
                rule(
                    r#"(function|macro)((?:[ \t\n\r\x0B\x0C]|\\[ \t\n\r\x0B\x0C])+)"#,
                    GroupsThen(&[Keyword, NameFunction], Push("funcname")),
                ),
                rule(
                    r#"((?:mutable )?struct|(?:abstract|primitive) type)((?:[ \t\n\r\x0B\x0C]|\\[ \t\n\r\x0B\x0C])+)"#,
                    GroupsThen(&[Keyword, NameClass], Push("typename")),
                ),
                rule(
                    r#"\b(?:ARPACKException|AbstractArray|AbstractChannel|AbstractChar|AbstractDict|AbstractDisplay|AbstractFloat|AbstractIrrational|AbstractLogger|AbstractMatrix|AbstractREPL|AbstractRNG|AbstractRange|AbstractSerializer|AbstractSet|AbstractSparseArray|AbstractSparseMatrix|AbstractSparseVector|AbstractString|AbstractUnitRange|AbstractVecOrMat|AbstractVector|AbstractWorkerPool|Adjoint|Any|ArgumentError|Array|AssertionError|Base64DecodePipe|Base64EncodePipe|BasicREPL|Bidiagonal|BigFloat|BigInt|BitArray|BitMatrix|BitSet|BitVector|Bool|BoundsError|BunchKaufman|CachingPool|CapturedException|CartesianIndex|CartesianIndices|Cchar|Cdouble|Cfloat|Channel|Char|Cholesky|CholeskyPivoted|Cint|Cintmax_t|Clong|Clonglong|ClusterManager|Cmd|Colon|Complex|ComplexF16|ComplexF32|ComplexF64|CompositeException|Condition|ConsoleLogger|Cptrdiff_t|Cshort|Csize_t|Cssize_t|Cstring|Cuchar|Cuint|Cuintmax_t|Culong|Culonglong|Cushort|Cvoid|Cwchar_t|Cwstring|DataType|Date|DateFormat|DatePeriod|DateTime|Day|DenseArray|DenseMatrix|DenseVecOrMat|DenseVector|Diagonal|Dict|DimensionMismatch|Dims|DivideError|DomainError|EOFError|Eigen|Enum|ErrorException|Exception|ExponentialBackOff|Expr|FDWatcher|Factorization|FileMonitor|Float16|Float32|Float64|FolderMonitor|Function|GeneralizedEigen|GeneralizedSVD|GeneralizedSchur|GenericArray|GenericDict|GenericSet|GenericString|GitConfig|GitRepo|GlobalRef|HMAC_CTX|HTML|Hermitian|Hessenberg|Hour|IO|IOBuffer|IOContext|IOStream|IPAddr|IPv4|IPv6|IdDict|IndexCartesian|IndexLinear|IndexStyle|InexactError|InitError|Int|Int128|Int16|Int32|Int64|Int8|Integer|InterruptException|InvalidStateException|Irrational|KeyError|LAPACKException|LDLt|LQ|LU|LinRange|LineEditREPL|LineNumberNode|LinearIndices|LoadError|LogLevel|LowerTriangular|MIME|Matrix|MersenneTwister|Method|MethodError|Microsecond|Millisecond|Minute|Missing|MissingException|Module|Month|NTuple|NamedTuple|Nanosecond|Nothing|NullLogger|Number|OrdinalRange|OutOfMemoryError|OverflowError|PackageMode|PackageSpec|Pair|PartialQuickSort|Period|PermutedDimsArray|Pipe|PollingFileWatcher|PosDefException|ProcessExitedException|Ptr|QR|QRPivoted|QuoteNode|RandomDevice|RankDeficientException|Rational|RawFD|ReadOnlyMemoryError|Real|ReentrantLock|Ref|Regex|RegexMatch|RemoteChannel|RemoteException|RoundingMode|SHA1_CTX|SHA224_CTX|SHA256_CTX|SHA2_224_CTX|SHA2_256_CTX|SHA2_384_CTX|SHA2_512_CTX|SHA384_CTX|SHA3_224_CTX|SHA3_256_CTX|SHA3_384_CTX|SHA3_512_CTX|SHA512_CTX|SVD|Schur|Second|SegmentationFault|Serializer|Set|SharedArray|SharedMatrix|SharedVector|Signed|SimpleLogger|SingularException|Some|SparseMatrixCSC|SparseVector|StackOverflowError|StepRange|StepRangeLen|StreamREPL|StridedArray|StridedMatrix|StridedVecOrMat|StridedVector|String|StringIndexError|SubArray|SubString|SubstitutionString|SymTridiagonal|Symbol|Symmetric|SystemError|TCPSocket|Task|TestSetException|Text|TextDisplay|Time|TimePeriod|TimeType|TimeZone|Timer|Transpose|Tridiagonal|Tuple|Type|TypeError|TypeVar|UDPSocket|UInt|UInt128|UInt16|UInt32|UInt64|UInt8|UTC|UUID|UndefInitializer|UndefKeywordError|UndefRefError|UndefVarError|UniformScaling|Union|UnionAll|UnitLowerTriangular|UnitRange|UnitUpperTriangular|Unsigned|UpgradeLevel|UpperTriangular|Val|Vararg|VecElement|VecOrMat|Vector|VersionNumber|WeakKeyDict|WeakRef|Week|WorkerConfig|WorkerPool|Year)\b"#,
                    Token(KeywordType),
                ),
                rule(r#"(local|global|const)\b"#, Token(KeywordDeclaration)),
                rule(
                    r#"\b(?:function|return|module|import|export|if|else|elseif|end|for|in|isa|while|try|catch|const|local|global|using|struct|mutablestruct|abstracttype|finally|begin|do|quote|macro|forouter|where)\b"#,
                    Token(Keyword),
                ),
                rule(
                    r#"\b(?:true|false|missing|nothing|Inf|Inf16|Inf32|Inf64|NaN|NaN16|NaN32|NaN64|stdout|stderr|stdin|devnull|pi|π|ℯ|im|ARGS|C_NULL|ENV|ENDIAN_BOM|VERSION|undef|(LOAD|DEPOT)_PATH)\b"#,
                    Token(NameBuiltin),
                ),
                rule(r#"`.*?`"#, Token(StrBacktick)),
                rule(
                    r#"'(\\.|\\[0-7]{1,3}|\\x[a-fA-F0-9]{1,3}|\\u[a-fA-F0-9]{1,4}|\\U[a-fA-F0-9]{1,6}|[^\\'\n])'"#,
                    Token(StrChar),
                ),
                rule(r#"(?<=[.a-zA-Z0-9_)\]])'+"#, Token(Operator)),
                rule(r#"(?:[IL])""#, TokenThen(Str, Push("string"))),
                rule(r#"[E]?""#, TokenThen(Str, Push("string"))),
                rule(r#"@[a-zA-Z0-9_.]+"#, Token(NameDecorator)),
                rule(
                    r#"(?:[a-zA-Z_\u00A1-\uffff]|[\u1000-\u10ff])(?:[a-zA-Z_0-9\u00A1-\uffff]|[\u1000-\u10ff])*!*"#,
                    Token(Name),
                ),
                rule(r#"[\[\]{}\(\),;]"#, Token(Other)),
                rule(
                    r#"([0-9]+(_[0-9]+)+\.[0-9]*|[0-9]*\.[0-9]+(_[0-9]+)+)([eEf][+-]?[0-9]+)?"#,
                    Token(NumFloat),
                ),
                rule(
                    r#"([0-9]+\.[0-9]*|[0-9]*\.[0-9]+)([eEf][+-]?[0-9]+)?"#,
                    Token(NumFloat),
                ),
                rule(r#"[0-9]+(_[0-9]+)+[eEf][+-]?[0-9]+"#, Token(NumFloat)),
                rule(r#"[0-9]+[eEf][+-]?[0-9]+"#, Token(NumFloat)),
                rule(r#"0b[01]+(_[01]+)+"#, Token(NumBin)),
                rule(r#"0b[01]+"#, Token(NumBin)),
                rule(r#"0o[0-7]+(_[0-7]+)+"#, Token(NumOct)),
                rule(r#"0o[0-7]+"#, Token(NumOct)),
                rule(r#"0x[a-fA-F0-9]+(_[a-fA-F0-9]+)+"#, Token(NumHex)),
                rule(r#"0x[a-fA-F0-9]+"#, Token(NumHex)),
                rule(r#"[0-9]+(_[0-9]+)+"#, Token(NumInteger)),
                rule(r#"[0-9]+"#, Token(NumInteger)),
            ],
        ),
        (
            "funcname",
            vec![
                rule(
                    r#"[\p{L}\p{Nl}\p{S}_][\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{S}\p{Po}!]*"#,
                    TokenThen(NameFunction, Pop(1)),
                ),
                rule(
                    r#"\([^ \t\n\r\x0B\x0Ca-zA-Z0-9_{]{1,2}\)"#,
                    TokenThen(Operator, Pop(1)),
                ),
                rule(
                    r#"[^ \t\n\r\x0B\x0Ca-zA-Z0-9_{]{1,2}"#,
                    TokenThen(Operator, Pop(1)),
                ),
            ],
        ),
        (
            "typename",
            vec![rule(
                r#"[\p{L}\p{Nl}\p{S}_][\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{S}\p{Po}!]*"#,
                TokenThen(NameClass, Pop(1)),
            )],
        ),
        (
            "stringescape",
            vec![rule(
                r#"\\([\\abfnrtv"']|\n|N\{.*?\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})"#,
                Token(StrEscape),
            )],
        ),
        (
            "blockcomment",
            vec![
                rule(r#"[^=#]"#, Token(CommentMultiline)),
                rule(r#"#="#, TokenThen(CommentMultiline, Push("blockcomment"))),
                rule(r#"=#"#, TokenThen(CommentMultiline, Pop(1))),
                rule(r#"[=#]"#, Token(CommentMultiline)),
            ],
        ),
        (
            "string",
            vec![
                mixin("stringescape"),
                rule(r#"""#, TokenThen(Str, Pop(1))),
                rule(r#"\\\\|\\"|\\\n"#, Token(StrEscape)),
                rule(
                    r#"\$(\([a-zA-Z0-9_]+\))?[-#0 +]*([0-9]+|[*])?(\.([0-9]+|[*]))?"#,
                    Token(StrInterpol),
                ),
                rule(r#"[^\\"$]+"#, Token(Str)),
                rule(r#"["\\]"#, Token(Str)),
                rule(r#"\$"#, Token(Str)),
            ],
        ),
    ])
});
