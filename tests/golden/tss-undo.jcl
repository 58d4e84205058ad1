//ESMGEN   JOB (ACCT),'ESMGEN UNDO',CLASS=A,MSGCLASS=A,
//             MSGLEVEL=(1,1),NOTIFY=&SYSUID
//* esmgen: undo deck from profiles.yaml (bundled); components:
//* zowe-core, zis, impersonation, jobname, cert-mapping,
//* identity-mapping, smf, icsf, tss-multiuser, idt, zosconnect-server,
//* passtickets, zosconnect-tls, zosconnect-attls,
//* zosconnect-requester, hlq-group, datasets.
//* No command forces the return code: check every message (or run the
//* verify deck) after the job ends.
//RUN      EXEC PGM=IKJEFT01,REGION=0M
//SYSTSPRT DD SYSOUT=*
//SYSTSIN  DD DATA,DLM=$$
/* ==== esmgen 0.1.0: Top Secret undo deck ========================= */
/* Removes what the setup deck defined, in reverse order.            */
/* System-wide profiles and class activation are left; only esmgen's */
/* grants on them are removed.                                       */
/* Spec: profiles.yaml (bundled) sha256 75ece7d5b9a83101             */
/* Components: zowe-core, zis, impersonation, jobname, cert-mapping, */
/* identity-mapping, smf, icsf, tss-multiuser, idt,                  */
/* zosconnect-server, passtickets, zosconnect-tls, zosconnect-attls, */
/* zosconnect-requester, hlq-group, datasets                         */
/* Variables: admin_group=ZWEADMIN, aux_stc=ZWESASTC,                */
/* cert_expires=2030-12-31, cics_appl=CICSAPPL,                      */
/* cics_region_user=CICSUSER, hlq=ZWE, hlq_group=ZWE,                */
/* idt_profile=ZWEIDT.ZOWEAPPL, stc_group=ZWEADMIN,                  */
/* sysprog_group=ZWEADMIN, tss_department=ZWEDEPT,                   */
/* tss_facility=ZOWE, tss_system_owner=, unix_home=/tmp,             */
/* zcon_angel_stc=BAQZANGL, zcon_api_group=ZCEEUSRS,                 */
/* zcon_group=ZCEEGRP, zcon_host=zosconnect.example.com,             */
/* zcon_https_port=9443, zcon_keyring=ZCEERING,                      */
/* zcon_prefix=BBGZDFLT, zcon_requester_ring=ZCEEREQR,               */
/* zcon_requester_user=ZCEEREQ, zcon_server_stc=BAQSTRT,             */
/* zcon_server_user=ZCEESRV, zcon_unauth_user=WSGUEST,               */
/* zis_stc=ZWESISTC, zis_user=ZWESIUSR, zosmf_appl=IZUDFLT,          */
/* zowe_stc=ZWESLSTC, zowe_user=ZWESVUSR                             */
/* ==== left alone ================================================= */
/* class FACILITY: activation is system-wide and never undone        */
/* class APPL: activation is system-wide and never undone            */
/* class CSFSERV: activation is system-wide and never undone         */
/* class IDTDATA: activation is system-wide and never undone         */
/* class SERVER: activation is system-wide and never undone          */
/* class EJBROLE: activation is system-wide and never undone         */
/* class PTKTDATA: activation is system-wide and never undone        */
/* class DATASET: activation is system-wide and never undone         */
/* group ZWE: adopted: it may be the site's own (Top Secret: if      */
/* setup created it, its department cannot be deleted while it       */
/* stays)                                                            */
/* user CICSUSER: the spec expects it to exist                       */
/* FACILITY profile BPX.SERVER: system-wide: only esmgen's access is */
/* removed                                                           */
/* FACILITY profile BPX.DAEMON: system-wide: only esmgen's access is */
/* removed                                                           */
/* APPL profile OMVSAPPL: the spec expects it to exist               */
/* FACILITY profile BPX.JOBNAME: system-wide: only esmgen's access   */
/* is removed                                                        */
/* FACILITY profile IRR.RUSERMAP: system-wide: only esmgen's access  */
/* is removed                                                        */
/* FACILITY profile IRR.IDIDMAP.QUERY: system-wide: only esmgen's    */
/* access is removed                                                 */
/* FACILITY profile IRR.RAUDITX: system-wide: only esmgen's access   */
/* is removed                                                        */
/* CSFSERV profile CSFRNGL: system-wide: only esmgen's access is     */
/* removed                                                           */
/* SERVER profile BBG.ANGEL: system-wide: only esmgen's access is    */
/* removed                                                           */
/* SERVER profile BBG.AUTHMOD.BBGZSAFM: system-wide: only esmgen's   */
/* access is removed                                                 */
/* SERVER profile BBG.AUTHMOD.BBGZSAFM.SAFCRED: system-wide: only    */
/* esmgen's access is removed                                        */
/* SERVER profile BBG.AUTHMOD.BBGZSAFM.ZOSWLM: system-wide: only     */
/* esmgen's access is removed                                        */
/* SERVER profile BBG.AUTHMOD.BBGZSAFM.TXRRS: system-wide: only      */
/* esmgen's access is removed                                        */
/* SERVER profile BBG.AUTHMOD.BBGZSAFM.ZOSDUMP: system-wide: only    */
/* esmgen's access is removed                                        */
/* FACILITY profile IRR.DIGTCERT.LISTRING: system-wide: only         */
/* esmgen's access is removed                                        */
PROFILE MSGID
/* ==== multi-user facilities ====================================== */
/* tss-multiuser: The Zowe server is the master of its facility; add */
/* the users who sign on to it under users.                          */
TSS REMOVE(ZWESVUSR) MASTFAC(ZOWE)
/* ==== access ===================================================== */
/* datasets: System programmers install and maintain the Zowe data   */
/* sets.                                                             */
TSS REVOKE(ZWEADMIN) DATASET(ZWE.)
/* zosconnect-requester: READ lets the requester read its own key    */
/* ring.                                                             */
TSS REVOKE(ZCEEREQ) IBMFAC(IRR.DIGTCERT.LISTRING)
/* zosconnect-tls: READ lets the server map a client certificate to  */
/* a z/OS user id.                                                   */
TSS REVOKE(ZCEESRV) IBMFAC(IRR.RUSERMAP)
/* zosconnect-tls: READ lets a user read its own key ring (the       */
/* server and the requesters use theirs).                            */
TSS REVOKE(ZCEESRV) IBMFAC(IRR.DIGTCERT.LISTRING)
/* passtickets: UPDATE lets the CICS region generate PassTickets for */
/* that application (REQUEST ENCRYPTPTKT).                           */
TSS REVOKE(CICSUSER) PTKTDATA(IRRPTAUTH.CICSAPPL.)
/* passtickets: UPDATE lets the Zowe server generate PassTickets for */
/* any user signing on to z/OSMF.                                    */
TSS REVOKE(ZWESVUSR) PTKTDATA(IRRPTAUTH.IZUDFLT.)
/* zosconnect-server: The zosConnectAccess role admits users to the  */
/* z/OS Connect APIs (the name is case-sensitive).                   */
TSS REVOKE(ZCEEUSRS) -
  EJBROLE(BBGZDFLT.zos.connect.access.roles.zosConnectAccess)
