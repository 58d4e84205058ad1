//ESMGEN   JOB (ACCT),'ESMGEN SETUP',CLASS=A,MSGCLASS=A,
//             MSGLEVEL=(1,1),NOTIFY=&SYSUID
//* esmgen: setup deck from profiles.yaml (bundled); components:
//* zowe-core, zis, impersonation, jobname, cert-mapping,
//* identity-mapping, smf, icsf, idt, zosconnect-server, passtickets,
//* zosconnect-tls, zosconnect-attls, zosconnect-requester, hlq-group,
//* datasets.
//* No command forces the return code: check every message (or run the
//* verify deck) after the job ends.
//* SYSTSIN holds secret values (zosmf_ptkt_key, cics_ptkt_key) and TSO
//* echoes each command to SYSTSPRT: give SYSTSPRT a held output class
//* and purge the output once checked.
//RUN      EXEC PGM=IKJEFT01,REGION=0M
//SYSTSPRT DD SYSOUT=*
//SYSTSIN  DD DATA,DLM=$$
/* ==== esmgen 0.1.0: ACF2 setup deck ============================== */
/* Defines every requirement below. Safe to run again: a create that */
/* finds its object reports that on its own and the alter or replace */
/* after it converges the object to this spec (docs/idempotency.md). */
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
/* WARNING: profiles.yaml (bundled):245:9: FACILITY BPX.SERVER:      */
/* where it is not defined yet, setting it up switches z/OS UNIX to  */
/* z/OS UNIX-level security at once, for the whole system: only      */
/* superusers permitted to BPX.DAEMON keep daemon authority, every   */
/* program a daemon loads must be program controlled, and servers    */
/* without that set-up fail; test it before production               */
/* WARNING: profiles.yaml (bundled):251:9: FACILITY BPX.DAEMON:      */
/* where it is not defined yet, setting it up switches z/OS UNIX to  */
/* z/OS UNIX-level security at once, for the whole system: only      */
/* superusers permitted to BPX.DAEMON keep daemon authority, every   */
/* program a daemon loads must be program controlled, and servers    */
/* without that set-up fail; test it before production               */
/* WARNING: profiles.yaml (bundled):346:9: class IDTDATA: the ACF2   */
/* mapping (type: IDT, clasmap: false) is UNVERIFIED: check SHOW     */
/* CLASMAP, then confirm it with esm_tables: {acf2: {classes:        */
/* {IDTDATA: {unverified: false}}}} or correct it there (see         */
/* docs/classes.md)                                                  */
/* WARNING: profiles.yaml (bundled):393:9: class SERVER: the ACF2    */
/* mapping (type: SVR, clasmap: true) is UNVERIFIED: check SHOW      */
/* CLASMAP, then confirm it with esm_tables: {acf2: {classes:        */
/* {SERVER: {unverified: false}}}} or correct it there (see          */
/* docs/classes.md)                                                  */
/* WARNING: profiles.yaml (bundled):434:9: class EJBROLE: the ACF2   */
/* mapping (type: EJB, clasmap: true) is UNVERIFIED: check SHOW      */
/* CLASMAP, then confirm it with esm_tables: {acf2: {classes:        */
/* {EJBROLE: {unverified: false}}}} or correct it there (see         */
/* docs/classes.md)                                                  */
/* NOTE: AUTOUID/AUTOGID: ACF2 assigns the ids only where the GSO    */
/* AUTOIDOM record gives the ranges; the deck does not insert it (it */
/* is system-wide)                                                   */
/* SECRETS: this deck holds the values of zosmf_ptkt_key,            */
/* cics_ptkt_key. Batch TSO echoes every command to SYSTSPRT, so     */
/* they will be in the job output too: send SYSTSPRT to a held       */
/* output class, purge it once checked, and keep this deck out of    */
/* version control and shared libraries.                             */
PROFILE MSGID
ACF
* ==== resource classes ==============================================
* zis, impersonation, jobname, cert-mapping, identity-mapping, smf,
* zosconnect-tls, zosconnect-requester: The FACILITY class must be
* active for the profiles below.
* class FACILITY is ACF2 resource type FAC
* impersonation, zosconnect-server: The APPL class must be active for
* the profiles below.
* class APPL is ACF2 resource type APL
* icsf: The CSFSERV class must be active for the profiles below.
SET CONTROL(GSO)
* esmgen-expect: exists
INSERT CLASMAP.CSFSERV RESOURCE(CSFSERV) RSRCTYPE(CSF)
CHANGE CLASMAP.CSFSERV RESOURCE(CSFSERV) RSRCTYPE(CSF)
CHANGE INFODIR TYPES(R-RCSF) ADD
* idt: The IDTDATA class must be active for the profiles below.
* class IDTDATA is ACF2 resource type IDT (UNVERIFIED mapping: check
* SHOW CLASMAP)
* zosconnect-server: The SERVER class must be active for the profiles
* below.
* esmgen-expect: exists
INSERT CLASMAP.SERVER RESOURCE(SERVER) RSRCTYPE(SVR)
CHANGE CLASMAP.SERVER RESOURCE(SERVER) RSRCTYPE(SVR)
CHANGE INFODIR TYPES(R-RSVR) ADD
* zosconnect-server: The EJBROLE class must be active for the profiles
* below.
* esmgen-expect: exists
INSERT CLASMAP.EJBROLE RESOURCE(EJBROLE) RSRCTYPE(EJB)
CHANGE CLASMAP.EJBROLE RESOURCE(EJBROLE) RSRCTYPE(EJB)
CHANGE INFODIR TYPES(R-REJB) ADD
* passtickets: The PTKTDATA class must be active for the profiles
* below.
* class PTKTDATA is ACF2 resource type PTK
* datasets: The DATASET class must be active for the profiles below.
* data sets are protected by ACF2 without a definition
* ==== groups ========================================================
* zowe-core: Group of the Zowe administrators, with an OMVS GID.
SET PROFILE(GROUP) DIVISION(OMVS)
* esmgen-expect: exists
INSERT ZWEADMIN AUTOGID
SET X(ROL)
* esmgen-expect: exists
INSERT ZWEADMIN INCLUDE(ZWESVUSR ZWESIUSR) ROLE
* zosconnect-server: Default group of the z/OS Connect server user,
* with an OMVS GID.
SET PROFILE(GROUP) DIVISION(OMVS)
* esmgen-expect: exists
INSERT ZCEEGRP AUTOGID
SET X(ROL)
* esmgen-expect: exists
INSERT ZCEEGRP INCLUDE(ZCEESRV WSGUEST ZCEEREQ) ROLE
* zosconnect-server: Users who may call z/OS Connect APIs; EJBROLE
* users need OMVS segments.
SET PROFILE(GROUP) DIVISION(OMVS)
* esmgen-expect: exists
INSERT ZCEEUSRS AUTOGID
* ==== users =========================================================
* zowe-core: Protected user (no password) of the main Zowe server,
* with an OMVS segment.
SET LID
* esmgen-expect: exists
INSERT ZWESVUSR STC GROUP(ZWEADMIN) NAME('ZOWE SERVER')
CHANGE ZWESVUSR STC GROUP(ZWEADMIN) NAME('ZOWE SERVER')
SET PROFILE(USER) DIVISION(OMVS)
* esmgen-expect: exists
INSERT ZWESVUSR AUTOUID HOME(/tmp) OMVSPGM(/bin/sh)
CHANGE ZWESVUSR HOME(/tmp) OMVSPGM(/bin/sh)
SET X(ROL)
* esmgen-expect: exists
INSERT ZWEADMIN INCLUDE(ZWESVUSR) ROLE
* esmgen-expect: exists
CHANGE ZWEADMIN INCLUDE(ZWESVUSR) ADD
* zowe-core: Protected user of the cross-memory server and its
* auxiliary address space.
SET LID
* esmgen-expect: exists
INSERT ZWESIUSR STC GROUP(ZWEADMIN) NAME('ZOWE XMEM SERVER')
CHANGE ZWESIUSR STC GROUP(ZWEADMIN) NAME('ZOWE XMEM SERVER')
SET PROFILE(USER) DIVISION(OMVS)
* esmgen-expect: exists
INSERT ZWESIUSR AUTOUID HOME(/tmp) OMVSPGM(/bin/sh)
CHANGE ZWESIUSR HOME(/tmp) OMVSPGM(/bin/sh)
SET X(ROL)
* esmgen-expect: exists
INSERT ZWEADMIN INCLUDE(ZWESIUSR) ROLE
* esmgen-expect: exists
CHANGE ZWEADMIN INCLUDE(ZWESIUSR) ADD
* zosconnect-server: Protected user of the z/OS Connect server and
* angel started tasks.
SET LID
* esmgen-expect: exists
INSERT ZCEESRV STC GROUP(ZCEEGRP) NAME('ZOS CONNECT SERVER')
CHANGE ZCEESRV STC GROUP(ZCEEGRP) NAME('ZOS CONNECT SERVER')
SET PROFILE(USER) DIVISION(OMVS)
* esmgen-expect: exists
INSERT ZCEESRV AUTOUID HOME(/tmp) OMVSPGM(/bin/sh)
CHANGE ZCEESRV HOME(/tmp) OMVSPGM(/bin/sh)
SET X(ROL)
* esmgen-expect: exists
INSERT ZCEEGRP INCLUDE(ZCEESRV) ROLE
* esmgen-expect: exists
CHANGE ZCEEGRP INCLUDE(ZCEESRV) ADD
* zosconnect-server: Liberty runs requests that carry no credentials
* under this protected user.
SET LID
* esmgen-expect: exists
INSERT WSGUEST RESTRICT GROUP(ZCEEGRP) NAME('UNAUTHENTICATED')
CHANGE WSGUEST RESTRICT GROUP(ZCEEGRP) NAME('UNAUTHENTICATED')
SET X(ROL)
* esmgen-expect: exists
INSERT ZCEEGRP INCLUDE(WSGUEST) ROLE
* esmgen-expect: exists
CHANGE ZCEEGRP INCLUDE(WSGUEST) ADD
* zosconnect-requester: Protected user the API requester runs under.
SET LID
* esmgen-expect: exists
INSERT ZCEEREQ RESTRICT GROUP(ZCEEGRP) NAME('ZOS CONNECT REQUESTR')
CHANGE ZCEEREQ RESTRICT GROUP(ZCEEGRP) NAME('ZOS CONNECT REQUESTR')
SET X(ROL)
* esmgen-expect: exists
INSERT ZCEEGRP INCLUDE(ZCEEREQ) ROLE
* esmgen-expect: exists
CHANGE ZCEEGRP INCLUDE(ZCEEREQ) ADD
* ==== certificates ==================================================
* zosconnect-tls: The certificate authority that signs the server's
* and the requesters' certificates; both sides trust it.
* RISK: certificate authority
SET PROFILE(USER) DIVISION(CERTDATA)
* esmgen-expect: exists
GENCERT CERTAUTH.ZCEECA LABEL('ZCEE CA') SUBJSDN(CN='ZCEE CA' -
  O='z/OS Connect') SIZE(2048) EXPIRE(12/31/30) KEYUSAGE(CERTSIGN)
