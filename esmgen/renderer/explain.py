"""Reviewer views of a model: who gets what, per component, every kind.

Text that came from a spec is shown with control characters removed, so a
purpose cannot move the cursor, hide rows or change the terminal.
"""

import re

from esmgen import kinds

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def terminal_safe(text):
    """Text for a terminal: control characters (ESC, line breaks...) become blanks."""
    return _CONTROL.sub(" ", str(text))


def _rows(model, component):
    rows = []
    for kind in kinds.KINDS:
        if kind.name == "class":
            continue            # classes follow from the profiles shown
        rows += [kind.row(obj) for obj in kinds.objects(model, kind) if obj.meta.component == component]
    return rows


def explain_text(model, esm_label=""):
    """A table per component: KIND, NAME, WHO, ACCESS, DETAIL."""
    out = []
    headers = ("KIND", "NAME", "WHO", "ACCESS", "DETAIL")
    names = [c.name for c in model.components]
    for component in list(model.components) + _pseudo_components(model, names):
        rows = [tuple(terminal_safe(cell) for cell in row) for row in _rows(model, component.name)]
        if not rows:
            continue
        out.append(terminal_safe(f"{component.name}: {component.purpose}"))
        if getattr(component, "source", ""):
            out.append(terminal_safe(f"  source: {component.source}"))
        widths = [max(len(str(r[i])) for r in rows + [headers]) for i in range(4)]
        for row in [headers] + rows:
            cells = [str(c).ljust(w) for c, w in zip(row[:4], widths)]
            out.append(("  " + "  ".join(cells) + "  " + row[4]).rstrip())
        out.append("")
    if esm_label:
        out.insert(0, f"Requirements for {esm_label}:\n")
    return "\n".join(out).rstrip() + "\n"


class _Pseudo:
    def __init__(self, name, purpose):
        self.name, self.purpose = name, purpose


def _pseudo_components(model, names):
    """Requirements that come from outside the components (the spec's esm_tables)."""
    extra = sorted({o.meta.component for o in model.table_overrides} - set(names))
    return [_Pseudo(name, "the spec overrides these ESM table entries") for name in extra]


def components_text(doc):
    out = []
    for name, raw in doc.data["components"].items():
        flags = ["default" if raw.get("default") else "optional"]
        if "esm" in raw:
            flags.append("only " + ", ".join(raw["esm"]))
        out.append(terminal_safe(f"{name} ({'; '.join(flags)})"))
        purpose = raw["purpose"]["text"] if isinstance(raw["purpose"], dict) else raw["purpose"]
        out.append(terminal_safe(f"  {' '.join(str(purpose).split())}"))
        if raw.get("source"):
            out.append(terminal_safe(f"  source: {' '.join(str(raw['source']).split())}"))
    return "\n".join(out) + "\n"
