"""Render a model for one ESM: plan -> Jinja templates -> formatted records.

This module owns the Jinja environment, and with it the cache of compiled
templates (TemplateCache over esmgen.cache): compiling macros.j2 costs more
than the rest of a small run.
"""

import sys
import types

import jinja2
from jinja2.bccache import Bucket

from esmgen import __version__, cache, resources
from esmgen.renderer.format import format_records
from esmgen import kinds as requirement_kinds
from esmgen.renderer.plan import left_alone, plan_setup, plan_undo, plan_verify
from esmgen.renderer.secrets import NoSecrets, Recorded

KINDS = {"setup": plan_setup, "verify": plan_verify, "undo": plan_undo}

KIND_NOTES = {
    "setup": ("Defines every requirement below. Safe to run again: a create that"
              " finds its object reports that on its own and the alter or replace"
              " after it converges the object to this spec (docs/idempotency.md)."),
    "verify": "Changes nothing: lists each requirement so it can be checked.",
    "undo": ("Removes what the setup deck defined, in reverse order. System-wide"
             " profiles and class activation are left; only esmgen's grants on them"
             " are removed."),
    "delta": ("Takes a system set up from the old spec to the new one: adds and"
              " changes first, then removes what the new spec no longer asks for."),
}

PHASE_TITLES = dict({kind.action: kind.title for kind in requirement_kinds.KINDS if kind.action}, refresh="refresh")


def quote(text):
    """An apostrophe-quoted operand; apostrophes inside are doubled."""
    return "'" + str(text).replace("'", "''") + "'"


def operands(*parts):
    """Join the non-empty operands with one blank."""
    return " ".join(str(p) for p in parts if p not in (None, ""))


class TemplateCache(jinja2.BytecodeCache):
    """Jinja's bytecode cache over esmgen.cache: an entry per template and
    content, so an edited template is compiled anew, never served stale."""

    def __init__(self, store):
        self.store = store

    @staticmethod
    def _salt(environment):
        """What besides the template decides its compiled code."""
        options = tuple(getattr(environment, name) for name in (
            "block_start_string", "block_end_string", "variable_start_string",
            "variable_end_string", "comment_start_string", "comment_end_string",
            "line_statement_prefix", "line_comment_prefix", "trim_blocks", "lstrip_blocks",
            "newline_sequence", "keep_trailing_newline", "autoescape", "optimized"))
        return repr((__version__, jinja2.__version__, sys.implementation.cache_tag,
                     sys.version_info[:2], sorted(environment.extensions), options))

    def get_bucket(self, environment, name, filename, source):
        key = cache.digest(self._salt(environment), name, filename or "", source)
        bucket = Bucket(environment, cache.entry_stem("template", name), key)
        self.load_bytecode(bucket)
        return bucket

    def load_bytecode(self, bucket):
        code = self.store.read(bucket.key, bucket.checksum)
        if isinstance(code, types.CodeType):
            bucket.code = code

    def dump_bytecode(self, bucket):
        self.store.write(bucket.key, bucket.checksum, bucket.code)


def _environment():
    store = cache.store()
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(resources.templates_dir()),
        undefined=jinja2.StrictUndefined,
        trim_blocks=False,
        lstrip_blocks=True,
        autoescape=False,
        keep_trailing_newline=False,
        bytecode_cache=TemplateCache(store) if store else None,   # None: compile in memory
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


def _macros(backend, kind, model, secrets=None):
    """The ESM's macros.j2 as a module, with the deck's kind, table and helpers.

    Only setup decks get secret values (h.secret); any other deck that asked
    for one would be a bug, and NoSecrets says so.
    """
    helpers = dict(backend.helpers(model))
    source = secrets or NoSecrets()
    helpers["secret"] = source.passticket_key
    helpers["password"] = source.password
    template = environment().get_template(f"{backend.esm}/macros.j2")
    return template.make_module({"kind": kind, "table": backend.table, "esm": backend.esm,
                                 "h": helpers})


