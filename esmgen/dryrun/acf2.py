"""Placeholder until the acf2 executor lands."""

from esmgen.dryrun.outcomes import BaseExecutor


class Executor(BaseExecutor):
    pass
