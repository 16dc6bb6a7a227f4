//! Rouge's `batchfile` lexer (batchfile, bat, batch, dosbatch, winbatch).

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Lexer, Match, Next::*, mixin};
use super::rb_regex::{r, rf};
use super::token::Tok::*;

const KEYWORDS: &str = "if else for in do goto call exit";
const OPERATOR_WORDS: &str = "exist defined errorlevel cmdextversion not equ neq lss leq gtr geq";
const DEVICES: &str = "con prn aux nul com1 com2 com3 com4 com5 com6 com7 com8 com9 lpt1 lpt2
    lpt3 lpt4 lpt5 lpt6 lpt7 lpt8 lpt9";
const BUILTIN_COMMANDS: &str =
    "assoc attrib break bcdedit cacls cd chcp chdir chkdsk chkntfs choice
    cls cmd color comp compact convert copy date del dir diskpart doskey
    dpath driverquery echo endlocal erase fc find findstr format fsutil
    ftype gpresult graftabl help icacls label md mkdir mklink mode more
    move openfiles path pause popd print prompt pushd rd recover ren
    rename replace rmdir robocopy setlocal sc schtasks shift shutdown sort
    start subst systeminfo takeown tasklist taskkill time timeout title
    tree type ver verify vol xcopy waitfor wmic";
const OTHER_COMMANDS: &str = "addusers admodcmd ansicon arp at bcdboot bitsadmin browstat certreq
    certutil change cidiag cipher cleanmgr clip cmdkey compress convertcp
    coreinfo csccmd csvde cscript curl debug defrag delprof deltree devcon
    diamond dirquota diruse diskshadow diskuse dism dnscmd dsacls dsadd
    dsget dsquery dsmod dsmove dsrm dsmgmt dsregcmd edlin eventcreate
    expand extract fdisk fltmc forfiles freedisk ftp getmac gpupdate
    hostname ifmember inuse ipconfig kill lgpo lodctr logman logoff
    logtime makecab mapisend mbsacli mem mountvol moveuser msg mshta
    msiexec msinfo32 mstsc nbtstat net net1 netdom netsh netstat nlsinfo
    nltest now nslookup ntbackup ntdsutil ntoskrnl ntrights nvspbind
    pathping perms ping portqry powercfg pngout pnputil printbrm prncnfg
    prnmngr procdump psexec psfile psgetsid psinfo pskill pslist
    psloggedon psloglist pspasswd psping psservice psshutdown pssuspend
    qbasic qgrep qprocess query quser qwinsta rasdial reg reg1 regdump
    regedt32 regsvr32 regini reset restore rundll32 rmtshare route rpcping
    run runas scandisk setspn setx sfc share shellrunas shortcut sigcheck
    sleep slmgr strings subinacl sysmon telnet tftp tlist touch tracerpt
    tracert tscon tsdiscon tskill tttracer typeperf tzutil undelete
    unformat verifier vmconnect vssadmin w32tm wbadmin wecutil wevtutil
    wget where whoami windiff winrm winrs wpeutil wpr wusa wuauclt wscript";
const ATTRIBUTES: &str = "on off disable enableextensions enabledelayedexpansion";

fn has(list: &str, word: &str) -> bool {
    list.split_whitespace().any(|w| w == word)
}

fn word(l: &mut Lexer<'_>, m: &Match<'_>) {
    let w = m.get(1);
    let first = if has(DEVICES, w) {
        KeywordReserved
    } else if has(KEYWORDS, w) {
        Keyword
    } else if has(OPERATOR_WORDS, w) {
        OperatorWord
    } else if has(BUILTIN_COMMANDS, w) || has(OTHER_COMMANDS, w) {
        l.token(NameBuiltin, m.get(0));
        return;
    } else if has(ATTRIBUTES, w) {
        NameAttribute
    } else {
        // Rouge tests `"set".casecmp m[1]`, an integer and so always true.
        KeywordDeclaration
    };
    l.groups(&[first, Error], m);
}

/// The language.
pub(crate) static BATCHFILE: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "basic",
            vec![
                rf(r"@?\brem\b.*$", "i", Token(Comment)),
                r(r"^::.*$", Token(Comment)),
                rf(r":[a-z]+", "i", Token(NameLabel)),
                rf(r"([a-z]\w*)(\.exe|com|bat|cmd|msi)?", "i", Custom(word)),
                rf(r"((?:[\/\+]|--?)[a-z]+)\s*", "i", Token(NameAttribute)),
                mixin("expansions"),
                r(r"[<>&|(){}\[\]\-+=;,~?*]", Token(Operator)),
            ],
        ),
        ("escape", vec![rf(r"\^.", "m", Token(StrEscape))]),
        (
            "expansions",
            vec![
                rf(r"[%!]+([a-z_$@#]+)[%!]+", "i", Token(NameVariable)),
                rf(r"(\%+~?[a-z]+\d?)", "i", Token(NameVariableMagic)),
            ],
        ),
        (
            "double_quotes",
            vec![
                mixin("escape"),
                r("[\"]", TokenThen(StrDouble, Pop(1))),
                mixin("expansions"),
                r(r#"[^\^"%!]+"#, Token(StrDouble)),
            ],
        ),
        (
            "single_quotes",
            vec![
                mixin("escape"),
                r("[']", TokenThen(StrSingle, Pop(1))),
                mixin("expansions"),
                r(r"[^\^'%!]+", Token(StrSingle)),
            ],
        ),
        (
            "backtick",
            vec![
                mixin("escape"),
                r("[`]", TokenThen(StrBacktick, Pop(1))),
                mixin("expansions"),
                r(r"[^\^`%!]+", Token(StrBacktick)),
            ],
        ),
        (
            "data",
            vec![
                r(r"\s+", Token(Text)),
                rf("0x[0-9a-f]+", "i", Token(NumHex)),
                r("[0-9]", Token(Num)),
                r("[\"]", TokenThen(StrDouble, Push("double_quotes"))),
                r("[']", TokenThen(StrSingle, Push("single_quotes"))),
                r("[`]", TokenThen(StrBacktick, Push("backtick"))),
                r(r#"[^\s&|()\[\]{}\^=;!%+\-,"'`~?*]+"#, Token(Text)),
                mixin("escape"),
            ],
        ),
        ("root", vec![mixin("basic"), mixin("data")]),
    ])
});
