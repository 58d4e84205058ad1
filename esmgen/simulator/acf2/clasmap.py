"""ACF2's resource class -> type code map: the defaults ACF2 ships, and the
site's GSO CLASMAP records in the state on top of them.

How ACF2 finds a class's type code (Broadcom KB 17437 "If I know the resource
class in the RACROUTE call, how can I tell what type code is used for resource
rules", https://knowledge.broadcom.com/external/article/17437/if-i-know-the-resource-class-in-the-racr.html ;
KB 197642 "In what order are nearly identical ACF2 CLASMAP records used?",
https://knowledge.broadcom.com/external/article/197642/in-what-order-are-nearly-identical-acf2.html):
the first matching record in SHOW CLASMAP order wins, the site's external
records (EXT) before ACF2's internal ones; with no match the code is the first
three characters of the class name (KB 25505,
https://knowledge.broadcom.com/external/article/25505/i-installed-a-product-that-utilizes-a-ne.html ;
KB 207311 "Best Practice for ACF2 CLASMAP Definitions",
https://knowledge.broadcom.com/external/article/207311/best-practice-for-acf2-clasmap-definitio.html),
unless the site has a catch-all record RESOURCE(********) (KB 25505).
"""

# ACF2's internal CLASMAP rows that a Broadcom page shows (class -> type code).
# Broadcom publishes no full list; only these rows are verified.
INTERNAL = {
    # KB 207311: "SDSF, JESSPOOL, WRITER and OPERCMDS ... have a default type code of SAF"
    "SDSF": "SAF", "JESSPOOL": "SAF", "WRITER": "SAF", "OPERCMDS": "SAF",
    # KB 17437 (SHOW CLASMAP excerpt): CPSMXMP SAF, CRYPTOZ CRY, CSFKEYS SAF (shipped default)
    "CPSMXMP": "SAF", "CRYPTOZ": "CRY", "CSFKEYS": "SAF",
}

# Type codes real ACF2 decks write with no CLASMAP record of their own, so the
# class reaches them by ACF2's defaults (internal row or first three characters):
#   Zowe ZWEIACF (SET RESOURCE(FAC) for FACILITY, SET RESOURCE(APL) for APPL),
#     https://github.com/zowe/zowe-install-packaging (files/SZWESAMP/ZWEIACF)
#   Zowe ZWESECUR ($TYPE(UNI) for UNIXPRIV), same repository, files/jcl/ZWESECUR.jcl
#   Zowe api-layer zaas-client README (SET RESOURCE(PTK) for PTKTDATA/IRRPTAUTH rules)
#   DISA ACF2 STIG V-223601 (SERVAUTH rules are TYPE(SER)),
#     https://stigqter.com/stigs/SV-223601r533198_rule.html
# APPL -> APL is not the first three characters, so ACF2 must map it internally.
SEEN_IN_DECKS = {"FACILITY": "FAC", "APPL": "APL", "UNIXPRIV": "UNI", "PTKTDATA": "PTK",
                 "SERVAUTH": "SER"}

# IBM resource classes the simulator knows by name (z/OS Security Server RACF
# "Supplied class descriptor table entries"); with no internal row, ACF2
# files each under the first three characters of its name (KB 25505). Only
# classes are listed whose default is not shadowed by a row above; a code two
# of them share (TSOPROC, TSOAUTH -> TSO) cannot name either one in facts.
# SERVER is left out: its default (SER) would fall on SERVAUTH's code, and the
# DISA ACF2 STIG V-275949 has sites map it with a CLASMAP record of its own
# (https://stigviewer.cyberprotection.com/stigs/ibm_zos_acf2/2025-06-24/finding/V-275949).
FIRST_THREE = ("XFACILIT", "JESJOBS", "TCICSTRN", "GCICSTRN", "PROGRAM", "DSNR", "CBIND",
               "SURROGAT", "CSFSERV", "XCSFKEY", "RDATALIB", "IDTDATA", "EJBROLE",
               "GEJBROLE", "TSOPROC", "TSOAUTH", "ACCTNUM", "CONSOLE", "LOGSTRM", "ZOWE")

DEFAULTS = {**{cls: cls[:3] for cls in FIRST_THREE}, **SEEN_IN_DECKS, **INTERNAL}


def site_records(state):
    """{class: type code} of the CLASMAP records in the state (masked classes left out)."""
    found = {}
    for key, record in state.gso.items():
        if not key.startswith("CLASMAP."):
            continue
        cls = (record.get("resource") or key.split(".", 1)[1]).upper()
        code = record.get("rsrctype")
        if code and "*" not in cls:
            found[cls] = code
    return found


def type_of(cls, state):
    """The type code ACF2 files a class's rules under in this state."""
    records = site_records(state)
    if cls in records:
        return records[cls]
    return DEFAULTS.get(cls, cls[:3])


def class_names(state):
    """{type code: class name} for facts: a code several known classes share
    stands for itself as `type=CODE` (ACF2's SAF holds OPERCMDS and JESSPOOL rules alike)."""
    mapping = {**DEFAULTS, **site_records(state)}
    owners = {}
    for cls, code in mapping.items():
        owners.setdefault(code, []).append(cls)
    return {code: names[0] if len(names) == 1 else f"type={code}" for code, names in owners.items()}
