"""Job options: --dlm, --job-name and --job-card (esmgen/jcl.py), through the CLI."""

import os
import re

import pytest

from conftest import run_cli
from esmgen.renderer import jcl

FAKE_KEY = "0123456789ABCDEF"      # conftest's test value for ZOSMF_PTKT_KEY, never a real key


def render_err(tmp_path, *args):
    """Render must refuse: exit 2, no traceback, nothing written; returns stderr."""
    out = tmp_path / "deck.jcl"
    result = run_cli("render", "--esm", "racf", "--component", "zowe-core", "--out", str(out), *args)
    assert result.code == 2, (result.code, result.out, result.err)
    assert "Traceback" not in result.err
    assert not out.exists()
    return result.err


def card_err(tmp_path, text):
    card = tmp_path / "card.jcl"
    card.write_text(text)
    return render_err(tmp_path, "--job-card", str(card))


def card_ok(tmp_path, text):
    card = tmp_path / "card.jcl"
    card.write_text(text)
    result = run_cli("render", "--esm", "racf", "--component", "zowe-core", "--job-card", str(card))
    assert result.code == 0, result.err
    return result.out


# -- --dlm -------------------------------------------------------------------------

@pytest.mark.parametrize("dlm,operand", [
    ("$$", "$$"), ("@#", "@#"), ("A9", "A9"),
    ("A+", "'A+'"), ("&7", "'&&7'"), ("B'", "'B'''"), ("''", "''''''"), ("..", "'..'"),
])
def test_dlm_with_special_characters_is_written_in_apostrophes(dlm, operand):
    result = run_cli("render", "--esm", "racf", "--component", "zowe-core", "--dlm", dlm)
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert f"//SYSTSIN  DD DATA,DLM={operand}" in lines
    assert lines[-1] == dlm                   # the delimiter record itself is never quoted


@pytest.mark.parametrize("dlm", ["$", "$$$", "//", "/*", "ab", " A", "A ", "!!", "%%", "\t#", "$\n"])
def test_dlm_outside_the_jcl_character_set_is_refused(tmp_path, dlm):
    assert "--dlm: " in render_err(tmp_path, "--dlm", dlm)


def test_dlm_operand():
    assert [jcl.dlm_operand(d) for d in ("$$", "A+", "&7", "B'")] == ["$$", "'A+'", "'&&7'", "'B'''"]


def test_dlm_error_names_the_record_never_its_text(tmp_path):
    """A record starting with the delimiter is refused by number; it may hold a PassTicket key."""
    out = tmp_path / "deck.jcl"
    result = run_cli("render", "--esm", "racf", "--component", "passtickets", "--dlm", "RA", "--out", str(out))
    assert result.code == 2 and not out.exists() and "Traceback" not in result.err
    assert re.search(r"^SYSTSIN record \d+: .*starts with the delimiter 'RA'", result.err, re.M), result.err
    assert FAKE_KEY not in result.err and "KEYMASKED" not in result.err and "RALTER" not in result.err


@pytest.mark.parametrize("esm,dlm,secret_word", [("acf2", "IN", "SSKEY"), ("tss", "TS", "SESSKEY")])
def test_dlm_error_hides_acf2_and_tss_keys(tmp_path, esm, dlm, secret_word):
    out = tmp_path / "deck.jcl"
    result = run_cli("render", "--esm", esm, "--component", "passtickets", "--dlm", dlm, "--out", str(out))
    assert result.code == 2 and "record" in result.err
    assert FAKE_KEY not in result.err and secret_word not in result.err


def test_instream_error_does_not_show_a_record():
    records = ["PROFILE MSGID", "RDEFINE PTKTDATA X SSIGNON(KEYMASKED(0123456789ABCDEF))",
               "  PASSWORD('S3CRET') PKCSPASS('S3CRET')"]
    for dlm, number in (("RD", 2), ("  ", 3)):
        with pytest.raises(jcl.SpecError) as caught:
            jcl._instream("TSS", records, dlm)
        text = str(caught.value)
        assert text.startswith(f"TSS record {number}: ")
        assert FAKE_KEY not in text and "S3CRET" not in text


# -- --job-name --------------------------------------------------------------------

