"""Read a deck (a TSO command stream or a batch job) into the commands JES would run.

A job is read the way JES2 and the converter read it (IBM z/OS MVS JCL
Reference, SA23-1385), in one pass, statement by statement:

* `//*` records are JCL comments (or JES3 statements), `/*` records outside
  in-stream data are JES2 statements or stray delimiters: neither defines a
  symbol or a step ("Comment statement": the comments field is ignored).
* A statement continues while its operand field ends with a comma (or inside
  apostrophes that reach column 71); the continuation has `//` and a blank
  in column 3. Fields end at column 71; the comments field after the first
  blank outside apostrophes is dropped.
* `// SET NAME=VALUE[,NAME=VALUE]` assigns symbols in order: a SET affects
  the statements after it only, a later SET overrides an earlier one
  ("SET statement"). Enclosing apostrophes are not part of a value; `''`
  in them is one apostrophe. Symbols are substituted in statements as the
  system does it ("Using system symbols and JCL symbols"): `&NAME` or
  `&NAME.` (the period ends the name and is consumed), `&&` stands for one
  `&`, an undefined name is left as it is; not inside apostrophes, except on
  the EXEC statement (PARM and ACCT, "Coding symbols in apostrophes").
* A job step is an EXEC statement and the DD statements after it. Every step
  that runs the TSO/E terminal monitor program (PGM=IKJEFT01, IKJEFT1A or
  IKJEFT1B) is read, in order; its commands are the EXEC PARM (the first
  command, IBM TSO/E Customization "Writing JCL for command execution") and
  then its SYSTSIN records. Each step is a new TMP: ACF2 mode does not carry
  from one step into the next.
* SYSTSIN is the step's `DD *` or `DD DATA` in-stream data, or, with
  `DDNAME=name`, the DD of that name later in the same step. A DD with no
  name right after another is a concatenation. `DD *` ends at `/*` or `//`,
  `DD DATA` at `/*`; with `DLM=xx` (in apostrophes when special, `''` and
  `&&` each one character) `DD DATA` ends only at the delimiter and `DD *`
  at the delimiter or `//` (JES2; "DLM parameter"). Records outside any DD
  after a step are JES2's implicit `SYSIN DD *`, skipped.
* The null statement `//` ends the job; JES flushes records up to the next
  JOB statement.
* `IF relexp THEN` / `ELSE` / `ENDIF` around steps is decided where it does
  not depend on a step that ran before it (esmgen.simulator.jclif): the
  branch not taken is skipped; a SET applies in either branch.
* `EXPORT SYMLIST=` exports JCL symbols set after it; SYSTSIN data with
  `SYMBOLS=JCLONLY|EXECSYS|CNVTSYS` gets the exported symbols substituted as
  JES does ("Using symbols in JES2 in-stream data").
* What the dry-run cannot see is refused (exit status 2), never guessed: an
  EXEC of a procedure, INCLUDE, COND= on the JOB or on a TSO step, an IF
  that depends on an earlier step's result, PARMDD=, a symbol in SYMBOLS=
  data whose value only the running system knows (&SYSUID, system symbols
  under EXECSYS/CNVTSYS), SYSTSIN in a data set, and a DDNAME= naming no
  later DD of the step.

TSO records join into commands by the rules in esmgen.tsotext (columns
1-72, `-` and `+` continuation, `/* ... */` comments). ACF2: after
the `ACF` command, records are ACF subcommands until `END`; inside that mode
a record starting with `*` is a comment.
"""

import re
from dataclasses import dataclass, field
from typing import List, NamedTuple, Optional

from esmgen.errors import Problem, SpecError
from esmgen.simulator.jclif import ConditionError, decide
from esmgen.tsotext import COLUMNS, continuation, drop_comments, squeeze
from esmgen.verdicts import marker_outcomes

JCL_COLUMNS = 71      # JCL statement fields end in column 71
TMP_PROGRAMS = ("IKJEFT01", "IKJEFT1A", "IKJEFT1B")
JES2_FIRST = re.compile(r"/\*(JOBPARM|MESSAGE|NETACCT|NOTIFY|OUTPUT|PRIORITY|ROUTE|SETUP|XEQ|XMIT)( .*)?")


class Command(NamedTuple):
    line: int          # deck line where the command starts (1-based)
    text: str          # the command after joining continuations, comments removed
    acf_mode: bool     # an ACF2 subcommand (between ACF and END)
    planned: frozenset = frozenset()   # outcomes an esmgen-expect comment marks as planned


