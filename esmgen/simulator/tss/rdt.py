"""What CA Top Secret's Resource Descriptor Table (RDT) holds: the predefined
resource classes (their keyword, the RACF class they stand for, access levels,
default access and name lengths), the standard access levels, and the site
classes a deck adds with `TSS ADDTO(RDT)` (kept in `State.rdt`).

The simulator's own knowledge, taken from Broadcom's documentation; it never
reads the renderer's tables. Sources, cited by key below:

[BC-CMD-n] Broadcom "CA Top Secret for z/OS r15 Command Functions", page n:
  https://ftpdocs.broadcom.com/cadocs/0/CA%20Top%20Secret%20%20Security%20for%20z%20OS%20r15-ENU/Bookshelf_Files/HTML/TSS_Command_zOS_ENU/<n>.html
[BC-USR-n] the same for the r15 User Guide (.../TSS_User_zOS_ENU/<n>.html)
[KB n] Broadcom knowledge base article n, https://knowledge.broadcom.com/external/article/<n>
  139476 "*08*-88 Error on Permitted IBMFAC Resource in Top Secret" (IBMFAC LIST(RDT));
  39863 "Convert RACF APPL Resource Class to CA Top Secret";
  103709 "Defining the CL SuperSession resource class KLV to the RDT" (RDT defaults);
  10633 "What are the rules to add resource for RDT class maskable?";
  53383 "How To Use SAF To Control SDSF Group Membership With Top-Secret?".

UNVERIFIED marks what no Broadcom page shown to us states; those values are the
simulator's assumption and say so in their messages.
"""

from dataclasses import dataclass

# Standard access level names and their bit values ("DEFACC Keyword", [BC-CMD-524920]).
# Levels combine by bits: UPDATE 6000 holds READ 4000 in IBMFAC (KB 139476).
LEVEL_BITS = {
    "ALL": 0xFFFF, "FETCH": 0x8000, "BLP": 0x8000, "LOGON": 0x8000, "UPDATE": 0x8000,
    "READ": 0x4000, "SHR": 0x4000, "AUTOLOG": 0x4000, "MREAD": 0x4400, "WRITE": 0x2000,
    "NONSHR": 0x2000, "SUROGATE": 0x2000, "MWRITE": 0x2400, "CREATE": 0x1000, "DELETE": 0x1000,
    "FIND": 0x1000, "GRPLOGON": 0x1000, "SCRTCH": 0x0800, "REPL": 0x0800, "CONTROL": 0x0400,
    "MULTI": 0x0400, "BROWSE": 0x0200, "FEOV": 0x0200, "NOCREATE": 0x0100, "PURGE": 0x0100,
    "COLLECT": 0x0002, "NONE": 0x0000,
}

# IBMFAC's ACLST as TSS LIST(RDT) shows it (KB 139476).
IBMFAC_ACLST = (("ALL", 0xFFFF), ("UPDATE", 0x6000), ("READ", 0x4000), ("WRITE", 0x2000),
                ("CONTROL", 0x0400), ("NONE", 0x0000))
# UNVERIFIED: the ACLST of the other predefined classes is not shown in any page
# we have; they are taken to be IBMFAC's (research notes §4.1 advise this).
ASSUMED_ACLST = IBMFAC_ACLST
# Data set access levels (UNVERIFIED as a list: the data set levels of the
# "ACCESS Keyword" page were not retrieved; these are the standard names of
# [BC-CMD-524920] that apply to data sets).
DATASET_ACLST = (("ALL", 0xFFFF), ("UPDATE", 0x8000), ("READ", 0x4000), ("WRITE", 0x2000),
                 ("CREATE", 0x1000), ("SCRTCH", 0x0800), ("CONTROL", 0x0400), ("FETCH", 0x8000),
                 ("NONE", 0x0000))

# A site class added without ACLST lists ACCESS = ALL(FFFF),NONE(0000) and
# DEFACC = ALL (KB 103709); with an ACLST but no DEFACC, DEFACC is NONE
# ([BC-CMD-524920]; KB 10633 shows DEFACC = NONE after ACLST(READ)).
SITE_DEFAULT_ACLST = (("ALL", 0xFFFF), ("NONE", 0x0000))
# RESCLASS: 1-8 letters, digits or national characters ([BC-USR-531517]).
RESCLASS_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@#$")
# MAXLEN range 1-255; ATTR(SHORT) = 8 (the default), ATTR(LONG) = 44
# ([BC-USR-531517], "ATTR Keyword" [BC-CMD-524874]).
MAXLEN_RANGE = (1, 255)
# ATTR values of [BC-CMD-524874].
ATTR_VALUES = frozenset({"EXIT", "NOEXIT", "DEFPROT", "NODEFPROT", "GENERIC", "NOGENERIC", "PRIVPGM",
                         "NOPRIVPGM", "LIBRARY", "SHORT", "LONG", "MERGE", "NOMERGE", "ALLMERGE",
                         "NOALLMERGE", "VMUSER", "NOVMUSER", "MASK", "NOMASK", "ACCESS"})
