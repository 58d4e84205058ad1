"""dry-run reads what JES would run: symbols in order, comments, every TSO step, DLM forms."""

import json
import re

import pytest

from conftest import run_cli
from esmgen.simulator import engine, reader
from esmgen.simulator.state import State
from esmgen.errors import EsmgenError, SpecError


def job(*lines):
    return "\n".join(lines) + "\n"


def commands(text):
    return [c.text for c in reader.read_deck(text).commands]


def render_to(tmp_path, *args, name="deck.jcl"):
    path = tmp_path / name
    result = run_cli("render", "--out", str(path), *args)
    assert result.code == 0, result.err
    return path


THREE = [
    "//TSS      DD DATA,DLM=$$", "TSS CREATE(FROMTSS) TYPE(GROUP) NAME('X')", "$$",
    "//RACF     DD DATA,DLM=$$", "ADDGROUP FROMRACF", "$$",
    "//ACF2     DD DATA,DLM=$$", "ACF", "SET LID", "INSERT FROMACF2", "END", "$$",
]


# -- comments are not statements ---------------------------------------------------

def test_a_comment_card_never_sets_a_symbol():
    text = job("//J JOB 1", "//         SET PRODUCT=RACF", "//* SET PRODUCT=TSS",
               "//*SET PRODUCT=TSS", "//RUN EXEC PGM=IKJEFT01", "//SYSTSIN DD DDNAME=&PRODUCT", *THREE)
    deck = reader.read_deck(text)
    assert deck.ddname == "RACF" and deck.product == "RACF"
    assert commands(text) == ["ADDGROUP FROMRACF"]


def test_the_decoy_comment_in_a_rendered_job(tmp_path):
    deck = render_to(tmp_path, "--esm", "all", "--component", "zowe-core")
    lines = deck.read_text().splitlines()
    at = lines.index("//         SET PRODUCT=RACF")
    lines.insert(at + 1, "//* SET PRODUCT=TSS")
    deck.write_text("\n".join(lines) + "\n")
    racf = run_cli("dry-run", str(deck), "--esm", "racf", "--format", "json")
    assert racf.code == 0, racf.out + racf.err
    ran = [r["command"] for r in json.loads(racf.out)["results"]]
    assert "ADDGROUP ZWEADMIN OMVS(AUTOGID) DATA('ZOWE ADMINISTRATORS')" in ran
    assert not any(c.startswith("TSS ") for c in ran)
    saved = tmp_path / "state.json"
    tss = run_cli("dry-run", str(deck), "--esm", "tss", "--save-state", str(saved))
    assert tss.code == 2 and "Traceback" not in tss.err and tss.out == ""
    assert (f"the job runs the RACF stream (SET PRODUCT=RACF at line {at + 1});"
            " dry-run --esm tss would simulate a different stream") in tss.err
    assert not saved.exists()


def test_a_set_inside_instream_data_is_data():
    text = job("//J JOB 1", "// SET PRODUCT=RACF", "//RUN EXEC PGM=IKJEFT01", "//SYSTSIN DD DDNAME=&PRODUCT",
               "//TSS DD DATA,DLM=$$", "// SET PRODUCT=TSS", "$$",
               "//RACF DD DATA,DLM=$$", "ADDGROUP FROMRACF", "$$")
    assert commands(text) == ["ADDGROUP FROMRACF"]


# -- SET order and substitution ----------------------------------------------------

def test_set_statements_apply_in_order():
    text = job("//J JOB 1",
               "// SET PRODUCT=TSS",
               "// SET PRODUCT=RACF",                # overrides the first, for what follows
               "//S1 EXEC PGM=IKJEFT01", "//SYSTSIN DD DDNAME=&PRODUCT", *THREE,
               "// SET PRODUCT=ACF2",                # after S1: S2 only
               "//S2 EXEC PGM=IKJEFT01", "//SYSTSIN DD DDNAME=&PRODUCT", *THREE)
    deck = reader.read_deck(text)
    assert [(s.name, s.ddname, s.selected_by) for s in deck.steps] == [
        ("S1", "RACF", "SET PRODUCT=RACF at line 3"),
        ("S2", "ACF2", "SET PRODUCT=ACF2 at line 18")]
    assert deck.product == "RACF"


