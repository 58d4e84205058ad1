"""RACF: the SYSTSPRT listing of the RACF verify deck read into a simulated RACF State.

Read (everything else is counted as not read): RLIST (profile, UACC, access
list, STDATA, SSIGNON), LISTDSD (data set profile, UACC, access list),
LISTUSER (user, default group, connections, PROTECTED, OMVS UID/HOME/PROGRAM),
LISTGRP (group, OMVS GID), SETROPTS LIST (active, generic, RACLISTed classes,
EGN) and, in esmgen.listing.state.racf_pki, RACDCERT LIST / LISTRING and
RACMAP LISTMAP.

The outcome of each command comes from its messages, judged by the listing
checker's RACF table (esmgen/listing/messages/racf.yaml, sources there):
not-found (ICH13003I RLIST, ICH30001I LISTUSER, ICH51003I LISTGRP, IRRD107I
/IRRD114I RACDCERT...) means the object is absent; any other failure leaves
the block unread, with a problem.

Output formats (research notes issue 12, section 2, with their sources):
- IBM, "RLIST (List general resource profile)", z/OS Security Server RACF
  Command Language Reference, https://www.ibm.com/docs/en/zos/3.1.0?topic=commands-rlist-list-general-resource-profile
  and real RLIST / RLIST STDATA output captured through IRRSMO00 in
  ambitus/pyracf tests/resource/resource_result_samples/extract_resource_result_base_success.xml
  and ..._base_stdata_success.xml (https://github.com/ambitus/pyracf).
- LISTUSER ... OMVS: ambitus/pyracf tests/user/user_result_samples/extract_user_result_base_omvs_success.xml;
  PROTECTED users: IBM, "Processing password intervals for protected users",
  https://www.ibm.com/support/knowledgecenter/SSLTBW_2.1.0/com.ibm.zos.v2r1.icha700/ppwint.htm
- LISTGRP ... OMVS: ambitus/pyracf tests/group/group_result_samples/extract_group_result_base_omvs_success.xml
- LISTDSD: ambitus/pyracf tests/data_set/data_set_result_samples/extract_data_set_result_generic_base_only_success.xml
  and a published `LISTDSD DATASET(...) GENERIC ALL` screen copy (notes [GH-DSD]).
- SETROPTS LIST: ambitus/pyracf tests/setropts/setropts_result_samples/list_setropts_result_success.xml
Sections are found by their titles and value lines split on blanks (the
values sit centred under their headings), never by column or position,
because TSO strips the blanks and the ALL order is not documented.
"""

import re

from esmgen.listing import check
from esmgen.listing.state import ListingReport, racf_pki
from esmgen.listing.state.racf_lines import dashes, first_value, split_chunks, words
from esmgen.simulator.state import State
from esmgen.simulator.syntax import SyntaxProblem, parse
from esmgen.verdicts import NOT_FOUND, OK

ESM = "racf"
LEVELS = ("NONE", "READ", "UPDATE", "CONTROL", "ALTER", "EXECUTE")

# The abbreviations RACF accepts for the commands read here (IBM RACF Command
# Language Reference, each command's syntax box: RL, LU, LG, LD, SETR).
ALIASES = {"RL": "RLIST", "LU": "LISTUSER", "LG": "LISTGRP", "LD": "LISTDSD", "SETR": "SETROPTS"}
# TSO session commands of the deck itself: neither read nor "not read".
SESSION = frozenset(("PROFILE", "END", "TIME"))
# LISTDSD of an absent profile: ICH35 is the LISTDSD message family (IBM "ICH
# messages for RACF commands", https://www.ibm.com/support/knowledgecenter/en/SSLTBW_2.3.0/com.ibm.zos.v2r3.icha600/cmdmsg.htm);
# the id and wording (ICH35003I NO RACF DESCRIPTION FOUND FOR ...) are UNVERIFIED.
LISTDSD_ABSENT = re.compile(r"ICH35\d{3}I\s+NO RACF DESCRIPTION FOUND\b")
# RACF lists these always; they are not classes SETROPTS CLASSACT switches.
BUILT_IN = frozenset(("DATASET", "USER", "GROUP"))
GENERIC_MARK = " (G)"


def read_listing(text, label):
    """(State, ListingReport) of the SYSTSPRT listing of a RACF verify deck."""
    reader = _Reader(label)
    for block in check.split_listing(text):
        reader.block(block)
    reader.finish()
    return reader.state, reader.report


