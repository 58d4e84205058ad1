"""Read the SYSTSPRT listing of an esmgen job and give a verdict per command.

How the listing is split into commands (batch TSO, IKJEFT01; ESM-NOTES 6):

* TMP prints `READY` on a line of its own before it reads each command.
  Inside ACF2's `ACF` command the subcommand prompt is `ACF` instead (a
  line `ACF`, or `ACF <subcommand>` with the echo on the same line); the
  next `READY` means ACF mode has ended. Text before the first prompt (job
  log, headers) is ignored.
* The first line after a prompt is the echo of the command. A continued
  command may be echoed as one line or as its records: while the echo so far
  ends with `-` or `+`, the next line is part of it (joined by the TSO
  continuation rules). A message line always ends the echo: right after a
  prompt it means the command was not echoed (reported as "(not echoed)").
* Every other line up to the next prompt is output of that command. Lines
  whose first word is a message id (ICH/IRR/IKJ, ACF2 ACF..., TSS...) are
  its messages; the rest (LIST output, wrapped message text) is kept in
  `CommandResult.output` but does not affect the verdict.
* A last `END` after the last `READY`, with nothing after it, is TMP
  reporting the end of SYSTSIN, not a command of the deck: it is dropped.
* Print files carry an ASA carriage-control character in column 1 (`1`,
  ` `, `0`, `-`, `+`). A prompt or message line that only parses without
  its first character has it removed. When one such line is seen, or when
  every line from the first prompt on starts with one of those characters,
  the listing is taken as a print file and column 1 is also removed from
  echo and output lines.

Verdicts: each message id is looked up in esmgen/messages/<esm>.yaml; the
worst outcome of a command's messages wins (SEVERITY below). A command with
no messages, or only informational ones (outcome ok), is ok. An id missing
from the table makes the command `unknown`: it is reported, never guessed.
"""

import json
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Dict, List

from esmgen import resources
from esmgen.errors import EsmgenError

OK, EXISTS, NOT_FOUND, UNKNOWN = "ok", "exists", "not-found", "unknown"
ERROR, NOT_AUTHORIZED, UNKNOWN_COMMAND = "error", "not-authorized", "unknown-command"
# Best first, worst last. A missing authority or a command TSO does not know
# means the deck cannot work on this system at all, so they outrank a plain
# error; an id we cannot read (unknown) may hide an error, so it outranks
# the "absent object" and "already there" outcomes that a re-run or an undo
# expects.
SEVERITY = (OK, EXISTS, NOT_FOUND, UNKNOWN, ERROR, NOT_AUTHORIZED, UNKNOWN_COMMAND)
PASSING = (OK, EXISTS)
# Table-only outcome: the reason message that follows decides (TSS0301I).
FAILED = "failed"

ESMS = ("racf", "acf2", "tss")
MESSAGES_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "messages")

# Message id families we recognise as the first word of a line. Kept to the
# ESM and TSO prefixes: a looser pattern would take user ids in LIST output
# (e.g. `USER001 READ 000000`) for message ids.
MESSAGE_ID = re.compile(
    r"^(ICH\d{3,5}[A-Z]"            # RACF commands: ICH408I, ICH10102I
    r"|IRR[A-Z]?\d{3,5}[A-Z]"       # RACF: IRR418I, IRR52177I, IRRD114I, IRRW204I
    r"|IKJ\d{5}[A-Z]"               # TSO: IKJ56500I, IKJ56702I
    r"|ACF[0-9A-Z]{2}\d{3}[A-Z]?"   # ACF2: ACF60055, ACF0A005
    r"|TSS\d{4}[A-Z]"               # Top Secret: TSS0300I, TSS0364E
    r")(?=\s|$)")
READY = "READY"
ACF_PROMPT = "ACF"
ASA_CHARS = "1 0-+"
NOT_ECHOED = "(not echoed)"


class ListingError(EsmgenError):
    """The text is not a batch TSO listing, or the ESM is not known."""


@dataclass
class CommandResult:
    command: str                  # the echoed command, continuations joined
    outcome: str                  # one of SEVERITY
    messages: List[str] = field(default_factory=list)   # lines with a message id
    line: int = 0                 # listing line (1-based) of the echo
    output: List[str] = field(default_factory=list)     # other output lines

    def to_dict(self):
        return {"command": self.command, "outcome": self.outcome, "messages": list(self.messages)}