def test_a_set_after_the_only_step_changes_nothing():
    text = job("//J JOB 1", "// SET PRODUCT=RACF", "//S1 EXEC PGM=IKJEFT01",
               "//SYSTSIN DD DDNAME=&PRODUCT", *THREE, "// SET PRODUCT=TSS")
    assert commands(text) == ["ADDGROUP FROMRACF"]


@pytest.mark.parametrize("operand,ddname", [
    ("&P", "RACF"), ("&P.", "RACF"), ("&P.X", "RACFX"), ("&P..X", "RACF.X"), ("&Q&P", "RACFRACF"),
    ("&&P", "&P"), ("&UNSET", "&UNSET"), ("&PLONGNAME", "&PLONGNAME"),
])
def test_symbol_substitution(operand, ddname):
    symbols = {"P": ("RACF", 2), "Q": ("RACF", 3)}
    assert reader.substitute(operand, symbols) == ddname


def test_quoted_set_values_and_no_substitution_inside_apostrophes():
    symbols = {"A": ("X", 1)}
    assert reader.substitute("DSN=&A..B,X='&A'", symbols) == "DSN=X.B,X='&A'"
    text = job("//J JOB 1", "// SET A='RA',B=CF,C='O''DAY'", "// SET P=&A.&B",
               "//S EXEC PGM=IKJEFT01", "//SYSTSIN DD DDNAME=&P", *THREE)
    deck = reader.read_deck(text)
    assert deck.ddname == "RACF" and deck.steps[0].selected_by == "SET P=RACF at line 3"


def test_set_continued_on_the_next_record():
    text = job("//J JOB 1", "//   SET X=TSS,", "//* between", "//   PRODUCT=RACF",
               "//S EXEC PGM=IKJEFT01", "//SYSTSIN DD DDNAME=&PRODUCT", *THREE)
    assert commands(text) == ["ADDGROUP FROMRACF"]


# -- steps -------------------------------------------------------------------------

def test_every_tso_step_runs_in_order():
    text = job("//J JOB 1",
               "//S1 EXEC PGM=IKJEFT01", "//SYSTSPRT DD SYSOUT=*", "//SYSTSIN DD *", "ADDGROUP GRP1", "/*",
               "//S2 EXEC PGM=IEFBR14", "//SYSIN DD *", "ADDGROUP NOTTSO", "/*",
               "//S3 EXEC PGM=IKJEFT1B", "//SYSTSIN DD DATA,DLM=@@", "ADDUSER USER1 DFLTGRP(GRP1)",
               "//NOT A STATEMENT HERE", "@@",
               "//S4 EXEC PGM=IKJEFT1A,PARM='ADDGROUP GRP2'", "//SYSTSIN DD *",
               "CONNECT USER1 GROUP(GRP2)", "")
    state = State("racf")
    results = engine.run_deck(text, "racf", state)
    assert [(r.line, r.command, r.outcome) for r in results] == [
        (5, "ADDGROUP GRP1", "ok"),
        (13, "ADDUSER USER1 DFLTGRP(GRP1)", "ok"),
        (14, "//NOT A STATEMENT HERE", "unsupported"),
        (16, "ADDGROUP GRP2", "ok"),
        (18, "CONNECT USER1 GROUP(GRP2)", "ok")]
    assert sorted(state.groups) == ["GRP1", "GRP2"]
    assert [s.program for s in reader.read_deck(text).steps] == ["IKJEFT01", "IKJEFT1B", "IKJEFT1A"]


def test_each_step_finds_systsin_in_its_own_step():
    text = job("//J JOB 1", "// SET PRODUCT=RACF",
               "//S1 EXEC PGM=IKJEFT01", "//SYSTSIN DD DDNAME=&PRODUCT", "//RACF DD *", "ADDGROUP A1", "/*",
               "//S2 EXEC PGM=IKJEFT01", "//SYSTSIN DD DDNAME=&PRODUCT", "//RACF DD *", "ADDGROUP A2", "/*")
    assert commands(text) == ["ADDGROUP A1", "ADDGROUP A2"]
    lone = job("//J JOB 1", "//S1 EXEC PGM=IKJEFT01", "//SYSTSIN DD DDNAME=RACF",
               "//S2 EXEC PGM=IEFBR14", "//RACF DD *", "ADDGROUP A1", "/*")
    with pytest.raises(SpecError, match=r"deck:3: SYSTSIN of step S1 names DDNAME=RACF"):
        reader.read_deck(lone)


