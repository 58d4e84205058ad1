"""The rules by which RACF definitions carry to a spec and on to each ESM.

One entry per rule: what esmgen does with such an item for each ESM
(`instead`), how access changes there (`risk`: wider, narrower or
unchanged), and the vendor sources the rule rests on. build.py names the
rule of every finding; report.py groups findings by ESM and rule.

An ESM missing from a rule's `per_esm` is not affected by it. Sources are
cited by key (SOURCES); docs/import.md prints the table.
"""

from typing import NamedTuple

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
    instead: str
    risk: str


class Rule(NamedTuple):
    title: str
    per_esm: dict          # esm -> Effect
    sources: tuple


def _all(instead, risk):
    return {"racf": Effect(instead, risk), "acf2": Effect(instead, risk), "tss": Effect(instead, risk)}


RULES = {
    # -- what no spec holds (every ESM, RACF included) --------------------------------
    "revoked-user": Rule(
        "Revoked user",
        _all("declared `create: false`: setup never creates it (an active copy could log on)", "unchanged"),
        ("esmgen",)),
    "user-attribute": Rule(
        "RACF user attribute SPECIAL, OPERATIONS or AUDITOR",
        {"racf": Effect("not in the spec: set it by hand (ALTUSER)", "narrower"),
         "acf2": Effect("not set: the nearest ACF2 logonid privileges (SECURITY, ACCOUNT, NON-CNCL, AUDIT) are"
                        " not the same and are given by hand", "narrower"),
         "tss": Effect("not set: Top Secret administrative authorities (ADMIN, SCA and its scopes) are not the"
                       " same and are given by hand", "narrower")},
        ("racf-attributes", "acf2-privs", "tss-admin")),
    "connect-attribute": Rule(
        "Group-level attribute, connect authority or revoked connection",
        _all("not in the spec: a revoked connection is left out, the others are connections with USE"
             " authority and no group-level attribute", "narrower"),
        ("racf-unload", "racf-groups")),
    "group-tree": Rule(
        "Group tree (SUPGROUP) and group owner",
        {"racf": Effect("not in the spec: new groups go under the running user's current group, which"
                        " owns them", "unchanged"),
         "acf2": Effect("ACF2 has no group tree: groups become roles", "unchanged"),
         "tss": Effect("groups become GROUP ACIDs owned by the import's department", "unchanged")},
        ("racf-groups", "acf2-translation", "tss-ownership")),
    "omvs-no-uid": Rule(
        "OMVS segment without a UID",
        _all("left out: the spec's OMVS identity needs a UID", "narrower"), ("racf-unload",)),
    "value-refused": Rule(
        "Descriptive text or path the spec refuses (quotes, semicolons, control characters)",
        _all("left out (names and installation data only; no access depends on it)", "unchanged"),
        ("esmgen",)),
    "started-form": Rule(
        "STARTED profile not of the form PROC.*",
        _all("left out: esmgen writes a started task as the profile PROC.*; define it by hand", "narrower"),
        ("racf-started",)),
    "stc-trusted": Rule(
        "Started task TRUSTED",
        {"acf2": Effect("not written: ACF2 has no TRUSTED; give the logonid the privileges it needs by hand",
                        "narrower"),
         "tss": Effect("not written: Top Secret has no TRUSTED; bypass attributes (NORESCHK, NODSNCHK) are"
                       " given by hand", "narrower")},
        ("racf-started", "acf2-stc", "tss-stc")),
    "stc-privileged": Rule(
        "Started task PRIVILEGED",
        {"acf2": Effect("not written: ACF2 has no PRIVILEGED", "narrower"),
         "tss": Effect("not written: Top Secret has no PRIVILEGED", "narrower")},
        ("racf-started", "acf2-stc", "tss-stc")),
    "cdt-class": Rule(
        "Dynamic class (CDT profile)",
        _all("left out: a spec uses classes, it does not define them; the site defines the class", "narrower"),
        ("esmgen",)),
    "name-refused": Rule(
        "Profile name the spec refuses (blanks, quotes, &, parentheses, ${)",
        _all("left out", "narrower"), ("esmgen",)),
    "level-not-in-spec": Rule(
        "Access level EXECUTE",
        _all("left out: esmgen's access levels are NONE READ UPDATE CONTROL ALTER (a UACC of EXECUTE becomes"
             " NONE)", "narrower"),
        ("racf-levels",)),
    "id-star": Rule(
        "ID(*) access list entry (every RACF-defined user)",
        _all("left out: give the access to a group, or as UACC", "narrower"), ("racf-uacc",)),
    "unknown-id": Rule(
        "Access list entry for an ID that is not in the database",
        _all("left out: it grants nothing until such an ID is defined", "unchanged"), ("racf-permit",)),
    "warning-mode": Rule(
        "Profile in WARNING mode",
        _all("left out: the profile fails requests it only warned about", "narrower"),
        ("racf-warning", "tss-modes")),
    "notify": Rule(
        "NOTIFY on a profile",
        _all("left out: nobody is told of a failed access at once (the violation is still logged)", "unchanged"),
        ("racf-unload",)),
    "security-label": Rule(
        "Security level, categories or security label",
        _all("left out: access is no longer limited by them", "wider"), ("racf-seclevel", "acf2-translation")),
    "conditional-access": Rule(
        "Conditional access list entry (WHEN)",
        _all("left out: no access is given under the condition", "narrower"), ("racf-permit",)),
    "class-unmapped": Rule(
        "A class esmgen's table for the ESM does not map",
        _all("left out for that ESM: add the class under esm_tables (docs/classes.md) and import again",
             "narrower"),
        ("esmgen",)),
    "reserved-name": Rule(
        "A name the ESM keeps for a record of its own",
        {"tss": Effect("not carried: Top Secret keeps ALL, AUDIT, DLF, RDT, SDT and STC for its own records; an"
                       " item with such a name is left out, and connections and grants naming it are left out"
                       " of the Top Secret copy of the items that name it", "narrower")},
        ("tss-records",)),
    "dataset-hlq": Rule(
        "Data set profile whose first qualifier is no user or group",
        {"racf": Effect("left out for RACF, which defines a data set profile only under a user or group (or"
                        " through a naming convention table, which esmgen does not read)", "narrower")},
        ("racf-addsd",)),
    "generic-no-wildcard": Rule(
        "Generic profile whose name has no generic character",
        {"racf": Effect("defined as a discrete profile of the same name", "unchanged")},
        ("racf-discrete",)),
    "discrete-dataset": Rule(
        "Discrete data set profile",
        {"racf": Effect("ADDSD of a discrete profile needs the data set to exist (cataloged)", "unchanged"),
         "acf2": Effect("a rule for exactly that name (ACF2 has no discrete profiles)", "unchanged"),
         "tss": Effect("a permit for exactly that name", "unchanged")},
        ("racf-discrete", "acf2-rules", "tss-masks")),
    "passticket-key": Rule(
        "PassTicket key",
        _all("an unload never holds the key: the spec names a secret that setup asks for", "unchanged"),
        ("racf-unload",)),
    "certificate-reference": Rule(
        "Certificates",
        {"racf": Effect("declared as existing: setup connects them to rings, never creates them", "unchanged"),
         "acf2": Effect("declared as existing: export each from RACF and add it to ACF2 before setup",
                        "narrower"),
         "tss": Effect("declared as existing: export each from RACF and add it to Top Secret before setup",
                       "narrower")},
        ("racf-unload", "esmgen")),
    "map-incomplete": Rule(
        "Identity or certificate map without its distributed name, registry or filter",
        _all("left out", "narrower"), ("racf-unload",)),
    # -- what only another ESM changes ----------------------------------------------------
    "uacc": Rule(
        "UACC above NONE",
        {"acf2": Effect("a rule line for every logonid (UID(-), stored as UID(*)); RACF gives RESTRICTED users"
                        " nothing from UACC, ACF2 has no such exception", "wider"),
         "tss": Effect("a permit to the ALL record; RACF's RESTRICTED users have no Top Secret counterpart",
                       "wider")},
        ("racf-uacc", "acf2-rules", "tss-all")),
    "below-uacc": Rule(
        "Access list entry below the profile's UACC",
        {"acf2": Effect("a rule line applies only when its SERVICE fits, so the everyone line still grants"
                        " the UACC level to this ID", "wider")},
        ("racf-uacc", "acf2-env")),
    "generic-inside": Rule(
        "Generic characters inside the name (*, % or ** before the last qualifier)",
        {"acf2": Effect("not written: the profile goes to a component for the ESMs that can", "narrower"),
         "tss": Effect("not written (Top Secret reads % as the requesting ACID): the profile goes to a"
                       " component for the ESMs that can", "narrower")},
        ("racf-egn", "acf2-masks", "tss-masks")),
    "acf2-dash": Rule(
        "A '-' in the name",
        {"acf2": Effect("not written: ACF2 reads '-' as a mask for any further characters and qualifiers",
                        "narrower")},
        ("acf2-masks",)),
    "generic-one": Rule(
        "Data set profile ending .* (exactly one more qualifier under EGN)",
        {"acf2": Effect("rule mask '-': any number of further qualifiers", "wider"),
         "tss": Effect("an owned and permitted prefix: any name that starts with it", "wider")},
        ("racf-egn", "acf2-masks", "tss-masks")),
    "generic-any": Rule(
        "Generic last qualifier .** (or .* of a general resource: one or more qualifiers)",
        {"acf2": Effect("rule key and mask '-'", "unchanged"),
         "tss": Effect("an owned and permitted prefix ending in a period", "unchanged")},
        ("racf-egn", "racf-resource-names", "acf2-masks", "tss-masks")),
    "tss-prefix-name": Rule(
        "Name without generic characters",
        {"tss": Effect("Top Secret permits a name as a prefix: A.B also covers A.BX and A.B.C (UNVERIFIED for"
                       " every class)", "wider")},
        ("tss-masks",)),
    "precedence": Rule(
        "Profile covered by a more general one of the scope",
        {"acf2": Effect("ACF2 takes the most specific rule line that fits (a line whose SERVICE does not fit is"
                        " passed over)", "unchanged"),
         "tss": Effect("the longer permitted name wins under AUTH(MERGE); under AUTH(OVERRIDE) the first ACID"
                       " or profile that holds a permit decides", "unchanged")},
        ("racf-discrete", "acf2-env", "tss-all")),
}


def rule(name):
    return RULES[name]


def effect(name, esm):
    """The Effect of a rule for one ESM, or None when it does not touch that ESM."""
    return RULES[name].per_esm.get(esm)
