"""What the commands share: file option types, the spec options, reading inputs.

A command module imports this and what it needs itself; esmgen.cli loads a
command's module only when that command runs (docs/performance.md).
"""

import click

from esmgen.errors import EsmgenError
from esmgen.loader import read_text

FILE = click.Path(dir_okay=False)
DIRECTORY = click.Path(file_okay=False)


def spec_options(func):
    """Options that choose the spec, its variables and its components."""
    options = [
        click.option("-p", "--profiles", "profiles", type=FILE,
                     help="Spec file (default: the bundled catalog; `esmgen catalog` writes it out)."),
        click.option("-s", "--set", "settings", multiple=True, metavar="NAME=VALUE",
                     help="Set a variable; strongest override, repeatable."),
        click.option("--values", type=FILE,
                     help="YAML file of NAME: VALUE variable settings."),
        click.option("--zowe-yaml", type=FILE,
                     help="Read Zowe's zowe.yaml for groups, users, STCs and the data set prefix."),
        click.option("-c", "--component", "components", multiple=True, metavar="NAME",
                     help="Component to include (repeatable, or 'all'; default: the spec's defaults)."),
        click.option("-x", "--skip-component", "skip_components", multiple=True, metavar="NAME",
                     help="Component to leave out (repeatable), e.g. a default one."),
        click.option("--secrets", type=FILE,
                     help="YAML file of NAME: VALUE secrets for setup decks (or ESMGEN_SECRET_<NAME>)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def inputs(kw):
    """The api.Inputs of the spec options (popped from a command's keyword arguments)."""
    from esmgen import api       # here: dry-run and check-output never load the renderer
    return api.Inputs(profiles=kw.pop("profiles"), settings=list(kw.pop("settings")),
                      values=kw.pop("values"), zowe_yaml=kw.pop("zowe_yaml"),
                      components=list(kw.pop("components")), secrets=kw.pop("secrets"),
                      skip_components=list(kw.pop("skip_components")))


def read_input(path):
    """A deck, listing or state: UTF-8 text of at most the input limit; '-' is stdin."""
    return read_text(path)[0]


def read_state(path, esm):
    """A state saved by `dry-run --save-state`, checked to be for esm (EsmgenError if not)."""
    from esmgen.simulator.state import State     # here: render never loads the simulator
    try:
        state = State.from_json(read_input(path))
    except (ValueError, TypeError, RecursionError) as exc:
        raise EsmgenError(f"{path}: not a saved esmgen state: {str(exc)[:200]}") from None
    if state.esm != esm:
        raise EsmgenError(f"{path}: the state is for {state.esm}, not {esm}")
    return state


def say_notes(loaded):
    """What the inputs told esmgen that is not an error (missing zowe.yaml keys)."""
    for note in loaded.notes:
        click.echo(f"note: {note}", err=True)


def has_unload(esm):
    """Whether esmgen reads this ESM's database unload (esmgen.esms: Esm.unload)."""
    from esmgen import esms
    return esms.named(esm).unload is not None


def read_unload_state(path, keep=None, esm="racf"):
    """The simulator state of a database unload (RACF IRRDBU00), read as it comes
    (an unload can be big; '-' is stdin); its problems go to stderr, never fatal.
    keep(section, key): which objects to hold (the reader's module, esmgen.esms)."""
    return read_unload(path, keep, esm)[0]


def read_unload(path, keep=None, esm="racf"):
    """(state, report) of a database unload: read_unload_state with the reader's report."""
    import importlib
    import sys
    from esmgen import esms
    # here: only --unload loads the reader
    read_unload = importlib.import_module(esms.named(esm).unload).read_unload
    try:
        if path == "-":
            state, report = read_unload(sys.stdin, path, keep)
        else:
            with open(path, encoding="utf-8", newline=None) as handle:
                state, report = read_unload(handle, path, keep)
    except UnicodeDecodeError as exc:
        raise EsmgenError(f"{path}: not UTF-8 text ({exc.reason})") from None
    except OSError as exc:
        raise EsmgenError(f"{path}: cannot read the unload: {exc.strerror or exc}") from None
    _say_report(path, report, "record types not read")
    return state, report


def _say_report(path, report, not_read):
    """A reader's problems (warnings), notes and what it did not read, on stderr, with lines."""
    for line, text in report.problems:
        click.echo(f"warning: {path}:{line}: {text}", err=True)
    if report.more_problems:
        click.echo(f"warning: {path}: {report.more_problems} more problems not shown", err=True)
    for line, text in getattr(report, "notes", ()):
        click.echo(f"note: {path}:{line}: {text}", err=True)
    if report.unknown:
        kinds = ", ".join(f"{name} ({count})" for name, count in sorted(report.unknown.items()))
        click.echo(f"note: {path}: {not_read}: {kinds}", err=True)


def read_listing_state(path, esm):
    """The simulator state a verify-deck listing (SYSTSPRT) proves, read by the
    ESM's listing module (esmgen.esms: Esm.listing_state); its problems go to
    stderr with their listing lines, never fatal. EsmgenError when the ESM has
    no such module yet or the text is no batch TSO listing."""
    import importlib
    from esmgen import esms
    entry = esms.named(esm)
    try:
        module = importlib.import_module(entry.listing_state)
    except ModuleNotFoundError as exc:
        if exc.name != entry.listing_state:
            raise
        raise EsmgenError(f"{path}: esmgen cannot read {entry.title} listings yet") from None
    text = read_input(path)
    try:
        state, report = module.read_listing(text, path)
    except EsmgenError as exc:
        raise EsmgenError(f"{path}: {exc}") from None
    _say_report(path, report, "command output not read")
    return state


def one_state_source(state_in, unload, listing):
    """The one starting state the options give: exactly one of --state, --unload, --listing."""
    if sum(1 for given in (state_in, unload, listing) if given) != 1:
        raise click.UsageError("give one of --state FILE, --unload FILE or --listing FILE")


def read_state_source(esm, state_in, unload, listing, keep=None):
    """The state of whichever of --state, --unload, --listing was given (one_state_source
    checked); keep(section, key): what of a big unload to hold."""
    if unload and not has_unload(esm):
        raise click.UsageError(f"--unload reads a RACF database unload; for {esm} use --state or --listing")
    if listing:
        return read_listing_state(listing, esm)
    return read_unload_state(unload, keep, esm) if unload else read_state(state_in, esm)


def state_source_options(func):
    """--esm and the three ways to give the ESM's state (audit, plan)."""
    from esmgen import esms
    options = [
        click.option("-e", "--esm", type=click.Choice(esms.NAMES, case_sensitive=False), required=True,
                     help="The ESM the state is from."),
        click.option("--state", "state_in", type=FILE, help="A saved state (dry-run --save-state)."),
        click.option("--unload", type=FILE,
                     help="A RACF database unload (IRRDBU00 output, as text); RACF only."),
        click.option("--listing", type=FILE,
                     help="The SYSTSPRT listing of the ESM's verify deck (render --kind verify)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func
