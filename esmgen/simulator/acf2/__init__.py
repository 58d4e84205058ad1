"""The CA ACF2 simulator: ACF subcommands against a simulated ACF2 database.

Modules: executor (the ACF command, SET settings, dispatch), common (shared helpers),
logonids (LID and X(ROL)), profiles (OMVS, SSIGNON, IDMAP), gso (STC, CLASMAP, INFODIR),
certificates, rules (RECKEY, rule sets), clasmap (class -> type code knowledge), entries
(rule entries and their access levels), facts (the facts of a state).
"""

from esmgen.simulator.acf2.executor import Executor
from esmgen.simulator.acf2.facts import facts

__all__ = ["Executor", "facts"]
