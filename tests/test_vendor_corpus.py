"""Every example of the vendor corpus (tests/vendor/*.yaml) through the dry-run engine.

Each entry holds commands from IBM's or Broadcom's documentation (or a public
sample job where the vendor gives none) and the outcome the source states; the
engine must give that outcome, the message id the source names, and the state
the source describes. The expectations come from the sources, never from the
engine's output: tests/vendor/README.md.
"""

import os
import re

import pytest
import yaml

from esmgen.simulator import engine
from esmgen.simulator.state import State
from esmgen import esms

VENDOR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "vendor")
ESMS = esms.NAMES
OUTCOMES = {"ok", "exists", "not-found", "error", "unsupported"}
KEYS = {"name", "source", "example", "given", "deck", "outcomes", "messages", "facts", "absent", "says",
        "xfail"}
EXAMPLES = {"literal", "adapted", "syntax"}


def load(esm):
    with open(os.path.join(VENDOR, f"{esm}.yaml"), encoding="utf-8") as handle:
        return yaml.safe_load(handle)


CORPUS = [(esm, entry) for esm in ESMS for entry in load(esm)]


def wrap(esm, text):
    """ACF2 subcommands run inside ACF mode: the corpus holds them bare."""
    return f"ACF\n{text.rstrip()}\nEND\n" if esm == "acf2" else text


def unwrap(esm, results):
    if esm != "acf2":
        return results
    assert [r.outcome for r in (results[0], results[-1])] == ["ok", "ok"], results
    return results[1:-1]


def run(esm, text, state):
    return unwrap(esm, engine.run_deck(wrap(esm, text), esm, state))


def has_message(message, wanted):
    """The id (or text) the source states, as a whole word of the result's message."""
    return re.search(r"(?<![\w])" + re.escape(wanted) + r"(?![\w])", message) is not None


@pytest.mark.parametrize(("esm", "entry"), CORPUS, ids=[f"{esm}-{entry['name']}" for esm, entry in CORPUS])
def test_vendor_example(esm, entry):
    state = State(esm)
    if entry.get("given"):
        given = run(esm, entry["given"], state)
        assert [r.outcome for r in given] == ["ok"] * len(given), given
    results = run(esm, entry["deck"], state)
    got = [r.outcome for r in results]
    messages = entry.get("messages") or [None] * len(entry["outcomes"])
    found = engine.state_facts(state)
    problems = []
    if got != entry["outcomes"]:
        problems.append(f"outcomes {got} != {entry['outcomes']}")
    else:
        problems += [f"command {n + 1}: {wanted!r} not in {r.message!r}"
                     for n, (r, wanted) in enumerate(zip(results, messages)) if wanted and not has_message(r.message, wanted)]
    problems += [f"missing fact {f!r}" for f in entry.get("facts", []) if f not in found]
    problems += [f"fact {f!r} should be gone" for f in entry.get("absent", []) if f in found]
    if entry.get("xfail"):
        if problems:
            pytest.xfail(entry["xfail"])
        pytest.fail(f"XPASS (strict): the engine now gives what the source states; drop the xfail: {entry['xfail']}")
    assert not problems, "\n".join(problems + [f"{r.command} -> {r.outcome}: {r.message}" for r in results])


@pytest.mark.parametrize("esm", ESMS)
def test_corpus_entries_are_well_formed(esm):
    names = set()
    for entry in load(esm):
        assert set(entry) <= KEYS, entry["name"]
        assert entry["name"] not in names, entry["name"]
        names.add(entry["name"])
        assert entry["source"].strip() and "http" in entry["source"], entry["name"]
        assert entry["example"] in EXAMPLES, entry["name"]
        assert entry["says"].strip(), entry["name"]
        assert set(entry["outcomes"]) <= OUTCOMES, entry["name"]
        # SYSTSIN records are read in columns 1-72: longer lines are continued
        for text in (entry.get("given") or "", entry["deck"]):
            assert all(len(line) <= 72 for line in text.splitlines()), entry["name"]
        # one outcome per command of the deck, and one message slot per outcome
        commands = engine.read_deck(wrap(esm, entry["deck"]), entry["name"]).commands
        if esm == "acf2":
            commands = commands[1:-1]
        assert len(commands) == len(entry["outcomes"]), entry["name"]
        if "messages" in entry:
            assert len(entry["messages"]) == len(entry["outcomes"]), entry["name"]


def test_readme_counts_are_current():
    with open(os.path.join(VENDOR, "README.md"), encoding="utf-8") as handle:
        readme = handle.read()
    for esm in ESMS:
        entries = load(esm)
        row = re.search(rf"^\| `{esm}.yaml` \| [^|]+ \| (\d+) \| (\d+) \|$", readme, re.M)
        assert row, esm
        assert (int(row[1]), int(row[2])) == (len(entries), sum(len(e["outcomes"]) for e in entries)), esm
