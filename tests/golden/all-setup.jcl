//ESMGEN   JOB (ACCT),'ESMGEN SETUP',CLASS=A,MSGCLASS=A,
//             MSGLEVEL=(1,1),NOTIFY=&SYSUID
//* esmgen: setup deck from profiles.yaml (bundled); components:
//* zowe-core, zis, impersonation, jobname, cert-mapping,
//* identity-mapping, smf, icsf, tss-multiuser, idt, zosconnect-server,
//* passtickets, zosconnect-tls, zosconnect-attls,
//* zosconnect-requester, hlq-group, datasets.
//* No command forces the return code: check every message (or run the
//* verify deck) after the job ends.
//* SYSTSIN holds secret values (zosmf_ptkt_key, cics_ptkt_key) and TSO
//* echoes each command to SYSTSPRT: give SYSTSPRT a held output class
//* and purge the output once checked.
//* Set PRODUCT to the security manager of this system: RACF, ACF2,
//* TSS.
//* SYSTSIN reads the in-stream data set of that name.
//         SET PRODUCT=RACF
//RUN      EXEC PGM=IKJEFT01,REGION=0M
//SYSTSPRT DD SYSOUT=*
//SYSTSIN  DD DDNAME=&PRODUCT
//RACF     DD DATA,DLM=$$
/* ==== esmgen 0.1.0: RACF setup deck ============================== */
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
/* WARNING: profiles.yaml (bundled):346:9: class IDTDATA: the RACF   */
/* mapping (raclist: true, generic: true, mixed_case: false) is      */
/* UNVERIFIED: check RLIST CDT IDTDATA CDTINFO and SETROPTS LIST,    */
/* then confirm it with esm_tables: {racf: {classes: {IDTDATA:       */
/* {unverified: false}}}} or correct it there (see docs/classes.md)  */
/* NOTE: AUTOUID/AUTOGID: RACF assigns the ids only with its         */
/* database at AIM stage 2 or higher, SHARED.IDS defined and the     */
/* FACILITY profile BPX.NEXT.USER giving the ranges in its APPLDATA; */
/* the deck defines none of them (they are system-wide)              */
/* NOTE: RDEFINE puts the user who runs the deck on each new         */
/* profile's access list with ALTER unless SETROPTS NOADDCREATOR is  */
/* in effect; remove it afterwards with PERMIT profile CLASS(class)  */
/* DELETE ID(userid) where that is not wanted                        */
/* SECRETS: this deck holds the values of zosmf_ptkt_key,            */
/* cics_ptkt_key. Batch TSO echoes every command to SYSTSPRT, so     */
/* they will be in the job output too: send SYSTSPRT to a held       */
/* output class, purge it once checked, and keep this deck out of    */
/* version control and shared libraries.                             */
PROFILE MSGID
/* ==== resource classes =========================================== */
/* zis, impersonation, jobname, cert-mapping, identity-mapping, smf, */
/* zosconnect-tls, zosconnect-requester: The FACILITY class must be  */
/* active for the profiles below.                                    */
/* activating FACILITY starts enforcing every profile in it, also    */
/* ones defined before                                               */
SETROPTS CLASSACT(FACILITY)
SETROPTS RACLIST(FACILITY)
SETROPTS GENERIC(FACILITY)
/* impersonation, zosconnect-server: The APPL class must be active   */
/* for the profiles below.                                           */
/* activating APPL starts enforcing every profile in it, also ones   */
/* defined before                                                    */
SETROPTS CLASSACT(APPL)
SETROPTS RACLIST(APPL)
SETROPTS GENERIC(APPL)
/* icsf: The CSFSERV class must be active for the profiles below.    */
/* activating CSFSERV starts enforcing every profile in it, also     */
/* ones defined before                                               */
SETROPTS CLASSACT(CSFSERV)
SETROPTS RACLIST(CSFSERV)
SETROPTS GENERIC(CSFSERV)
/* idt: The IDTDATA class must be active for the profiles below.     */
/* activating IDTDATA starts enforcing every profile in it, also     */
/* ones defined before                                               */
SETROPTS CLASSACT(IDTDATA)
SETROPTS RACLIST(IDTDATA)
SETROPTS GENERIC(IDTDATA)
/* zosconnect-server: The SERVER class must be active for the        */
/* profiles below.                                                   */
/* activating SERVER starts enforcing every profile in it, also ones */
/* defined before                                                    */
SETROPTS CLASSACT(SERVER)
SETROPTS RACLIST(SERVER)
SETROPTS GENERIC(SERVER)
/* zosconnect-server: The EJBROLE class must be active for the       */
/* profiles below.                                                   */
/* activating EJBROLE starts enforcing every profile in it, also     */
/* ones defined before                                               */
SETROPTS CLASSACT(EJBROLE)
SETROPTS RACLIST(EJBROLE)
SETROPTS GENERIC(EJBROLE)
/* passtickets: The PTKTDATA class must be active for the profiles   */
/* below.                                                            */
/* activating PTKTDATA starts enforcing every profile in it, also    */
/* ones defined before                                               */
SETROPTS CLASSACT(PTKTDATA)
SETROPTS RACLIST(PTKTDATA)
SETROPTS GENERIC(PTKTDATA)
/* datasets: The DATASET class must be active for the profiles       */
/* below.                                                            */
/* data set profiles with ** need SETROPTS EGN; with NOEGN set       */
/* esm_tables racf egn: false                                        */
SETROPTS GENERIC(DATASET)
/* ==== groups ===================================================== */
/* zowe-core: Group of the Zowe administrators, with an OMVS GID.    */
/* esmgen-expect: exists                                             */
ADDGROUP ZWEADMIN OMVS(AUTOGID) DATA('ZOWE ADMINISTRATORS')
ALTGROUP ZWEADMIN DATA('ZOWE ADMINISTRATORS')
/* zosconnect-server: Default group of the z/OS Connect server user, */
/* with an OMVS GID.                                                 */
/* esmgen-expect: exists                                             */
ADDGROUP ZCEEGRP OMVS(AUTOGID) DATA('Z/OS CONNECT SERVER')
ALTGROUP ZCEEGRP DATA('Z/OS CONNECT SERVER')
/* zosconnect-server: Users who may call z/OS Connect APIs; EJBROLE  */
/* users need OMVS segments.                                         */
/* esmgen-expect: exists                                             */
ADDGROUP ZCEEUSRS OMVS(AUTOGID) DATA('Z/OS CONNECT API USERS')
ALTGROUP ZCEEUSRS DATA('Z/OS CONNECT API USERS')
/* hlq-group: Group that owns the Zowe data set prefix.              */
/* esmgen-expect: exists                                             */
ADDGROUP ZWE DATA('ZOWE DATA SET PREFIX')
/* ==== users ====================================================== */
/* zowe-core: Protected user (no password) of the main Zowe server,  */
/* with an OMVS segment.                                             */
/* esmgen-expect: exists                                             */
ADDUSER ZWESVUSR DFLTGRP(ZWEADMIN) NOPASSWORD NOPHRASE NOOIDCARD -
  NAME('ZOWE SERVER') DATA('ZOWE MAIN SERVER') OMVS(AUTOUID -
  HOME('/tmp') PROGRAM('/bin/sh'))
CONNECT ZWESVUSR GROUP(ZWEADMIN)
ALTUSER ZWESVUSR DFLTGRP(ZWEADMIN) NOPASSWORD NOPHRASE NOOIDCARD -
  NAME('ZOWE SERVER') DATA('ZOWE MAIN SERVER') OMVS(HOME('/tmp') -
  PROGRAM('/bin/sh'))
/* zowe-core: Protected user of the cross-memory server and its      */
/* auxiliary address space.                                          */
/* esmgen-expect: exists                                             */
ADDUSER ZWESIUSR DFLTGRP(ZWEADMIN) NOPASSWORD NOPHRASE NOOIDCARD -
  NAME('ZOWE XMEM SERVER') DATA('ZOWE XMEM CROSS MEMORY SERVER') -
  OMVS(AUTOUID HOME('/tmp') PROGRAM('/bin/sh'))
CONNECT ZWESIUSR GROUP(ZWEADMIN)
ALTUSER ZWESIUSR DFLTGRP(ZWEADMIN) NOPASSWORD NOPHRASE NOOIDCARD -
  NAME('ZOWE XMEM SERVER') DATA('ZOWE XMEM CROSS MEMORY SERVER') -
  OMVS(HOME('/tmp') PROGRAM('/bin/sh'))
/* zosconnect-server: Protected user of the z/OS Connect server and  */
/* angel started tasks.                                              */
/* esmgen-expect: exists                                             */
ADDUSER ZCEESRV DFLTGRP(ZCEEGRP) NOPASSWORD NOPHRASE NOOIDCARD -
  NAME('ZOS CONNECT SERVER') OMVS(AUTOUID HOME('/tmp') -
  PROGRAM('/bin/sh'))
