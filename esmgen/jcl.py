"""IKJEFT01 batch jobs around formatted TSO streams.

JCL rules (IBM z/OS MVS JCL Reference): statements start `//` with the name
in column 3 and end by column 71; `DD DATA,DLM=xx` in-stream data ends only at
a record starting with the two delimiter characters, so `/*` comment records
of the TSO stream pass through. SYSTSIN reads columns 1-72 (IBM TSO/E
Customization, "SYSTSIN DD statement").
"""

import re
import textwrap
from dataclasses import dataclass, field
from typing import List

from esmgen.errors import Problem, SpecError
from esmgen.rules import ID_RE

JCL_WIDTH = 71
DD_NAMES = {"racf": "RACF", "acf2": "ACF2", "tss": "TSS"}


@dataclass
class JobOptions:
    """The JOB statement and in-stream delimiter of a deck written as a job."""
    job_name: str = "ESMGEN"
    job_card: List[str] = field(default_factory=list)   # JOB statement records, if given
    dlm: str = "$$"


def check_options(options, where_card="--job-card"):
    problems = []
    if not ID_RE.fullmatch(options.job_name or ""):
        problems.append(Problem("--job-name", f"'{options.job_name}' is not a valid job name:"
                                " 1-8 characters A-Z 0-9 # $ @, the first not a digit"))
    if len(options.dlm) != 2 or not re.match(r"^[\x21-\x7e]{2}$", options.dlm) \
            or options.dlm in ("//", "/*"):
        problems.append(Problem("--dlm", f"'{options.dlm}' must be exactly two printable characters,"
                                " not // or /*"))
    for number, line in enumerate(options.job_card, 1):
        where = f"{where_card}:{number}:1"
        if not line.startswith("//") or line.startswith("//*") and number == 1:
            problems.append(Problem(where, f"job card records must be JCL statements starting '//': {line!r}"))
        elif len(line) > JCL_WIDTH:
            problems.append(Problem(f"{where_card}:{number}:{JCL_WIDTH + 1}",
                                    f"job card record is longer than {JCL_WIDTH} columns"))
        elif not re.match(r"^[\x20-\x7e]*$", line):
            problems.append(Problem(where, "job card records must be printable ASCII"))
    if options.job_card and not re.match(r"^//\S{1,8}\s+JOB(\s|$)", options.job_card[0]):
        problems.append(Problem(f"{where_card}:1:1", "the first job card record must be a JOB statement"))
    if problems:
        raise SpecError(problems)


def _job_card(options, title):
    if options.job_card:
        return list(options.job_card)
    title = title[:20].replace("'", "")
    return [f"//{options.job_name:<8} JOB (ACCT),'{title}',CLASS=A,MSGCLASS=A,",
            "//             MSGLEVEL=(1,1),NOTIFY=&SYSUID"]


def _comments(lines):
    out = []
    for line in lines:
        out += ["//* " + part for part in textwrap.wrap(line, JCL_WIDTH - 4, break_on_hyphens=False)] or ["//*"]
    return out


def _instream(ddname, records, dlm):
    for number, record in enumerate(records, 1):
        if record.startswith(dlm) or record.startswith("//"):
            raise SpecError(Problem(f"{ddname} record {number}", f"record would end the in-stream data"
                                    f" early: {record!r}; choose another --dlm"))
    return [f"//{ddname:<8} DD DATA,DLM={dlm}"] + list(records) + [dlm]


def single_job(esm, records, options, notes, title):
    """A job that runs one ESM's stream."""
    lines = _job_card(options, title) + _comments(notes) + [
        "//RUN      EXEC PGM=IKJEFT01,REGION=0M",
        "//SYSTSPRT DD SYSOUT=*",
    ] + _instream("SYSTSIN", records, options.dlm)
    return _checked(lines)


def product_job(streams, options, notes, title):
    """One job carrying every ESM's stream; `SET PRODUCT=` picks the one to run."""
    first = DD_NAMES[next(iter(streams))]
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
    for line in lines:
        if len(line) > JCL_WIDTH + 9 or (line.startswith("//") and not line.startswith("//*")
                                          and len(line) > JCL_WIDTH):
            raise SpecError(Problem("JCL", f"record longer than {JCL_WIDTH} columns: {line}"))
    return lines
