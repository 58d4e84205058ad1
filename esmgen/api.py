"""The pipeline in one place: inputs -> spec -> model -> decks.

The CLI, the tests and the benchmark all go through these functions. The
diff and the AT-TLS policy are imported by the functions that use them:
every run imports this module, and most runs need neither.
"""

from dataclasses import dataclass, field
from typing import List, Optional

from esmgen import esms
from esmgen.renderer import jcl
from esmgen.renderer import variables as varmod
from esmgen.errors import EsmgenError
from esmgen.files import shown_name
from esmgen.gcpause import paused_gc
from esmgen.renderer.backends import Backend
from esmgen.loader import load_file
from esmgen.renderer.plan import plan_delta
from esmgen.renderer.render import render_deck, render_delta_deck
from esmgen.renderer.secrets import Recorded, Secrets
from esmgen.renderer.spec import build_model, load_spec, select_components


@dataclass
class Inputs:
    """Everything that decides a deck's content."""

    profiles: Optional[str] = None          # None: the bundled catalog
    settings: List[str] = field(default_factory=list)
    values: Optional[str] = None
    zowe_yaml: Optional[str] = None
    components: List[str] = field(default_factory=list)
    secrets: Optional[str] = None           # YAML file of NAME: VALUE secrets
    skip_components: List[str] = field(default_factory=list)


@dataclass
class Loaded:
    """A spec read and checked, with its variables, components and secrets."""
    doc: object
    values: dict
    selected: list
    spec_label: str
    spec_sha256: str
    secrets: object = None
    product: Optional[str] = None      # racf/acf2/tss from zowe.setup.security.product
    notes: list = field(default_factory=list)   # for the user (stderr), not errors


def load(inputs, check_bundled=False):
    """Read and check the spec and every override source.

    check_bundled: check the bundled catalog against the schema too (a run
    trusts the catalog the tests checked; see spec.load_spec).
    """
    with paused_gc():
        return _load(inputs, check_bundled)


def _load(inputs, check_bundled):
    doc = load_spec(inputs.profiles, check_bundled=check_bundled)
    sources = varmod.Sources(
        zowe_yaml=load_file(inputs.zowe_yaml) if inputs.zowe_yaml else None,
        values=load_file(inputs.values) if inputs.values else None,
        settings=list(inputs.settings))
    values = varmod.resolve(doc, sources)
    found = varmod.zowe_product(sources.zowe_yaml)
    selected = select_components(doc, inputs.components, inputs.skip_components)
    label = spec_label(inputs.profiles)
    secrets = Secrets(load_file(inputs.secrets) if inputs.secrets else None)
    return Loaded(doc, values, selected, label, doc.sha256, secrets,   # digest of the bytes parsed
                  product=found[0] if found else None, notes=sources.notes)


def check_spec_document(data, text, label):
    """Check a spec that esmgen made itself (esmgen import --check) before it is
    saved, as `esmgen validate` checks a file: the schema, the text rules, and
    the model for every ESM with its backend's checks. `data` is what `text`
    parses to; positions come from the text only for an error. SpecError with
    FILE:LINE problems if it fails."""
    from esmgen.loader import Document
    from esmgen.renderer.spec import check_document
    with paused_gc():
        doc = check_document(Document(data, label, text))
        values = varmod.resolve(doc, varmod.Sources(zowe_yaml=None, values=None, settings=[]))
        selected = list(doc.data["components"])
        for esm in esms.NAMES:
            model = build_model(doc, values, selected, esm=esm)
            Backend(esm, doc).check(model)


def spec_label(path):
    """How decks and reports name a spec: its file name (files.shown_name)."""
    return shown_name(path) if path else "profiles.yaml (bundled)"


def model_for(loaded, esm=None, forbidden=()):
    return build_model(loaded.doc, loaded.values, loaded.selected, esm=esm, forbidden=forbidden)


def header(loaded, model=None):
    """What the deck's header comments say about its inputs."""
    components = loaded.selected
    if model is not None:
        components = [c.name for c in model.components
                      if c.name in loaded.selected and (model.esm is None or model.esm in c.esms)]
    return {
        "spec": loaded.spec_label,
        "sha256": loaded.spec_sha256[:16],
        "components": components,
        "variables": [f"{name}={value.text}" for name, value in sorted(loaded.values.items())
                      if model is None or name in model.used_variables],
    }


def esms_for(esm):
    return list(esms.NAMES) if esm == "all" else [esm]


def default_esm(loaded, esm):
    """The ESM a command works on: as given, else zowe.yaml's product, else all."""
    return esm or loaded.product or "all"