CONNECT ZCEESRV GROUP(ZCEEGRP)
ALTUSER ZCEESRV DFLTGRP(ZCEEGRP) NOPASSWORD NOPHRASE NOOIDCARD -
  NAME('ZOS CONNECT SERVER') OMVS(HOME('/tmp') PROGRAM('/bin/sh'))
/* zosconnect-server: Liberty runs requests that carry no            */
/* credentials under this protected user.                            */
/* esmgen-expect: exists                                             */
ADDUSER WSGUEST DFLTGRP(ZCEEGRP) NOPASSWORD NOPHRASE NOOIDCARD -
  NAME('UNAUTHENTICATED')
CONNECT WSGUEST GROUP(ZCEEGRP)
ALTUSER WSGUEST DFLTGRP(ZCEEGRP) NOPASSWORD NOPHRASE NOOIDCARD -
  NAME('UNAUTHENTICATED')
/* zosconnect-requester: Protected user the API requester runs       */
/* under.                                                            */
/* esmgen-expect: exists                                             */
ADDUSER ZCEEREQ DFLTGRP(ZCEEGRP) NOPASSWORD NOPHRASE NOOIDCARD -
  NAME('ZOS CONNECT REQUESTR')
CONNECT ZCEEREQ GROUP(ZCEEGRP)
ALTUSER ZCEEREQ DFLTGRP(ZCEEGRP) NOPASSWORD NOPHRASE NOOIDCARD -
  NAME('ZOS CONNECT REQUESTR')
/* ==== certificates =============================================== */
/* zosconnect-tls: The certificate authority that signs the server's */
/* and the requesters' certificates; both sides trust it.            */
/* RISK: certificate authority                                       */
/* esmgen-expect: exists                                             */
RACDCERT GENCERT CERTAUTH SUBJECTSDN(CN('ZCEE CA') O('z/OS Connect')) -
  SIZE(2048) NOTAFTER(DATE(2030-12-31)) WITHLABEL('ZCEE CA') -
  KEYUSAGE(CERTSIGN)
/* zosconnect-tls: The certificate the server presents in the TLS    */
/* handshake.                                                        */
/* esmgen-expect: exists                                             */
RACDCERT GENCERT ID(ZCEESRV) SUBJECTSDN(CN('zosconnect.example.com') -
  O('z/OS Connect')) SIZE(2048) NOTAFTER(DATE(2030-12-31)) -
  WITHLABEL('ZCEE SERVER') SIGNWITH(CERTAUTH LABEL('ZCEE CA')) -
  KEYUSAGE(HANDSHAKE) ALTNAME(DOMAIN('zosconnect.example.com'))
/* zosconnect-requester: The client certificate the requester        */
/* presents to the server.                                           */
/* esmgen-expect: exists                                             */
RACDCERT GENCERT ID(ZCEEREQ) SUBJECTSDN(CN('ZCEEREQ') -
  OU('ZCEE Requesters') O('z/OS Connect')) SIZE(2048) -
  NOTAFTER(DATE(2030-12-31)) WITHLABEL('ZCEE REQUESTER') -
  SIGNWITH(CERTAUTH LABEL('ZCEE CA')) KEYUSAGE(HANDSHAKE)
/* ==== key rings ================================================== */
/* zosconnect-tls: The server's key ring holds its certificate and   */
/* the CA it trusts for client certificates.                         */
/* RISK: trusts ZCEE CA                                              */
/* esmgen-expect: exists                                             */
RACDCERT ADDRING(ZCEERING) ID(ZCEESRV)
/* esmgen-expect: exists                                             */
RACDCERT CONNECT(CERTAUTH LABEL('ZCEE CA') RING(ZCEERING) -
  USAGE(CERTAUTH)) ID(ZCEESRV)
/* esmgen-expect: exists                                             */
RACDCERT CONNECT(ID(ZCEESRV) LABEL('ZCEE SERVER') RING(ZCEERING) -
  USAGE(PERSONAL) DEFAULT) ID(ZCEESRV)
/* zosconnect-requester: The requester's key ring holds its client   */
/* certificate and the CA that signed the server's.                  */
/* RISK: trusts ZCEE CA                                              */
/* esmgen-expect: exists                                             */
RACDCERT ADDRING(ZCEEREQR) ID(ZCEEREQ)
/* esmgen-expect: exists                                             */
RACDCERT CONNECT(CERTAUTH LABEL('ZCEE CA') RING(ZCEEREQR) -
  USAGE(CERTAUTH)) ID(ZCEEREQ)
/* esmgen-expect: exists                                             */
RACDCERT CONNECT(ID(ZCEEREQ) LABEL('ZCEE REQUESTER') RING(ZCEEREQR) -
  USAGE(PERSONAL) DEFAULT) ID(ZCEEREQ)
/* ==== started tasks ============================================== */
/* zowe-core: The Zowe launcher started task runs under the Zowe     */
/* server user and group.                                            */
SETROPTS GENERIC(STARTED)
/* esmgen-expect: exists                                             */
RDEFINE STARTED ZWESLSTC.* UACC(NONE) STDATA(USER(ZWESVUSR) -
  GROUP(ZWEADMIN) TRUSTED(NO) PRIVILEGED(NO) TRACE(YES))
RALTER STARTED ZWESLSTC.* UACC(NONE) STDATA(USER(ZWESVUSR) -
  GROUP(ZWEADMIN) TRUSTED(NO) PRIVILEGED(NO) TRACE(YES))
/* zowe-core: The cross-memory server started task runs under the    */
/* ZIS user.                                                         */
/* esmgen-expect: exists                                             */
RDEFINE STARTED ZWESISTC.* UACC(NONE) STDATA(USER(ZWESIUSR) -
  GROUP(ZWEADMIN) TRUSTED(NO) PRIVILEGED(NO) TRACE(YES))
RALTER STARTED ZWESISTC.* UACC(NONE) STDATA(USER(ZWESIUSR) -
  GROUP(ZWEADMIN) TRUSTED(NO) PRIVILEGED(NO) TRACE(YES))
/* zowe-core: The cross-memory auxiliary address space runs under    */
/* the ZIS user.                                                     */
/* esmgen-expect: exists                                             */
RDEFINE STARTED ZWESASTC.* UACC(NONE) STDATA(USER(ZWESIUSR) -
  GROUP(ZWEADMIN) TRUSTED(NO) PRIVILEGED(NO) TRACE(YES))
RALTER STARTED ZWESASTC.* UACC(NONE) STDATA(USER(ZWESIUSR) -
  GROUP(ZWEADMIN) TRUSTED(NO) PRIVILEGED(NO) TRACE(YES))
/* zosconnect-server: The z/OS Connect server started task.          */
/* esmgen-expect: exists                                             */
RDEFINE STARTED BAQSTRT.* UACC(NONE) STDATA(USER(ZCEESRV) -
  GROUP(ZCEEGRP) TRUSTED(NO) PRIVILEGED(NO) TRACE(NO))
RALTER STARTED BAQSTRT.* UACC(NONE) STDATA(USER(ZCEESRV) -
  GROUP(ZCEEGRP) TRUSTED(NO) PRIVILEGED(NO) TRACE(NO))
/* zosconnect-server: The Liberty angel process, through which the   */
/* server uses z/OS authorized services.                             */
/* esmgen-expect: exists                                             */
RDEFINE STARTED BAQZANGL.* UACC(NONE) STDATA(USER(ZCEESRV) -
  GROUP(ZCEEGRP) TRUSTED(NO) PRIVILEGED(NO) TRACE(NO))
RALTER STARTED BAQZANGL.* UACC(NONE) STDATA(USER(ZCEESRV) -
  GROUP(ZCEEGRP) TRUSTED(NO) PRIVILEGED(NO) TRACE(NO))
