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
//RUN      EXEC PGM=IKJEFT01,REGION=0M
//SYSTSPRT DD SYSOUT=*
//SYSTSIN  DD DATA,DLM=$$
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
