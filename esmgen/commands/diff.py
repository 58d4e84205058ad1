"""esmgen diff: the risk-flagged report of two specs, or the delta deck."""

import click

from esmgen import api, esms
from esmgen.renderer import diff as diffmod
from esmgen.commands.common import FILE
from esmgen.files import refuse_inputs, write_atomic


@click.command("diff")
@click.argument("old", type=FILE)
@click.argument("new", type=FILE)
@click.option("--set", "settings", multiple=True, metavar="NAME=VALUE", help="Set a variable in both specs.")
@click.option("--values", type=FILE, help="YAML variable settings for both specs.")
@click.option("--zowe-yaml", type=FILE, help="zowe.yaml for both specs.")
@click.option("--component", "components", multiple=True, metavar="NAME", help="Components (both specs).")
@click.option("--secrets", type=FILE, help="Secrets for a delta deck (as for render).")
@click.option("-e", "--esm", type=click.Choice(esms.NAMES, case_sensitive=False), help="Only what applies to this ESM (needed with --deck).")
@click.option("--deck", is_flag=True, help="Write the delta deck instead of the report.")
@click.option("-f", "--format", "fmt", type=click.Choice(("markdown", "json", "tso", "jcl"), case_sensitive=False),
              help="Report: markdown (default) or json. Deck: jcl (default) or tso.")
@click.option("-o", "--out", type=FILE, help="Write here (atomically) instead of stdout.")
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
        refuse_inputs(out, [old, new, kw["values"], kw["zowe_yaml"], kw["secrets"]])
        write_atomic(out, text)
    else:
        click.echo(text, nl=False)
    if status:
        raise click.exceptions.Exit(status)

