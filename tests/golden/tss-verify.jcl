//ESMGEN   JOB (ACCT),'ESMGEN VERIFY',CLASS=A,MSGCLASS=A,
//             MSGLEVEL=(1,1),NOTIFY=&SYSUID
//* esmgen: verify deck from profiles.yaml (bundled); components:
//* zowe-core, zis, impersonation, jobname, cert-mapping,
//* identity-mapping, smf, icsf, tss-multiuser, idt, zosconnect-server,
//* passtickets, zosconnect-tls, zosconnect-attls,
//* zosconnect-requester, hlq-group, datasets.
//* No command forces the return code: check every message (or run the
//* verify deck) after the job ends.
//RUN      EXEC PGM=IKJEFT01,REGION=0M
//SYSTSPRT DD SYSOUT=*
//SYSTSIN  DD DATA,DLM=$$
/* ==== esmgen 0.1.0: Top Secret verify deck ======================= */
/* Changes nothing: lists each requirement so it can be checked.     */
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
PROFILE MSGID
/* ==== resource classes =========================================== */
/* zis, impersonation, jobname, cert-mapping, identity-mapping, smf, */
/* zosconnect-tls, zosconnect-requester: The FACILITY class must be  */
/* active for the profiles below.                                    */
TSS LIST(RDT) RESCLASS(IBMFAC)
/* impersonation, zosconnect-server: The APPL class must be active   */
/* for the profiles below.                                           */
TSS LIST(RDT) RESCLASS(APPL)
/* icsf: The CSFSERV class must be active for the profiles below.    */
TSS LIST(RDT) RESCLASS(CSFSERV)
/* idt: The IDTDATA class must be active for the profiles below.     */
TSS LIST(RDT) RESCLASS(IDTDATA)
/* zosconnect-server: The SERVER class must be active for the        */
/* profiles below.                                                   */
TSS LIST(RDT) RESCLASS(SERVER)
/* zosconnect-server: The EJBROLE class must be active for the       */
/* profiles below.                                                   */
TSS LIST(RDT) RESCLASS(EJBROLE)
/* passtickets: The PTKTDATA class must be active for the profiles   */
/* below.                                                            */
TSS LIST(RDT) RESCLASS(PTKTDATA)
/* ==== departments ================================================ */
/* zowe-core: Top Secret ACIDs and resource prefixes must be owned   */
/* by a department.                                                  */
TSS LIST(ZWEDEPT)
/* ==== groups ===================================================== */
/* zowe-core: Group of the Zowe administrators, with an OMVS GID.    */
TSS LIST(ZWEADMIN) DATA(ALL)
/* zosconnect-server: Default group of the z/OS Connect server user, */
/* with an OMVS GID.                                                 */
TSS LIST(ZCEEGRP) DATA(ALL)
/* zosconnect-server: Users who may call z/OS Connect APIs; EJBROLE  */
/* users need OMVS segments.                                         */
TSS LIST(ZCEEUSRS) DATA(ALL)
/* hlq-group: Group that owns the Zowe data set prefix.              */
TSS LIST(ZWE) DATA(ALL)
/* ==== users ====================================================== */
/* zowe-core: Protected user (no password) of the main Zowe server,  */
/* with an OMVS segment.                                             */
TSS LIST(ZWESVUSR) DATA(ALL)
/* zowe-core: Protected user of the cross-memory server and its      */
/* auxiliary address space.                                          */
TSS LIST(ZWESIUSR) DATA(ALL)
/* zosconnect-server: Protected user of the z/OS Connect server and  */
/* angel started tasks.                                              */
TSS LIST(ZCEESRV) DATA(ALL)
/* zosconnect-server: Liberty runs requests that carry no            */
/* credentials under this protected user.                            */
TSS LIST(WSGUEST) DATA(ALL)
/* zosconnect-requester: Protected user the API requester runs       */
/* under.                                                            */
TSS LIST(ZCEEREQ) DATA(ALL)
/* ==== certificates =============================================== */
/* zosconnect-tls: The certificate authority that signs the server's */
/* and the requesters' certificates; both sides trust it.            */
TSS LIST(CERTAUTH) DIGICERT(ZCEECA)
/* zosconnect-tls: The certificate the server presents in the TLS    */
/* handshake.                                                        */
TSS LIST(ZCEESRV) DIGICERT(ZCEESRV)
/* zosconnect-requester: The client certificate the requester        */
/* presents to the server.                                           */
TSS LIST(ZCEEREQ) DIGICERT(ZCEEREQ)
/* ==== key rings ================================================== */
/* zosconnect-tls: The server's key ring holds its certificate and   */
/* the CA it trusts for client certificates.                         */
TSS LIST(ZCEESRV) KEYRING(ZCEERING)
/* zosconnect-requester: The requester's key ring holds its client   */
/* certificate and the CA that signed the server's.                  */
TSS LIST(ZCEEREQ) KEYRING(ZCEEREQR)
/* ==== started tasks ============================================== */
/* zowe-core: The Zowe launcher started task runs under the Zowe     */
/* server user and group.                                            */
TSS LIST(STC) PROCNAME(ZWESLSTC)
/* zowe-core: The cross-memory server started task runs under the    */
/* ZIS user.                                                         */
TSS LIST(STC) PROCNAME(ZWESISTC)
/* zowe-core: The cross-memory auxiliary address space runs under    */
/* the ZIS user.                                                     */
TSS LIST(STC) PROCNAME(ZWESASTC)
/* zosconnect-server: The z/OS Connect server started task.          */
TSS LIST(STC) PROCNAME(BAQSTRT)
/* zosconnect-server: The Liberty angel process, through which the   */
/* server uses z/OS authorized services.                             */
TSS LIST(STC) PROCNAME(BAQZANGL)
/* ==== resource profiles ========================================== */
/* zis: The profile that guards the cross-memory server against      */
/* unprivileged clients.                                             */
TSS WHOOWNS IBMFAC(ZWES.IS)
/* impersonation: UPDATE on BPX.SERVER lets the Zowe server create   */
/* security environments for its clients.                            */
TSS WHOOWNS IBMFAC(BPX.SERVER)
/* impersonation: UPDATE on BPX.DAEMON lets the Zowe server change   */
/* its identity to the logged-on user.                               */
TSS WHOOWNS IBMFAC(BPX.DAEMON)
/* jobname: READ on BPX.JOBNAME allows setting job names of z/OS     */
/* UNIX address spaces.                                              */
TSS WHOOWNS IBMFAC(BPX.JOBNAME)
/* cert-mapping: READ on IRR.RUSERMAP lets the gateway query         */
/* certificate-to-user mappings.                                     */
TSS WHOOWNS IBMFAC(IRR.RUSERMAP)
/* identity-mapping: READ on IRR.IDIDMAP.QUERY lets the gateway      */
/* query distributed identity mappings.                              */
TSS WHOOWNS IBMFAC(IRR.IDIDMAP.QUERY)
/* smf: READ on IRR.RAUDITX lets the gateway issue SMF audit         */
/* records.                                                          */
TSS WHOOWNS IBMFAC(IRR.RAUDITX)
/* icsf: READ on CSFSERV CSFRNGL lets the Zowe server call the ICSF  */
/* random number service.                                            */
TSS WHOOWNS CSFSERV(CSFRNGL)
/* idt: Defines the identity token profile. The PKCS#11 token, its   */
/* key and the signing parameters (RACF IDTPARMS, ACF2 IDTDATA       */
/* profile record, TSS IDT record) are site-specific and are added   */
/* as the ESM documentation describes.                               */
TSS WHOOWNS IDTDATA(ZWEIDT.ZOWEAPPL)
/* zosconnect-server: READ on BBG.ANGEL lets the server connect to   */
/* the default angel process.                                        */
TSS WHOOWNS SERVER(BBG.ANGEL)
/* zosconnect-server: READ lets the server use the angel's           */
/* authorized SAF services module.                                   */
TSS WHOOWNS SERVER(BBG.AUTHMOD.BBGZSAFM)
/* zosconnect-server: READ lets the server create and check SAF      */
/* credentials for its users.                                        */
TSS WHOOWNS SERVER(BBG.AUTHMOD.BBGZSAFM.SAFCRED)
/* zosconnect-server: READ lets the server classify work with WLM.   */
TSS WHOOWNS SERVER(BBG.AUTHMOD.BBGZSAFM.ZOSWLM)
/* zosconnect-server: READ lets the server take part in RRS          */
/* transactions.                                                     */
TSS WHOOWNS SERVER(BBG.AUTHMOD.BBGZSAFM.TXRRS)
/* zosconnect-server: READ lets the server request SVC dumps.        */
TSS WHOOWNS SERVER(BBG.AUTHMOD.BBGZSAFM.ZOSDUMP)
/* zosconnect-server: READ lets the server use the SAF profile       */
/* prefix of its security configuration.                             */
TSS WHOOWNS SERVER(BBG.SECPFX.BBGZDFLT)
/* zosconnect-server: Only users with READ on the APPL profile of    */
/* the prefix may authenticate to the server.                        */
TSS WHOOWNS APPL(BBGZDFLT)
/* zosconnect-server: The zosConnectAccess role admits users to the  */
/* z/OS Connect APIs (the name is case-sensitive).                   */
TSS WHOOWNS -
  EJBROLE(BBGZDFLT.zos.connect.access.roles.zosConnectAccess)
