"""TSS ADDTO / REPLACE / REMOVE / LIST of the RDT record: the site resource
classes a deck defines (kept in `State.rdt`; the predefined ones are in `rdt`).

Syntax and checks from Broadcom CA Top Secret r15: User Guide "Define a
Resource to the RDT" (TSS_User_zOS_ENU/531517.html), Command Functions
"RESCLASS Keyword" (525252), "DEFACC Keyword" (524920), "ATTR Keyword"
(524874), Message Reference TSS0280E, and KB 103709 (what an entry added with
no ACLST lists). Checks without a documented message say "(assumed message)".
"""

from esmgen.simulator.outcomes import EXISTS, NOT_FOUND, OK, Invalid, by_name
from esmgen.simulator.tss import rdt
from esmgen.simulator.tss.common import required

RDT_OPERANDS = {"RESCLASS", "RESCODE", "ACLST", "MAXLEN", "ATTR", "DEFACC", "POSIT"}


class RdtCommands:
    """The RDT functions of the TSS executor (a mixin of tss.executor.Executor)."""

    def _rdt_add(self, operands):
        """TSS ADDTO(RDT) RESCLASS(c) [RESCODE(hex)] [MAXLEN(n)] [ATTR(..)] [ACLST(..)] [DEFACC(l)]."""
        ops = by_name(operands, RDT_OPERANDS, "TSS ADDTO(RDT)")
        name = _resclass(ops)
        if rdt.lookup(self.state, name) is not None:
            return EXISTS, f"RESCLASS({name}) is already in the RDT (assumed message)"
        clash = rdt.clashes(self.state, name)
        if clash:
            raise Invalid(f"RESCLASS({name}): its beginning matches the existing class {clash}; the first"
                          " four characters of class names must be unique (assumed message)")
        if "RESCODE" in ops and not rdt.user_rescode(ops["RESCODE"].value or ""):
            raise Invalid(f"TSS0280E RESCODE MISSING, INVALID, OR RESERVED: RESCODE({ops['RESCODE'].value or ''})")
        self.state.rdt[name] = _record(ops, {})
        return OK, f"RESCLASS({name}) added to the RDT"

    def _rdt_replace(self, operands):
        """TSS REPLACE(RDT) RESCLASS(c) ...: changes a site class; a new ACLST
        replaces the whole list (KB 45185, research notes §4.1)."""
        ops = by_name(operands, RDT_OPERANDS - {"RESCODE"}, "TSS REPLACE(RDT)")
        name = _resclass(ops)
        if name not in self.state.rdt:
            if rdt.lookup(self.state, name) is not None:
                # predefined classes allow only EXIT/DEFPROT/MERGE/ALLMERGE changes
                # (User Guide "System Predefined Resources", 1977557): not modeled
                raise Invalid(f"RESCLASS({name}) is predefined; the simulator keeps its attributes"
                              " (assumed message)")
            return NOT_FOUND, f"RESCLASS({name}) is not in the RDT (assumed message)"
        self.state.rdt[name] = _record(ops, self.state.rdt[name])
        return OK, f"RESCLASS({name}) replaced in the RDT"

    def _rdt_remove(self, operands):
        """TSS REMOVE(RDT) RESCLASS(c): only a class nothing is owned in or permitted to
        (Broadcom: revoke and remove ownerships first; TSS0280E "Action")."""
        name = _resclass(by_name(operands, {"RESCLASS"}, "TSS REMOVE(RDT)"))
        if name not in self.state.rdt:
            if rdt.lookup(self.state, name) is not None:
                raise Invalid(f"RESCLASS({name}) is predefined and cannot be removed (assumed message)")
            return NOT_FOUND, f"RESCLASS({name}) is not in the RDT (assumed message)"
        prefix = f"{name} "
        if any(k.startswith(prefix) for k in self.state.ownership) or \
                any(k.startswith(prefix) for k in self.state.permits):
            raise Invalid(f"RESCLASS({name}) still has owned or permitted resources (assumed message)")
        del self.state.rdt[name]
        return OK, f"RESCLASS({name}) removed from the RDT"

    def _rdt_list(self, operands):
        ops = by_name(operands, {"RESCLASS"}, "TSS LIST(RDT)")
        if "RESCLASS" not in ops:
            return OK, "ACCESSORID = *RDT* NAME = RESOURCE DEFINITIONS"
        name = _resclass(ops)
        entry = rdt.lookup(self.state, name)
        if entry is None:
            return NOT_FOUND, f"RESCLASS({name}) is not in the RDT (assumed message)"
        return OK, (f"RESOURCE CLASS = {entry.keyword} ACCESS = {','.join(entry.levels())}"
                    f" DEFACC = {entry.defacc}")


def _resclass(ops):
    name = required(ops, "RESCLASS")
    if len(name) > 8 or not set(name) <= rdt.RESCLASS_CHARS:
        raise Invalid(f"RESCLASS({name}): 1-8 letters, digits or @ # $ (assumed message)")
    return name


def _record(ops, before):
    """The State.rdt record of an ADDTO/REPLACE: what ops give, the rest from before or the defaults."""
    attrs = _attrs(ops, before.get("attr", []))
    if "ACLST" in ops:
        try:
            aclst = [list(level) for level in rdt.parse_aclst(ops["ACLST"].value or "")]
        except ValueError as exc:
            raise Invalid(f"ACLST({ops['ACLST'].value or ''}): {exc} (assumed message)") from None
    else:
        aclst = before.get("aclst") or [list(level) for level in rdt.SITE_DEFAULT_ACLST]
    defacc = _defacc(ops, aclst, before)
    return {"aclst": aclst, "defacc": defacc, "maxlen": _maxlen(ops, attrs, before), "attr": attrs,
            "maxown": 26 if "LONG" in attrs else before.get("maxown", 8), "mask": "MASK" in attrs,
            "rescode": (ops["RESCODE"].value or "").upper() if "RESCODE" in ops else before.get("rescode")}


def _attrs(ops, before):
    if "ATTR" not in ops:
        return list(before)
    attrs = [word.upper() for word in ops["ATTR"].words()]
    unknown = [a for a in attrs if a not in rdt.ATTR_VALUES]
    if unknown or not attrs:
        raise Invalid(f"ATTR({ops['ATTR'].value or ''}): not an RDT attribute (assumed message)")
    return attrs


def _defacc(ops, aclst, before):
    levels = [name for name, _ in aclst]
    if "DEFACC" not in ops:
        if "ACLST" not in ops and "defacc" in before:
            return before["defacc"]
        # KB 103709: no ACLST lists DEFACC = ALL; with an ACLST it is NONE (524920)
        return "NONE" if "ACLST" in ops else "ALL"
    level = (ops["DEFACC"].value or "").strip().upper()
    if level not in levels:
        raise Invalid(f"TSS0282E DEFACC({level}) is not one of the class's ACLST levels (text assumed)")
    return level


def _maxlen(ops, attrs, before):
    """MAXLEN 1-255, not together with ATTR(SHORT)/(LONG) (SHORT = 8, LONG = 44)."""
    if "MAXLEN" in ops:
        if "SHORT" in attrs or "LONG" in attrs:
            raise Invalid("MAXLEN cannot be given with ATTR(SHORT) or ATTR(LONG) (assumed message)")
        text = (ops["MAXLEN"].value or "").strip()
        low, high = rdt.MAXLEN_RANGE
        if not text.isdigit() or not low <= int(text) <= high:
            raise Invalid(f"MAXLEN({text}): a number from {low} to {high} (assumed message)")
        return int(text)
    if "LONG" in attrs:
        return 44
    return before.get("maxlen", 8)
