"""The esmgen command line: the group, its error handling, and where each command lives.

Commands live in esmgen.commands, one module per family, and are imported
only when they run (click's lazily loaded subcommands): `esmgen render`
never imports the simulator or the listing checker. Bad input reaches the
user as `FILE:LINE:COL: message` lines with exit status 2, never a traceback.
"""

import importlib

import click

from esmgen import __version__
from esmgen.errors import EsmgenError, FormatError, SpecError
from esmgen.redact import redact

# command name -> "module:attribute" of its click command
COMMANDS = {
    "render": "esmgen.commands.render:render",
    "validate": "esmgen.commands.render:validate",
    "explain": "esmgen.commands.explain:explain",
    "components": "esmgen.commands.explain:components",
    "catalog": "esmgen.commands.explain:catalog",
    "diff": "esmgen.commands.diff:diff_command",
    "check-output": "esmgen.commands.listing:check_output",
    "dry-run": "esmgen.commands.dryrun:dry_run",
    "plan": "esmgen.commands.plan:plan",
    "audit": "esmgen.commands.audit:audit",
    "import": "esmgen.commands.importer:import_command",
}


class _Reported(click.ClickException):
    """Bad input, shown as `FILE:LINE:COL: message` lines, exit status 2."""

    exit_code = 2

    def __init__(self, lines):
        super().__init__("\n".join(lines))
        self.lines = lines

    def show(self, file=None):
        for line in self.lines:
            click.echo(line, err=True)



class EsmgenGroup(click.Group):
    """Loads a command's module when it runs, and turns esmgen's input errors
    into clean messages instead of tracebacks."""

    def list_commands(self, ctx):
        return sorted(COMMANDS)

    def get_command(self, ctx, name):
        if name not in COMMANDS:
            return None
        module, _, attribute = COMMANDS[name].partition(":")
        return getattr(importlib.import_module(module), attribute)

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except SpecError as exc:
            raise _Reported([str(p) for p in exc.problems]) from None
        except EsmgenError as exc:
            raise _Reported([f"esmgen: {exc}"]) from None
        except FormatError as exc:
            raise _Reported([f"esmgen: cannot lay out a command in 71 columns: {redact(str(exc))}"]) from None


@click.group(cls=EsmgenGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="esmgen")
def main():
    """Turn one declarative spec of z/OS security requirements into RACF,
    ACF2 and Top Secret command decks: setup, verify and undo, as TSO
    command streams or IKJEFT01 jobs.

    \b
    Examples:
      esmgen render --esm racf                      RACF setup job, bundled catalog
      esmgen render --esm all --out ZWESECUR.jcl    one job, SET PRODUCT= picks the ESM
      esmgen render --esm tss --kind verify --format tso
      esmgen render --esm acf2 --zowe-yaml zowe.yaml
      esmgen explain --component all
    """


def run():
    """Console entry point."""
    main(prog_name="esmgen")