* zosconnect-tls: The certificate the server presents in the TLS
* handshake.
* esmgen-expect: exists
GENCERT ZCEESRV.ZCEESRV LABEL('ZCEE SERVER') -
  SUBJSDN(CN='zosconnect.example.com' O='z/OS Connect') SIZE(2048) -
  EXPIRE(12/31/30) SIGNWITH(CERTAUTH.ZCEECA) KEYUSAGE(HANDSHAKE) -
  ALTNAME(DOMAIN=zosconnect.example.com)
* zosconnect-requester: The client certificate the requester presents
* to the server.
* esmgen-expect: exists
GENCERT ZCEEREQ.ZCEEREQ LABEL('ZCEE REQUESTER') SUBJSDN(CN='ZCEEREQ' -
  OU='ZCEE Requesters' O='z/OS Connect') SIZE(2048) EXPIRE(12/31/30) -
  SIGNWITH(CERTAUTH.ZCEECA) KEYUSAGE(HANDSHAKE)
* ==== key rings =====================================================
* zosconnect-tls: The server's key ring holds its certificate and the
* CA it trusts for client certificates.
* RISK: trusts ZCEE CA
SET PROFILE(USER) DIVISION(KEYRING)
* esmgen-expect: exists
INSERT ZCEESRV.ZCEERING RINGNAME(ZCEERING)
* esmgen-expect: exists
CONNECT CERTDATA(CERTAUTH.ZCEECA) KEYRING(ZCEESRV.ZCEERING) -
  USAGE(CERTAUTH)
