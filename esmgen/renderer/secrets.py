"""Secrets: values a deck needs but no spec, report or listing may contain.

A spec names a secret (a PassTicket key, say); its value comes from the
environment variable ESMGEN_SECRET_<NAME> or from a YAML file given with
--secrets. Only setup and delta decks ask for values, and a deck that asked
says so in its header. Errors name where a value was looked for,
never the value. A value in the file must be a YAML string: 0123 or 0x1F
would be read as a number, so such a value is refused ("quote it"), never
converted.
"""

import os
import re

from esmgen.errors import Problem, SpecError

HEX16 = re.compile(r"[0-9A-Fa-f]{16}")
PRINTABLE_PASSWORD = re.compile(r"[\x20-\x7e]{1,128}")


class Secrets:
    def __init__(self, doc=None, environ=None):
        self.doc = doc                      # loader.Document of a --secrets file, or None
        self.environ = os.environ if environ is None else environ

    def _lookup(self, name):
        env = f"ESMGEN_SECRET_{name.upper()}"
        if env in self.environ:
            return self.environ[env], f"environment variable {env}"
        data = (self.doc.data or {}) if self.doc else {}
        if isinstance(data, dict) and name in data:
            value = data[name]
            if not isinstance(value, str):
                raise SpecError(Problem(self.doc.where([name]), f"secret '{name}' is not a string in YAML;"
                                        " quote it ('...') so it is read exactly as written"
                                        " (its value is not shown)"))
            return value, self.doc.where([name])
        where = f"environment variable {env}" + (f" or {self.doc.filename}" if self.doc else "")
        raise SpecError(Problem("--secrets", f"secret '{name}' is needed by this setup deck; set it in {where}"))

    def password(self, name):
        """A certificate import password: printable, no apostrophe (values not shown)."""
        value, source = self._lookup(name)
        if not PRINTABLE_PASSWORD.fullmatch(value) or "'" in value:
            raise SpecError(Problem(source, f"secret '{name}' must be 1-128 printable characters"
                                    " without an apostrophe (its value is not shown)"))
        return value

    def passticket_key(self, name):
        """A 16-hex-digit PassTicket key, upper case."""
        value, source = self._lookup(name)
        if not HEX16.fullmatch(value):
            raise SpecError(Problem(source, f"secret '{name}' must be exactly 16 hexadecimal digits"
                                    " (its value is not shown)"))
        return value.upper()


class InertSecrets:
    """Gives inert values without reading any secret: a deck rendered with it
    shows which secrets it needs (with Recorded) and can never be used."""

    def passticket_key(self, name):
        return "0" * 16

    def password(self, name):
        return "X"


class Recorded:
    """Passes requests on to a source and records the names asked for, in order."""

    def __init__(self, source):
        self.source = source
        self.used = []

    def _ask(self, getter, name):
        if name not in self.used:
            self.used.append(name)
        return getter(name)

    def passticket_key(self, name):
        return self._ask(self.source.passticket_key, name)

    def password(self, name):
        return self._ask(self.source.password, name)


class NoSecrets:
    """For decks that must never contain a secret (verify, undo, delta reports)."""

    def passticket_key(self, name):
        raise AssertionError(f"a secret ({name}) was asked for outside a setup deck")

    password = passticket_key