/* ==== resource profiles ========================================== */
/* zis: The profile that guards the cross-memory server against      */
/* unprivileged clients.                                             */
/* esmgen-expect: exists                                             */
RDEFINE FACILITY ZWES.IS UACC(NONE)
RALTER FACILITY ZWES.IS UACC(NONE)
/* impersonation: UPDATE on BPX.SERVER lets the Zowe server create   */
/* security environments for its clients.                            */
/* RISK: where it is new, z/OS UNIX-level security for the whole     */
/* system                                                            */
/* esmgen-expect: exists                                             */
RDEFINE FACILITY BPX.SERVER UACC(NONE)
/* impersonation: UPDATE on BPX.DAEMON lets the Zowe server change   */
/* its identity to the logged-on user.                               */
/* RISK: where it is new, z/OS UNIX-level security for the whole     */
/* system                                                            */
/* esmgen-expect: exists                                             */
RDEFINE FACILITY BPX.DAEMON UACC(NONE)
/* jobname: READ on BPX.JOBNAME allows setting job names of z/OS     */
/* UNIX address spaces.                                              */
/* esmgen-expect: exists                                             */
RDEFINE FACILITY BPX.JOBNAME UACC(NONE)
/* cert-mapping: READ on IRR.RUSERMAP lets the gateway query         */
/* certificate-to-user mappings.                                     */
/* esmgen-expect: exists                                             */
RDEFINE FACILITY IRR.RUSERMAP UACC(NONE)
/* identity-mapping: READ on IRR.IDIDMAP.QUERY lets the gateway      */
/* query distributed identity mappings.                              */
/* esmgen-expect: exists                                             */
RDEFINE FACILITY IRR.IDIDMAP.QUERY UACC(NONE)
/* smf: READ on IRR.RAUDITX lets the gateway issue SMF audit         */
/* records.                                                          */
/* esmgen-expect: exists                                             */
RDEFINE FACILITY IRR.RAUDITX UACC(NONE)
/* icsf: READ on CSFSERV CSFRNGL lets the Zowe server call the ICSF  */
/* random number service.                                            */
/* esmgen-expect: exists                                             */
RDEFINE CSFSERV CSFRNGL UACC(NONE)
/* idt: Defines the identity token profile. The PKCS#11 token, its   */
/* key and the signing parameters (RACF IDTPARMS, ACF2 IDTDATA       */
/* profile record, TSS IDT record) are site-specific and are added   */
/* as the ESM documentation describes.                               */
/* esmgen-expect: exists                                             */
RDEFINE IDTDATA ZWEIDT.ZOWEAPPL UACC(NONE)
RALTER IDTDATA ZWEIDT.ZOWEAPPL UACC(NONE)
/* zosconnect-server: READ on BBG.ANGEL lets the server connect to   */
/* the default angel process.                                        */
/* esmgen-expect: exists                                             */
RDEFINE SERVER BBG.ANGEL UACC(NONE)
/* zosconnect-server: READ lets the server use the angel's           */
/* authorized SAF services module.                                   */
/* esmgen-expect: exists                                             */
RDEFINE SERVER BBG.AUTHMOD.BBGZSAFM UACC(NONE)
/* zosconnect-server: READ lets the server create and check SAF      */
/* credentials for its users.                                        */
/* esmgen-expect: exists                                             */
RDEFINE SERVER BBG.AUTHMOD.BBGZSAFM.SAFCRED UACC(NONE)
/* zosconnect-server: READ lets the server classify work with WLM.   */
/* esmgen-expect: exists                                             */
RDEFINE SERVER BBG.AUTHMOD.BBGZSAFM.ZOSWLM UACC(NONE)
/* zosconnect-server: READ lets the server take part in RRS          */
/* transactions.                                                     */
/* esmgen-expect: exists                                             */
RDEFINE SERVER BBG.AUTHMOD.BBGZSAFM.TXRRS UACC(NONE)
/* zosconnect-server: READ lets the server request SVC dumps.        */
/* esmgen-expect: exists                                             */
RDEFINE SERVER BBG.AUTHMOD.BBGZSAFM.ZOSDUMP UACC(NONE)
/* zosconnect-server: READ lets the server use the SAF profile       */
/* prefix of its security configuration.                             */
/* esmgen-expect: exists                                             */
RDEFINE SERVER BBG.SECPFX.BBGZDFLT UACC(NONE)
/* zosconnect-server: Only users with READ on the APPL profile of    */
/* the prefix may authenticate to the server.                        */
/* esmgen-expect: exists                                             */
RDEFINE APPL BBGZDFLT UACC(NONE)
RALTER APPL BBGZDFLT UACC(NONE)
/* zosconnect-server: The zosConnectAccess role admits users to the  */
/* z/OS Connect APIs (the name is case-sensitive).                   */
/* esmgen-expect: exists                                             */
RDEFINE EJBROLE BBGZDFLT.zos.connect.access.roles.zosConnectAccess -
  UACC(NONE)
RALTER EJBROLE BBGZDFLT.zos.connect.access.roles.zosConnectAccess -
  UACC(NONE)
/* passtickets: The PassTicket key of z/OSMF's application. Replay   */
/* protection is off, as Zowe requires for the services its API      */
/* Gateway signs users on to (the tickets stay between the gateway   */
/* and z/OSMF).                                                      */
/* RISK: PassTicket replay protection off                            */
/* esmgen-expect: exists                                             */
RDEFINE PTKTDATA IZUDFLT SSIGNON(KEYMASKED(0123456789ABCDEF)) -
  APPLDATA('NO REPLAY PROTECTION') UACC(NONE)
RALTER PTKTDATA IZUDFLT SSIGNON(KEYMASKED(0123456789ABCDEF)) -
  APPLDATA('NO REPLAY PROTECTION') UACC(NONE)
/* passtickets: UPDATE lets the Zowe server generate PassTickets for */
/* any user signing on to z/OSMF.                                    */
/* esmgen-expect: exists                                             */
RDEFINE PTKTDATA IRRPTAUTH.IZUDFLT.* UACC(NONE)
RALTER PTKTDATA IRRPTAUTH.IZUDFLT.* UACC(NONE)
/* passtickets: The PassTicket key of the application the CICS       */
/* region requests tickets for.                                      */
/* esmgen-expect: exists                                             */
RDEFINE PTKTDATA CICSAPPL SSIGNON(KEYMASKED(FEDCBA9876543210)) -
  UACC(NONE)
RALTER PTKTDATA CICSAPPL SSIGNON(KEYMASKED(FEDCBA9876543210)) -
  NOAPPLDATA UACC(NONE)
/* passtickets: UPDATE lets the CICS region generate PassTickets for */
/* that application (REQUEST ENCRYPTPTKT).                           */
/* esmgen-expect: exists                                             */
RDEFINE PTKTDATA IRRPTAUTH.CICSAPPL.* UACC(NONE)
RALTER PTKTDATA IRRPTAUTH.CICSAPPL.* UACC(NONE)
/* zosconnect-tls: READ lets a user read its own key ring (the       */
/* server and the requesters use theirs).                            */
/* esmgen-expect: exists                                             */
RDEFINE FACILITY IRR.DIGTCERT.LISTRING UACC(NONE)
/* datasets: Generic profile over every Zowe data set. RACF needs    */
/* the first qualifier to be a user or group (ICH09006I otherwise).  */
/* RISK: UACC READ                                                   */
/* esmgen-expect: exists                                             */
ADDSD 'ZWE.*.**' GENERIC UACC(READ)
ALTDSD 'ZWE.*.**' GENERIC UACC(READ)
/* ==== access ===================================================== */
/* zis: The main Zowe server calls the cross-memory server.          */
PERMIT ZWES.IS CLASS(FACILITY) ID(ZWESVUSR) ACCESS(READ)
/* zis: The auxiliary address space calls the cross-memory server    */
/* under the ZIS user.                                               */
PERMIT ZWES.IS CLASS(FACILITY) ID(ZWESIUSR) ACCESS(READ)
/* impersonation: UPDATE on BPX.SERVER lets the Zowe server create   */
/* security environments for its clients.                            */
/* RISK: UPDATE on BPX.*                                             */
PERMIT BPX.SERVER CLASS(FACILITY) ID(ZWESVUSR) ACCESS(UPDATE)
/* impersonation: UPDATE on BPX.DAEMON lets the Zowe server change   */
/* its identity to the logged-on user.                               */
/* RISK: UPDATE on BPX.*                                             */
PERMIT BPX.DAEMON CLASS(FACILITY) ID(ZWESVUSR) ACCESS(UPDATE)
/* impersonation: Where OMVSAPPL is defined, Zowe users need READ on */
/* it to use z/OS UNIX; the profile is not created here.             */
/* APPL OMVSAPPL may not be defined: then the class does not protect */
/* it and the PERMIT finds nothing                                   */
/* esmgen-expect: not-found                                          */
PERMIT OMVSAPPL CLASS(APPL) ID(ZWESVUSR) ACCESS(READ)
/* jobname: READ on BPX.JOBNAME allows setting job names of z/OS     */
/* UNIX address spaces.                                              */
PERMIT BPX.JOBNAME CLASS(FACILITY) ID(ZWESVUSR) ACCESS(READ)
/* cert-mapping: READ on IRR.RUSERMAP lets the gateway query         */
/* certificate-to-user mappings.                                     */
PERMIT IRR.RUSERMAP CLASS(FACILITY) ID(ZWESVUSR) ACCESS(READ)
/* identity-mapping: READ on IRR.IDIDMAP.QUERY lets the gateway      */
/* query distributed identity mappings.                              */
PERMIT IRR.IDIDMAP.QUERY CLASS(FACILITY) ID(ZWESVUSR) ACCESS(READ)
/* smf: READ on IRR.RAUDITX lets the gateway issue SMF audit         */
/* records.                                                          */
PERMIT IRR.RAUDITX CLASS(FACILITY) ID(ZWESVUSR) ACCESS(READ)
/* icsf: READ on CSFSERV CSFRNGL lets the Zowe server call the ICSF  */
/* random number service.                                            */
PERMIT CSFRNGL CLASS(CSFSERV) ID(ZWESVUSR) ACCESS(READ)
/* zosconnect-server: READ on BBG.ANGEL lets the server connect to   */
/* the default angel process.                                        */
PERMIT BBG.ANGEL CLASS(SERVER) ID(ZCEESRV) ACCESS(READ)
/* zosconnect-server: READ lets the server use the angel's           */
/* authorized SAF services module.                                   */
PERMIT BBG.AUTHMOD.BBGZSAFM CLASS(SERVER) ID(ZCEESRV) ACCESS(READ)
/* zosconnect-server: READ lets the server create and check SAF      */
/* credentials for its users.                                        */
PERMIT BBG.AUTHMOD.BBGZSAFM.SAFCRED CLASS(SERVER) ID(ZCEESRV) -
  ACCESS(READ)
