"""The bundled catalog grants, per ESM, every permission of the Zowe
requirements list (seed 002) to the right user or group."""

import pytest

from conftest import run_cli
from tso import commands

# (class, profile, grantee, access) from seed 002, with Zowe's default names.
SEED_002 = [
    ("FACILITY", "ZWES.IS", "ZWESVUSR", "READ"),
    ("FACILITY", "BPX.SERVER", "ZWESVUSR", "UPDATE"),
    ("FACILITY", "BPX.DAEMON", "ZWESVUSR", "UPDATE"),
    ("APPL", "OMVSAPPL", "ZWESVUSR", "READ"),
    ("FACILITY", "BPX.JOBNAME", "ZWESVUSR", "READ"),
    ("FACILITY", "IRR.RUSERMAP", "ZWESVUSR", "READ"),
    ("FACILITY", "IRR.IDIDMAP.QUERY", "ZWESVUSR", "READ"),
    ("FACILITY", "IRR.RAUDITX", "ZWESVUSR", "READ"),
    ("CSFSERV", "CSFRNGL", "ZWESVUSR", "READ"),
]
ACF2_TYPES = {"FACILITY": "FAC", "APPL": "APL", "CSFSERV": "CSF"}
TSS_KEYWORDS = {"FACILITY": "IBMFAC", "APPL": "APPL", "CSFSERV": "CSFSERV"}
ACF2_SERVICE = {"READ": "SERVICE(READ)", "UPDATE": "SERVICE(READ,UPDATE)"}


def setup(esm):
    result = run_cli("render", "--esm", esm, "--format", "jcl", "--component", "all")
    assert result.code == 0, result.err
    from tso import in_stream
    return commands(in_stream(result.out))


@pytest.mark.parametrize("cls,profile,who,access", SEED_002)
def test_racf_grants(cls, profile, who, access):
    cmds = [c for _, c in setup("racf")]
    assert f"PERMIT {profile} CLASS({cls}) ID({who}) ACCESS({access})" in cmds


@pytest.mark.parametrize("cls,profile,who,access", SEED_002)
def test_acf2_grants(cls, profile, who, access):
    key, _, rest = profile.partition(".")
    # grant_via role (the default): a user's grants go through a role of its own name
    line = " ".join(p for p in (rest, f"ROLE({who})", ACF2_SERVICE[access], "ALLOW") if p)
    assert (f"SET RESOURCE({ACF2_TYPES[cls]})", f"RECKEY {key} ADD({line})") in setup("acf2")


@pytest.mark.parametrize("cls,profile,who,access", SEED_002)
def test_tss_grants(cls, profile, who, access):
    cmds = [c for _, c in setup("tss")]
    assert f"TSS PERMIT({who}) {TSS_KEYWORDS[cls]}({profile}) ACCESS({access})" in cmds


def test_identities_and_started_tasks_per_esm():
    racf = [c for _, c in setup("racf")]
    assert any(c.startswith("ADDGROUP ZWEADMIN OMVS(AUTOGID)") for c in racf)
    for user in ("ZWESVUSR", "ZWESIUSR"):
        assert any(c.startswith(f"ADDUSER {user} DFLTGRP(ZWEADMIN) NOPASSWORD") and "AUTOUID" in c
                   for c in racf)
    for stc, user in (("ZWESLSTC", "ZWESVUSR"), ("ZWESISTC", "ZWESIUSR"), ("ZWESASTC", "ZWESIUSR")):
        assert f"RDEFINE STARTED {stc}.* UACC(NONE) STDATA(USER({user}) GROUP(ZWEADMIN)" \
               f" TRUSTED(NO) PRIVILEGED(NO) TRACE(YES))" in racf
    acf2 = setup("acf2")
    assert ("SET CONTROL(GSO)", "INSERT STC.ZWESLSTC LOGONID(ZWESVUSR) GROUP(ZWEADMIN) STCID(ZWESLSTC)") in acf2
    assert ("SET PROFILE(USER) DIVISION(OMVS)", "INSERT ZWESVUSR AUTOUID HOME(/tmp) OMVSPGM(/bin/sh)") in acf2
    assert ("SET PROFILE(GROUP) DIVISION(OMVS)", "INSERT ZWEADMIN AUTOGID") in acf2
    tss = [c for _, c in setup("tss")]
    assert "TSS ADD(STC) PROCNAME(ZWESISTC) ACID(ZWESIUSR)" in tss
    assert "TSS ADD(ZWESVUSR) FAC(STC)" in tss
    assert "TSS ADD(ZWESVUSR) MASTFAC(ZOWE)" in tss
    assert "TSS CREATE(ZWESVUSR) TYPE(USER) NAME('ZOWE SERVER') DEPT(ZWEDEPT) PROTECTED" in tss


def test_data_set_protection_per_esm():
    assert "PERMIT 'ZWE.*.**' CLASS(DATASET) GENERIC ID(ZWEADMIN) ACCESS(ALTER)" in \
        [c for _, c in setup("racf")]
    assert ("SET RULE", "RECKEY ZWE ADD(- ROLE(ZWEADMIN) READ(A) WRITE(A) ALLOC(A) EXEC(A))") in setup("acf2")
    assert ("SET RULE", "RECKEY ZWE ADD(- ROLE(-) READ(A) EXEC(A))") in setup("acf2")
    tss = [c for _, c in setup("tss")]
    assert "TSS PERMIT(ALL) DATASET(ZWE.) ACCESS(READ)" in tss
    assert "TSS PERMIT(ZWEADMIN) DATASET(ZWE.) ACCESS(ALL)" in tss


def test_zis_user_may_call_the_cross_memory_server():
    assert "PERMIT ZWES.IS CLASS(FACILITY) ID(ZWESIUSR) ACCESS(READ)" in [c for _, c in setup("racf")]
