"""Facts: an ESM-neutral listing of a state, one fact per line, sorted.

The same vocabulary comes from two sides, and the two must be comparable
with diff(1):
* `esmgen dry-run --facts` lists the facts of a simulated state (the
  `facts(state)` function of each esmgen.simulator ESM module, which knows
  its ESM's type codes and keywords itself);
* `esmgen explain --esm X --facts` lists the facts a spec requires (the
  `required_facts(model, table)` function of each esmgen.renderer.backends backend).

Class names are RACF's (ACF2 type codes and TSS keywords are mapped back
through each side's own knowledge of the ESM; a code several classes share, such as ACF2's SAF,
cannot be, and is written `type=SAF`); resource names are written the way the ESM stores
them (ACF2 `KEY.MASK` such as `ZWE.-`, TSS prefixes such as `ZWE.`); access
levels are NONE READ UPDATE CONTROL ALTER. "-" stands for an empty field.

    user U                    a user (RACF user, ACF2 logonid, TSS USER ACID)
    protected U               no password: RACF PROTECTED, ACF2 STC, TSS PROTECTED
    default-group U G         RACF DFLTGRP, ACF2 logonid GROUP(), TSS DFLTGRP
    omvs U HOME PROGRAM       the user has a z/OS UNIX identity
    group G                   a group (RACF group, ACF2 OMVS group record or role, TSS GROUP ACID)
    omvs-group G              the group has a GID
    connect U G               RACF and TSS group connection (the default group too)
    member U ROLE             ACF2 role membership
    dept D                    TSS department
    stc PROC USER GROUP       started task PROC runs as USER (and GROUP)
    facility U F              TSS facility authorization (FAC), e.g. STC
    mastfac U F               TSS multi-user facility master (MASTFAC)
    active CLASS              RACF active class; ACF2 CLASMAP record
    profile CLASS NAME        RACF profile (STARTED profiles are `stc` facts)
    owns ACID CLASS PREFIX    TSS ownership
    uacc CLASS NAME LEVEL     access for everyone: RACF UACC above NONE, ACF2 UID(-) line, TSS ALL
    access CLASS NAME ID LEVEL  an access list entry, rule line or permit
    passticket APPL           a PassTicket key for APPL (RACF PTKTDATA SSIGNON, ACF2 SSIGNON, TSS NDT)
    idmap USER LABEL          a distributed identity mapped to USER
    certmap USER LABEL        a certificate name filter mapped to USER
    cert OWNER LABEL          a certificate (OWNER: CERTAUTH, SITE or a user)
    ring OWNER NAME           a key ring
    ring-cert OWNER NAME USAGE CERTOWNER LABEL   a certificate connected to a ring
    ring-default OWNER NAME CERTOWNER LABEL      the ring's default certificate
"""


def inverse(mapping):
    """{value: key} of a table map such as classes -> type codes."""
    return {value: key for key, value in mapping.items() if value is not None}


def coded_classes(table, key):
    """{code: class name} of a table's classes by `key` (ACF2 type, TSS keyword).

    A code that several classes share cannot name one of them: it stands for
    itself as KEY=CODE (ACF2 files OPERCMDS and JESSPOOL rules alike under SAF).
    """
    owners = {}
    for cls, entry in table["classes"].items():
        code = (entry or {}).get(key)
        if code:
            owners.setdefault(code, []).append(cls)
    return {code: names[0] if len(names) == 1 else f"{key}={code}" for code, names in owners.items()}


def class_labels(table, key):
    """{class: how facts name it} for a table whose rules are keyed by `key`."""
    codes = coded_classes(table, key)
    return {cls: codes.get((entry or {}).get(key), cls) for cls, entry in table["classes"].items()}


def fact(*fields):
    """One fact line; '-' for an empty field."""
    return " ".join(str(f) if f not in (None, "") else "-" for f in fields)


def listing(facts):
    """The text form: sorted, one per line."""
    return "".join(f"{line}\n" for line in sorted(facts))