def test_acf_mode_ends_with_the_step():
    text = job("//J JOB 1", "//S1 EXEC PGM=IKJEFT01", "//SYSTSIN DD *", "ACF", "SET LID",
               "//S2 EXEC PGM=IKJEFT01", "//SYSTSIN DD *", "PROFILE MSGID")
    assert [(c.text, c.acf_mode) for c in reader.read_deck(text).commands] == [
        ("ACF", False), ("SET LID", True), ("PROFILE MSGID", False)]


def test_parm_acf_starts_acf_mode_for_systsin():
    text = job("//J JOB 1", "//S1 EXEC PGM=IKJEFT01,PARM=ACF", "//SYSTSIN DD *", "SET LID", "END")
    assert [(c.text, c.acf_mode) for c in reader.read_deck(text).commands] == [
        ("ACF", False), ("SET LID", True), ("END", False)]


def test_concatenated_instream_data():
    text = job("//J JOB 1", "//S1 EXEC PGM=IKJEFT01", "//SYSTSIN DD *", "ADDGROUP A1",
               "//         DD DATA,DLM=$$", "ADDGROUP A2", "$$", "//SYSTSPRT DD SYSOUT=*")
    assert commands(text) == ["ADDGROUP A1", "ADDGROUP A2"]


def test_null_statement_ends_the_job():
    text = job("//J JOB 1", "//S1 EXEC PGM=IKJEFT01", "//SYSTSIN DD *", "ADDGROUP A1", "/*", "//",
               "//S2 EXEC PGM=IKJEFT01", "//SYSTSIN DD *", "ADDGROUP FLUSHED", "/*",
               "//K JOB 2", "//S3 EXEC PGM=IKJEFT01", "//SYSTSIN DD *", "ADDGROUP A3")
    assert commands(text) == ["ADDGROUP A1", "ADDGROUP A3"]


# -- in-stream data and its delimiter -------------------------------------------------

@pytest.mark.parametrize("operands,data,expected", [
    ("*", ["ADDGROUP A1", "/* a TSO comment would end DD *", "ADDGROUP A2"], ["ADDGROUP A1"]),
    ("*", ["ADDGROUP A1", "//X DD DUMMY", "ADDGROUP A2"], ["ADDGROUP A1"]),
    ("DATA", ["ADDGROUP A1", "//NOT JCL HERE", "/*", "ADDGROUP A2"], ["ADDGROUP A1", "//NOT JCL HERE"]),
    ("DATA,DLM=$$", ["ADDGROUP A1", "/* comment */", "$$", "ADDGROUP A2"], ["ADDGROUP A1"]),
    ("*,DLM=$$", ["ADDGROUP A1", "//X DD DUMMY", "ADDGROUP A2"], ["ADDGROUP A1"]),    # JES2: // too
    ("DATA,DLM='A+'", ["ADDGROUP A1", "A", "A+ ends", "ADDGROUP A2"], ["ADDGROUP A1", "A"]),
    ("DATA,DLM='&&7'", ["ADDGROUP A1", "&&7", "&7", "ADDGROUP A2"], ["ADDGROUP A1", "&&7"]),
    ("DATA,DLM='B'''", ["ADDGROUP A1", "B'", "ADDGROUP A2"], ["ADDGROUP A1"]),
    ("DATA,\n//             DLM=@@", ["ADDGROUP A1", "/*", "@@", "ADDGROUP A2"], ["ADDGROUP A1"]),
])
def test_instream_delimiters(operands, data, expected):
    text = job("//J JOB 1", "//S EXEC PGM=IKJEFT01", f"//SYSTSIN DD {operands}", *data)
    assert commands(text) == expected


@pytest.mark.parametrize("dlm", ["A+", "&7", "B'", "''", "..", "@#"])
def test_dry_run_reads_back_a_quoted_dlm(tmp_path, dlm):
    plain = render_to(tmp_path, "--esm", "racf", "--component", "zowe-core", name="plain.jcl")
    quoted = render_to(tmp_path, "--esm", "racf", "--component", "zowe-core", "--dlm", dlm)
    one = run_cli("dry-run", str(plain), "--esm", "racf", "--format", "json")
    two = run_cli("dry-run", str(quoted), "--esm", "racf", "--format", "json")
    assert one.code == two.code == 0
    assert json.loads(one.out)["results"] == json.loads(two.out)["results"]