/* zosconnect-server: READ lets the server classify work with WLM.   */
PERMIT BBG.AUTHMOD.BBGZSAFM.ZOSWLM CLASS(SERVER) ID(ZCEESRV) -
  ACCESS(READ)
/* zosconnect-server: READ lets the server take part in RRS          */
/* transactions.                                                     */
PERMIT BBG.AUTHMOD.BBGZSAFM.TXRRS CLASS(SERVER) ID(ZCEESRV) -
  ACCESS(READ)
/* zosconnect-server: READ lets the server request SVC dumps.        */
PERMIT BBG.AUTHMOD.BBGZSAFM.ZOSDUMP CLASS(SERVER) ID(ZCEESRV) -
  ACCESS(READ)
/* zosconnect-server: READ lets the server use the SAF profile       */
/* prefix of its security configuration.                             */
PERMIT BBG.SECPFX.BBGZDFLT CLASS(SERVER) ID(ZCEESRV) ACCESS(READ)
/* zosconnect-server: Only users with READ on the APPL profile of    */
/* the prefix may authenticate to the server.                        */
PERMIT BBGZDFLT CLASS(APPL) ID(WSGUEST) ACCESS(READ)
PERMIT BBGZDFLT CLASS(APPL) ID(ZCEEUSRS) ACCESS(READ)
/* zosconnect-server: The zosConnectAccess role admits users to the  */
/* z/OS Connect APIs (the name is case-sensitive).                   */
PERMIT BBGZDFLT.zos.connect.access.roles.zosConnectAccess -
  CLASS(EJBROLE) ID(ZCEEUSRS) ACCESS(READ)
/* passtickets: UPDATE lets the Zowe server generate PassTickets for */
/* any user signing on to z/OSMF.                                    */
PERMIT IRRPTAUTH.IZUDFLT.* CLASS(PTKTDATA) ID(ZWESVUSR) ACCESS(UPDATE)
/* passtickets: UPDATE lets the CICS region generate PassTickets for */
/* that application (REQUEST ENCRYPTPTKT).                           */
PERMIT IRRPTAUTH.CICSAPPL.* CLASS(PTKTDATA) ID(CICSUSER) -
  ACCESS(UPDATE)
/* zosconnect-tls: READ lets a user read its own key ring (the       */
/* server and the requesters use theirs).                            */
PERMIT IRR.DIGTCERT.LISTRING CLASS(FACILITY) ID(ZCEESRV) ACCESS(READ)
/* zosconnect-tls: READ lets the server map a client certificate to  */
/* a z/OS user id.                                                   */
PERMIT IRR.RUSERMAP CLASS(FACILITY) ID(ZCEESRV) ACCESS(READ)
/* zosconnect-requester: READ lets the requester read its own key    */
/* ring.                                                             */
PERMIT IRR.DIGTCERT.LISTRING CLASS(FACILITY) ID(ZCEEREQ) ACCESS(READ)
/* datasets: System programmers install and maintain the Zowe data   */
/* sets.                                                             */
/* RISK: ALTER access                                                */
PERMIT 'ZWE.*.**' CLASS(DATASET) GENERIC ID(ZWEADMIN) ACCESS(ALTER)
/* ==== refresh ==================================================== */
SETROPTS RACLIST(DIGTCERT DIGTRING) REFRESH
/* activating STARTED makes RACF assign started tasks their users    */
/* from these profiles                                               */
SETROPTS CLASSACT(STARTED) RACLIST(STARTED)
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
//TSS      DD DATA,DLM=$$
/* ==== esmgen 0.1.0: Top Secret setup deck ======================== */
/* Defines every requirement below. Safe to run again: a create that */
/* finds its object reports that on its own and the alter or replace */
/* after it converges the object to this spec (docs/idempotency.md). */
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
/* WARNING: profiles.yaml (bundled):346:9: class IDTDATA: the Top    */
/* Secret mapping (keyword: IDTDATA) is UNVERIFIED: check TSS        */
/* LIST(RDT) RESCLASS(IDTDATA), then confirm it with esm_tables:     */
/* {tss: {classes: {IDTDATA: {unverified: false}}}} or correct it    */
/* there (see docs/classes.md)                                       */
/* WARNING: profiles.yaml (bundled):393:9: Top Secret documents      */
/* SERVER owned prefixes (SERVER) as at most 8 characters; BBG.ANGEL */
/* has 9 (UNVERIFIED how TSS treats it; a shorter prefix can be      */
/* owned by hand)                                                    */
/* WARNING: profiles.yaml (bundled):398:9: Top Secret documents      */
/* SERVER owned prefixes (SERVER) as at most 8 characters;           */
/* BBG.AUTHMOD.BBGZSAFM has 20 (UNVERIFIED how TSS treats it; a      */
/* shorter prefix can be owned by hand)                              */
/* WARNING: profiles.yaml (bundled):403:9: Top Secret documents      */
/* SERVER owned prefixes (SERVER) as at most 8 characters;           */
/* BBG.AUTHMOD.BBGZSAFM.SAFCRED has 28 (UNVERIFIED how TSS treats    */
/* it; a shorter prefix can be owned by hand)                        */
/* WARNING: profiles.yaml (bundled):408:9: Top Secret documents      */
/* SERVER owned prefixes (SERVER) as at most 8 characters;           */
/* BBG.AUTHMOD.BBGZSAFM.ZOSWLM has 27 (UNVERIFIED how TSS treats it; */
/* a shorter prefix can be owned by hand)                            */
/* WARNING: profiles.yaml (bundled):413:9: Top Secret documents      */
/* SERVER owned prefixes (SERVER) as at most 8 characters;           */
/* BBG.AUTHMOD.BBGZSAFM.TXRRS has 26 (UNVERIFIED how TSS treats it;  */
/* a shorter prefix can be owned by hand)                            */
/* WARNING: profiles.yaml (bundled):418:9: Top Secret documents      */
/* SERVER owned prefixes (SERVER) as at most 8 characters;           */
/* BBG.AUTHMOD.BBGZSAFM.ZOSDUMP has 28 (UNVERIFIED how TSS treats    */
/* it; a shorter prefix can be owned by hand)                        */
/* WARNING: profiles.yaml (bundled):423:9: Top Secret documents      */
/* SERVER owned prefixes (SERVER) as at most 8 characters;           */
/* BBG.SECPFX.BBGZDFLT has 19 (UNVERIFIED how TSS treats it; a       */
/* shorter prefix can be owned by hand)                              */
/* WARNING: profiles.yaml (bundled):434:9: Top Secret documents      */
/* EJBROLE owned prefixes (EJBROLE) as at most 26 characters;        */
/* BBGZDFLT.zos.connect.access.roles.zosConnectAccess has 50         */
/* (UNVERIFIED how TSS treats it; a shorter prefix can be owned by   */
/* hand)                                                             */
/* WARNING: profiles.yaml (bundled):467:9: Top Secret documents      */
/* PTKTDATA owned prefixes (PTKTDATA) as at most 8 characters;       */
/* IRRPTAUTH.IZUDFLT. has 18 (UNVERIFIED how TSS treats it; a        */
/* shorter prefix can be owned by hand)                              */
/* WARNING: profiles.yaml (bundled):477:9: Top Secret documents      */
/* PTKTDATA owned prefixes (PTKTDATA) as at most 8 characters;       */
/* IRRPTAUTH.CICSAPPL. has 19 (UNVERIFIED how TSS treats it; a       */
/* shorter prefix can be owned by hand)                              */
/* WARNING: profiles.yaml (bundled):402:18: Top Secret documents     */
/* SERVER permits as at most 16 characters; BBG.AUTHMOD.BBGZSAFM has */
/* 20 (UNVERIFIED how TSS treats it)                                 */
/* WARNING: profiles.yaml (bundled):407:18: Top Secret documents     */
/* SERVER permits as at most 16 characters;                          */
/* BBG.AUTHMOD.BBGZSAFM.SAFCRED has 28 (UNVERIFIED how TSS treats    */
/* it)                                                               */
/* WARNING: profiles.yaml (bundled):412:18: Top Secret documents     */
/* SERVER permits as at most 16 characters;                          */
/* BBG.AUTHMOD.BBGZSAFM.ZOSWLM has 27 (UNVERIFIED how TSS treats it) */
/* WARNING: profiles.yaml (bundled):417:18: Top Secret documents     */
/* SERVER permits as at most 16 characters;                          */
/* BBG.AUTHMOD.BBGZSAFM.TXRRS has 26 (UNVERIFIED how TSS treats it)  */
/* WARNING: profiles.yaml (bundled):422:18: Top Secret documents     */
/* SERVER permits as at most 16 characters;                          */
/* BBG.AUTHMOD.BBGZSAFM.ZOSDUMP has 28 (UNVERIFIED how TSS treats    */
/* it)                                                               */
/* WARNING: profiles.yaml (bundled):426:18: Top Secret documents     */
/* SERVER permits as at most 16 characters; BBG.SECPFX.BBGZDFLT has  */
/* 19 (UNVERIFIED how TSS treats it)                                 */
/* NOTE: UID/GID ?: Top Secret assigns the ids only where the site   */
/* has set up automatic assignment (which options that takes is not  */
/* publicly documented); the deck sets none (they are system-wide)   */
/* SECRETS: this deck holds the values of zosmf_ptkt_key,            */
/* cics_ptkt_key. Batch TSO echoes every command to SYSTSPRT, so     */
/* they will be in the job output too: send SYSTSPRT to a held       */
/* output class, purge it once checked, and keep this deck out of    */
/* version control and shared libraries.                             */
PROFILE MSGID
/* ==== resource classes =========================================== */
/* zis, impersonation, jobname, cert-mapping, identity-mapping, smf, */
/* zosconnect-tls, zosconnect-requester: The FACILITY class must be  */
/* active for the profiles below.                                    */
/* FACILITY is the TSS resource class IBMFAC; it must be in the RDT  */
/* impersonation, zosconnect-server: The APPL class must be active   */
/* for the profiles below.                                           */
/* APPL is the TSS resource class APPL; it must be in the RDT        */
/* icsf: The CSFSERV class must be active for the profiles below.    */
/* CSFSERV is the TSS resource class CSFSERV; it must be in the RDT  */
/* idt: The IDTDATA class must be active for the profiles below.     */
/* IDTDATA is the TSS resource class IDTDATA; it must be in the RDT  */
/* zosconnect-server: The SERVER class must be active for the        */
/* profiles below.                                                   */
/* SERVER is the TSS resource class SERVER; it must be in the RDT    */
/* zosconnect-server: The EJBROLE class must be active for the       */
/* profiles below.                                                   */
/* EJBROLE is the TSS resource class EJBROLE; it must be in the RDT  */
/* passtickets: The PTKTDATA class must be active for the profiles   */
/* below.                                                            */
/* PTKTDATA is not predefined in Top Secret: this adds it to the     */
/* RDT, for the whole system                                         */
/* esmgen-expect: exists                                             */
TSS ADD(RDT) RESCLASS(PTKTDATA) ACLST(ALL,UPDATE=6000,READ) -
  MAXLEN(37) ATTR(MASK)
