"""The offline dry-run engine: read a deck as text, apply it to a simulated ESM.

It never imports the renderer or the templates: it reads what a deck says,
so it catches template mistakes instead of repeating them
(tests/test_imports.py). Each ESM is one package here, named in the
registry (esmgen.esms), written to the EsmSimulator interface below.
"""

from typing import Protocol


class EsmSimulator(Protocol):
    """What an ESM's simulator package provides (esmgen.simulator.racf, ...).

    Executor(state): applies one command at a time, `run(command) ->
        (outcome, message)` (esmgen.simulator.outcomes.BaseExecutor); changes
        the State (esmgen.simulator.state) in place; `finish()` after the
        deck's last command. Outcomes are esmgen.verdicts names; message ids
        come from the vendor's manuals, "(assumed ...)" where none is public.
        Its knowledge of the ESM is its own, from the vendor's documentation,
        never the renderer's tables.
    facts(state) -> set of str: the state in the fact vocabulary of
        esmgen.facts, comparable with `explain --facts`.
    """

    Executor: type

    def facts(self, state): ...
