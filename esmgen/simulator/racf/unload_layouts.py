"""Where the fields esmgen reads sit in each RACF database unload record.

IRRDBU00 writes one record per line: the record type in columns 1-4, a blank,
then fixed-position fields, each followed by one blank column. Positions are
1-based and inclusive, as IBM prints them, from z/OS Security Server RACF
Macros and Interfaces, "RACF database unload utility records":
- [USR] "User record formats", https://www.ibm.com/docs/en/zos/3.1.0?topic=utility-user-record-formats
  (0200, 0203, 0205, 0207, 0208, 0209, 0270)
- [GRP] "Group record formats" (same book; 0100, 0102, 0120)
- [DS]  "Data set record formats",
  https://www.ibm.com/support/knowledgecenter/en/SSLTBW_2.1.0/com.ibm.zos.v2r1.icha300/dsr.htm
  (0400, 0401, 0402, 0404)
- [GR]  "General resource record formats",
  https://www.ibm.com/support/knowledgecenter/en/SSLTBW_2.1.0/com.ibm.zos.v2r1.icha300/grr.htm
  (0500, 0502, 0503, 0505, 0507, 0508, 0509, 0530, 0540, 0560, 0561, 0562, 05C0)
- [USR2] the user page of z/OS 2.2,
  http://www.ibm.com/support/knowledgecenter/SSLTBW_2.2.0/com.ibm.zos.v2r2.icha300/usr.htm
  (0200 USBD_SPECIAL 40-43, USBD_OPER 45-48, USBD_REVOKE 50-53)
- [TYPES] "IRRDBU00 record types",
  https://www.ibm.com/support/knowledgecenter/en/SSLTBW_2.1.0/com.ibm.zos.v2r1.icha300/dbutypes.htm
  (0401 Data Set Categories, 0402 Data Set Conditional Access, 0405 Data Set
  Installation Data, 0502 General Resource Categories)
- [VM507] z/VM 7.3 RACF Macros and Interfaces, "General Resource Conditional
  Access Record",
  https://www.ibm.com/docs/en/zvm/7.3.0?topic=formats-general-resource-conditional-access-record
  (0507 to GRCACC_ACCESS_CNT: z/VM's edition of the record; its columns agree
  with mfpandas' z/OS table)
The positions of LAYOUTS' first fields were cross-checked against mfpandas
0.1.7's offset table and a real unload (notes:
/work/notes/issue12-unload-listings.md section 1.3). The fields added for
UnloadReport.extras (EXTRAS, 0401, 0402, 0502, 0507) were checked against
IBM's pages as stored for search, which hold only the start of each long
page: a position past what those copies show is marked "UNVERIFIED against
IBM: from mfpandas' table" (mfpandas 0.1.7 irrdbu00-offsets.json, which
names IBM's z/OS 3.1 pages as its source); none was seen in a real unload.
Only the fields esmgen uses are listed; a record may be shorter than IBM's
full layout (older releases end earlier, transfers may trim blanks).

EXTRAS lists more fields of records LAYOUTS already reads: settings the
state does not hold, read only for the objects the caller keeps, into
UnloadReport.extras (esmgen.simulator.racf.unload).

Field kinds: "name" must not be blank; "text" any text; "int" digits or blank
(real unloads zero-pad, racf-generator left-justifies); "yesno" YES, NO or
blank; "level" an access level; "date" yyyy-mm-dd or yyyy/mm/dd or blank.
"""

