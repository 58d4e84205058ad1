"""RACF commands against a simulated RACF database.

The executor is put together from one class per command family:
  accounts      users, groups, connections, OMVS ids
  profiles      general resource and data set profiles, PERMIT
  options       SETROPTS, class options, building the dynamic CDT
  certificates  RACDCERT, RACMAP
Knowledge of RACF itself: cdt (the class descriptor table), names (which
names RACF accepts). The facts of a state: state_facts.

Behaviour and message ids from IBM z/OS Security Server RACF Command Language
Reference and RACF Messages and Codes; ids marked (assumed) are not
documented publicly for that case (see docs/dry-run.md).
"""

from esmgen.simulator.outcomes import OK, REFRESH, BaseExecutor
from esmgen.simulator.racf.operands import by_name
from esmgen.simulator.racf.accounts import Accounts
from esmgen.simulator.racf.certificates import Certificates
from esmgen.simulator.racf.options import Options
from esmgen.simulator.racf.profiles import Profiles
from esmgen.simulator.racf.state_facts import facts

__all__ = ["Executor", "facts"]


class Executor(Options, Accounts, Profiles, Certificates, BaseExecutor):
    # command aliases as each command's syntax diagram shows them (IBM RACF
    # Command Language Reference; UNVERIFIED page by page, see the notes)
    aliases = {"AG": "ADDGROUP", "ALG": "ALTGROUP", "DG": "DELGROUP", "LG": "LISTGRP",
               "AU": "ADDUSER", "ALU": "ALTUSER", "DU": "DELUSER", "LU": "LISTUSER",
               "RDEF": "RDEFINE", "RALT": "RALTER", "RDEL": "RDELETE", "RL": "RLIST",
               "PE": "PERMIT", "AD": "ADDSD", "ALD": "ALTDSD", "DD": "DELDSD", "LD": "LISTDSD",
               "SETR": "SETROPTS", "CO": "CONNECT", "RE": "REMOVE"}

    def role(self, command):
        words = command.text.upper().split()
        if words[:1] in (["SETROPTS"], ["SETR"]) and any(w.endswith("REFRESH") for w in words[1:]):
            return REFRESH                   # SETROPTS RACLIST(c) REFRESH, GENERIC(c) REFRESH
        return super().role(command)

    def cmd_PROFILE(self, operands):
        """TSO PROFILE (MSGID, PREFIX): changes nothing RACF keeps."""
        by_name(operands, {"MSGID", "NOMSGID", "PREFIX", "NOPREFIX"}, "PROFILE")
        return OK, "TSO profile set"
