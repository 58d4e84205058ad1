"""The translation report of an import: per ESM, every item that is not carried
exactly, what that ESM gets instead, the risk, and the rule's sources.
Markdown for a reviewer, json for programs; both list the same findings."""

import json

from esmgen import esms
from esmgen.importer.translation import RISKS, RULES, SOURCES, effect


def by_esm(findings):
    """{esm: {rule: [finding, ...]}} of the findings that touch each ESM."""
    out = {name: {} for name in esms.NAMES}
    for finding in findings:
        for esm in finding.esms:
            if effect(finding.rule, esm) is not None:
                out[esm].setdefault(finding.rule, []).append(finding)
    return out


def counts(findings):
    """{esm: {risk: number of items}}."""
    out = {}
    for esm, rules in by_esm(findings).items():
        tally = dict.fromkeys(RISKS, 0)
        for name, items in rules.items():
            tally[effect(name, esm).risk] += len(items)
        out[esm] = tally
    return out


def markdown(findings, source, counts_read):
    lines = [f"# Translation report: RACF unload {source.label} of {source.date}", "",
             f"Scope: `{source.scope}`. Read: " + ", ".join(f"{n} {what}" for what, n in counts_read.items()) + ".",
             "", "Every item below is imported or converted differently from what RACF holds. Risk: **wider**"
             " (more access than in RACF), **narrower** (less), **unchanged** (same access, other form).", ""]
    grouped = by_esm(findings)
    for esm in esms.REGISTRY:
        rules = grouped[esm.name]
        tally = counts(findings)[esm.name]
        lines += [f"## {esm.title}", "",
                  f"{sum(tally.values())} items: " + ", ".join(f"{n} {risk}" for risk, n in tally.items()) + ".", ""]
        for name in sorted(rules, key=lambda r: (RISKS.index(effect(r, esm.name).risk), r)):
            rule, how = RULES[name], effect(name, esm.name)
            flag = "**RISK: wider access**" if how.risk == "wider" else how.risk
            lines += [f"### {rule.title} ({flag})", "", f"Instead: {how.instead}.", "",
                      "Sources: " + "; ".join(SOURCES[key] for key in rule.sources) + ".", ""]
            lines += [f"- {f.item}" + (f": {f.detail}" if f.detail else "") for f in rules[name]]
            lines.append("")
    return "\n".join(lines)


def as_json(findings, source, counts_read):
    grouped = by_esm(findings)
    return json.dumps({
        "unload": source.label, "date": source.date, "scope": source.scope, "read": counts_read,
        "summary": counts(findings),
        "esms": {esm: [{"item": f.item, "detail": f.detail, "rule": name, "title": RULES[name].title,
                        "instead": effect(name, esm).instead, "risk": effect(name, esm).risk,
                        "sources": [SOURCES[key] for key in RULES[name].sources]}
                       for name in sorted(rules) for f in rules[name]]
                 for esm, rules in grouped.items()},
    }, indent=1) + "\n"