NOT_PLANNED = frozenset()


@dataclass
class Step:
    name: str                    # the EXEC statement's name field
    line: int                    # line of the EXEC statement
    program: str                 # IKJEFT01, IKJEFT1A or IKJEFT1B
    ddname: str                  # the DD whose data SYSTSIN read
    selected_by: Optional[str]   # how a DDNAME= chose it: "SET PRODUCT=RACF at line 5"
    commands: List[Command] = field(default_factory=list)


@dataclass
class Deck:
    commands: List[Command]               # every TSO step's commands, in order
    product: Optional[str] = None         # PRODUCT symbol when the first TSO step ran, if any
    ddname: Optional[str] = None          # the DD the first TSO step's SYSTSIN read
    steps: List[Step] = field(default_factory=list)


def read_deck(text, label="deck"):
    """Commands of a deck given as text: a JCL job or a bare TSO stream."""
    lines = text.splitlines()
    first = next((line for line in lines if line.strip()), "")
    if first.startswith("//") or (JES2_FIRST.fullmatch(first.rstrip()) and "*/" not in first):
        steps, product = _JobReader(lines, label).read()
        commands = [command for step in steps for command in step.commands]
        return Deck(commands, product, steps[0].ddname, steps)
    return Deck(join_records(lines, 1))


# -- JCL ---------------------------------------------------------------------

@dataclass
class _Statement:
    line: int
    name: str
    operation: str
    operands: str      # operand field, continuations joined, symbols substituted
    raw: str           # operand field before substitution


@dataclass
class _DD:
    name: str
    line: int
    keywords: dict
    data: Optional[list] = None        # [(line, record)] of in-stream data, else None
    selected_by: Optional[str] = None  # for DDNAME=: the SET (or the DD) that chose the name
    product: Optional[str] = None      # the PRODUCT symbol when the DD was read
    exported: dict = field(default_factory=dict)   # exported symbols when the DD was read


_SYMBOL = re.compile(r"&&|&([A-Z#$@][A-Z0-9#$@]{0,7})(?![A-Z0-9#$@])(\.?)")


def substitute(text, symbols, quoted_too=False):
    """JCL symbol substitution (module docstring); symbols maps NAME -> (value, line)."""
    def one(part):
        return _SYMBOL.sub(lambda m: "&" if m.group(0) == "&&" else
                           symbols[m.group(1)][0] if m.group(1) in symbols else m.group(0), part)
    if "&" not in text:
        return text
    if quoted_too:
        return one(text)
    parts = text.split("'")
    return "'".join(one(part) if index % 2 == 0 else part for index, part in enumerate(parts))


def _operand_field(text, quoted=False):
    """(operand field, inside apostrophes at its end): up to the first blank outside apostrophes."""
    for index, char in enumerate(text):
        if char == "'":
            quoted = not quoted
        elif char == " " and not quoted:
            return text[:index], False
    return text, quoted


def split_operands(text):
    """(positional, {KEYWORD: value}) of an operand field: commas outside
    apostrophes and parentheses separate parameters."""
    items, current, depth, quoted = [], [], 0, False
    for char in text:
        if char == "'":
            quoted = not quoted
        elif not quoted and char == "(":
            depth += 1
        elif not quoted and char == ")":
            depth -= 1
        elif char == "," and not quoted and depth <= 0:
            items.append("".join(current))
            current = []
            continue
        current.append(char)
    items.append("".join(current))
    positional, keywords = [], {}
    for item in items:
        key, equals, value = item.partition("=")
        if equals and re.fullmatch(r"[A-Z][A-Z0-9]*", key):
            keywords[key] = value
        elif item:
            positional.append(item)
    return positional, keywords


def jcl_unquote(value, ampersands=False):
    """'O''DAY' -> O'DAY (and '&&' -> '&' where the parameter says so)."""
    if len(value) >= 2 and value.startswith("'") and value.endswith("'"):
        value = value[1:-1].replace("''", "'")
        return value.replace("&&", "&") if ampersands else value
    return value


