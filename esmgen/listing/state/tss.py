"""CA Top Secret: the SYSTSPRT listing of esmgen's TSS verify deck read into
the simulator's TSS State (esmgen.simulator.state; what esmgen/simulator/tss
stores), so `engine.state_facts` gives the facts the listing proves.

Formats, and where each comes from (research notes issue12 §4):
[TSS-CF]  CA Top Secret for z/VM r12 SP3 Report and Tracking Guide, "Samples of
          Formatted Security File Records": batch listing = READY, the echoed
          `TSS LIST(...)`, then `ACCESSORID = USER02    NAME       = ...` lines.
          https://ftpdocs.broadcom.com/cadocs/0/CA%20Top%20Secret%20for%20z%20VM%20r12%20SP3-z%20VM-ENU/Bookshelf_Files/HTML/TSS_Report_zVM_ENU/649912.html
[TSS-WH]  CA Top Secret Command Functions, "Example: WHOHAS function":
          `RESOURCE = <prefix> OWNER(<acid>)`, then per permit `XAUTH = <name> ACID(<acid>)`
          and an `ACCESS = <level>` line; `ADMIN = ...` for administrators.
          https://ftpdocs.broadcom.com/cadocs/0/CA%20Top%20Secret%20%20Security%20for%20z%20OS%20r15-ENU/Bookshelf_Files/HTML/TSS_Command_zOS_ENU/524843.html
[KB93080] Broadcom KB 93080: WHOHAS does what WHOOWNS does, then lists the permits of
          each ownership found. https://knowledge.broadcom.com/external/article/93080
[KB139476] Broadcom KB 139476 (a `TSS LIST(RDT) RESCLASS(IBMFAC)` answer): RESOURCE CLASS,
          RESOURCE CODE, ATTRIBUTE, ACCESS = NAME(hhhh),..., DEFACC lines.
          https://knowledge.broadcom.com/external/article/139476
[TSS-DATA] z/VM r12 SP3 Command Functions, "Authority Levels" (DATA(BASIC/ALL); the
          session key only with DATA(SESSKEY), which esmgen never asks for).
          .../TSS_Command_zVM_ENU/657806.html
[TSS-NDT] Top Secret r15 "PSTKAPPL Keyword", .../TSS_Command_zOS_ENU/525228.html
[TSS-STC] Top Secret r15 "PROCNAME Keyword", .../TSS_Command_zOS_ENU/525216.html
Line grammar (`KEY = value`, at most two pairs a line, key up to 11 columns,
`-----------  SEGMENT <name>` headers, XA lines with OWNER/ACCESS, end message
TSS0300I success / TSS0301I failure) as the Zowe project's TSS output parser
(tss-parsing.c) and [TSS-CF] show it; read in our own code.

UNVERIFIED (no public sample): the keyword lines for group connections (read: any
key starting GROUP), PROTECTED (read: the word PROTECTED or NOPW in ATTRIBUTES or
PASSWORD), GID, MASTFAC, and the layouts of LIST(STC), LIST(NDT) and WHOOWNS;
those are read as generic `KEY = value` lines.
"""

import re

from esmgen.listing.check import split_listing
from esmgen.listing.state import ListingReport
from esmgen.listing.state.report import BadBlock, numbered
from esmgen.simulator.state import State
from esmgen.simulator.tss import rdt
from esmgen.simulator.tss.common import FUNCTIONS, new_user

ECHO = re.compile(r"^TSS\s+([A-Z]+)(?:\(([^)]*)\))?(.*)$", re.IGNORECASE)
OPERAND = re.compile(r"([A-Za-z0-9@#$]+)\(([^)]*)\)")
PAIR_SPLIT = re.compile(r"\s+=\s+")
OWNER = re.compile(r"OWNER\(\s*([^)\s]*)\s*\)")
ACID = re.compile(r"ACID\(\s*([^)\s]*)\s*\)")
SEGMENT = re.compile(r"^-+\s+SEGMENT\s+(\S+)")
LEVEL_ITEM = re.compile(r"([A-Z]+)\(([0-9A-F]{4})\)")
SUCCESS, FAILURE = "TSS0300I", "TSS0301I"
# lines that may follow an XA or XAUTH line besides ACCESS ([TSS-WH]; PY-TSS parser)
XA_DETAILS = {"ACTION", "FAC", "SYSID", "EXPIRES", "APPLDATA", "UNTIL", "DAYS", "TIMES"}
# the deck's session commands (PROFILE MSGID): read, and nothing to learn from
SESSION_VERBS = {"PROFILE"}
DEPT_TYPES = {"DEPT", "DIV", "ZONE"}        # administrative ACIDs (TSS User Guide ACID types)


