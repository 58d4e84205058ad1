//ESMGEN   JOB (ACCT),'ESMGEN VERIFY',CLASS=A,MSGCLASS=A,
//             MSGLEVEL=(1,1),NOTIFY=&SYSUID
//* esmgen: verify deck from profiles.yaml (bundled); components:
//* zowe-core, zis, impersonation, jobname, cert-mapping,
//* identity-mapping, smf, icsf, idt, zosconnect-server, passtickets,
//* zosconnect-tls, zosconnect-attls, zosconnect-requester, hlq-group,
//* datasets.
//* No command forces the return code: check every message (or run the
//* verify deck) after the job ends.
//RUN      EXEC PGM=IKJEFT01,REGION=0M
//SYSTSPRT DD SYSOUT=*
//SYSTSIN  DD DATA,DLM=$$
/* ==== esmgen 0.1.0: RACF verify deck ============================= */
/* Changes nothing: lists each requirement so it can be checked.     */
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
PROFILE MSGID
SETROPTS LIST
/* ==== resource classes =========================================== */
/* zis, impersonation, jobname, cert-mapping, identity-mapping, smf, */
/* zosconnect-tls, zosconnect-requester: The FACILITY class must be  */
/* active for the profiles below.                                    */
/* expect FACILITY in the SETROPTS LIST output above                 */
/* impersonation, zosconnect-server: The APPL class must be active   */
/* for the profiles below.                                           */
/* expect APPL in the SETROPTS LIST output above                     */
/* icsf: The CSFSERV class must be active for the profiles below.    */
/* expect CSFSERV in the SETROPTS LIST output above                  */
/* idt: The IDTDATA class must be active for the profiles below.     */
/* expect IDTDATA in the SETROPTS LIST output above                  */
/* zosconnect-server: The SERVER class must be active for the        */
/* profiles below.                                                   */
/* expect SERVER in the SETROPTS LIST output above                   */
/* zosconnect-server: The EJBROLE class must be active for the       */
/* profiles below.                                                   */
/* expect EJBROLE in the SETROPTS LIST output above                  */
/* passtickets: The PTKTDATA class must be active for the profiles   */
/* below.                                                            */
/* expect PTKTDATA in the SETROPTS LIST output above                 */
/* datasets: The DATASET class must be active for the profiles       */
/* below.                                                            */
/* expect ENHANCED GENERIC NAMING IS IN EFFECT in the SETROPTS LIST  */
/* output above                                                      */
/* ==== groups ===================================================== */
/* zowe-core: Group of the Zowe administrators, with an OMVS GID.    */
LISTGRP ZWEADMIN OMVS
/* zosconnect-server: Default group of the z/OS Connect server user, */
/* with an OMVS GID.                                                 */
LISTGRP ZCEEGRP OMVS
/* zosconnect-server: Users who may call z/OS Connect APIs; EJBROLE  */
/* users need OMVS segments.                                         */
LISTGRP ZCEEUSRS OMVS
/* hlq-group: Group that owns the Zowe data set prefix.              */
LISTGRP ZWE OMVS
/* ==== users ====================================================== */
/* zowe-core: Protected user (no password) of the main Zowe server,  */
/* with an OMVS segment.                                             */
LISTUSER ZWESVUSR OMVS
/* zowe-core: Protected user of the cross-memory server and its      */
/* auxiliary address space.                                          */
LISTUSER ZWESIUSR OMVS
/* zosconnect-server: Protected user of the z/OS Connect server and  */
/* angel started tasks.                                              */
LISTUSER ZCEESRV OMVS
/* zosconnect-server: Liberty runs requests that carry no            */
/* credentials under this protected user.                            */
LISTUSER WSGUEST OMVS
/* zosconnect-requester: Protected user the API requester runs       */
/* under.                                                            */
LISTUSER ZCEEREQ OMVS
/* ==== certificates =============================================== */
/* zosconnect-tls: The certificate authority that signs the server's */
/* and the requesters' certificates; both sides trust it.            */
RACDCERT LIST(LABEL('ZCEE CA')) CERTAUTH
/* zosconnect-tls: The certificate the server presents in the TLS    */
/* handshake.                                                        */
RACDCERT LIST(LABEL('ZCEE SERVER')) ID(ZCEESRV)
/* zosconnect-requester: The client certificate the requester        */
/* presents to the server.                                           */
RACDCERT LIST(LABEL('ZCEE REQUESTER')) ID(ZCEEREQ)
/* ==== key rings ================================================== */
/* zosconnect-tls: The server's key ring holds its certificate and   */
/* the CA it trusts for client certificates.                         */
RACDCERT LISTRING(ZCEERING) ID(ZCEESRV)
/* zosconnect-requester: The requester's key ring holds its client   */
/* certificate and the CA that signed the server's.                  */
RACDCERT LISTRING(ZCEEREQR) ID(ZCEEREQ)
/* ==== started tasks ============================================== */
/* zowe-core: The Zowe launcher started task runs under the Zowe     */
/* server user and group.                                            */
RLIST STARTED ZWESLSTC.* STDATA
/* zowe-core: The cross-memory server started task runs under the    */
/* ZIS user.                                                         */
RLIST STARTED ZWESISTC.* STDATA
/* zowe-core: The cross-memory auxiliary address space runs under    */
/* the ZIS user.                                                     */
RLIST STARTED ZWESASTC.* STDATA
/* zosconnect-server: The z/OS Connect server started task.          */
RLIST STARTED BAQSTRT.* STDATA
/* zosconnect-server: The Liberty angel process, through which the   */
/* server uses z/OS authorized services.                             */
RLIST STARTED BAQZANGL.* STDATA
/* ==== resource profiles ========================================== */
/* zis: The profile that guards the cross-memory server against      */
/* unprivileged clients.                                             */
RLIST FACILITY ZWES.IS
/* impersonation: UPDATE on BPX.SERVER lets the Zowe server create   */
/* security environments for its clients.                            */
RLIST FACILITY BPX.SERVER
/* impersonation: UPDATE on BPX.DAEMON lets the Zowe server change   */
/* its identity to the logged-on user.                               */
RLIST FACILITY BPX.DAEMON
/* jobname: READ on BPX.JOBNAME allows setting job names of z/OS     */
/* UNIX address spaces.                                              */
RLIST FACILITY BPX.JOBNAME
/* cert-mapping: READ on IRR.RUSERMAP lets the gateway query         */
/* certificate-to-user mappings.                                     */
RLIST FACILITY IRR.RUSERMAP
/* identity-mapping: READ on IRR.IDIDMAP.QUERY lets the gateway      */
/* query distributed identity mappings.                              */
RLIST FACILITY IRR.IDIDMAP.QUERY
/* smf: READ on IRR.RAUDITX lets the gateway issue SMF audit         */
/* records.                                                          */
RLIST FACILITY IRR.RAUDITX
/* icsf: READ on CSFSERV CSFRNGL lets the Zowe server call the ICSF  */
/* random number service.                                            */
RLIST CSFSERV CSFRNGL
/* idt: Defines the identity token profile. The PKCS#11 token, its   */
/* key and the signing parameters (RACF IDTPARMS, ACF2 IDTDATA       */
/* profile record, TSS IDT record) are site-specific and are added   */
/* as the ESM documentation describes.                               */
RLIST IDTDATA ZWEIDT.ZOWEAPPL
/* zosconnect-server: READ on BBG.ANGEL lets the server connect to   */
/* the default angel process.                                        */
RLIST SERVER BBG.ANGEL
/* zosconnect-server: READ lets the server use the angel's           */
/* authorized SAF services module.                                   */
RLIST SERVER BBG.AUTHMOD.BBGZSAFM
/* zosconnect-server: READ lets the server create and check SAF      */
/* credentials for its users.                                        */
RLIST SERVER BBG.AUTHMOD.BBGZSAFM.SAFCRED
/* zosconnect-server: READ lets the server classify work with WLM.   */
RLIST SERVER BBG.AUTHMOD.BBGZSAFM.ZOSWLM
/* zosconnect-server: READ lets the server take part in RRS          */
/* transactions.                                                     */
RLIST SERVER BBG.AUTHMOD.BBGZSAFM.TXRRS
/* zosconnect-server: READ lets the server request SVC dumps.        */
RLIST SERVER BBG.AUTHMOD.BBGZSAFM.ZOSDUMP
/* zosconnect-server: READ lets the server use the SAF profile       */
/* prefix of its security configuration.                             */
RLIST SERVER BBG.SECPFX.BBGZDFLT
/* zosconnect-server: Only users with READ on the APPL profile of    */
/* the prefix may authenticate to the server.                        */
RLIST APPL BBGZDFLT
/* zosconnect-server: The zosConnectAccess role admits users to the  */
/* z/OS Connect APIs (the name is case-sensitive).                   */
RLIST EJBROLE BBGZDFLT.zos.connect.access.roles.zosConnectAccess
/* passtickets: The PassTicket key of z/OSMF's application. Replay   */
/* protection is off, as Zowe requires for the services its API      */
/* Gateway signs users on to (the tickets stay between the gateway   */
/* and z/OSMF).                                                      */
RLIST PTKTDATA IZUDFLT SSIGNON
/* passtickets: UPDATE lets the Zowe server generate PassTickets for */
/* any user signing on to z/OSMF.                                    */
RLIST PTKTDATA IRRPTAUTH.IZUDFLT.*
/* passtickets: The PassTicket key of the application the CICS       */
/* region requests tickets for.                                      */
RLIST PTKTDATA CICSAPPL SSIGNON
/* passtickets: UPDATE lets the CICS region generate PassTickets for */
/* that application (REQUEST ENCRYPTPTKT).                           */
RLIST PTKTDATA IRRPTAUTH.CICSAPPL.*
/* zosconnect-tls: READ lets a user read its own key ring (the       */
/* server and the requesters use theirs).                            */
RLIST FACILITY IRR.DIGTCERT.LISTRING
/* datasets: Generic profile over every Zowe data set. RACF needs    */
/* the first qualifier to be a user or group (ICH09006I otherwise).  */
LISTDSD DATASET('ZWE.*.**') GENERIC
/* ==== access ===================================================== */
/* zis: The main Zowe server calls the cross-memory server.          */
/* expect ZWESVUSR with READ access                                  */
RLIST FACILITY ZWES.IS AUTHUSER
/* zis: The auxiliary address space calls the cross-memory server    */
/* under the ZIS user.                                               */
/* expect ZWESIUSR with READ access                                  */
RLIST FACILITY ZWES.IS AUTHUSER
/* impersonation: UPDATE on BPX.SERVER lets the Zowe server create   */
/* security environments for its clients.                            */
/* expect ZWESVUSR with UPDATE access                                */
RLIST FACILITY BPX.SERVER AUTHUSER
/* impersonation: UPDATE on BPX.DAEMON lets the Zowe server change   */
/* its identity to the logged-on user.                               */
/* expect ZWESVUSR with UPDATE access                                */
RLIST FACILITY BPX.DAEMON AUTHUSER
/* impersonation: Where OMVSAPPL is defined, Zowe users need READ on */
/* it to use z/OS UNIX; the profile is not created here.             */
/* expect ZWESVUSR with READ access                                  */
RLIST APPL OMVSAPPL AUTHUSER
/* jobname: READ on BPX.JOBNAME allows setting job names of z/OS     */
/* UNIX address spaces.                                              */
/* expect ZWESVUSR with READ access                                  */
RLIST FACILITY BPX.JOBNAME AUTHUSER
/* cert-mapping: READ on IRR.RUSERMAP lets the gateway query         */
/* certificate-to-user mappings.                                     */
/* expect ZWESVUSR with READ access                                  */
RLIST FACILITY IRR.RUSERMAP AUTHUSER
/* identity-mapping: READ on IRR.IDIDMAP.QUERY lets the gateway      */
/* query distributed identity mappings.                              */
/* expect ZWESVUSR with READ access                                  */
RLIST FACILITY IRR.IDIDMAP.QUERY AUTHUSER
/* smf: READ on IRR.RAUDITX lets the gateway issue SMF audit         */
/* records.                                                          */
/* expect ZWESVUSR with READ access                                  */
RLIST FACILITY IRR.RAUDITX AUTHUSER
/* icsf: READ on CSFSERV CSFRNGL lets the Zowe server call the ICSF  */
/* random number service.                                            */
/* expect ZWESVUSR with READ access                                  */
RLIST CSFSERV CSFRNGL AUTHUSER
/* zosconnect-server: READ on BBG.ANGEL lets the server connect to   */
/* the default angel process.                                        */
/* expect ZCEESRV with READ access                                   */
RLIST SERVER BBG.ANGEL AUTHUSER
/* zosconnect-server: READ lets the server use the angel's           */
/* authorized SAF services module.                                   */
/* expect ZCEESRV with READ access                                   */
RLIST SERVER BBG.AUTHMOD.BBGZSAFM AUTHUSER
/* zosconnect-server: READ lets the server create and check SAF      */
/* credentials for its users.                                        */
/* expect ZCEESRV with READ access                                   */
RLIST SERVER BBG.AUTHMOD.BBGZSAFM.SAFCRED AUTHUSER
/* zosconnect-server: READ lets the server classify work with WLM.   */
/* expect ZCEESRV with READ access                                   */
RLIST SERVER BBG.AUTHMOD.BBGZSAFM.ZOSWLM AUTHUSER
/* zosconnect-server: READ lets the server take part in RRS          */
/* transactions.                                                     */
/* expect ZCEESRV with READ access                                   */
RLIST SERVER BBG.AUTHMOD.BBGZSAFM.TXRRS AUTHUSER
/* zosconnect-server: READ lets the server request SVC dumps.        */
/* expect ZCEESRV with READ access                                   */
RLIST SERVER BBG.AUTHMOD.BBGZSAFM.ZOSDUMP AUTHUSER
/* zosconnect-server: READ lets the server use the SAF profile       */
/* prefix of its security configuration.                             */
/* expect ZCEESRV with READ access                                   */
RLIST SERVER BBG.SECPFX.BBGZDFLT AUTHUSER
/* zosconnect-server: Only users with READ on the APPL profile of    */
/* the prefix may authenticate to the server.                        */
/* expect WSGUEST with READ access                                   */
RLIST APPL BBGZDFLT AUTHUSER
/* expect ZCEEUSRS with READ access                                  */
RLIST APPL BBGZDFLT AUTHUSER
/* zosconnect-server: The zosConnectAccess role admits users to the  */
/* z/OS Connect APIs (the name is case-sensitive).                   */
/* expect ZCEEUSRS with READ access                                  */
RLIST EJBROLE BBGZDFLT.zos.connect.access.roles.zosConnectAccess -
  AUTHUSER