/* zosconnect-server: Only users with READ on the APPL profile of    */
/* the prefix may authenticate to the server.                        */
TSS REVOKE(ZCEEUSRS) APPL(BBGZDFLT)
TSS REVOKE(WSGUEST) APPL(BBGZDFLT)
/* zosconnect-server: READ lets the server use the SAF profile       */
/* prefix of its security configuration.                             */
TSS REVOKE(ZCEESRV) SERVER(BBG.SECPFX.BBGZDFLT)
/* zosconnect-server: READ lets the server request SVC dumps.        */
TSS REVOKE(ZCEESRV) SERVER(BBG.AUTHMOD.BBGZSAFM.ZOSDUMP)
/* zosconnect-server: READ lets the server take part in RRS          */
/* transactions.                                                     */
TSS REVOKE(ZCEESRV) SERVER(BBG.AUTHMOD.BBGZSAFM.TXRRS)
/* zosconnect-server: READ lets the server classify work with WLM.   */
TSS REVOKE(ZCEESRV) SERVER(BBG.AUTHMOD.BBGZSAFM.ZOSWLM)
/* zosconnect-server: READ lets the server create and check SAF      */
/* credentials for its users.                                        */
TSS REVOKE(ZCEESRV) SERVER(BBG.AUTHMOD.BBGZSAFM.SAFCRED)
/* zosconnect-server: READ lets the server use the angel's           */
/* authorized SAF services module.                                   */
TSS REVOKE(ZCEESRV) SERVER(BBG.AUTHMOD.BBGZSAFM)
/* zosconnect-server: READ on BBG.ANGEL lets the server connect to   */
/* the default angel process.                                        */
TSS REVOKE(ZCEESRV) SERVER(BBG.ANGEL)
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
/* datasets: Generic profile over every Zowe data set.               */
TSS REVOKE(ALL) DATASET(ZWE.)
TSS REMOVE(ZWEDEPT) DATASET(ZWE.)
/* zosconnect-tls: READ lets a user read its own key ring (the       */
/* server and the requesters use theirs).                            */
/* IBMFAC(IRR.DIGTCERT.LISTRING) is system-wide: its ownership stays */
/* passtickets: UPDATE lets the CICS region generate PassTickets for */
/* that application (REQUEST ENCRYPTPTKT).                           */
TSS REMOVE(ZWEDEPT) PTKTDATA(IRRPTAUTH.CICSAPPL.)
/* passtickets: The PassTicket key of the application the CICS       */
/* region requests tickets for.                                      */
TSS REMOVE(NDT) PSTKAPPL(CICSAPPL)
/* passtickets: UPDATE lets the Zowe server generate PassTickets for */
/* any user signing on to z/OSMF.                                    */
TSS REMOVE(ZWEDEPT) PTKTDATA(IRRPTAUTH.IZUDFLT.)
/* passtickets: The PassTicket key of z/OSMF's application. Replay   */
/* protection is off, as Zowe requires for the services its API      */
/* Gateway signs users on to (the tickets stay between the gateway   */
/* and z/OSMF).                                                      */
TSS REMOVE(NDT) PSTKAPPL(IZUDFLT)
/* zosconnect-server: The zosConnectAccess role admits users to the  */
/* z/OS Connect APIs (the name is case-sensitive).                   */
TSS REMOVE(ZWEDEPT) -
  EJBROLE(BBGZDFLT.zos.connect.access.roles.zosConnectAccess)
