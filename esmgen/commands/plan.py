"""esmgen plan: the deck that takes a given ESM state to the spec, and nothing more."""

import click

from esmgen import api
from esmgen.commands.common import FILE, inputs, one_state_source, read_state_source, state_source_options, say_notes, spec_options
from esmgen.files import refuse_inputs, write_atomic
from esmgen.renderer import jcl
from esmgen.renderer.backends import Backend
from esmgen.renderer.secrets import Recorded
from esmgen.simulator import engine
from esmgen.simulator import plan as planner
from esmgen.verdicts import MARKER

# IBM TSO/E User's Guide, "Running the TMP in the background" (IKJEFT1A):
# a command that returns a non-zero code ends the step with that code in
# register 15, so a plan job, which expects no failure, stops at the first.
PLAN_PROGRAM = "IKJEFT1A"


@click.command("plan")
@spec_options
@state_source_options
@click.option("-k", "--kind", type=click.Choice(("setup", "undo"), case_sensitive=False), default="setup",
              show_default=True)
@click.option("-f", "--format", "fmt", type=click.Choice(("jcl", "tso"), case_sensitive=False), default="jcl",
              show_default=True)
@click.option("-o", "--out", type=FILE, help="Write here (atomically) instead of stdout.")
@click.option("--job-name", default="ESMGEN", show_default=True, help="JOB statement name (--format jcl).")
def plan(esm, state_in, unload, listing, kind, fmt, out, job_name, **kw):
    """Write only the commands this state still needs to reach the spec.

    The full setup (or undo) deck is simulated on the state; every command
    whose removal still leads to the same state is dropped (planned
    failures, alters that change nothing, a delete and add of what is
    already right). Every command of the plan succeeds on that state. The
    job runs IKJEFT1A, which ends the step at the first command that fails.

    Exit status: 0 plan written (maybe empty), 1 the spec cannot be reached
    from this state (the failing commands are listed), 2 bad input.

    \b
    Examples:
      esmgen dry-run setup.jcl --esm racf --baseline zos --save-state now.json
      esmgen plan --esm racf --state now.json --format tso
      esmgen plan --esm racf --unload IRRDBU00.txt --out PLAN.jcl
      esmgen plan --esm racf --listing VERIFY.SYSTSPRT.txt --format tso
    """
    esm, kind, fmt = esm.lower(), kind.lower(), fmt.lower()
    one_state_source(state_in, unload, listing)
    given = inputs(kw)
    if out:
        refuse_inputs(out, [given.profiles, given.values, given.zowe_yaml, given.secrets, state_in, unload,
                            listing])
    options = jcl.JobOptions(job_name=job_name)
    jcl.check_options(options)
    state = read_state_source(esm, state_in, unload, listing)
    state_in = state_in or unload or listing
    loaded = api.load(given)
    say_notes(loaded)
    deck = api.render(loaded, esm, kind, "tso", secrets=Recorded(loaded.secrets))
    found = planner.plan(deck, esm, state)
    missing = _unreached(loaded, esm, kind, found.target, state)
    if found.problems or missing:
        for problem in found.problems + found.unplanned + [f"not reached: {fact}" for fact in missing]:
            click.echo(f"esmgen: {problem}", err=True)
        click.echo(f"esmgen: the {kind} deck does not reach the spec from {state_in}: no plan written", err=True)
        raise click.exceptions.Exit(1)
    records = plan_records(deck, found, kind)
    if fmt == "tso":
        text = "\n".join(records) + "\n"
    else:
        notes = [f"esmgen plan: the {found.changes} commands of the {kind} deck that the"
                 f" state {state_in} still needs (and the session and refresh commands they need).",
                 f"PGM={PLAN_PROGRAM} ends the step at the first command that fails: the job's"
                 " return code is that command's."]
        text = "\n".join(jcl.single_job(esm, records, options, notes, "ESMGEN PLAN", PLAN_PROGRAM)) + "\n"
    if out:
        write_atomic(out, text)
    else:
        click.echo(text, nl=False)


def _unreached(loaded, esm, kind, target, state):
    """Required facts (explain --facts) the setup deck would not reach; for undo, facts
    the state had that the deck removes but should not, none (undo removes only its own)."""
    if kind != "setup":
        return []
    required = Backend(esm, loaded.doc).required_facts(api.model_for(loaded, esm=esm))
    return sorted(required - engine.state_facts(target))


def plan_records(deck, found, kind):
    """The kept commands' records, each after the comments that precede it in the deck."""
    lines = deck.splitlines()
    records = [f"/* esmgen plan: {found.changes} commands of the {kind} deck are still needed */"]
    if not found.kept:
        records.append("/* nothing to do: the state already holds what the spec requires */")
    kept, previous_end = set(found.kept), 0
    for index, (first, last) in enumerate(found.spans):
        if index in kept:
            if index:     # the full deck's header describes the full deck: the plan has its own
                records += [line for line in lines[previous_end:first - 1] if line.strip() and MARKER not in line]
            records += lines[first - 1:last]
        previous_end = last
    return records
