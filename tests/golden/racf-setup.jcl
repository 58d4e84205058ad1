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