def test_product_job_reads_back_with_a_quoted_dlm(tmp_path):
    deck = render_to(tmp_path, "--esm", "all", "--component", "zowe-core", "--dlm", "&7")
    assert "//RACF     DD DATA,DLM='&&7'" in deck.read_text()
    assert run_cli("dry-run", str(deck), "--esm", "racf").code == 0


# -- the stream must be the simulated ESM's ---------------------------------------------

@pytest.mark.parametrize("product,esm", [("RACF", "tss"), ("RACF", "acf2"), ("TSS", "racf"), ("ACF2", "racf")])
def test_product_mismatch_exits_2(tmp_path, product, esm):
    deck = tmp_path / "job.jcl"
    deck.write_text(job("//J JOB 1", "//*", "//         SET PRODUCT=" + product, "//RUN EXEC PGM=IKJEFT01",
                        "//SYSTSIN DD DDNAME=&PRODUCT", *THREE))
    result = run_cli("dry-run", str(deck), "--esm", esm)
    assert result.code == 2 and "Traceback" not in result.err
    assert (f"job.jcl: the job runs the {product} stream (SET PRODUCT={product} at line 3);"
            f" dry-run --esm {esm} would simulate a different stream") in result.err


def test_mismatch_by_a_literal_ddname():
    text = job("//J JOB 1", "//RUN EXEC PGM=IKJEFT01", "//SYSTSIN DD DDNAME=TSS", *THREE)
    with pytest.raises(EsmgenError, match=r"runs the TSS stream \(DDNAME=TSS at line 3\)"):
        engine.run_deck(text, "racf", State("racf"))


def test_a_rendered_product_job_with_product_changed(tmp_path):
    deck = render_to(tmp_path, "--esm", "all", "--component", "zowe-core")
    deck.write_text(deck.read_text().replace("SET PRODUCT=RACF", "SET PRODUCT=TSS"))
    tss = run_cli("dry-run", str(deck), "--esm", "tss", "--format", "json")
    assert tss.code in (0, 1) and json.loads(tss.out)["results"][1]["command"].startswith("TSS ")
    assert run_cli("dry-run", str(deck), "--esm", "racf").code == 2


# -- what dry-run cannot see is refused ---------------------------------------------------

@pytest.mark.parametrize("lines,why", [
    (["//S EXEC MYPROC"], "calls a procedure"),
    (["//S EXEC PROC=MYPROC"], "calls a procedure"),
    (["// INCLUDE MEMBER=MORE"], "INCLUDE"),
    (["//S EXEC PGM=IKJEFT01,COND=(0,NE)", "//SYSTSIN DD *", "X"], "COND= on this step"),
    (["//A EXEC PGM=IEFBR14", "// IF (A.RC = 0) THEN", "//S EXEC PGM=IKJEFT01", "//SYSTSIN DD *", "X",
      "/*", "// ENDIF"], "depends on an earlier step's result"),
    (["//A EXEC PGM=IKJEFT01", "//SYSTSIN DD *", "X", "/*", "// IF RC > 4 THEN", "//S EXEC PGM=IKJEFT01",
      "//SYSTSIN DD *", "X", "/*", "// ENDIF"], "depends on an earlier step's result"),
    (["// IF (RC = ) THEN", "//S EXEC PGM=IKJEFT01", "//SYSTSIN DD *", "X"], "IF: "),
    (["// IF (RC = 0)", "//S EXEC PGM=IKJEFT01", "//SYSTSIN DD *", "X"], "IF statement without THEN"),
    (["//S EXEC PGM=IKJEFT01,PARMDD=CMDS", "//SYSTSIN DD *", "X"], "PARMDD="),
    (["//S EXEC PGM=IKJEFT01", "//SYSTSIN DD *,SYMBOLS=EXECSYS", "ADDGROUP &SYSNAME"], "system symbol"),
    (["//S EXEC PGM=IKJEFT01", "//SYSTSIN DD *,SYMBOLS=JCLONLY", "ADDUSER &SYSUID"], "submitter's user ID"),
    (["//S EXEC PGM=IKJEFT01", "//SYSTSIN DD *,SYMBOLS=ALL", "X"], "SYMBOLS=ALL"),
    (["//S EXEC PGM=IKJEFT01", "//SYSTSIN DD DSN=MY.CMDS,DISP=SHR"], "not in-stream data"),
    (["//S EXEC PGM=IKJEFT01", "//SYSTSPRT DD SYSOUT=*"], "has no SYSTSIN DD"),
    (["//S EXEC PGM=IEFBR14"], "no step of this job runs the TSO/E terminal monitor program"),
])
def test_refused(lines, why):
    with pytest.raises(SpecError, match=re.escape(why)):
        reader.read_deck(job("//J JOB 1", *lines))