# record type -> ((field, start, end, kind), ...)
LAYOUTS = {
    # [GRP] group basic data, group members, group OMVS data
    "0100": (("name", 6, 13, "name"), ("supgroup", 15, 22, "text"), ("created", 24, 33, "date"),
             ("owner", 35, 42, "text"), ("uacc", 44, 51, "level"), ("data", 58, 312, "text")),
    "0102": (("name", 6, 13, "name"), ("member", 15, 22, "name"), ("auth", 24, 31, "text")),
    "0120": (("name", 6, 13, "name"), ("gid", 15, 24, "int")),
    # [USR] user basic data; NOPWD 391-394 is YES, NO, PRO (protected) or PHR (IBM
    # "Processing password intervals for protected users", icha700/ppwint.htm)
    "0200": (("name", 6, 13, "name"), ("created", 15, 24, "date"), ("owner", 26, 33, "text"),
             ("programmer", 75, 94, "text"), ("defgrp", 96, 103, "text"), ("data", 125, 379, "text"),
             ("nopwd", 391, 394, "text"), ("attribs", 542, 549, "text"), ("phr_alg", 613, 624, "text")),
    "0203": (("name", 6, 13, "name"), ("group", 15, 22, "name")),
    "0205": (("name", 6, 13, "name"), ("group", 15, 22, "name"), ("connected", 24, 33, "date"),
             ("revoke", 94, 97, "yesno")),
    "0207": (("name", 6, 13, "name"), ("cert", 15, 260, "name"), ("label", 262, 293, "text")),
    "0208": (("name", 6, 13, "name"), ("label", 15, 46, "name"), ("map", 48, 293, "text")),
    "0209": (("name", 6, 13, "name"), ("label", 15, 46, "name"), ("map", 48, 293, "text")),
    "0270": (("name", 6, 13, "name"), ("uid", 15, 24, "int"), ("home", 26, 1048, "text"),
             ("program", 1050, 2072, "text")),
    # [DS] data set basic data and access list
    "0400": (("name", 6, 49, "name"), ("generic", 58, 61, "yesno"), ("created", 63, 72, "date"),
             ("uacc", 129, 136, "level")),
    # [DS] 0401 data set categories: DSCAT_NAME, DSCAT_CATEGORY (a number)
    # UNVERIFIED against IBM: from mfpandas' table (DSCAT_CATEGORY 58-62)
    "0401": (("name", 6, 49, "name"), ("category", 58, 62, "int")),
    # [DS] 0402 data set conditional access: DSCACC_CATYPE (the WHEN class),
    # DSCACC_CANAME, DSCACC_AUTH_ID, DSCACC_ACCESS, DSCACC_CACRITERIA
    # UNVERIFIED against IBM: from mfpandas' table (all five positions)
    "0402": (("name", 6, 49, "name"), ("catype", 58, 65, "name"), ("caname", 67, 74, "text"),
             ("who", 76, 83, "name"), ("access", 85, 92, "level"), ("criteria", 109, 352, "text")),
    "0404": (("name", 6, 49, "name"), ("who", 58, 65, "name"), ("access", 67, 74, "level")),
    # [GR] general resource basic data; for DIGTCERT the UACC holds the trust
    # status and APPL_DATA the owning user (IBM "DIGTCERT general resource
    # profiles", https://www.ibm.com/docs/SSLTBW_2.2.0/com.ibm.zos.v2r2.icha700/tcertp.htm)
    "0500": (("name", 6, 251, "name"), ("cls", 253, 260, "name"), ("generic", 262, 265, "yesno"),
             ("created", 271, 280, "date"), ("uacc", 337, 344, "text"), ("appldata", 754, 1008, "text")),
    # 0502 general resource categories: GRCAT_CATEGORY (a number)
    # UNVERIFIED against IBM: from mfpandas' table (GRCAT_CATEGORY 262-266)
    "0502": (("name", 6, 251, "name"), ("cls", 253, 260, "name"), ("category", 262, 266, "int")),
    "0503": (("name", 6, 251, "name"), ("cls", 253, 260, "name"), ("member", 262, 516, "name")),
    "0505": (("name", 6, 251, "name"), ("cls", 253, 260, "name"), ("who", 262, 269, "name"),
             ("access", 271, 278, "level")),
    # [VM507] 0507 general resource conditional access: GRCACC_CATYPE,
    # GRCACC_CANAME, GRCACC_AUTH_ID, GRCACC_ACCESS; GRCACC_CACRITERIA
    # UNVERIFIED against IBM: from mfpandas' table (313-556; z/VM's record ends at 302)
    "0507": (("name", 6, 251, "name"), ("cls", 253, 260, "name"), ("catype", 262, 269, "name"),
             ("caname", 271, 278, "text"), ("who", 280, 287, "name"), ("access", 289, 296, "level"),
             ("criteria", 313, 556, "text")),
    "0508": (("name", 6, 251, "name"), ("cls", 253, 260, "name"), ("label", 262, 293, "name"),
             ("status", 295, 302, "text"), ("user", 304, 549, "text"), ("filter", 551, 1061, "text")),
    "0509": (("name", 6, 251, "name"), ("cls", 253, 260, "name"), ("label", 262, 293, "name"),
             ("user", 295, 302, "name"), ("registry", 304, 558, "text")),
    # 0530: only that an SSIGNON key exists; IRRDBU00 never unloads the key
    # (IBM "Operational considerations", icha700/wrdopc.htm)
    "0530": (("name", 6, 251, "name"), ("cls", 253, 260, "name"), ("protection", 262, 325, "text"),
             ("key_label", 327, 390, "text"), ("type", 392, 403, "text"), ("replay", 416, 419, "yesno")),
    "0540": (("name", 6, 251, "name"), ("cls", 253, 260, "name"), ("user", 262, 269, "text"),
             ("group", 271, 278, "text"), ("trusted", 280, 283, "yesno"), ("privileged", 285, 288, "yesno"),
             ("trace", 290, 293, "yesno")),
    "0560": (("name", 6, 251, "name"), ("cls", 253, 260, "name"), ("start", 262, 271, "date"),
             ("end", 282, 291, "date")),
    "0561": (("name", 6, 251, "name"), ("cls", 253, 260, "name"), ("ring", 262, 507, "name")),
    "0562": (("name", 6, 251, "name"), ("cls", 253, 260, "name"), ("cert", 262, 507, "name"),
             ("usage", 509, 516, "name"), ("default", 518, 521, "yesno"), ("label", 523, 554, "text")),
    "05C0": (("name", 6, 251, "name"), ("cls", 253, 260, "name"), ("posit", 262, 271, "int"),
             ("maxlength", 273, 275, "int"), ("maxlenx", 277, 286, "int"), ("defaultrc", 288, 290, "int"),
             ("keyqualifiers", 292, 301, "int"), ("group", 303, 310, "text"), ("member", 312, 319, "text"),
             ("first_alpha", 321, 324, "yesno"), ("first_national", 326, 329, "yesno"),
             ("first_numeric", 331, 334, "yesno"), ("first_special", 336, 339, "yesno"),
             ("other_alpha", 341, 344, "yesno"), ("other_national", 346, 349, "yesno"),
             ("other_numeric", 351, 354, "yesno"), ("other_special", 356, 359, "yesno"),
             ("operations", 361, 364, "yesno"), ("defaultuacc", 366, 373, "text"),
             ("raclist", 375, 384, "text"), ("genlist", 386, 395, "text"), ("profilesallowed", 397, 400, "yesno"),
             ("seclabelsrequired", 402, 405, "yesno"), ("macprocessing", 407, 414, "text"),
             ("signal", 416, 419, "yesno"), ("case", 421, 428, "text"), ("generic", 430, 439, "text")),
}

