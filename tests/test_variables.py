"""Variables: defaults, zowe.yaml, --values and --set, strongest last."""

from conftest import run_cli
from tso import commands

ZOWE_YAML = """zowe:
  setup:
    dataset:
      prefix: SYS2.ZOWE
    security:
      product: RACF
      groups: {admin: ZADMIN, stc: ZSTCGRP, sysProg: SYSPROG}
      users: {zowe: ZOWESRV, zis: ZOWEXMS}
      stcs: {zowe: ZOWELNCH, zis: ZOWEXMEM, aux: ZOWEAUX}
"""


def racf(*args):
    result = run_cli("render", "--esm", "racf", "--format", "tso", *args)
    assert result.code == 0, result.err
    return [c for _, c in commands(result.out.splitlines())]


def test_defaults_are_zowes():
    cmds = racf()
    assert "ADDGROUP ZWEADMIN OMVS(AUTOGID) DATA('ZOWE ADMINISTRATORS')" in cmds
    assert any(c.startswith("ADDUSER ZWESVUSR DFLTGRP(ZWEADMIN)") for c in cmds)
    assert any(c.startswith("ADDUSER ZWESIUSR") for c in cmds)
    for stc in ("ZWESLSTC", "ZWESISTC", "ZWESASTC"):
        assert any(c.startswith(f"RDEFINE STARTED {stc}.*") for c in cmds)


def test_stc_and_sysprog_groups_follow_the_admin_group():
    cmds = racf("--set", "admin_group=ADMGRP")
    assert any(c.startswith("ADDUSER ZWESVUSR DFLTGRP(ADMGRP)") for c in cmds)
    assert "PERMIT 'ZWE.*.**' CLASS(DATASET) GENERIC ID(ADMGRP) ACCESS(ALTER)" in cmds
    assert [c.split()[1] for c in cmds if c.startswith("ADDGROUP ")] == ["ADMGRP", "ZWE"]  # not three


def test_zowe_yaml_keys(write):
    cmds = racf("--zowe-yaml", write("zowe.yaml", ZOWE_YAML), "--set", "hlq_group=SYS2")
    assert "ADDGROUP ZADMIN OMVS(AUTOGID) DATA('ZOWE ADMINISTRATORS')" in cmds
    assert any(c.startswith("ADDGROUP ZSTCGRP") for c in cmds)
    assert any(c.startswith("ADDUSER ZOWESRV DFLTGRP(ZSTCGRP)") for c in cmds)
    assert any(c.startswith("ADDUSER ZOWEXMS DFLTGRP(ZSTCGRP)") for c in cmds)
    assert any("RDEFINE STARTED ZOWELNCH.* UACC(NONE) STDATA(USER(ZOWESRV) GROUP(ZSTCGRP)" in c for c in cmds)
    assert any(c.startswith("RDEFINE STARTED ZOWEXMEM.*") and "USER(ZOWEXMS)" in c for c in cmds)
    assert any(c.startswith("RDEFINE STARTED ZOWEAUX.*") for c in cmds)
    assert "PERMIT 'SYS2.ZOWE.*.**' CLASS(DATASET) GENERIC ID(SYSPROG) ACCESS(ALTER)" in cmds
    assert not any(c.startswith("ALTGROUP SYSPROG") for c in cmds)   # adopted: never changed


def test_precedence_set_over_values_over_zowe_yaml(write):
    zowe = write("zowe.yaml", ZOWE_YAML)
    values = write("values.yaml", "zowe_user: VALUSER\nzis_user: VALZIS\n")
    cmds = racf("--zowe-yaml", zowe, "--values", values, "--set", "zowe_user=SETUSER",
                "--set", "hlq_group=SYS2")
    assert any(c.startswith("ADDUSER SETUSER ") for c in cmds)       # --set wins
    assert any(c.startswith("ADDUSER VALZIS ") for c in cmds)        # --values beats zowe.yaml
    assert any(c.startswith("ADDGROUP ZSTCGRP") for c in cmds)       # zowe.yaml beats default


def test_variables_are_listed_in_the_deck_header():
    result = run_cli("render", "--esm", "racf", "--format", "tso", "--set", "hlq=SYS3.ZWE",
                     "--set", "hlq_group=SYS3")
    assert "hlq=SYS3.ZWE" in result.out
