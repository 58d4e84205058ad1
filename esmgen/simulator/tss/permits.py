"""TSS PERMIT and REVOKE, and how a command's resource keywords are read: each
must name a class of the RDT (tss.rdt); PERMIT without ACCESS takes the class's
DEFACC and ACCESS must be one of the class's ACLST levels (Broadcom TSS Command
Functions "DEFACC Keyword" 524920, "ACCESS Keyword" 917729).
"""

from esmgen.simulator.outcomes import NOT_FOUND, OK, Invalid, Unsupported, by_name
from esmgen.simulator.tss import rdt
from esmgen.simulator.tss.common import UNMODELED_KEYWORDS, acid_of, one_resource, owned_by_prefix, single




class PermitCommands:
    """A mixin of tss.executor.Executor."""

    # -- PERMIT / REVOKE -----------------------------------------------------
    def _permit(self, value, operands):
        acid = self._grantee(value)
        ops, resources = self._operands(operands, {"ACCESS"}, "TSS PERMIT")
        entry, resource = one_resource(resources, "PERMIT")
        keyword = entry.keyword
        level = self._access(entry, ops)
        if entry.site and entry.max_permit and len(resource) > entry.max_permit:
            # MAXLEN: the longest name a PERMIT of the class takes (BC TSS User Guide 531517)
            raise Invalid(f"{keyword}({resource}): longer than the class's MAXLEN({entry.max_permit})"
                          " (assumed message)")
        key = f"{keyword} {resource}"
        if not owned_by_prefix(self.state.ownership, keyword, resource):
            # UNVERIFIED (notes §2.5): the exact failure for an unowned resource.
            raise Invalid(f"{keyword}({resource}) is not owned by any ACID; ADD ownership first"
                          " (resource not owned, assumed message)")
        acl = self.state.permits.setdefault(key, {})
        before = acl.get(acid)
        acl[acid] = level
        # Re-PERMIT replaces the level (UNVERIFIED, research §4).
        return OK, f"{acid} has {level} on {keyword}({resource})" + (
            f" (was {before})" if before and before != level else "")

    def _access(self, entry, ops):
        """The level a PERMIT grants: ACCESS, else the class's DEFACC ("DEFACC
        Keyword", BC TSS Command Functions 524920); the class's ACLST governs
        which levels are valid ("ACCESS Keyword", 917729)."""
        if "ACCESS" not in ops:
            return entry.defacc
        level = single([w.upper() for w in ops["ACCESS"].words()], "ACCESS")
        if level not in entry.levels():
            raise Invalid(f"ACCESS({level}) is not an access level of resource class {entry.keyword}"
                          f" (ACLST {','.join(entry.levels())}) (assumed message)")
        return level

    def _operands(self, operands, fields, verb):
        """({NAME: Operand} of the command's own keywords, [(RDT entry, Operand)] of
        its resource keywords). A keyword that is neither, and not a documented one
        left unmodeled, names a resource class the RDT does not have: error."""
        rest, resources = [], []
        for op in operands:
            entry = None if op.name in fields else rdt.lookup(self.state, op.name)
            if entry is None:
                rest.append(op)
            else:
                resources.append((entry, op))
        try:
            return by_name(rest, fields, verb), resources
        except Unsupported:
            for op in rest:
                if op.name not in fields and op.name not in UNMODELED_KEYWORDS \
                        and not any(field.startswith(op.name) for field in fields):
                    raise Invalid(f"{verb}: {op.name} is not a keyword of the command nor a resource class"
                                  " in the RDT (assumed message)") from None
            raise

    def _revoke(self, value, operands):
        acid = self._grantee(value, must_exist=False)
        _, resources = self._operands(operands, set(), "TSS REVOKE")
        entry, resource = one_resource(resources, "REVOKE")
        keyword = entry.keyword
        key = f"{keyword} {resource}"
        if acid not in self.state.permits.get(key, {}):
            # REVOKE of an absent permit: expected to fail, id UNVERIFIED (research §4).
            return NOT_FOUND, f"{acid} is not permitted to {keyword}({resource}) (id assumed)"
        self._drop_permit(key, acid)
        return OK, f"{acid} revoked from {keyword}({resource})"

    def _grantee(self, value, must_exist=True):
        acid = acid_of(value)
        if acid == "ALL" or not must_exist:
            return acid
        kind, record = self._find(acid)
        if record is None:
            raise Invalid(f"TSS0314E ACID DOES NOT EXIST: {acid} (id assumed for PERMIT)")
        if kind == "scope":
            # PERMIT page (z/OS r15 and z/VM): no permits to department or division ACIDs.
            # r15 also names GROUP ACIDs; Zowe's decks permit them, so they are accepted.
            raise Invalid(f"{acid} is a {record['type']} ACID; resources cannot be permitted to it"
                          " (message id assumed)")
        return acid

    def _drop_permit(self, key, acid):
        acl = self.state.permits.get(key, {})
        acl.pop(acid, None)
        if not acl:
            self.state.permits.pop(key, None)   # an emptied entry leaves no trace
