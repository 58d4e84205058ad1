"""IKJEFT01 batch jobs around formatted TSO streams.

JCL rules, from IBM z/OS MVS JCL Reference (SA23-1385) unless noted:

* Statements start `//` with the name in column 3 and end by column 71.
  SYSTSIN reads columns 1-72 (IBM TSO/E Customization, "SYSTSIN DD
  statement").
* In-stream data: `DD DATA,DLM=xx` ends only at a record starting with the
  two delimiter characters, so `/*` comment records of the TSO stream pass
  through ("DLM parameter"). Any record of the stream that starts with the
  delimiter (or with `//`, or is a JES2 `/*SIGNON`/`/*SIGNOFF`, which the
  remote work station processes whatever the DLM) is refused.
* The delimiter (--dlm): esmgen takes two characters from the JCL character
  set ("Character sets": alphanumeric A-Z 0-9, national # $ @, special
  , . / ' ( ) * & + - =), no blank, and not `//` or `/*`; lower case and
  other EBCDIC text characters are refused because their code points differ
  between code pages. A delimiter with a special character is written in
  apostrophes, an apostrophe or ampersand in it doubled ("DLM parameter",
  syntax: "If the specified delimiter contains any special characters,
  enclose it in apostrophes ... code each ampersand or apostrophe as two
  consecutive ampersands or apostrophes"): `--dlm 'A+'` gives DLM='A+',
  `--dlm &7` gives DLM='&&7', `--dlm "B'"` gives DLM='B'''.
* The job card (--job-card FILE) may hold only what belongs to the job
  itself, never a step or data:
  - one JOB statement (name 1-8 characters A-Z 0-9 # $ @, the first not a
    digit) and its continuation records: the operand field ends with a
    comma and the next record has `//` and a blank in column 3, the operands
    resuming in columns 4-16; an apostrophe-enclosed value runs to column
    71 and resumes in column 16 ("Continuing the parameter field"). A JOB
    statement that ends with a comma and has no continuation record after
    it is an error. JCL comment records may come between ("If column 3
    contains anything but a blank or an asterisk, the system assumes the
    following statement is a new statement");
  - JCL comment records `//*` (after the JOB statement: "JOB statement,
    Location in the JCL": a JOB statement must be the first statement);
  - the JES2 control statements /*JOBPARM /*MESSAGE /*NOTIFY /*OUTPUT
    /*PRIORITY /*ROUTE /*SETUP /*XEQ, each on one record. /*PRIORITY
    only right before the JOB statement, the others after the JOB statement
    and its continuations ("JES2 control statements, Location in the
    JCL"; "/*PRIORITY must immediately precede the JOB statement");
  - the JES3 control statements //*MAIN //*FORMAT //*NET //*NETACCT
    //*OPERATOR //*PROCESS //*ENDPROCESS //*ROUTE, after the JOB statement,
    and their `//*` continuation records ("Continuing JES3 control
    statements").
  Everything else is refused with its line: EXEC, DD, INCLUDE, PROC, PEND,
  JCLLIB, SET, OUTPUT and every other JCL statement, a second JOB, the null
  statement `//`, a delimiter `/*`, JES2 commands `/*$` and /*XMIT,
  /*SIGNON, /*SIGNOFF, JES3 commands `//**`, //*DATASET and //*ENDDATASET
  (in-stream data), //**PAUSE (before the JOB statement only). JCL outside
  apostrophes and outside comments must be upper case.
* Regular expressions here match whole strings (re.fullmatch): `$` in
  re.match also matches before a final newline.
"""

import re
import textwrap
from dataclasses import dataclass, field
from typing import List

from esmgen import esms
from esmgen.errors import Problem, SpecError

JCL_WIDTH = 71
DD_NAMES = {esm.name: esm.product for esm in esms.REGISTRY}

NAME_RE = re.compile(r"[A-Z#$@][A-Z0-9#$@]{0,7}")
PLAIN_DLM_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789#$@"
SPECIAL_DLM_CHARS = ",./'()*&+-="
DLM_RE = re.compile(r"[A-Z0-9#$@,./'()*&+\-=]{2}")
PRINTABLE_RE = re.compile(r"[\x20-\x7e]*")

