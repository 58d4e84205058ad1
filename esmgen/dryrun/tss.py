"""Placeholder until the tss executor lands."""

from esmgen.dryrun.outcomes import BaseExecutor


class Executor(BaseExecutor):
    pass