def read_listing(text, label):
    """(State, ListingReport) of a TSS verify deck's SYSTSPRT listing."""
    state, report = State("tss"), ListingReport(label)
    raw_lines = text.splitlines()
    for block in split_listing(text):
        report.blocks += 1
        _read_block(state, report, block, raw_lines, label)
    return state, report


def _read_block(state, report, block, raw_lines, label):
    echo = ECHO.match(block.command.strip())
    function = FUNCTIONS.get(echo.group(1).upper()) if echo else None
    reader = READERS.get(function)
    if reader is None and _verb(block.command) in SESSION_VERBS:
        return
    if reader is None:
        report.not_read(_verb(block.command))
        return
    lines, _ = numbered(block, raw_lines, block.line)
    try:
        outcome = _outcome(block, lines)
        reader(state, (echo.group(2) or "").strip(), _operands(echo.group(3)), lines, outcome)
    except BadBlock as exc:
        report.problem(exc.line or block.line, f"{label}: {block.command}: {exc}")


def _verb(command):
    words = command.upper().split()
    if words[:1] == ["TSS"] and len(words) > 1:
        return "TSS " + words[1].split("(")[0]
    return words[0] if words else "(empty)"


def _operands(text):
    return {name.upper(): value.strip() for name, value in OPERAND.findall(text or "")}


def _outcome(block, lines):
    """True when TSS answered TSS0300I, False for TSS0301I (the object is absent)."""
    ids = [m.split()[0] for m in block.messages]
    if FAILURE in ids:
        return False
    if SUCCESS in ids:
        return True
    raise BadBlock("no TSS0300I or TSS0301I message ends the answer", lines[-1][0] if lines else None)


# -- the KEY = value line grammar ------------------------------------------------

def pairs(text):
    """[(KEY, value)] of one data line: values run to two blanks before the next key."""
    parts = PAIR_SPLIT.split(text)
    if len(parts) < 2:
        return []
    found, key = [], parts[0].strip()
    for middle in parts[1:-1]:
        value, _, next_key = middle.rpartition("  ")
        if not value.strip():
            return []
        found.append((key.upper(), value.strip()))
        key = next_key.strip()
    found.append((key.upper(), parts[-1].strip()))
    return found


def _data_lines(lines):
    """[(line, segment, KEY, value)] of the output lines; BadBlock for a line of no known shape."""
    data, segment = [], None
    for lineno, text in lines:
        if text.split()[0] in (SUCCESS, FAILURE) or re.match(r"^TSS\d{4}[A-Z]", text):
            continue
        header = SEGMENT.match(text)
        if header:
            segment = header.group(1).upper()
            continue
        found = pairs(text)
        if not found:
            raise BadBlock(f"line {lineno}: not a KEY = value line: {text!r}", lineno)
        data += [(lineno, segment, key, value) for key, value in found]
    return data


def _words(value):
    return [w for w in re.split(r"[\s,]+", value) if w]


# -- TSS LIST ------------------------------------------------------------------

def _list(state, acid, ops, lines, found):
    acid = acid.upper()
    if acid == "RDT":
        return _list_rdt(state, ops, lines, found)
    if acid == "STC":
        return _list_stc(state, lines, found) if found else None
    if acid == "NDT":
        return _list_ndt(state, ops, lines, found)
    if "DIGICERT" in ops or "KEYRING" in ops:
        return _list_pki(state, acid, ops, lines) if found else None
    if found:
        _list_acid(state, acid, _data_lines(lines))


