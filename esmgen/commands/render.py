"""esmgen render (a deck, a job, a deck set, an AT-TLS policy) and esmgen validate."""

import os

import click

from esmgen import api, esms
from esmgen.renderer import deckset
from esmgen.renderer import jcl
from esmgen.commands.common import DIRECTORY, FILE, inputs, say_notes, spec_options
from esmgen.errors import EsmgenError
from esmgen.renderer.backends import Backend
from esmgen.files import refuse_inputs, write_atomic
from esmgen.renderer.secrets import Recorded


@click.command("render")
@spec_options
@click.option("-e", "--esm", type=click.Choice(esms.NAMES + ("all",), case_sensitive=False),
              help="Security manager; 'all' with --format jcl gives one job for the three"
              " [default: zowe.setup.security.product of --zowe-yaml, else all].")
@click.option("-k", "--kind", type=click.Choice(("setup", "verify", "undo"), case_sensitive=False), default="setup",
              show_default=True, help="setup defines, verify only lists, undo removes.")
@click.option("-f", "--format", "fmt", type=click.Choice(("jcl", "tso", "attls"), case_sensitive=False), default="jcl",
              show_default=True, help="IKJEFT01 job, bare TSO command stream, or the AT-TLS policy"
              " of the components' tls rules.")
@click.option("-o", "--out", type=FILE, help="Write here (atomically) instead of stdout.")
@click.option("--out-dir", type=DIRECTORY,
              help="Write the whole deck set (setup, verify, undo per ESM) and a MANIFEST here.")
@click.option("--check", is_flag=True,
              help="With --out-dir: write nothing, exit 1 when any member would change.")
@click.option("--with-secrets", is_flag=True,
              help="With --out-dir: write setup decks that hold secrets (mode 0600) instead of"
              " placeholders; keep them out of version control.")
@click.option("--job-name", default="ESMGEN", show_default=True,
              help="Job name for the default job card (1-8 characters A-Z 0-9 # $ @, upper case).")
@click.option("--job-card", type=FILE,
              help="File with your JOB statement, its continuations, JCL comments and JES2/JES3"
              " control statements (replaces the default job card).")
@click.option("--dlm", default="$$", show_default=True,
              help="In-stream data delimiter: 2 characters of A-Z 0-9 # $ @ , . / ' ( ) * & + - ="
              " (written in apostrophes when special).")
def render(esm, kind, fmt, out, out_dir, check, with_secrets, job_name, job_card, dlm, **kw):
    """Write a deck for one ESM, or a job for all three.

    \b
    Examples:
      esmgen render --esm racf --out ZWESECUR.jcl
      esmgen render --esm tss --kind undo --format tso
      esmgen render --esm acf2 --component all --set hlq=SYS2.ZWE --set hlq_group=SYS2
    """
    if check and not out_dir:
        raise click.UsageError("--check goes with --out-dir")
    if out and out_dir:
        raise click.UsageError("choose --out or --out-dir")
    if with_secrets and not out_dir:
        raise click.UsageError("--with-secrets goes with --out-dir")
    given = inputs(kw)
    if out:
        refuse_inputs(out, [given.profiles, given.values, given.zowe_yaml, given.secrets, job_card])
    if fmt == "attls":
        loaded = api.load(given)
        say_notes(loaded)
        text, notes = api.render_attls(loaded)
        for note in notes:
            click.echo(f"warning: {note}", err=True)
        write_atomic(out, text) if out else click.echo(text, nl=False)
        return
    options = jcl.JobOptions(job_name=job_name, dlm=dlm,
                             job_card=_read_job_card(job_card) if job_card else [])
    jcl.check_options(options, where_card=job_card or "--job-card")
    loaded = api.load(given)
    say_notes(loaded)
    esm = api.default_esm(loaded, esm and esm.lower())
    if fmt == "tso" and esm == "all" and not out_dir:
        raise click.UsageError("--format tso writes one ESM's stream: choose --esm racf, acf2 or tss")
    if out_dir:
        _deck_set(loaded, esm, fmt, options, out_dir, check, with_secrets)
        return
    asked = Recorded(loaded.secrets)
    notes = []
    text = api.render(loaded, esm, kind, fmt, options, secrets=asked, warnings=notes)
    if out:
        write_atomic(out, text, secret=bool(asked.used))
    else:
        click.echo(text, nl=False)
    # after the deck: a write that fails says only why (the deck carries them too)
    for note in notes:
        click.echo(f"warning: {note}", err=True)


def _deck_set(loaded, esm, fmt, options, out_dir, check, with_secrets):
    members = deckset.plan_deck_set(loaded, esm, fmt, options, with_secrets)
    if check:
        found = deckset.check_deck_set(out_dir, members)
        why = {"missing": "missing", "stale": "not current", "extra": "no longer in the set (its MANIFEST"
               " still lists it)"}
        for name, state, detail in found:
            click.echo(f"{os.path.join(out_dir, name)}: {why[state]}", err=True)
            if detail:
                click.echo(detail, err=True)
        if found:
            raise click.exceptions.Exit(1)
        click.echo(f"{out_dir}: {len(members)} members current")
        return
    written = deckset.write_deck_set(out_dir, members)
    click.echo(f"{out_dir}: wrote {', '.join(written)}")


def _read_job_card(path):
    """The job card's records, one per line (a final CR of each line and blank
    lines at the end dropped), so that errors name the file's own line numbers."""
    try:
        with open(path, encoding="ascii", newline="") as handle:
            records = [line[:-1] if line.endswith("\r") else line for line in handle.read().split("\n")]
    except (OSError, UnicodeDecodeError) as exc:
        raise EsmgenError(f"{path}: cannot read job card: {exc}") from None
    while records and not records[-1].strip():
        records.pop()
    if not records:
        raise EsmgenError(f"{path}: the job card is empty")
    return records


@click.command("validate")
@spec_options
@click.option("-e", "--esm", type=click.Choice(esms.NAMES + ("all",), case_sensitive=False), default="all", show_default=True,
              help="Check what this ESM can express.")
def validate(esm, **kw):
    """Check a spec and its variables without writing anything.

    Checks every component unless --component names some. Warnings (an
    UNVERIFIED class mapping, a name past a documented length) go to stderr
    and do not fail the check.
    """
    given = inputs(kw)
    given.components = given.components or ["all"]
    loaded = api.load(given, check_bundled=True)
    counts = []
    notes = []
    for name in api.esms_for(esm):
        model = api.model_for(loaded, esm=name)
        backend = Backend(name, loaded.doc)
        backend.check(model)
        notes += backend.warnings(model)
        counts.append(f"{name}: {len(model.users)} users, {len(model.groups)} groups,"
                      f" {len(model.profiles)} profiles, {len(model.grants)} grants")
    for note in notes:
        click.echo(f"warning: {note}", err=True)
    click.echo(f"{loaded.spec_label}: valid; components: {', '.join(loaded.selected)}")
    for line in counts:
        click.echo(f"  {line}")