# record type -> more (field, start, end, kind) of a record LAYOUTS reads,
# for UnloadReport.extras only, each field named as the setting it gives (parsed for kept objects; a mismatch here is a
# problem but does not change what the state holds).
EXTRAS = {
    # [GRP] GPBD_UNIVERSAL; UNVERIFIED against IBM: from mfpandas' table
    "0100": (("universal", 359, 362, "yesno"),),
    # [USR2] USBD_SPECIAL, USBD_OPER, USBD_REVOKE;
    # USBD_UAUDIT 381-384 and USBD_AUDITOR 386-389: UNVERIFIED against IBM:
    # from mfpandas' table (racf-generator, which writes from that table, puts
    # YES/NO there too)
    "0200": (("special", 40, 43, "yesno"), ("operations", 45, 48, "yesno"), ("revoked", 50, 53, "yesno"),
             ("uaudit", 381, 384, "yesno"), ("auditor", 386, 389, "yesno")),
    # [USR] USCON_GRP_SPECIAL, USCON_GRP_OPER, USCON_GRP_ACC, USCON_GRP_AUDIT
    # (USCON_REVOKE 94-97 is in LAYOUTS); UNVERIFIED against IBM: from mfpandas' table
    "0205": (("group_special", 84, 87, "yesno"), ("group_operations", 89, 92, "yesno"),
             ("group_access", 99, 102, "yesno"), ("group_auditor", 109, 112, "yesno")),
    # [DS] DSBD_WARNING, DSBD_SECLEVEL, DSBD_NOTIFY_ID, DSBD_SECLABEL;
    # UNVERIFIED against IBM: from mfpandas' table
    "0400": (("warning", 484, 487, "yesno"), ("seclevel", 489, 491, "int"), ("notify", 493, 500, "text"),
             ("seclabel", 513, 520, "text")),
    # [GR] GRBD_WARNING, GRBD_NOTIFY_ID, GRBD_SECLEVEL, GRBD_SECLABEL;
    # UNVERIFIED against IBM: from mfpandas' table
    "0500": (("warning", 660, 663, "yesno"), ("notify", 680, 687, "text"), ("seclevel", 750, 752, "int"),
             ("seclabel", 1010, 1017, "text")),
}

# Access levels an access list or UACC may hold ([DS] DSACC_ACCESS, [GR] GRACC_ACCESS).
LEVELS = frozenset(("NONE", "EXECUTE", "READ", "UPDATE", "CONTROL", "ALTER"))