def _list_acid(state, acid, data):
    fields = {}
    for _, segment, key, value in data:
        fields.setdefault((segment, key), []).append(value)
    listed = _first(fields, "ACCESSORID")
    if listed is None or listed.upper() != acid:
        raise BadBlock(f"the answer does not show ACCESSORID = {acid}", data[0][0] if data else None)
    kind = (_first(fields, "TYPE") or "").split()[0:1]
    kind = kind[0].upper() if kind else ""
    name = _first(fields, "NAME") or ""
    dept = _first(fields, "DEPT ACID")
    if kind == "USER":
        _user(state, acid, name, dept, fields, data)
    elif kind == "GROUP":
        gid = _first(fields, "GID", segment="OMVS") or _first(fields, "GID")
        state.groups[acid] = {"dept": dept, "gid": _number(gid, data), "name": name}
    elif kind in DEPT_TYPES:
        state.departments[acid] = {"div": _first(fields, "DIVISION"), "name": name, "type": kind}
    else:
        raise BadBlock(f"ACID type {kind or '(none)'} is not read", data[0][0])
    _xa_entries(state, acid, data)


def _user(state, acid, name, dept, fields, data):
    user = state.users.get(acid) or new_user("USER", name, dept, False)
    user.update(name=name or user["name"], dept=dept or user["dept"])
    attributes = " ".join(_all(fields, "ATTRIBUTES") + _all(fields, "PASSWORD"))
    user["protected"] = user["protected"] or bool({"PROTECTED", "NOPW"} & set(_words(attributes.upper())))
    groups = [g for key in fields if key[0] is None and key[1].startswith("GROUP")
              for value in fields[key] for g in _words(value)]
    user["groups"] = sorted(set(user["groups"]) | set(groups))
    user["default_group"] = _first(fields, "DFLTGRP") or _first(fields, "DFLTGRP", "OMVS") or user["default_group"]
    user["facilities"] = sorted(set(user["facilities"]) | {f for v in _all(fields, "FACILITY") for f in _words(v)})
    user["mastfac"] = sorted(set(user["mastfac"]) | {f for v in _all(fields, "MASTFAC") for f in _words(v)})
    uid = _first(fields, "UID", "OMVS") or _first(fields, "UID")
    if uid is not None:
        user["uid"] = _number(uid, data)
        user["home"] = _first(fields, "HOME", "OMVS") or _first(fields, "HOME")
        user["program"] = _first(fields, "OMVSPGM", "OMVS") or _first(fields, "OMVSPGM")
    state.users[acid] = user


def _first(fields, key, segment=None):
    values = fields.get((segment, key))
    return values[0] if values else None


def _all(fields, key):
    return [v for (segment, name), values in fields.items() if name == key for v in values]


def _number(text, data):
    if text is None:
        return None
    if not text.strip().isdigit():
        raise BadBlock(f"not a number: {text!r}", data[0][0])
    return int(text)


def _xa_entries(state, acid, data):
    """`XA <keyword> = <resource> OWNER(o)` lines: followed by ACCESS = the ACID's
    permit; without ACCESS, a resource the owner (the listed ACID if none shown) owns."""
    entry = None
    for lineno, _, key, value in data:
        if key.startswith("XA "):
            _close(state, acid, entry)
            entry = _xa(key, value, lineno)
        elif key == "ACCESS" and entry is not None and entry["access"] is None:
            entry["access"] = _level(value, lineno)
            state.permits.setdefault(f"{entry['keyword']} {entry['resource']}", {})[acid] = entry["access"]
        elif not (key in XA_DETAILS and entry is not None):
            entry = _close(state, acid, entry)
    _close(state, acid, entry)


def _xa(key, value, lineno):
    words, owner = value.split(), OWNER.search(value)
    if not words or words[0].startswith("OWNER("):
        raise BadBlock(f"line {lineno}: XA line without a resource", lineno)
    return {"keyword": rdt.canonical(key[3:].strip().upper()), "resource": words[0],
            "owner": owner.group(1).upper() if owner else None, "access": None}