/* passtickets: UPDATE lets the Zowe server generate PassTickets for */
/* any user signing on to z/OSMF.                                    */
/* expect ZWESVUSR with UPDATE access                                */
RLIST PTKTDATA IRRPTAUTH.IZUDFLT.* AUTHUSER
/* passtickets: UPDATE lets the CICS region generate PassTickets for */
/* that application (REQUEST ENCRYPTPTKT).                           */
/* expect CICSUSER with UPDATE access                                */
RLIST PTKTDATA IRRPTAUTH.CICSAPPL.* AUTHUSER
/* zosconnect-tls: READ lets a user read its own key ring (the       */
/* server and the requesters use theirs).                            */
/* expect ZCEESRV with READ access                                   */
RLIST FACILITY IRR.DIGTCERT.LISTRING AUTHUSER
/* zosconnect-tls: READ lets the server map a client certificate to  */
/* a z/OS user id.                                                   */
/* expect ZCEESRV with READ access                                   */
RLIST FACILITY IRR.RUSERMAP AUTHUSER
/* zosconnect-requester: READ lets the requester read its own key    */
/* ring.                                                             */
/* expect ZCEEREQ with READ access                                   */
RLIST FACILITY IRR.DIGTCERT.LISTRING AUTHUSER
/* datasets: System programmers install and maintain the Zowe data   */
/* sets.                                                             */
/* expect ZWEADMIN with ALTER access                                 */
LISTDSD DATASET('ZWE.*.**') GENERIC AUTHUSER
$$
