"""esmgen audit: does this ESM state hold exactly what the spec requires?

The required facts come from the renderer's backend (as `explain --facts`),
the state's facts from the simulator (as `dry-run --facts`), read from a
saved state, a RACF database unload or a verify-deck listing; esmgen.audit compares them.
"""


import click

from esmgen import api, esms
from esmgen import audit as auditmod
from esmgen.commands.common import FILE, inputs, one_state_source, read_state_source, state_source_options, spec_options
from esmgen.errors import EsmgenError
from esmgen.files import refuse_inputs, write_atomic
from esmgen.renderer.backends import Backend


@click.command("audit")
@spec_options
@state_source_options
@click.option("-f", "--format", "fmt", type=click.Choice(("markdown", "json"), case_sensitive=False),
              default="markdown", show_default=True)
@click.option("-o", "--out", type=FILE, help="Write the report here (atomically) instead of stdout.")
def audit(esm, state_in, unload, listing, fmt, out, **kw):
    """Audit an ESM state against the spec, requirement by requirement.

    Each required fact (explain --esm X --facts) is present, missing, or
    different (with the value found); access and UACC on the spec's own
    profiles that the spec does not ask for are extra. Exit status: 0 when
    everything is present as specified and nothing is extra, 1 on drift,
    2 on bad input.

    \b
    Examples:
      esmgen dry-run setup.jcl --esm racf --baseline zos --save-state now.json
      esmgen audit --esm racf --state now.json
      esmgen audit --esm racf --unload IRRDBU00.txt --format json --out audit.json
      esmgen audit --esm racf --listing VERIFY.SYSTSPRT.txt
    """
    esm = esm.lower()
    one_state_source(state_in, unload, listing)
    given = [state_in, unload, listing, kw["profiles"], kw["values"], kw["zowe_yaml"], kw["secrets"]]
    label = state_in or unload or listing
    loaded = api.load(inputs(kw))
    model = api.model_for(loaded, esm=esm)
    backend = Backend(esm, loaded.doc)
    backend.check(model)
    required = backend.required_facts(model)
    # of a big unload, hold only what the spec names: memory follows the spec, not the database
    names = auditmod.named_objects(required)
    state = read_state_source(esm, state_in, unload, listing,
                              keep=lambda section, key: key in names.get(section, (key,)))
    found = _state_facts(state, label)
    result = auditmod.compare(required, found, _unseen(esm) if unload else ())

    if fmt == "json":
        text = auditmod.report_json(result, label, loaded.spec_label, esm)
    else:
        text = auditmod.report_markdown(result, label, loaded.spec_label, esms.named(esm).title)
    if out:
        refuse_inputs(out, given)
        write_atomic(out, text)
    else:
        click.echo(text, nl=False)
    if not result.clean():
        raise click.exceptions.Exit(1)


def _unseen(esm):
    """Fact names the ESM's unload cannot show (its reader's UNSEEN_FACTS)."""
    import importlib
    return importlib.import_module(esms.named(esm).unload).UNSEEN_FACTS


def _state_facts(state, label):
    from esmgen.simulator.engine import state_facts      # here: only audit loads the simulator
    try:
        return state_facts(state)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise EsmgenError(f"{label}: the state cannot be read as facts: {type(exc).__name__}"
                          f" {str(exc)[:200]}") from None