def _close(state, acid, entry):
    if entry is not None and entry["access"] is None:
        state.ownership[f"{entry['keyword']} {entry['resource']}"] = entry["owner"] or acid
    return None


def _level(value, lineno):
    levels = _words(value.upper())
    if len(levels) != 1:
        raise BadBlock(f"line {lineno}: ACCESS = {value}: one level expected (the simulator keeps one)", lineno)
    return levels[0]


def _list_stc(state, lines, _found):
    data = _data_lines(lines)
    proc = None
    for lineno, _, key, value in data:
        if key == "PROCNAME":
            proc = value.split()[0].upper()
        elif key == "ACID" and proc is not None:
            state.stc_table[proc] = value.split()[0].upper()
            proc = None
        elif key == "ACID":
            raise BadBlock(f"line {lineno}: ACID without a PROCNAME before it", lineno)


def _list_ndt(state, ops, lines, found):
    appl = ops.get("PSTKAPPL", "").upper()
    if not found or not appl:
        return
    text = " ".join(t for _, t in lines).upper()
    if appl not in _words(text.replace("(", " ").replace(")", " ")):
        raise BadBlock(f"the answer does not show PSTKAPPL {appl}", lines[0][0] if lines else None)
    state.passtickets[appl] = {"multi_use": "SIGNMULTI" in text}


def _list_rdt(state, ops, lines, found):
    name = ops.get("RESCLASS", "").upper()
    if not found or not name:
        return
    fields = {key: value for _, _, key, value in _data_lines(lines)}
    shown = (fields.get("RESOURCE CLASS") or "").split()[:1]
    if shown != [name]:
        raise BadBlock(f"the answer does not show RESOURCE CLASS = {name}", lines[0][0] if lines else None)
    if name in rdt.PREDEFINED:
        return                    # the simulator knows predefined classes itself
    state.rdt[name] = _rdt_record(fields, lines)


def _rdt_record(fields, lines):
    aclst = [[level, int(bits, 16)] for level, bits in LEVEL_ITEM.findall(fields.get("ACCESS", "").upper())]
    if not aclst:
        raise BadBlock("the RDT entry shows no ACCESS = NAME(hhhh) levels", lines[0][0] if lines else None)
    attributes = fields.get("ATTRIBUTE", "").upper()
    numbers = dict(re.findall(r"(MAXOWN|MAXPERMIT|MAXLEN)\((\d+)\)", attributes))
    code = re.search(r"X'([0-9A-F]+)'", fields.get("RESOURCE CODE", "").upper())
    return {"aclst": aclst, "defacc": (fields.get("DEFACC") or "NONE").split()[0].upper(),
            "maxlen": int(numbers.get("MAXLEN") or numbers.get("MAXPERMIT") or 8),
            "maxown": int(numbers.get("MAXOWN") or 8),
            "attr": [w for w in _words(re.sub(r"\(\d+\)", "", attributes)) if w in rdt.ATTR_VALUES],
            "mask": "MASKABLE" in attributes or "MASK" in _words(attributes),
            "rescode": code.group(1) if code else None}


# -- LIST(acid) DIGICERT / KEYRING (layout UNVERIFIED) -----------------------------
# The keywords are Broadcom's (Top Secret r15 Cookbook, "Add a Certificate to a Key
# Ring": DIGICERT, LABLCERT, KEYRING, LABLRING, RINGDATA(owner,digicert), USAGE,
# DEFAULT; https://ftpdocs.broadcom.com/cadocs/0/CA%20Top%20Secret%20%20Security%20for%20z%20OS%20r15-ENU/Bookshelf_Files/HTML/TSS_Cookbook_zOS_ENU/526323.html);
# how LIST shows them is not published: read as `KEY = value` lines, a ring's
# certificates as RINGDATA = owner,digicert each followed by its USAGE/DEFAULT
# (and LABLCERT when shown, else the label of a certificate listed before).

CA_OWNERS = {"CERTAUTH", "CERTSITE"}


