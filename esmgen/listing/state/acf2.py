"""CA ACF2: the SYSTSPRT listing of esmgen's ACF2 verify deck read into the
simulator's ACF2 State (esmgen.simulator.state; what esmgen/simulator/acf2
stores), so `engine.state_facts` gives the facts the listing proves.

The verify deck runs `ACF`, then SET / LIST / ROLES / SHOW subcommands; the
last SET decides what a LIST lists (esmgen.listing.check splits the blocks at
the ACF prompt). Formats, and where each comes from (research notes issue12 §3):
[KB260559] Broadcom KB 260559 "Define SSIGNON SSKEY for PTKTDATA in ACF2": an
           infostorage record lists as ` SSIGNON / <appl> LAST CHANGED BY <lid> ON <date>`
           then indented `KEYWORD(value)` fields and flags (`NOENCRYPT MULT-USE
           SSKEY(*SUPPRESSED*)`); the key itself is never shown.
           https://knowledge.broadcom.com/external/article/260559
[KB69210]  Broadcom KB 69210 "How does the Validate command for X(ROL) Records work?":
           ` <sysid> / <role> LAST CHANGED BY ...` then `INCLUDE(<lid> <lid>) ROLE`.
           https://knowledge.broadcom.com/external/article/69210
[KB14968]  Broadcom KB 14968 "How can you find out what ROLES a user on ACF2 has?":
           `ROLES <lid>` answers `ROLES FOR <lid>` then the role names.
           https://knowledge.broadcom.com/external/article/14968
[KB54820]  Broadcom KB 54820 (a resource rule listing): `*RESOURCE RULE <key> STORED BY
           <lid> ON <date>`, `$KEY(<key>) TYPE(<t>)`, then one rule entry per line.
           https://knowledge.broadcom.com/external/article/54820
[VM-RULE]  CA ACF2 for z/VM r12 SP3 Administrator Guide, rule set components: entries
           start in column 2 and continue with ` -` at the end of a line.
           https://ftpdocs.broadcom.com/cadocs/0/CA%20ACF2%20for%20z%20VM%20r12%20SP3-z%20VM-ENU/Bookshelf_Files/HTML/ACF2VM--Administrator%20Guide/1083864.html
[KB26670]  Broadcom KB 26670: GSO STC record fields LOGONID, GROUP, STCID.
           https://knowledge.broadcom.com/external/article/26670
[VM-OMVS]  same z/VM guide, "OMVS Profile Data Records": UID, HOME, OMVSPGM (GID on
           group records). .../1083738.html
[VM-LID]   same z/VM guide, "Logonid Record Fields" (PRIVILEGES holds STC, RESTRICT).
           .../1083670.html
[KB17437]  Broadcom KB 17437 / KB 197642: SHOW CLASMAP lists class, type code and entity
           length per row, the site's records marked EXT before ACF2's internal ones.
           https://knowledge.broadcom.com/external/article/17437
           https://knowledge.broadcom.com/external/article/197642
[Z#1734]   ACF0A005 RECORD(S) NOT FOUND is ACF2's answer for an absent record (as the
           simulator's acf2/common.py cites it).

UNVERIFIED (no public sample): the logonid LIST layout (read: first line = logonid and
name, then tokens STC / RESTRICT / GROUP(g) / NAME(n) anywhere), the GSO and profile
header qualifier (any qualifier accepted), the SHOW CLASMAP row layout, and the
CERTDATA (LABEL(...)) and KEYRING (RINGNAME(...), then CERTDATA(owner.rec) USAGE(u)
[DEFAULT] per connected certificate) record contents.
"""

import re

from esmgen.listing.check import split_listing
from esmgen.listing.state import ListingReport
from esmgen.listing.state.report import BadBlock, numbered
from esmgen.simulator.acf2.entries import canonical
from esmgen.simulator.acf2.facts import DATASET_TYPE
from esmgen.simulator.outcomes import Invalid, Unsupported
from esmgen.simulator.state import State
from esmgen.simulator.syntax import SyntaxProblem

