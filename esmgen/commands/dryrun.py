"""esmgen dry-run: a deck applied to a simulated ESM, offline."""

import json

import click
from click.core import ParameterSource

from esmgen import esms
from esmgen.commands.common import FILE, has_unload, read_input, read_listing_state, read_state, read_unload_state
from esmgen.simulator import engine
from esmgen.facts import listing
from esmgen.files import refuse_inputs, write_atomic


@click.command("dry-run")
@click.argument("deck", type=FILE)
@click.option("-e", "--esm", type=click.Choice(esms.NAMES, case_sensitive=False), required=True, help="The ESM to simulate.")
@click.option("--baseline", type=click.Choice(("empty", "zos")), default="empty", show_default=True,
              help="Start from an empty database, or from a typical z/OS system (IBMUSER, SYS1, the"
              " usual active classes, what the bundled catalog expects to exist).")
@click.option("--state", "state_in", type=FILE,
              help="Start from this saved state (JSON) instead of an empty database.")
@click.option("--unload", "unload", type=FILE,
              help="Start from a RACF database unload (IRRDBU00 output downloaded as text; --esm racf).")
@click.option("--listing", "listing_in", type=FILE,
              help="Start from what the SYSTSPRT listing of the ESM's verify deck shows.")
@click.option("--save-state", type=FILE, help="Write the resulting state (JSON).")
@click.option("--facts", is_flag=True, help="Print the resulting state's facts instead of the results.")
@click.option("-f", "--format", "fmt", type=click.Choice(("text", "json"), case_sensitive=False), default="text", show_default=True)
@click.pass_context
def dry_run(ctx, deck, esm, baseline, state_in, unload, listing_in, save_state, facts, fmt):
    """Apply a deck (TSO stream or IKJEFT01 job) to a simulated ESM, offline.

    Exit status: 0 when every command is ok or finds its object already
    there, 1 when any command fails, 2 when the deck or state is unusable.

    \b
    Examples:
      esmgen render --esm racf --out setup.jcl && esmgen dry-run setup.jcl --esm racf
      esmgen dry-run setup.jcl --esm racf --save-state after.json
      esmgen dry-run setup.jcl --esm racf --state after.json     # a second run
      esmgen dry-run setup.jcl --esm racf --baseline zos --facts > have.txt
      esmgen dry-run setup.jcl --esm racf --unload racf.irrdbu00   # from the real database
      esmgen dry-run setup.jcl --esm racf --listing verify.systsprt  # from a verify listing
    """


    text = read_input(deck)
    if state_in and baseline != "empty":
        raise click.UsageError("choose --state or --baseline")
    if unload and listing_in:
        raise click.UsageError("choose --unload or --listing")
    if unload:
        _unload_usage(ctx, esm, state_in)
        state = read_unload_state(unload, esm=esm)
    elif listing_in:
        _start_usage(ctx, state_in, "--listing")
        state = read_listing_state(listing_in, esm.lower())
    else:
        state = read_state(state_in, esm) if state_in else engine.baseline_state(esm, baseline)
    results = engine.run_deck(text, esm, state, label=deck)
    if save_state:
        refuse_inputs(save_state, [deck])      # --state may be updated in place
        write_atomic(save_state, state.to_json())
    if facts:
        click.echo(listing(engine.state_facts(state)), nl=False)
    elif fmt == "json":
        click.echo(json.dumps({"esm": esm, "deck": deck, "results": [r._asdict() for r in results],
                               "summary": engine.summary(results)}, indent=1))
    else:
        click.echo(_results_text(results), nl=False)
    if not engine.succeeded(results):
        raise click.exceptions.Exit(1)


def _unload_usage(ctx, esm, state_in):
    """--unload is a RACF database and the whole starting state."""
    if not has_unload(esm):
        raise click.UsageError(f"--unload reads a RACF database unload: it needs --esm racf, not {esm}")
    _start_usage(ctx, state_in, "--unload")


def _start_usage(ctx, state_in, option):
    """An unload or listing is the whole starting state."""
    explicit = ctx.get_parameter_source("baseline") not in (None, ParameterSource.DEFAULT)
    if state_in or explicit:
        raise click.UsageError(f"{option} is the starting state: it cannot go with --state or --baseline")


def _results_text(results):

    lines = [f"{r.line:>5}  {r.outcome:<11} {r.command}\n       {'':<11} {r.message}" for r in results]
    counts = engine.summary(results)
    lines.append(f"{len(results)} commands: " + ", ".join(f"{n} {k}" for k, n in sorted(counts.items())))
    return "\n".join(lines) + "\n"