def _list_pki(state, acid, ops, lines):
    data = _data_lines(lines)
    if "DIGICERT" in ops:
        record = ops["DIGICERT"].upper()
        label = _value(data, "LABLCERT", lines)
        state.certificates[f"{acid} {label}"] = {"owner": acid, "label": label, "record": record,
                                                 "ca": acid in CA_OWNERS}
        return
    record = ops["KEYRING"].upper()
    name = _value(data, "LABLRING", lines)
    certs = []
    for lineno, _, key, value in data:
        if key == "RINGDATA":
            owner, _, cert = (w.strip().upper() for w in value.partition(","))
            certs.append({"owner": owner, "record": cert, "label": None, "usage": None, "default": False,
                          "line": lineno})
        elif certs and key == "USAGE":
            certs[-1]["usage"] = value.split()[0].upper()
        elif certs and key == "DEFAULT":
            certs[-1]["default"] = value.split()[0].upper() in ("YES", "DEFAULT")
        elif certs and key == "LABLCERT":
            certs[-1]["label"] = value
    state.rings[f"{acid} {name}"] = {"owner": acid, "name": name, "record": record,
                                     "certs": [_ring_cert(state, c) for c in certs]}


def _value(data, key, lines):
    for _, _, name, value in data:
        if name == key:
            return value
    raise BadBlock(f"the answer shows no {key} = ...", lines[0][0] if lines else None)


def _ring_cert(state, cert):
    label = cert["label"] or next((c["label"] for c in state.certificates.values()
                                   if c["owner"] == cert["owner"] and c["record"] == cert["record"]), None)
    if label is None or cert["usage"] is None:
        raise BadBlock(f"line {cert['line']}: RINGDATA {cert['owner']},{cert['record']}: no label"
                       " (LABLCERT, or the certificate listed before) or no USAGE", cert["line"])
    return {"default": cert["default"], "label": label, "owner": cert["owner"], "usage": cert["usage"]}


# -- WHOHAS / WHOOWNS ------------------------------------------------------------

def _query(ops, lines):
    if len(ops) != 1:
        raise BadBlock("one resource keyword expected", lines[0][0] if lines else None)
    (keyword, resource), = ops.items()
    return rdt.canonical(keyword), resource


def _whoowns(state, _acid, ops, lines, found):
    keyword, _ = _query(ops, lines)
    if found:
        for lineno, _, key, value in _data_lines(lines):
            _owner_line(state, keyword, lineno, key, value)


def _owner_line(state, keyword, lineno, key, value):
    if key != "RESOURCE":
        raise BadBlock(f"line {lineno}: {key} = ... where RESOURCE = ... OWNER(...) was expected", lineno)
    owner = OWNER.search(value)
    if owner is None or not value.split():
        raise BadBlock(f"line {lineno}: RESOURCE line without OWNER(acid)", lineno)
    state.ownership[f"{keyword} {value.split()[0]}"] = owner.group(1).upper()


def _whohas(state, _acid, ops, lines, found):
    keyword, _ = _query(ops, lines)
    if not found:
        return
    held = None
    for lineno, _, key, value in _data_lines(lines):
        if key == "RESOURCE":
            _owner_line(state, keyword, lineno, key, value)
        elif key in ("XAUTH", "ADMIN"):
            held = _holder(key, value, lineno)
        elif key == "ACCESS" and held is not None:
            if held[1] is not None:       # ADMIN lines are administrators, not permits
                state.permits.setdefault(f"{keyword} {held[0]}", {})[held[1]] = _level(value, lineno)
            held = None
        elif key not in XA_DETAILS:
            raise BadBlock(f"line {lineno}: unexpected {key} = ... in a WHOHAS answer", lineno)


def _holder(key, value, lineno):
    acid = ACID.search(value)
    if acid is None or not value.split():
        raise BadBlock(f"line {lineno}: {key} line without ACID(acid)", lineno)
    return value.split()[0], acid.group(1).upper() if key == "XAUTH" else None


READERS = {"LIST": _list, "WHOHAS": _whohas, "WHOOWNS": _whoowns}
