"""The command forms issue 11 found real decks use, read as the ESM reads them.

Each case is a small hand-written deck in one of those forms; the simulator
must model every command (no `unsupported`) with the effect the vendor
documents. Sources are cited in the simulator modules that model each form
and in tests/vendor/*.yaml.
"""

import pytest

from esmgen.simulator import engine
from esmgen.verdicts import UNSUPPORTED

ACF2_COMPILE = """ACF
SET RESOURCE(FAC)
COMPILE *
$KEY(APP) TYPE(FAC)
$ROLESET
RES.ONE ROLE(ADMINS) SERVICE(READ,UPDATE) ALLOW
RES.TWO UID(-) SERVICE(READ) ALLOW
STORE
END
"""

CASES = [
    # ACF2
    ("acf2", "certificate subcommands under any SET",
     "ACF\nSET LID\nINSERT WEBSRV NAME('WEB SERVER')\nSET PROFILE(USER) DIVISION(CERTDATA)\n"
     "GENCERT WEBSRV.CERT SUBJSDN(CN='WEB') LABEL(WEBCERT)\n"
     "SET PROFILE(USER) DIVISION(KEYRING)\nINSERT WEBSRV.RING RINGNAME(RING)\n"
     "SET LID\nCONNECT CERTDATA(WEBSRV.CERT) KEYRING(WEBSRV.RING) USAGE(PERSONAL)\n"
     "CHKCERT WEBSRV.CERT\nEND\n", None, []),
    ("acf2", "LIST LIKE(mask)", "ACF\nSET LID\nINSERT ZWEA1 NAME('A')\nLIST LIKE(ZWE-)\nEND\n", None, []),
    ("acf2", "CHANGE INFODIR TYPES", "ACF\nSET CONTROL(GSO)\nCHANGE INFODIR TYPES(R-RZWE) ADD\nEND\n", None, []),
    ("acf2", "in-line compile", ACF2_COMPILE, None, ["access FACILITY APP.RES.ONE ADMINS UPDATE",
                                                     "uacc FACILITY APP.RES.TWO READ"]),
    ("acf2", "RECKEY DEL by entry, not by text",
     "ACF\nSET RESOURCE(FAC)\nRECKEY APP ADD(RES ROLE(ADMINS) SERVICE(UPDATE,READ) ALLOW)\n"
     "RECKEY APP DEL(RES SERVICE(READ,UPDATE) ROLE(ADMINS) ALLOW)\nEND\n", None, []),
    ("acf2", "documented short forms", "ACF\nT R(FAC)\nRECKEY APP ADD(RES UID(-) SERVICE(READ) ALLOW)\n"
     "T LID\nINS ZWEB1 NAME('B')\nCH ZWEB1 NAME('BB')\nEND\n", None, ["uacc FACILITY APP.RES READ"]),
    # RACF
    ("racf", "LISTDSD PREFIX", "LISTDSD PREFIX(SYS1)\n", "zos", []),
    ("racf", "dynamic CDT class",
     "RDEFINE CDT ZOWE UACC(NONE) CDTINFO(DEFAULTUACC(NONE) FIRST(ALPHA) -\n"
     " OTHER(ALPHA,NATIONAL,NUMERIC,SPECIAL) MAXLENGTH(246) POSIT(607) -\n RACLIST(DISALLOWED))\n"
     "SETROPTS RACLIST(CDT) REFRESH\nSETROPTS CLASSACT(ZOWE)\nRDEFINE ZOWE APIML.SERVICES UACC(NONE)\n",
     "zos", ["profile ZOWE APIML.SERVICES"]),
    ("racf", "RLIST class *", "RLIST FACILITY *\n", "zos", []),
    ("racf", "AUDIT()", "RDEFINE FACILITY APP.AUDITED UACC(NONE) AUDIT(FAILURES(READ))\n", "zos",
     ["profile FACILITY APP.AUDITED"]),
    ("racf", "RLIST SSIGNON", "RDEFINE PTKTDATA APPLX SSIGNON(KEYMASKED(0123456789ABCDEF))\n"
     "RLIST PTKTDATA APPLX SSIGNON\n", "zos", ["passticket APPLX"]),
    ("racf", "TSO keyword prefixes", "RDEFINE FACILITY APP.X UAC(NONE)\n"
     "PERMIT APP.X CL(FACILITY) ID(IBMUSER) AC(READ)\n", "zos", ["access FACILITY APP.X IBMUSER READ"]),
    ("racf", "a blank after ( over a + continuation", "RDEFINE FACILITY APP.Y UACC( +\n   READ)\n", "zos",
     ["uacc FACILITY APP.Y READ"]),
    # Top Secret
    ("tss", "ADDTO(RDT) RESCLASS", "TSS ADDTO(RDT) RESCLASS(ZOWE) ACLST(CONTROL,UPDATE,READ,NONE) -\n"
     "  DEFACC(NONE)\n"
     "TSS LIST(RDT) RESCLASS(ZOWE)\n", None, []),
    ("tss", "PERMIT without ACCESS takes the default access",
     "TSS CREATE(DEPT1) TYPE(DEPT) NAME('D')\nTSS CREATE(USER1) TYPE(USER) NAME('U') DEPT(DEPT1)\n"
     "TSS ADD(DEPT1) IBMFAC(APP.)\nTSS PERMIT(USER1) IBMFAC(APP.RES)\n", None,
     ["access FACILITY APP.RES USER1 READ"]),
    ("tss", "PASSWORD(NOPW,0)", "TSS CREATE(DEPT1) TYPE(DEPT) NAME('D')\n"
     "TSS CREATE(STCU) TYPE(USER) NAME('STC') DEPT(DEPT1) PASSWORD(NOPW,0)\n", None, ["user STCU"]),
    ("tss", "LIST ... LABLRING", "TSS CREATE(DEPT1) TYPE(DEPT) NAME('D')\n"
     "TSS CREATE(WEBU) TYPE(USER) NAME('W') DEPT(DEPT1)\n"
     "TSS ADD(WEBU) KEYRING(RING1) LABLRING(MYRING)\nTSS LIST(WEBU) LABLRING(MYRING)\n", None, []),
]


@pytest.mark.parametrize("esm,what,deck,baseline,facts", CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_real_world_form(esm, what, deck, baseline, facts):
    state = engine.baseline_state(esm, baseline or "empty")
    results = engine.run_deck(deck, esm, state)
    assert [(r.command, r.message) for r in results if r.outcome in (UNSUPPORTED, "error")] == []
    found = engine.state_facts(state)
    assert [f for f in facts if f not in found] == []
