"""esmgen plan: from a given state, only the commands still needed, each of them ok.

Proved with the simulator for every ESM: the plan from a state that already
holds the spec is empty; from a half-done or perturbed state it reaches
exactly what the full deck reaches, with every command ok (no exists, no
not-found, no planned failure); an undo plan removes what setup made and
nothing else.
"""

import json

import pytest

from conftest import run_cli
from esmgen import esms
from esmgen.simulator import engine, plan as planner
from esmgen.verdicts import MARKER
from tests.dryrun_support import deck, facts, required, run, start_state
from tests.test_dryrun_properties import PERTURB

ALL = ("--component", "all")


def plan_text(esm, state, tmp_path, kind="setup"):
    saved = tmp_path / "state.json"
    saved.write_text(state.to_json())
    result = run_cli("plan", "--esm", esm, "--state", str(saved), "--kind", kind, "--format", "tso", *ALL)
    assert result.code == 0, result.err
    return result.out


def apply(text, esm, state):
    results = run(text, esm, state)
    assert [(r.command, r.outcome) for r in results if r.outcome != "ok"] == []
    return results


@pytest.mark.parametrize("esm", esms.NAMES)
def test_nothing_to_do_where_the_spec_is_in_place(esm, tmp_path):
    state = start_state(esm, system=True)
    run(deck(esm, "setup", "tso", *ALL), esm, state)
    text = plan_text(esm, state, tmp_path)
    assert "nothing to do" in text
    assert [c.text for c in engine.read_deck(text).commands] == []


@pytest.mark.parametrize("esm", esms.NAMES)
def test_a_half_done_setup_gets_only_the_rest(esm, tmp_path):
    state = start_state(esm, system=True)
    before = facts(state)
    full = deck(esm, "setup", "tso", *ALL)
    records = full.splitlines()
    run("\n".join(records[:len(records) // 2]) + "\n", esm, state)     # the job stopped half way
    text = plan_text(esm, state, tmp_path)
    assert MARKER not in text                                    # no planned failure is left
    ran = apply(text, esm, state)
    assert 0 < len(ran) < len(engine.read_deck(full).commands)
    assert facts(state) == before | required(esm, "all")


@pytest.mark.parametrize("esm", esms.NAMES)
def test_objects_with_other_attributes_are_converged(esm, tmp_path):
    state = start_state(esm, system=True)
    before = facts(state)
    run(PERTURB[esm], esm, state)
    apply(plan_text(esm, state, tmp_path), esm, state)
    assert facts(state) == before | required(esm, "all")


@pytest.mark.parametrize("esm", esms.NAMES)
def test_undo_from_a_state_removes_what_the_undo_deck_removes(esm, tmp_path):
    state = start_state(esm, system=True)
    run(deck(esm, "setup", "tso", *ALL), esm, state)
    by_deck = state.copy()
    run(deck(esm, "undo", "tso", *ALL), esm, by_deck)
    apply(plan_text(esm, state, tmp_path, kind="undo"), esm, state)
    assert facts(state) == facts(by_deck)


def test_the_plan_job_ends_at_the_first_failure(tmp_path):
    state = start_state("racf", system=True)
    saved = tmp_path / "state.json"
    saved.write_text(state.to_json())
    result = run_cli("plan", "--esm", "racf", "--state", str(saved), *ALL)
    assert result.code == 0, result.err
    assert "//RUN      EXEC PGM=IKJEFT1A,REGION=0M" in result.out
    applied = engine.run_deck(result.out, "racf", state)
    assert [r.outcome for r in applied if r.outcome != "ok"] == []


def test_a_state_the_deck_cannot_fix_is_reported(tmp_path):
    # a user id taken by a group: RACF refuses the ADDUSER, so no plan exists
    state = start_state("racf", system=True)
    run("ADDGROUP ZWESVUSR\n", "racf", state)
    saved = tmp_path / "state.json"
    saved.write_text(state.to_json())
    result = run_cli("plan", "--esm", "racf", "--state", str(saved), "--format", "tso", *ALL)
    assert result.code == 1 and "no plan written" in result.err and result.out == ""


@pytest.mark.parametrize("args,why", [
    (("--state", "missing.json"), "missing.json"),
    (("--state", "{state}", "--esm", "tss"), "the state is for racf, not tss"),
    (("--state", "{state}", "--unload", "{state}"), "give one of --state FILE, --unload FILE or --listing FILE"),
    (("--unload", "{state}", "--esm", "acf2"), "--unload reads a RACF database unload"),
    (("--unload", "{state}",), "not a RACF database unload"),
])
def test_bad_input(tmp_path, args, why):
    saved = tmp_path / "state.json"
    saved.write_text(start_state("racf").to_json())
    args = [a.format(state=saved) for a in args]
    esm = [] if "--esm" in args else ["--esm", "racf"]
    result = run_cli("plan", *esm, *args)
    assert result.code == 2 and why in result.err and "Traceback" not in result.err


def test_a_plan_from_an_unload_succeeds_on_the_unload(tmp_path):
    from tests.test_unload import HANDMADE
    unload = tmp_path / "unload.txt"
    unload.write_text("\n".join(HANDMADE) + "\n")
    planned = tmp_path / "plan.tso"
    result = run_cli("plan", "--esm", "racf", "--unload", str(unload), "--format", "tso", "--out", str(planned))
    assert result.code == 0, result.err
    dry = run_cli("dry-run", str(planned), "--esm", "racf", "--unload", str(unload), "--format", "json")
    assert dry.code == 0, dry.out
    assert {r["outcome"] for r in json.loads(dry.out)["results"]} == {"ok"}


def test_the_planner_keeps_nothing_on_an_empty_deck():
    state = start_state("racf")
    found = planner.plan("", "racf", state)
    assert found.kept == [] and found.problems == []