/* passtickets: The PassTicket key of z/OSMF's application. Replay   */
/* protection is off, as Zowe requires for the services its API      */
/* Gateway signs users on to (the tickets stay between the gateway   */
/* and z/OSMF).                                                      */
TSS LIST(NDT) PSTKAPPL(IZUDFLT)
/* passtickets: UPDATE lets the Zowe server generate PassTickets for */
/* any user signing on to z/OSMF.                                    */
TSS WHOOWNS PTKTDATA(IRRPTAUTH.IZUDFLT.)
/* passtickets: The PassTicket key of the application the CICS       */
/* region requests tickets for.                                      */
TSS LIST(NDT) PSTKAPPL(CICSAPPL)
/* passtickets: UPDATE lets the CICS region generate PassTickets for */
/* that application (REQUEST ENCRYPTPTKT).                           */
TSS WHOOWNS PTKTDATA(IRRPTAUTH.CICSAPPL.)
/* zosconnect-tls: READ lets a user read its own key ring (the       */
/* server and the requesters use theirs).                            */
TSS WHOOWNS IBMFAC(IRR.DIGTCERT.LISTRING)
/* datasets: Generic profile over every Zowe data set.               */
TSS WHOOWNS DATASET(ZWE.)
/* ==== access ===================================================== */
/* zis: The main Zowe server calls the cross-memory server.          */
/* expect ZWESVUSR with READ access                                  */
TSS WHOHAS IBMFAC(ZWES.IS)
/* zis: The auxiliary address space calls the cross-memory server    */
/* under the ZIS user.                                               */
/* expect ZWESIUSR with READ access                                  */
TSS WHOHAS IBMFAC(ZWES.IS)
/* impersonation: UPDATE on BPX.SERVER lets the Zowe server create   */
/* security environments for its clients.                            */
/* expect ZWESVUSR with UPDATE access                                */
TSS WHOHAS IBMFAC(BPX.SERVER)
/* impersonation: UPDATE on BPX.DAEMON lets the Zowe server change   */
/* its identity to the logged-on user.                               */
/* expect ZWESVUSR with UPDATE access                                */
TSS WHOHAS IBMFAC(BPX.DAEMON)
/* impersonation: Where OMVSAPPL is defined, Zowe users need READ on */
/* it to use z/OS UNIX; the profile is not created here.             */
/* expect ZWESVUSR with READ access                                  */
TSS WHOHAS APPL(OMVSAPPL)
/* jobname: READ on BPX.JOBNAME allows setting job names of z/OS     */
/* UNIX address spaces.                                              */
/* expect ZWESVUSR with READ access                                  */
TSS WHOHAS IBMFAC(BPX.JOBNAME)
/* cert-mapping: READ on IRR.RUSERMAP lets the gateway query         */
/* certificate-to-user mappings.                                     */
/* expect ZWESVUSR with READ access                                  */
TSS WHOHAS IBMFAC(IRR.RUSERMAP)
/* identity-mapping: READ on IRR.IDIDMAP.QUERY lets the gateway      */
/* query distributed identity mappings.                              */
/* expect ZWESVUSR with READ access                                  */
TSS WHOHAS IBMFAC(IRR.IDIDMAP.QUERY)
/* smf: READ on IRR.RAUDITX lets the gateway issue SMF audit         */
/* records.                                                          */
/* expect ZWESVUSR with READ access                                  */
TSS WHOHAS IBMFAC(IRR.RAUDITX)
/* icsf: READ on CSFSERV CSFRNGL lets the Zowe server call the ICSF  */
/* random number service.                                            */
/* expect ZWESVUSR with READ access                                  */
TSS WHOHAS CSFSERV(CSFRNGL)
/* zosconnect-server: READ on BBG.ANGEL lets the server connect to   */
/* the default angel process.                                        */
/* expect ZCEESRV with READ access                                   */
TSS WHOHAS SERVER(BBG.ANGEL)
/* zosconnect-server: READ lets the server use the angel's           */
/* authorized SAF services module.                                   */
/* expect ZCEESRV with READ access                                   */
TSS WHOHAS SERVER(BBG.AUTHMOD.BBGZSAFM)
/* zosconnect-server: READ lets the server create and check SAF      */
/* credentials for its users.                                        */
/* expect ZCEESRV with READ access                                   */
TSS WHOHAS SERVER(BBG.AUTHMOD.BBGZSAFM.SAFCRED)
/* zosconnect-server: READ lets the server classify work with WLM.   */
/* expect ZCEESRV with READ access                                   */
TSS WHOHAS SERVER(BBG.AUTHMOD.BBGZSAFM.ZOSWLM)
/* zosconnect-server: READ lets the server take part in RRS          */
/* transactions.                                                     */
/* expect ZCEESRV with READ access                                   */
TSS WHOHAS SERVER(BBG.AUTHMOD.BBGZSAFM.TXRRS)
/* zosconnect-server: READ lets the server request SVC dumps.        */
/* expect ZCEESRV with READ access                                   */
TSS WHOHAS SERVER(BBG.AUTHMOD.BBGZSAFM.ZOSDUMP)
/* zosconnect-server: READ lets the server use the SAF profile       */
/* prefix of its security configuration.                             */
/* expect ZCEESRV with READ access                                   */
TSS WHOHAS SERVER(BBG.SECPFX.BBGZDFLT)
/* zosconnect-server: Only users with READ on the APPL profile of    */
/* the prefix may authenticate to the server.                        */
/* expect WSGUEST with READ access                                   */
TSS WHOHAS APPL(BBGZDFLT)
/* expect ZCEEUSRS with READ access                                  */
TSS WHOHAS APPL(BBGZDFLT)
/* zosconnect-server: The zosConnectAccess role admits users to the  */
/* z/OS Connect APIs (the name is case-sensitive).                   */
/* expect ZCEEUSRS with READ access                                  */
TSS WHOHAS EJBROLE(BBGZDFLT.zos.connect.access.roles.zosConnectAccess)
/* passtickets: UPDATE lets the Zowe server generate PassTickets for */
/* any user signing on to z/OSMF.                                    */
/* expect ZWESVUSR with UPDATE access                                */
TSS WHOHAS PTKTDATA(IRRPTAUTH.IZUDFLT.)
/* passtickets: UPDATE lets the CICS region generate PassTickets for */
/* that application (REQUEST ENCRYPTPTKT).                           */
/* expect CICSUSER with UPDATE access                                */
TSS WHOHAS PTKTDATA(IRRPTAUTH.CICSAPPL.)
/* zosconnect-tls: READ lets a user read its own key ring (the       */
/* server and the requesters use theirs).                            */
/* expect ZCEESRV with READ access                                   */
TSS WHOHAS IBMFAC(IRR.DIGTCERT.LISTRING)
/* zosconnect-tls: READ lets the server map a client certificate to  */
/* a z/OS user id.                                                   */
/* expect ZCEESRV with READ access                                   */
TSS WHOHAS IBMFAC(IRR.RUSERMAP)
/* zosconnect-requester: READ lets the requester read its own key    */
/* ring.                                                             */
/* expect ZCEEREQ with READ access                                   */
TSS WHOHAS IBMFAC(IRR.DIGTCERT.LISTRING)
/* datasets: System programmers install and maintain the Zowe data   */
/* sets.                                                             */
/* expect ZWEADMIN with ALL access                                   */
TSS WHOHAS DATASET(ZWE.)
/* ==== multi-user facilities ====================================== */
/* tss-multiuser: The Zowe server is the master of its facility; add */
/* the users who sign on to it under users.                          */
TSS LIST(ZWESVUSR) DATA(BASIC)
$$
