"""In-line rule compile: `COMPILE *`, the rule text line by line ($ control
statements, rule entries), then STORE, which replaces the whole rule set.

Sources:
[VM-COMPILE] CA ACF2 for z/VM r12 "COMPILE Subcommand" (Command and Diagnose
  Limiting Guide, 1088394; Administrator Guide 1083910):
  `COmpile {*|source} [List|NOList] [Store|NOStore] [Force|NOForce]`; `*`
  = the following lines are compiler input, ended by an empty line; then
  STORE stores the rule ("Rule ... stored" / "replaced"),
  https://ftpdocs.broadcom.com/cadocs/0/CA%20ACF2%20for%20z%20VM%20r12%20SP3-z%20VM-ENU/Bookshelf_Files/HTML/ACF2VM--Command%20and%20Diagnose%20Limiting%20Guide/1088394.html
[KB11494] Broadcom KB 11494 (z/OS ids: ACF70010 ACF COMPILER ENTERED,
  ACF75052 ACCESS RULE key STORED, ACF60207 RULE key REPLACED),
  https://knowledge.broadcom.com/external/article/11494
[ACF-DB2] CA ACF2 Option for DB2 "rule set" syntax: $KEY first and required,
  $TYPE required unless SET RESOURCE gives it, other $ statements
  ($MODE, $NOSORT, $ROLESET, $USERDATA, $OWNER, $PREFIX, $MEMBER, ...); a
  repeated $ statement: the last one counts (VM 1083865).

The dry-run's reader drops empty lines, so the compiler input here ends at
STORE, at any other ACF subcommand (the rule is then not stored, as with
NOSTORE) or at END.
"""

import re

from esmgen.simulator.acf2.entries import parse_entry
from esmgen.simulator.acf2.facts import DATASET_TYPE
from esmgen.simulator.outcomes import ERROR, OK, UNSUPPORTED, Invalid, Unsupported, by_name
from esmgen.simulator.syntax import operand, split

# $ control statements the compiler takes; only $KEY and $TYPE change what is modeled.
CONTROLS = {"$KEY", "$TYPE", "$ROLESET", "$MODE", "$NOSORT", "$USERDATA", "$OWNER", "$PREFIX",
            "$MEMBER", "$LIDOWNER", "$UIDOWNER", "$ROLOWNER", "$NORULELNG"}
# The words that end compiler input: the ACF subcommands (a rule entry starts with a mask or a keyword).
ENDS_INPUT = {"SET", "T", "INSERT", "INS", "CHANGE", "CH", "DELETE", "LIST", "DECOMP", "RECKEY", "ROLES",
              "SHOW", "F", "MODIFY", "COMPILE", "CO", "STORE", "CONNECT", "GENCERT", "CHKCERT"}
# A line with these is a rule entry even if its mask is a subcommand's name.
_ENTRY_WORDS = re.compile(r"\b(UID|ROLE|USER|SERVICE|READ|WRITE|ALLOC|EXEC)\(")


