"""The rules by which RACF definitions carry to a spec and on to each ESM.

RULES names each rule once: its title and the vendor sources it rests on
(SOURCES). What a rule means for one ESM (what that ESM gets instead, the
risk: wider, narrower or unchanged access, and whether the item is left out
of that ESM's decks) is that ESM's own knowledge: COMMON for the rules that
are the same everywhere, and one module per ESM in esmgen/importer/targets,
named by the registry (esmgen.esms: Esm.translation). build.py names the
rule of every finding; report.py groups findings by ESM and rule.

A rule with no effect for an ESM does not touch it. docs/import.md prints
the table.
"""

import importlib
from typing import NamedTuple

from esmgen import esms

RISKS = ("wider", "narrower", "unchanged")

# Each source with the page it was read from (vendor documentation as stored
# by the search tool, December 2026). "VM" marks a z/VM edition of a Broadcom
# manual: the rule is taken as the same on z/OS, UNVERIFIED (docs/import.md).
SOURCES = {
    "racf-unload": "IBM RACF Macros and Interfaces, \"RACF database unload utility records\","
                   " https://www.ibm.com/docs/en/zos/3.1.0?topic=utility-user-record-formats",
    "racf-egn": "IBM RACF Security Administrator's Guide, \"Generic profile rules - enhanced generic naming"
                " active\", https://www.ibm.com/support/knowledgecenter/SSLTBW_2.2.0/com.ibm.zos.v2r2.icha400/ich2a40030.htm",
    "racf-resource-names": "IBM RACF Security Administrator's Guide, \"Profile names for general resources\""
                           " (a final .* matches one or more qualifiers),"
                           " https://www.ibm.com/docs/SSLTBW_2.2.0/com.ibm.zos.v2r2.icha400/resour.htm",
    "racf-addsd": "IBM RACF Security Administrator's Guide, \"Standard data set naming conventions\" (the"
                  " high-level qualifier is a RACF-defined user ID or group name) and RACF Macros and"
                  " Interfaces, ICHNCONV (naming convention table), https://www.ibm.com/support/knowledgecenter/"
                  "SSLTBW_2.4.0/com.ibm.zos.v2r4.icha700/icha700_Standard_data_set_naming_conventions.htm",
    "racf-discrete": "IBM RACF Security Administrator's Guide, \"Choosing between discrete and generic"
                     " profiles\", https://www.ibm.com/support/knowledgecenter/en/SSLTBW_2.1.0/com.ibm.zos.v2r1.icha100/choosep.htm",
    "racf-uacc": "IBM RACF Security Administrator's Guide, \"Granting access authorities\" and \"Defining"
                 " restricted user IDs\", https://www.ibm.com/support/knowledgecenter/SSLTBW_2.1.0/com.ibm.zos.v2r1.icha700/graa.htm",
    "racf-permit": "IBM RACF Command Language Reference, \"PERMIT\" (WHEN conditions),"
                   " https://www.ibm.com/support/knowledgecenter/SSLTBW_2.4.0/com.ibm.zos.v2r4.icha400/permit.htm",
    "racf-levels": "IBM RACF Security Administrator's Guide, \"Access authorities for DASD data sets\" (EXECUTE),"
                   " https://www.ibm.com/support/knowledgecenter/SSLTBW_2.1.0/com.ibm.zos.v2r1.icha700/"
                   "icha700_Access_authorities_for_DASD_data_sets.htm",
    "racf-attributes": "IBM RACF Security Administrator's Guide, user attributes (SPECIAL, OPERATIONS, AUDITOR),"
                       " https://www.ibm.com/support/knowledgecenter/SSLTBW_2.1.0/com.ibm.zos.v2r1.icha700/optatt.htm",
    "racf-groups": "IBM RACF Security Administrator's Guide, \"Defining RACF groups\" and \"Assigning group"
                   " authorities\", https://www.ibm.com/support/knowledgecenter/SSLTBW_2.1.0/com.ibm.zos.v2r1.icha700/defgrp.htm",
    "racf-seclevel": "IBM RACF Security Administrator's Guide, \"Activating the security classification of users"
                     " and data\", https://www.ibm.com/support/knowledgecenter/SSLTBW_2.1.0/com.ibm.zos.v2r1.icha700/actsec.htm",
    "racf-warning": "IBM RACF Auditor's Guide, \"Event 2: RESOURCE ACCESS\" (access permitted due to WARNING),"
                    " https://www.ibm.com/support/knowledgecenter/SSLTBW_2.2.0/com.ibm.zos.v2r2.icha800/ich99com04.htm",
    "racf-started": "IBM RACF Security Administrator's Guide, \"Setting up the STARTED class\" (membername.jobname,"
                    " STDATA), https://www.ibm.com/docs/zh/SSLTBW_2.2.0/com.ibm.zos.v2r2.icha700/icha700_Defining_profile_data.htm",
    "acf2-masks": "Broadcom ACF2 for z/OS 16.0, \"Mask Data Set Names and UIDs\", https://techdocs.broadcom.com/us/"
                  "en/ca-mainframe-software/security/ca-acf2-for-z-os/16-0/administrating/administer-rules/"
                  "access-rules/mask-data-set-names-and-uids.html",
    "acf2-env": "Broadcom KB 206578, \"Resource Rule Entry Environment checking in ACF2\" (a line applies only"
                " when its SERVICE fits, so a later broader line can grant more),"
                " https://knowledge.broadcom.com/external/article/206578/resource-rule-entry-environment-checking.html",
    "acf2-rules": "Broadcom ACF2 for z/OS 16.0, \"Access Rules\" (lines default to every UID; UID(-) compiles"
                  " to UID(*)), https://techdocs.broadcom.com/us/en/ca-mainframe-software/security/"
                  "ca-acf2-for-z-os/16-0/administrating/administer-rules/access-rules.html",
    "acf2-translation": "Broadcom ACF2 for z/OS 16.0, \"IBM RACF to CA ACF2 Translation\","
                        " https://techdocs.broadcom.com/us/en/ca-mainframe-software/security/ca-acf2-for-z-os/16-0/"
                        "administrating/ibm-racf-to-ca-acf2-translation.html",
    "acf2-privs": "Broadcom ACF2 Option for DB2, \"How Do You Define Privileged Users?\" (NON-CNCL, SECURITY),"
                  " https://ftpdocs.broadcom.com/cadocs/0/CA%20ACF2%20%20Option%20for%20DB2%20r1%203-ENU/"
                  "Bookshelf_Files/HTML/ACF2_Admin_DB2_ENU/888713.html",
    "acf2-stc": "Broadcom KB 143623, \"ACF2 STC logonid assignment with STC option\","
                " https://knowledge.broadcom.com/external/article/143623/acf2-stc-logonid-assignment-with-stc-opt.html",
    "tss-masks": "Broadcom Top Secret for z/OS r15 User Guide, \"Masking\" and \"Protecting Resources\""
                 " (GENERIC classes match by prefix; % is the requesting ACID),"
                 " https://ftpdocs.broadcom.com/cadocs/0/CA%20Top%20Secret%20%20Security%20for%20z%20OS%20r15-ENU/"
                 "Bookshelf_Files/HTML/TSS_User_zOS_ENU/531244.html",
    "tss-all": "Broadcom Top Secret for z/OS r15 User Guide, \"Globally Accessible Resources\" (the ALL record;"
               " a user's own permit overrides it), https://ftpdocs.broadcom.com/cadocs/0/"
               "CA%20Top%20Secret%20%20Security%20for%20z%20OS%20r15-ENU/Bookshelf_Files/HTML/TSS_User_zOS_ENU/531279.html",
    "tss-ownership": "Broadcom Top Secret for z/VM 12.1, \"Resource Ownership\" (VM),"
                     " https://ftpdocs.broadcom.com/cadocs/0/CA%20Top%20Secret%20for%20z%20VM%2012%201-z%20VM-ENU/"
                     "Bookshelf_Files/HTML/TSS_Implement_zVM_ENU/648580.html",
    "tss-modes": "Broadcom Top Secret for z/OS r15 User Guide, \"Security Modes\" (WARN per facility, user or"
                 " resource), https://ftpdocs.broadcom.com/cadocs/0/CA%20Top%20Secret%20%20Security%20for%20z%20OS%20r15-ENU/"
                 "Bookshelf_Files/HTML/TSS_User_zOS_ENU/529992.html",
    "tss-admin": "Broadcom Top Secret for z/OS r15 User Guide, administrative authorities (MSCA, SCA, LSCA, ZCA,"
                 " VCA, DCA), https://ftpdocs.broadcom.com/cadocs/0/CA%20Top%20Secret%20%20Security%20for%20z%20OS%20r15-ENU/"
                 "Bookshelf_Files/HTML/TSS_User_zOS_ENU/529995.html",
    "tss-records": "Broadcom Top Secret for z/OS r15 User Guide, \"Special Security Records\","
                   " https://ftpdocs.broadcom.com/cadocs/0/CA%20Top%20Secret%20%20Security%20for%20z%20OS%20r15-ENU/"
                   "Bookshelf_Files/HTML/TSS_User_zOS_ENU/530015.html",
    "tss-stc": "Broadcom Top Secret for z/OS, TSS ADDTO(STC) PROCNAME, https://ftpdocs.broadcom.com/cadocs/0/"
               "CA%20Top%20Secret%20%20Security%20for%20z%20OS%20r15-ENU/Bookshelf_Files/HTML/TSS_Command_zOS_ENU/525216.html",
    "esmgen": "esmgen's own rule (docs/import.md)",
}


