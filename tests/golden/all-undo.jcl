//ESMGEN   JOB (ACCT),'ESMGEN UNDO',CLASS=A,MSGCLASS=A,
//             MSGLEVEL=(1,1),NOTIFY=&SYSUID
//* esmgen: undo deck from profiles.yaml (bundled); components:
//* zowe-core, zis, impersonation, jobname, cert-mapping,
//* identity-mapping, smf, icsf, tss-multiuser, idt, zosconnect-server,
//* passtickets, zosconnect-tls, zosconnect-attls,
//* zosconnect-requester, hlq-group, datasets.
//* No command forces the return code: check every message (or run the
//* verify deck) after the job ends.
//* Set PRODUCT to the security manager of this system: RACF, ACF2,
//* TSS.
//* SYSTSIN reads the in-stream data set of that name.
//         SET PRODUCT=RACF
//RUN      EXEC PGM=IKJEFT01,REGION=0M
//SYSTSPRT DD SYSOUT=*
//SYSTSIN  DD DDNAME=&PRODUCT
//RACF     DD DATA,DLM=$$
/* ==== esmgen 0.1.0: RACF undo deck =============================== */
/* Removes what the setup deck defined, in reverse order.            */
/* System-wide profiles and class activation are left; only esmgen's */
/* grants on them are removed.                                       */
/* Spec: profiles.yaml (bundled) sha256 75ece7d5b9a83101             */
/* Components: zowe-core, zis, impersonation, jobname, cert-mapping, */
/* identity-mapping, smf, icsf, idt, zosconnect-server, passtickets, */
/* zosconnect-tls, zosconnect-attls, zosconnect-requester,           */
/* hlq-group, datasets                                               */
/* Variables: admin_group=ZWEADMIN, aux_stc=ZWESASTC,                */
/* cert_expires=2030-12-31, cics_appl=CICSAPPL,                      */
/* cics_region_user=CICSUSER, hlq=ZWE, hlq_group=ZWE,                */
/* idt_profile=ZWEIDT.ZOWEAPPL, stc_group=ZWEADMIN,                  */
/* sysprog_group=ZWEADMIN, tss_department=ZWEDEPT,                   */
/* tss_system_owner=, unix_home=/tmp, zcon_angel_stc=BAQZANGL,       */
/* zcon_api_group=ZCEEUSRS, zcon_group=ZCEEGRP,                      */
/* zcon_host=zosconnect.example.com, zcon_https_port=9443,           */
/* zcon_keyring=ZCEERING, zcon_prefix=BBGZDFLT,                      */
/* zcon_requester_ring=ZCEEREQR, zcon_requester_user=ZCEEREQ,        */
/* zcon_server_stc=BAQSTRT, zcon_server_user=ZCEESRV,                */
/* zcon_unauth_user=WSGUEST, zis_stc=ZWESISTC, zis_user=ZWESIUSR,    */
/* zosmf_appl=IZUDFLT, zowe_stc=ZWESLSTC, zowe_user=ZWESVUSR         */
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
/* ==== access ===================================================== */
/* datasets: System programmers install and maintain the Zowe data   */
/* sets.                                                             */
PERMIT 'ZWE.*.**' CLASS(DATASET) GENERIC DELETE ID(ZWEADMIN)
/* zosconnect-requester: READ lets the requester read its own key    */
/* ring.                                                             */
PERMIT IRR.DIGTCERT.LISTRING CLASS(FACILITY) DELETE ID(ZCEEREQ)
/* zosconnect-tls: READ lets the server map a client certificate to  */
/* a z/OS user id.                                                   */
PERMIT IRR.RUSERMAP CLASS(FACILITY) DELETE ID(ZCEESRV)
/* zosconnect-tls: READ lets a user read its own key ring (the       */
/* server and the requesters use theirs).                            */
PERMIT IRR.DIGTCERT.LISTRING CLASS(FACILITY) DELETE ID(ZCEESRV)
/* passtickets: UPDATE lets the CICS region generate PassTickets for */
/* that application (REQUEST ENCRYPTPTKT).                           */
PERMIT IRRPTAUTH.CICSAPPL.* CLASS(PTKTDATA) DELETE ID(CICSUSER)
/* passtickets: UPDATE lets the Zowe server generate PassTickets for */
/* any user signing on to z/OSMF.                                    */
PERMIT IRRPTAUTH.IZUDFLT.* CLASS(PTKTDATA) DELETE ID(ZWESVUSR)
/* zosconnect-server: The zosConnectAccess role admits users to the  */
/* z/OS Connect APIs (the name is case-sensitive).                   */
PERMIT BBGZDFLT.zos.connect.access.roles.zosConnectAccess -
  CLASS(EJBROLE) DELETE ID(ZCEEUSRS)
