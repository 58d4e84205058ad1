"""Secrets: values a deck needs but no spec, report or listing may contain.

A spec names a secret (a PassTicket key, say); its value comes from the
environment variable ESMGEN_SECRET_<NAME> or from a YAML file given with
--secrets. Only setup decks ask for values; errors name where a value was
looked for, never the value.
"""

import os
import re

from esmgen.errors import Problem, SpecError

HEX16 = re.compile(r"^[0-9A-Fa-f]{16}$")


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
            return str(data[name]), self.doc.where([name])
        where = f"environment variable {env}" + (f" or {self.doc.filename}" if self.doc else "")
        raise SpecError(Problem("--secrets", f"secret '{name}' is needed by this setup deck; set it in {where}"))

    def password(self, name):
        return password_of(self, name)

    def passticket_key(self, name):
        """A 16-hex-digit PassTicket key, upper case."""
        value, source = self._lookup(name)
        if not HEX16.fullmatch(value.strip()):
            raise SpecError(Problem(source, f"secret '{name}' must be exactly 16 hexadecimal digits"
                                    " (its value is not shown)"))
        return value.strip().upper()


def _printable(value):
    return bool(re.fullmatch(r"^[\x20-\x7e]{1,128}$", value)) and "'" not in value


def password_of(secrets, name):
    """A certificate import password: printable, no apostrophe (values not shown)."""
    value, source = secrets._lookup(name)
    if not _printable(value):
        raise SpecError(Problem(source, f"secret '{name}' must be 1-128 printable characters"
                                " without an apostrophe (its value is not shown)"))
    return value


class NoSecrets:
    """For decks that must never contain a secret (verify, undo, delta reports)."""

    def passticket_key(self, name):
        raise AssertionError(f"a secret ({name}) was asked for outside a setup deck")

    password = passticket_key