class Effect(NamedTuple):
    """What one ESM gets for an item of a rule."""
    instead: str
    risk: str                    # one of RISKS
    drops: bool = False          # the item is left out of that ESM's decks


class Rule(NamedTuple):
    title: str
    sources: tuple               # keys of SOURCES


RULES = {
    # -- what no spec holds: the same for every ESM (COMMON) -----------------------------
    "revoked-user": Rule("Revoked user", ("esmgen",)),
    "connect-attribute": Rule("Group-level attribute, connect authority or revoked connection",
                              ("racf-unload", "racf-groups")),
    "omvs-no-uid": Rule("OMVS segment without a UID", ("racf-unload",)),
    "value-refused": Rule("Descriptive text or path the spec refuses (quotes, semicolons, control characters)",
                          ("esmgen",)),
    "started-form": Rule("STARTED profile not of the form PROC.*", ("racf-started",)),
    "cdt-class": Rule("Dynamic class (CDT profile)", ("esmgen",)),
    "name-refused": Rule("Name the spec refuses (blanks, quotes, &, parentheses, ${, not a valid ID)",
                         ("esmgen",)),
    "class-unmapped": Rule("A class esmgen's table for the ESM does not map", ("esmgen",)),
    "level-not-in-spec": Rule("Access level EXECUTE", ("racf-levels",)),
    "id-star": Rule("ID(*) access list entry (every RACF-defined user)", ("racf-uacc",)),
    "unknown-id": Rule("Access list entry for an ID that is not in the database", ("racf-permit",)),
    "warning-mode": Rule("Profile in WARNING mode", ("racf-warning", "tss-modes")),
    "notify": Rule("NOTIFY on a profile", ("racf-unload",)),
    "security-label": Rule("Security level, categories or security label", ("racf-seclevel", "acf2-translation")),
    "conditional-access": Rule("Conditional access list entry (WHEN)", ("racf-permit",)),
    "passticket-key": Rule("PassTicket key", ("racf-unload",)),
    "map-incomplete": Rule("Identity or certificate map without its distributed name, registry or filter",
                           ("racf-unload",)),
    # -- what differs per ESM (esmgen/importer/targets) --------------------------------------
    "user-attribute": Rule("RACF user attribute SPECIAL, OPERATIONS, AUDITOR or UAUDIT",
                           ("racf-attributes", "acf2-privs", "tss-admin")),
    "group-tree": Rule("Group tree (SUPGROUP) and group owner", ("racf-groups", "acf2-translation", "tss-ownership")),
    "stc-trusted": Rule("Started task TRUSTED", ("racf-started", "acf2-stc", "tss-stc")),
    "stc-privileged": Rule("Started task PRIVILEGED", ("racf-started", "acf2-stc", "tss-stc")),
    "generic-no-wildcard": Rule("Generic profile whose name has no generic character", ("racf-discrete",)),
    "discrete-dataset": Rule("Discrete data set profile", ("racf-discrete", "acf2-rules", "tss-masks")),
    "dataset-hlq": Rule("Data set profile whose first qualifier is no user or group", ("racf-addsd",)),
    "certificate-reference": Rule("Certificates", ("racf-unload", "esmgen")),
    "uacc": Rule("UACC above NONE", ("racf-uacc", "acf2-rules", "tss-all")),
    "below-uacc": Rule("Access list entry below the profile's UACC", ("racf-uacc", "acf2-env")),
    "generic-inside": Rule("Generic characters inside the name (*, % or ** before the last qualifier)",
                           ("racf-egn", "acf2-masks", "tss-masks")),
    "dash-in-name": Rule("A '-' in the name", ("acf2-masks",)),
    "generic-one": Rule("Data set profile ending .* (exactly one more qualifier under EGN)",
                        ("racf-egn", "acf2-masks", "tss-masks")),
    "generic-any": Rule("Generic last qualifier .** (or .* of a general resource: one or more qualifiers)",
                        ("racf-egn", "racf-resource-names", "acf2-masks", "tss-masks")),
    "name-as-prefix": Rule("Name without generic characters", ("tss-masks",)),
    "precedence": Rule("Profile covered by a more general one of the scope", ("racf-discrete", "acf2-env", "tss-all")),
    "reserved-name": Rule("A name the ESM keeps for a record of its own", ("tss-records",)),
    "outside-scope": Rule("User or group outside the scope that imported items name (declared `create: false`)",
                          ("esmgen",)),
}

