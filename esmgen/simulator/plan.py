"""Which of a deck's commands a given state still needs: the basis of `esmgen plan`.

A blind deck creates then alters, deletes before it adds and revokes before
it permits, because it cannot see the ESM. Given the state the ESM holds,
the simulator can: it runs the whole deck on a copy of the state to learn
where the deck leads, then drops, one at a time, every command whose
removal still leads to exactly that state (a planned failure, an alter
that changes nothing, a delete-and-add of a line that is already right).
What is left reaches the same state, and every command of it succeeds.

Commands that change no record are kept by rule, never by simulation: a
session command (TSO PROFILE; ACF2's ACF and END) when anything is kept,
and a refresh (SETROPTS ... REFRESH, F ACF2,..., TSS REFRESH) when a kept
change comes before it, since the simulator cannot see what a refresh does
to the running system. The executor of each ESM says which is which
(BaseExecutor.role).
"""

from dataclasses import asdict, dataclass, field
from typing import List

from esmgen.simulator import engine
from esmgen.simulator.outcomes import OK, REFRESH, SESSION
from esmgen.simulator.reader import read_deck
from esmgen.simulator.syntax import SyntaxProblem
from esmgen.tsotext import COLUMNS, continuation, drop_comments


@dataclass
class Plan:
    kept: List[int]                       # indexes into commands, in deck order
    commands: list                        # every command of the deck (reader.Command)
    spans: List[tuple]                    # (first, last) deck line of each command
    problems: List[str] = field(default_factory=list)   # why the kept commands fail (none: a plan)
    changes: int = 0                      # kept commands that change a record
    unplanned: List[str] = field(default_factory=list)  # the full deck's failures it did not plan
    target: object = None                 # the State the full deck leads to


def plan(text, esm, state):
    """The Plan of a TSO deck (text) for a state (not changed)."""
    commands = read_deck(text).commands
    spans = _spans(text.splitlines(), commands)
    roles = [engine.EXECUTORS[esm](state).role(command) for command in commands]
    target, outcomes = _run(commands, esm, state)
    # failures change nothing, so the plan leaves them out; the caller judges
    # whether the state the deck leads to is the one the spec asks for
    unplanned = [f"line {c.line}: {c.text}: {outcome}: {message}"
                 for c, role, (outcome, message) in zip(commands, roles, outcomes)
                 if outcome != OK and not (c.planned and outcome in c.planned) and role is None]
    support = [i for i, role in enumerate(roles) if role is not None]
    kept = [i for i, role in enumerate(roles) if role is None and outcomes[i][0] == OK]

    def without(dropped):
        """kept without the dropped commands if the rest still reaches the target cleanly, else kept."""
        trial = [i for i in kept if i not in dropped]
        reached, trial_outcomes = _run([commands[i] for i in sorted(trial + support)], esm, state)
        return trial if reached == target and all(o == OK for o, _ in trial_outcomes) else kept

    # Last first: a command a later one depends on (an ACF2 SET, a group a
    # CONNECT needs) is tried only after what depends on it is gone.
    for index in reversed(list(kept)):            # one command at a time ...
        kept = without({index})
    for first, second in reversed(list(zip(kept, kept[1:]))):   # ... a delete and the add after it
        if first in kept and second in kept:
            kept = without({first, second})
    for index in reversed(list(kept)):            # ... and what those pairs needed
        kept = without({index})
    changes = len(kept)
    kept = sorted(kept + _support_to_keep(commands, roles, kept))
    reached, final = _run([commands[i] for i in kept], esm, state)
    failing = [f"line {commands[i].line}: {commands[i].text}: {o}: {m}"
               for i, (o, m) in zip(kept, final) if o != OK]
    if not failing and reached != target:
        failing = ["the planned commands do not reach the state the deck leads to"]
    return Plan(kept, commands, spans, failing, changes, unplanned, _state_after(commands, esm, state))


def _state_after(commands, esm, state):
    work = state.copy()
    executor = engine.EXECUTORS[esm](work)
    for command in commands:
        try:
            executor.run(command)
        except SyntaxProblem:
            pass
    executor.finish()
    return work


def _run(commands, esm, state):
    """(the fingerprint of the state after the commands, [(outcome, message)]), on a copy."""
    work = state.copy()
    executor = engine.EXECUTORS[esm](work)
    outcomes = []
    for command in commands:
        try:
            outcomes.append(executor.run(command))
        except SyntaxProblem as exc:
            outcomes.append(("error", f"syntax error: {exc}"))
    executor.finish()
    return _fingerprint(asdict(work)), outcomes


def _fingerprint(value):
    """The state with every list sorted: the order of rule lines, members and
    connections is not something a plan has to reproduce (ACF2 sorts rule
    entries itself when it compiles them)."""
    if isinstance(value, dict):
        return tuple(sorted((key, _fingerprint(item)) for key, item in value.items()))
    if isinstance(value, list):
        return tuple(sorted((_fingerprint(item) for item in value), key=repr))
    return value


def _support_to_keep(commands, roles, kept):
    """Session commands when anything is kept; a refresh after a kept change."""
    if not kept:
        return []
    first_change = min(kept)
    return [i for i, role in enumerate(roles)
            if role == SESSION and _session_holds(commands, i, kept)
            or role == REFRESH and i > first_change]


def _session_holds(commands, index, kept):
    """A session command frames kept work: TSO PROFILE anything, ACF/END what lies between."""
    verb = commands[index].text.split(" ", 1)[0].upper()
    if verb == "ACF":
        end = next((i for i in range(index + 1, len(commands))
                    if commands[i].text.split(" ", 1)[0].upper() == "END" and not commands[i].acf_mode),
                   len(commands))
        return any(index < i < end for i in kept)
    if verb == "END":
        start = max((i for i in range(index) if commands[i].text.split(" ", 1)[0].upper() == "ACF"),
                    default=-1)
        return any(start < i < index for i in kept)
    return True


def _spans(lines, commands):
    """(first, last) line of each command: its start and the records it continues onto."""
    spans = []
    for command in commands:
        last = command.line
        while last <= len(lines):
            text = drop_comments(lines[last - 1][:COLUMNS]).rstrip()
            if continuation(text)[1] is None:
                break
            last += 1
        spans.append((command.line, min(last, len(lines))))
    return spans