class _Reader:
    def __init__(self, label):
        self.state = State(ESM)
        self.report = ListingReport(label)
        self.table = check.load_table(ESM)
        self.generic_seen = set()          # classes with a generic profile listed
        self.options_read = False          # a SETROPTS LIST block was read
        self.egn_seen = False              # a data set profile with ** was listed
        self.handlers = {"RLIST": self._rlist, "LISTDSD": self._listdsd, "LISTUSER": self._listuser,
                         "LISTGRP": self._listgrp, "SETROPTS": self._setropts,
                         "RACDCERT": self._pki, "RACMAP": self._pki}

    # -- one block -------------------------------------------------------------
    def block(self, block):
        self.report.blocks += 1
        command = block.command
        if command == check.NOT_ECHOED:
            self.report.problem(block.line, "a command was not echoed: its output is not read")
            return
        if command.startswith("/*"):
            return
        try:
            verb, operands = parse(command)
        except SyntaxProblem as exc:
            self.report.problem(block.line, f"cannot parse the echoed command: {exc}")
            return
        verb = ALIASES.get(verb, verb)
        handler = self.handlers.get(verb)
        if verb in SESSION:
            return
        if handler is None:
            self.report.not_read(verb)
            return
        outcome = self._outcome(verb, command, block)
        if outcome == NOT_FOUND:
            self.report.absent += 1
            return
        if outcome != OK:
            first = block.messages[0] if block.messages else ""
            self.report.problem(block.line, f"{verb}: {outcome} ({first}): not read")
            return
        lines = list(zip(block.output_lines, block.output))
        try:
            problem = handler(verb, operands, lines, block)
        except (KeyError, IndexError, ValueError) as exc:
            # output of an undocumented shape (a USER= line without its value...)
            problem = f"output does not match its format ({type(exc).__name__}: {str(exc)[:80]})"
        if problem:
            self.report.problem(block.line, f"{command[:60]}: {problem}: not read")

    def _outcome(self, verb, command, block):
        if verb == "LISTDSD" and any(LISTDSD_ABSENT.match(m) for m in block.messages):
            return NOT_FOUND
        return check.classify(command, block.messages, self.table)

    # -- RLIST -----------------------------------------------------------------
    def _rlist(self, verb, operands, lines, block):
        chunks = split_chunks(lines, lambda text: words(text) == ["CLASS", "NAME"])
        if not chunks:
            return "no CLASS NAME heading"
        asked = {op.name for op in operands}
        for chunk in chunks:
            value = first_value(chunk, 1)
            if value is None or len(words(value[1])) < 2:
                return "no class and profile name under CLASS NAME"
            cls, name = value[1].split(None, 1)
            name = self._name(cls.upper(), name)
            profile = self._profile(chunk, f"{cls.upper()} {name}")
            if isinstance(profile, str):
                return profile
            profile["stdata"] = _stdata(chunk)
            if cls.upper() == "PTKTDATA":
                profile["ssignon"] = _ssignon(chunk)
                if "SSIGNON" not in asked:
                    self.report.note(chunk[0][0], f"PTKTDATA {name} listed without SSIGNON: whether a"
                                                  " PassTicket key is set is not shown")
        self.report.read(verb)
        return None

    def _name(self, cls, name):
        name = name.strip()
        if name.endswith(GENERIC_MARK):
            name = name[:-len(GENERIC_MARK)].strip()
            self.generic_seen.add(cls)
        elif re.search(r"[*%&]", name):
            self.generic_seen.add(cls)
        return name

    def _profile(self, chunk, key):
        """The profile of one listed chunk with UACC and access list, or the problem."""
        uacc = _uacc(chunk)
        if uacc is None:
            return "no LEVEL OWNER UNIVERSAL ACCESS line with an access level"
        profile = {"uacc": uacc, "acl": _access_list(chunk), "stdata": None}
        self.state.profiles[key] = profile
        return profile

    # -- LISTDSD ----------------------------------------------------------------
    def _listdsd(self, verb, operands, lines, block):
        chunks = split_chunks(lines, lambda text: text.startswith("INFORMATION FOR DATASET "))
        if not chunks:
            return "no INFORMATION FOR DATASET line"
        for chunk in chunks:
            name = self._name("DATASET", chunk[0][1][len("INFORMATION FOR DATASET "):])
            profile = self._profile(chunk, f"DATASET {name}")
            if isinstance(profile, str):
                return profile
            if "**" in name:
                self.egn_seen = True
        self.report.read(verb)
        return None

    # -- LISTUSER, LISTGRP ----------------------------------------------------------
    def _listuser(self, verb, operands, lines, block):
        chunks = split_chunks(lines, lambda text: text.startswith("USER="))
        if not chunks:
            return "no USER= line"
        for chunk in chunks:
            name, user = _user(chunk)
            self.state.users[name] = user
        self.report.read(verb)
        return None

    def _listgrp(self, verb, operands, lines, block):
        chunks = split_chunks(lines, lambda text: text.startswith("INFORMATION FOR GROUP "))
        if not chunks:
            return "no INFORMATION FOR GROUP line"
        for chunk in chunks:
            name = words(chunk[0][1])[3] if len(words(chunk[0][1])) > 3 else None
            if not name:
                return "INFORMATION FOR GROUP names no group"
            gid = (_omvs(chunk) or {}).get("GID")
            self.state.groups[name] = {"gid": gid if isinstance(gid, int) else None, "data": ""}
        self.report.read(verb)
        return None

    # -- SETROPTS LIST ----------------------------------------------------------------
    def _setropts(self, verb, operands, lines, block):
        if [op.name for op in operands] != ["LIST"]:
            self.report.not_read("SETROPTS")
            return None
        lists, sentences = _setropts_lists(lines)
        if "ACTIVE CLASSES" not in lists:
            return "no ACTIVE CLASSES list"
        flags = (("ACTIVE CLASSES", "active"), ("GENERIC PROFILE CLASSES", "generic"),
                 ("GENERIC COMMAND CLASSES", "gencmd"), ("SETR RACLIST CLASSES", "raclist"))
        for title, flag in flags:
            for cls in lists.get(title, ()):
                if cls in BUILT_IN and (flag != "generic" or cls != "DATASET"):
                    continue
                self._class(cls)[flag] = True
        if "ENHANCED GENERIC NAMING IS IN EFFECT" in sentences:
            self._class("DATASET")["egn"] = True
        self.options_read = True
        self.report.read(verb)
        return None

    def _class(self, cls):
        return self.state.classes.setdefault(cls, {"active": False, "raclist": False, "generic": False})

    # -- certificates, rings, maps -------------------------------------------------------
    def _pki(self, verb, operands, lines, block):
        return racf_pki.read(self.state, self.report, verb, operands, lines)

    # -- after the last block --------------------------------------------------------------
    def finish(self):
        """Without SETROPTS LIST, what the listed profiles imply (as for an unload,
        esmgen.simulator.racf.unload): generic names were defined with generic
        processing on, and a data set profile with ** needs EGN."""
        for user in self.state.users.values():
            group = user["default_group"]
            if group and group not in user["groups"]:
                user["groups"].insert(0, group)
        if self.options_read:
            return
        for cls in self.generic_seen:
            self._class(cls)["generic"] = True
        if self.egn_seen:
            self._class("DATASET")["egn"] = True


