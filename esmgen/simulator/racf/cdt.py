"""RACF's class descriptor table (CDT): the IBM-supplied classes the
simulator knows, and the rules for dynamic classes (profiles in class CDT).

Sources (z/OS Security Server RACF documentation):
- [SPG] System Programmer's Guide, "The class descriptor table (CDT)",
  https://www.ibm.com/docs/SSLTBW_2.1.0/com.ibm.zos.v2r1.icha200/cdte.htm and
  Macros and Interfaces "ICHERCDE macro",
  https://www.ibm.com/support/knowledgecenter/SSLTBW_2.1.0/com.ibm.zos.v2r1.icha300/ercde.htm :
  the CDT has an entry for every resource class except USER, GROUP and
  DATASET; the static part is IBM's ICHRRCDX (plus ICHRRCDE), the dynamic
  part is built from profiles in class CDT and is a logical extension.
- [MCLASS] Security Administrator's Guide, "Supplied resource classes for
  z/OS systems" (icha700/mclass.htm): the IBM class names below.
- [CICS] CICS TS "RACF classes for CICS resources",
  https://www.ibm.com/docs/zh/SSJL4D_6.x/reference-security/racf/racf-classes-reference.html :
  the CICS member/grouping pairs.
- [DB2] Db2 12 "RACF resource classes" (DSNR); [CC] z/OS "RACF resource
  classes" (Common Criteria), https://www.ibm.com/support/knowledgecenter/SSLTBW_2.2.0/com.ibm.zos.v2r2.e0ze100/ccclasses.htm
- [MSG] Messages and Codes: ICH564A (static table: name length and
  characters, MAXLNTH <= 246, reserved names),
  https://www-01.ibm.com/support/knowledgecenter/SSLTBW_2.1.0/com.ibm.zos.v2r1.icha600/gk00696.htm ;
  ICH14079I (dynamic table build errors, codes 1-13), icha600/idg12703.htm.
- [RACPROC] Security Administrator's Guide, "SETROPTS RACLIST processing",
  https://www.ibm.com/support/knowledgecenter/en/SSLTBW_2.1.0/com.ibm.zos.v2r1.icha700/racproc.htm :
  SETROPTS RACLIST takes a member class with RACLIST=ALLOWED, or the grouping
  classes RACFVARS and NODES.
- [RESGRP] Security Administrator's Guide, "Considerations for resource group
  profiles": no generic profile names in a resource grouping class.
- [UNIXP] z/OS 3.1 "Using UNIXPRIV class profiles to manage z/OS UNIX
  privileges": UNIXPRIV must be active and RACLISTed.

UNVERIFIED: IBM's per-class MAXLNTH/FIRST/OTHER/GENERIC values ("Supplied
class descriptor table entries") could not be retrieved; a supplied class
is therefore held to the CDT-wide limit of 246 characters (ICH564A code 4)
and allows generic names unless it is a grouping class ([RESGRP]).
"""

MAX_PROFILE_LENGTH = 246          # [MSG] ICH564A code 4, ICH14079I code 2
RESERVED_NAMES = ("USER", "GROUP", "DATASET")   # [SPG]; ICH14079I code 7


def _supplied(*names, **extra):
    return {name: dict(extra) for name in names}


# name -> {"member": class} for a grouping class, {"group": class} for a
# member class with a grouping class; "raclist": "required" where IBM says the
# class must be RACLISTed. Everything else: a plain member class.
SUPPLIED = {
    # [MCLASS] general system classes
    **_supplied("FACILITY", "APPL", "OPERCMDS", "JESSPOOL", "JESJOBS", "JESINPUT", "SERVAUTH", "PROGRAM",
                "CBIND", "SURROGAT", "CSFSERV", "PTKTDATA", "STARTED", "RDATALIB", "IDTDATA", "SERVER",
                "TSOPROC", "TSOAUTH", "ACCTNUM", "CONSOLE", "WRITER", "LOGSTRM", "CDT", "KEYSMSTR",
                "DIGTCERT", "DIGTRING", "DIGTNMAP", "DIGTCRIT", "IDIDMAP", "DEVICES", "CRYPTOZ", "CFIELD",
                "TAPEVOL", "PROPCNTL", "VTAMAPPL", "APPCLU", "FIELD", "SECLABEL", "STORCLAS", "MGMTCLAS",
                "UNIXMAP", "REALM", "PERFGRP", "SMESSAGE", "DLFCLASS", "FSSEC", "PMBR", "SYSMVIEW"),
    # [DB2]
    **_supplied("DSNR"),
    # [UNIXP]
    "UNIXPRIV": {"raclist": "required"},
    # grouping/member pairs ([MCLASS]; [CICS] for the CICS ones)
    "XFACILIT": {"group": "GXFACILI"}, "GXFACILI": {"member": "XFACILIT"},
    "CSFKEYS": {"group": "GCSFKEYS"}, "GCSFKEYS": {"member": "CSFKEYS"},
    "XCSFKEY": {"group": "GXCSFKEY"}, "GXCSFKEY": {"member": "XCSFKEY"},
    "EJBROLE": {"group": "GEJBROLE"}, "GEJBROLE": {"member": "EJBROLE"},
    "SDSF": {"group": "GSDSF"}, "GSDSF": {"member": "SDSF"},
    "DASDVOL": {"group": "GDASDVOL"}, "GDASDVOL": {"member": "DASDVOL"},
    "TERMINAL": {"group": "GTERMINL"}, "GTERMINL": {"member": "TERMINAL"},
    # grouping classes [RACPROC] names as RACLIST-able: RACFVARS and NODES
    "RACFVARS": {"raclist_grouping": True}, "NODES": {"raclist_grouping": True},
    "ACICSPCT": {"group": "BCICSPCT"}, "BCICSPCT": {"member": "ACICSPCT"},
    "CCICSCMD": {"group": "VCICSCMD"}, "VCICSCMD": {"member": "CCICSCMD"},
    "DCICSDCT": {"group": "ECICSDCT"}, "ECICSDCT": {"member": "DCICSDCT"},
    "FCICSFCT": {"group": "HCICSFCT"}, "HCICSFCT": {"member": "FCICSFCT"},
    "JCICSJCT": {"group": "KCICSJCT"}, "KCICSJCT": {"member": "JCICSJCT"},
    "PCICSPSB": {"group": "QCICSPSB"}, "QCICSPSB": {"member": "PCICSPSB"},
    "RCICSRES": {"group": "WCICSRES"}, "WCICSRES": {"member": "RCICSRES"},
    "SCICSTST": {"group": "UCICSTST"}, "UCICSTST": {"member": "SCICSTST"},
    "TCICSTRN": {"group": "GCICSTRN"}, "GCICSTRN": {"member": "TCICSTRN"},
    "CPSMOBJ": {"group": "GCPSMOBJ"}, "GCPSMOBJ": {"member": "CPSMOBJ"},
    **_supplied("MCICSPPT", "CPSMXMP"),
}