# User RESCODEs: 001-03F (RIE) and 101-13F (PIE); anything else is TSS0280E
# RESCODE MISSING, INVALID, OR RESERVED (TSS Message Reference, TSS0280E).
USER_RESCODES = (range(0x001, 0x040), range(0x101, 0x140))


@dataclass(frozen=True)
class ResourceClass:
    """One RDT entry: `racf` is the RACF class it stands for (facts name it so)."""

    keyword: str
    racf: str
    aclst: tuple = ASSUMED_ACLST          # ((level, bits), ...) in LIST(RDT) order
    defacc: str = "NONE"                  # access of a PERMIT without ACCESS
    max_owner: int = None                 # longest owned prefix (TSS ADDTO), where documented
    max_permit: int = None                # longest permitted name (TSS PERMIT), where documented
    mask: bool = True                     # masking characters are wildcards (NOMASK: literal)
    site: bool = False                    # added by TSS ADDTO(RDT), not predefined

    def levels(self):
        return [name for name, _ in self.aclst]


def _predefined(*entries):
    return {entry.keyword: entry for entry in entries}


PREDEFINED = _predefined(
    # IBMFAC: RESCODE X'066', NOMASK, MAXOWN(44), MAXPERMIT(064), DEFACC READ (KB 139476).
    ResourceClass("IBMFAC", "FACILITY", IBMFAC_ACLST, "READ", 44, 64, mask=False),
    # APPL (the APPLICATION keyword, [BC-USR-531360]); PERMIT without ACCESS
    # gives READ (KB 39863); 1-8 characters ([BC-CMD-525446]). ACLST UNVERIFIED.
    ResourceClass("APPL", "APPL", defacc="READ", max_owner=8, max_permit=8),
    ResourceClass("OPERCMDS", "OPERCMDS", max_owner=26, max_permit=44),       # [BC-CMD-525615]
    ResourceClass("JESSPOOL", "JESSPOOL", max_owner=26, max_permit=53),       # [BC-CMD-525563]
    ResourceClass("JESJOBS", "JESJOBS", max_owner=26, max_permit=44),         # [BC-CMD-525560]
    ResourceClass("SERVAUTH", "SERVAUTH", max_owner=8, max_permit=64),        # [BC-CMD-525651]
    # OTRAN: ownable CICS transactions ([BC-CMD-525618]), RACF TCICSTRN.
    ResourceClass("OTRAN", "TCICSTRN", max_owner=8, max_permit=8),
    ResourceClass("PROGRAM", "PROGRAM", max_owner=8, max_permit=8),           # [BC-CMD-525629]
    # DB2 secures DSNR names as DB2(DSNR.<name>) ([BC-CMD-525484]).
    ResourceClass("DB2", "DSNR", max_owner=8, max_permit=44),
    # SURROGAT: CICS preset terminals <acid>.DFHINSTAL ([BC-CMD-525677]).
    ResourceClass("SURROGAT", "SURROGAT", max_owner=17, max_permit=44),
    ResourceClass("SERVER", "SERVER", max_owner=8, max_permit=16),            # [BC-CMD-525653]
    ResourceClass("EJBROLE", "EJBROLE", max_owner=26, max_permit=245),       # [BC-CMD-1824357]
    ResourceClass("GEJBROLE", "GEJBROLE", max_owner=26, max_permit=245),     # [BC-CMD-1824357]
    ResourceClass("TSOAUTH", "TSOAUTH", max_owner=8, max_permit=8),           # [BC-CMD-525697]
    # TSOACCT: TSO logon account codes ([BC-CMD-525695]), RACF ACCTNUM.
    ResourceClass("TSOACCT", "ACCTNUM", max_owner=8, max_permit=44),
    # XCSFKEY: "Secure Exportation of ICSF Cryptographic Keys" (topic before [BC-CMD-1872903]).
    ResourceClass("XCSFKEY", "XCSFKEY"),
    ResourceClass("SDSF", "SDSF"),                                             # KB 53383: predefined
    # DATASET: the data set keyword of TSS commands (Zowe ZWEITSS owns and permits
    # DATASET(<hlq>.)); its place in the RDT and its ACLST are UNVERIFIED.
    ResourceClass("DATASET", "DATASET", DATASET_ACLST),
    # UNVERIFIED: no Broadcom page found naming these keywords; each is taken to be
    # predefined under the RACF class's own name (Zowe's samples use UNIXPRIV and
    # CSFSERV in TSS commands; the rest are guesses).
    ResourceClass("XFACILIT", "XFACILIT"),
    ResourceClass("CBIND", "CBIND"),
    ResourceClass("UNIXPRIV", "UNIXPRIV"),
    ResourceClass("CSFSERV", "CSFSERV"),
    ResourceClass("CSFKEYS", "CSFKEYS"),
    ResourceClass("RDATALIB", "RDATALIB"),
    ResourceClass("IDTDATA", "IDTDATA"),
    ResourceClass("TSOPROC", "TSOPROC"),
    ResourceClass("WRITER", "WRITER"),
    ResourceClass("LOGSTRM", "LOGSTRM"),
    # SYSCONS "Secure IBM Consoles" exists (topic after [BC-CMD-525677]);
    # that it is RACF CONSOLE's counterpart is UNVERIFIED.
    ResourceClass("SYSCONS", "CONSOLE"),
)
# Not predefined: PTKTDATA is added by the site ([BC-USR-531870]: TSS ADD(RDT)
# RESCLASS(PTKTDATA) MAXLEN(37)), and so is ZOWE (a product's own class).

