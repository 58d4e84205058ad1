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