HEADER = re.compile(r"^(\S+)\s+/\s+(\S+)(?:\s+LAST CHANGED BY\b.*)?$")
RULE_HEADER = re.compile(r"^\*?\s*(\w+)\s+RULE\s+(\S+)\s+STORED BY\b", re.IGNORECASE)
KEY_LINE = re.compile(r"^\$KEY\(([^)]*)\)(?:\s+TYPE\(([^)]*)\))?", re.IGNORECASE)
SET_OPERAND = re.compile(r"^([A-Z]+)(?:\(([^)]*)\))?$")
TYPE_CODE = re.compile(r"^[A-Z0-9@#$]{3}$")
SESSION_VERBS = {"PROFILE", "ACF", "END"}       # session commands: read, nothing to learn


def read_listing(text, label):
    """(State, ListingReport) of an ACF2 verify deck's SYSTSPRT listing."""
    state, report = State("acf2"), ListingReport(label)
    raw_lines, setting = text.splitlines(), None
    for block in split_listing(text):
        report.blocks += 1
        words = block.command.split()
        verb = words[0].upper() if words else "(empty)"
        lines, _ = numbered(block, raw_lines, block.line)
        try:
            if verb == "SET":
                setting = _setting(words[1:], block)
            elif verb == "ROLES" and block.acf_mode:
                _roles(state, words[1:], lines)
            elif verb == "SHOW" and block.acf_mode and words[1:2] == ["CLASMAP"]:
                _clasmap(state, lines)
            elif verb == "LIST" and block.acf_mode and setting is not None:
                _list(state, setting, words[1:], block, lines)
            elif verb not in SESSION_VERBS:
                report.not_read(verb if verb != "LIST" else "LIST (no SET before it)")
        except BadBlock as exc:
            report.problem(exc.line or block.line, f"{label}: {block.command}: {exc}")
    return state, report


def _setting(operands, block):
    """What a SET selects: ('LID',), ('PROFILE', 'USER', 'OMVS'), ('X', 'ROL'),
    ('CONTROL', 'GSO'), ('RESOURCE', 'FAC'), ('RULE',)."""
    parsed = {}
    for word in operands:
        match = SET_OPERAND.match(word.upper())
        if match is None:
            raise BadBlock(f"SET operand {word} not understood")
        name, value = match.groups()
        parsed[{"DIV": "DIVISION", "LOGONID": "LID", "R": "RESOURCE", "C": "CONTROL",
                "P": "PROFILE"}.get(name, name)] = (value or "").strip()
    if "LID" in parsed:
        return ("LID",)
    if "PROFILE" in parsed:
        return ("PROFILE", parsed["PROFILE"], parsed.get("DIVISION", ""))
    for name in ("X", "CONTROL", "RESOURCE"):
        if name in parsed:
            return (name, parsed[name])
    if "RULE" in parsed:
        return ("RULE",)
    raise BadBlock("SET of a setting the reader does not know", block.line)


# -- record contents -----------------------------------------------------------

def tokens(text):
    """Words of a record line; `KEY(value)` with balanced parentheses is one word."""
    found, current, depth = [], "", 0
    for char in text:
        if char.isspace() and depth == 0:
            if current:
                found.append(current)
            current = ""
            continue
        depth += (char == "(") - (char == ")")
        current += char
    if current:
        found.append(current)
    return found


def fields(words):
    """{KEY: value} and {FLAG} of record words."""
    keyed, flags = {}, set()
    for word in words:
        name, paren, value = word.partition("(")
        if paren:
            keyed[name.upper()] = value[:-1] if value.endswith(")") else value
        else:
            flags.add(word.upper())
    return keyed, flags


def _data(lines):
    """Output lines that are not messages (ACF2 message ids start ACF)."""
    return [(lineno, text) for lineno, text in lines if not re.match(r"^ACF[0-9A-Z]{2}\d{3}", text)]


def _record(lines, name):
    """(keyed, flags) of the infostorage record `<qualifier> / <name>` in the
    block; None when the block has no record (ACF2 answered with a message)."""
    data = _data(lines)
    if not data:
        return None
    header = HEADER.match(data[0][1])
    if header is None:
        raise BadBlock(f"line {data[0][0]}: not a record header '<qualifier> / <record> LAST CHANGED BY ...'",
                       data[0][0])
    if header.group(2).upper() != name.upper():
        raise BadBlock(f"line {data[0][0]}: record {header.group(2)} where {name} was listed", data[0][0])
    return fields([w for _, text in data[1:] for w in tokens(text)])