@pytest.mark.parametrize("name,why", [
    ("ESMGEN\n", "not a valid job name"), ("ESMGEN\r", "not a valid job name"),
    ("esmgen", "JCL must be upper case"), ("Esm1", "JCL must be upper case"),
    ("9BAD", "not a valid job name"), ("TOOLONGNM", "not a valid job name"), ("", "not a valid job name"),
])
def test_bad_job_names(tmp_path, name, why):
    err = render_err(tmp_path, "--job-name", name)
    assert err.startswith("--job-name: ") and why in err


def test_good_job_name_is_used():
    result = run_cli("render", "--esm", "racf", "--job-name", "#ZWE@1", "--component", "zowe-core")
    assert result.code == 0 and result.out.startswith("//#ZWE@1   JOB ")


# -- --job-card --------------------------------------------------------------------

JOB = "//MYJOB JOB (1),'SECURITY',CLASS=A,\n//   MSGCLASS=X\n"


@pytest.mark.parametrize("extra", [
    "//* a JCL comment, any case\n",
    "/*JOBPARM SYSAFF=SY01\n", "/*ROUTE PRINT N1\n", "/*XEQ N2\n", "/*NOTIFY ZWEADMIN\n",
    "/*OUTPUT OUT1 COPIES=2\n", "/*SETUP VOL001\n", "/*MESSAGE SECURITY SETUP\n",
    "//*MAIN CLASS=BATCH\n", "//*FORMAT PR,DDNAME=SYSTSPRT,COPIES=2\n", "//*NET ID=ZWENET\n",
    "//*ROUTE XEQ N2\n", "//*NETACCT PNAME=ME\n", "//*OPERATOR SECURITY JOB\n",
    "//*PROCESS CI\n//*ENDPROCESS\n", "//*MAIN CLASS=BATCH,\n//*LINES=(5,W)\n",
])
def test_job_card_accepts_job_related_statements(tmp_path, extra):
    out = card_ok(tmp_path, JOB + extra)
    assert out.startswith(JOB + extra)


def test_job_card_accepts_priority_right_before_job_and_comments_between_continuations(tmp_path):
    text = "/*PRIORITY 5\n//MYJOB JOB (1),'SECURITY',\n//* the class\n//   CLASS=A\n"
    assert card_ok(tmp_path, text).startswith(text)


def test_job_card_accepts_an_apostrophe_value_continued_in_column_16(tmp_path):
    first = "//MYJOB JOB (1),'" + "N" * 54
    assert len(first) == 71
    text = f"{first}\n//             AME',CLASS=A\n"
    assert card_ok(tmp_path, text).startswith(text)


def test_job_card_windows_line_ends_and_trailing_blank_lines(tmp_path):
    card = tmp_path / "card.jcl"
    card.write_bytes(b"//MYJOB JOB (1),CLASS=A,\r\n//   MSGCLASS=X\r\n\r\n\n")
    result = run_cli("render", "--esm", "racf", "--component", "zowe-core", "--job-card", str(card))
    assert result.code == 0 and result.out.startswith("//MYJOB JOB (1),CLASS=A,\n//   MSGCLASS=X\n//*")


@pytest.mark.parametrize("statement,why", [
    ("//STEP1 EXEC PGM=IEFBR14", "EXEC statement"),
    ("//DD1 DD DATA", "DD statement"),
    ("//SYSTSIN DD *", "DD statement"),
    ("// INCLUDE MEMBER=EVIL", "INCLUDE statement"),
    ("//P PROC", "PROC statement"),
    ("//LIBS JCLLIB ORDER=MY.PROCLIB", "JCLLIB statement"),
    ("// SET PRODUCT=TSS", "SET statement"),
    ("//OUT1 OUTPUT CLASS=A", "OUTPUT statement"),
    ("// EXPORT SYMLIST=*", "EXPORT statement"),
    ("//JOB2 JOB (2)", "a second JOB statement"),
    ("//", "null statement"),
    ("/*", "delimiter statement"),
    ("/*$VS,'$P'", "JES2 command statement"),
    ("/*XMIT N2", "/*XMIT is not accepted"),
    ("/*SIGNON REMOTE5", "/*SIGNON is not accepted"),
    ("//**VARY,OFFLINE", "JES3 command"),
    ("//*DATASET DDNAME=SYSTSIN", "//*DATASET starts in-stream data"),
    ("//   CLASS=B", "does not end its operands with a comma"),
    ("PROFILE MSGID", "not a JCL statement"),
    ("/*PRIORITY 4", "/*PRIORITY must come right before the JOB statement"),
])
def test_job_card_refuses_everything_else_with_its_line(tmp_path, statement, why):
    err = card_err(tmp_path, JOB + "/*JOBPARM SYSAFF=SY01\n" + statement + "\n")
    assert re.search(r"card\.jcl:4:1: .*" + re.escape(why), err), err


