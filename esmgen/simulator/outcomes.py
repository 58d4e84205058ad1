"""The base every ESM executor builds on; outcome names come from esmgen.verdicts."""


from esmgen.simulator.syntax import parse
from esmgen.verdicts import ERROR, EXISTS, NOT_FOUND, OK, UNSUPPORTED

SESSION, REFRESH = "session", "refresh"       # roles of commands that change no record

__all__ = ["SESSION", "REFRESH", "OK", "EXISTS", "NOT_FOUND", "ERROR", "UNSUPPORTED", "BaseExecutor", "Invalid", "Unsupported",
           "by_name"]


class Unsupported(Exception):
    """An operand the engine does not model: the command is reported, not run."""


class Invalid(Exception):
    """A required operand is missing or malformed: the command fails (error)."""


class BaseExecutor:
    """Dispatches a command to `cmd_<VERB>(operands)`; unknown verbs are unsupported."""

    aliases = {}

    def __init__(self, state):
        self.state = state

    def run(self, command):
        """(outcome, message) of one command; Unsupported and Invalid end it."""
        try:
            return self.dispatch(command)
        except Unsupported as exc:
            return UNSUPPORTED, str(exc)
        except Invalid as exc:
            return ERROR, str(exc)

    def finish(self):
        """Called once after the deck's last command (an executor may defer work)."""

    def role(self, command):
        """SESSION for a command that opens or sets up a session (TSO PROFILE, ACF2
        ACF and END), REFRESH for one that makes the ESM pick up changes without
        changing its database (SETROPTS ... REFRESH, F ACF2,..., TSS REFRESH),
        None for the rest (esmgen.simulator.plan keeps the first two by rule)."""
        return SESSION if command.text.split(" ", 1)[0].upper() == "PROFILE" else None

    def dispatch(self, command):
        """Call cmd_<VERB>(operands); an ESM with modes overrides this."""
        verb, operands = parse(command.text)
        verb = self.aliases.get(verb, verb)
        handler = getattr(self, f"cmd_{verb.replace('-', '_')}", None)
        if handler is None:
            return UNSUPPORTED, f"{verb}: command not modeled by the dry-run engine"
        return handler(operands)


def by_name(operands, allowed, verb, prefixes=False):
    """{NAME: Operand} of keyword operands; unknown ones are Unsupported.

    prefixes: the command's keywords may be shortened to any prefix that no
    other keyword of the command shares, as TSO parse allows (z/OS TSO/E
    Primer, "Keywords"); an exact keyword always wins.
    """
    found = {}
    for op in operands:
        if op.name not in allowed:
            if not op.name[:1].isalpha():
                # not even a keyword: TSO rejects it (a stray character, a broken continuation)
                raise Invalid(f"{verb}: {op.name!r} is not a valid operand")
            full = _unique_prefix(op.name, allowed, verb) if prefixes else None
            if full is None:
                raise Unsupported(f"{verb}: operand {op.name} not modeled by the dry-run engine")
            op = op._replace(name=full)
        found[op.name] = op
    return found


def _unique_prefix(short, allowed, verb):
    candidates = sorted(name for name in allowed if name.startswith(short))
    if len(candidates) > 1:
        raise Invalid(f"{verb}: keyword {short} is ambiguous ({', '.join(candidates)});"
                      " TSO cannot prompt in batch (assumed message)")
    return candidates[0] if candidates else None