* esmgen-expect: exists
CONNECT CERTDATA(ZCEESRV.ZCEESRV) KEYRING(ZCEESRV.ZCEERING) -
  USAGE(PERSONAL) DEFAULT
* zosconnect-requester: The requester's key ring holds its client
* certificate and the CA that signed the server's.
* RISK: trusts ZCEE CA
* esmgen-expect: exists
INSERT ZCEEREQ.ZCEEREQR RINGNAME(ZCEEREQR)
* esmgen-expect: exists
CONNECT CERTDATA(CERTAUTH.ZCEECA) KEYRING(ZCEEREQ.ZCEEREQR) -
  USAGE(CERTAUTH)
* esmgen-expect: exists
CONNECT CERTDATA(ZCEEREQ.ZCEEREQ) KEYRING(ZCEEREQ.ZCEEREQR) -
  USAGE(PERSONAL) DEFAULT
* ==== started tasks =================================================
* zowe-core: The Zowe launcher started task runs under the Zowe server
* user and group.
SET CONTROL(GSO)
* esmgen-expect: exists
INSERT STC.ZWESLSTC LOGONID(ZWESVUSR) GROUP(ZWEADMIN) STCID(ZWESLSTC)
CHANGE STC.ZWESLSTC LOGONID(ZWESVUSR) GROUP(ZWEADMIN) STCID(ZWESLSTC)
* zowe-core: The cross-memory server started task runs under the ZIS
* user.
* esmgen-expect: exists
INSERT STC.ZWESISTC LOGONID(ZWESIUSR) GROUP(ZWEADMIN) STCID(ZWESISTC)
CHANGE STC.ZWESISTC LOGONID(ZWESIUSR) GROUP(ZWEADMIN) STCID(ZWESISTC)
* zowe-core: The cross-memory auxiliary address space runs under the
* ZIS user.
* esmgen-expect: exists
INSERT STC.ZWESASTC LOGONID(ZWESIUSR) GROUP(ZWEADMIN) STCID(ZWESASTC)
CHANGE STC.ZWESASTC LOGONID(ZWESIUSR) GROUP(ZWEADMIN) STCID(ZWESASTC)
* zosconnect-server: The z/OS Connect server started task.
* esmgen-expect: exists
INSERT STC.BAQSTRT LOGONID(ZCEESRV) GROUP(ZCEEGRP) STCID(BAQSTRT)
CHANGE STC.BAQSTRT LOGONID(ZCEESRV) GROUP(ZCEEGRP) STCID(BAQSTRT)
* zosconnect-server: The Liberty angel process, through which the
* server uses z/OS authorized services.
* esmgen-expect: exists
INSERT STC.BAQZANGL LOGONID(ZCEESRV) GROUP(ZCEEGRP) STCID(BAQZANGL)
CHANGE STC.BAQZANGL LOGONID(ZCEESRV) GROUP(ZCEEGRP) STCID(BAQZANGL)
* ==== resource profiles =============================================
* zis: The profile that guards the cross-memory server against
* unprivileged clients.
* FACILITY ZWES.IS: ACF2 rule key ZWES; access is granted by the rule
* lines below
* impersonation: UPDATE on BPX.SERVER lets the Zowe server create
* security environments for its clients.
* RISK: where it is new, z/OS UNIX-level security for the whole system
* FACILITY BPX.SERVER: ACF2 rule key BPX; access is granted by the
* rule lines below
* impersonation: UPDATE on BPX.DAEMON lets the Zowe server change its
* identity to the logged-on user.
* RISK: where it is new, z/OS UNIX-level security for the whole system
* FACILITY BPX.DAEMON: ACF2 rule key BPX; access is granted by the
* rule lines below
* jobname: READ on BPX.JOBNAME allows setting job names of z/OS UNIX
* address spaces.
* FACILITY BPX.JOBNAME: ACF2 rule key BPX; access is granted by the
* rule lines below
* cert-mapping: READ on IRR.RUSERMAP lets the gateway query
* certificate-to-user mappings.
* FACILITY IRR.RUSERMAP: ACF2 rule key IRR; access is granted by the
* rule lines below
* identity-mapping: READ on IRR.IDIDMAP.QUERY lets the gateway query
* distributed identity mappings.
* FACILITY IRR.IDIDMAP.QUERY: ACF2 rule key IRR; access is granted by
* the rule lines below
* smf: READ on IRR.RAUDITX lets the gateway issue SMF audit records.
* FACILITY IRR.RAUDITX: ACF2 rule key IRR; access is granted by the
* rule lines below
* icsf: READ on CSFSERV CSFRNGL lets the Zowe server call the ICSF
* random number service.
* CSFSERV CSFRNGL: ACF2 rule key CSFRNGL; access is granted by the
* rule lines below
* idt: Defines the identity token profile. The PKCS#11 token, its key
* and the signing parameters (RACF IDTPARMS, ACF2 IDTDATA profile
* record, TSS IDT record) are site-specific and are added as the ESM
* documentation describes.
* IDTDATA ZWEIDT.ZOWEAPPL: ACF2 rule key ZWEIDT; access is granted by
* the rule lines below
* zosconnect-server: READ on BBG.ANGEL lets the server connect to the
* default angel process.
* SERVER BBG.ANGEL: ACF2 rule key BBG; access is granted by the rule
* lines below
* zosconnect-server: READ lets the server use the angel's authorized
* SAF services module.
* SERVER BBG.AUTHMOD.BBGZSAFM: ACF2 rule key BBG; access is granted by
* the rule lines below
* zosconnect-server: READ lets the server create and check SAF
* credentials for its users.
* SERVER BBG.AUTHMOD.BBGZSAFM.SAFCRED: ACF2 rule key BBG; access is
* granted by the rule lines below
* zosconnect-server: READ lets the server classify work with WLM.
* SERVER BBG.AUTHMOD.BBGZSAFM.ZOSWLM: ACF2 rule key BBG; access is
* granted by the rule lines below
* zosconnect-server: READ lets the server take part in RRS
* transactions.
* SERVER BBG.AUTHMOD.BBGZSAFM.TXRRS: ACF2 rule key BBG; access is
* granted by the rule lines below
* zosconnect-server: READ lets the server request SVC dumps.
* SERVER BBG.AUTHMOD.BBGZSAFM.ZOSDUMP: ACF2 rule key BBG; access is
* granted by the rule lines below
* zosconnect-server: READ lets the server use the SAF profile prefix
* of its security configuration.
* SERVER BBG.SECPFX.BBGZDFLT: ACF2 rule key BBG; access is granted by
* the rule lines below
* zosconnect-server: Only users with READ on the APPL profile of the
* prefix may authenticate to the server.
* APPL BBGZDFLT: ACF2 rule key BBGZDFLT; access is granted by the rule
* lines below
* zosconnect-server: The zosConnectAccess role admits users to the
* z/OS Connect APIs (the name is case-sensitive).
* EJBROLE BBGZDFLT.zos.connect.access.roles.zosConnectAccess: ACF2
* rule key BBGZDFLT; access is granted by the rule lines below
* passtickets: The PassTicket key of z/OSMF's application. Replay
* protection is off, as Zowe requires for the services its API Gateway
* signs users on to (the tickets stay between the gateway and z/OSMF).
* RISK: PassTicket replay protection off
SET PROFILE(PTKTDATA) DIVISION(SSIGNON)
* esmgen-expect: exists
INSERT IZUDFLT SSKEY(0123456789ABCDEF) MULT-USE
CHANGE IZUDFLT SSKEY(0123456789ABCDEF) MULT-USE
* passtickets: UPDATE lets the Zowe server generate PassTickets for
* any user signing on to z/OSMF.
* PTKTDATA IRRPTAUTH.IZUDFLT.*: ACF2 rule key IRRPTAUTH; access is
* granted by the rule lines below
* passtickets: The PassTicket key of the application the CICS region
* requests tickets for.
* esmgen-expect: exists
INSERT CICSAPPL SSKEY(FEDCBA9876543210)
CHANGE CICSAPPL SSKEY(FEDCBA9876543210) NOMULT-USE
* passtickets: UPDATE lets the CICS region generate PassTickets for
* that application (REQUEST ENCRYPTPTKT).
* PTKTDATA IRRPTAUTH.CICSAPPL.*: ACF2 rule key IRRPTAUTH; access is
* granted by the rule lines below
* zosconnect-tls: READ lets a user read its own key ring (the server
* and the requesters use theirs).
* FACILITY IRR.DIGTCERT.LISTRING: ACF2 rule key IRR; access is granted
* by the rule lines below
* datasets: Generic profile over every Zowe data set.
* RISK: UACC READ
SET RULE
* esmgen-expect: not-found
RECKEY ZWE DEL(- ROLE(-) READ(A) EXEC(A))
RECKEY ZWE ADD(- ROLE(-) READ(A) EXEC(A))
* ==== access ========================================================
* zis: The main Zowe server calls the cross-memory server.
* ZWESVUSR is granted through role ZWESVUSR, which must hold ZWESVUSR
* only
SET X(ROL)
* esmgen-expect: exists
INSERT ZWESVUSR INCLUDE(ZWESVUSR) ROLE
* esmgen-expect: exists
CHANGE ZWESVUSR INCLUDE(ZWESVUSR) ADD
SET RESOURCE(FAC)
* esmgen-expect: not-found
RECKEY ZWES DEL(IS ROLE(ZWESVUSR) SERVICE(READ) ALLOW)
RECKEY ZWES ADD(IS ROLE(ZWESVUSR) SERVICE(READ) ALLOW)
* zis: The auxiliary address space calls the cross-memory server under
* the ZIS user.
* ZWESIUSR is granted through role ZWESIUSR, which must hold ZWESIUSR
* only
SET X(ROL)
* esmgen-expect: exists
INSERT ZWESIUSR INCLUDE(ZWESIUSR) ROLE
* esmgen-expect: exists
CHANGE ZWESIUSR INCLUDE(ZWESIUSR) ADD
SET RESOURCE(FAC)
* esmgen-expect: not-found
RECKEY ZWES DEL(IS ROLE(ZWESIUSR) SERVICE(READ) ALLOW)
RECKEY ZWES ADD(IS ROLE(ZWESIUSR) SERVICE(READ) ALLOW)
* impersonation: UPDATE on BPX.SERVER lets the Zowe server create
* security environments for its clients.
* RISK: UPDATE on BPX.*
* esmgen-expect: not-found
RECKEY BPX DEL(SERVER ROLE(ZWESVUSR) SERVICE(READ,UPDATE) ALLOW)
RECKEY BPX ADD(SERVER ROLE(ZWESVUSR) SERVICE(READ,UPDATE) ALLOW)
* impersonation: UPDATE on BPX.DAEMON lets the Zowe server change its
* identity to the logged-on user.
* RISK: UPDATE on BPX.*
* esmgen-expect: not-found
RECKEY BPX DEL(DAEMON ROLE(ZWESVUSR) SERVICE(READ,UPDATE) ALLOW)
RECKEY BPX ADD(DAEMON ROLE(ZWESVUSR) SERVICE(READ,UPDATE) ALLOW)
* impersonation: Where OMVSAPPL is defined, Zowe users need READ on it
* to use z/OS UNIX; the profile is not created here.
SET RESOURCE(APL)
* esmgen-expect: not-found
RECKEY OMVSAPPL DEL(ROLE(ZWESVUSR) SERVICE(READ) ALLOW)
RECKEY OMVSAPPL ADD(ROLE(ZWESVUSR) SERVICE(READ) ALLOW)
* jobname: READ on BPX.JOBNAME allows setting job names of z/OS UNIX
* address spaces.
SET RESOURCE(FAC)
* esmgen-expect: not-found
RECKEY BPX DEL(JOBNAME ROLE(ZWESVUSR) SERVICE(READ) ALLOW)
RECKEY BPX ADD(JOBNAME ROLE(ZWESVUSR) SERVICE(READ) ALLOW)
* cert-mapping: READ on IRR.RUSERMAP lets the gateway query
* certificate-to-user mappings.
* esmgen-expect: not-found
RECKEY IRR DEL(RUSERMAP ROLE(ZWESVUSR) SERVICE(READ) ALLOW)
RECKEY IRR ADD(RUSERMAP ROLE(ZWESVUSR) SERVICE(READ) ALLOW)
* identity-mapping: READ on IRR.IDIDMAP.QUERY lets the gateway query
* distributed identity mappings.
* esmgen-expect: not-found
RECKEY IRR DEL(IDIDMAP.QUERY ROLE(ZWESVUSR) SERVICE(READ) ALLOW)
RECKEY IRR ADD(IDIDMAP.QUERY ROLE(ZWESVUSR) SERVICE(READ) ALLOW)
* smf: READ on IRR.RAUDITX lets the gateway issue SMF audit records.
* esmgen-expect: not-found
RECKEY IRR DEL(RAUDITX ROLE(ZWESVUSR) SERVICE(READ) ALLOW)
RECKEY IRR ADD(RAUDITX ROLE(ZWESVUSR) SERVICE(READ) ALLOW)
* icsf: READ on CSFSERV CSFRNGL lets the Zowe server call the ICSF
* random number service.
SET RESOURCE(CSF)
* esmgen-expect: not-found
RECKEY CSFRNGL DEL(ROLE(ZWESVUSR) SERVICE(READ) ALLOW)
RECKEY CSFRNGL ADD(ROLE(ZWESVUSR) SERVICE(READ) ALLOW)
* zosconnect-server: READ on BBG.ANGEL lets the server connect to the
* default angel process.
* ZCEESRV is granted through role ZCEESRV, which must hold ZCEESRV
* only
SET X(ROL)
* esmgen-expect: exists
INSERT ZCEESRV INCLUDE(ZCEESRV) ROLE
* esmgen-expect: exists
CHANGE ZCEESRV INCLUDE(ZCEESRV) ADD
SET RESOURCE(SVR)
* esmgen-expect: not-found
RECKEY BBG DEL(ANGEL ROLE(ZCEESRV) SERVICE(READ) ALLOW)
RECKEY BBG ADD(ANGEL ROLE(ZCEESRV) SERVICE(READ) ALLOW)
* zosconnect-server: READ lets the server use the angel's authorized
* SAF services module.
* esmgen-expect: not-found
RECKEY BBG DEL(AUTHMOD.BBGZSAFM ROLE(ZCEESRV) SERVICE(READ) ALLOW)
RECKEY BBG ADD(AUTHMOD.BBGZSAFM ROLE(ZCEESRV) SERVICE(READ) ALLOW)
* zosconnect-server: READ lets the server create and check SAF
* credentials for its users.
* esmgen-expect: not-found
RECKEY BBG DEL(AUTHMOD.BBGZSAFM.SAFCRED ROLE(ZCEESRV) SERVICE(READ) -
  ALLOW)