JES2_STATEMENTS = ("JOBPARM", "MESSAGE", "NOTIFY", "OUTPUT", "PRIORITY", "ROUTE", "SETUP", "XEQ")
JES3_STATEMENTS = ("MAIN", "FORMAT", "NET", "NETACCT", "OPERATOR", "PROCESS", "ENDPROCESS", "ROUTE")
JES3_REFUSED = {"DATASET": "starts in-stream data", "ENDDATASET": "ends in-stream data",
                "PAUSE": "belongs before the JOB statement"}
_STATEMENT_RE = re.compile(r"//([^ ]*) +([^ ]+)(?: +(.*))?")


@dataclass
class JobOptions:
    """The JOB statement and in-stream delimiter of a deck written as a job."""
    job_name: str = "ESMGEN"
    job_card: List[str] = field(default_factory=list)   # the job card file's records, if given
    dlm: str = "$$"


def dlm_operand(dlm):
    """The DLM= value as JCL: in apostrophes when it has a special character."""
    if all(char in PLAIN_DLM_CHARS for char in dlm):
        return dlm
    return "'" + dlm.replace("'", "''").replace("&", "&&") + "'"


def check_options(options, where_card="--job-card"):
    problems = []
    name = options.job_name if isinstance(options.job_name, str) else ""
    if NAME_RE.fullmatch(name.upper()) and not NAME_RE.fullmatch(name):
        problems.append(Problem("--job-name", f"{name!r}: JCL must be upper case ({name.upper()!r})"))
    elif not NAME_RE.fullmatch(name):
        problems.append(Problem("--job-name", f"{name!r} is not a valid job name:"
                                " 1-8 characters A-Z 0-9 # $ @, the first not a digit"))
    if not DLM_RE.fullmatch(options.dlm or "") or options.dlm in ("//", "/*"):
        problems.append(Problem("--dlm", f"{options.dlm!r} must be exactly two characters of"
                                f" A-Z 0-9 # $ @ {SPECIAL_DLM_CHARS}, not // or /*"))
    if options.job_card:
        problems += check_job_card(options.job_card, where_card)
    if problems:
        raise SpecError(problems)


# -- the job card ----------------------------------------------------------------

def check_job_card(records, where):
    """Problems of a job card (see the module docstring), each at `where:LINE:1`."""
    card = _CardChecker(where)
    for number, record in enumerate(records, 1):
        card.record(number, record)
    card.end(len(records))
    return [problem for _, problem in sorted(card.problems, key=lambda item: item[0])]


def _outside_apostrophes(text, quoted=False):
    """(text outside apostrophes, still inside apostrophes at the end)."""
    parts = []
    for char in text:
        if char == "'":
            quoted = not quoted
        elif not quoted:
            parts.append(char)
    return "".join(parts), quoted


def _operand_field(text, quoted=False):
    """(operand field, inside apostrophes at its end) of text that starts with operands.

    The field ends at the first blank outside apostrophes; what follows is a comment.
    """
    for index, char in enumerate(text):
        if char == "'":
            quoted = not quoted
        elif char == " " and not quoted:
            return text[:index], False
    return text, quoted


