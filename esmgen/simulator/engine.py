"""Run a deck's commands against a simulated ESM state.

Outcomes follow the ESM: `ok`, `exists` (already defined, nothing changed),
`not-found`, `error` (syntax, missing operand or prerequisite) and
`unsupported` (a command or operand this engine does not model). As in batch
TSO, a failing command does not stop the ones after it.

A job runs the stream its steps read (esmgen.simulator.reader): when a step's
SYSTSIN is the RACF, ACF2 or TSS in-stream DD (as `DDNAME=&PRODUCT` selects
it in esmgen's three-ESM job) and that is not the ESM being simulated, the
dry-run stops with an error instead of simulating a stream the job would
not run.
"""

import importlib
import os
from typing import NamedTuple

from esmgen import esms
from esmgen.simulator.outcomes import ERROR
from esmgen.simulator.reader import read_deck
from esmgen.simulator.state import State
from esmgen.simulator.syntax import SyntaxProblem
from esmgen.errors import EsmgenError
from esmgen.gcpause import paused_gc
from esmgen.redact import redact
from esmgen.verdicts import EXPECTED, passing

# Each ESM's simulator package (esmgen.simulator.EsmSimulator), from the registry.
EXECUTOR_MODULES = {esm.name: importlib.import_module(esm.simulator) for esm in esms.REGISTRY}
EXECUTORS = {esm: module.Executor for esm, module in EXECUTOR_MODULES.items()}


class Result(NamedTuple):
    line: int
    command: str
    outcome: str
    message: str


def run_deck(text, esm, state, label="deck"):
    """Apply a deck to state (changed in place); one Result per command."""
    with paused_gc():
        return _run_deck(text, esm, state, label)


def _run_deck(text, esm, state, label):
    deck = read_deck(text, label)
    check_stream(deck, esm, label)
    executor = EXECUTORS[esm](state)
    results = []
    add, run = results.append, executor.run
    try:
        for command in deck.commands:
            try:
                outcome, message = run(command)
            except SyntaxProblem as exc:
                outcome, message = ERROR, f"syntax error: {exc}"
            if command.planned and outcome in command.planned:
                outcome, message = EXPECTED, f"{outcome}, as the deck plans: {message}"
            # what is shown of a command never carries a key or password
            add(Result(command.line, redact(command.text), outcome, redact(message)))
    finally:
        executor.finish()
    return results


STREAM_DDS = {esm.product: esm.name for esm in esms.REGISTRY}     # the three-ESM job's DDs


def check_stream(deck, esm, label="deck"):
    """Refuse a job whose steps read another ESM's stream (module docstring)."""
    for step in deck.steps:
        runs = STREAM_DDS.get(step.ddname)
        if runs and runs != esm:
            how = f" ({step.selected_by})" if step.selected_by else ""
            raise EsmgenError(f"{label}: the job runs the {step.ddname} stream{how};"
                              f" dry-run --esm {esm} would simulate a different stream")


BASELINES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "baselines")


def baseline_state(esm, name="empty"):
    """A fresh state: empty, or a typical z/OS system (baselines/<esm>.tso run on an empty one)."""
    state = State(esm)
    if name == "zos":
        with open(os.path.join(BASELINES, f"{esm}.tso"), encoding="ascii") as handle:
            results = run_deck(handle.read(), esm, state, label=f"baseline {esm}")
        assert succeeded(results), [r for r in results if not passing(r.outcome)]
    return state


def succeeded(results):
    """Every command ok, or ended as its deck planned (esmgen.verdicts)."""
    return all(passing(r.outcome) for r in results)


def state_facts(state):
    """The facts of a state (vocabulary: esmgen.facts)."""
    return EXECUTOR_MODULES[state.esm].facts(state)


def summary(results):
    counts = {}
    for result in results:
        counts[result.outcome] = counts.get(result.outcome, 0) + 1
    return counts