RECKEY BBG ADD(AUTHMOD.BBGZSAFM.SAFCRED ROLE(ZCEESRV) SERVICE(READ) -
  ALLOW)
* zosconnect-server: READ lets the server classify work with WLM.
* esmgen-expect: not-found
RECKEY BBG DEL(AUTHMOD.BBGZSAFM.ZOSWLM ROLE(ZCEESRV) SERVICE(READ) -
  ALLOW)
RECKEY BBG ADD(AUTHMOD.BBGZSAFM.ZOSWLM ROLE(ZCEESRV) SERVICE(READ) -
  ALLOW)
* zosconnect-server: READ lets the server take part in RRS
* transactions.
* esmgen-expect: not-found
RECKEY BBG DEL(AUTHMOD.BBGZSAFM.TXRRS ROLE(ZCEESRV) SERVICE(READ) -
  ALLOW)
RECKEY BBG ADD(AUTHMOD.BBGZSAFM.TXRRS ROLE(ZCEESRV) SERVICE(READ) -
  ALLOW)
* zosconnect-server: READ lets the server request SVC dumps.
* esmgen-expect: not-found
RECKEY BBG DEL(AUTHMOD.BBGZSAFM.ZOSDUMP ROLE(ZCEESRV) SERVICE(READ) -
  ALLOW)