class _CardChecker:
    def __init__(self, where):
        self.where = where
        self.problems = []
        self.job_line = 0            # line of the JOB statement, once seen
        self.pending = None          # (line, quoted) while a JOB continuation is due
        self.jes3_continues = False  # the last JES3 statement ended with a comma
        self.priority_line = 0       # a /*PRIORITY waiting for the JOB statement

    def problem(self, number, message, column=1):
        self.problems.append((number, Problem(f"{self.where}:{number}:{column}", message)))

    def record(self, number, text):
        if not text.strip():
            self.problem(number, "blank record: every job card record is a JCL or JES statement")
        elif len(text) > JCL_WIDTH:
            self.problem(number, f"job card record is longer than {JCL_WIDTH} columns", JCL_WIDTH + 1)
        elif not PRINTABLE_RE.fullmatch(text):
            self.problem(number, "job card records must be printable ASCII")
        elif text.startswith("//*"):
            self._comment_or_jes3(number, text)
        elif text.startswith("/*"):
            self._jes2(number, text)
        elif text.startswith("//"):
            self._jcl(number, text)
        else:
            self.problem(number, "not a JCL statement: job card records start with // or /*")
        if self.priority_line and self.priority_line != number and not self.job_line:
            self.problem(self.priority_line, "/*PRIORITY must come right before the JOB statement")
            self.priority_line = 0

    def end(self, count):
        if self.priority_line and not self.job_line:
            self.problem(self.priority_line, "/*PRIORITY must come right before the JOB statement")
        if self.pending:
            self.problem(self.pending[0], "the JOB statement is continued (its operands end with a"
                         " comma or an open apostrophe) but no continuation record follows")
        if count and not self.job_line and not self.problems:
            self.problem(1, "the job card has no JOB statement")

    # -- record kinds

    def _comment_or_jes3(self, number, text):
        if text.startswith("//**"):
            self.problem(number, "JES3 command statements (//**) are not accepted in a job card")
            return
        word = text[3:].split(" ", 1)[0]
        if self.jes3_continues:
            self._upper(number, text)
            self.jes3_continues = text.rstrip().endswith(",")
            return
        if word in JES3_REFUSED:
            self.problem(number, f"JES3 //*{word} {JES3_REFUSED[word]}: not accepted in a job card")
        elif word in JES3_STATEMENTS:
            if self._placed_after_job(number, f"JES3 //*{word}"):
                self._upper(number, text)
                self.jes3_continues = text.rstrip().endswith(",")
        elif not self.job_line:
            self.problem(number, "the first record must be the JOB statement"
                         " (only /*PRIORITY may come before it)")
        # otherwise a JCL comment record: any text, allowed between continued records

    def _jes2(self, number, text):
        self.jes3_continues = False
        word = text[2:].split(" ", 1)[0]
        if word.upper() in JES2_STATEMENTS and word not in JES2_STATEMENTS:
            self.problem(number, "JCL must be upper case (JES2 statements too)")
            return
        if word not in JES2_STATEMENTS:
            what = ("a JES2 command statement (/*$)" if word.startswith("$") else
                    "a delimiter statement" if not word else f"/*{word}")
            self.problem(number, f"{what} is not accepted in a job card; JES2 statements allowed: "
                         + " ".join("/*" + s for s in JES2_STATEMENTS))
            return
        self._upper(number, text)
        if word == "PRIORITY":
            if self.job_line or self.pending:
                self.problem(number, "/*PRIORITY must come right before the JOB statement")
            else:
                self.priority_line = number
            return
        self._placed_after_job(number, f"JES2 /*{word}")

    def _placed_after_job(self, number, what):
        if not self.job_line:
            self.problem(number, f"{what} must come after the JOB statement")
            return False
        if self.pending:
            self.problem(number, f"{what} between continued JOB statement records (JES ignores it there)")
            return False
        return True

    def _jcl(self, number, text):
        self.jes3_continues = False
        if self.pending:
            self._continuation(number, text)
            return
        if text.rstrip() == "//":
            self.problem(number, "the null statement // ends the job: not accepted in a job card")
            return
        match = _STATEMENT_RE.fullmatch(text.rstrip())
        if not match:
            self.problem(number, "a JCL statement needs an operation field (JOB)")
            return
        name, operation, rest = match.groups()
        if operation.upper() == "JOB" and not self.job_line:
            self._job(number, name, operation, rest or "", text)
        elif operation.upper() == "JOB":
            self.problem(number, f"a second JOB statement (the first is at line {self.job_line})")
        elif not name and "=" in operation:
            self.problem(number, "continuation record, but the record before it does not end"
                         " its operands with a comma")
        else:
            self.problem(number, f"{operation.upper()} statement: a job card holds only the JOB"
                         " statement, its continuations, comments and JES2/JES3 control statements")

    def _job(self, number, name, operation, rest, text):
        self.job_line = number
        self.priority_line = 0
        operands, quoted = _operand_field(rest)
        self._upper(number, f"//{name} {operation} {operands}")
        if not NAME_RE.fullmatch(name.upper()):
            self.problem(number, "the JOB statement needs a job name in column 3:"
                         " 1-8 characters A-Z 0-9 # $ @, the first not a digit")
        self._expect(number, text, operands, quoted)

    def _continuation(self, number, text):
        line, quoted = self.pending
        self.pending = None
        if text[2:3] != " ":
            self.problem(number, f"the JOB statement at line {line} is continued, but this record"
                         " has no blank in column 3")
            return
        start = len(text) - len(text[2:].lstrip(" "))   # 0-based index of the first operand
        if start >= len(text):
            self.problem(number, "continuation record without operands")
            return
        if quoted and start != 15:
            self.problem(number, "an apostrophe-enclosed value continues in column 16")
        elif not quoted and not 3 <= start <= 15:
            self.problem(number, "continued operands resume in columns 4-16")
        operands, still_quoted = _operand_field(text[start:], quoted)
        self._upper(number, operands, quoted)
        self._expect(number, text, operands, still_quoted)

    def _expect(self, number, text, operands, quoted):
        if quoted:
            if len(text) != JCL_WIDTH:
                self.problem(number, "unbalanced apostrophe (a value in apostrophes continued on"
                             " the next record runs to column 71)")
                return
            self.pending = (number, True)
        elif operands.endswith(","):
            self.pending = (number, False)

    def _upper(self, number, text, quoted=False):
        outside, _ = _outside_apostrophes(text, quoted)
        if outside != outside.upper():
            self.problem(number, "JCL must be upper case (outside apostrophes and comments)")