/* zosconnect-server: Only users with READ on the APPL profile of    */
/* the prefix may authenticate to the server.                        */
PERMIT BBGZDFLT CLASS(APPL) DELETE ID(ZCEEUSRS)
PERMIT BBGZDFLT CLASS(APPL) DELETE ID(WSGUEST)
/* zosconnect-server: READ lets the server use the SAF profile       */
/* prefix of its security configuration.                             */
PERMIT BBG.SECPFX.BBGZDFLT CLASS(SERVER) DELETE ID(ZCEESRV)
/* zosconnect-server: READ lets the server request SVC dumps.        */
PERMIT BBG.AUTHMOD.BBGZSAFM.ZOSDUMP CLASS(SERVER) DELETE ID(ZCEESRV)
/* zosconnect-server: READ lets the server take part in RRS          */
/* transactions.                                                     */
PERMIT BBG.AUTHMOD.BBGZSAFM.TXRRS CLASS(SERVER) DELETE ID(ZCEESRV)
/* zosconnect-server: READ lets the server classify work with WLM.   */
PERMIT BBG.AUTHMOD.BBGZSAFM.ZOSWLM CLASS(SERVER) DELETE ID(ZCEESRV)
/* zosconnect-server: READ lets the server create and check SAF      */
/* credentials for its users.                                        */
PERMIT BBG.AUTHMOD.BBGZSAFM.SAFCRED CLASS(SERVER) DELETE ID(ZCEESRV)
/* zosconnect-server: READ lets the server use the angel's           */
/* authorized SAF services module.                                   */
PERMIT BBG.AUTHMOD.BBGZSAFM CLASS(SERVER) DELETE ID(ZCEESRV)
/* zosconnect-server: READ on BBG.ANGEL lets the server connect to   */
/* the default angel process.                                        */
PERMIT BBG.ANGEL CLASS(SERVER) DELETE ID(ZCEESRV)
/* icsf: READ on CSFSERV CSFRNGL lets the Zowe server call the ICSF  */
/* random number service.                                            */
PERMIT CSFRNGL CLASS(CSFSERV) DELETE ID(ZWESVUSR)
/* smf: READ on IRR.RAUDITX lets the gateway issue SMF audit         */
/* records.                                                          */
PERMIT IRR.RAUDITX CLASS(FACILITY) DELETE ID(ZWESVUSR)
/* identity-mapping: READ on IRR.IDIDMAP.QUERY lets the gateway      */
/* query distributed identity mappings.                              */
PERMIT IRR.IDIDMAP.QUERY CLASS(FACILITY) DELETE ID(ZWESVUSR)
/* cert-mapping: READ on IRR.RUSERMAP lets the gateway query         */
/* certificate-to-user mappings.                                     */
PERMIT IRR.RUSERMAP CLASS(FACILITY) DELETE ID(ZWESVUSR)
/* jobname: READ on BPX.JOBNAME allows setting job names of z/OS     */
/* UNIX address spaces.                                              */
PERMIT BPX.JOBNAME CLASS(FACILITY) DELETE ID(ZWESVUSR)
/* impersonation: Where OMVSAPPL is defined, Zowe users need READ on */
/* it to use z/OS UNIX; the profile is not created here.             */
PERMIT OMVSAPPL CLASS(APPL) DELETE ID(ZWESVUSR)
/* impersonation: UPDATE on BPX.DAEMON lets the Zowe server change   */
/* its identity to the logged-on user.                               */
PERMIT BPX.DAEMON CLASS(FACILITY) DELETE ID(ZWESVUSR)
/* impersonation: UPDATE on BPX.SERVER lets the Zowe server create   */
/* security environments for its clients.                            */
PERMIT BPX.SERVER CLASS(FACILITY) DELETE ID(ZWESVUSR)
/* zis: The auxiliary address space calls the cross-memory server    */
/* under the ZIS user.                                               */
PERMIT ZWES.IS CLASS(FACILITY) DELETE ID(ZWESIUSR)
/* zis: The main Zowe server calls the cross-memory server.          */
PERMIT ZWES.IS CLASS(FACILITY) DELETE ID(ZWESVUSR)
/* ==== resource profiles ========================================== */
/* datasets: Generic profile over every Zowe data set. RACF needs    */
/* the first qualifier to be a user or group (ICH09006I otherwise).  */
DELDSD 'ZWE.*.**' GENERIC
/* zosconnect-tls: READ lets a user read its own key ring (the       */
/* server and the requesters use theirs).                            */
/* FACILITY IRR.DIGTCERT.LISTRING is system-wide and stays; only     */
/* esmgen's access is removed                                        */
/* passtickets: UPDATE lets the CICS region generate PassTickets for */
/* that application (REQUEST ENCRYPTPTKT).                           */
RDELETE PTKTDATA IRRPTAUTH.CICSAPPL.*
/* passtickets: The PassTicket key of the application the CICS       */
/* region requests tickets for.                                      */
RDELETE PTKTDATA CICSAPPL
/* passtickets: UPDATE lets the Zowe server generate PassTickets for */
/* any user signing on to z/OSMF.                                    */
RDELETE PTKTDATA IRRPTAUTH.IZUDFLT.*
/* passtickets: The PassTicket key of z/OSMF's application. Replay   */
/* protection is off, as Zowe requires for the services its API      */
/* Gateway signs users on to (the tickets stay between the gateway   */
/* and z/OSMF).                                                      */
RDELETE PTKTDATA IZUDFLT
/* zosconnect-server: The zosConnectAccess role admits users to the  */
/* z/OS Connect APIs (the name is case-sensitive).                   */
RDELETE EJBROLE BBGZDFLT.zos.connect.access.roles.zosConnectAccess
/* zosconnect-server: Only users with READ on the APPL profile of    */
/* the prefix may authenticate to the server.                        */
RDELETE APPL BBGZDFLT
/* zosconnect-server: READ lets the server use the SAF profile       */
/* prefix of its security configuration.                             */
RDELETE SERVER BBG.SECPFX.BBGZDFLT
/* zosconnect-server: READ lets the server request SVC dumps.        */
/* SERVER BBG.AUTHMOD.BBGZSAFM.ZOSDUMP is system-wide and stays;     */
/* only esmgen's access is removed                                   */
/* zosconnect-server: READ lets the server take part in RRS          */
/* transactions.                                                     */
/* SERVER BBG.AUTHMOD.BBGZSAFM.TXRRS is system-wide and stays; only  */
/* esmgen's access is removed                                        */
/* zosconnect-server: READ lets the server classify work with WLM.   */
/* SERVER BBG.AUTHMOD.BBGZSAFM.ZOSWLM is system-wide and stays; only */
/* esmgen's access is removed                                        */
/* zosconnect-server: READ lets the server create and check SAF      */
/* credentials for its users.                                        */
/* SERVER BBG.AUTHMOD.BBGZSAFM.SAFCRED is system-wide and stays;     */
/* only esmgen's access is removed                                   */
/* zosconnect-server: READ lets the server use the angel's           */
/* authorized SAF services module.                                   */
/* SERVER BBG.AUTHMOD.BBGZSAFM is system-wide and stays; only        */
/* esmgen's access is removed                                        */
/* zosconnect-server: READ on BBG.ANGEL lets the server connect to   */
/* the default angel process.                                        */
/* SERVER BBG.ANGEL is system-wide and stays; only esmgen's access   */
/* is removed                                                        */
/* idt: Defines the identity token profile. The PKCS#11 token, its   */
/* key and the signing parameters (RACF IDTPARMS, ACF2 IDTDATA       */
/* profile record, TSS IDT record) are site-specific and are added   */
/* as the ESM documentation describes.                               */
RDELETE IDTDATA ZWEIDT.ZOWEAPPL
/* icsf: READ on CSFSERV CSFRNGL lets the Zowe server call the ICSF  */
/* random number service.                                            */
/* CSFSERV CSFRNGL is system-wide and stays; only esmgen's access is */
/* removed                                                           */
/* smf: READ on IRR.RAUDITX lets the gateway issue SMF audit         */
/* records.                                                          */
/* FACILITY IRR.RAUDITX is system-wide and stays; only esmgen's      */
/* access is removed                                                 */
/* identity-mapping: READ on IRR.IDIDMAP.QUERY lets the gateway      */
/* query distributed identity mappings.                              */
/* FACILITY IRR.IDIDMAP.QUERY is system-wide and stays; only         */
/* esmgen's access is removed                                        */
/* cert-mapping: READ on IRR.RUSERMAP lets the gateway query         */
/* certificate-to-user mappings.                                     */
/* FACILITY IRR.RUSERMAP is system-wide and stays; only esmgen's     */
/* access is removed                                                 */
/* jobname: READ on BPX.JOBNAME allows setting job names of z/OS     */
/* UNIX address spaces.                                              */
/* FACILITY BPX.JOBNAME is system-wide and stays; only esmgen's      */
/* access is removed                                                 */
/* impersonation: UPDATE on BPX.DAEMON lets the Zowe server change   */
/* its identity to the logged-on user.                               */
/* FACILITY BPX.DAEMON is system-wide and stays; only esmgen's       */
/* access is removed                                                 */
/* impersonation: UPDATE on BPX.SERVER lets the Zowe server create   */
/* security environments for its clients.                            */
/* FACILITY BPX.SERVER is system-wide and stays; only esmgen's       */
/* access is removed                                                 */
/* zis: The profile that guards the cross-memory server against      */
/* unprivileged clients.                                             */
RDELETE FACILITY ZWES.IS
/* ==== started tasks ============================================== */
/* zosconnect-server: The Liberty angel process, through which the   */
/* server uses z/OS authorized services.                             */
RDELETE STARTED BAQZANGL.*
/* zosconnect-server: The z/OS Connect server started task.          */
RDELETE STARTED BAQSTRT.*
/* zowe-core: The cross-memory auxiliary address space runs under    */
/* the ZIS user.                                                     */
RDELETE STARTED ZWESASTC.*
/* zowe-core: The cross-memory server started task runs under the    */
/* ZIS user.                                                         */
RDELETE STARTED ZWESISTC.*
/* zowe-core: The Zowe launcher started task runs under the Zowe     */
/* server user and group.                                            */
RDELETE STARTED ZWESLSTC.*
/* ==== key rings ================================================== */
/* zosconnect-requester: The requester's key ring holds its client   */
/* certificate and the CA that signed the server's.                  */
RACDCERT DELRING(ZCEEREQR) ID(ZCEEREQ)
/* zosconnect-tls: The server's key ring holds its certificate and   */
/* the CA it trusts for client certificates.                         */
RACDCERT DELRING(ZCEERING) ID(ZCEESRV)
/* ==== certificates =============================================== */
/* zosconnect-requester: The client certificate the requester        */
/* presents to the server.                                           */
RACDCERT DELETE(LABEL('ZCEE REQUESTER')) ID(ZCEEREQ)
/* zosconnect-tls: The certificate the server presents in the TLS    */
/* handshake.                                                        */
RACDCERT DELETE(LABEL('ZCEE SERVER')) ID(ZCEESRV)
/* zosconnect-tls: The certificate authority that signs the server's */
/* and the requesters' certificates; both sides trust it.            */
RACDCERT DELETE(LABEL('ZCEE CA')) CERTAUTH
/* ==== users ====================================================== */
/* zosconnect-requester: Protected user the API requester runs       */
/* under.                                                            */
DELUSER ZCEEREQ
/* zosconnect-server: Liberty runs requests that carry no            */
/* credentials under this protected user.                            */
DELUSER WSGUEST
/* zosconnect-server: Protected user of the z/OS Connect server and  */
/* angel started tasks.                                              */
DELUSER ZCEESRV
/* zowe-core: Protected user of the cross-memory server and its      */
/* auxiliary address space.                                          */
DELUSER ZWESIUSR
/* zowe-core: Protected user (no password) of the main Zowe server,  */
/* with an OMVS segment.                                             */
DELUSER ZWESVUSR
/* ==== groups ===================================================== */
/* zosconnect-server: Users who may call z/OS Connect APIs; EJBROLE  */
/* users need OMVS segments.                                         */
DELGROUP ZCEEUSRS
/* zosconnect-server: Default group of the z/OS Connect server user, */
/* with an OMVS GID.                                                 */
DELGROUP ZCEEGRP
/* zowe-core: Group of the Zowe administrators, with an OMVS GID.    */
DELGROUP ZWEADMIN
/* ==== refresh ==================================================== */
SETROPTS RACLIST(DIGTCERT DIGTRING) REFRESH
SETROPTS RACLIST(STARTED) REFRESH
SETROPTS RACLIST(APPL) REFRESH
SETROPTS RACLIST(CSFSERV) REFRESH
SETROPTS GENERIC(DATASET) REFRESH
SETROPTS RACLIST(EJBROLE) REFRESH
SETROPTS RACLIST(FACILITY) REFRESH
SETROPTS RACLIST(IDTDATA) REFRESH
SETROPTS RACLIST(PTKTDATA) REFRESH
SETROPTS RACLIST(SERVER) REFRESH
$$
//ACF2     DD DATA,DLM=$$
/* ==== esmgen 0.1.0: ACF2 undo deck =============================== */
/* Removes what the setup deck defined, in reverse order.            */
/* System-wide profiles and class activation are left; only esmgen's */
/* grants on them are removed.                                       */
/* Spec: profiles.yaml (bundled) sha256 75ece7d5b9a83101             */
/* Components: zowe-core, zis, impersonation, jobname, cert-mapping, */
/* identity-mapping, smf, icsf, idt, zosconnect-server, passtickets, */
/* zosconnect-tls, zosconnect-attls, zosconnect-requester,           */
/* hlq-group, datasets                                               */
/* Variables: admin_group=ZWEADMIN, aux_stc=ZWESASTC,                */
/* cert_expires=2030-12-31, cics_appl=CICSAPPL,                      */
/* cics_region_user=CICSUSER, hlq=ZWE, hlq_group=ZWE,                */
/* idt_profile=ZWEIDT.ZOWEAPPL, stc_group=ZWEADMIN,                  */
/* sysprog_group=ZWEADMIN, tss_department=ZWEDEPT,                   */
/* tss_system_owner=, unix_home=/tmp, zcon_angel_stc=BAQZANGL,       */
/* zcon_api_group=ZCEEUSRS, zcon_group=ZCEEGRP,                      */
/* zcon_host=zosconnect.example.com, zcon_https_port=9443,           */
/* zcon_keyring=ZCEERING, zcon_prefix=BBGZDFLT,                      */
/* zcon_requester_ring=ZCEEREQR, zcon_requester_user=ZCEEREQ,        */
/* zcon_server_stc=BAQSTRT, zcon_server_user=ZCEESRV,                */
/* zcon_unauth_user=WSGUEST, zis_stc=ZWESISTC, zis_user=ZWESIUSR,    */
/* zosmf_appl=IZUDFLT, zowe_stc=ZWESLSTC, zowe_user=ZWESVUSR         */
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
ACF
* ==== access ========================================================
* datasets: System programmers install and maintain the Zowe data
* sets.
SET RULE
RECKEY ZWE DEL(- ROLE(ZWEADMIN) READ(A) WRITE(A) ALLOC(A) EXEC(A))
* zosconnect-requester: READ lets the requester read its own key ring.
SET RESOURCE(FAC)
RECKEY IRR DEL(DIGTCERT.LISTRING ROLE(ZCEEREQ) SERVICE(READ) ALLOW)
* zosconnect-tls: READ lets the server map a client certificate to a
* z/OS user id.
RECKEY IRR DEL(RUSERMAP ROLE(ZCEESRV) SERVICE(READ) ALLOW)
* zosconnect-tls: READ lets a user read its own key ring (the server
* and the requesters use theirs).
RECKEY IRR DEL(DIGTCERT.LISTRING ROLE(ZCEESRV) SERVICE(READ) ALLOW)
* passtickets: UPDATE lets the CICS region generate PassTickets for
* that application (REQUEST ENCRYPTPTKT).
* role CICSUSER stays: CICSUSER is not the spec's own user, so the
* role may be the site's
SET RESOURCE(PTK)
RECKEY IRRPTAUTH DEL(CICSAPPL.- ROLE(CICSUSER) SERVICE(READ,UPDATE) -
  ALLOW)
