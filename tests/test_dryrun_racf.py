"""RACF in the dry-run engine, including regressions from real sample-job defects."""

from dryrun_support import run
from esmgen.dryrun.state import State


def outcomes(results):
    return [r.outcome for r in results]


def test_broken_continuation_fails_and_grants_nothing():
    # The public ZWEIRAC member had '0' where the '-' continuation belonged, so
    # the PERMIT lost its ID and the next record became a command of its own.
    state = State("racf")
    run("ADDUSER ZWESVUSR\nRDEFINE FACILITY BPX.DAEMON UACC(NONE)\n", "racf", state)
    results = run("PERMIT BPX.DAEMON CLASS(FACILITY) ACCESS(UPDATE) 0\n  ID(ZWESVUSR)\n", "racf", state)
    assert outcomes(results) == ["error", "unsupported"]
    assert state.profiles["FACILITY BPX.DAEMON"]["acl"] == {}


def test_correct_continuation_grants():
    state = State("racf")
    run("ADDUSER ZWESVUSR\nRDEFINE FACILITY BPX.DAEMON UACC(NONE)\n", "racf", state)
    results = run("PERMIT BPX.DAEMON CLASS(FACILITY) ACCESS(UPDATE) -\n  ID(ZWESVUSR)\n", "racf", state)
    assert outcomes(results) == ["ok"]
    assert state.profiles["FACILITY BPX.DAEMON"]["acl"] == {"ZWESVUSR": "UPDATE"}


def test_unbalanced_parenthesis_fails_that_command_only():
    state = State("racf")
    results = run("ADDGROUP GRP1 DATA('x'\nADDGROUP GRP2\n", "racf", state)
    assert outcomes(results) == ["error", "ok"]
    assert list(state.groups) == ["GRP2"]


def test_unknown_command_and_operand_are_reported_and_later_commands_run():
    state = State("racf")
    results = run("RVARY LIST\nADDGROUP GRP1 TERMUACC\nADDGROUP GRP2\n", "racf", state)
    assert outcomes(results) == ["unsupported", "unsupported", "ok"]
    assert list(state.groups) == ["GRP2"]


def test_columns_beyond_72_are_ignored():
    state = State("racf")
    run("ADDGROUP GRP1" + " " * 60 + "SEQ00001\n", "racf", state)
    assert list(state.groups) == ["GRP1"]


def test_plus_continuation_drops_leading_blanks():
    state = State("racf")
    run("ADDGROUP GRP1 DATA('ab+\n      cd')\n", "racf", state)
    assert state.groups["GRP1"]["data"] == "abcd"


def test_messages_for_documented_cases():
    state = State("racf")
    results = run("DELUSER NOBODY\nRDELETE FACILITY NONE.SUCH\nADDSD 'NOHLQ.DATA'\n", "racf", state)
    assert [r.message.split()[0] for r in results] == ["IKJ56702I", "ICH12102I", "ICH09006I"]
    assert outcomes(results) == ["not-found", "not-found", "error"]


def test_job_reads_the_dd_that_set_product_selects():
    # (the stream a job runs must be the simulated ESM's: tests/test_dryrun_jobs.py)
    job = "\n".join([
        "//J JOB 1", "//         SET PRODUCT=RACF", "//RUN EXEC PGM=IKJEFT01",
        "//SYSTSIN  DD DDNAME=&PRODUCT",
        "//TSS      DD DATA,DLM=$$", "ADDGROUP FROMTSS", "$$",
        "//RACF     DD DATA,DLM=$$", "ADDGROUP FROMRACF", "$$", ""])
    state = State("racf")
    run(job, "racf", state)
    assert list(state.groups) == ["FROMRACF"]


def test_engine_does_not_load_the_renderer():
    import subprocess
    import sys
    probe = ("import sys, esmgen.dryrun.engine;"
             "print(sorted(m for m in sys.modules if m.startswith(('esmgen.render', 'jinja2'))))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