def _list(state, setting, operands, block, lines):
    if not operands:
        raise BadBlock("LIST without a record name", block.line)
    name = operands[0]
    kind = setting[0]
    if kind == "LID":
        return _logonid(state, name.upper(), lines)
    if kind in ("RESOURCE", "RULE"):
        return _rule_set(state, setting, name, lines)
    if kind == "X" and setting[1] == "ROL":
        return _role(state, name.upper(), lines)
    if kind == "CONTROL" and setting[1] == "GSO":
        return _gso(state, name.upper(), lines)
    if kind == "PROFILE":
        return _profile(state, setting[1:], name, lines)
    raise BadBlock(f"LIST under SET {' '.join(setting)} is not read", block.line)


def _logonid(state, lid, lines):
    data = _data(lines)
    if not data:
        return
    first = data[0][1].split()
    if not first or first[0].upper() != lid:
        raise BadBlock(f"line {data[0][0]}: the record does not start with logonid {lid}", data[0][0])
    keyed, flags = fields([w for _, text in data[1:] for w in tokens(text)])
    parts = re.split(r"\s{2,}", data[0][1].strip())
    name = keyed.get("NAME") or (parts[1] if len(parts) > 1 else "")
    record = {"group": keyed.get("GROUP", "").upper() or None, "name": name, "stc": "STC" in flags}
    if "RESTRICT" in flags:
        record["restrict"] = True
    state.users[lid] = record


def _role(state, role, lines):
    found = _record(lines, role)
    if found is None:
        return
    keyed, flags = found
    if "ROLE" not in flags and "INCLUDE" not in keyed:
        raise BadBlock(f"X(ROL) record {role} shows neither INCLUDE() nor ROLE", lines[0][0])
    members = [m.upper() for m in keyed.get("INCLUDE", "").replace(",", " ").split()]
    state.roles[role] = members


def _roles(state, operands, lines):
    data = _data(lines)
    lid = operands[0].upper() if operands else ""
    if not data:
        return
    if data[0][1].split()[:3] != ["ROLES", "FOR", lid]:
        raise BadBlock(f"line {data[0][0]}: expected 'ROLES FOR {lid}'", data[0][0])
    for _, text in data[1:]:
        for role in text.upper().split():
            members = state.roles.setdefault(role, [])
            if lid not in members:
                members.append(lid)


def _gso(state, record_id, lines):
    found = _record(lines, record_id)
    if found is None:
        return
    keyed, _ = found
    if record_id == "INFODIR":
        state.gso[record_id] = {"types": sorted(t.upper() for t in re.split(r"[\s,]+", keyed.get("TYPES", "")) if t)}
        return
    state.gso[record_id] = {key.lower(): value.upper() or None for key, value in keyed.items()}


def _clasmap(state, lines):
    """Rows marked EXT are the site's CLASMAP records [KB17437]; internal rows are
    ACF2's own and stay in the simulator's knowledge (clasmap.DEFAULTS)."""
    for lineno, text in _data(lines):
        words = text.upper().split()
        if "EXT" not in words:
            continue
        words.remove("EXT")
        if len(words) < 2 or not TYPE_CODE.match(words[1]):
            raise BadBlock(f"line {lineno}: an EXT row without class and 3-character type", lineno)
        state.gso[f"CLASMAP.{words[0]}"] = {"resource": words[0], "rsrctype": words[1]}


def _profile(state, setting, name, lines):
    record_class, division = setting
    found = _record(lines, name)
    if found is None:
        return
    keyed, flags = found
    name = name.upper() if division != "CERTDATA" else name
    if (record_class, division) == ("USER", "OMVS"):
        state.omvs_users[name] = {"home": keyed.get("HOME"), "program": keyed.get("OMVSPGM"),
                                  "uid": _number(keyed.get("UID"), lines)}
    elif (record_class, division) == ("GROUP", "OMVS"):
        state.omvs_groups[name] = {"gid": _number(keyed.get("GID"), lines)}
    elif (record_class, division) == ("PTKTDATA", "SSIGNON"):
        if "SSKEY" not in keyed:
            raise BadBlock(f"SSIGNON record {name} shows no SSKEY: no key is set, or the verify job"
                           " ran under a logonid without SECURITY [KB260559]", lines[0][0])
        state.passtickets[name] = {"multi_use": "MULT-USE" in flags}
    elif (record_class, division) == ("USER", "CERTDATA"):
        _certificate(state, name, keyed, lines)
    elif (record_class, division) == ("USER", "KEYRING"):
        _ring(state, name, lines)
    else:
        raise BadBlock(f"profile records {record_class}/{division} are not read", lines[0][0])


