"""The ACF command: TSO level (PROFILE, ACF, END, operator F ACF2), the SET
settings, and dispatch of each subcommand to the record family it acts on.

Behaviour from Broadcom "CA ACF2 for z/OS Command Reference" ("The ACF
Command", "SET Subcommand"), the real output in zowe/zowe-install-packaging#1734
(ACF0A005). Message ids marked (assumed) are not documented publicly for that
case. Each record family lives in its own module (logonids, profiles, gso,
certificates, rules); state sections: users, omvs_users, omvs_groups, roles,
gso, rules, passtickets, idmaps, certificates, rings.
"""

from esmgen.simulator.acf2.certificates import CertificateCommands
from esmgen.simulator.acf2.compiler import CompileCommands
from esmgen.simulator.acf2.common import (list_like, NOT_FOUND_MSG, TYPE_CODE, abbreviates, no_extra, set_setting,
                                         subject)
from esmgen.simulator.acf2.facts import DATASET_TYPE
from esmgen.simulator.acf2.gso import GsoCommands
from esmgen.simulator.acf2.logonids import LogonidCommands
from esmgen.simulator.acf2.profiles import ProfileCommands
from esmgen.simulator.acf2.rules import RuleCommands
from esmgen.simulator.outcomes import (
    ERROR, NOT_FOUND, OK, REFRESH, SESSION, UNSUPPORTED, BaseExecutor, Invalid, Unsupported, by_name,
)
from esmgen.simulator.syntax import operand, parse, split

# Subcommands that only exist inside ACF mode; outside it TSO does not know them.
ACF_VERBS = {"SET", "INSERT", "CHANGE", "DELETE", "LIST", "DECOMP", "RECKEY", "ROLES", "SHOW",
             "F", "MODIFY", "COMPILE", "STORE"}


