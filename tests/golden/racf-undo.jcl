//ESMGEN   JOB (ACCT),'ESMGEN UNDO',CLASS=A,MSGCLASS=A,
//             MSGLEVEL=(1,1),NOTIFY=&SYSUID
//* esmgen: undo deck from profiles.yaml (bundled); components:
//* zowe-core, zis, impersonation, jobname, cert-mapping,
//* identity-mapping, smf, icsf, idt, zosconnect-server, passtickets,
//* zosconnect-tls, zosconnect-attls, zosconnect-requester, hlq-group,
//* datasets.
//* No command forces the return code: check every message (or run the
//* verify deck) after the job ends.
//RUN      EXEC PGM=IKJEFT01,REGION=0M
//SYSTSPRT DD SYSOUT=*
//SYSTSIN  DD DATA,DLM=$$
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