class _JobReader:
    def __init__(self, lines, label):
        self.lines = lines
        self.label = label
        self.index = 0
        self.symbols = {}          # NAME -> (value, line of the SET)
        self.steps = []
        self.step = None           # the TSO step being read: (EXEC statement, program, [DDs])
        self.product = None
        self.frames = []           # open IF constructs: [decided value of the IF, in its ELSE]
        self.ran = []              # names of the steps before this point that run
        self.job_cond = None
        self.exports = set()       # EXPORT SYMLIST names ("*" for every symbol)
        self.exported = {}         # NAME -> value of an exported symbol set after its EXPORT

    def error(self, line, message):
        raise SpecError(Problem(f"{self.label}:{line}", message))

    # -- the pass

    def read(self):
        lines, ended = self.lines, False
        while self.index < len(lines):
            text = lines[self.index]
            if text.startswith("//*") or text.startswith("/*"):
                self.index += 1                    # comment, JES2/JES3 statement, stray delimiter
                continue
            if not text.startswith("//"):
                self._skip_data(("//", "/*"), consume=("/*",))   # JES2's implicit SYSIN DD *
                continue
            statement = self._statement()
            if statement is None:                  # the null statement: the job ends
                self._end_step()
                ended = True
                continue
            if statement.operation == "JOB":
                self._end_step()
                ended, self.symbols, self.frames, self.ran, self.job_cond = False, {}, [], [], None
                self.exports, self.exported = set(), {}
                _, keywords = split_operands(statement.operands)
                self.job_cond = keywords.get("COND") and statement.line
                continue
            if ended:
                continue
            self._dispatch(statement)
        self._end_step()
        if not self.steps:
            self.error(1, "no step of this job runs the TSO/E terminal monitor program"
                       f" ({', '.join(TMP_PROGRAMS)})")
        return self.steps, self.product

    def _dispatch(self, statement):
        operation = statement.operation
        if operation == "SET":
            self._set(statement)
        elif operation == "EXEC":
            self._end_step()
            self._exec(statement)
        elif operation == "DD":
            self._dd(statement)
        elif operation == "INCLUDE":
            self.error(statement.line, "INCLUDE: dry-run cannot read the included JCL")
        elif operation == "IF":
            self.frames.append([self._decide(statement), False])
        elif operation == "ELSE" and self.frames:
            self.frames[-1][1] = True
        elif operation == "ENDIF" and self.frames:
            self.frames.pop()
        elif operation == "EXPORT":
            self._export(statement)
        elif operation == "PROC":
            self._skip_procedure()
        # JCLLIB, OUTPUT, CNTL, COMMAND, ...: nothing the TMP reads

    def _statement(self):
        """The statement at self.index with its continuations; None for `//`."""
        lines, start = self.lines, self.index
        first = lines[start][:JCL_COLUMNS].rstrip()
        self.index += 1
        if first == "//":
            return None
        body = first[2:]
        name = "" if body.startswith(" ") else body.split(" ", 1)[0]
        rest = body[len(name):].lstrip(" ")
        operation, _, rest = rest.partition(" ")
        if operation == "IF":
            return self._if_statement(start, name, rest)
        field_text, quoted = _operand_field(rest.lstrip(" "))
        parts = [field_text]
        while (quoted or field_text.endswith(",")) and self.index < len(lines):
            record = lines[self.index]
            if record.startswith("//*"):
                self.index += 1                   # comments may come between continuations
                continue
            if not record.startswith("// "):
                break
            record = record[:JCL_COLUMNS]
            self.index += 1
            text = record[15:] if quoted else record[2:].lstrip(" ")
            field_text, quoted = _operand_field(text, quoted)
            parts.append(field_text)
        raw = "".join(parts)
        quoted_too = operation == "EXEC"
        return _Statement(start + 1, name, operation, substitute(raw, self.symbols, quoted_too), raw)

    def _if_statement(self, start, name, text):
        """An IF statement: its relational expression may hold blanks and runs to THEN,
        continued on `//` records (JCL Reference, "Relational-expression field")."""
        parts = [text.strip()]
        while not re.search(r"(^| )THEN$", parts[-1]) and self.index < len(self.lines):
            record = self.lines[self.index][:JCL_COLUMNS]
            if not record.startswith("// ") or not record[2:].strip():
                break
            self.index += 1
            parts.append(record[2:].strip())
        raw = " ".join(parts)
        return _Statement(start + 1, name, "IF", substitute(raw, self.symbols), raw)

    def _decide(self, statement):
        expression = re.sub(r"(^| )THEN$", "", statement.operands).strip()
        if statement.operands == expression:
            self.error(statement.line, "IF statement without THEN")
        try:
            return decide(expression, self.ran)
        except ConditionError as exc:
            self.error(statement.line, f"IF: {exc}")

    def _skip_data(self, ends, consume):
        lines = self.lines
        while self.index < len(lines):
            record = lines[self.index]
            if record.startswith(ends):
                if record.startswith(consume):
                    self.index += 1
                return
            self.index += 1

    def _skip_procedure(self):
        """An in-stream procedure is not run where it is defined: skip to PEND."""
        while self.index < len(self.lines):
            record = self.lines[self.index]
            if record.startswith("//") and not record.startswith("//*"):
                statement = self._statement()
                if statement is not None and statement.operation == "PEND":
                    return
            else:
                self.index += 1

    # -- statements

    def _set(self, statement):
        # a SET applies where it stands, inside either branch of an IF (JCL Reference,
        # "Considerations for using the SET statement")
        _, keywords = split_operands(statement.operands)
        for name, value in keywords.items():
            self.symbols[name] = (jcl_unquote(value), statement.line)
            if name in self.exports or "*" in self.exports:
                self.exported[name] = jcl_unquote(value)

    def _exec(self, statement):
        _, keywords = split_operands(statement.operands)
        program = keywords.get("PGM")
        if program is None:
            self.error(statement.line, f"step {statement.name or '(no name)'} calls a procedure:"
                       " dry-run cannot see the steps of a procedure")
        runs = self._runs()
        if program.upper() not in TMP_PROGRAMS:
            self.step = None
            if runs is not False:
                self.ran.append(statement.name)    # may run: later conditions on it stay unknown
            return
        if runs is None or self.job_cond or "COND" in keywords:
            where = "COND= on the JOB statement" if self.job_cond else \
                "COND= on this step" if "COND" in keywords else \
                "an IF/THEN/ELSE construct whose condition depends on an earlier step's result"
            self.error(statement.line, f"step {statement.name or '(no name)'} runs only under {where}:"
                       " dry-run cannot know whether it runs")
        if runs is False:
            self.step = None                        # the branch the condition does not take
            return
        self.ran.append(statement.name)
        if "PARMDD" in keywords:
            self.error(statement.line, "PARMDD=: dry-run does not read the command from a data set")
        parm = " ".join(jcl_unquote(keywords.get("PARM", "")).split())
        self.step = (statement, program.upper(), [], (statement.line, parm) if parm else None)

    def _runs(self):
        """Whether a step here runs: True, False, or None when an IF cannot be decided."""
        answer = True
        for value, in_else in self.frames:
            if value is None:
                answer = None if answer else answer
            elif value == in_else:
                return False
        return answer

    def _export(self, statement):
        _, keywords = split_operands(statement.operands)
        names = keywords.get("SYMLIST", "")
        self.exports |= set(names.strip("()").split(",")) - {""}

    def _dd(self, statement):
        positional, keywords = split_operands(statement.operands)
        data = None
        if positional[:1] in (["*"], ["DATA"]):
            data = self._instream(statement, positional[0], keywords)
        if self.step is None:
            return
        dds = self.step[2]
        if not statement.name and dds and dds[-1].data is not None and data is not None:
            dds[-1].data.extend(data)           # a concatenation
            return
        dd = _DD(statement.name, statement.line, keywords, data,
                 product=self.symbols.get("PRODUCT", (None,))[0], exported=dict(self.exported))
        if "DDNAME" in keywords:
            dd.selected_by = self._selected_by(statement, keywords["DDNAME"])
        dds.append(dd)

    def _instream(self, statement, kind, keywords):
        dlm = _dlm(keywords.get("DLM"))
        if dlm:
            ends = (dlm, "//") if kind == "*" else (dlm,)
            consume = (dlm,)
        else:
            ends = ("/*", "//") if kind == "*" else ("/*",)
            consume = ("/*",)
        lines, data = self.lines, []
        while self.index < len(lines):
            record = lines[self.index]
            if record.startswith(ends):
                if record.startswith(consume):
                    self.index += 1
                break
            data.append((self.index + 1, record))
            self.index += 1
        return data

    def _end_step(self):
        if self.step is None:
            return
        statement, program, dds, parm = self.step
        self.step = None
        name = statement.name or "(no name)"
        systsin = next((i for i, dd in enumerate(dds) if dd.name == "SYSTSIN"), None)
        if systsin is None:
            self.error(statement.line, f"step {name} ({program}) has no SYSTSIN DD")
        dd = dds[systsin]
        selected_by, product = dd.selected_by, dd.product
        if "DDNAME" in dd.keywords:
            target = dd.keywords["DDNAME"]
            later = next((d for d in dds[systsin + 1:] if d.name == target), None)
            if later is None:
                self.error(dd.line, f"SYSTSIN of step {name} names DDNAME={target}"
                           + (f" ({selected_by})" if selected_by else "")
                           + ", which is not a later DD of that step")
            dd = later
        if dd.data is None:
            self.error(dd.line, f"{dd.name or 'SYSTSIN'} is not in-stream data (DD * or DD DATA):"
                       " dry-run reads only in-stream commands")
        if "SYMBOLS" in dd.keywords:
            dd.data = self._with_symbols(dd)
        if not self.steps:
            self.product = product
        commands = _join(dd.data, first=parm)
        self.steps.append(Step(statement.name, statement.line, program, dd.name, selected_by, commands))

    def _with_symbols(self, dd):
        """In-stream data as JES gives it with SYMBOLS= (JCL Reference, "SYMBOLS parameter";
        "Using symbols in JES2 in-stream data"): exported JCL symbols are substituted;
        a symbol whose value only the running system knows is refused, never guessed."""
        kind = dd.keywords["SYMBOLS"].strip("()").split(",")[0]
        if kind not in ("JCLONLY", "EXECSYS", "CNVTSYS"):
            self.error(dd.line, f"SYMBOLS={kind}: expected JCLONLY, EXECSYS or CNVTSYS")
        symbols = {name: (value, dd.line) for name, value in dd.exported.items()}
        data = []
        for line, record in dd.data:
            for match in _SYMBOL.finditer(record):
                name = match.group(1)
                if name == "SYSUID" or (name and name not in symbols and kind != "JCLONLY"):
                    where = "the submitter's user ID" if name == "SYSUID" else \
                        f"a system symbol of the {'executing' if kind == 'EXECSYS' else 'converting'} system"
                    self.error(line, f"&{name} in {dd.name} (SYMBOLS={kind}) may be {where},"
                               " which the dry-run does not know")
            text = substitute(record, symbols, quoted_too=True)
            if text[COLUMNS:].strip() and not record[COLUMNS:].strip():
                self.error(line, f"{dd.name}: after symbol substitution the record runs past"
                           f" column {COLUMNS}, where TSO stops reading")
            data.append((line, text))
        return data

    def _selected_by(self, statement, ddname):
        raw = split_operands(statement.raw)[1].get("DDNAME", "")
        match = _SYMBOL.search(raw)
        if match and match.group(1) in self.symbols:
            value, line = self.symbols[match.group(1)]
            return f"SET {match.group(1)}={value} at line {line}"
        return f"DDNAME={ddname} at line {statement.line}"