class Executor(LogonidCommands, ProfileCommands, GsoCommands, CertificateCommands, RuleCommands,
               CompileCommands, BaseExecutor):
    """Keeps the ACF SET context; each subcommand acts on that record type."""

    # Short forms Broadcom documents: SET is "SEt" or "T" ("SET Subcommand", ACF2 16.0
    # Command Reference); "CHange" (z/VM Administrator Guide 1084008, XREF CHANGE);
    # "COmpile" (z/VM COMPILE Subcommand 1088394). INS for INSERT: used in real decks
    # (issue 11), no Broadcom page seen -- UNVERIFIED.
    aliases = {"MODIFY": "F", "T": "SET", "SE": "SET", "INS": "INSERT", "CH": "CHANGE", "CO": "COMPILE"}

    def __init__(self, state):
        super().__init__(state)
        self.context = None      # (kind, detail): kind names the _<verb>_<kind> handlers
        self._rule_sets = {}     # rule key -> _RuleSet, the view of its lines (_rule_set)
        self._role_sets = {}     # role -> (its member list in the state, set of its members)
        self._handlers = {}      # verb -> bound cmd_ method (or None), looked up once

    def role(self, command):
        verb = command.text.split(" ", 1)[0].upper()
        if not command.acf_mode and verb in ("ACF", "END"):
            return SESSION                   # the ACF command and its END
        if command.acf_mode and verb in ("F", "MODIFY"):
            return REFRESH                   # F ACF2,REBUILD(t) / REFRESH(x) / OMVS
        return super().role(command)

    def dispatch(self, command):
        """Outside ACF mode only TSO commands; inside it ACF subcommands."""
        if self.compiling is not None:
            read = self.compile_input(command.text) if command.acf_mode else self.end_compile_at_end()
            if read is not None:
                return read
        text = command.text
        if not command.acf_mode or text[:1] in "Ff" or text[:6].upper() == "MODIFY":
            verb, _, rest = text.partition(" ")
            verb = self.aliases.get(verb.upper(), verb.upper())
            if not command.acf_mode:
                return self._tso(verb, text)
            if verb == "F":
                # `F ACF2,REBUILD(FAC)` is one comma-separated operand, not TSO keywords
                return self._operator(rest.strip())
        verb, operands = parse(text)
        verb = self.aliases.get(verb, verb)
        handler = self._handlers.get(verb)
        if handler is None:
            handler = self._handlers[verb] = getattr(self, f"cmd_{verb}", None)
        if handler is None:
            return UNSUPPORTED, f"{verb}: ACF subcommand not modeled by the dry-run engine"
        return handler(operands)

    # -- TSO level: PROFILE, ACF, END ----------------------------------------
    def _tso(self, verb, text):
        _, operands = parse(text)
        if verb == "PROFILE":
            by_name(operands, {"MSGID", "NOMSGID", "PREFIX", "NOPREFIX"}, "PROFILE")
            return OK, "TSO profile set"
        if verb in ("ACF", "END"):
            by_name(operands, set(), verb)
            self.context = None      # every ACF session starts without a SET in effect
            return OK, "ACF subcommand mode entered" if verb == "ACF" else "ACF subcommand mode ended"
        if verb in ACF_VERBS:
            # an ACF subcommand before `ACF` (or after `END`) reaches TSO, which rejects it
            return ERROR, f"IKJ56500I COMMAND {verb} NOT FOUND (ACF subcommand outside ACF mode)"
        return UNSUPPORTED, f"{verb}: TSO command not modeled by the dry-run engine"

    def _operator(self, text):
        """F ACF2,REBUILD(t)|REFRESH(x)|NEWXREF|OMVS[,TYPE()][,CLASS()][,DIVISION()]."""
        items = split(text, commas=True)
        if not items or items[0].upper() != "ACF2":
            raise Unsupported(f"F {text}: only operator commands to ACF2 are modeled")
        ops = [operand(item) for item in items[1:]]
        if not ops or ops[0].name not in ("REBUILD", "REFRESH", "NEWXREF", "OMVS"):
            raise Unsupported(f"F {text}: operator function not modeled by the dry-run engine")
        by_name(ops[1:], {"TYPE", "CLASS", "DIVISION", "DIV"}, "F ACF2")
        if ops[0].name in ("REBUILD", "REFRESH") and not ops[0].value:
            raise Invalid(f"F {text}: {ops[0].name} needs a type or table name")
        # rebuilds reload in-storage tables; the simulated database is already current
        return OK, f"F ACF2,{ops[0].name} accepted (changes nothing modeled)"

    # -- SET ------------------------------------------------------------------
    def cmd_SET(self, operands):
        if not operands:
            raise Invalid("SET: a record type (LID, PROFILE, X, CONTROL, RESOURCE, RULE) is required")
        setter = self.SETTERS.get(set_setting(operands[0]))
        if setter is None:
            # SET VERBOSE, SET SYSID(..) and the like do not change the record type
            raise Unsupported(f"SET {operands[0].name}: not modeled by the dry-run engine")
        rest = [op if op.name == "DIVISION" or not abbreviates(op.name, "DIVISION", 2)
                else operand(f"DIVISION({op.value})") for op in operands[1:]]
        return getattr(self, setter)(operands[0], by_name(rest, {"DIVISION"}, "SET"))

    SETTERS = {"LID": "_set_lid", "LOGONID": "_set_lid", "PROFILE": "_set_profile", "XREF": "_set_xref",
               "CONTROL": "_set_control", "RESOURCE": "_set_resource", "RULE": "_set_rule"}

    def _set_lid(self, first, ops):
        no_extra(ops, "SET LID")
        return self._enter(("lid", None), "LOGONID records")

    def _set_profile(self, first, ops):
        division = ops.get("DIVISION")
        if division is None or not division.value:
            raise Invalid(f"SET PROFILE({first.value}): DIVISION() is required")
        if (first.value or "").upper() == "USER" and division.value.upper() in ("CERTDATA", "KEYRING"):
            kind = division.value.lower()
            return self._enter((kind, None), f"USER {division.value.upper()} profile records")
        if (first.value or "").upper() == "USER" and division.value.upper() == "IDMAP":
            return self._enter(("idmap", None), "USER IDMAP (distributed identity) records")
        if (first.value or "").upper() == "PTKTDATA" and division.value.upper() == "SSIGNON":
            return self._enter(("ssignon", None), "PTKTDATA SSIGNON (PassTicket key) records")
        kind = {"USER": "omvs_user", "GROUP": "omvs_group"}.get((first.value or "").upper())
        if kind is None or division.value.upper() != "OMVS":
            # KEYRING, CERTDATA, IDMAP, SSIGNON ... divisions are not modeled
            return self._unmodeled(f"SET PROFILE({first.value}) DIVISION({division.value})")
        return self._enter((kind, None), f"{first.value.upper()} OMVS profile records")

    def _set_xref(self, first, ops):
        no_extra(ops, "SET X")
        if (first.value or "").upper() != "ROL":
            return self._unmodeled(f"SET X({first.value})")      # source/resource groups
        return self._enter(("role", None), "X(ROL) role records")

    def _set_control(self, first, ops):
        no_extra(ops, "SET CONTROL")
        if (first.value or "").upper() != "GSO":
            return self._unmodeled(f"SET CONTROL({first.value})")
        return self._enter(("gso", None), "GSO records")

    def _set_resource(self, first, ops):
        no_extra(ops, "SET RESOURCE")
        code = (first.value or "").upper()
        if not TYPE_CODE.fullmatch(code):
            raise Invalid(f"SET RESOURCE({first.value}): a resource type is 3 characters")
        return self._enter(("rule", code), f"resource rules of type {code}")

    def _set_rule(self, first, ops):
        no_extra(ops, "SET RULE")
        if first.value is not None:
            raise Unsupported(f"SET RULE({first.value}): not modeled by the dry-run engine")
        return self._enter(("rule", DATASET_TYPE), "data set rules")

    def _enter(self, context, what):
        self.context = context
        return OK, f"SET: subcommands now act on {what}"

    def _unmodeled(self, text):
        # later subcommands must not land on the previous record type
        self.context = ("unmodeled", text)
        return UNSUPPORTED, f"{text}: record type not modeled by the dry-run engine"

    # -- record subcommands: dispatched on the SET context --------------------
    def cmd_INSERT(self, operands):
        return self._record("insert", operands)

    def cmd_CHANGE(self, operands):
        return self._record("change", operands)

    def cmd_DELETE(self, operands):
        return self._record("delete", operands)

    def cmd_LIST(self, operands):
        return self._record("list", operands)

    def cmd_DECOMP(self, operands):
        if self._kind() != "rule":
            raise Unsupported("DECOMP: only rules decompile (SET RULE or SET RESOURCE)")
        return self._list_rule(operands)      # KB 11494: DECOMP shows the rule text

    def _record(self, verb, operands):
        kind = self._kind()
        handler = getattr(self, f"_{verb}_{kind}", None)
        if handler is None:
            raise Unsupported(f"{verb.upper()}: not modeled under the current SET ({kind})")
        return handler(operands)

    def _kind(self):
        if self.context is None:
            # ACF2's own initial setting is not modeled: esmgen decks must SET explicitly
            # (ESM-NOTES section 8 item 2, wrong-context bug class)
            raise Invalid("no SET in effect: the record type of this subcommand is unknown")
        kind, detail = self.context
        if kind == "unmodeled":
            raise Unsupported(f"subcommand under {detail}: record type not modeled by the dry-run engine")
        return kind

    # -- shared DELETE / LIST of keyed records ----------------------------------------
    def _delete_from(self, records, operands, what):
        name, _ = subject(operands, set(), "DELETE")
        if records.pop(name, None) is None:
            return NOT_FOUND, f"{NOT_FOUND_MSG}: {name} (documented for GSO, assumed for {what}s)"
        return OK, f"{what} {name} deleted"

    @staticmethod
    def _list_from(records, operands, what):
        if operands and operands[0].name == "LIKE" and operands[0].value is not None:
            return list_like(records, operands, what)
        name, _ = subject(operands, set(), "LIST")
        if name not in records:
            return NOT_FOUND, f"{NOT_FOUND_MSG}: {name} (assumed for LIST of a {what})"
        return OK, f"{name} LAST CHANGED BY ... ({what} listed)"