def test_job_card_refuses_records_before_the_job_statement(tmp_path):
    err = card_err(tmp_path, "//* first\n/*JOBPARM SYSAFF=SY01\n" + JOB)
    assert re.search(r"card\.jcl:1:1: the first record must be the JOB statement", err), err
    assert re.search(r"card\.jcl:2:1: JES2 /\*JOBPARM must come after the JOB statement", err), err


def test_dangling_continuation(tmp_path):
    err = card_err(tmp_path, "//MYJOB JOB (1),'SECURITY',CLASS=A,\n")
    assert re.search(r"card\.jcl:1:1: the JOB statement is continued .* no continuation record", err), err
    err = card_err(tmp_path, "//MYJOB JOB (1),CLASS=A,  comment\n/*JOBPARM SYSAFF=SY01\n")
    assert re.search(r"card\.jcl:1:1: the JOB statement is continued", err), err
    assert re.search(r"card\.jcl:2:1: JES2 /\*JOBPARM between continued JOB statement records", err), err


def test_continuation_columns(tmp_path):
    err = card_err(tmp_path, "//MYJOB JOB (1),\n//                 CLASS=A\n")
    assert re.search(r"card\.jcl:2:1: continued operands resume in columns 4-16", err), err
    err = card_err(tmp_path, "//MYJOB JOB (1),'UNCLOSED\n")
    assert re.search(r"card\.jcl:1:1: unbalanced apostrophe", err), err


@pytest.mark.parametrize("text,line", [
    ("//myjob JOB (1)\n", 1),
    ("//MYJOB job (1)\n", 1),
    ("//MYJOB JOB (1),class=a\n", 1),
    ("//MYJOB JOB (1),\n//   msgclass=x\n", 2),
    ("//MYJOB JOB (1)\n/*jobparm SYSAFF=SY01\n", 2),
    ("//MYJOB JOB (1)\n//*MAIN class=batch\n", 2),
])
def test_lower_case_jcl(tmp_path, text, line):
    err = card_err(tmp_path, text)
    assert re.search(rf"card\.jcl:{line}:1: JCL must be upper case", err), err


def test_lower_case_inside_apostrophes_and_comments_is_kept(tmp_path):
    text = "//MYJOB JOB (1),'Security Admin',CLASS=A  a comment\n//* lower case comment\n"
    assert card_ok(tmp_path, text).startswith(text)


def test_blank_record_inside_the_card_is_named(tmp_path):
    err = card_err(tmp_path, "//MYJOB JOB (1),\n\n//   CLASS=A\n")
    assert re.search(r"card\.jcl:2:1: blank record", err), err


def test_check_job_card_directly():
    assert jcl.check_job_card(["//MYJOB JOB (1)", "/*ROUTE PRINT N1"], "c") == []
    problems = jcl.check_job_card(["//MYJOB JOB (1)", "//S EXEC PGM=X"], "c")
    assert [p.where for p in problems] == ["c:2:1"]


def test_every_regex_in_jcl_is_matched_whole():
    source = open(os.path.join(os.path.dirname(jcl.__file__), "jcl.py")).read()
    assert ".match(" not in source and "re.search(" not in source


@pytest.mark.parametrize("dlm", ["$$", "&7", "B'"])
def test_the_test_helper_reads_a_quoted_dlm(dlm):
    from tso import in_stream
    result = run_cli("render", "--esm", "racf", "--component", "zowe-core", "--dlm", dlm)
    records = in_stream(result.out)
    assert records[0].startswith("/*") and records[-1] != dlm and len(records) > 10
