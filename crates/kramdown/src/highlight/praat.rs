//! Rouge's `praat` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

/// The language.
pub(crate) static PRAAT: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rule(
                    r#"([ \t\n\r\x0B\x0C]+)(#.*?$)"#,
                    Groups(&[Text, CommentSingle]),
                ),
                rule(r#"^#.*?$"#, Token(CommentSingle)),
                rule(r#";[^\n]*"#, Token(CommentSingle)),
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(
                    r#"(\bprocedure)([ \t\n\r\x0B\x0C]+)"#,
                    GroupsThen(&[Keyword, Text], Push("procedure_definition")),
                ),
                rule(
                    r#"(\bcall)([ \t\n\r\x0B\x0C]+)"#,
                    GroupsThen(&[Keyword, Text], Push("procedure_call")),
                ),
                rule(r#"@"#, TokenThen(NameFunction, Push("procedure_call"))),
                mixin("function_call"),
                rule(r#"\b(?:select all)\b"#, Token(Keyword)),
                rule(
                    r#"\b(?:if|then|else|elsif|elif|endif|fi|for|from|to|endfor|endproc|while|endwhile|repeat|until|select|plus|minus|demo|assert|stopwatch|nocheck|nowarn|noprogress|editor|endeditor|clearinfo)\b"#,
                    Token(Keyword),
                ),
                rule(
                    r#"(\bform\b)([ \t\n\r\x0B\x0C]+)([^\n]+)"#,
                    GroupsThen(&[Keyword, Text, Str], Push("old_form")),
                ),
                rule(
                    r#"(print(?:line|tab)?|echo|exit|asserterror|pause|send(?:praat|socket)|include|execute|system(?:_nocheck)?)([ \t\n\r\x0B\x0C]+)"#,
                    GroupsThen(&[Keyword, Text], Push("string_unquoted")),
                ),
                rule(
                    r#"(goto|label)([ \t\n\r\x0B\x0C]+)([a-zA-Z0-9_]+)"#,
                    Groups(&[Keyword, Text, NameLabel]),
                ),
                mixin("variable_name"),
                mixin("number"),
                rule(r#"""#, TokenThen(Str, Push("string"))),
                rule(
                    r#"\b(?:Activation|AffineTransform|AmplitudeTier|Art|Artword|Autosegment|BarkFilter|BarkSpectrogram|CCA|Categories|Cepstrogram|Cepstrum|Cepstrumc|ChebyshevSeries|ClassificationTable|Cochleagram|Collection|ComplexSpectrogram|Configuration|Confusion|ContingencyTable|Corpus|Correlation|Covariance|CrossCorrelationTable|CrossCorrelationTableList|CrossCorrelationTables|DTW|DataModeler|Diagonalizer|Discriminant|Dissimilarity|Distance|Distributions|DurationTier|EEG|ERP|ERPTier|EditCostsTable|EditDistanceTable|Eigen|Excitation|Excitations|ExperimentMFC|FFNet|FeatureWeights|FileInMemory|FilesInMemory|Formant|FormantFilter|FormantGrid|FormantModeler|FormantPoint|FormantTier|GaussianMixture|HMM|HMM_Observation|HMM_ObservationSequence|HMM_State|HMM_StateSequence|HMMObservation|HMMObservationSequence|HMMState|HMMStateSequence|Harmonicity|ISpline|Index|Intensity|IntensityTier|IntervalTier|KNN|KlattGrid|KlattTable|LFCC|LPC|Label|LegendreSeries|LinearRegression|LogisticRegression|LongSound|Ltas|MFCC|MSpline|ManPages|Manipulation|Matrix|MelFilter|MelSpectrogram|MixingMatrix|Movie|Network|OTGrammar|OTHistory|OTMulti|PCA|PairDistribution|ParamCurve|Pattern|Permutation|Photo|Pitch|PitchModeler|PitchTier|PointProcess|Polygon|Polynomial|PowerCepstrogram|PowerCepstrum|Procrustes|RealPoint|RealTier|ResultsMFC|Roots|SPINET|SSCP|SVD|Salience|ScalarProduct|Similarity|SimpleString|SortedSetOfString|Sound|Speaker|Spectrogram|Spectrum|SpectrumTier|SpeechSynthesizer|SpellingChecker|Strings|StringsIndex|Table|TableOfReal|TextGrid|TextInterval|TextPoint|TextTier|Tier|Transition|VocalTract|VocalTractTier|Weight|WordList)(?=[ \t\n\r\x0B\x0C]+[^ \t\n\r\x0B\x0C]+\n)"#,
                    TokenThen(NameClass, Push("string_unquoted")),
                ),
                rule(r#"\b(?=[A-Z])"#, TokenThen(Text, Push("command"))),
                rule(r#"(\.{3}|[)(,\$])"#, Token(Punctuation)),
            ],
        ),
        (
            "command",
            vec![
                rule(r#"( ?([^ \t\n\r\x0B\x0C:\.'])+ ?)"#, Token(Keyword)),
                mixin("string_interpolated"),
                rule(
                    r#"\.{3}"#,
                    Custom(|l, m| {
                        l.token(Keyword, m.get(0));
                        l.go(Pop(1));
                        l.go(Push("old_arguments"));
                    }),
                ),
                rule(
                    r#":"#,
                    Custom(|l, m| {
                        l.token(Keyword, m.get(0));
                        l.go(Pop(1));
                        l.go(Push("comma_list"));
                    }),
                ),
                rule(r#"[ \t\n\r\x0B\x0C]"#, TokenThen(Text, Pop(1))),
            ],
        ),
        (
            "procedure_call",
            vec![
                mixin("string_interpolated"),
                rule(
                    r#"(:|[ \t\n\r\x0B\x0C]*\()"#,
                    TokenThen(Punctuation, Pop(1)),
                ),
                rule(r#"'"#, Token(NameFunction)),
                rule(r#"[^:\(' \t\n\r\x0B\x0C]+"#, Token(NameFunction)),
                rule(
                    r#"(?=[ \t\n\r\x0B\x0C]+)"#,
                    Custom(|l, m| {
                        l.token(Text, m.get(0));
                        l.go(Pop(1));
                        l.go(Push("old_arguments"));
                    }),
                ),
            ],
        ),
        (
            "procedure_definition",
            vec![
                rule(
                    r#"(:|[ \t\n\r\x0B\x0C]*\()"#,
                    TokenThen(Punctuation, Pop(1)),
                ),
                rule(r#"[^:\( \t\n\r\x0B\x0C]+"#, Token(NameFunction)),
                rule(r#"([ \t\n\r\x0B\x0C]+)"#, TokenThen(Text, Pop(1))),
            ],
        ),
        (
            "function_call",
            vec![
                rule(
                    r#"\b(backslashTrigraphsToUnicode|chooseDirectory|chooseReadFile|chooseWriteFile|date|demoKey|do|environment|extractLine|extractWord|fixed|info|left|mid|percent|readFile|replace|replace_regex|right|selected|string|unicodeToBackslashTrigraphs)\$(?=[ \t\n\r\x0B\x0C]*[:(])"#,
                    TokenThen(NameFunction, Push("function")),
                ),
                rule(
                    r#"\b(linear|randomGauss|randomInteger|randomUniform|zero)#(?=[ \t\n\r\x0B\x0C]*[:(])"#,
                    TokenThen(NameFunction, Push("function")),
                ),
                rule(
                    r#"\b(abs|appendFile|appendFileLine|appendInfo|appendInfoLine|arccos|arccosh|arcsin|arcsinh|arctan|arctan2|arctanh|barkToHertz|beginPause|beginSendPraat|besselI|besselK|beta|beta2|binomialP|binomialQ|boolean|ceiling|chiSquareP|chiSquareQ|choice|comment|cos|cosh|createDirectory|deleteFile|demoClicked|demoClickedIn|demoCommandKeyPressed|demoExtraControlKeyPressed|demoInput|demoKeyPressed|demoOptionKeyPressed|demoShiftKeyPressed|demoShow|demoWaitForInput|demoWindowTitle|demoX|demoY|differenceLimensToPhon|do|editor|endPause|endSendPraat|endsWith|erb|erbToHertz|erf|erfc|exitScript|exp|extractNumber|fileReadable|fisherP|fisherQ|floor|gaussP|gaussQ|hash|hertzToBark|hertzToErb|hertzToMel|hertzToSemitones|imax|imin|incompleteBeta|incompleteGammaP|index|index_regex|integer|invBinomialP|invBinomialQ|invChiSquareQ|invFisherQ|invGaussQ|invSigmoid|invStudentQ|length|ln|lnBeta|lnGamma|log10|log2|max|melToHertz|min|minusObject|natural|number|numberOfColumns|numberOfRows|numberOfSelected|objectsAreIdentical|option|optionMenu|pauseScript|phonToDifferenceLimens|plusObject|positive|randomBinomial|randomGauss|randomInteger|randomPoisson|randomUniform|real|readFile|removeObject|rindex|rindex_regex|round|runScript|runSystem|runSystem_nocheck|selectObject|selected|semitonesToHertz|sentence|sentencetext|sigmoid|sin|sinc|sincpi|sinh|soundPressureToPhon|sqrt|startsWith|studentP|studentQ|tan|tanh|text|variableExists|word|writeFile|writeFileLine|writeInfo|writeInfoLine)(?=[ \t\n\r\x0B\x0C]*[:(])"#,
                    TokenThen(NameFunction, Push("function")),
                ),
            ],
        ),
        (
            "function",
            vec![
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(
                    r#"(?::|[ \t\n\r\x0B\x0C]*\()"#,
                    Custom(|l, m| {
                        l.token(Text, m.get(0));
                        l.go(Pop(1));
                        l.go(Push("comma_list"));
                    }),
                ),
            ],
        ),
        (
            "comma_list",
            vec![
                rule(
                    r#"([ \t\n\r\x0B\x0C]*\n[ \t\n\r\x0B\x0C]*)(\.{3})"#,
                    Groups(&[Text, Punctuation]),
                ),
                rule(r#"[ \t\n\r\x0B\x0C]*[\])\n]"#, TokenThen(Text, Pop(1))),
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"""#, TokenThen(Str, Push("string"))),
                rule(r#"\b(if|then|else|fi|endif)\b"#, Token(Keyword)),
                mixin("function_call"),
                mixin("variable_name"),
                mixin("operator"),
                mixin("number"),
                rule(r#"[()]"#, Token(Text)),
                rule(r#","#, Token(Punctuation)),
            ],
        ),
        (
            "old_arguments",
            vec![
                rule(r#"\n"#, TokenThen(Text, Pop(1))),
                mixin("variable_name"),
                mixin("operator"),
                mixin("number"),
                rule(r#"""#, TokenThen(Str, Push("string"))),
                rule(r#"[^\n]"#, Token(Text)),
            ],
        ),
        (
            "number",
            vec![
                rule(r#"\n"#, TokenThen(Text, Pop(1))),
                rule(r#"\b[0-9]+(\.[0-9]*)?([eE][-+]?[0-9]+)?%?"#, Token(Num)),
            ],
        ),
        (
            "variable_name",
            vec![
                mixin("operator"),
                mixin("number"),
                rule(
                    r#"\b(?:praatVersion|tab|shellDirectory|homeDirectory|preferencesDirectory|newline|temporaryDirectory|defaultDirectory)\$"#,
                    Token(NameBuiltin),
                ),
                rule(
                    r#"\b(?:all|average|e|left|macintosh|mono|pi|praatVersion|right|stereo|undefined|unix|windows)(?!\$)\b"#,
                    Token(NameBuiltin),
                ),
                rule(
                    r#"\b(Object|Activation|AffineTransform|AmplitudeTier|Art|Artword|Autosegment|BarkFilter|BarkSpectrogram|CCA|Categories|Cepstrogram|Cepstrum|Cepstrumc|ChebyshevSeries|ClassificationTable|Cochleagram|Collection|ComplexSpectrogram|Configuration|Confusion|ContingencyTable|Corpus|Correlation|Covariance|CrossCorrelationTable|CrossCorrelationTableList|CrossCorrelationTables|DTW|DataModeler|Diagonalizer|Discriminant|Dissimilarity|Distance|Distributions|DurationTier|EEG|ERP|ERPTier|EditCostsTable|EditDistanceTable|Eigen|Excitation|Excitations|ExperimentMFC|FFNet|FeatureWeights|FileInMemory|FilesInMemory|Formant|FormantFilter|FormantGrid|FormantModeler|FormantPoint|FormantTier|GaussianMixture|HMM|HMM_Observation|HMM_ObservationSequence|HMM_State|HMM_StateSequence|HMMObservation|HMMObservationSequence|HMMState|HMMStateSequence|Harmonicity|ISpline|Index|Intensity|IntensityTier|IntervalTier|KNN|KlattGrid|KlattTable|LFCC|LPC|Label|LegendreSeries|LinearRegression|LogisticRegression|LongSound|Ltas|MFCC|MSpline|ManPages|Manipulation|Matrix|MelFilter|MelSpectrogram|MixingMatrix|Movie|Network|OTGrammar|OTHistory|OTMulti|PCA|PairDistribution|ParamCurve|Pattern|Permutation|Photo|Pitch|PitchModeler|PitchTier|PointProcess|Polygon|Polynomial|PowerCepstrogram|PowerCepstrum|Procrustes|RealPoint|RealTier|ResultsMFC|Roots|SPINET|SSCP|SVD|Salience|ScalarProduct|Similarity|SimpleString|SortedSetOfString|Sound|Speaker|Spectrogram|Spectrum|SpectrumTier|SpeechSynthesizer|SpellingChecker|Strings|StringsIndex|Table|TableOfReal|TextGrid|TextInterval|TextPoint|TextTier|Tier|Transition|VocalTract|VocalTractTier|Weight|WordList)_"#,
                    TokenThen(NameBuiltin, Push("object_reference")),
                ),
                rule(r#"\.?[a-z][a-zA-Z0-9_.]*(\$|#)?"#, Token(Text)),
                rule(r#"[\[\]]"#, TokenThen(Text, Push("comma_list"))),
                mixin("string_interpolated"),
            ],
        ),
        (
            "object_reference",
            vec![
                mixin("string_interpolated"),
                rule(r#"([a-z][a-zA-Z0-9_]*|[0-9]+)"#, Token(NameBuiltin)),
                rule(
                    r#"\.(ncol|nrow|xmin|ymin|xmax|ymax|nx|ny|dx|dy)\b"#,
                    TokenThen(NameBuiltin, Pop(1)),
                ),
                rule(r#"\$"#, Token(NameBuiltin)),
                rule(r#"\["#, TokenThen(Text, Pop(1))),
            ],
        ),
        (
            "operator",
            vec![
                rule(r#"([+/*<>=!-]=?|[&*|][&*|]?|\^|<>)"#, Token(Operator)),
                rule(
                    r#"(?<![a-zA-Z0-9_.])(and|or|not|div|mod)(?![a-zA-Z0-9_.])"#,
                    Token(OperatorWord),
                ),
            ],
        ),
        (
            "string_interpolated",
            vec![rule(
                r#"'[\._a-z][^\[\]'":]*(\[([0-9,]+|"[a-zA-Z0-9_,]+")\])?(:[0-9]+)?'"#,
                Token(StrInterpol),
            )],
        ),
        (
            "string_unquoted",
            vec![
                rule(r#"\n[ \t\n\r\x0B\x0C]*\.{3}"#, Token(Punctuation)),
                rule(r#"\n"#, TokenThen(Text, Pop(1))),
                rule(r#"[ \t\n\r\x0B\x0C]"#, Token(Text)),
                mixin("string_interpolated"),
                rule(r#"'"#, Token(Str)),
                rule(r#"[^'\n]+"#, Token(Str)),
            ],
        ),
        (
            "string",
            vec![
                rule(r#"\n[ \t\n\r\x0B\x0C]*\.{3}"#, Token(Punctuation)),
                rule(r#"""#, TokenThen(Str, Pop(1))),
                mixin("string_interpolated"),
                rule(r#"'"#, Token(Str)),
                rule(r#"[^'"\n]+"#, Token(Str)),
            ],
        ),
        (
            "old_form",
            vec![
                rule(
                    r#"([ \t\n\r\x0B\x0C]+)(#.*?$)"#,
                    Groups(&[Text, CommentSingle]),
                ),
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(
                    r#"(optionmenu|choice)([ \t]+[^ \t\n\r\x0B\x0C]+:[ \t]+)"#,
                    GroupsThen(&[Keyword, Text], Push("number")),
                ),
                rule(
                    r#"(option|button)([ \t]+)"#,
                    GroupsThen(&[Keyword, Text], Push("string_unquoted")),
                ),
                rule(
                    r#"(sentence|text)([ \t]+[^ \t\n\r\x0B\x0C]+)"#,
                    GroupsThen(&[Keyword, Text], Push("string_unquoted")),
                ),
                rule(
                    r#"(word)([ \t]+[^ \t\n\r\x0B\x0C]+[ \t]*)([^ \t\n\r\x0B\x0C]+)?([ \t]+.*)?"#,
                    Groups(&[Keyword, Text, Str, Text]),
                ),
                rule(
                    r#"(boolean)([ \t\n\r\x0B\x0C]+[^ \t\n\r\x0B\x0C]+[ \t\n\r\x0B\x0C]*)(0|1|"?(?:yes|no)"?)"#,
                    Groups(&[Keyword, Text, NameVariable]),
                ),
                rule(
                    r#"(real|natural|positive|integer)([ \t]+[^ \t\n\r\x0B\x0C]+[ \t]*)([+-]?)"#,
                    GroupsThen(&[Keyword, Text, Operator], Push("number")),
                ),
                rule(
                    r#"(comment)([ \t\n\r\x0B\x0C]+)"#,
                    GroupsThen(&[Keyword, Text], Push("string_unquoted")),
                ),
                rule(r#"\bendform\b"#, TokenThen(Keyword, Pop(1))),
            ],
        ),
    ])
});
