"""esmgen explain, components and catalog: the reviewer's views of a spec."""

import click

from esmgen import api, esms, resources
from esmgen.commands.common import FILE, inputs, spec_options
from esmgen.facts import listing
from esmgen.renderer.backends import Backend
from esmgen.renderer.explain import components_text, explain_text
from esmgen.files import write_atomic


@click.command("explain")
@spec_options
@click.option("-e", "--esm", type=click.Choice(esms.NAMES, case_sensitive=False), help="Only the requirements that apply to this ESM.")
@click.option("--facts", is_flag=True,
              help="Print the facts a setup deck must leave (compare with dry-run --facts).")
def explain(esm, facts, **kw):
    """Show who gets what, per component, with each requirement's purpose."""
    if facts and not esm:
        raise click.UsageError("--facts needs --esm: facts name things the way one ESM stores them")

    loaded = api.load(inputs(kw))
    model = api.model_for(loaded, esm=esm)
    if esm:
        backend = Backend(esm, loaded.doc)
        backend.check(model)
        if facts:
            click.echo(listing(backend.required_facts(model)), nl=False)
            return
    click.echo(explain_text(model, esm.upper() if esm else ""), nl=False)


@click.command("components")
@click.option("-p", "--profiles", type=FILE, help="Spec file (default: bundled).")
def components(profiles):
    """List the spec's components and their purposes."""

    loaded = api.load(api.Inputs(profiles=profiles))
    click.echo(components_text(loaded.doc), nl=False)


@click.command("catalog")
@click.option("-o", "--out", type=FILE, help="Write it to this file (atomically).")
def catalog(out):
    """Write the bundled catalog, to edit and pass back with --profiles.

    \b
    Example:
      esmgen catalog --out site.yaml && esmgen render --profiles site.yaml
    """
    with open(resources.catalog_path(), "rb") as handle:
        text = handle.read()
    if out:
        write_atomic(out, text)
        click.echo(f"{out}: the bundled catalog; pass it back with --profiles {out}", err=True)
    else:
        click.echo(text.decode("ascii"), nl=False)

