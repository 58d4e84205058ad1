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


def _macros(backend, kind, model):
    """The ESM's macros.j2 as a module, with the deck's kind, table and helpers."""
    template = environment().get_template(f"{backend.esm}/macros.j2")
    return template.make_module({"kind": kind, "table": backend.table, "esm": backend.esm,
                                 "h": backend.helpers(model)})


def _header(backend, kind, header):
    return [
        f"~ esmgen {__version__}: {backend.table['name']} {kind} deck",
        f"* {KIND_NOTES[kind]}",
        f"* Spec: {header['spec']} sha256 {header['sha256']}",
        f"* Components: {', '.join(header['components'])}",
        f"* Variables: {', '.join(header['variables'])}",
    ]


def render_lines(model, backend, kind, header):
    """Template output (line protocol of esmgen.format) for one deck.

    The skeleton is the same for every ESM: header, a banner per phase, the
    purpose of each requirement as a comment, then the ESM macro for the
    step's action and the deck's kind (`setup_grant`, `undo_user`, ...).
    Steps whose macro writes nothing (a concept the ESM does not have) leave
    no trace.
    """
    macros = _macros(backend, kind, model)
    lines = _header(backend, kind, header) + str(macros.begin()).splitlines()
    phase = purpose = None
    for step in KINDS[kind](model):
        body = str(getattr(macros, f"{kind}_{step.action}")(step.obj))
        if not body.strip():
            continue
        if step.action != phase:
            phase, purpose = step.action, None
            lines.append(f"~ {PHASE_TITLES[step.action]}")
        if step.purpose and step.purpose != purpose:
            purpose = step.purpose
            lines.append(f"* {step.component}: {step.purpose}")
        lines.extend(body.splitlines())
    return lines + str(macros.end()).splitlines()


def render_deck(model, backend, kind, header):
    """The deck's records (each at most 71 columns) for one ESM and kind."""
    backend.check(model)
    return format_records(render_lines(model, backend, kind, header), backend.style)