RECKEY BBG ADD(AUTHMOD.BBGZSAFM.ZOSDUMP ROLE(ZCEESRV) SERVICE(READ) -
  ALLOW)
* zosconnect-server: READ lets the server use the SAF profile prefix
* of its security configuration.
* esmgen-expect: not-found
RECKEY BBG DEL(SECPFX.BBGZDFLT ROLE(ZCEESRV) SERVICE(READ) ALLOW)
RECKEY BBG ADD(SECPFX.BBGZDFLT ROLE(ZCEESRV) SERVICE(READ) ALLOW)
* zosconnect-server: Only users with READ on the APPL profile of the
* prefix may authenticate to the server.
* WSGUEST is granted through role WSGUEST, which must hold WSGUEST
* only
SET X(ROL)
* esmgen-expect: exists
INSERT WSGUEST INCLUDE(WSGUEST) ROLE
* esmgen-expect: exists
CHANGE WSGUEST INCLUDE(WSGUEST) ADD
SET RESOURCE(APL)
* esmgen-expect: not-found
RECKEY BBGZDFLT DEL(ROLE(WSGUEST) SERVICE(READ) ALLOW)
RECKEY BBGZDFLT ADD(ROLE(WSGUEST) SERVICE(READ) ALLOW)
* esmgen-expect: not-found
RECKEY BBGZDFLT DEL(ROLE(ZCEEUSRS) SERVICE(READ) ALLOW)
RECKEY BBGZDFLT ADD(ROLE(ZCEEUSRS) SERVICE(READ) ALLOW)
* zosconnect-server: The zosConnectAccess role admits users to the
* z/OS Connect APIs (the name is case-sensitive).
SET RESOURCE(EJB)
* esmgen-expect: not-found
RECKEY BBGZDFLT DEL(zos.connect.access.roles.zosConnectAccess -
  ROLE(ZCEEUSRS) SERVICE(READ) ALLOW)
