"""Render a model for one ESM: plan -> Jinja templates -> formatted records."""

import jinja2

from esmgen import __version__, resources
from esmgen.format import format_records
from esmgen.plan import plan_setup, plan_undo, plan_verify

KINDS = {"setup": plan_setup, "verify": plan_verify, "undo": plan_undo}

KIND_NOTES = {
    "setup": ("Defines every requirement below. Safe to run again: a create that"
              " finds its object reports that on its own and the alter or replace"
              " after it converges the object to this spec (docs/idempotency.md)."),
    "verify": "Changes nothing: lists each requirement so it can be checked.",
    "undo": ("Removes what the setup deck defined, in reverse order. System-wide"
             " profiles and class activation are left; only esmgen's grants on them"
             " are removed."),
}

PHASE_TITLES = {
    "class": "resource classes", "department": "departments", "group": "groups",
    "user": "users", "connect": "group connections", "stc": "started tasks",
    "profile": "resource profiles", "grant": "access", "facility": "multi-user facilities",
    "refresh": "refresh",
}


def quote(text):
    """An apostrophe-quoted operand; apostrophes inside are doubled."""
    return "'" + str(text).replace("'", "''") + "'"


def operands(*parts):
    """Join the non-empty operands with one blank."""
    return " ".join(str(p) for p in parts if p not in (None, ""))


def _environment():
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(resources.templates_dir()),
        undefined=jinja2.StrictUndefined,
        trim_blocks=False,
        lstrip_blocks=True,
        autoescape=False,
        keep_trailing_newline=False,
    )
    env.filters["quote"] = quote
    env.globals["ops"] = operands
    return env


_ENV = None


def environment():
    global _ENV
    if _ENV is None:
        _ENV = _environment()
    return _ENV


def render_lines(model, backend, kind, header):
    """Template output (line protocol) for one deck."""
    steps = KINDS[kind](model)
    header = dict(header, version=__version__, kind_note=KIND_NOTES[kind],
                  phase_titles=PHASE_TITLES)
    template = environment().get_template("deck.j2")
    text = template.render(esm=backend.esm, kind=kind, steps=steps, table=backend.table,
                           model=model, header=header, h=backend.helpers(model))
    return text.splitlines()


def render_deck(model, backend, kind, header):
    """The deck's records (each at most 71 columns) for one ESM and kind."""
    backend.check(model)
    return format_records(render_lines(model, backend, kind, header), backend.style)