# -- conditions and symbols the reader can decide (JCL Reference, IF/THEN/ELSE/ENDIF; SYMBOLS=)

def _step(name, command):
    return [f"//{name} EXEC PGM=IKJEFT01", "//SYSTSIN DD *", command, "/*"]


def test_an_if_decided_before_any_step_runs_takes_one_branch():
    text = job("//J JOB 1", "// IF (RC = 0 & ¬ABEND) THEN", *_step("YES", "ADDGROUP THEN1"),
               "// ELSE", *_step("NO", "ADDGROUP ELSE1"), "// ENDIF",
               "// IF LATER.RC = 0 THEN", *_step("NOT", "ADDGROUP NEVER"), "// ENDIF",
               "// IF NOT LATER.RUN THEN", *_step("ALSO", "ADDGROUP ALSO"), "// ENDIF",
               *_step("LATER", "ADDGROUP LAST"))
    assert commands(text) == ["ADDGROUP THEN1", "ADDGROUP ALSO", "ADDGROUP LAST"]


def test_a_nested_if_and_a_set_in_the_branch_not_taken():
    # a SET applies where it stands, even in the branch the IF does not take
    text = job("//J JOB 1", "// IF RC GT 0 THEN", "// SET G=FROMSET", *_step("NO", "ADDGROUP X"),
               "// ELSE", "// IF (RC = 0) THEN", *_step("YES", "ADDGROUP Y"), "// ENDIF", "// ENDIF",
               "//Z EXEC PGM=IKJEFT01,PARM='ADDGROUP &G'", "//SYSTSIN DD *", "/*")
    assert commands(text) == ["ADDGROUP Y", "ADDGROUP FROMSET"]


def test_symbols_jclonly_substitutes_the_exported_symbols_in_systsin():
    text = job("//J JOB 1", "// EXPORT SYMLIST=(ADMINGRP,HLQ)", "// SET ADMINGRP=SECADM,HLQ=ZWE,OTHER=NO",
               "//S EXEC PGM=IKJEFT01", "//SYSTSIN DD *,SYMBOLS=JCLONLY",
               "ADDGROUP &ADMINGRP.", "ADDSD '&HLQ..**' UACC(NONE) &OTHER", "/*")
    assert commands(text) == ["ADDGROUP SECADM", "ADDSD 'ZWE.**' UACC(NONE) &OTHER"]


def test_a_symbol_set_before_its_export_is_not_exported():
    text = job("//J JOB 1", "// SET G=EARLY", "// EXPORT SYMLIST=*", "//S EXEC PGM=IKJEFT01",
               "//SYSTSIN DD *,SYMBOLS=(JCLONLY,LOGDD)", "ADDGROUP &G", "/*")
    assert commands(text) == ["ADDGROUP &G"]


def test_jes2_statements_after_the_job_card_are_not_commands():
    text = job("//J JOB 1", "/*JOBPARM SYSAFF=SYSA", "/*ROUTE PRINT LOCAL", *_step("S", "ADDGROUP G"))
    assert commands(text) == ["ADDGROUP G"]


def test_job_cond_is_refused():
    with pytest.raises(SpecError, match="COND= on the JOB statement"):
        reader.read_deck(job("//J JOB 1,COND=(4,LT)", "//S EXEC PGM=IKJEFT01", "//SYSTSIN DD *", "X"))


def test_an_instream_procedure_is_not_a_step():
    text = job("//J JOB 1", "//P PROC", "//PS EXEC PGM=IKJEFT01", "//SYSTSIN DD DUMMY", "// PEND",
               "//S EXEC PGM=IKJEFT01", "//SYSTSIN DD *", "ADDGROUP A1")
    assert commands(text) == ["ADDGROUP A1"]