RECKEY BBGZDFLT ADD(zos.connect.access.roles.zosConnectAccess -
  ROLE(ZCEEUSRS) SERVICE(READ) ALLOW)
* passtickets: UPDATE lets the Zowe server generate PassTickets for
* any user signing on to z/OSMF.
SET RESOURCE(PTK)
* esmgen-expect: not-found
RECKEY IRRPTAUTH DEL(IZUDFLT.- ROLE(ZWESVUSR) SERVICE(READ,UPDATE) -
  ALLOW)
RECKEY IRRPTAUTH ADD(IZUDFLT.- ROLE(ZWESVUSR) SERVICE(READ,UPDATE) -
  ALLOW)
* passtickets: UPDATE lets the CICS region generate PassTickets for
* that application (REQUEST ENCRYPTPTKT).
* CICSUSER is granted through role CICSUSER, which must hold CICSUSER
* only
SET X(ROL)
* esmgen-expect: exists
INSERT CICSUSER INCLUDE(CICSUSER) ROLE
* esmgen-expect: exists
CHANGE CICSUSER INCLUDE(CICSUSER) ADD
SET RESOURCE(PTK)
* esmgen-expect: not-found
RECKEY IRRPTAUTH DEL(CICSAPPL.- ROLE(CICSUSER) SERVICE(READ,UPDATE) -
  ALLOW)
