//ESMGEN   JOB (ACCT),'ESMGEN VERIFY',CLASS=A,MSGCLASS=A,
//             MSGLEVEL=(1,1),NOTIFY=&SYSUID
//* esmgen: verify deck from profiles.yaml (bundled); components:
//* zowe-core, zis, impersonation, jobname, cert-mapping,
//* identity-mapping, smf, icsf, idt, hlq-group, datasets.
//* No command forces the return code: check every message (or run the
//* verify deck) after the job ends.
//RUN      EXEC PGM=IKJEFT01,REGION=0M
//SYSTSPRT DD SYSOUT=*
//SYSTSIN  DD DATA,DLM=$$
/* ==== esmgen 0.1.0: ACF2 verify deck ============================= */
/* Changes nothing: lists each requirement so it can be checked.     */
/* Spec: profiles.yaml (bundled) sha256 b981e0e9b609aaec             */
/* Components: zowe-core, zis, impersonation, jobname, cert-mapping, */
/* identity-mapping, smf, icsf, idt, hlq-group, datasets             */
/* Variables: admin_group=ZWEADMIN, aux_stc=ZWESASTC, hlq=ZWE,       */
/* hlq_group=ZWE, idt_profile=ZWEIDT.ZOWEAPPL, stc_group=ZWEADMIN,   */
/* sysprog_group=ZWEADMIN, tss_department=ZWEDEPT,                   */
/* tss_facility=ZOWE, unix_home=/tmp, zis_stc=ZWESISTC,              */
/* zis_user=ZWESIUSR, zowe_stc=ZWESLSTC, zowe_user=ZWESVUSR          */
PROFILE MSGID
ACF
SHOW CLASMAP
* ==== resource classes ==============================================
* zis, impersonation, jobname, cert-mapping, identity-mapping, smf:
* The FACILITY class must be active for the profiles below.
* expect FACILITY mapped to type FAC in SHOW CLASMAP above
* impersonation: The APPL class must be active for the profiles below.
* expect APPL mapped to type APL in SHOW CLASMAP above
* icsf: The CSFSERV class must be active for the profiles below.
* expect CSFSERV mapped to type CSF in SHOW CLASMAP above
* idt: The IDTDATA class must be active for the profiles below.
* expect IDTDATA mapped to type IDT in SHOW CLASMAP above
* ==== groups ========================================================
* zowe-core: Group of the Zowe administrators, with an OMVS GID.
SET PROFILE(GROUP) DIVISION(OMVS)
LIST ZWEADMIN
SET X(ROL)
LIST ZWEADMIN
* ==== users =========================================================
* zowe-core: Protected user (no password) of the main Zowe server,
* with an OMVS segment.
SET LID
LIST ZWESVUSR
SET PROFILE(USER) DIVISION(OMVS)
LIST ZWESVUSR
ROLES ZWESVUSR
* zowe-core: Protected user of the cross-memory server and its
* auxiliary address space.
SET LID
LIST ZWESIUSR
SET PROFILE(USER) DIVISION(OMVS)
LIST ZWESIUSR
ROLES ZWESIUSR
* ==== started tasks =================================================
* zowe-core: The Zowe launcher started task runs under the Zowe server
* user and group.
SET CONTROL(GSO)
LIST STC.ZWESLSTC
* zowe-core: The cross-memory server started task runs under the ZIS
* user.
LIST STC.ZWESISTC
* zowe-core: The cross-memory auxiliary address space runs under the
* ZIS user.
LIST STC.ZWESASTC
* ==== resource profiles =============================================
* zis: The profile that guards the cross-memory server against
* unprivileged clients.
* FACILITY ZWES.IS: no rule line of its own; its access lines are
* listed below
* impersonation: UPDATE on BPX.SERVER lets the Zowe server create
* security environments for its clients.
* FACILITY BPX.SERVER: no rule line of its own; its access lines are
* listed below
* impersonation: UPDATE on BPX.DAEMON lets the Zowe server change its
* identity to the logged-on user.
* FACILITY BPX.DAEMON: no rule line of its own; its access lines are
* listed below
* jobname: READ on BPX.JOBNAME allows setting job names of z/OS UNIX
* address spaces.
* FACILITY BPX.JOBNAME: no rule line of its own; its access lines are
* listed below
* cert-mapping: READ on IRR.RUSERMAP lets the gateway query
* certificate-to-user mappings.
* FACILITY IRR.RUSERMAP: no rule line of its own; its access lines are
* listed below
* identity-mapping: READ on IRR.IDIDMAP.QUERY lets the gateway query
* distributed identity mappings.
* FACILITY IRR.IDIDMAP.QUERY: no rule line of its own; its access
* lines are listed below
* smf: READ on IRR.RAUDITX lets the gateway issue SMF audit records.
* FACILITY IRR.RAUDITX: no rule line of its own; its access lines are
* listed below
* icsf: READ on CSFSERV CSFRNGL lets the Zowe server call the ICSF
* random number service.
* CSFSERV CSFRNGL: no rule line of its own; its access lines are
* listed below
* idt: Defines the identity token profile. The PKCS#11 token, its key
* and the signing parameters (RACF IDTPARMS, ACF2 IDTDATA profile
* record, TSS IDT record) are site-specific and are added as the ESM
* documentation describes.
* IDTDATA ZWEIDT.ZOWEAPPL: no rule line of its own; its access lines
* are listed below
* datasets: Generic profile over every Zowe data set. RACF needs the
* first qualifier to be a user or group (ICH09006I otherwise).
SET RULE
LIST ZWE
* ==== access ========================================================
* zis: The main Zowe server calls the cross-memory server.
* expect the line: IS UID(ZWESVUSR) SERVICE(READ) ALLOW
SET RESOURCE(FAC)
LIST ZWES
* zis: The auxiliary address space calls the cross-memory server under
* the ZIS user.
* expect the line: IS UID(ZWESIUSR) SERVICE(READ) ALLOW
LIST ZWES
* impersonation: UPDATE on BPX.SERVER lets the Zowe server create
* security environments for its clients.
* expect the line: SERVER UID(ZWESVUSR) SERVICE(READ,UPDATE) ALLOW
LIST BPX
* impersonation: UPDATE on BPX.DAEMON lets the Zowe server change its
* identity to the logged-on user.
* expect the line: DAEMON UID(ZWESVUSR) SERVICE(READ,UPDATE) ALLOW
LIST BPX
* impersonation: Where OMVSAPPL is defined, Zowe users need READ on it
* to use z/OS UNIX; the profile is not created here.
* expect the line: UID(ZWESVUSR) SERVICE(READ) ALLOW
SET RESOURCE(APL)
LIST OMVSAPPL
* jobname: READ on BPX.JOBNAME allows setting job names of z/OS UNIX
* address spaces.
* expect the line: JOBNAME UID(ZWESVUSR) SERVICE(READ) ALLOW
SET RESOURCE(FAC)
LIST BPX
* cert-mapping: READ on IRR.RUSERMAP lets the gateway query
* certificate-to-user mappings.
* expect the line: RUSERMAP UID(ZWESVUSR) SERVICE(READ) ALLOW
LIST IRR
* identity-mapping: READ on IRR.IDIDMAP.QUERY lets the gateway query
* distributed identity mappings.
* expect the line: IDIDMAP.QUERY UID(ZWESVUSR) SERVICE(READ) ALLOW
LIST IRR
* smf: READ on IRR.RAUDITX lets the gateway issue SMF audit records.
* expect the line: RAUDITX UID(ZWESVUSR) SERVICE(READ) ALLOW
LIST IRR
* icsf: READ on CSFSERV CSFRNGL lets the Zowe server call the ICSF
* random number service.
* expect the line: UID(ZWESVUSR) SERVICE(READ) ALLOW
SET RESOURCE(CSF)
LIST CSFRNGL
* datasets: System programmers install and maintain the Zowe data
* sets.
* expect the line: - ROLE(ZWEADMIN) READ(A) WRITE(A) ALLOC(A) EXEC(A)
SET RULE
LIST ZWE
END
$$
