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

Verdicts: each message id is looked up in esmgen/listing/messages/<esm>.yaml (and in
the site's --messages file, whose entries win); the worst outcome of a
command's messages wins (SEVERITY below). An entry may give the outcome per
verb and per message text (its `match` patterns; the format is described at
the top of each table). A command with no messages, or only informational
ones (outcome ok), is ok. An id missing from the tables makes the command
`unknown`: it is reported, never guessed.
"""

import json
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Dict, List, Tuple

from esmgen import esms, resources, verdicts
from esmgen.errors import EsmgenError, Problem, SpecError
from esmgen.gcpause import paused_gc
from esmgen.redact import redact
from esmgen.tsotext import join_records
from esmgen.verdicts import ERROR, OK, UNKNOWN

# Best first, worst last (esmgen.verdicts). A missing authority or a command
# TSO does not know means the deck cannot work on this system at all, so
# they outrank a plain error; an id we cannot read (unknown) may hide an
# error, so it outranks the "absent object" and "already there" outcomes.
# Only ok and the outcomes a deck planned (expected) pass.
SEVERITY = tuple(o for o in verdicts.SEVERITY if o != verdicts.UNSUPPORTED)
PASSING = verdicts.PASSING
# Table-only outcome: the reason message that follows decides (TSS0301I).
FAILED = "failed"

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
class Match:
    """One `match` item of an entry: an outcome for the message texts its pattern fits."""
    pattern: "re.Pattern"
    outcome: str
    verbs: Dict[str, str]

    def outcome_for(self, verb):
        return self.verbs.get(verb, self.outcome)


@dataclass(frozen=True)
class Entry:
    id: str
    outcome: str
    verbs: Dict[str, str]
    source: str
    matches: Tuple[Match, ...] = ()

    def outcome_for(self, verb, text=None):
        """The outcome for a command of this verb; with the message's text, the
        first `match` whose pattern fits the whole text decides, if any does."""
        if text is not None:
            for match in self.matches:
                if match.pattern.fullmatch(message_text(text)):
                    return match.outcome_for(verb)
        return self.verbs.get(verb, self.outcome)


@dataclass(frozen=True)
class Table:
    entries: Dict[str, Entry]
    aliases: Dict[str, str]


OUTCOMES = set(SEVERITY) | {FAILED}
MAX_PATTERN = 500            # characters of one `match` pattern
_TOP_KEYS = {"esm", "aliases", "messages"}
_ENTRY_KEYS = {"id", "text", "outcome", "verbs", "match", "source"}
_MATCH_KEYS = {"pattern", "outcome", "verbs"}
_WORD = re.compile(r"[A-Z0-9@#$]{1,16}")


def message_text(line):
    """A message line without its id, blanks squeezed: what `match` patterns see."""
    return " ".join(line.split()[1:])


@lru_cache(maxsize=None)
def load_table(esm):
    """The message table of one ESM, checked so a typo fails loudly, not silently."""
    if esm not in esms.BY_NAME:
        raise ListingError(f"unknown ESM {esm!r}: expected one of {', '.join(esms.NAMES)}")
    path = os.path.join(MESSAGES_DIR, f"{esm}.yaml")
    data = resources.load_yaml(path)
    table, problems = build_table(data, esm)
    if problems:
        raise ValueError("\n".join(f"{path}: {'/'.join(map(str, where))}: {message}"
                                   for where, message in problems))
    return table


def load_site_messages(path, esm):
    """The ESM's table with a site's --messages file merged in: its entries
    replace those of the same id, its aliases are added. A bad file raises
    SpecError with the `FILE:LINE:COL` of each problem."""
    from esmgen.loader import load_file     # only check-output --messages needs it
    esm = esm.lower()
    base = load_table(esm)
    doc = load_file(path)
    site, problems = build_table(doc.data, esm)
    if problems:
        raise SpecError([Problem(doc.where(where), message) for where, message in problems])
    return Table({**base.entries, **site.entries}, {**base.aliases, **site.aliases})


def build_table(data, esm):
    """(Table, [(path, problem)]) from the data of a table file; path is the
    position of the problem in the data, for messages with line and column."""
    problems = []

    def bad(where, message):
        problems.append((tuple(where), message))

    if not isinstance(data, dict):
        bad((), "a message table is a mapping with the key `messages` (a list of entries)")
        return Table({}, {}), problems
    for key in data:
        if key not in _TOP_KEYS:
            bad((key,), f"unknown key {key!r}: expected {', '.join(sorted(_TOP_KEYS))}")
    if "esm" in data and str(data["esm"]).lower() != esm:
        bad(("esm",), f"this table is for {data['esm']!r}, not {esm}")
    aliases = {}
    raw_aliases = data.get("aliases") or {}
    if not isinstance(raw_aliases, dict):
        bad(("aliases",), "aliases is a mapping of ABBREVIATION: VERB")
        raw_aliases = {}
    for short, verb in raw_aliases.items():
        if not (_is_word(short) and _is_word(verb)):
            bad(("aliases", short), "an alias and its verb are single words (A-Z, 0-9, @ # $)")
        else:
            aliases[short.upper()] = verb.upper()
    items = data.get("messages")
    if not isinstance(items, list):
        bad(("messages",) if "messages" in data else (),
            "`messages` must be a list of entries (id, outcome, source)")
        items = []
    entries = {}
    for index, item in enumerate(items):
        entry = _entry(item, ("messages", index), bad)
        if entry is None:
            continue
        if entry.id in entries:
            bad(("messages", index, "id"), f"{entry.id} is listed twice")
        entries[entry.id] = entry
    return Table(entries, aliases), problems


def _is_word(value):
    return isinstance(value, str) and bool(_WORD.fullmatch(value.upper()))


def _entry(item, where, bad):
    if not isinstance(item, dict):
        bad(where, "an entry is a mapping with id, outcome and source")
        return None
    ok = True
    for key in item:
        if key not in _ENTRY_KEYS:
            bad(where + (key,), f"unknown key {key!r}: expected {', '.join(sorted(_ENTRY_KEYS))}")
            ok = False
    ident = item.get("id")
    if not isinstance(ident, str) or MESSAGE_ID.fullmatch(ident) is None:
        bad(where + ("id",) if "id" in item else where,
            f"id {ident!r} is not a message id esmgen reads (ICH.., IRR.., IKJ.., ACF.., TSS..; "
            "upper case)" if "id" in item else "an entry needs an id")
        ok = False
    source = item.get("source")
    if not isinstance(source, str) or not source.strip():
        bad(where + ("source",) if "source" in item else where,
            "an entry needs a source: where its meaning comes from (a site may write `site`)")
        ok = False
    if "text" in item and not isinstance(item["text"], str):
        bad(where + ("text",), "text is a string (what the message says, for the reader)")
        ok = False
    outcome = _outcome(item, where, bad)
    verbs = _verbs(item, where, bad)
    matches = []
    raw = item.get("match", [])
    if not isinstance(raw, list):
        bad(where + ("match",), "match is a list of {pattern, outcome, verbs}")
        raw = []
    for index, spec in enumerate(raw):
        match = _match(spec, where + ("match", index), bad)
        ok = ok and match is not None
        if match is not None:
            matches.append(match)
    if not ok or outcome is None or verbs is None:
        return None
    return Entry(ident, outcome, verbs, source.strip(), tuple(matches))


def _outcome(item, where, bad):
    outcome = item.get("outcome")
    if outcome not in OUTCOMES:
        bad(where + ("outcome",) if "outcome" in item else where,
            f"outcome {outcome!r} is not one of {', '.join(sorted(OUTCOMES))}")
        return None
    return outcome


def _verbs(item, where, bad):
    raw = item.get("verbs") or {}
    if not isinstance(raw, dict):
        bad(where + ("verbs",), "verbs is a mapping of VERB: outcome")
        return None
    verbs = {}
    for verb, outcome in raw.items():
        if not _is_word(verb):
            bad(where + ("verbs", verb), f"verb {verb!r} is not a single word (A-Z, 0-9, @ # $)")
            return None
        if outcome not in OUTCOMES:
            bad(where + ("verbs", verb), f"outcome {outcome!r} is not one of {', '.join(sorted(OUTCOMES))}")
            return None
        verbs[verb.upper()] = outcome
    return verbs


def _match(spec, where, bad):
    if not isinstance(spec, dict) or not isinstance(spec.get("pattern"), str):
        bad(where, "a match item is a mapping with a pattern (a regular expression) and an outcome")
        return None
    for key in spec:
        if key not in _MATCH_KEYS:
            bad(where + (key,), f"unknown key {key!r}: expected {', '.join(sorted(_MATCH_KEYS))}")
            return None
    text = spec["pattern"]
    if len(text) > MAX_PATTERN:
        bad(where + ("pattern",), f"the pattern is longer than {MAX_PATTERN} characters")
        return None
    try:
        pattern = re.compile(text, re.IGNORECASE)
    except re.error as exc:
        bad(where + ("pattern",), f"not a regular expression: {exc}")
        return None
    outcome = _outcome(spec, where, bad)
    verbs = _verbs(spec, where, bad)
    if outcome is None or verbs is None:
        return None
    return Match(pattern, outcome, verbs)


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
    output_lines: List[int] = field(default_factory=list)   # listing line of each output line

    _command: str = None          # the joined echo, once complete

    def feed(self, line, lineno):
        """Take one line; True when it completed the echo."""
        if not self.complete:
            return self._echo(line, lineno)
        if message_id(line):
            self.messages.append(line)
        else:
            self.output.append(line)
            self.output_lines.append(lineno)
        return False

    def _echo(self, line, lineno):
        if message_id(line):
            # a message ends the echo early: after a prompt it means the
            # command was not echoed; after a record ending in - or + the
            # continuation was not echoed
            self.records, self.complete = self.records or [NOT_ECHOED], True
            self.messages.append(line)
            return True
        if not self.records:
            self.line = lineno
        self.records.append(line)
        self.complete = not line.endswith(("-", "+"))
        return self.complete

    @property
    def command(self):
        """The echo joined: computed once, when complete (a block's lines are
        many, and joining them again for each would make a listing quadratic)."""
        if not self.complete:
            return join_records(self.records)
        if self._command is None:
            self._command = join_records(self.records)
        return self._command


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
        completed = False
        if is_prompt:
            acf_mode = acf_mode and line != READY
            current = _Block(lineno, acf_mode)
            blocks.append(current)
            if echo:
                completed = current.feed(echo, lineno)
        elif current is not None:
            completed = current.feed(line, lineno)
        if completed and not acf_mode and current.command == ACF_PROMPT:
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


def _message_outcome(index, messages, table, verb):
    entry = table.entries.get(message_id(messages[index]))
    if entry is None:
        return UNKNOWN
    outcome = entry.outcome_for(verb, messages[index])
    if outcome == FAILED:
        # the reason is the next message; when the failure is the last
        # message, the one before it (the order of the pair is not documented)
        reason = index + 1 if index + 1 < len(messages) else index - 1 if index else None
        return _reason_outcome(None if reason is None else messages[reason], table, verb)
    return outcome


def _reason_outcome(reason, table, verb):
    """A failed function takes the outcome of its reason message; none or unknown -> unknown."""
    entry = table.entries.get(message_id(reason)) if reason else None
    outcome = entry.outcome_for(verb, reason) if entry else FAILED
    if outcome == FAILED:
        return UNKNOWN
    # the function said it failed, so an informational reason cannot make it ok
    return outcome if outcome != OK else ERROR


def classify(command, messages, table):
    verb = verb_of(command, table)
    return worst(_message_outcome(i, messages, table, verb) for i in range(len(messages)))


def check_listing(text, esm, deck=(), table=None):
    """One CommandResult per command of a SYSTSPRT listing, in listing order.

    deck: the commands of the deck the job ran (esmgen.simulator.reader
    Commands); a command the deck marks as planned (esmgen.verdicts) that
    ends as planned is `expected`. Echoed marker comments count as well.
    table: the messages to use (default: esmgen's own for the ESM).
    """
    table = table or load_table(esm.lower())
    results = []
    with paused_gc():
        for block, planned in _with_plans(split_listing(text), deck):
            command = block.command
            outcome = verdicts.judged(classify(command, block.messages, table), planned)
            # what is shown of a listing never carries a key or password
            results.append(CommandResult(redact(command), outcome,
                                         [redact(m) for m in block.messages], block.line,
                                         [redact(o) for o in block.output]))
    return results


LOOKAHEAD = 8      # deck commands a listing may skip (not echoed) before the next match


def _with_plans(blocks, deck):
    """(block, planned outcomes) per command block; marker echoes are not commands."""
    planned, position = frozenset(), 0
    for block in blocks:
        marked = verdicts.marker_outcomes(block.command, star=block.acf_mode)
        if marked is not None and not block.messages:
            planned = marked
            continue
        if deck:
            wanted = _key(block.command)
            for index in range(position, min(position + LOOKAHEAD, len(deck))):
                if _key(deck[index].text) == wanted:
                    planned, position = planned | deck[index].planned, index + 1
                    break
        yield block, planned
        planned = frozenset()


def _key(command):
    return " ".join(command.upper().split())


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
