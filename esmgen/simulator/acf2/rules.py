"""Resource rules (SET RESOURCE(t)) and data set rules (SET RULE): RECKEY,
DELETE, LIST and DECOMP of rule sets."""

from dataclasses import dataclass
from dataclasses import field as dataclass_field

from esmgen.simulator.acf2.common import NAME, NOT_FOUND_MSG, subject
from esmgen.simulator.acf2.facts import DATASET_TYPE
from esmgen.simulator.acf2.entries import canonical
from esmgen.simulator.outcomes import ERROR, EXISTS, NOT_FOUND, OK, Invalid

LISTED_RULE_LINES = 10   # rule lines shown in a LIST result


@dataclass
class _RuleSet:
    """A rule set's lines in the state, with the set of those present and of
    those deleted but not yet removed from the list (Executor._rule_set)."""
    lines: list
    present: set
    dead: set = dataclass_field(default_factory=set)

    def delete(self, line):
        if len(self.present) + len(self.dead) != len(self.lines):
            # a line is in the list more than once (a hand-edited state): remove one copy now
            self.compact()
            self.lines.remove(line)
            if line not in self.lines:
                self.present.discard(line)
            return
        self.present.discard(line)
        self.dead.add(line)
        if len(self.dead) > len(self.lines) // 2:
            self.compact()

    def compact(self):
        if self.dead:
            self.lines[:] = [line for line in self.lines if line not in self.dead]
            self.dead.clear()



class RuleCommands:
    """Executor methods for these records (mixed into acf2.executor.Executor)."""

    # -- rules (SET RULE, SET RESOURCE(t)) ----------------------------------------------
    def cmd_RECKEY(self, operands):
        """RECKEY key ADD(line) | DEL(line): one line per command (KB 11494, 14489)."""
        rtype = self._rule_type("RECKEY")
        key, ops = subject(operands, {"ADD", "DEL"}, "RECKEY")
        if len(ops) != 1:
            raise Invalid(f"RECKEY {key}: exactly one ADD() or DEL() (REP not modeled)")
        (action, op), = ops.items()
        # raises for a malformed entry; ADD and DEL compare whole entries (KB 14489)
        entry, line = canonical(op.value or "")
        if "." in key and entry.mask:
            # KB 26426: extended lines need a one-qualifier $KEY
            return ERROR, f"ACF70041 RULE {key}: a fully qualified key cannot have line masks"
        if rtype == DATASET_TYPE and not NAME.fullmatch(key.upper()):
            # [ACF-ACCESS] "Access Rules": $KEY of a data set rule is the high-level index
            raise Invalid(f"RECKEY {key}: a data set rule key is one index level of 1-8 characters "
                          "(assumed message)")
        rule_key = f"{rtype} {key}"
        return self._rule_add(rule_key, line) if action == "ADD" else self._rule_del(rule_key, line)

    def _rule_set(self, rule_key):
        """The executor's view of one rule set in the state, or None.

        A rule set can hold tens of thousands of lines. `present` answers
        "is this line there" in one look-up; a deleted line goes to `dead`
        and leaves the state's list only when the list is compacted (when
        half of it is dead, before the list is read, and when the deck ends:
        finish()), so a deck of N deletions takes N steps, not N x N. The
        view is rebuilt when the state holds another list object (the rule
        set was deleted and stored again).
        """
        lines = self.state.rules.get(rule_key)
        if lines is None:
            self._rule_sets.pop(rule_key, None)
            return None
        view = self._rule_sets.get(rule_key)
        if view is None or view.lines is not lines:
            view = _RuleSet(lines, set(lines))
            self._rule_sets[rule_key] = view
        return view

    def _rule_add(self, rule_key, line):
        view = self._rule_set(rule_key)
        key = rule_key.split(" ", 1)[1]
        if view is None:
            self.state.rules[rule_key] = [line]     # KB 11494: RECKEY inserts a missing rule set
            return OK, self._stored(rule_key, f"ACF60207 RULE {key} STORED (assumed text for a new rule set)")
        if line in view.present:
            return EXISTS, f"RULE {key}: line already present, not stored twice (assumed outcome)"
        if line in view.dead:
            view.compact()                          # the line goes to the end, as a new one
        # ACF2 re-sorts entries when it compiles; order is not a fact, so it is kept as added
        view.lines.append(line)
        view.present.add(line)
        return OK, self._stored(rule_key, f"ACF60207 RULE {key} REPLACED")

    def _rule_del(self, rule_key, line):
        view = self._rule_set(rule_key)
        key = rule_key.split(" ", 1)[1]
        if view is None or line not in view.present:
            # KB 14489: DEL matches a whole line exactly; the message for no match is unknown
            return NOT_FOUND, f"RULE {key}: no line {line} (assumed outcome)"
        view.delete(line)
        if not view.present:
            del self.state.rules[rule_key]      # assumed: a rule set with no lines is gone
            del self._rule_sets[rule_key]
        return OK, self._stored(rule_key, f"ACF60207 RULE {key} REPLACED")

    def _stored(self, rule_key, text):
        """KB 26271: storing a rule of a type INFODIR keeps globally resident
        (R-R<type>) reminds that F ACF2,REBUILD(type) activates it (ACF60039)."""
        rtype = rule_key.split(" ", 1)[0]
        if f"R-R{rtype}" in self.state.gso.get("INFODIR", {}).get("types", []):
            return f"{text}; ACF60039 ISSUE THE F ACF2,REBUILD({rtype}) COMMAND TO ACTIVATE THE RULE"
        return text

    def finish(self):
        """Compact every rule set this run deleted lines from (see _rule_set);
        a compile still reading input ends with the deck."""
        self.end_compile_at_end()
        for view in self._rule_sets.values():
            view.compact()

    def _rule_type(self, verb):
        kind = self._kind()
        if kind != "rule":
            raise Invalid(f"{verb}: needs SET RULE or SET RESOURCE(t), not the {kind} context")
        return self.context[1]

    def _delete_rule(self, operands):
        key, _ = subject(operands, set(), "DELETE")
        # removes the WHOLE rule set (ESM-NOTES 3.1)
        if self.state.rules.pop(f"{self.context[1]} {key}", None) is None:
            return NOT_FOUND, f"{NOT_FOUND_MSG}: {key} (assumed for rules)"
        return OK, f"RULE {key} deleted"

    def _list_rule(self, operands):
        key, _ = subject(operands, set(), "LIST")
        view = self._rule_set(f"{self._rule_type('LIST')} {key}")
        if view is None:
            return NOT_FOUND, f"{NOT_FOUND_MSG}: {key} (assumed for rules)"
        # KB 11494 display: ACF75052 header, $KEY, one line per entry. The
        # result shows the first entries only: a verify deck lists a big rule
        # set once per entry it checks, and the whole set each time would make
        # the dry-run's output (and time) grow with the square of the deck.
        view.compact()
        lines = view.lines
        shown = " | ".join(lines[:LISTED_RULE_LINES])
        more = f" | ... ({len(lines) - LISTED_RULE_LINES} more)" if len(lines) > LISTED_RULE_LINES else ""
        return OK, f"ACF75052 ACCESS RULE {key} STORED BY ...: {shown}{more}"
