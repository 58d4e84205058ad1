"""Which names RACF accepts: user ids, group names, generic profile names
(general resources and data sets); and which names a generic profile covers.

Sources:
- [SYNTAX] IBM RACF Command Language Reference, "Syntax of RACF commands and
  operands", https://www.ibm.com/docs/en/SSLTBW_2.2.0/com.ibm.zos.v2r2.icha400/xsyntax.htm :
  user id 1-8 alphanumeric characters; group name 1-8 alphanumeric
  characters, the first A-Z, #, $ or @.
- [RESOUR] "Profile names for general resources" (icha400/resour.htm) and
  "Generic profiles" (ich2a40025.htm): %, *, ** and & (a RACFVARS variable).
- [DSGEN] Security Administrator's Guide, "When you can specify generic
  profile names" and Command Language Reference "Generic profile rules -
  enhanced generic naming active" (ich2a40030.htm): ** in a data set
  profile only with EGN; the high-level qualifier holds no generic character.
"""

import re

NATIONAL = "#$@"
GENERIC_CHARS = re.compile(r"[*%&]")      # [RESOUR]
DATASET_GENERIC = re.compile(r"[*%]")     # & is for general resources only [RESOUR]


def _alnum(name):
    return all(c.isalnum() and c.isascii() or c in NATIONAL for c in name)


def user_problem(name):
    """[SYNTAX]: 1-8 alphanumeric or national characters; the user id may
    start with a digit (TSO user ids cannot, but RACF's own rule allows it)."""
    if not 1 <= len(name) <= 8 or not _alnum(name):
        return f"user ID {name} is not 1-8 alphanumeric or national characters"
    return None


def group_problem(name):
    """[SYNTAX]: 1-8 alphanumeric or national characters, the first A-Z, #, $ or @."""
    if not 1 <= len(name) <= 8 or not _alnum(name) or not (name[0].isalpha() or name[0] in NATIONAL):
        return f"group name {name} is not 1-8 alphanumeric or national characters starting with A-Z, #, $ or @"
    return None


def is_generic(name):
    return GENERIC_CHARS.search(name) is not None


def dataset_problem(name, egn):
    """Why a data set profile name is refused, or None ([DSGEN])."""
    hlq = name.split(".", 1)[0]
    if DATASET_GENERIC.search(hlq):
        return f"{name}: the high-level qualifier cannot contain a generic character"
    if "**" in name:
        if not egn:
            return f"{name}: ** in a data set profile needs SETROPTS EGN, which is not in effect"
        if name.count("**") > 1 or any("**" in q and q != "**" for q in name.split(".")):
            return f"{name}: ** may appear once, as a whole qualifier"
    if len(name) > 44:
        return f"{name}: a data set profile name is at most 44 characters"
    return None


def generic_regex(name, cls):
    """What names a generic profile name covers, as a full-match pattern
    ([DSGEN] with EGN, [RESOUR]): % one character but a period; * within a
    qualifier any characters of it; a final .* one qualifier (data sets) or one
    or more (general resources); .** any number of qualifiers, none included."""
    parts = name.split(".")
    out = []
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        if part == "**":
            out.append(r"(?:\.[^.]+)*" if index else r"[^.]+(?:\.[^.]+)*")
            continue
        if part == "*" and last and cls != "DATASET":
            out.append(r"\.[^.]+(?:\.[^.]+)*" if index else r"[^.]+(?:\.[^.]+)*")
            continue
        text = "".join("[^.]*" if c == "*" else "[^.]" if c == "%" else re.escape(c) for c in part)
        out.append(("\\." if index else "") + text)
    return re.compile("".join(out))
