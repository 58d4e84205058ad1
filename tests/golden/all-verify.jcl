//ESMGEN   JOB (ACCT),'ESMGEN VERIFY',CLASS=A,MSGCLASS=A,
//             MSGLEVEL=(1,1),NOTIFY=&SYSUID
//* esmgen: verify deck from profiles.yaml (bundled); components:
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
//ACF2     DD DATA,DLM=$$
/* ==== esmgen 0.1.0: ACF2 verify deck ============================= */
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
ACF
SHOW CLASMAP
* ==== resource classes ==============================================
* zis, impersonation, jobname, cert-mapping, identity-mapping, smf,
* zosconnect-tls, zosconnect-requester: The FACILITY class must be
* active for the profiles below.
* expect FACILITY mapped to type FAC in SHOW CLASMAP above
* impersonation, zosconnect-server: The APPL class must be active for
* the profiles below.
* expect APPL mapped to type APL in SHOW CLASMAP above
* icsf: The CSFSERV class must be active for the profiles below.
* expect CSFSERV mapped to type CSF in SHOW CLASMAP above
* idt: The IDTDATA class must be active for the profiles below.
* expect IDTDATA mapped to type IDT in SHOW CLASMAP above
* zosconnect-server: The SERVER class must be active for the profiles
* below.
* expect SERVER mapped to type SVR in SHOW CLASMAP above
* zosconnect-server: The EJBROLE class must be active for the profiles
* below.
* expect EJBROLE mapped to type EJB in SHOW CLASMAP above
* passtickets: The PTKTDATA class must be active for the profiles
* below.
* expect PTKTDATA mapped to type PTK in SHOW CLASMAP above
* ==== groups ========================================================
* zowe-core: Group of the Zowe administrators, with an OMVS GID.
SET PROFILE(GROUP) DIVISION(OMVS)
LIST ZWEADMIN
SET X(ROL)
LIST ZWEADMIN
* zosconnect-server: Default group of the z/OS Connect server user,
* with an OMVS GID.
SET PROFILE(GROUP) DIVISION(OMVS)
LIST ZCEEGRP
SET X(ROL)
LIST ZCEEGRP
* zosconnect-server: Users who may call z/OS Connect APIs; EJBROLE
* users need OMVS segments.
SET PROFILE(GROUP) DIVISION(OMVS)
LIST ZCEEUSRS
* ==== users =========================================================
* zowe-core: Protected user (no password) of the main Zowe server,
* with an OMVS segment.
SET LID
LIST ZWESVUSR
SET PROFILE(USER) DIVISION(OMVS)
LIST ZWESVUSR
ROLES ZWESVUSR
* zowe-core: Protected user of the cross-memory server and its
* auxiliary address space.
SET LID
LIST ZWESIUSR
SET PROFILE(USER) DIVISION(OMVS)
LIST ZWESIUSR
ROLES ZWESIUSR
* zosconnect-server: Protected user of the z/OS Connect server and
* angel started tasks.
SET LID
LIST ZCEESRV
SET PROFILE(USER) DIVISION(OMVS)
LIST ZCEESRV
ROLES ZCEESRV
* zosconnect-server: Liberty runs requests that carry no credentials
* under this protected user.
SET LID
LIST WSGUEST
ROLES WSGUEST
* zosconnect-requester: Protected user the API requester runs under.
LIST ZCEEREQ
ROLES ZCEEREQ
* ==== certificates ==================================================
* zosconnect-tls: The certificate authority that signs the server's
* and the requesters' certificates; both sides trust it.
SET PROFILE(USER) DIVISION(CERTDATA)
LIST CERTAUTH.ZCEECA
* zosconnect-tls: The certificate the server presents in the TLS
* handshake.
LIST ZCEESRV.ZCEESRV
* zosconnect-requester: The client certificate the requester presents
* to the server.
LIST ZCEEREQ.ZCEEREQ
* ==== key rings =====================================================
* zosconnect-tls: The server's key ring holds its certificate and the
* CA it trusts for client certificates.
SET PROFILE(USER) DIVISION(KEYRING)
LIST ZCEESRV.ZCEERING
* zosconnect-requester: The requester's key ring holds its client
* certificate and the CA that signed the server's.
LIST ZCEEREQ.ZCEEREQR
* ==== started tasks =================================================
* zowe-core: The Zowe launcher started task runs under the Zowe server
* user and group.
SET CONTROL(GSO)
LIST STC.ZWESLSTC
* zowe-core: The cross-memory server started task runs under the ZIS
* user.
LIST STC.ZWESISTC
* zowe-core: The cross-memory auxiliary address space runs under the
* ZIS user.
LIST STC.ZWESASTC
* zosconnect-server: The z/OS Connect server started task.
LIST STC.BAQSTRT
* zosconnect-server: The Liberty angel process, through which the
* server uses z/OS authorized services.
LIST STC.BAQZANGL
* ==== resource profiles =============================================
* zis: The profile that guards the cross-memory server against
* unprivileged clients.
* FACILITY ZWES.IS: no rule line of its own; its access lines are
* listed below
* impersonation: UPDATE on BPX.SERVER lets the Zowe server create
* security environments for its clients.
* FACILITY BPX.SERVER: no rule line of its own; its access lines are
* listed below
* impersonation: UPDATE on BPX.DAEMON lets the Zowe server change its
* identity to the logged-on user.
* FACILITY BPX.DAEMON: no rule line of its own; its access lines are
* listed below
* jobname: READ on BPX.JOBNAME allows setting job names of z/OS UNIX
* address spaces.
* FACILITY BPX.JOBNAME: no rule line of its own; its access lines are
* listed below
* cert-mapping: READ on IRR.RUSERMAP lets the gateway query
* certificate-to-user mappings.
* FACILITY IRR.RUSERMAP: no rule line of its own; its access lines are
* listed below
* identity-mapping: READ on IRR.IDIDMAP.QUERY lets the gateway query
* distributed identity mappings.
* FACILITY IRR.IDIDMAP.QUERY: no rule line of its own; its access
* lines are listed below
* smf: READ on IRR.RAUDITX lets the gateway issue SMF audit records.
* FACILITY IRR.RAUDITX: no rule line of its own; its access lines are
* listed below
* icsf: READ on CSFSERV CSFRNGL lets the Zowe server call the ICSF
* random number service.
* CSFSERV CSFRNGL: no rule line of its own; its access lines are
* listed below
* idt: Defines the identity token profile. The PKCS#11 token, its key
* and the signing parameters (RACF IDTPARMS, ACF2 IDTDATA profile
* record, TSS IDT record) are site-specific and are added as the ESM
* documentation describes.
* IDTDATA ZWEIDT.ZOWEAPPL: no rule line of its own; its access lines
* are listed below
* zosconnect-server: READ on BBG.ANGEL lets the server connect to the
* default angel process.
* SERVER BBG.ANGEL: no rule line of its own; its access lines are
* listed below
* zosconnect-server: READ lets the server use the angel's authorized
* SAF services module.
* SERVER BBG.AUTHMOD.BBGZSAFM: no rule line of its own; its access
* lines are listed below
* zosconnect-server: READ lets the server create and check SAF
* credentials for its users.
* SERVER BBG.AUTHMOD.BBGZSAFM.SAFCRED: no rule line of its own; its
* access lines are listed below
* zosconnect-server: READ lets the server classify work with WLM.
* SERVER BBG.AUTHMOD.BBGZSAFM.ZOSWLM: no rule line of its own; its
* access lines are listed below
* zosconnect-server: READ lets the server take part in RRS
* transactions.
* SERVER BBG.AUTHMOD.BBGZSAFM.TXRRS: no rule line of its own; its
* access lines are listed below
* zosconnect-server: READ lets the server request SVC dumps.
* SERVER BBG.AUTHMOD.BBGZSAFM.ZOSDUMP: no rule line of its own; its
* access lines are listed below
* zosconnect-server: READ lets the server use the SAF profile prefix
* of its security configuration.
* SERVER BBG.SECPFX.BBGZDFLT: no rule line of its own; its access
* lines are listed below
* zosconnect-server: Only users with READ on the APPL profile of the
* prefix may authenticate to the server.
* APPL BBGZDFLT: no rule line of its own; its access lines are listed
* below
* zosconnect-server: The zosConnectAccess role admits users to the
* z/OS Connect APIs (the name is case-sensitive).
* EJBROLE BBGZDFLT.zos.connect.access.roles.zosConnectAccess: no rule
* line of its own; its access lines are listed below
* passtickets: The PassTicket key of z/OSMF's application. Replay
* protection is off, as Zowe requires for the services its API Gateway
* signs users on to (the tickets stay between the gateway and z/OSMF).
SET PROFILE(PTKTDATA) DIVISION(SSIGNON)
LIST IZUDFLT
* passtickets: UPDATE lets the Zowe server generate PassTickets for
* any user signing on to z/OSMF.
* PTKTDATA IRRPTAUTH.IZUDFLT.*: no rule line of its own; its access
* lines are listed below
* passtickets: The PassTicket key of the application the CICS region
* requests tickets for.
LIST CICSAPPL
* passtickets: UPDATE lets the CICS region generate PassTickets for
* that application (REQUEST ENCRYPTPTKT).
* PTKTDATA IRRPTAUTH.CICSAPPL.*: no rule line of its own; its access
* lines are listed below
* zosconnect-tls: READ lets a user read its own key ring (the server
* and the requesters use theirs).
* FACILITY IRR.DIGTCERT.LISTRING: no rule line of its own; its access
* lines are listed below
* datasets: Generic profile over every Zowe data set.
SET RULE
LIST ZWE
* ==== access ========================================================
* zis: The main Zowe server calls the cross-memory server.
* ZWESVUSR is granted through role ZWESVUSR, which must hold ZWESVUSR
* only
SET X(ROL)
LIST ZWESVUSR
* expect the line: IS ROLE(ZWESVUSR) SERVICE(READ) ALLOW
SET RESOURCE(FAC)
LIST ZWES
* zis: The auxiliary address space calls the cross-memory server under
* the ZIS user.
* ZWESIUSR is granted through role ZWESIUSR, which must hold ZWESIUSR
* only
SET X(ROL)
LIST ZWESIUSR
* expect the line: IS ROLE(ZWESIUSR) SERVICE(READ) ALLOW
SET RESOURCE(FAC)
LIST ZWES
* impersonation: UPDATE on BPX.SERVER lets the Zowe server create
* security environments for its clients.
* expect the line: SERVER ROLE(ZWESVUSR) SERVICE(READ,UPDATE) ALLOW
LIST BPX
* impersonation: UPDATE on BPX.DAEMON lets the Zowe server change its
* identity to the logged-on user.
* expect the line: DAEMON ROLE(ZWESVUSR) SERVICE(READ,UPDATE) ALLOW
LIST BPX
* impersonation: Where OMVSAPPL is defined, Zowe users need READ on it
* to use z/OS UNIX; the profile is not created here.
* expect the line: ROLE(ZWESVUSR) SERVICE(READ) ALLOW
SET RESOURCE(APL)
LIST OMVSAPPL
* jobname: READ on BPX.JOBNAME allows setting job names of z/OS UNIX
* address spaces.
* expect the line: JOBNAME ROLE(ZWESVUSR) SERVICE(READ) ALLOW
SET RESOURCE(FAC)
LIST BPX
* cert-mapping: READ on IRR.RUSERMAP lets the gateway query
* certificate-to-user mappings.
* expect the line: RUSERMAP ROLE(ZWESVUSR) SERVICE(READ) ALLOW
LIST IRR
* identity-mapping: READ on IRR.IDIDMAP.QUERY lets the gateway query
* distributed identity mappings.
* expect the line: IDIDMAP.QUERY ROLE(ZWESVUSR) SERVICE(READ) ALLOW
LIST IRR
* smf: READ on IRR.RAUDITX lets the gateway issue SMF audit records.
* expect the line: RAUDITX ROLE(ZWESVUSR) SERVICE(READ) ALLOW
LIST IRR
* icsf: READ on CSFSERV CSFRNGL lets the Zowe server call the ICSF
* random number service.
* expect the line: ROLE(ZWESVUSR) SERVICE(READ) ALLOW
SET RESOURCE(CSF)
LIST CSFRNGL
* zosconnect-server: READ on BBG.ANGEL lets the server connect to the
* default angel process.
* ZCEESRV is granted through role ZCEESRV, which must hold ZCEESRV
* only
SET X(ROL)
LIST ZCEESRV
* expect the line: ANGEL ROLE(ZCEESRV) SERVICE(READ) ALLOW
SET RESOURCE(SVR)
LIST BBG
* zosconnect-server: READ lets the server use the angel's authorized
* SAF services module.
* expect the line: AUTHMOD.BBGZSAFM ROLE(ZCEESRV) SERVICE(READ) ALLOW
LIST BBG
* zosconnect-server: READ lets the server create and check SAF
* credentials for its users.
* expect the line: AUTHMOD.BBGZSAFM.SAFCRED ROLE(ZCEESRV)
* SERVICE(READ) ALLOW
LIST BBG
* zosconnect-server: READ lets the server classify work with WLM.
* expect the line: AUTHMOD.BBGZSAFM.ZOSWLM ROLE(ZCEESRV) SERVICE(READ)
* ALLOW
LIST BBG
* zosconnect-server: READ lets the server take part in RRS
* transactions.
* expect the line: AUTHMOD.BBGZSAFM.TXRRS ROLE(ZCEESRV) SERVICE(READ)
* ALLOW
LIST BBG
* zosconnect-server: READ lets the server request SVC dumps.
* expect the line: AUTHMOD.BBGZSAFM.ZOSDUMP ROLE(ZCEESRV)
* SERVICE(READ) ALLOW
LIST BBG
* zosconnect-server: READ lets the server use the SAF profile prefix
* of its security configuration.
* expect the line: SECPFX.BBGZDFLT ROLE(ZCEESRV) SERVICE(READ) ALLOW
LIST BBG
* zosconnect-server: Only users with READ on the APPL profile of the
* prefix may authenticate to the server.
* WSGUEST is granted through role WSGUEST, which must hold WSGUEST
* only
SET X(ROL)
LIST WSGUEST
* expect the line: ROLE(WSGUEST) SERVICE(READ) ALLOW
SET RESOURCE(APL)
LIST BBGZDFLT
* expect the line: ROLE(ZCEEUSRS) SERVICE(READ) ALLOW
LIST BBGZDFLT
* zosconnect-server: The zosConnectAccess role admits users to the
* z/OS Connect APIs (the name is case-sensitive).
* expect the line: zos.connect.access.roles.zosConnectAccess
* ROLE(ZCEEUSRS) SERVICE(READ) ALLOW
SET RESOURCE(EJB)
LIST BBGZDFLT
* passtickets: UPDATE lets the Zowe server generate PassTickets for
* any user signing on to z/OSMF.
* expect the line: IZUDFLT.- ROLE(ZWESVUSR) SERVICE(READ,UPDATE) ALLOW
SET RESOURCE(PTK)
LIST IRRPTAUTH
* passtickets: UPDATE lets the CICS region generate PassTickets for
* that application (REQUEST ENCRYPTPTKT).
* CICSUSER is granted through role CICSUSER, which must hold CICSUSER
* only
SET X(ROL)
LIST CICSUSER
* expect the line: CICSAPPL.- ROLE(CICSUSER) SERVICE(READ,UPDATE)
* ALLOW
SET RESOURCE(PTK)
LIST IRRPTAUTH
* zosconnect-tls: READ lets a user read its own key ring (the server
* and the requesters use theirs).
* expect the line: DIGTCERT.LISTRING ROLE(ZCEESRV) SERVICE(READ) ALLOW
SET RESOURCE(FAC)
LIST IRR
* zosconnect-tls: READ lets the server map a client certificate to a
* z/OS user id.
* expect the line: RUSERMAP ROLE(ZCEESRV) SERVICE(READ) ALLOW
LIST IRR
* zosconnect-requester: READ lets the requester read its own key ring.
* ZCEEREQ is granted through role ZCEEREQ, which must hold ZCEEREQ
* only
SET X(ROL)
LIST ZCEEREQ
* expect the line: DIGTCERT.LISTRING ROLE(ZCEEREQ) SERVICE(READ) ALLOW
SET RESOURCE(FAC)
LIST IRR
* datasets: System programmers install and maintain the Zowe data
* sets.
* expect the line: - ROLE(ZWEADMIN) READ(A) WRITE(A) ALLOC(A) EXEC(A)
SET RULE
LIST ZWE
END
$$
//TSS      DD DATA,DLM=$$
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
