"""The CA Top Secret simulator: `Executor` runs TSS commands against a State,
`facts(state)` lists that state in the fact vocabulary of esmgen.facts.

What TSS knows about resource classes (the RDT) is in `rdt`; the commands are
split by family into the other modules of this package.
"""

from esmgen.simulator.tss.executor import Executor
from esmgen.simulator.tss.facts import facts

__all__ = ["Executor", "facts"]