def render(loaded, esm, kind, fmt, job=None, secrets=None, warnings=None):
    """The text of a deck: one ESM's TSO stream, or a JCL job for one or all ESMs.

    secrets: where setup decks get secret values (default: the loaded
    --secrets file and the environment). warnings: a list to extend with
    deck_warnings(loaded, esm), from the models the deck was made from
    instead of models built again.
    """
    with paused_gc():
        return _render(loaded, esm, kind, fmt, job, secrets or loaded.secrets, warnings)


def deck_warnings(loaded, esm):
    """Documented limits the selected requirements go past, per ESM."""
    found = []
    for name in esms_for(esm):
        model = model_for(loaded, esm=name)
        found += _empty_warning(loaded, name, model) + Backend(name, loaded.doc).warnings(model)
    return found


def _empty_warning(loaded, name, model):
    if header(loaded, model)["components"]:
        return []
    return [f"no selected component applies to {name.upper()}: its deck has no commands"]


def _render(loaded, esm, kind, fmt, job, secrets, warnings):
    job = job or jcl.JobOptions()
    secrets = Recorded(secrets)
    forbidden = (job.dlm,) if fmt == "jcl" else ()
    streams = {}
    for name in esms_for(esm):
        backend = Backend(name, loaded.doc)
        model = model_for(loaded, esm=name, forbidden=forbidden)
        info = header(loaded, model)
        found = backend.warnings(model)
        if kind == "setup":
            info["warnings"] = found        # the deck says them too: nothing only on the terminal
            info["notes"] = backend.notes(model)
        streams[name] = render_deck(model, backend, kind, info, secrets=secrets if kind == "setup" else None)
        if warnings is not None:    # the model is the one deck_warnings builds: no value held the delimiter
            warnings += _empty_warning(loaded, name, model) + found
    if fmt == "tso":
        (records,) = streams.values()
        return "\n".join(records) + "\n"
    components = loaded.selected if esm == "all" else header(loaded, model)["components"]
    notes = [f"esmgen: {kind} deck from {loaded.spec_label};"
             f" components: {', '.join(components)}.",
             "No command forces the return code: check every message"
             " (or run the verify deck) after the job ends."]
    if secrets.used:
        notes.append(f"SYSTSIN holds secret values ({', '.join(secrets.used)}) and TSO echoes"
                     " each command to SYSTSPRT: give SYSTSPRT a held output class and purge the"
                     " output once checked.")
    title = f"ESMGEN {kind.upper()}"
    if esm == "all":
        lines = jcl.product_job(streams, job, notes, title, loaded.product)
    else:
        lines = jcl.single_job(esm, streams[esm], job, notes, title)
    return "\n".join(lines) + "\n"


def changes(old, new, esm=None):
    """Changes between two loaded specs, as requirements (esmgen.renderer.diff)."""
    from esmgen.renderer import diff as diffmod

    with paused_gc():
        return diffmod.compare(model_for(old, esm=esm), model_for(new, esm=esm))


def render_delta(old, new, esm, fmt, job=None):
    """A deck that takes a system set up from OLD to NEW, for one ESM."""
    from esmgen.renderer import diff as diffmod

    job = job or jcl.JobOptions()
    forbidden = (job.dlm,) if fmt == "jcl" else ()
    old_model = model_for(old, esm=esm, forbidden=forbidden)
    new_model = model_for(new, esm=esm, forbidden=forbidden)
    backend = Backend(esm, new.doc)
    backend.check(old_model)
    backend.check(new_model)
    found = diffmod.compare(old_model, new_model)
    entries = plan_delta(old_model, new_model, [i.obj for i in found.added],
                         [i.obj for i in found.removed], [(o.obj, n.obj) for o, n in found.changed],
                         undo_first=tuple(backend.table["delta_undo_first"]))
    info = header(new, new_model)
    info["spec"] = f"{old.spec_label} -> {new.spec_label}"
    records = render_delta_deck(entries, backend, info, secrets=new.secrets)
    if fmt == "tso":
        return "\n".join(records) + "\n"
    notes = [f"esmgen: delta deck from {old.spec_label} to {new.spec_label}.",
             "No command forces the return code: check every message after the job ends."]
    return "\n".join(jcl.single_job(esm, records, job, notes, "ESMGEN DELTA")) + "\n"


def render_attls(loaded):
    """(policy text, warnings) for the selected components' tls rules."""
    from esmgen.renderer import attls

    model = model_for(loaded)
    if not model.tls_rules:
        raise EsmgenError("the selected components have no tls rules (see --component)")
    components = [c for c in loaded.selected if any(r.meta.component == c for r in model.tls_rules)]
    return attls.render_policy(model, loaded.spec_label, components), attls.warnings(model)
