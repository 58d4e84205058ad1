//ESMGEN   JOB (ACCT),'ESMGEN UNDO',CLASS=A,MSGCLASS=A,
//             MSGLEVEL=(1,1),NOTIFY=&SYSUID
//* esmgen: undo deck from profiles.yaml (bundled); components:
//* zowe-core, zis, impersonation, jobname, cert-mapping,
//* identity-mapping, smf, icsf, tss-multiuser, idt, hlq-group,
//* datasets.
//* No command forces the return code: check every message (or run the
//* verify deck) after the job ends.
//RUN      EXEC PGM=IKJEFT01,REGION=0M
//SYSTSPRT DD SYSOUT=*
//SYSTSIN  DD DATA,DLM=$$
/* ==== esmgen 0.1.0: Top Secret undo deck ========================= */
/* Removes what the setup deck defined, in reverse order.            */
/* System-wide profiles and class activation are left; only esmgen's */
/* grants on them are removed.                                       */
/* Spec: profiles.yaml (bundled) sha256 b981e0e9b609aaec             */
/* Components: zowe-core, zis, impersonation, jobname, cert-mapping, */
/* identity-mapping, smf, icsf, tss-multiuser, idt, hlq-group,       */
/* datasets                                                          */
/* Variables: admin_group=ZWEADMIN, aux_stc=ZWESASTC, hlq=ZWE,       */
/* hlq_group=ZWE, idt_profile=ZWEIDT.ZOWEAPPL, stc_group=ZWEADMIN,   */
/* sysprog_group=ZWEADMIN, tss_department=ZWEDEPT,                   */
/* tss_facility=ZOWE, unix_home=/tmp, zis_stc=ZWESISTC,              */
/* zis_user=ZWESIUSR, zowe_stc=ZWESLSTC, zowe_user=ZWESVUSR          */
PROFILE MSGID
/* ==== multi-user facilities ====================================== */
/* tss-multiuser: The Zowe server is the master of its facility; add */
/* the users who sign on to it under users.                          */
TSS REMOVE(ZWESVUSR) MASTFAC(ZOWE)
/* ==== access ===================================================== */
/* datasets: System programmers install and maintain the Zowe data   */
/* sets.                                                             */
TSS REVOKE(ZWEADMIN) DATASET(ZWE.)
/* icsf: READ on CSFSERV CSFRNGL lets the Zowe server call the ICSF  */
/* random number service.                                            */
TSS REVOKE(ZWESVUSR) CSFSERV(CSFRNGL)
/* smf: READ on IRR.RAUDITX lets the gateway issue SMF audit         */
/* records.                                                          */
TSS REVOKE(ZWESVUSR) IBMFAC(IRR.RAUDITX)
/* identity-mapping: READ on IRR.IDIDMAP.QUERY lets the gateway      */
/* query distributed identity mappings.                              */
TSS REVOKE(ZWESVUSR) IBMFAC(IRR.IDIDMAP.QUERY)
/* cert-mapping: READ on IRR.RUSERMAP lets the gateway query         */
/* certificate-to-user mappings.                                     */
TSS REVOKE(ZWESVUSR) IBMFAC(IRR.RUSERMAP)
/* jobname: READ on BPX.JOBNAME allows setting job names of z/OS     */
/* UNIX address spaces.                                              */
TSS REVOKE(ZWESVUSR) IBMFAC(BPX.JOBNAME)
/* impersonation: Where OMVSAPPL is defined, Zowe users need READ on */
/* it to use z/OS UNIX; the profile is not created here.             */
TSS REVOKE(ZWESVUSR) APPL(OMVSAPPL)
/* impersonation: UPDATE on BPX.DAEMON lets the Zowe server change   */
/* its identity to the logged-on user.                               */
TSS REVOKE(ZWESVUSR) IBMFAC(BPX.DAEMON)
/* impersonation: UPDATE on BPX.SERVER lets the Zowe server create   */
/* security environments for its clients.                            */
TSS REVOKE(ZWESVUSR) IBMFAC(BPX.SERVER)
/* zis: The auxiliary address space calls the cross-memory server    */
/* under the ZIS user.                                               */
TSS REVOKE(ZWESIUSR) IBMFAC(ZWES.IS)
/* zis: The main Zowe server calls the cross-memory server.          */
TSS REVOKE(ZWESVUSR) IBMFAC(ZWES.IS)
/* ==== resource profiles ========================================== */
/* datasets: Generic profile over every Zowe data set. RACF needs    */
/* the first qualifier to be a user or group (ICH09006I otherwise).  */
TSS REVOKE(ALL) DATASET(ZWE.)
TSS REMOVE(ZWEDEPT) DATASET(ZWE.)
/* idt: Defines the identity token profile. The PKCS#11 token, its   */
/* key and the signing parameters (RACF IDTPARMS, ACF2 IDTDATA       */
/* profile record, TSS IDT record) are site-specific and are added   */
/* as the ESM documentation describes.                               */
TSS REMOVE(ZWEDEPT) IDTDATA(ZWEIDT.ZOWEAPPL)
/* icsf: READ on CSFSERV CSFRNGL lets the Zowe server call the ICSF  */
/* random number service.                                            */
TSS REMOVE(ZWEDEPT) CSFSERV(CSFRNGL)
/* smf: READ on IRR.RAUDITX lets the gateway issue SMF audit         */
/* records.                                                          */
TSS REMOVE(ZWEDEPT) IBMFAC(IRR.RAUDITX)
/* identity-mapping: READ on IRR.IDIDMAP.QUERY lets the gateway      */
/* query distributed identity mappings.                              */
TSS REMOVE(ZWEDEPT) IBMFAC(IRR.IDIDMAP.QUERY)
/* cert-mapping: READ on IRR.RUSERMAP lets the gateway query         */
/* certificate-to-user mappings.                                     */
TSS REMOVE(ZWEDEPT) IBMFAC(IRR.RUSERMAP)
/* jobname: READ on BPX.JOBNAME allows setting job names of z/OS     */
/* UNIX address spaces.                                              */
TSS REMOVE(ZWEDEPT) IBMFAC(BPX.JOBNAME)
/* impersonation: UPDATE on BPX.DAEMON lets the Zowe server change   */
/* its identity to the logged-on user.                               */
TSS REMOVE(ZWEDEPT) IBMFAC(BPX.DAEMON)
/* impersonation: UPDATE on BPX.SERVER lets the Zowe server create   */
/* security environments for its clients.                            */
TSS REMOVE(ZWEDEPT) IBMFAC(BPX.SERVER)
/* zis: The profile that guards the cross-memory server against      */
/* unprivileged clients.                                             */
TSS REMOVE(ZWEDEPT) IBMFAC(ZWES.IS)
/* ==== started tasks ============================================== */
/* zowe-core: The cross-memory auxiliary address space runs under    */
/* the ZIS user.                                                     */
TSS REMOVE(STC) PROCNAME(ZWESASTC)
/* ZWESIUSR keeps FAC(STC) for its other started tasks; deleting the */
/* ACID removes it                                                   */
/* zowe-core: The cross-memory server started task runs under the    */
/* ZIS user.                                                         */
TSS REMOVE(STC) PROCNAME(ZWESISTC)
/* ZWESIUSR keeps FAC(STC) for its other started tasks; deleting the */
/* ACID removes it                                                   */
/* zowe-core: The Zowe launcher started task runs under the Zowe     */
/* server user and group.                                            */
TSS REMOVE(STC) PROCNAME(ZWESLSTC)
TSS REMOVE(ZWESVUSR) FAC(STC)
/* ==== users ====================================================== */
/* zowe-core: Protected user of the cross-memory server and its      */
/* auxiliary address space.                                          */
TSS DELETE(ZWESIUSR)
/* zowe-core: Protected user (no password) of the main Zowe server,  */
/* with an OMVS segment.                                             */
TSS DELETE(ZWESVUSR)
/* ==== groups ===================================================== */
/* hlq-group: Group that owns the Zowe data set prefix.              */
TSS DELETE(ZWE)
/* zowe-core: Group of the Zowe administrators, with an OMVS GID.    */
TSS DELETE(ZWEADMIN)
/* ==== departments ================================================ */
/* zowe-core: Top Secret ACIDs and resource prefixes must be owned   */
/* by a department.                                                  */
TSS DELETE(ZWEDEPT)
$$
