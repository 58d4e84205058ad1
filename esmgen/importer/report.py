"""The translation report of an import: per ESM, every item that is not carried
exactly, what that ESM gets instead, the risk, and the rule's sources.
Markdown for a reviewer, json for programs; both list the same findings."""

import json
from typing import NamedTuple

from esmgen import esms
from esmgen.audit import WIDER
from esmgen.importer.translation import RISKS, RULES, SOURCES, effect
from esmgen.importer.yamltext import quoted


class Grouped(NamedTuple):
    """The findings that touch each ESM, by rule, and each ESM's count per
    risk: grouped once (group()) for the Markdown, the json and the command."""
    rules: dict                  # {esm: {rule: [finding, ...]}}
    tallies: dict                # {esm: {risk: number of items}}


def group(findings):
    rules = _by_esm(findings)
    return Grouped(rules, _counts(rules))


def _by_esm(findings):
    """{esm: {rule: [finding, ...]}} of the findings that touch each ESM."""
    out = {name: {} for name in esms.NAMES}
    for finding in findings:
        for esm in finding.esms:
            if effect(finding.rule, esm) is not None:
                out[esm].setdefault(finding.rule, []).append(finding)
    return out


def _counts(grouped):
    """{esm: {risk: number of items}} of _by_esm's grouping."""
    out = {}
    for esm, rules in grouped.items():
        tally = dict.fromkeys(RISKS, 0)
        for name, items in rules.items():
            tally[effect(name, esm).risk] += len(items)
        out[esm] = tally
    return out


def markdown(grouped, source, counts_read):
    lines = [f"# Translation report: RACF unload {source.label} of {source.date}", "",
             f"Scope: `{source.scope}`. Read: " + ", ".join(f"{n} {what}" for what, n in counts_read.items()) + ".",
             "", "Every item below is imported or converted differently from what RACF holds. Risk: **wider**"
             " (more access than in RACF), **narrower** (less), **unchanged** (same access, other form).", ""]
    for esm in esms.REGISTRY:
        rules = grouped.rules[esm.name]
        tally = grouped.tallies[esm.name]
        lines += [f"## {esm.title}", "",
                  f"{sum(tally.values())} items: " + ", ".join(f"{n} {risk}" for risk, n in tally.items()) + ".", ""]
        for name in sorted(rules, key=lambda r: (RISKS.index(effect(r, esm.name).risk), r)):
            rule, how = RULES[name], effect(name, esm.name)
            flag = f"**{WIDER}**" if how.risk == "wider" else how.risk
            lines += [f"### {rule.title} ({flag})", "", f"Instead: {how.instead}.", "",
                      "Sources: " + "; ".join(SOURCES[key] for key in rule.sources) + ".", ""]
            lines += [f"- {f.item}" + (f": {f.detail}" if f.detail else "") for f in rules[name]]
            lines.append("")
    return "\n".join(lines)


def as_json(grouped, source, counts_read):
    """The report for programs: each rule once (title, sources, per ESM what it
    does instead and the risk), then per ESM its findings as {item, rule,
    detail}, one finding a line."""
    used = sorted({name for rules in grouped.rules.values() for name in rules})
    head = {"unload": source.label, "date": source.date, "scope": source.scope, "read": counts_read,
            "summary": grouped.tallies,
            "rules": {name: {"title": RULES[name].title,
                             "sources": [SOURCES[key] for key in RULES[name].sources],
                             "esms": {esm: {"instead": how.instead, "risk": how.risk}
                                      for esm in esms.NAMES if (how := effect(name, esm)) is not None}}
                      for name in used}}
    lines = ["{"] + [f" {json.dumps(key)}: {json.dumps(value)}," for key, value in head.items()] + [' "esms": {']
    for index, (esm, rules) in enumerate(grouped.rules.items()):
        items = [f'{{"item": {quoted(f.item)}, "rule": "{name}", "detail": {quoted(f.detail)}}}'
                 for name in sorted(rules) for f in rules[name]]
        closing = "}" if index == len(grouped.rules) - 1 else ","
        lines.append(f"  {json.dumps(esm)}: [" + ",\n   ".join(items) + "]" + closing)
    return "\n".join(lines) + "\n}\n"