/* ==== departments ================================================ */
/* zowe-core: Top Secret ACIDs and resource prefixes must be owned   */
/* by a department.                                                  */
/* esmgen-expect: exists                                             */
TSS CREATE(ZWEDEPT) TYPE(DEPT) NAME('ZOWE DEPARTMENT')
/* ==== groups ===================================================== */
/* zowe-core: Group of the Zowe administrators, with an OMVS GID.    */
/* esmgen-expect: exists                                             */
TSS CREATE(ZWEADMIN) TYPE(GROUP) NAME('ZOWE ADMINISTRATORS') -
  DEPT(ZWEDEPT)
/* esmgen-expect: exists                                             */
TSS ADD(ZWEADMIN) GID(?)
/* zosconnect-server: Default group of the z/OS Connect server user, */
/* with an OMVS GID.                                                 */
/* esmgen-expect: exists                                             */
TSS CREATE(ZCEEGRP) TYPE(GROUP) NAME('Z/OS CONNECT SERVER') -
  DEPT(ZWEDEPT)
/* esmgen-expect: exists                                             */
TSS ADD(ZCEEGRP) GID(?)
/* zosconnect-server: Users who may call z/OS Connect APIs; EJBROLE  */
/* users need OMVS segments.                                         */
/* esmgen-expect: exists                                             */
TSS CREATE(ZCEEUSRS) TYPE(GROUP) NAME('Z/OS CONNECT API USERS') -
  DEPT(ZWEDEPT)
/* esmgen-expect: exists                                             */
TSS ADD(ZCEEUSRS) GID(?)
/* hlq-group: Group that owns the Zowe data set prefix.              */
/* esmgen-expect: exists                                             */
TSS CREATE(ZWE) TYPE(GROUP) NAME('ZOWE DATA SET PREFIX') DEPT(ZWEDEPT)
/* ==== users ====================================================== */
/* zowe-core: Protected user (no password) of the main Zowe server,  */
/* with an OMVS segment.                                             */
/* esmgen-expect: exists                                             */
TSS CREATE(ZWESVUSR) TYPE(USER) NAME('ZOWE SERVER') DEPT(ZWEDEPT) -
  PROTECTED
/* esmgen-expect: exists                                             */
TSS ADD(ZWESVUSR) GROUP(ZWEADMIN)
/* esmgen-expect: exists                                             */
TSS ADD(ZWESVUSR) DFLTGRP(ZWEADMIN)
/* esmgen-expect: exists                                             */
TSS ADD(ZWESVUSR) UID(?) HOME(/tmp) OMVSPGM(/bin/sh)
TSS REPLACE(ZWESVUSR) NAME('ZOWE SERVER') DFLTGRP(ZWEADMIN) -
  HOME(/tmp) OMVSPGM(/bin/sh)
/* zowe-core: Protected user of the cross-memory server and its      */
/* auxiliary address space.                                          */
/* esmgen-expect: exists                                             */
TSS CREATE(ZWESIUSR) TYPE(USER) NAME('ZOWE XMEM SERVER') -
  DEPT(ZWEDEPT) PROTECTED
/* esmgen-expect: exists                                             */
TSS ADD(ZWESIUSR) GROUP(ZWEADMIN)
/* esmgen-expect: exists                                             */
TSS ADD(ZWESIUSR) DFLTGRP(ZWEADMIN)
/* esmgen-expect: exists                                             */
TSS ADD(ZWESIUSR) UID(?) HOME(/tmp) OMVSPGM(/bin/sh)
TSS REPLACE(ZWESIUSR) NAME('ZOWE XMEM SERVER') DFLTGRP(ZWEADMIN) -
  HOME(/tmp) OMVSPGM(/bin/sh)
/* zosconnect-server: Protected user of the z/OS Connect server and  */
/* angel started tasks.                                              */
/* esmgen-expect: exists                                             */
TSS CREATE(ZCEESRV) TYPE(USER) NAME('ZOS CONNECT SERVER') -
  DEPT(ZWEDEPT) PROTECTED
/* esmgen-expect: exists                                             */
TSS ADD(ZCEESRV) GROUP(ZCEEGRP)
/* esmgen-expect: exists                                             */
TSS ADD(ZCEESRV) DFLTGRP(ZCEEGRP)
/* esmgen-expect: exists                                             */
TSS ADD(ZCEESRV) UID(?) HOME(/tmp) OMVSPGM(/bin/sh)
TSS REPLACE(ZCEESRV) NAME('ZOS CONNECT SERVER') DFLTGRP(ZCEEGRP) -
  HOME(/tmp) OMVSPGM(/bin/sh)
/* zosconnect-server: Liberty runs requests that carry no            */
/* credentials under this protected user.                            */
/* esmgen-expect: exists                                             */
TSS CREATE(WSGUEST) TYPE(USER) NAME('UNAUTHENTICATED') DEPT(ZWEDEPT) -
  PROTECTED