/* zosconnect-server: Only users with READ on the APPL profile of    */
/* the prefix may authenticate to the server.                        */
TSS REMOVE(ZWEDEPT) APPL(BBGZDFLT)
/* zosconnect-server: READ lets the server use the SAF profile       */
/* prefix of its security configuration.                             */
TSS REMOVE(ZWEDEPT) SERVER(BBG.SECPFX.BBGZDFLT)
/* zosconnect-server: READ lets the server request SVC dumps.        */
/* SERVER(BBG.AUTHMOD.BBGZSAFM.ZOSDUMP) is system-wide: its          */
/* ownership stays                                                   */
/* zosconnect-server: READ lets the server take part in RRS          */
/* transactions.                                                     */
/* SERVER(BBG.AUTHMOD.BBGZSAFM.TXRRS) is system-wide: its ownership  */
/* stays                                                             */
/* zosconnect-server: READ lets the server classify work with WLM.   */
/* SERVER(BBG.AUTHMOD.BBGZSAFM.ZOSWLM) is system-wide: its ownership */
/* stays                                                             */
/* zosconnect-server: READ lets the server create and check SAF      */
/* credentials for its users.                                        */
/* SERVER(BBG.AUTHMOD.BBGZSAFM.SAFCRED) is system-wide: its          */
/* ownership stays                                                   */
/* zosconnect-server: READ lets the server use the angel's           */
/* authorized SAF services module.                                   */
/* SERVER(BBG.AUTHMOD.BBGZSAFM) is system-wide: its ownership stays  */
/* zosconnect-server: READ on BBG.ANGEL lets the server connect to   */
/* the default angel process.                                        */
/* SERVER(BBG.ANGEL) is system-wide: its ownership stays             */
/* idt: Defines the identity token profile. The PKCS#11 token, its   */
/* key and the signing parameters (RACF IDTPARMS, ACF2 IDTDATA       */
/* profile record, TSS IDT record) are site-specific and are added   */
/* as the ESM documentation describes.                               */
TSS REMOVE(ZWEDEPT) IDTDATA(ZWEIDT.ZOWEAPPL)
/* icsf: READ on CSFSERV CSFRNGL lets the Zowe server call the ICSF  */
/* random number service.                                            */
/* CSFSERV(CSFRNGL) is system-wide: its ownership stays              */
/* smf: READ on IRR.RAUDITX lets the gateway issue SMF audit         */
/* records.                                                          */
/* IBMFAC(IRR.RAUDITX) is system-wide: its ownership stays           */
/* identity-mapping: READ on IRR.IDIDMAP.QUERY lets the gateway      */
/* query distributed identity mappings.                              */
/* IBMFAC(IRR.IDIDMAP.QUERY) is system-wide: its ownership stays     */
/* cert-mapping: READ on IRR.RUSERMAP lets the gateway query         */
/* certificate-to-user mappings.                                     */
/* IBMFAC(IRR.RUSERMAP) is system-wide: its ownership stays          */
/* jobname: READ on BPX.JOBNAME allows setting job names of z/OS     */
/* UNIX address spaces.                                              */
/* IBMFAC(BPX.JOBNAME) is system-wide: its ownership stays           */
/* impersonation: UPDATE on BPX.DAEMON lets the Zowe server change   */
/* its identity to the logged-on user.                               */
/* IBMFAC(BPX.DAEMON) is system-wide: its ownership stays            */
/* impersonation: UPDATE on BPX.SERVER lets the Zowe server create   */
/* security environments for its clients.                            */
/* IBMFAC(BPX.SERVER) is system-wide: its ownership stays            */
/* zis: The profile that guards the cross-memory server against      */
/* unprivileged clients.                                             */
TSS REMOVE(ZWEDEPT) IBMFAC(ZWES.IS)
/* ==== started tasks ============================================== */
/* zosconnect-server: The Liberty angel process, through which the   */
/* server uses z/OS authorized services.                             */
TSS REMOVE(STC) PROCNAME(BAQZANGL)
/* ZCEESRV keeps FAC(STC) for its other started tasks; deleting the  */
/* ACID removes it                                                   */
/* zosconnect-server: The z/OS Connect server started task.          */
TSS REMOVE(STC) PROCNAME(BAQSTRT)
/* ZCEESRV keeps FAC(STC) for its other started tasks; deleting the  */
/* ACID removes it                                                   */
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
/* ==== key rings ================================================== */
/* zosconnect-requester: The requester's key ring holds its client   */
/* certificate and the CA that signed the server's.                  */
TSS REMOVE(ZCEEREQ) KEYRING(ZCEEREQR)
/* zosconnect-tls: The server's key ring holds its certificate and   */
/* the CA it trusts for client certificates.                         */
TSS REMOVE(ZCEESRV) KEYRING(ZCEERING)
/* ==== certificates =============================================== */
/* zosconnect-requester: The client certificate the requester        */
/* presents to the server.                                           */
TSS REMOVE(ZCEEREQ) DIGICERT(ZCEEREQ)
/* zosconnect-tls: The certificate the server presents in the TLS    */
/* handshake.                                                        */
TSS REMOVE(ZCEESRV) DIGICERT(ZCEESRV)
/* zosconnect-tls: The certificate authority that signs the server's */
/* and the requesters' certificates; both sides trust it.            */
TSS REMOVE(CERTAUTH) DIGICERT(ZCEECA)
/* ==== users ====================================================== */
/* zosconnect-requester: Protected user the API requester runs       */
/* under.                                                            */
TSS DELETE(ZCEEREQ)
/* zosconnect-server: Liberty runs requests that carry no            */
/* credentials under this protected user.                            */
TSS DELETE(WSGUEST)
/* zosconnect-server: Protected user of the z/OS Connect server and  */
/* angel started tasks.                                              */
TSS DELETE(ZCEESRV)
/* zowe-core: Protected user of the cross-memory server and its      */
/* auxiliary address space.                                          */
TSS DELETE(ZWESIUSR)
/* zowe-core: Protected user (no password) of the main Zowe server,  */
/* with an OMVS segment.                                             */
TSS DELETE(ZWESVUSR)
/* ==== groups ===================================================== */
/* zosconnect-server: Users who may call z/OS Connect APIs; EJBROLE  */
/* users need OMVS segments.                                         */
TSS DELETE(ZCEEUSRS)
/* zosconnect-server: Default group of the z/OS Connect server user, */
/* with an OMVS GID.                                                 */
TSS DELETE(ZCEEGRP)
/* zowe-core: Group of the Zowe administrators, with an OMVS GID.    */
TSS DELETE(ZWEADMIN)
/* ==== departments ================================================ */
/* zowe-core: Top Secret ACIDs and resource prefixes must be owned   */
/* by a department.                                                  */
TSS DELETE(ZWEDEPT)
$$