RECKEY IRRPTAUTH ADD(CICSAPPL.- ROLE(CICSUSER) SERVICE(READ,UPDATE) -
  ALLOW)
* zosconnect-tls: READ lets a user read its own key ring (the server
* and the requesters use theirs).
SET RESOURCE(FAC)
* esmgen-expect: not-found
RECKEY IRR DEL(DIGTCERT.LISTRING ROLE(ZCEESRV) SERVICE(READ) ALLOW)
RECKEY IRR ADD(DIGTCERT.LISTRING ROLE(ZCEESRV) SERVICE(READ) ALLOW)
* zosconnect-tls: READ lets the server map a client certificate to a
* z/OS user id.
* esmgen-expect: not-found
RECKEY IRR DEL(RUSERMAP ROLE(ZCEESRV) SERVICE(READ) ALLOW)
RECKEY IRR ADD(RUSERMAP ROLE(ZCEESRV) SERVICE(READ) ALLOW)
* zosconnect-requester: READ lets the requester read its own key ring.
* ZCEEREQ is granted through role ZCEEREQ, which must hold ZCEEREQ
* only
SET X(ROL)
* esmgen-expect: exists
INSERT ZCEEREQ INCLUDE(ZCEEREQ) ROLE
* esmgen-expect: exists
CHANGE ZCEEREQ INCLUDE(ZCEEREQ) ADD
SET RESOURCE(FAC)
* esmgen-expect: not-found
RECKEY IRR DEL(DIGTCERT.LISTRING ROLE(ZCEEREQ) SERVICE(READ) ALLOW)
RECKEY IRR ADD(DIGTCERT.LISTRING ROLE(ZCEEREQ) SERVICE(READ) ALLOW)
* datasets: System programmers install and maintain the Zowe data
* sets.
* RISK: ALTER access
SET RULE
* esmgen-expect: not-found
RECKEY ZWE DEL(- ROLE(ZWEADMIN) READ(A) WRITE(A) ALLOC(A) EXEC(A))
RECKEY ZWE ADD(- ROLE(ZWEADMIN) READ(A) WRITE(A) ALLOC(A) EXEC(A))
* ==== refresh =======================================================
F ACF2,REFRESH(CLASMAP)
F ACF2,REFRESH(INFODIR)
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