/* esmgen-expect: exists                                             */
TSS ADD(WSGUEST) GROUP(ZCEEGRP)
/* esmgen-expect: exists                                             */
TSS ADD(WSGUEST) DFLTGRP(ZCEEGRP)
TSS REPLACE(WSGUEST) NAME('UNAUTHENTICATED') DFLTGRP(ZCEEGRP)
/* zosconnect-requester: Protected user the API requester runs       */
/* under.                                                            */
/* esmgen-expect: exists                                             */
TSS CREATE(ZCEEREQ) TYPE(USER) NAME('ZOS CONNECT REQUESTR') -
  DEPT(ZWEDEPT) PROTECTED
/* esmgen-expect: exists                                             */
TSS ADD(ZCEEREQ) GROUP(ZCEEGRP)
/* esmgen-expect: exists                                             */
TSS ADD(ZCEEREQ) DFLTGRP(ZCEEGRP)
TSS REPLACE(ZCEEREQ) NAME('ZOS CONNECT REQUESTR') DFLTGRP(ZCEEGRP)
/* ==== certificates =============================================== */
/* zosconnect-tls: The certificate authority that signs the server's */
/* and the requesters' certificates; both sides trust it.            */
/* RISK: certificate authority                                       */
/* esmgen-expect: exists                                             */
TSS GENCERT(CERTAUTH) DIGICERT(ZCEECA) -
  SUBJECTN('CN="ZCEE CA" O="z/OS Connect"') KEYSIZE(2048) -
  NADATE(12/31/30) LABLCERT('ZCEE CA') KEYUSAGE('CERTSIGN')
/* zosconnect-tls: The certificate the server presents in the TLS    */
/* handshake.                                                        */
/* esmgen-expect: exists                                             */
TSS GENCERT(ZCEESRV) DIGICERT(ZCEESRV) -
  SUBJECTN('CN="zosconnect.example.com" O="z/OS Connect"') -
  KEYSIZE(2048) NADATE(12/31/30) LABLCERT('ZCEE SERVER') -
  KEYUSAGE('HANDSHAKE') SIGNWITH(CERTAUTH,ZCEECA) -
  ALTNAME('DOMAIN=zosconnect.example.com')
/* zosconnect-requester: The client certificate the requester        */
/* presents to the server.                                           */
/* esmgen-expect: exists                                             */
TSS GENCERT(ZCEEREQ) DIGICERT(ZCEEREQ) -
  SUBJECTN('CN="ZCEEREQ" OU="ZCEE Requesters" O="z/OS Connect"') -
  KEYSIZE(2048) NADATE(12/31/30) LABLCERT('ZCEE REQUESTER') -
  KEYUSAGE('HANDSHAKE') SIGNWITH(CERTAUTH,ZCEECA)
/* ==== key rings ================================================== */
/* zosconnect-tls: The server's key ring holds its certificate and   */
/* the CA it trusts for client certificates.                         */
/* RISK: trusts ZCEE CA                                              */
/* esmgen-expect: exists                                             */
TSS ADD(ZCEESRV) KEYRING(ZCEERING) LABLRING('ZCEERING')
/* esmgen-expect: exists                                             */
TSS ADD(ZCEESRV) KEYRING(ZCEERING) RINGDATA(CERTAUTH,ZCEECA) -
  USAGE(CERTAUTH)
/* esmgen-expect: exists                                             */
TSS ADD(ZCEESRV) KEYRING(ZCEERING) RINGDATA(ZCEESRV,ZCEESRV) -
  USAGE(PERSONAL) DEFAULT
/* zosconnect-requester: The requester's key ring holds its client   */
/* certificate and the CA that signed the server's.                  */
/* RISK: trusts ZCEE CA                                              */
/* esmgen-expect: exists                                             */
TSS ADD(ZCEEREQ) KEYRING(ZCEEREQR) LABLRING('ZCEEREQR')
/* esmgen-expect: exists                                             */
TSS ADD(ZCEEREQ) KEYRING(ZCEEREQR) RINGDATA(CERTAUTH,ZCEECA) -
  USAGE(CERTAUTH)
/* esmgen-expect: exists                                             */
TSS ADD(ZCEEREQ) KEYRING(ZCEEREQR) RINGDATA(ZCEEREQ,ZCEEREQ) -
  USAGE(PERSONAL) DEFAULT
/* ==== started tasks ============================================== */
/* zowe-core: The Zowe launcher started task runs under the Zowe     */
/* server user and group.                                            */
/* esmgen-expect: not-found                                          */
TSS REMOVE(STC) PROCNAME(ZWESLSTC)
/* esmgen-expect: exists                                             */
TSS ADD(STC) PROCNAME(ZWESLSTC) ACID(ZWESVUSR)
/* esmgen-expect: exists                                             */
TSS ADD(ZWESVUSR) FAC(STC)
/* zowe-core: The cross-memory server started task runs under the    */
/* ZIS user.                                                         */
/* esmgen-expect: not-found                                          */
TSS REMOVE(STC) PROCNAME(ZWESISTC)
/* esmgen-expect: exists                                             */
TSS ADD(STC) PROCNAME(ZWESISTC) ACID(ZWESIUSR)
/* esmgen-expect: exists                                             */
TSS ADD(ZWESIUSR) FAC(STC)
/* zowe-core: The cross-memory auxiliary address space runs under    */
/* the ZIS user.                                                     */
/* esmgen-expect: not-found                                          */
TSS REMOVE(STC) PROCNAME(ZWESASTC)
/* esmgen-expect: exists                                             */
TSS ADD(STC) PROCNAME(ZWESASTC) ACID(ZWESIUSR)
/* esmgen-expect: exists                                             */
TSS ADD(ZWESIUSR) FAC(STC)
/* zosconnect-server: The z/OS Connect server started task.          */
/* esmgen-expect: not-found                                          */
TSS REMOVE(STC) PROCNAME(BAQSTRT)
/* esmgen-expect: exists                                             */
TSS ADD(STC) PROCNAME(BAQSTRT) ACID(ZCEESRV)
/* esmgen-expect: exists                                             */
TSS ADD(ZCEESRV) FAC(STC)
/* zosconnect-server: The Liberty angel process, through which the   */
/* server uses z/OS authorized services.                             */
/* esmgen-expect: not-found                                          */
TSS REMOVE(STC) PROCNAME(BAQZANGL)
/* esmgen-expect: exists                                             */
TSS ADD(STC) PROCNAME(BAQZANGL) ACID(ZCEESRV)
/* esmgen-expect: exists                                             */
TSS ADD(ZCEESRV) FAC(STC)
/* ==== resource profiles ========================================== */
/* zis: The profile that guards the cross-memory server against      */
/* unprivileged clients.                                             */
/* esmgen-expect: exists                                             */
TSS ADD(ZWEDEPT) IBMFAC(ZWES.IS)
/* esmgen-expect: not-found                                          */
TSS REVOKE(ALL) IBMFAC(ZWES.IS)
/* impersonation: UPDATE on BPX.SERVER lets the Zowe server create   */
/* security environments for its clients.                            */
/* RISK: where it is new, z/OS UNIX-level security for the whole     */
/* system                                                            */
/* IBMFAC(BPX.SERVER) is system-wide: the site owns it (TSS permits  */
/* only owned resources; set tss_system_owner to have setup take     */
/* ownership for that ACID)                                          */
/* impersonation: UPDATE on BPX.DAEMON lets the Zowe server change   */
/* its identity to the logged-on user.                               */
/* RISK: where it is new, z/OS UNIX-level security for the whole     */
/* system                                                            */
/* IBMFAC(BPX.DAEMON) is system-wide: the site owns it (TSS permits  */
/* only owned resources; set tss_system_owner to have setup take     */
/* ownership for that ACID)                                          */
/* jobname: READ on BPX.JOBNAME allows setting job names of z/OS     */
/* UNIX address spaces.                                              */
/* IBMFAC(BPX.JOBNAME) is system-wide: the site owns it (TSS permits */
/* only owned resources; set tss_system_owner to have setup take     */
/* ownership for that ACID)                                          */
/* cert-mapping: READ on IRR.RUSERMAP lets the gateway query         */
/* certificate-to-user mappings.                                     */
/* IBMFAC(IRR.RUSERMAP) is system-wide: the site owns it (TSS        */
/* permits only owned resources; set tss_system_owner to have setup  */
/* take ownership for that ACID)                                     */
/* identity-mapping: READ on IRR.IDIDMAP.QUERY lets the gateway      */
/* query distributed identity mappings.                              */
/* IBMFAC(IRR.IDIDMAP.QUERY) is system-wide: the site owns it (TSS   */
/* permits only owned resources; set tss_system_owner to have setup  */
/* take ownership for that ACID)                                     */
/* smf: READ on IRR.RAUDITX lets the gateway issue SMF audit         */
/* records.                                                          */
/* IBMFAC(IRR.RAUDITX) is system-wide: the site owns it (TSS permits */
/* only owned resources; set tss_system_owner to have setup take     */
/* ownership for that ACID)                                          */
/* icsf: READ on CSFSERV CSFRNGL lets the Zowe server call the ICSF  */
/* random number service.                                            */
/* CSFSERV(CSFRNGL) is system-wide: the site owns it (TSS permits    */
/* only owned resources; set tss_system_owner to have setup take     */
/* ownership for that ACID)                                          */
/* idt: Defines the identity token profile. The PKCS#11 token, its   */
/* key and the signing parameters (RACF IDTPARMS, ACF2 IDTDATA       */
/* profile record, TSS IDT record) are site-specific and are added   */
/* as the ESM documentation describes.                               */
/* esmgen-expect: exists                                             */
TSS ADD(ZWEDEPT) IDTDATA(ZWEIDT.ZOWEAPPL)
/* esmgen-expect: not-found                                          */
TSS REVOKE(ALL) IDTDATA(ZWEIDT.ZOWEAPPL)
/* zosconnect-server: READ on BBG.ANGEL lets the server connect to   */
/* the default angel process.                                        */
/* SERVER(BBG.ANGEL) is system-wide: the site owns it (TSS permits   */
/* only owned resources; set tss_system_owner to have setup take     */
/* ownership for that ACID)                                          */
/* zosconnect-server: READ lets the server use the angel's           */
/* authorized SAF services module.                                   */
/* SERVER(BBG.AUTHMOD.BBGZSAFM) is system-wide: the site owns it     */
/* (TSS permits only owned resources; set tss_system_owner to have   */
/* setup take ownership for that ACID)                               */
/* zosconnect-server: READ lets the server create and check SAF      */
/* credentials for its users.                                        */
/* SERVER(BBG.AUTHMOD.BBGZSAFM.SAFCRED) is system-wide: the site     */
/* owns it (TSS permits only owned resources; set tss_system_owner   */
/* to have setup take ownership for that ACID)                       */
/* zosconnect-server: READ lets the server classify work with WLM.   */
/* SERVER(BBG.AUTHMOD.BBGZSAFM.ZOSWLM) is system-wide: the site owns */
/* it (TSS permits only owned resources; set tss_system_owner to     */
/* have setup take ownership for that ACID)                          */
/* zosconnect-server: READ lets the server take part in RRS          */
/* transactions.                                                     */
/* SERVER(BBG.AUTHMOD.BBGZSAFM.TXRRS) is system-wide: the site owns  */
/* it (TSS permits only owned resources; set tss_system_owner to     */
/* have setup take ownership for that ACID)                          */
/* zosconnect-server: READ lets the server request SVC dumps.        */
/* SERVER(BBG.AUTHMOD.BBGZSAFM.ZOSDUMP) is system-wide: the site     */
/* owns it (TSS permits only owned resources; set tss_system_owner   */
/* to have setup take ownership for that ACID)                       */
/* zosconnect-server: READ lets the server use the SAF profile       */
/* prefix of its security configuration.                             */
/* esmgen-expect: exists                                             */
TSS ADD(ZWEDEPT) SERVER(BBG.SECPFX.BBGZDFLT)
/* esmgen-expect: not-found                                          */
TSS REVOKE(ALL) SERVER(BBG.SECPFX.BBGZDFLT)
/* zosconnect-server: Only users with READ on the APPL profile of    */
/* the prefix may authenticate to the server.                        */
/* esmgen-expect: exists                                             */
TSS ADD(ZWEDEPT) APPL(BBGZDFLT)
/* esmgen-expect: not-found                                          */
TSS REVOKE(ALL) APPL(BBGZDFLT)
/* zosconnect-server: The zosConnectAccess role admits users to the  */
/* z/OS Connect APIs (the name is case-sensitive).                   */
/* esmgen-expect: exists                                             */
TSS ADD(ZWEDEPT) -
  EJBROLE(BBGZDFLT.zos.connect.access.roles.zosConnectAccess)