def _dlm(value):
    """The delimiter a DLM= value sets: two characters (JCL Reference, DLM parameter)."""
    if not value:
        return None
    return jcl_unquote(value, ampersands=True) if value.startswith("'") else value


# -- TSO ---------------------------------------------------------------------

def join_records(records, start):
    """Commands from records numbered from start: continuation joined, comments dropped."""
    return _join(enumerate(records, start))


def _join(numbered, first=None):
    """Commands from (line, record) pairs; first: (line, text) of a command run before them
    (the EXEC PARM of a TSO step)."""
    commands, pending, pending_line, strip_next, acf_mode = [], None, None, False, False
    planned = NOT_PLANNED
    add = commands.append
    if first:
        add(Command(first[0], first[1], False))
        acf_mode = first[1].split(" ", 1)[0].upper() == "ACF"
    for number, record in numbered:
        text = (record if len(record) <= COLUMNS else record[:COLUMNS]).rstrip()
        if pending is None:
            star = acf_mode and text[:1] == "*"
            if star or ("/*" in text and text.lstrip().startswith("/*")):
                marked = marker_outcomes(text, star=star)
                if marked is not None:
                    planned = marked          # for the next command
                    continue
                if star:
                    continue                  # an ACF2 comment
        if "/*" in text:
            text = drop_comments(text)
        if strip_next:
            text = text.lstrip()
        if pending is None:
            if not text or text.isspace():
                continue
            pending, pending_line = [], number
        text, mark = continuation(text)
        pending.append(text)
        strip_next = mark == "+"
        if mark:
            continue
        command = squeeze(pending[0] if len(pending) == 1 else "".join(pending))
        pending = None
        head = command[:4].upper()           # only ACF and END change the mode
        ends = head in ("END", "END ")
        add(Command(pending_line, command, acf_mode and not ends, planned))
        planned = NOT_PLANNED
        if acf_mode:
            acf_mode = not ends
        else:
            acf_mode = head in ("ACF", "ACF ")
    if pending:
        add(Command(pending_line, squeeze("".join(pending)), acf_mode))
    return commands