* passtickets: UPDATE lets the Zowe server generate PassTickets for
* any user signing on to z/OSMF.
RECKEY IRRPTAUTH DEL(IZUDFLT.- ROLE(ZWESVUSR) SERVICE(READ,UPDATE) -
  ALLOW)
* zosconnect-server: The zosConnectAccess role admits users to the
* z/OS Connect APIs (the name is case-sensitive).
SET RESOURCE(EJB)
RECKEY BBGZDFLT DEL(zos.connect.access.roles.zosConnectAccess -
  ROLE(ZCEEUSRS) SERVICE(READ) ALLOW)
* zosconnect-server: Only users with READ on the APPL profile of the
* prefix may authenticate to the server.
SET RESOURCE(APL)
RECKEY BBGZDFLT DEL(ROLE(ZCEEUSRS) SERVICE(READ) ALLOW)
RECKEY BBGZDFLT DEL(ROLE(WSGUEST) SERVICE(READ) ALLOW)
* zosconnect-server: READ lets the server use the SAF profile prefix
* of its security configuration.
SET RESOURCE(SVR)
RECKEY BBG DEL(SECPFX.BBGZDFLT ROLE(ZCEESRV) SERVICE(READ) ALLOW)
* zosconnect-server: READ lets the server request SVC dumps.
RECKEY BBG DEL(AUTHMOD.BBGZSAFM.ZOSDUMP ROLE(ZCEESRV) SERVICE(READ) -
  ALLOW)