/* esmgen-expect: not-found                                          */
TSS REVOKE(ALL) -
  EJBROLE(BBGZDFLT.zos.connect.access.roles.zosConnectAccess)
/* passtickets: The PassTicket key of z/OSMF's application. Replay   */
/* protection is off, as Zowe requires for the services its API      */
/* Gateway signs users on to (the tickets stay between the gateway   */
/* and z/OSMF).                                                      */
/* RISK: PassTicket replay protection off                            */
/* esmgen-expect: exists                                             */
TSS ADDTO(NDT) PSTKAPPL(IZUDFLT) SESSKEY(0123456789ABCDEF) SIGNMULTI
TSS REPLACE(NDT) PSTKAPPL(IZUDFLT) SESSKEY(0123456789ABCDEF) SIGNMULTI
/* passtickets: UPDATE lets the Zowe server generate PassTickets for */
/* any user signing on to z/OSMF.                                    */
/* esmgen-expect: exists                                             */
TSS ADD(ZWEDEPT) PTKTDATA(IRRPTAUTH.IZUDFLT.)
/* esmgen-expect: not-found                                          */
TSS REVOKE(ALL) PTKTDATA(IRRPTAUTH.IZUDFLT.)
/* passtickets: The PassTicket key of the application the CICS       */
/* region requests tickets for.                                      */
/* esmgen-expect: exists                                             */
TSS ADDTO(NDT) PSTKAPPL(CICSAPPL) SESSKEY(FEDCBA9876543210)
TSS REPLACE(NDT) PSTKAPPL(CICSAPPL) SESSKEY(FEDCBA9876543210)
/* passtickets: UPDATE lets the CICS region generate PassTickets for */
/* that application (REQUEST ENCRYPTPTKT).                           */
/* esmgen-expect: exists                                             */
TSS ADD(ZWEDEPT) PTKTDATA(IRRPTAUTH.CICSAPPL.)
/* esmgen-expect: not-found                                          */
TSS REVOKE(ALL) PTKTDATA(IRRPTAUTH.CICSAPPL.)
/* zosconnect-tls: READ lets a user read its own key ring (the       */
/* server and the requesters use theirs).                            */
/* IBMFAC(IRR.DIGTCERT.LISTRING) is system-wide: the site owns it    */
/* (TSS permits only owned resources; set tss_system_owner to have   */
/* setup take ownership for that ACID)                               */
/* datasets: Generic profile over every Zowe data set.               */
/* RISK: UACC READ                                                   */
/* esmgen-expect: exists                                             */
TSS ADD(ZWEDEPT) DATASET(ZWE.)
/* esmgen-expect: not-found                                          */
TSS REVOKE(ALL) DATASET(ZWE.)
TSS PERMIT(ALL) DATASET(ZWE.) ACCESS(READ)
/* ==== access ===================================================== */
/* zis: The main Zowe server calls the cross-memory server.          */
/* esmgen-expect: not-found                                          */
TSS REVOKE(ZWESVUSR) IBMFAC(ZWES.IS)
TSS PERMIT(ZWESVUSR) IBMFAC(ZWES.IS) ACCESS(READ)
/* zis: The auxiliary address space calls the cross-memory server    */
/* under the ZIS user.                                               */
/* esmgen-expect: not-found                                          */
TSS REVOKE(ZWESIUSR) IBMFAC(ZWES.IS)
TSS PERMIT(ZWESIUSR) IBMFAC(ZWES.IS) ACCESS(READ)
/* impersonation: UPDATE on BPX.SERVER lets the Zowe server create   */
/* security environments for its clients.                            */
/* RISK: UPDATE on BPX.*                                             */
/* esmgen-expect: not-found                                          */
TSS REVOKE(ZWESVUSR) IBMFAC(BPX.SERVER)
TSS PERMIT(ZWESVUSR) IBMFAC(BPX.SERVER) ACCESS(UPDATE)
/* impersonation: UPDATE on BPX.DAEMON lets the Zowe server change   */
/* its identity to the logged-on user.                               */
/* RISK: UPDATE on BPX.*                                             */
/* esmgen-expect: not-found                                          */
TSS REVOKE(ZWESVUSR) IBMFAC(BPX.DAEMON)
TSS PERMIT(ZWESVUSR) IBMFAC(BPX.DAEMON) ACCESS(UPDATE)
/* impersonation: Where OMVSAPPL is defined, Zowe users need READ on */
/* it to use z/OS UNIX; the profile is not created here.             */
/* esmgen-expect: not-found                                          */
TSS REVOKE(ZWESVUSR) APPL(OMVSAPPL)
TSS PERMIT(ZWESVUSR) APPL(OMVSAPPL) ACCESS(READ)
/* jobname: READ on BPX.JOBNAME allows setting job names of z/OS     */
/* UNIX address spaces.                                              */
/* esmgen-expect: not-found                                          */
TSS REVOKE(ZWESVUSR) IBMFAC(BPX.JOBNAME)
TSS PERMIT(ZWESVUSR) IBMFAC(BPX.JOBNAME) ACCESS(READ)
/* cert-mapping: READ on IRR.RUSERMAP lets the gateway query         */
/* certificate-to-user mappings.                                     */
/* esmgen-expect: not-found                                          */
TSS REVOKE(ZWESVUSR) IBMFAC(IRR.RUSERMAP)
TSS PERMIT(ZWESVUSR) IBMFAC(IRR.RUSERMAP) ACCESS(READ)
/* identity-mapping: READ on IRR.IDIDMAP.QUERY lets the gateway      */
/* query distributed identity mappings.                              */
/* esmgen-expect: not-found                                          */
TSS REVOKE(ZWESVUSR) IBMFAC(IRR.IDIDMAP.QUERY)
TSS PERMIT(ZWESVUSR) IBMFAC(IRR.IDIDMAP.QUERY) ACCESS(READ)
/* smf: READ on IRR.RAUDITX lets the gateway issue SMF audit         */
/* records.                                                          */
/* esmgen-expect: not-found                                          */
TSS REVOKE(ZWESVUSR) IBMFAC(IRR.RAUDITX)
TSS PERMIT(ZWESVUSR) IBMFAC(IRR.RAUDITX) ACCESS(READ)
/* icsf: READ on CSFSERV CSFRNGL lets the Zowe server call the ICSF  */
/* random number service.                                            */
/* esmgen-expect: not-found                                          */
TSS REVOKE(ZWESVUSR) CSFSERV(CSFRNGL)
TSS PERMIT(ZWESVUSR) CSFSERV(CSFRNGL) ACCESS(READ)
/* zosconnect-server: READ on BBG.ANGEL lets the server connect to   */
/* the default angel process.                                        */
/* esmgen-expect: not-found                                          */
TSS REVOKE(ZCEESRV) SERVER(BBG.ANGEL)
TSS PERMIT(ZCEESRV) SERVER(BBG.ANGEL) ACCESS(READ)
/* zosconnect-server: READ lets the server use the angel's           */
/* authorized SAF services module.                                   */
/* esmgen-expect: not-found                                          */
TSS REVOKE(ZCEESRV) SERVER(BBG.AUTHMOD.BBGZSAFM)
TSS PERMIT(ZCEESRV) SERVER(BBG.AUTHMOD.BBGZSAFM) ACCESS(READ)
/* zosconnect-server: READ lets the server create and check SAF      */
/* credentials for its users.                                        */
/* esmgen-expect: not-found                                          */
TSS REVOKE(ZCEESRV) SERVER(BBG.AUTHMOD.BBGZSAFM.SAFCRED)
TSS PERMIT(ZCEESRV) SERVER(BBG.AUTHMOD.BBGZSAFM.SAFCRED) ACCESS(READ)
/* zosconnect-server: READ lets the server classify work with WLM.   */
/* esmgen-expect: not-found                                          */
TSS REVOKE(ZCEESRV) SERVER(BBG.AUTHMOD.BBGZSAFM.ZOSWLM)
TSS PERMIT(ZCEESRV) SERVER(BBG.AUTHMOD.BBGZSAFM.ZOSWLM) ACCESS(READ)
/* zosconnect-server: READ lets the server take part in RRS          */
/* transactions.                                                     */
/* esmgen-expect: not-found                                          */
TSS REVOKE(ZCEESRV) SERVER(BBG.AUTHMOD.BBGZSAFM.TXRRS)
TSS PERMIT(ZCEESRV) SERVER(BBG.AUTHMOD.BBGZSAFM.TXRRS) ACCESS(READ)
/* zosconnect-server: READ lets the server request SVC dumps.        */
/* esmgen-expect: not-found                                          */
TSS REVOKE(ZCEESRV) SERVER(BBG.AUTHMOD.BBGZSAFM.ZOSDUMP)
TSS PERMIT(ZCEESRV) SERVER(BBG.AUTHMOD.BBGZSAFM.ZOSDUMP) ACCESS(READ)
/* zosconnect-server: READ lets the server use the SAF profile       */
/* prefix of its security configuration.                             */
/* esmgen-expect: not-found                                          */
TSS REVOKE(ZCEESRV) SERVER(BBG.SECPFX.BBGZDFLT)
TSS PERMIT(ZCEESRV) SERVER(BBG.SECPFX.BBGZDFLT) ACCESS(READ)
/* zosconnect-server: Only users with READ on the APPL profile of    */
/* the prefix may authenticate to the server.                        */
/* esmgen-expect: not-found                                          */
TSS REVOKE(WSGUEST) APPL(BBGZDFLT)
TSS PERMIT(WSGUEST) APPL(BBGZDFLT) ACCESS(READ)
/* esmgen-expect: not-found                                          */
TSS REVOKE(ZCEEUSRS) APPL(BBGZDFLT)
TSS PERMIT(ZCEEUSRS) APPL(BBGZDFLT) ACCESS(READ)
/* zosconnect-server: The zosConnectAccess role admits users to the  */
/* z/OS Connect APIs (the name is case-sensitive).                   */
/* esmgen-expect: not-found                                          */
TSS REVOKE(ZCEEUSRS) -
  EJBROLE(BBGZDFLT.zos.connect.access.roles.zosConnectAccess)