def _number(text, lines):
    if text is None:
        return None
    if not text.strip().isdigit():
        raise BadBlock(f"not a number: {text!r}", lines[0][0])
    return int(text)


def _owner_record(name, lines):
    owner, dot, record = name.partition(".")
    if not dot or not record:
        raise BadBlock(f"{name}: an <owner>.<record> name was expected", lines[0][0])
    return owner.upper(), record.upper()


def _certificate(state, name, keyed, lines):
    owner, record = _owner_record(name, lines)
    label = keyed.get("LABEL", "").strip("'")
    if not label:
        raise BadBlock(f"CERTDATA record {name} shows no LABEL()", lines[0][0])
    state.certificates[f"{owner} {label}"] = {"owner": owner, "label": label, "record": record,
                                              "ca": owner == "CERTAUTH"}


def _ring(state, name, lines):
    owner, record = _owner_record(name, lines)
    data = _data(lines)[1:]
    ring_line = [fields(tokens(text))[0].get("RINGNAME") for _, text in data]
    ring_name = next((r for r in ring_line if r), None)
    if not ring_name:
        raise BadBlock(f"KEYRING record {name} shows no RINGNAME()", lines[0][0])
    certs = []
    for lineno, text in data:
        keyed, flags = fields(tokens(text))
        if "CERTDATA" not in keyed:
            continue
        cert_owner, cert_record = _owner_record(keyed["CERTDATA"], [(lineno, text)])
        label = next((c["label"] for c in state.certificates.values()
                      if (c["owner"], c["record"]) == (cert_owner, cert_record)), None)
        if label is None:
            raise BadBlock(f"line {lineno}: CERTDATA({keyed['CERTDATA']}) was not listed before", lineno)
        certs.append({"default": "DEFAULT" in flags, "label": label, "owner": cert_owner,
                      "usage": keyed.get("USAGE", "PERSONAL").upper()})
    state.rings[f"{owner} {ring_name}"] = {"owner": owner, "name": ring_name, "record": record, "certs": certs}


# -- rule sets -----------------------------------------------------------------

def _rule_set(state, setting, key, lines):
    data = _data(lines)
    if not data:
        return
    header = RULE_HEADER.match(data[0][1])
    if header is None or header.group(2).upper() != key.upper():
        raise BadBlock(f"line {data[0][0]}: expected '*<kind> RULE {key} STORED BY ...'", data[0][0])
    rtype = DATASET_TYPE if setting[0] == "RULE" else setting[1].upper()
    entries, problems = [], []
    for lineno, text in _joined(data[1:]):
        if text.startswith("$"):
            _check_key(text, key, setting, lineno)
            continue
        try:
            entries.append(canonical(text)[1])
        except (Invalid, Unsupported, SyntaxProblem) as exc:
            problems.append((lineno, f"rule entry {text!r}: {exc}"))
    state.rules[f"{rtype} {key.upper()}"] = entries
    if problems:
        raise BadBlock("; ".join(text for _, text in problems), problems[0][0])


def _check_key(text, key, setting, lineno):
    match = KEY_LINE.match(text)
    if match is None:
        return                    # another $ control statement ($MODE, $PREFIX ...): no facts
    if match.group(1).upper() != key.upper():
        raise BadBlock(f"line {lineno}: $KEY({match.group(1)}) in the listing of {key}", lineno)
    if setting[0] == "RESOURCE" and (match.group(2) or "").upper() != setting[1].upper():
        raise BadBlock(f"line {lineno}: TYPE({match.group(2)}) under SET RESOURCE({setting[1]})", lineno)


def _joined(data):
    """Rule entries with their ` -` continuations joined [VM-RULE]."""
    joined, pending, first = [], "", None
    for lineno, text in data:
        if pending:
            text = pending + " " + text
        else:
            first = lineno
        if text.endswith(" -"):
            pending = text[:-2].rstrip()
            continue
        pending = ""
        joined.append((first, text))
    if pending:
        joined.append((first, pending))
    return joined