# -- profile sections -------------------------------------------------------------------

def _uacc(chunk):
    """The UNIVERSAL ACCESS value: third word of the line under the LEVEL heading."""
    for index, (_, text) in enumerate(chunk):
        if text.startswith("LEVEL") and "UNIVERSAL ACCESS" in text:
            value = first_value(chunk, index + 1)
            tokens = words(value[1]) if value else []
            return tokens[2] if len(tokens) > 2 and tokens[2] in LEVELS else None
    return None


def _access_list(chunk):
    """{id: level} of the standard access list: the rows under a heading whose
    first words are USER ACCESS (RLIST AUTHUSER) or ID ACCESS (LISTDSD, RLIST
    ALL), each `id level [count]`; the conditional list (a heading that ends
    CLASS ENTITY NAME) is not kept. The list ends at the first other line."""
    acl, inside = {}, False
    for _, text in chunk:
        tokens = words(text)
        if tokens[:2] in (["USER", "ACCESS"], ["ID", "ACCESS"]):
            inside = "ENTITY" not in tokens
            continue
        if not inside or dashes(text):
            continue
        if 2 <= len(tokens) <= 3 and tokens[1] in LEVELS and (len(tokens) == 2 or tokens[2].isdigit()):
            acl[tokens[0]] = tokens[1]
        else:
            inside = False
    return acl


STDATA_KEYS = ("USER", "GROUP", "TRUSTED", "PRIVILEGED", "TRACE")