def _header(backend, kind, header, secret_names=()):
    lines = [
        f"~ esmgen {__version__}: {backend.table['name']} {kind} deck",
        f"* {KIND_NOTES[kind]}",
        f"* Spec: {header['spec']} sha256 {header['sha256']}",
        f"* Components: {', '.join(header['components'])}",
        f"* Variables: {', '.join(header['variables'])}",
    ]
    lines += [f"* WARNING: {warning}" for warning in header.get("warnings", ())]
    lines += [f"* NOTE: {note}" for note in header.get("notes", ())]
    if secret_names:
        lines.append(f"* SECRETS: this deck holds the values of {', '.join(secret_names)}. Batch TSO"
                     " echoes every command to SYSTSPRT, so they will be in the job output too:"
                     " send SYSTSPRT to a held output class, purge it once checked, and keep this"
                     " deck out of version control and shared libraries.")
    return lines


def render_lines(model, backend, kind, header, secrets=None):
    """Template output (line protocol of esmgen.renderer.format) for one deck."""
    secrets = Recorded(secrets) if secrets and kind == "setup" else None
    macros = _macros(backend, kind, model, secrets)
    entries = [(kind, step, macros) for step in KINDS[kind](model)]
    notes = _left_alone(model) if kind == "undo" else ()
    return _lines(backend, kind, header, macros, entries, secrets, notes)


def _left_alone(model):
    """Comment lines that say what an undo deck leaves in place, and why."""
    kept = left_alone(model)
    if not kept:
        return []
    return ["~ left alone"] + [f"* {label}: {why}" for label, why in kept]


def render_delta_deck(entries, backend, header, secrets=None):
    """Records of a delta deck: entries are (mode, step, model) from plan_delta."""
    secrets = Recorded(secrets) if secrets else None
    modules = {}
    prepared = []
    for mode, step, model in entries:
        macros = modules.setdefault(id(model), _macros(backend, "setup", model, secrets))
        prepared.append((mode, step, macros))
    first = next(iter(modules.values()), None)
    return format_records(_lines(backend, "delta", header, first, prepared, secrets), backend.style)


def _lines(backend, kind, header, macros, entries, secrets=None, notes=()):
    """The skeleton every ESM shares: header, a banner per phase, the purpose
    of each requirement as a comment, then the ESM macro for the step's
    action and mode (`setup_grant`, `undo_user`, ...). Steps whose macro
    writes nothing (a concept the ESM does not have) leave no trace.
    """
    if macros is None:
        return _header(backend, kind, header)
    lines = list(notes) + str(macros.begin()).splitlines()
    phase = purpose = None
    for mode, step, module in entries:
        body = str(getattr(module, f"{mode}_{step.action}")(step.obj))
        if not body.strip():
            continue
        section = (mode, step.action) if kind == "delta" else step.action
        if section != phase:
            phase, purpose = section, None
            title = PHASE_TITLES[step.action]
            lines.append(f"~ {title}" if kind != "delta" or step.action == "refresh"
                         else f"~ {title}: {'remove' if mode == 'undo' else 'add or change'}")
        if step.purpose and step.purpose != purpose:
            purpose = step.purpose
            lines.append(f"* {step.component}: {step.purpose}")
        flags = _risks(mode, step)
        if flags:
            lines.append(f"* RISK: {'; '.join(flags)}")
        lines.extend(body.splitlines())
    secret_names = list(secrets.used) if secrets else []
    return _header(backend, kind, header, secret_names) + lines + str(macros.end()).splitlines()


def _risks(mode, step):
    """What a reviewer must weigh before a setup step runs (kinds: risks)."""
    kind = requirement_kinds.BY_ACTION.get(step.action)
    return kind.risks(step.obj) if mode == "setup" and kind and kind.risks else []


def render_deck(model, backend, kind, header, secrets=None):
    """The deck's records (each at most 71 columns) for one ESM and kind."""
    backend.check(model)
    return format_records(render_lines(model, backend, kind, header, secrets), backend.style)