# Rules whose effect is the same for every ESM, RACF included.
COMMON = {
    "revoked-user": Effect("declared `create: false`: setup never creates it (an active copy could log on)",
                           "unchanged"),
    "connect-attribute": Effect("not in the spec: a revoked connection is left out, the others are connections"
                                " with USE authority and no group-level attribute", "narrower"),
    "omvs-no-uid": Effect("left out: the spec's OMVS identity needs a UID", "narrower"),
    "value-refused": Effect("left out (names and installation data only; no access depends on it)", "unchanged"),
    "started-form": Effect("left out: esmgen writes a started task as the profile PROC.*; define it by hand",
                           "narrower", drops=True),
    "cdt-class": Effect("left out: a spec uses classes, it does not define them; the site defines the class",
                        "narrower", drops=True),
    "name-refused": Effect("left out", "narrower", drops=True),
    "class-unmapped": Effect("left out for that ESM: add the class under esm_tables (docs/classes.md) and import"
                             " again", "narrower", drops=True),
    "level-not-in-spec": Effect("left out: esmgen's access levels are NONE READ UPDATE CONTROL ALTER (a UACC of"
                                " EXECUTE becomes NONE)", "narrower"),
    "id-star": Effect("left out: give the access to a group, or as UACC", "narrower"),
    "unknown-id": Effect("left out: it grants nothing until such an ID is defined", "unchanged"),
    "warning-mode": Effect("left out: the profile fails requests it only warned about", "narrower"),
    "notify": Effect("left out: nobody is told of a failed access at once (the violation is still logged)",
                     "unchanged"),
    "security-label": Effect("left out: access is no longer limited by them", "wider"),
    "conditional-access": Effect("left out: no access is given under the condition", "narrower"),
    "passticket-key": Effect("an unload never holds the key: the spec names a secret that setup asks for",
                             "unchanged"),
    "map-incomplete": Effect("left out", "narrower"),
}


def effect(rule, esm):
    """The Effect of a rule for one ESM, or None when it does not touch that ESM."""
    return (_TABLE or _load()).get((rule, esm))


_TABLE = {}


def _load():
    """{(rule, esm): Effect} of every rule and ESM: each ESM's EFFECTS over COMMON."""
    for esm in esms.NAMES:
        own = importlib.import_module(esms.named(esm).translation).EFFECTS
        for rule in RULES:
            found = own.get(rule) or COMMON.get(rule)
            if found is not None:
                _TABLE[(rule, esm)] = found
    return _TABLE


def drops(rule, esm):
    """Whether an item of the rule is left out of that ESM's decks."""
    found = effect(rule, esm)
    return found is not None and found.drops