* zosconnect-server: READ lets the server take part in RRS
* transactions.
RECKEY BBG DEL(AUTHMOD.BBGZSAFM.TXRRS ROLE(ZCEESRV) SERVICE(READ) -
  ALLOW)
* zosconnect-server: READ lets the server classify work with WLM.
RECKEY BBG DEL(AUTHMOD.BBGZSAFM.ZOSWLM ROLE(ZCEESRV) SERVICE(READ) -
  ALLOW)
* zosconnect-server: READ lets the server create and check SAF
* credentials for its users.
RECKEY BBG DEL(AUTHMOD.BBGZSAFM.SAFCRED ROLE(ZCEESRV) SERVICE(READ) -
  ALLOW)
* zosconnect-server: READ lets the server use the angel's authorized
* SAF services module.
RECKEY BBG DEL(AUTHMOD.BBGZSAFM ROLE(ZCEESRV) SERVICE(READ) ALLOW)
* zosconnect-server: READ on BBG.ANGEL lets the server connect to the
* default angel process.
RECKEY BBG DEL(ANGEL ROLE(ZCEESRV) SERVICE(READ) ALLOW)
* icsf: READ on CSFSERV CSFRNGL lets the Zowe server call the ICSF
* random number service.
SET RESOURCE(CSF)
RECKEY CSFRNGL DEL(ROLE(ZWESVUSR) SERVICE(READ) ALLOW)
* smf: READ on IRR.RAUDITX lets the gateway issue SMF audit records.
SET RESOURCE(FAC)
RECKEY IRR DEL(RAUDITX ROLE(ZWESVUSR) SERVICE(READ) ALLOW)
* identity-mapping: READ on IRR.IDIDMAP.QUERY lets the gateway query
* distributed identity mappings.
RECKEY IRR DEL(IDIDMAP.QUERY ROLE(ZWESVUSR) SERVICE(READ) ALLOW)
* cert-mapping: READ on IRR.RUSERMAP lets the gateway query
* certificate-to-user mappings.
RECKEY IRR DEL(RUSERMAP ROLE(ZWESVUSR) SERVICE(READ) ALLOW)
* jobname: READ on BPX.JOBNAME allows setting job names of z/OS UNIX
* address spaces.
RECKEY BPX DEL(JOBNAME ROLE(ZWESVUSR) SERVICE(READ) ALLOW)
* impersonation: Where OMVSAPPL is defined, Zowe users need READ on it
* to use z/OS UNIX; the profile is not created here.
SET RESOURCE(APL)
RECKEY OMVSAPPL DEL(ROLE(ZWESVUSR) SERVICE(READ) ALLOW)
* impersonation: UPDATE on BPX.DAEMON lets the Zowe server change its
* identity to the logged-on user.
SET RESOURCE(FAC)
RECKEY BPX DEL(DAEMON ROLE(ZWESVUSR) SERVICE(READ,UPDATE) ALLOW)
* impersonation: UPDATE on BPX.SERVER lets the Zowe server create
* security environments for its clients.
RECKEY BPX DEL(SERVER ROLE(ZWESVUSR) SERVICE(READ,UPDATE) ALLOW)
* zis: The auxiliary address space calls the cross-memory server under
* the ZIS user.
RECKEY ZWES DEL(IS ROLE(ZWESIUSR) SERVICE(READ) ALLOW)
* zis: The main Zowe server calls the cross-memory server.
RECKEY ZWES DEL(IS ROLE(ZWESVUSR) SERVICE(READ) ALLOW)
* ==== resource profiles =============================================
* datasets: Generic profile over every Zowe data set.
SET RULE
RECKEY ZWE DEL(- ROLE(-) READ(A) EXEC(A))
* passtickets: UPDATE lets the CICS region generate PassTickets for
* that application (REQUEST ENCRYPTPTKT).
* PTKTDATA IRRPTAUTH.CICSAPPL.*: the rule set IRRPTAUTH is left;
* esmgen removes only its own lines
* passtickets: The PassTicket key of the application the CICS region
* requests tickets for.
SET PROFILE(PTKTDATA) DIVISION(SSIGNON)
DELETE CICSAPPL
* passtickets: UPDATE lets the Zowe server generate PassTickets for
* any user signing on to z/OSMF.
* PTKTDATA IRRPTAUTH.IZUDFLT.*: the rule set IRRPTAUTH is left; esmgen
* removes only its own lines
* passtickets: The PassTicket key of z/OSMF's application. Replay
* protection is off, as Zowe requires for the services its API Gateway
* signs users on to (the tickets stay between the gateway and z/OSMF).
DELETE IZUDFLT
* zosconnect-server: The zosConnectAccess role admits users to the
* z/OS Connect APIs (the name is case-sensitive).
* EJBROLE BBGZDFLT.zos.connect.access.roles.zosConnectAccess: the rule
* set BBGZDFLT is left; esmgen removes only its own lines
* zosconnect-server: Only users with READ on the APPL profile of the
* prefix may authenticate to the server.
* APPL BBGZDFLT: the rule set BBGZDFLT is left; esmgen removes only
* its own lines
* zosconnect-server: READ lets the server use the SAF profile prefix
* of its security configuration.
* SERVER BBG.SECPFX.BBGZDFLT: the rule set BBG is left; esmgen removes
* only its own lines
* idt: Defines the identity token profile. The PKCS#11 token, its key
* and the signing parameters (RACF IDTPARMS, ACF2 IDTDATA profile
* record, TSS IDT record) are site-specific and are added as the ESM
* documentation describes.
* IDTDATA ZWEIDT.ZOWEAPPL: the rule set ZWEIDT is left; esmgen removes
* only its own lines
* zis: The profile that guards the cross-memory server against
* unprivileged clients.
* FACILITY ZWES.IS: the rule set ZWES is left; esmgen removes only its
* own lines
* ==== started tasks =================================================
* zosconnect-server: The Liberty angel process, through which the
* server uses z/OS authorized services.
SET CONTROL(GSO)
DELETE STC.BAQZANGL
* zosconnect-server: The z/OS Connect server started task.
DELETE STC.BAQSTRT
* zowe-core: The cross-memory auxiliary address space runs under the
* ZIS user.
DELETE STC.ZWESASTC
* zowe-core: The cross-memory server started task runs under the ZIS
* user.
DELETE STC.ZWESISTC
* zowe-core: The Zowe launcher started task runs under the Zowe server
* user and group.
DELETE STC.ZWESLSTC
* ==== key rings =====================================================
* zosconnect-requester: The requester's key ring holds its client
* certificate and the CA that signed the server's.
SET PROFILE(USER) DIVISION(KEYRING)
DELETE ZCEEREQ.ZCEEREQR
* zosconnect-tls: The server's key ring holds its certificate and the
* CA it trusts for client certificates.
DELETE ZCEESRV.ZCEERING
* ==== certificates ==================================================
* zosconnect-requester: The client certificate the requester presents
* to the server.
SET PROFILE(USER) DIVISION(CERTDATA)
DELETE ZCEEREQ.ZCEEREQ
* zosconnect-tls: The certificate the server presents in the TLS
* handshake.
DELETE ZCEESRV.ZCEESRV
* zosconnect-tls: The certificate authority that signs the server's
* and the requesters' certificates; both sides trust it.
DELETE CERTAUTH.ZCEECA
* ==== users =========================================================
* zosconnect-requester: Protected user the API requester runs under.
SET X(ROL)
CHANGE ZCEEGRP INCLUDE(ZCEEREQ) DEL
DELETE ZCEEREQ
SET LID
DELETE ZCEEREQ
* zosconnect-server: Liberty runs requests that carry no credentials
* under this protected user.
SET X(ROL)
CHANGE ZCEEGRP INCLUDE(WSGUEST) DEL
DELETE WSGUEST
SET LID
DELETE WSGUEST
* zosconnect-server: Protected user of the z/OS Connect server and
* angel started tasks.
SET X(ROL)
CHANGE ZCEEGRP INCLUDE(ZCEESRV) DEL
DELETE ZCEESRV
SET PROFILE(USER) DIVISION(OMVS)
DELETE ZCEESRV
SET LID
DELETE ZCEESRV
* zowe-core: Protected user of the cross-memory server and its
* auxiliary address space.
SET X(ROL)
CHANGE ZWEADMIN INCLUDE(ZWESIUSR) DEL
DELETE ZWESIUSR
SET PROFILE(USER) DIVISION(OMVS)
DELETE ZWESIUSR
SET LID
DELETE ZWESIUSR
* zowe-core: Protected user (no password) of the main Zowe server,
* with an OMVS segment.
SET X(ROL)
CHANGE ZWEADMIN INCLUDE(ZWESVUSR) DEL
DELETE ZWESVUSR
SET PROFILE(USER) DIVISION(OMVS)
DELETE ZWESVUSR
SET LID
DELETE ZWESVUSR
* ==== groups ========================================================
* zosconnect-server: Users who may call z/OS Connect APIs; EJBROLE
* users need OMVS segments.
SET PROFILE(GROUP) DIVISION(OMVS)
DELETE ZCEEUSRS
* zosconnect-server: Default group of the z/OS Connect server user,
* with an OMVS GID.
SET X(ROL)
DELETE ZCEEGRP
SET PROFILE(GROUP) DIVISION(OMVS)
DELETE ZCEEGRP
* zowe-core: Group of the Zowe administrators, with an OMVS GID.
SET X(ROL)
DELETE ZWEADMIN
SET PROFILE(GROUP) DIVISION(OMVS)
DELETE ZWEADMIN
* ==== refresh =======================================================
F ACF2,REBUILD(GRP),CLASS(P)
F ACF2,REBUILD(USR),CLASS(P),DIVISION(OMVS)
F ACF2,OMVS
F ACF2,NEWXREF,TYPE(ROL)
F ACF2,REBUILD(USR),CLASS(P),DIVISION(KEYRING)
F ACF2,REFRESH(STC)
F ACF2,REBUILD(APL)
F ACF2,REBUILD(CSF)
F ACF2,REBUILD(EJB)
F ACF2,REBUILD(FAC)
F ACF2,REBUILD(IDT)
F ACF2,REBUILD(PTK)
F ACF2,REBUILD(SVR)
F ACF2,REBUILD(PTK),CLASS(P)
END
$$
//TSS      DD DATA,DLM=$$
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
