"""SETROPTS and the class options it sets (state.classes; EGN in state.classes['DATASET']), and
building the dynamic CDT (state.cdt) from the profiles in class CDT.

Sources (IBM z/OS Security Server RACF Security Administrator's Guide unless
named otherwise):
- "When you can specify generic profile names" and "Activating generic
  profile checking and generic command processing" (genproc.htm): GENERIC
  and GENCMD per class; a new database has NOGENERIC, NOGENCMD and NOEGN.
- "Activating enhanced generic naming for the DATASET class (EGN option)":
  EGN is for data sets only.
- "SETROPTS RACLIST processing" (racproc.htm): RACLIST needs a class in the
  CDT that allows it (esmgen.simulator.racf.cdt.raclist_problem).
- "Overview of the class descriptor table" (cdtover.htm) and System
  Programmer's Guide "The class descriptor table (CDT)" (cdte.htm): changes to
  profiles in class CDT take effect at SETROPTS RACLIST(CDT) (first time) or
  SETROPTS RACLIST(CDT) REFRESH; ICH14079I names a CDT profile that cannot
  become a class.
- "How program control works": WHEN(PROGRAM).
- ICH14063I: SETROPTS COMMAND COMPLETE (Messages and Codes).
"""

from esmgen.simulator.outcomes import ERROR, OK, Invalid, Unsupported
from esmgen.simulator.racf.operands import by_name
from esmgen.simulator.racf import cdt

SETROPTS_OPERANDS = {"CLASSACT", "NOCLASSACT", "RACLIST", "NORACLIST", "GENERIC", "NOGENERIC", "GENCMD",
                     "NOGENCMD", "EGN", "NOEGN", "REFRESH", "LIST", "WHEN", "NOWHEN"}

# Classes SETROPTS GENERIC/GENCMD may name although they are not in the CDT.
_GENERIC_OUTSIDE_CDT = ("DATASET",)


class Options:
    """SETROPTS and the lookups other families make of class options."""

    def cmd_SETROPTS(self, operands):
        ops = by_name(operands, SETROPTS_OPERANDS, "SETROPTS")
        problem = self._unknown_classes(ops)
        if problem:
            return ERROR, problem
        refresh = "REFRESH" in ops
        for name, key, value in (("CLASSACT", "active", True), ("NOCLASSACT", "active", False),
                                 ("NORACLIST", "raclist", False), ("NOGENERIC", "generic", False),
                                 ("GENCMD", "gencmd", True), ("NOGENCMD", "gencmd", False)):
            for cls in self._sharing(_classes(ops, name)):
                self.class_options(cls)[key] = value
        for name in ("EGN", "NOEGN"):
            if name in ops:
                self.class_options("DATASET")["egn"] = name == "EGN"
        self._when(ops, refresh)
        messages = []
        if not refresh:
            for cls in self._sharing(_classes(ops, "GENERIC")):
                self.class_options(cls)["generic"] = True
        for cls in _classes(ops, "RACLIST"):
            problem = cdt.raclist_problem(cls, cdt.lookup(self.state, cls))
            if problem:
                return ERROR, f"RACLIST({cls}): {problem} (assumed message)"
            if not refresh:
                for sharer in self._sharing([cls]):
                    self.class_options(sharer)["raclist"] = True
            if cls == "CDT":
                messages += self._build_dynamic_cdt()
        if messages:
            return ERROR, "; ".join(messages)
        return OK, "ICH14063I SETROPTS COMMAND COMPLETE"

    def _sharing(self, classes):
        """The classes named plus the dynamic classes sharing a POSIT with one
        of them: "Classes with the same POSIT value are administered as a
        single class when you specify a class option, such as CLASSACT or
        RACLIST, on the RACF SETROPTS command" (IBM z/OS 2.4 "Adding a dynamic
        class with a unique POSIT value", https://www.ibm.com/docs/en/zos/2.4.0?topic=cdt-adding-dynamic-class-unique-posit-value).
        The POSIT values of IBM-supplied classes are not known here, so only
        dynamic classes share (UNVERIFIED for a dynamic class that reuses an
        IBM POSIT)."""
        found = list(classes)
        posits = {self.state.cdt[c].get("posit") for c in classes if c in self.state.cdt}
        if posits:
            found += [c for c, info in self.state.cdt.items() if info.get("posit") in posits and c not in found]
        return found

    def _unknown_classes(self, ops):
        for name in ("CLASSACT", "NOCLASSACT", "RACLIST", "NORACLIST", "GENERIC", "NOGENERIC", "GENCMD",
                     "NOGENCMD"):
            for cls in _classes(ops, name):
                if cls == "*":
                    raise Unsupported(f"SETROPTS {name}(*): every class at once is not modeled")
                if cls in _GENERIC_OUTSIDE_CDT and name in ("GENERIC", "NOGENERIC", "GENCMD", "NOGENCMD"):
                    continue
                entry = cdt.lookup(self.state, cls)
                if entry is None:
                    return f"{name}({cls}): class {cls} is not defined in the class descriptor table (assumed message)"
                if name in ("GENERIC", "GENCMD") and not cdt.generic_allowed(entry):
                    return f"{name}({cls}): the CDT entry of {cls} does not allow generic profiles (assumed message)"
        return None

    def _when(self, ops, refresh):
        for name, value in (("WHEN", True), ("NOWHEN", False)):
            # program control (IBM "How program control works"): WHEN(PROGRAM) only
            for word in ops[name].words() if name in ops else ():
                if word.upper() != "PROGRAM":
                    raise Unsupported(f"SETROPTS {name}({word}): only PROGRAM is modeled")
                if not refresh:
                    self.class_options("PROGRAM")["when"] = value

    def _build_dynamic_cdt(self):
        """Replace state.cdt by the classes the CDT profiles define; one
        ICH14079I per profile that cannot become a class."""
        built, messages = {}, []
        for key, profile in self.state.profiles.items():
            if not key.startswith("CDT "):
                continue
            cls = key[4:]
            failure = cdt.build_problem(cls, profile.get("cdtinfo"))
            if failure:
                code, text = failure
                messages.append(f"ICH14079I ERROR IN DYNAMIC CLASS DESCRIPTOR TABLE ENTRY {cls},"
                                f" ERROR CODE {code} ({text})")
                continue
            built[cls] = dict(profile["cdtinfo"])
        self.state.cdt.clear()
        self.state.cdt.update(built)
        return messages

    # -- lookups -----------------------------------------------------------
    def class_options(self, cls):
        return self.state.classes.setdefault(cls.upper(), {"active": False, "raclist": False,
                                                           "generic": False})

    def generics_on(self, cls):
        """GENERIC or GENCMD in effect for the class (a new database has neither)."""
        options = self.state.classes.get(cls)
        return bool(options and (options["generic"] or options.get("gencmd")))

    def egn(self):
        """EGN is a DATASET option; a new database has NOEGN."""
        return bool(self.state.classes.get("DATASET", {}).get("egn"))

    def class_entry(self, cls, verb):
        """The CDT entry of a class named on a command; Invalid when RACF does
        not know the class (RLIST purpose text: RACF uses the CDT to decide
        whether a class is defined; message id not documented)."""
        entry = cdt.lookup(self.state, cls)
        if entry is None:
            raise Invalid(f"{verb}: class {cls} is not defined in the class descriptor table"
                          " (assumed message)")
        return entry


def _classes(ops, name):
    return [word.upper() for word in ops[name].words()] if name in ops else []
