//! Rouge's `brightscript` lexer (brightscript, bs, brs).

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Lexer, Match};
use super::rb_regex::{r, rf};
use super::token::Tok::*;

/// Rouge's brightscript name_builtin words.
const NAME_BUILTIN: &str = "ABS ASC ATN CDBL CHR CINT CONTROL COPYFILE COS CREATEDIRECTORY CSNG DELETEDIRECTORY DELETEFILE EXP FINDMEMBERFUNCTION FINDNODE FIX FORMATDRIVEFORMATJSON GETINTERFACE INSTR INT LCASE LEFT LEN LISTDIR LOG MATCHFILES MID MOVEFILE OBSERVEFIELD PARSEJSON PARSEXML READASCIIFILE REBOOTSYSTEM RIGHT RND RUNGARBAGECOLLECTOR SGN SIN SLEEP SQR STR STRI STRING STRINGI STRTOI SUBSTITUTE TANTEXTTOP TEXT TRUCASE UPTIME VALVISIBLE VISIBLE WAIT";
/// Rouge's brightscript keyword_reserved words.
const KEYWORD_RESERVED: &str = "BOX CREATEOBJECT DIM EACH ELSE ELSEIF END ENDFUNCTION ENDIF ENDSUB ENDWHILE EVAL EXIT EXITWHILE FALSE FOR FUNCTION GETGLOBALAA GETLASTRUNCOMPILEERROR GETLASTRUNRUNTIMEERROR GOTO IF IN INVALID LET LINE_NUM M NEXT OBJFUN POS PRINT REM RETURN RUN STEP STOP SUB TAB TO TRUE TYPE WHILE";
/// Rouge's brightscript keyword_reserved_unsupported words.
const KEYWORD_RESERVED_UNSUPPORTED: &str =
    "CLASS CONST IMPORT LIBRARY NAMESPACE PRIVATE PROTECTED PUBLIC";
/// Rouge's brightscript keyword_type words.
const KEYWORD_TYPE: &str = "BOOLEAN DIM DOUBLE DYNAMIC FLOAT FUNCTION INTEGER INTERFACE INVALID LONGINTEGER OBJECT STRING VOID";
/// Rouge's brightscript operator_word words.
const OPERATOR_WORD: &str = "AND AS MOD NOT OR THEN";
/// Rouge's brightscript builtins words.
const BUILTINS: &str = "roAppendFile roAppInfo roAppManager roArray roAssociativeArray roAudioGuide roAudioMetadata roAudioPlayer roAudioPlayerEvent roAudioResourceroBitmap roBoolean roBoolean roBrightPackage roBrSub roButton roByteArray roCaptionRenderer roCaptionRendererEvent roCecInterface roCECStatusEvent roChannelStore roChannelStoreEvent roClockWidget roCodeRegistrationScreen roCodeRegistrationScreenEventroCompositor roControlDown roControlPort roControlPort roControlUp roCreateFile roDatagramReceiver roDatagramSender roDataGramSocket roDateTime roDeviceInfo roDeviceInfoEvent roDoubleroEVPCipher roEVPDigest roFileSystem roFileSystemEvent roFloat roFont roFontMetrics roFontRegistry roFunction roGlobal roGpio roGridScreen roGridScreenEvent roHdmiHotPlugEventroHdmiStatus roHdmiStatusEvent roHMAC roHttpAgent roImageCanvas roImageCanvasEvent roImageMetadata roImagePlayer roImageWidgetroInput roInputEvent roInt roInt roInvalid roInvalid roIRRemote roKeyboard roKeyboardPress roKeyboardScreen roKeyboardScreenEventroList roListScreen roListScreenEvent roLocalization roLongInteger roMessageDialog roMessageDialogEvent roMessagePort roMicrophone roMicrophoneEvent roNetworkConfiguration roOneLineDialog roOneLineDialogEventroParagraphScreen roParagraphScreenEvent roPath roPinEntryDialog roPinEntryDialogEvent roPinentryScreen roPosterScreen roPosterScreenEventroProgramGuide roQuadravoxButton roReadFile roRectangleroRegexroRegion roRegistry roRegistrySection roResourceManager roRSA roRssArticle roRssParser roScreen roSearchHistory roSearchScreen roSearchScreenEvent roSerialPort roSGNode roSGNodeEvent roSGScreenroSGScreenEvent roSlideShowroSlideShowEvent roSNS5 roSocketAddress roSocketEvent roSpringboardScreen roSpringboardScreenEventroSprite roStorageInfo roStreamSocket roStringroSystemLogroSystemLogEvent roSystemTime roTextFieldroTextScreen roTextScreenEvent roTextToSpeech roTextToSpeechEvent roTextureManager roTextureRequest roTextureRequestEventroTextWidget roTimer roTimespan roTouchScreen roTunerroTunerEvent roUniversalControlEvent roUrlEvent roUrlTransfer roVideoEvent roVideoInput roVideoMode roVideoPlayer roVideoPlayerEvent roVideoScreen roVideoScreenEventroWriteFile roXMLElement roXMLList";

const ID: &str = "(?i:[$a-z_][a-z0-9_]*)";

fn has(list: &str, word: &str) -> bool {
    list.split_whitespace().any(|w| w == word)
}

fn ident(l: &mut Lexer<'_>, m: &Match<'_>) {
    let w = m.get(0);
    let up = w.to_uppercase();
    let tok =
        if has(BUILTINS, w) || has(KEYWORD_RESERVED, &up) || has(KEYWORD_RESERVED_UNSUPPORTED, &up)
        {
            KeywordReserved
        } else if has(KEYWORD_TYPE, &up) {
            KeywordType
        } else if has(NAME_BUILTIN, &up) {
            NameBuiltin
        } else if has(OPERATOR_WORD, &up) {
            OperatorWord
        } else {
            Name
        };
    l.token(tok, w);
}

/// The language.
pub(crate) static BRIGHTSCRIPT: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![(
        "root",
        vec![
            rf(r"\s+", "m", Token(Whitespace)),
            r(r"\'.*", Token(CommentSingle)),
            rf("REM.*", "i", Token(CommentSingle)),
            r(r"[~!%^&*+=\|?:<>/-]", Token(Operator)),
            rf(r"\d*\.\d+(e-?\d+)?", "i", Token(NumFloat)),
            rf(r"\d+[lu]*", "i", Token(NumInteger)),
            r("\".*?\"", Token(StrDouble)),
            r(&format!(r"{ID}(?=\s*[(])"), Token(NameFunction)),
            r(r"[()\[\],.;{}]", Token(Punctuation)),
            r(ID, Custom(ident)),
        ],
    )])
});