def lookup(state, cls):
    """The CDT entry of a class as RACF would find it, or None: the static
    table first, then the dynamic classes the last SETROPTS RACLIST(CDT)
    (REFRESH) built (state.cdt)."""
    entry = SUPPLIED.get(cls)
    if entry is not None:
        return entry
    return state.cdt.get(cls)


def is_grouping(entry):
    return "member" in entry


def max_length(entry):
    return min(int(entry.get("maxlength") or MAX_PROFILE_LENGTH), MAX_PROFILE_LENGTH)


def generic_allowed(entry):
    """[RESGRP]: a grouping class holds no generic profile names; a dynamic
    class says so in CDTINFO GENERIC(ALLOWED|DISALLOWED)."""
    return not is_grouping(entry) and entry.get("generic", "ALLOWED") != "DISALLOWED"


def raclist_problem(cls, entry):
    """Why SETROPTS RACLIST(cls) is refused, or None ([RACPROC])."""
    if is_grouping(entry) and not entry.get("raclist_grouping"):
        return f"{cls} is a resource grouping class: RACLIST its member class {entry['member']}"
    if entry.get("raclist") == "DISALLOWED":
        return f"the CDT entry of {cls} says RACLIST(DISALLOWED)"
    return None


# -- the dynamic CDT ------------------------------------------------------------
# CDTINFO keywords (IBM Security Administrator's Guide, "CDTINFO segment"
# field table, icha700/flac.htm); the ones the simulator acts on are kept.
CDTINFO_KEYWORDS = {"CASE", "DEFAULTRC", "DEFAULTUACC", "FIRST", "GENERIC", "GENLIST", "GROUP",
                    "KEYQUALIFIERS", "MACPROCESSING", "MAXLENGTH", "MAXLENX", "MEMBER", "OPERATIONS",
                    "OTHER", "POSIT", "PROFILESALLOWED", "RACLIST", "SECLABELSREQUIRED", "SIGNAL"}


def build_problem(cls, info):
    """ICH14079I (IBM Messages and Codes, "ICH14079I"): why the CDT profile
    cls does not become a dynamic class, or None. Codes: 2 MAXLENGTH outside
    1-246, 3 MAXLENX < MAXLENGTH, 5 missing POSIT, 7 reserved name, 8 same name
    as an IBM-supplied class, 9 MEMBER with GROUP, 10 DEFAULTRC not 0/4/8,
    13 no CDTINFO segment."""
    if info is None:
        return 13, "the profile has no CDTINFO segment"
    if cls in RESERVED_NAMES:
        return 7, f"{cls} is a reserved name"
    if cls in SUPPLIED:
        return 8, f"{cls} is an IBM-supplied class"
    posit = info.get("posit")
    if posit is None or not str(posit).isdigit() or not 0 <= int(posit) <= 1023:
        return 5, "incorrect or missing POSIT number"
    length = info.get("maxlength")
    if length is not None and not (str(length).isdigit() and 1 <= int(length) <= MAX_PROFILE_LENGTH):
        return 2, f"MAXLENGTH({length}) is outside 1-246"
    lengthx = info.get("maxlenx")
    if lengthx is not None and length is not None and str(lengthx).isdigit() and int(lengthx) < int(length):
        return 3, "MAXLENX is smaller than MAXLENGTH"
    if info.get("member") and info.get("group"):
        return 9, "MEMBER and GROUP are mutually exclusive"
    if info.get("defaultrc") not in (None, "0", "4", "8"):
        return 10, f"DEFAULTRC({info['defaultrc']}) is not 0, 4 or 8"
    return None


def class_name_problem(cls):
    """A dynamic class name: 1-8 characters, alphanumeric or national, the
    first alphabetic or national. ICH564A code 1 gives the character rule for
    the static table; applying it to CDT profiles is UNVERIFIED, and the
    4-character minimum ICH564A names for the static table is not applied."""
    if not 1 <= len(cls) <= 8 or not cls[0].isalpha() and cls[0] not in "#$@" or \
            not all(c.isalnum() or c in "#$@" for c in cls):
        return f"{cls} is not a valid class name (1-8 alphanumeric or national characters)"
    return None