# Long keyword spellings of the same class ([BC-USR-531360]: APPL and APPLICATION).
ALIASES = {"APPLICATION": "APPL"}


def lookup(state, keyword):
    """The RDT entry a resource keyword names (predefined or added to the state), or None."""
    keyword = ALIASES.get(keyword, keyword)
    entry = PREDEFINED.get(keyword)
    if entry is not None:
        return entry
    record = state.rdt.get(keyword)
    return site_class(keyword, record) if record is not None else None


def site_class(keyword, record):
    """A ResourceClass from a State.rdt record (as TSS ADDTO(RDT) stored it)."""
    return ResourceClass(keyword, keyword, tuple(tuple(level) for level in record["aclst"]),
                         record["defacc"], record.get("maxown"), record["maxlen"],
                         mask=record.get("mask", False), site=True)


def canonical(keyword):
    return ALIASES.get(keyword, keyword)


def racf_class(state, keyword):
    """The RACF class name facts use for a keyword (itself when unknown)."""
    entry = lookup(state, keyword)
    return entry.racf if entry is not None else keyword


def parse_aclst(text):
    """((level, bits), ...) of an ACLST operand: standard names, or NAME=hhhh
    to define or redefine a level ("ACLST Keyword", z/VM [657762], same on z/OS).
    ValueError for an unknown name without a mask or a malformed mask."""
    levels = []
    for item in (part.strip().upper() for part in text.split(",")):
        name, _, mask = item.partition("=")
        if not name:
            raise ValueError("an empty access level")
        if mask:
            if len(mask) != 4 or any(c not in "0123456789ABCDEF" for c in mask):
                raise ValueError(f"{item}: the mask must be 4 hexadecimal digits")
            levels.append((name, int(mask, 16)))
        elif name in LEVEL_BITS:
            levels.append((name, LEVEL_BITS[name]))
        else:
            raise ValueError(f"{name} is not a standard access level and has no mask")
    return tuple(levels)


def user_rescode(text):
    """True when a RESCODE operand is a user-assignable hex code (TSS0280E)."""
    text = text.strip().upper()
    if not 1 <= len(text) <= 3 or any(c not in "0123456789ABCDEF" for c in text):
        return False
    value = int(text, 16)
    return any(value in codes for codes in USER_RESCODES)


def clashes(state, name):
    """The existing class a new RESCLASS name clashes with, or None: the first
    four characters must be unique and the beginning of a new name must not
    match an existing one (VOL is refused because VOLUME exists)
    ([BC-CMD-525252], [BC-USR-531517])."""
    for existing in list(PREDEFINED) + list(ALIASES) + list(state.rdt):
        if existing == name:
            continue
        if existing[:4] == name[:4] or existing.startswith(name) or name.startswith(existing):
            return existing
    return None
