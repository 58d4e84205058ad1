"""Payloads an attacker might put in a spec value, and the fields they go in.

Each payload is either refused (exit 2, FILE:LINE:COL) or ends up in the deck
exactly as written, inside its quoted operand: tests/test_hostile.py checks
both for every ESM, deck kind and format, reading decks back with the
test-side TSO reader (tests/tso.py), not esmgen's own.
"""

PAYLOADS = (
    "x\nALTUSER IBMUSER SPECIAL OPERATIONS",   # a second command after a line break
    "x')) SPECIAL OPERATIONS ((",               # leave the quoted operand
    "x') SPECIAL DATA('y",
    "O'Brien",                                  # an apostrophe is doubled
    "a /* b",                                   # open a comment
    "a */ b",                                   # close one
    "a ; b",
    "ends with -",
    "ends with +",
    "run of      blanks and " + " " * 90 + "a very long one",
    "\x1b[8mhidden",                            # ANSI escape
    "line\u2028separator",
    "tab\there",
    "trailing newline\n",
    "&SYSUID. symbol",
    "$$ delimiter",
    "// JCL",
    "caf\u00e9",
    "(unbalanced",
    "say \"hi\"",
    "x" * 300,
)

# A spec with every field that takes free text; PAYLOAD goes in one of them.
SPEC = """\
esmgen: 1
defaults: {department: DEPTA, owner: DEPTA}
components:
  app:
    purpose: PURPOSE_FIELD
    default: true
    departments: [{name: DEPTA}]
    groups: [{name: APPGRP, description: GROUP_DESCRIPTION}]
    users:
      - {name: APPUSER, default_group: APPGRP, protected: true, full_name: FULL_NAME,
         description: USER_DESCRIPTION}
    profiles:
      - class: FACILITY
        name: APP.RESOURCE
        purpose: PROFILE_PURPOSE
        grants: [{id: APPUSER, access: READ}]
    identity_maps:
      - {user: APPUSER, label: IDMAP_LABEL, distributed_id: DISTRIBUTED_ID, registry: REGISTRY,
         record: MAP1}
    certificates:
      - {owner: CERTAUTH, label: CA_LABEL, record: CA1, ca: true, subject: {CN: SUBJECT_CN, O: ORG},
         expires: "2030-12-31"}
    keyrings:
      - owner: APPUSER
        name: AppRing
        record: RING1
        connect: [{owner: CERTAUTH, label: CA_LABEL, usage: certauth}]
"""

SAFE = {
    "PURPOSE_FIELD": "The application server.", "GROUP_DESCRIPTION": "APP GROUP",
    "FULL_NAME": "APP SERVER", "USER_DESCRIPTION": "runs the app", "PROFILE_PURPOSE": "Lets it run.",
    "IDMAP_LABEL": "app map", "DISTRIBUTED_ID": "CN=App,O=Corp", "REGISTRY": "ldaps://ldap:636",
    "CA_LABEL": "App CA", "SUBJECT_CN": "App CA", "ORG": "Corp",
}


def quoted_yaml(text):
    """A YAML double-quoted scalar that holds text exactly (escapes for control characters)."""
    out = []
    for char in text:
        if char in '"\\':
            out.append("\\" + char)
        elif 0x20 <= ord(char) < 0x7f:
            out.append(char)
        else:
            out.append(f"\\u{ord(char):04x}")
    return '"' + "".join(out) + '"'


def spec_with(field=None, payload=None):
    """The spec text with SAFE values, and payload in field."""
    text = SPEC
    for name, value in SAFE.items():
        value = payload if name == field else value
        text = text.replace(name, quoted_yaml(value))
    return text