# -- message tables ------------------------------------------------------------

@dataclass(frozen=True)
class Entry:
    id: str
    outcome: str
    verbs: Dict[str, str]
    source: str

    def outcome_for(self, verb):
        return self.verbs.get(verb, self.outcome)


@dataclass(frozen=True)
class Table:
    entries: Dict[str, Entry]
    aliases: Dict[str, str]


@lru_cache(maxsize=None)
def load_table(esm):
    """The message table of one ESM, checked so a typo fails loudly, not silently."""
    if esm not in ESMS:
        raise ListingError(f"unknown ESM {esm!r}: expected one of {', '.join(ESMS)}")
    path = os.path.join(MESSAGES_DIR, f"{esm}.yaml")
    data = resources.load_yaml(path)
    allowed = set(SEVERITY) | {FAILED}
    entries = {}
    for item in data["messages"]:
        entry = Entry(item["id"], item["outcome"], dict(item.get("verbs") or {}), item["source"])
        bad = {entry.outcome, *entry.verbs.values()} - allowed
        if bad or entry.id in entries or not MESSAGE_ID.match(entry.id):
            raise ValueError(f"{path}: bad entry {entry.id}: {sorted(bad) or 'duplicate or malformed id'}")
        entries[entry.id] = entry
    aliases = {k.upper(): v.upper() for k, v in (data.get("aliases") or {}).items()}
    return Table(entries, aliases)


# -- splitting the listing -----------------------------------------------------

def message_id(line):
    match = MESSAGE_ID.match(line)
    return match.group(1) if match else None


def _parses(text):
    """A line whose meaning we know: a prompt or a message."""
    return text in (READY, ACF_PROMPT) or text.startswith(ACF_PROMPT + " ") or bool(message_id(text))


def _has_asa(lines):
    """A print file: a prompt or message needs column 1 removed, or, from the
    first prompt on, every line starts with a carriage-control character."""
    if any(not _parses(raw.strip()) and raw[:1] in ASA_CHARS and _parses(raw[1:].strip())
           for raw in lines):
        return True
    start = next((i for i, raw in enumerate(lines) if raw.strip() == READY), len(lines))
    body = [raw for raw in lines[start:] if raw.strip()]
    return bool(body) and all(raw[0] in ASA_CHARS for raw in body)


def _clean(raw, asa):
    text = raw.rstrip()
    if _parses(text.strip()):
        return text.strip()
    if asa and text and text[0] in ASA_CHARS:
        return text[1:].strip()
    return text.strip()


@dataclass
class _Block:
    line: int
    acf_mode: bool                # the command was read at the ACF prompt
    records: List[str] = field(default_factory=list)
    complete: bool = False
    messages: List[str] = field(default_factory=list)
    output: List[str] = field(default_factory=list)

    def feed(self, line, lineno):
        if not self.complete:
            self._echo(line, lineno)
        elif message_id(line):
            self.messages.append(line)
        else:
            self.output.append(line)

    def _echo(self, line, lineno):
        if message_id(line):
            # a message ends the echo early: after a prompt it means the
            # command was not echoed; after a record ending in - or + the
            # continuation was not echoed
            self.records, self.complete = self.records or [NOT_ECHOED], True
            self.messages.append(line)
            return
        if not self.records:
            self.line = lineno
        self.records.append(line)
        self.complete = not line.endswith(("-", "+"))

    @property
    def command(self):
        return join_records(self.records)


def join_records(records):
    """TSO continuation: `-` keeps the next record as is, `+` drops its leading blanks."""
    text, strip_next = "", False
    for record in records:
        record = record.lstrip() if strip_next else " " + record if text else record
        strip_next = record.endswith("+")
        text += record[:-1] if record.endswith(("-", "+")) else record
    return squeeze(text)


def squeeze(text):
    """One blank between words, blanks inside apostrophes kept (they are data)."""
    parts = re.split(r"('(?:[^']|'')*')", text)
    return "".join(p if p.startswith("'") else re.sub(r"\s+", " ", p) for p in parts).strip()


def _prompt(line, acf_mode):
    """(is a prompt, echo text on the same line) for one cleaned line."""
    if line == READY:
        return True, ""
    if acf_mode and (line == ACF_PROMPT or (line.startswith(ACF_PROMPT + " ") and not message_id(line))):
        return True, line[len(ACF_PROMPT):].strip()
    return False, ""


