"""RACF certificates, key rings and identity maps from RACDCERT / RACMAP listings.

Formats (research notes issue 12, sections 2.6-2.8):
- RACDCERT LIST: IBM, "Examples of listing digital certificate chain
  information" (same per-certificate layout as LIST),
  https://www.ibm.com/support/knowledgecenter/SSLTBW_2.1.0/com.ibm.zos.v2r1.icha700/ExamplesOfListingDigitalCertificateChainInformation.htm
  and "RACDCERT LIST", https://www.ibm.com/support/knowledgecenter/en/SSLTBW_2.3.0/com.ibm.zos.v2r3.icha400/le-list.htm:
  `Digital certificate information for user U:` (or `for CERTAUTH:`,
  `for SITE:`), then per certificate `Label: <label>` and its fields.
- RACDCERT LISTRING: IBM, "RACDCERT LISTRING",
  https://www.ibm.com/support/knowledgecenter/SSLTBW_2.1.0/com.ibm.zos.v2r1.icha400/le-listring.htm,
  and published Zowe / z/OSMF key ring listings (notes [GH-RING]):
  `Digital ring information for user U:`, `Ring:` with `>name<` on the next
  line, a `Certificate Label Name  Cert Owner  USAGE  DEFAULT` table.
- RACMAP LISTMAP: IBM, distributed identity filter examples,
  https://www.ibm.com/support/knowledgecenter/SSLTBW_2.1.0/com.ibm.zos.v2r1.icha700/didx50s.htm:
  `Mapping information for user U:`, `Label:`, `Distributed Identity User
  Name Filter:` and `Registry name:`, each value as `>text<` on the next line.
RACDCERT LISTMAP (certificate name filters) has no public sample: not read.
"""

import re

from esmgen.simulator import pki
from esmgen.simulator.syntax import unquote

CERT_HEADING = re.compile(r"Digital certificate information for (?:user (\S+)|(CERTAUTH|SITE)):", re.I)
RING_HEADING = re.compile(r"Digital ring information for user (\S+):", re.I)
MAP_HEADING = re.compile(r"Mapping information for user (\S+):", re.I)
BRACKETED = re.compile(r">(.*)<")
# a ring table row, read from the right: the label may hold blanks, the
# owner (CERTAUTH, SITE or ID(user)), usage and default never do
RING_ROW = re.compile(r"(.+?)\s+(CERTAUTH|SITE|ID\((\S+)\))\s+(PERSONAL|SITE|CERTAUTH)\s+(YES|NO)")


def read(state, report, verb, operands, lines):
    """Read one RACDCERT or RACMAP block into state; a problem text or None."""
    names = {op.name for op in operands}
    if verb == "RACMAP" and "LISTMAP" in names:
        key, reader = "RACMAP LISTMAP", _listmap
    elif verb == "RACDCERT" and "LISTRING" in names:
        key, reader = "RACDCERT LISTRING", _listring
    elif verb == "RACDCERT" and "LIST" in names:
        key, reader = "RACDCERT LIST", _list
    else:
        sub = next((op.name for op in operands if op.name.startswith("LIST")), "")
        report.not_read(f"{verb} {sub}".strip())
        return None
    problem = reader(state, lines)
    if problem is None:
        report.read(key)
    return problem


def _list(state, lines):
    owner = None
    for _, text in lines:
        heading = CERT_HEADING.fullmatch(text)
        if heading:
            owner = heading.group(1) or heading.group(2).upper()
        elif text.startswith("Label:"):
            if owner is None:
                return "Label: before a Digital certificate information heading"
            _certificate(state, owner, text[len("Label:"):].strip())
    return None if owner else "no Digital certificate information heading"


def _certificate(state, owner, label):
    if not pki.has_certificate(state, owner, label):
        state.certificates[f"{owner} {label}"] = {"owner": owner, "label": label, "record": None,
                                                 "ca": owner == "CERTAUTH"}


def _listring(state, lines):
    owner, ring, expect_name = None, None, False
    for _, text in lines:
        heading = RING_HEADING.fullmatch(text)
        if heading:
            owner, ring = heading.group(1), None
        elif text == "Ring:":
            expect_name = True
        elif expect_name:
            expect_name = False
            name = BRACKETED.fullmatch(text)
            if owner is None or name is None:
                return "Ring: is not followed by >name< under a Digital ring information heading"
            ring = state.rings.setdefault(f"{owner} {name.group(1)}", {"owner": owner, "name": name.group(1),
                                                                      "record": None, "certs": []})
        elif ring is not None:
            _ring_row(state, ring, text)
    return None if owner else "no Digital ring information heading"


def _ring_row(state, ring, text):
    row = RING_ROW.fullmatch(text)
    if row is None:
        return                              # the table heading, its underline, a "no certificates" line
    label, owner = row.group(1).strip(), row.group(3) or row.group(2)
    # a certificate on a ring exists (RACF takes it off its rings when it is deleted)
    _certificate(state, owner, label)
    ring["certs"] = [c for c in ring["certs"] if (c["owner"], c["label"]) != (owner, label)]
    ring["certs"].append({"owner": owner, "label": label, "usage": row.group(4), "default": row.group(5) == "YES"})


def _listmap(state, lines):
    user, entry, field = None, None, None
    for _, text in lines:
        heading = MAP_HEADING.fullmatch(text)
        if heading:
            user = heading.group(1)
        elif text.startswith("Label:"):
            if user is None:
                return "Label: before a Mapping information heading"
            label = unquote(text[len("Label:"):].strip())
            entry = state.idmaps.setdefault(f"{user} {label}", {"user": user, "label": label,
                                                                "dn": None, "registry": None})
        elif text.startswith("Distributed Identity User Name Filter:"):
            field = "dn"
        elif text.startswith("Registry name:"):
            field = "registry"
        elif field and entry is not None:
            value = BRACKETED.fullmatch(text)
            entry[field] = value.group(1) if value else text
            field = None
    return None if user else "no Mapping information heading"
