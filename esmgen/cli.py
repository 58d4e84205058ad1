"""Command line: esmgen render | validate | explain | components | diff |
check-output | dry-run.

What only some commands use (the dry-run engine, check-output, diff, deck
sets, explain) is imported inside those commands: every run of esmgen pays
for the imports at the top of this module, and `esmgen render` should not
pay for the others (docs/performance.md, "Start-up").
"""

import os

import click

from esmgen import __version__, api, jcl
from esmgen.errors import EsmgenError, SpecError
from esmgen.esm import ESMS, Backend
from esmgen.format import FormatError
from esmgen.secrets import Recorded


# One instance of each path type for every option: click looks up a
# translation of its messages for each instance it makes.
FILE = click.Path(dir_okay=False)
DIRECTORY = click.Path(file_okay=False)


def spec_options(func):
    """Options that choose the spec, its variables and its components."""
    options = [
        click.option("--profiles", "profiles", type=FILE,
                     help="Spec file (default: the bundled profiles.yaml)."),
        click.option("--set", "settings", multiple=True, metavar="NAME=VALUE",
                     help="Set a variable; strongest override, repeatable."),
        click.option("--values", type=FILE,
                     help="YAML file of NAME: VALUE variable settings."),
        click.option("--zowe-yaml", type=FILE,
                     help="Read Zowe's zowe.yaml for groups, users, STCs and the data set prefix."),
        click.option("--component", "components", multiple=True, metavar="NAME",
                     help="Component to include (repeatable, or 'all'; default: the spec's defaults)."),
        click.option("--secrets", type=FILE,
                     help="YAML file of NAME: VALUE secrets for setup decks (or ESMGEN_SECRET_<NAME>)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def write_atomic(path, text, secret=False):
    """esmgen.files.write_atomic, imported when a run writes a file: its signal
    handling costs every run that writes to stdout a millisecond to import."""
    from esmgen import files
    files.write_atomic(path, text, secret=secret)


def _inputs(kw):
    return api.Inputs(profiles=kw.pop("profiles"), settings=list(kw.pop("settings")),
                      values=kw.pop("values"), zowe_yaml=kw.pop("zowe_yaml"),
                      components=list(kw.pop("components")), secrets=kw.pop("secrets"))


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
    """Turns esmgen's input errors into clean messages instead of tracebacks."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except SpecError as exc:
            raise _Reported([str(p) for p in exc.problems]) from None
        except EsmgenError as exc:
            raise _Reported([f"esmgen: {exc}"]) from None
        except FormatError as exc:
            raise _Reported([f"esmgen: cannot lay out a command in 71 columns: {exc}"]) from None


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


@main.command()
@spec_options
@click.option("--esm", type=click.Choice(ESMS + ("all",)), default="all", show_default=True,
              help="Security manager; 'all' with --format jcl gives one job for the three.")
@click.option("--kind", type=click.Choice(("setup", "verify", "undo")), default="setup",
              show_default=True, help="setup defines, verify only lists, undo removes.")
@click.option("--format", "fmt", type=click.Choice(("jcl", "tso", "attls")), default="jcl",
              show_default=True, help="IKJEFT01 job, bare TSO command stream, or the AT-TLS policy"
              " of the components' tls rules.")
@click.option("--out", type=FILE, help="Write here (atomically) instead of stdout.")
@click.option("--out-dir", type=DIRECTORY,
              help="Write the whole deck set (setup, verify, undo per ESM) and a MANIFEST here.")
@click.option("--check", is_flag=True,
              help="With --out-dir: write nothing, exit 1 when any member would change.")
@click.option("--with-secrets", is_flag=True,
              help="With --out-dir: write setup decks that hold secrets (mode 0600) instead of"
              " placeholders; keep them out of version control.")
@click.option("--job-name", default="ESMGEN", show_default=True, help="Job name for the default job card.")
@click.option("--job-card", type=FILE,
              help="File with your JOB statement records (replaces the default job card).")
@click.option("--dlm", default="$$", show_default=True, help="In-stream data delimiter (2 characters).")
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
    if fmt == "attls":
        loaded = api.load(_inputs(kw))
        text, notes = api.render_attls(loaded)
        for note in notes:
            click.echo(f"warning: {note}", err=True)
        write_atomic(out, text) if out else click.echo(text, nl=False)
        return
    if fmt == "tso" and esm == "all" and not out_dir:
        raise click.UsageError("--format tso writes one ESM's stream: choose --esm racf, acf2 or tss")
    options = jcl.JobOptions(job_name=job_name.upper(), dlm=dlm,
                             job_card=_read_job_card(job_card) if job_card else [])
    jcl.check_options(options, where_card=job_card or "--job-card")
    loaded = api.load(_inputs(kw))
    if out_dir:
        _deck_set(loaded, esm, fmt, options, out_dir, check, with_secrets)
        return
    asked = Recorded(loaded.secrets)
    notes = []
    text = api.render(loaded, esm, kind, fmt, options, secrets=asked, warnings=notes)
    for note in notes:
        click.echo(f"warning: {note}", err=True)
    if out:
        write_atomic(out, text, secret=bool(asked.used))
    else:
        click.echo(text, nl=False)


def _deck_set(loaded, esm, fmt, options, out_dir, check, with_secrets):
    from esmgen import deckset
    members = deckset.plan_deck_set(loaded, esm, fmt, options, with_secrets)
    if check:
        stale = deckset.stale_members(out_dir, members)
        for name in stale:
            click.echo(f"{os.path.join(out_dir, name)}: not current", err=True)
        if stale:
            raise click.exceptions.Exit(1)
        click.echo(f"{out_dir}: {len(members)} members current")
        return
    written = deckset.write_deck_set(out_dir, members)
    click.echo(f"{out_dir}: wrote {', '.join(written)}")


def _read_job_card(path):
    try:
        with open(path, encoding="ascii") as handle:
            return [line.rstrip("\n") for line in handle if line.strip()]
    except (OSError, UnicodeDecodeError) as exc:
        raise EsmgenError(f"{path}: cannot read job card: {exc}") from None


@main.command()
@spec_options
@click.option("--esm", type=click.Choice(ESMS + ("all",)), default="all", show_default=True,
              help="Check what this ESM can express.")
def validate(esm, **kw):
    """Check a spec and its variables without writing anything.

    Checks every component unless --component names some.
    """
    inputs = _inputs(kw)
    inputs.components = inputs.components or ["all"]
    loaded = api.load(inputs, check_bundled=True)
    counts = []
    for name in api.esms_for(esm):
        model = api.model_for(loaded, esm=name)
        Backend(name, loaded.doc).check(model)
        counts.append(f"{name}: {len(model.users)} users, {len(model.groups)} groups,"
                      f" {len(model.profiles)} profiles, {len(model.grants)} grants")
    click.echo(f"{loaded.spec_label}: valid; components: {', '.join(loaded.selected)}")
    for line in counts:
        click.echo(f"  {line}")


@main.command()
@spec_options
@click.option("--esm", type=click.Choice(ESMS), help="Only the requirements that apply to this ESM.")
@click.option("--facts", is_flag=True,
              help="Print the facts a setup deck must leave (compare with dry-run --facts).")
def explain(esm, facts, **kw):
    """Show who gets what, per component, with each requirement's purpose."""
    if facts and not esm:
        raise click.UsageError("--facts needs --esm: facts name things the way one ESM stores them")
    from esmgen.dryrun.facts import listing
    from esmgen.explain import explain_text

    loaded = api.load(_inputs(kw))
    model = api.model_for(loaded, esm=esm)
    if esm:
        backend = Backend(esm, loaded.doc)
        backend.check(model)
        if facts:
            click.echo(listing(backend.required_facts(model)), nl=False)
            return
    click.echo(explain_text(model, esm.upper() if esm else ""), nl=False)


@main.command("diff")
@click.argument("old", type=FILE)
@click.argument("new", type=FILE)
@click.option("--set", "settings", multiple=True, metavar="NAME=VALUE", help="Set a variable in both specs.")
@click.option("--values", type=FILE, help="YAML variable settings for both specs.")
@click.option("--zowe-yaml", type=FILE, help="zowe.yaml for both specs.")
@click.option("--component", "components", multiple=True, metavar="NAME", help="Components (both specs).")
@click.option("--secrets", type=FILE, help="Secrets for a delta deck (as for render).")
@click.option("--esm", type=click.Choice(ESMS), help="Only what applies to this ESM (needed with --deck).")
@click.option("--deck", is_flag=True, help="Write the delta deck instead of the report.")
@click.option("--format", "fmt", type=click.Choice(("markdown", "json", "tso", "jcl")),
              help="Report: markdown (default) or json. Deck: jcl (default) or tso.")
@click.option("--out", type=FILE, help="Write here (atomically) instead of stdout.")
def diff_command(old, new, esm, deck, fmt, out, **kw):
    """Compare two specs: a risk-flagged report, or the delta deck.

    Exit status like diff(1): 0 when the specs ask for the same, 1 when they
    differ, 2 on error. With --deck, 0 once the deck is written.

    \b
    Examples:
      esmgen diff old.yaml new.yaml
      esmgen diff old.yaml new.yaml --esm racf --format json
      esmgen diff old.yaml new.yaml --esm tss --deck --out DELTA.jcl
    """
    from esmgen import diff as diffmod

    report_formats, deck_formats = ("markdown", "json"), ("tso", "jcl")
    fmt = fmt or (deck_formats[1] if deck else report_formats[0])
    if (fmt in deck_formats) != deck:
        raise click.UsageError(f"--format {fmt} goes {'without' if deck else 'with'} --deck")
    if deck and not esm:
        raise click.UsageError("--deck needs --esm: a delta deck runs against one ESM")
    loaded = [api.load(api.Inputs(profiles=path, settings=list(kw["settings"]), values=kw["values"],
                                  zowe_yaml=kw["zowe_yaml"], components=list(kw["components"]),
                                  secrets=kw["secrets"]))
              for path in (old, new)]
    if deck:
        text = api.render_delta(loaded[0], loaded[1], esm, fmt)
        status = 0
    else:
        found = api.changes(loaded[0], loaded[1], esm)
        render = diffmod.report_json if fmt == "json" else diffmod.report_markdown
        text = render(found, loaded[0].spec_label, loaded[1].spec_label, esm)
        status = 0 if found.empty() else 1
    if out:
        write_atomic(out, text)
    else:
        click.echo(text, nl=False)
    if status:
        raise click.exceptions.Exit(status)


@main.command("check-output")
@click.argument("listing", type=FILE)
@click.option("--esm", type=click.Choice(ESMS), required=True, help="The ESM the job ran against.")
@click.option("--format", "fmt", type=click.Choice(("text", "json")), default="text", show_default=True)
def check_output(listing, esm, fmt):
    """Give a verdict per command from a job's SYSTSPRT listing.

    Exit status: 0 when every command is ok or found its object already
    there, 1 when any failed (or has a message id esmgen does not know),
    2 when the listing cannot be read.

    \b
    Example:
      esmgen check-output ZWESECUR.systsprt.txt --esm racf --format json
    """
    from esmgen import checkout

    results = checkout.check_listing(_read_text(listing), esm)
    click.echo(checkout.report_json(results) if fmt == "json" else checkout.report_text(results), nl=False)
    if checkout.failed(results):
        raise click.exceptions.Exit(1)


@main.command("dry-run")
@click.argument("deck", type=FILE)
@click.option("--esm", type=click.Choice(ESMS), required=True, help="The ESM to simulate.")
@click.option("--state", "state_in", type=FILE,
              help="Start from this saved state (JSON) instead of an empty database.")
@click.option("--save-state", type=FILE, help="Write the resulting state (JSON).")
@click.option("--facts", is_flag=True, help="Print the resulting state's facts instead of the results.")
@click.option("--profiles", type=FILE,
              help="With --facts: the spec whose esm_tables overrides name the classes.")
@click.option("--format", "fmt", type=click.Choice(("text", "json")), default="text", show_default=True)
def dry_run(deck, esm, state_in, save_state, facts, profiles, fmt):
    """Apply a deck (TSO stream or IKJEFT01 job) to a simulated ESM, offline.

    Exit status: 0 when every command is ok or finds its object already
    there, 1 when any command fails, 2 when the deck or state is unusable.

    \b
    Examples:
      esmgen render --esm racf --out setup.jcl && esmgen dry-run setup.jcl --esm racf
      esmgen dry-run setup.jcl --esm racf --save-state after.json
      esmgen dry-run setup.jcl --esm racf --state after.json     # a second run
      esmgen dry-run setup.jcl --esm racf --facts | diff - <(esmgen explain --esm racf --facts)
    """
    import json
    from dataclasses import asdict

    from esmgen.dryrun import engine
    from esmgen.dryrun.facts import listing
    from esmgen.dryrun.state import State
    from esmgen.esm import load_table

    text = _read_text(deck)
    state = _read_state(state_in, esm) if state_in else State(esm)
    results = engine.run_deck(text, esm, state, label=deck)
    if save_state:
        write_atomic(save_state, state.to_json())
    if facts:
        table = Backend(esm, api.load(api.Inputs(profiles=profiles)).doc).table if profiles else load_table(esm)
        click.echo(listing(engine.state_facts(state, table)), nl=False)
    elif fmt == "json":
        click.echo(json.dumps({"esm": esm, "deck": deck, "results": [asdict(r) for r in results],
                               "summary": engine.summary(results)}, indent=1))
    else:
        click.echo(_results_text(results), nl=False)
    if not engine.succeeded(results):
        raise click.exceptions.Exit(1)


def _read_text(path):
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise EsmgenError(f"{path}: cannot read: {exc}") from None


def _read_state(path, esm):
    from esmgen.dryrun.state import State

    try:
        state = State.from_json(_read_text(path))
    except (ValueError, TypeError) as exc:
        raise EsmgenError(f"{path}: not a saved esmgen state: {exc}") from None
    if state.esm != esm:
        raise EsmgenError(f"{path}: the state is for {state.esm}, not {esm}")
    return state


def _results_text(results):
    from esmgen.dryrun import engine

    lines = [f"{r.line:>5}  {r.outcome:<11} {r.command}\n       {'':<11} {r.message}" for r in results]
    counts = engine.summary(results)
    lines.append(f"{len(results)} commands: " + ", ".join(f"{n} {k}" for k, n in sorted(counts.items())))
    return "\n".join(lines) + "\n"


@main.command()
@click.option("--profiles", type=FILE, help="Spec file (default: bundled).")
def components(profiles):
    """List the spec's components and their purposes."""
    from esmgen.explain import components_text

    loaded = api.load(api.Inputs(profiles=profiles))
    click.echo(components_text(loaded.doc), nl=False)


def run():
    """Console entry point."""
    main(prog_name="esmgen")