def split_listing(text):
    """The command blocks of a listing, in order (see the module docstring)."""
    raw_lines = text.splitlines()
    asa = _has_asa(raw_lines)
    blocks, current, acf_mode = [], None, False
    for lineno, raw in enumerate(raw_lines, 1):
        line = _clean(raw, asa)
        if not line:
            continue
        is_prompt, echo = _prompt(line, acf_mode)
        if is_prompt:
            acf_mode = acf_mode and line != READY
            current = _Block(lineno, acf_mode)
            blocks.append(current)
            if echo:
                current.feed(echo, lineno)
        elif current is not None:
            current.feed(line, lineno)
        if current is not None and not acf_mode and current.complete and current.command == ACF_PROMPT:
            acf_mode = True       # TSO ran the ACF command: its own prompt takes over
    if not blocks:
        raise ListingError("no READY prompt found: not the SYSTSPRT listing of a batch TSO job")
    return _drop_empty(blocks)


def _drop_empty(blocks):
    kept = [b for b in blocks if b.records or b.messages or b.output]
    last = kept[-1] if kept else None
    if last and not last.acf_mode and last.command == "END" and not (last.messages or last.output):
        kept.pop()                # TMP's own end-of-input line
    return kept


# -- verdicts ------------------------------------------------------------------

def verb_of(command, table):
    """The word that selects a verb-dependent outcome: RACF/ACF2 first word, TSS function."""
    words = command.upper().split()
    if not words:
        return ""
    verb = words[0]
    if verb == "TSS" and len(words) > 1:
        verb = words[1].split("(")[0]
    return table.aliases.get(verb, verb)


def worst(outcomes):
    return max(outcomes, key=SEVERITY.index, default=OK)


def _message_outcome(index, ids, table, verb):
    entry = table.entries.get(ids[index])
    if entry is None:
        return UNKNOWN
    outcome = entry.outcome_for(verb)
    if outcome == FAILED:
        # the reason is the next message; when the failure is the last
        # message, the one before it (the order of the pair is not documented)
        reason = ids[index + 1] if index + 1 < len(ids) else ids[index - 1] if index else None
        return _reason_outcome(reason, table, verb)
    return outcome


def _reason_outcome(reason, table, verb):
    """A failed function takes the outcome of its reason message; none or unknown -> unknown."""
    entry = table.entries.get(reason) if reason else None
    if entry is None or entry.outcome_for(verb) == FAILED:
        return UNKNOWN
    # the function said it failed, so an informational reason cannot make it ok
    return entry.outcome_for(verb) if entry.outcome_for(verb) != OK else ERROR


def classify(command, messages, table):
    ids = [message_id(m) for m in messages]
    verb = verb_of(command, table)
    return worst(_message_outcome(i, ids, table, verb) for i in range(len(ids)))


def check_listing(text, esm):
    """One CommandResult per command of a SYSTSPRT listing, in listing order."""
    table = load_table(esm.lower())
    results = []
    for block in split_listing(text):
        command = block.command
        results.append(CommandResult(command, classify(command, block.messages, table),
                                     block.messages, block.line, block.output))
    return results


# -- reports -------------------------------------------------------------------

def summary(results):
    """{outcome: count} for every outcome, best first, so consumers can index any key."""
    return {outcome: sum(r.outcome == outcome for r in results) for outcome in SEVERITY}


def failed(results):
    """True when any command did not reach ok or exists."""
    return any(r.outcome not in PASSING for r in results)


def report_json(results):
    return json.dumps({"commands": [r.to_dict() for r in results], "summary": summary(results)},
                      indent=2)


def report_text(results):
    width = max(len(o) for o in SEVERITY)
    lines = []
    for r in results:
        where = f"line {r.line}: " if r.line else ""
        lines.append(f"{r.outcome:<{width}}  {where}{r.command}")
        lines.extend(f"{'':<{width}}    {m}" for m in r.messages)
    counts = ", ".join(f"{o} {n}" for o, n in summary(results).items() if n)
    lines.append(f"{len(results)} commands: {counts or 'none'}")
    lines.append("FAILED" if failed(results) else "PASSED")
    return "\n".join(lines) + "\n"