TSS PERMIT(ZCEEUSRS) -
  EJBROLE(BBGZDFLT.zos.connect.access.roles.zosConnectAccess) -
  ACCESS(READ)
/* passtickets: UPDATE lets the Zowe server generate PassTickets for */
/* any user signing on to z/OSMF.                                    */
/* esmgen-expect: not-found                                          */
TSS REVOKE(ZWESVUSR) PTKTDATA(IRRPTAUTH.IZUDFLT.)
TSS PERMIT(ZWESVUSR) PTKTDATA(IRRPTAUTH.IZUDFLT.) ACCESS(UPDATE)
/* passtickets: UPDATE lets the CICS region generate PassTickets for */
/* that application (REQUEST ENCRYPTPTKT).                           */
/* esmgen-expect: not-found                                          */
TSS REVOKE(CICSUSER) PTKTDATA(IRRPTAUTH.CICSAPPL.)
TSS PERMIT(CICSUSER) PTKTDATA(IRRPTAUTH.CICSAPPL.) ACCESS(UPDATE)
/* zosconnect-tls: READ lets a user read its own key ring (the       */
/* server and the requesters use theirs).                            */
/* esmgen-expect: not-found                                          */
TSS REVOKE(ZCEESRV) IBMFAC(IRR.DIGTCERT.LISTRING)
TSS PERMIT(ZCEESRV) IBMFAC(IRR.DIGTCERT.LISTRING) ACCESS(READ)
/* zosconnect-tls: READ lets the server map a client certificate to  */
/* a z/OS user id.                                                   */
/* esmgen-expect: not-found                                          */
TSS REVOKE(ZCEESRV) IBMFAC(IRR.RUSERMAP)
TSS PERMIT(ZCEESRV) IBMFAC(IRR.RUSERMAP) ACCESS(READ)
/* zosconnect-requester: READ lets the requester read its own key    */
/* ring.                                                             */
/* esmgen-expect: not-found                                          */
TSS REVOKE(ZCEEREQ) IBMFAC(IRR.DIGTCERT.LISTRING)
TSS PERMIT(ZCEEREQ) IBMFAC(IRR.DIGTCERT.LISTRING) ACCESS(READ)
/* datasets: System programmers install and maintain the Zowe data   */
/* sets.                                                             */
/* RISK: ALTER access                                                */
/* esmgen-expect: not-found                                          */
TSS REVOKE(ZWEADMIN) DATASET(ZWE.)
TSS PERMIT(ZWEADMIN) DATASET(ZWE.) ACCESS(ALL)
/* ==== multi-user facilities ====================================== */
/* tss-multiuser: The Zowe server is the master of its facility; add */
/* the users who sign on to it under users.                          */
/* The facility ZOWE must first be defined in the TSS parameter      */
/* file, not by a command: FACILITY(USERnn=NAME=ZOWE),               */
/* FACILITY(ZOWE=MODE=FAIL), FACILITY(ZOWE=RES)                      */
/* esmgen-expect: exists                                             */
TSS ADD(ZWESVUSR) MASTFAC(ZOWE)
$$