def _stdata(chunk):
    """STDATA INFORMATION: `KEY= value` lines (empty when unset), or None."""
    stdata, inside = None, False
    for _, text in chunk:
        if text == "STDATA INFORMATION":
            stdata, inside = {}, True
            continue
        if not inside or dashes(text):
            continue
        key, equals, value = text.partition("=")
        if not equals or key not in STDATA_KEYS:
            inside = False
            continue
        if value.strip():
            stdata[key.lower()] = value.strip()
    return stdata


def _ssignon(chunk):
    """A PassTicket key is set: an SSIGNON section is listed (its wording is
    UNVERIFIED, notes 2.2; the key itself is never displayed)."""
    return any(text.startswith("SSIGNON") for _, text in chunk)


# -- users and groups ----------------------------------------------------------------------

KEY_VALUE = re.compile(r"([A-Z][A-Z-]*)=(\S*)")


def _user(chunk):
    """(name, user) of one LISTUSER block."""
    head = dict(KEY_VALUE.findall(chunk[0][1]))
    name = head["USER"]
    fields, attributes, groups = {}, [], []
    for _, text in chunk[1:]:
        if text.startswith("GROUP="):
            groups.append(dict(KEY_VALUE.findall(text))["GROUP"])
        elif text.startswith("ATTRIBUTES="):
            attributes += text[len("ATTRIBUTES="):].split()
        elif text.startswith("DEFAULT-GROUP="):
            fields.update(KEY_VALUE.findall(text))
    protected = "PROTECTED" in attributes
    # a protected user has neither password nor phrase (IBM ppwint.htm); else
    # PASSDATE / PHRASEDATE N/A say there is none
    password = not protected and fields.get("PASSDATE", "N/A") != "N/A"
    phrase = not protected and fields.get("PHRASEDATE", "N/A") not in ("N/A", "")
    user = {"default_group": fields.get("DEFAULT-GROUP") or None, "groups": groups, "protected": protected,
            "password": password, "phrase": phrase,
            "name": _user_name(chunk[0][1]), "data": "", "omvs": None}
    omvs = _omvs(chunk)
    if omvs is not None:
        uid = omvs.get("UID")
        user["omvs"] = {"uid": uid if isinstance(uid, int) else None,
                        "home": omvs.get("HOME") or None, "program": omvs.get("PROGRAM") or None}
    return name, user


def _user_name(text):
    """NAME= is 20 characters wide and may hold blanks (pyracf LISTUSER sample)."""
    start = text.find("NAME=")
    return text[start + 5:start + 25].strip() if start >= 0 else ""


def _omvs(chunk):
    """{KEY: value} of the OMVS INFORMATION section (numbers as int, NONE as
    None), or None when the block has no such section."""
    found, inside = None, False
    for _, text in chunk:
        if text == "OMVS INFORMATION":
            found, inside = {}, True
            continue
        if not inside or dashes(text):
            continue
        key, equals, value = text.partition("=")
        if not equals or " " in key:
            inside = False
            continue
        value = value.strip()
        found[key] = int(value) if value.isdigit() else None if value == "NONE" else value
    return found


# -- SETROPTS LIST ---------------------------------------------------------------------------

LIST_TITLE = re.compile(r"(.*?)\s+=(?:\s+(.*)|$)")
CLASS_WORD = re.compile(r"[A-Z@#$][A-Z0-9@#$]{0,7}")     # a class name: 1-8 characters


def _setropts_lists(lines):
    """({title: [classes]}, {sentence}) of SETROPTS LIST: a `TITLE = words`
    line goes on while the next lines are only class names; other lines
    are the option sentences (ENHANCED GENERIC NAMING IS IN EFFECT)."""
    lists, sentences, current = {}, set(), None
    for _, text in lines:
        match = LIST_TITLE.fullmatch(text)
        if match:
            current = lists.setdefault(match.group(1), [])
            current += _classes(match.group(2) or "")
            continue
        tokens = text.split()
        if current is not None and tokens and all(CLASS_WORD.fullmatch(t) for t in tokens) \
                and not {"IS", "ARE", "NOT"} & set(tokens):
            current += tokens
            continue
        current = None
        sentences.add(" ".join(tokens))
    return lists, sentences


def _classes(text):
    tokens = text.split()
    return [] if tokens == ["NONE"] else [t for t in tokens if CLASS_WORD.fullmatch(t)]

