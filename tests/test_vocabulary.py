"""One vocabulary of outcomes and message ids for the simulator and check-output.

Every message id the simulator prints with an outcome must be judged the
same way by check-output's tables (esmgen/listing/messages), for the same
command: a listing of a real run and a dry-run of the same deck then say
the same thing. The commands come from the vendor corpus and from esmgen's
own decks applied twice and undone twice (so exists and not-found appear).
"""

import re

import pytest

from esmgen import esms
from esmgen.listing import check
from esmgen.simulator import engine
from esmgen.verdicts import EXPECTED, UNSUPPORTED
from tests.dryrun_support import deck, start_state
from tests.test_vendor_corpus import CORPUS, wrap

ID = re.compile(r"\b(ICH\d{3,5}[A-Z]|IRR[A-Z]?\d{3,5}[A-Z]|IKJ\d{5}[A-Z]|ACF[0-9A-Z]{2}\d{3}[A-Z]?"
                r"|TSS\d{4}[A-Z])\b")
PLANNED = re.compile(r"^([a-z-]+), as the deck plans: ")

# Where the ESM prints one message for two outcomes, check-output cannot tell
# them apart and takes the worse; the simulator knows which one happened.
AMBIGUOUS = {
    # RACF answers DELGROUP with IKJ56702I INVALID GROUP both for a group that
    # is not there and for one still in use (esmgen/listing/messages/racf.yaml)
    ("racf", "IKJ56702I", "DELGROUP"): ("not-found", "error"),
}


def messages_of(text):
    """The message lines a listing would show for a simulator message: one per id.

    A message the simulator marks as assumed (no vendor source gives it) is
    not vocabulary: check-output rightly reports such ids as unknown.
    """
    starts = [m.start() for m in ID.finditer(text)]
    lines = [text[a:b].strip(" ;") for a, b in zip(starts, starts[1:] + [len(text)])]
    return [line for line in lines if "assumed" not in line]


def emitted(esm):
    """(command, outcome, message) of every result that names a message id."""
    found = []

    def take(results):
        for result in results:
            outcome, message = result.outcome, result.message
            if outcome == EXPECTED:
                outcome, message = PLANNED.match(message).group(1), PLANNED.sub("", message)
            if outcome != UNSUPPORTED and messages_of(message):
                found.append((result.command, outcome, message))

    for corpus_esm, entry in CORPUS:
        if corpus_esm == esm:
            state = engine.baseline_state(esm)
            for part in (entry.get("given"), entry["deck"]):
                if part:
                    take(engine.run_deck(wrap(esm, part), esm, state))
    decks = {kind: deck(esm, kind, "tso", "--component", "all") for kind in ("setup", "verify", "undo")}
    state = start_state(esm, system=True)
    for kind in ("verify", "setup", "setup", "verify", "undo", "undo", "verify"):
        take(engine.run_deck(decks[kind], esm, state))
    return found


@pytest.mark.parametrize("esm", esms.NAMES)
def test_check_output_judges_every_simulator_message_as_the_simulator_does(esm):
    table = check.load_table(esm)
    found = emitted(esm)
    assert len({ID.search(message).group(1) for _, _, message in found}) >= 3
    disagree = set()
    for command, outcome, message in found:
        judged = check.classify(command, messages_of(message), table)
        verb = check.verb_of(command, table)
        if judged != outcome and AMBIGUOUS.get((esm, ID.search(message).group(1), verb)) != (outcome, judged):
            disagree.add((verb, outcome, judged, message))
    assert sorted(disagree) == []
