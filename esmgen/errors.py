"""Errors that reach the user as `FILE:LINE:COL: message` and exit status 2."""


class EsmgenError(Exception):
    """Bad input: reported without a traceback, exit status 2."""


class FormatError(ValueError):
    """A command that cannot be laid out in records safely (esmgen.renderer.format)."""


class SpecError(EsmgenError):
    """One or more problems, each tied to a place in an input file."""

    def __init__(self, problems):
        if isinstance(problems, Problem):
            problems = [problems]
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class Problem:
    """A message with the place (`file:line:col` or an option name) it refers to."""

    def __init__(self, where, message):
        self.where = where
        self.message = message

    def __str__(self):
        return f"{self.where}: {self.message}" if self.where else self.message

    def __repr__(self):
        return f"Problem({self.where!r}, {self.message!r})"
