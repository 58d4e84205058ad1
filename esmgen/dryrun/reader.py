"""Read a deck (a TSO command stream or an IKJEFT01 job) into commands.

Rules, from IBM documentation:
* JCL (z/OS MVS JCL Reference): `// SET NAME=VALUE` defines symbols;
  `//SYSTSIN DD DATA,DLM=xx` (or `DD *`, `DD DATA`) is followed by in-stream
  records up to the delimiter; `DD DDNAME=&PRODUCT` defers to the DD of that
  name later in the step.
* TSO (TSO/E Command Reference, "continuation lines"): only columns 1-72 of
  a record are read; a last non-blank `-` joins the next record as it is, a
  `+` joins it without its leading blanks; `/* ... */` is a comment.
* ACF2: after the `ACF` command, records are ACF subcommands until `END`;
  inside that mode a record starting with `*` is a comment.
"""

import re
from dataclasses import dataclass
from typing import List, Optional

from esmgen.errors import Problem, SpecError

COLUMNS = 72


@dataclass(frozen=True)
class Command:
    line: int          # deck line where the command starts (1-based)
    text: str          # the command after joining continuations, comments removed
    acf_mode: bool     # an ACF2 subcommand (between ACF and END)


@dataclass
class Deck:
    commands: List[Command]
    product: Optional[str] = None   # SET PRODUCT= value of a job, if any
    ddname: Optional[str] = None    # the DD that SYSTSIN read


def read_deck(text, label="deck"):
    """Commands of a deck given as text: a JCL job or a bare TSO stream."""
    lines = text.splitlines()
    first = next((line for line in lines if line.strip()), "")
    if first.startswith("//"):
        records, start, product, ddname = _systsin(lines, label)
        return Deck(join_records(records, start), product, ddname)
    return Deck(join_records(lines, 1))


# -- JCL ---------------------------------------------------------------------

_SET = re.compile(r"^//\S*\s+SET\s+(.*)$")
_DD = re.compile(r"^//(\S+)\s+DD\s+(.*)$")


def _systsin(lines, label):
    """The in-stream records SYSTSIN reads, with their first line number."""
    symbols = {}
    for line in lines:
        match = _SET.match(line[:COLUMNS])
        if match:
            for assignment in match.group(1).split(",")[:]:
                name, _, value = assignment.strip().partition("=")
                symbols[name.strip()] = value.split()[0].strip("'") if value.strip() else ""
    target, product = "SYSTSIN", None
    for index, line in enumerate(lines):
        match = _DD.match(line[:COLUMNS])
        if not match or match.group(1) != target:
            continue
        operands = match.group(2).split()[0] if match.group(2).split() else ""
        ddname = re.match(r"DDNAME=(\S+)", operands)
        if ddname:
            target = _substitute(ddname.group(1), symbols)
            product = symbols.get("PRODUCT")
            continue
        return _instream(lines, index, operands, label) + (product, target)
    raise SpecError(Problem(label, f"no in-stream data for {target} in this job"
                            + (f" (SET PRODUCT={product})" if product else "")))


def _substitute(text, symbols):
    def value(match):
        return symbols.get(match.group(1), match.group(0))
    return re.sub(r"&([A-Z#$@][A-Z0-9#$@]{0,7})\.?", value, text)


def _instream(lines, index, operands, label):
    dlm_match = re.search(r"DLM=('?)(..)\1", operands)
    if dlm_match:
        ends = (dlm_match.group(2),)
    elif operands.startswith("DATA"):
        ends = ("/*",)
    elif operands.startswith("*"):
        ends = ("/*", "//")
    else:
        raise SpecError(Problem(f"{label}:{index + 1}", f"SYSTSIN is not in-stream data: {operands}"))
    records = []
    for line in lines[index + 1:]:
        if line.startswith(ends):
            break
        records.append(line)
    return records, index + 2


# -- TSO ---------------------------------------------------------------------

def join_records(records, start):
    """Commands from records: continuation joined, comments dropped."""
    commands, pending, pending_line, strip_next, acf_mode = [], None, None, False, False
    for offset, record in enumerate(records):
        number = start + offset
        text = record[:COLUMNS].rstrip()
        if pending is None and acf_mode and text.startswith("*"):
            continue
        text = _drop_comments(text)
        if strip_next:
            text = text.lstrip()
        strip_next = False
        if pending is None:
            if not text.strip():
                continue
            pending, pending_line = "", number
        if text.endswith("-"):
            pending += text[:-1]
            continue
        if text.endswith("+"):
            pending += text[:-1]
            strip_next = True
            continue
        command = " ".join((pending + text).split()) if "'" not in pending + text else _squeeze(pending + text)
        pending = None
        verb = command.split(" ", 1)[0].upper()
        commands.append(Command(pending_line, command, acf_mode and verb != "END"))
        if verb == "ACF" and not acf_mode:
            acf_mode = True
        elif verb == "END" and acf_mode:
            acf_mode = False
    if pending:
        commands.append(Command(pending_line, " ".join(pending.split()), acf_mode))
    return commands


def _drop_comments(text):
    """Remove /* ... */ outside apostrophes; an unclosed comment runs to the end."""
    out, index, quoted = [], 0, False
    while index < len(text):
        char = text[index]
        if char == "'":
            quoted = not quoted
        elif not quoted and text.startswith("/*", index):
            end = text.find("*/", index + 2)
            if end < 0:
                break
            index = end + 2
            continue
        out.append(char)
        index += 1
    return "".join(out).rstrip()


def _squeeze(text):
    """Collapse blanks outside apostrophes."""
    words, current, quoted = [], [], False
    for char in text:
        if char == "'":
            quoted = not quoted
        if char == " " and not quoted:
            if current:
                words.append("".join(current))
                current = []
            continue
        current.append(char)
    if current:
        words.append("".join(current))
    return " ".join(words)