class Compilation:
    """The compiler input of one COMPILE *, read line by line."""

    def __init__(self, rule_type, store):
        self.rule_type = rule_type      # from the SET setting; $TYPE may name it
        self.store = store              # COMPILE * STORE: stored when input ends
        self.controls = {}              # $NAME -> value ('' for a flag); the last one counts
        self.entries = []
        self.error = None               # the first problem: the rule does not compile

    def read(self, text):
        """(outcome, message) of one input line."""
        try:
            if text.startswith("$"):
                return self._controls(text)
            if text.startswith("%"):
                raise Unsupported(f"{text.split()[0]}: %CHANGE/%RCHANGE statements not modeled")
            if "$KEY" not in self.controls:
                raise Invalid("$KEY must be the first statement of a rule (assumed message)")
            entry = parse_entry(text)
            self.entries.append(entry.text())
            return OK, "rule entry read"
        except (Invalid, Unsupported) as exc:
            self.error = self.error or str(exc)
            return (ERROR if isinstance(exc, Invalid) else UNSUPPORTED), str(exc)

    def _controls(self, text):
        for token in split(text):
            op = operand(token)
            if op.name == "TYPE" and text.upper().startswith("$KEY"):
                # `$KEY(TSOA) TYPE(APL)`: the type on the $KEY line (IBM OMEGAMON "With
                # CA-ACF2", https://www.ibm.com/docs/en/SSSN2Z_2.1.0/Basic_Configuration_Guide/klsbc075.html)
                op = op._replace(name="$TYPE")
            if op.name not in CONTROLS:
                raise Unsupported(f"{op.name}: control statement not modeled by the dry-run engine")
            self.controls[op.name] = (op.value or "").strip()
        return OK, "control statement read"

    def rule(self):
        """(rule key in the state, [entries]) of the compiled input, or Invalid."""
        if self.error:
            raise Invalid(f"the rule did not compile: {self.error}")
        key = self.controls.get("$KEY")
        if not key:
            raise Invalid("no $KEY statement: nothing compiled (assumed message)")
        rule_type = self.controls.get("$TYPE", "").upper() or self.rule_type
        if self.rule_type == DATASET_TYPE and "$TYPE" in self.controls:
            raise Invalid("$TYPE is for resource rules, not data set rules (SET RULE) (assumed message)")
        if rule_type is None:
            raise Invalid("$TYPE() or SET RESOURCE(type) is needed for a resource rule (assumed message)")
        return f"{rule_type} {key}", list(dict.fromkeys(self.entries))


class CompileCommands:
    """Executor methods for COMPILE * and STORE (mixed into acf2.executor.Executor)."""

    compiling = None        # the Compilation being read, or None

    def cmd_COMPILE(self, operands):
        rule_type = self._rule_type("COMPILE")
        if not operands or operands[0].name != "*" or operands[0].value is not None:
            raise Unsupported("COMPILE: only COMPILE * (input that follows) is modeled")
        ops = by_name(operands[1:], {"LIST", "NOLIST", "STORE", "NOSTORE", "FORCE", "NOFORCE"}, "COMPILE")
        self.compiling = Compilation(rule_type, "STORE" in ops)
        return OK, "ACF70010 ACF COMPILER ENTERED"

    def compile_input(self, text):
        """(outcome, message) of a line read while compiling, or None when it ends the input."""
        verb = text.split(" ", 1)[0].upper()
        if verb in ENDS_INPUT and not _ENTRY_WORDS.search(text.upper()):
            self._end_compile()
            return None
        return self.compiling.read(text)

    def _end_compile(self):
        """Compiler input ended: COMPILE * STORE stores now, otherwise STORE must follow."""
        compilation, self.compiling = self.compiling, None
        self._compiled = compilation
        if compilation.store:
            self._compiled = None
            try:
                self._store(compilation)     # its outcome shows in the state only
            except Invalid:
                pass                         # the line that broke the rule already said so

    def end_compile_at_end(self):
        if self.compiling is not None:
            self._end_compile()

    def cmd_STORE(self, operands):
        by_name(operands, set(), "STORE")
        compilation = getattr(self, "_compiled", None)
        self._compiled = None
        if compilation is None:
            raise Invalid("STORE: no compiled rule to store (assumed message)")
        return self._store(compilation)

    def _store(self, compilation):
        rule_key, entries = compilation.rule()
        key = rule_key.split(" ", 1)[1]
        replaced = rule_key in self.state.rules
        if not entries:
            raise Invalid(f"RULE {key}: no rule entries (assumed message)")
        self.state.rules[rule_key] = entries      # a compiled rule replaces the whole set
        self._rule_sets.pop(rule_key, None)
        text = f"ACF60207 RULE {key} REPLACED" if replaced else f"ACF75052 ACCESS RULE {key} STORED"
        return OK, self._stored(rule_key, text)