def _job_card(options, title):
    if options.job_card:
        return list(options.job_card)
    title = title[:20].replace("'", "")
    return [f"//{options.job_name:<8} JOB (ACCT),'{title}',CLASS=A,MSGCLASS=A,",
            "//             MSGLEVEL=(1,1),NOTIFY=&SYSUID"]


# -- the job -------------------------------------------------------------------------

def _comments(lines):
    out = []
    for line in lines:
        out += ["//* " + part for part in textwrap.wrap(line, JCL_WIDTH - 4, break_on_hyphens=False)] or ["//*"]
    return out


def _instream(ddname, records, dlm):
    """The DD DATA statement, the records and the delimiter.

    A record that would end the data early is refused by its number: the
    record itself is never shown, since it may hold a secret (a PassTicket
    key, a certificate password).
    """
    for number, record in enumerate(records, 1):
        why = (f"the delimiter {dlm!r}" if record.startswith(dlm) else "//" if record.startswith("//")
               else "a JES2 /*SIGNON or /*SIGNOFF" if record.startswith(("/*SIGNON", "/*SIGNOFF")) else "")
        if why:
            raise SpecError(Problem(f"{ddname} record {number}", f"this in-stream record starts with {why}"
                                    " and would end the data early; choose another --dlm"
                                    " (the record is not shown: it may hold a secret)"))
    return [f"//{ddname:<8} DD DATA,DLM={dlm_operand(dlm)}"] + list(records) + [dlm]


def single_job(esm, records, options, notes, title, program="IKJEFT01"):
    """A job that runs one ESM's stream (program: the TMP entry point, IKJEFT1A for a
    plan deck, whose first failing command ends the step)."""
    lines = _job_card(options, title) + _comments(notes) + [
        f"//RUN      EXEC PGM={program},REGION=0M",
        "//SYSTSPRT DD SYSOUT=*",
    ] + _instream("SYSTSIN", records, options.dlm)
    return _checked(lines)


def product_job(streams, options, notes, title, product=None):
    """One job carrying every ESM's stream; `SET PRODUCT=` picks the one to run
    (product, from zowe.yaml, else the first stream)."""
    first = DD_NAMES[product or next(iter(streams))]
    lines = _job_card(options, title) + _comments(notes + [
        "Set PRODUCT to the security manager of this system: "
        + ", ".join(DD_NAMES[e] for e in streams) + ".",
        "SYSTSIN reads the in-stream data set of that name.",
    ]) + [
        f"//         SET PRODUCT={first}",
        "//RUN      EXEC PGM=IKJEFT01,REGION=0M",
        "//SYSTSPRT DD SYSOUT=*",
        "//SYSTSIN  DD DDNAME=&PRODUCT",
    ]
    for esm, records in streams.items():
        lines += _instream(DD_NAMES[esm], records, options.dlm)
    return _checked(lines)


def _checked(lines):
    for number, line in enumerate(lines, 1):
        if len(line) > JCL_WIDTH + 9 or (line.startswith("//") and not line.startswith("//*")
                                          and len(line) > JCL_WIDTH):
            # the number, never the text: a data record may hold a secret
            raise SpecError(Problem("JCL", f"job record {number} is longer than {JCL_WIDTH} columns"))
    return lines
