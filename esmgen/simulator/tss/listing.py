"""TSS LIST (ACIDs, the STC table, the NDT, the RDT via rdt_commands), WHOHAS
and WHOOWNS: read-only commands; not-found where TSS finds nothing.
"""

from esmgen.simulator.outcomes import NOT_FOUND, OK, Invalid, by_name
from esmgen.simulator.tss.common import LIST_FIELDS, acid_of, covering, long_names, one_resource, required




class ListCommands:
    """A mixin of tss.executor.Executor."""

    # -- LIST / WHOHAS / WHOOWNS ----------------------------------------------
    def _list(self, value, operands):
        acid = acid_of(value)
        if acid == "RDT":
            return self._rdt_list(operands)
        if acid == "STC":
            return self._list_stc(by_name(long_names(operands), {"PROCNAME", "PREFIX"}, "TSS LIST(STC)"))
        if any(op.name in ("DIGICERT", "KEYRING", "LABLRING") for op in operands):
            return self._list_pki(acid, operands)
        if acid == "NDT":
            appl = required(by_name(operands, {"PSTKAPPL"}, "TSS LIST(NDT)"), "PSTKAPPL")
            if appl not in self.state.passtickets:
                return NOT_FOUND, f"PSTKAPPL({appl}) is not in the NDT (assumed)"
            return OK, f"PSTKAPPL({appl}) listed (SESSKEY not shown)"
        by_name(operands, LIST_FIELDS, "TSS LIST")
        if acid == "ACIDS":
            return OK, "all ACIDs listed"
        if self._find(acid)[1] is None:
            return NOT_FOUND, f"TSS0314E ACID DOES NOT EXIST: {acid}"
        return OK, f"ACCESSORID = {acid}"

    def _list_stc(self, ops):
        if "PROCNAME" not in ops:
            return OK, "STC table listed"
        proc = required(ops, "PROCNAME")
        found = [p for p in self.state.stc_table if p == proc or ("PREFIX" in ops and p.startswith(proc))]
        if not found:
            # Output for an absent procname is not documented publicly.
            return NOT_FOUND, f"PROCNAME({proc}) is not in the STC table (assumed)"
        return OK, f"ACCESSORID = *STC* PROCNAME = {', '.join(sorted(found))}"

    def _whohas(self, value, operands):
        keyword, resource = self._query(value, operands, "WHOHAS")
        owners = covering(self.state.ownership, keyword, resource)
        holders = sorted(a for acl in covering(self.state.permits, keyword, resource) for a in acl)
        if not owners and not holders:
            return NOT_FOUND, f"no owner or permit covers {keyword}({resource}) (id assumed)"
        return OK, f"RESOURCE = {resource} OWNER({', '.join(owners) or '-'})" + (
            f" XAUTH ACID({', '.join(holders)})" if holders else "")

    def _whoowns(self, value, operands):
        keyword, resource = self._query(value, operands, "WHOOWNS")
        if resource == "*":
            # KB 45615: WHOOWNS class(*) lists every owned name of the class
            owned = sorted(f"{owner} OWNS {key.split(' ', 1)[1]}" for key, owner in self.state.ownership.items()
                           if key.split(" ", 1)[0] == keyword)
            if not owned:
                return NOT_FOUND, f"no {keyword} resource is owned (id assumed)"
            return OK, "; ".join(owned)
        owners = covering(self.state.ownership, keyword, resource)
        if not owners:
            return NOT_FOUND, f"{keyword}({resource}) is not owned (id assumed)"
        return OK, f"{', '.join(owners)} OWNS {keyword} {resource}"

    def _query(self, value, operands, function):
        if value is not None:
            raise Invalid(f"TSS {function} takes no ACID")
        _, resources = self._operands(operands, {"DATA"}, f"TSS {function}")
        entry, resource = one_resource(resources, function)
        return entry.keyword, resource
