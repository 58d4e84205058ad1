"""Issue 10: the definite defects and the decisions of docs/esm-decisions.md,
each tested against the decks, with the source the behaviour follows.

The AT-TLS revocation statements are tested in test_attls.py; the vendor
command forms themselves in test_vendor_corpus.py.
"""

import os
import re

import pytest

from conftest import run_cli
from dryrun_support import PRECONDITIONS
from esmgen import resources
from esmgen.simulator import engine
from esmgen.simulator.state import State
from tso import commands, in_stream

HERE = os.path.dirname(__file__)
ALL = ("--component", "all")


def render(esm, kind="setup", *extra, code=0):
    result = run_cli("render", "--esm", esm, "--kind", kind, "--format", "tso", *extra)
    assert result.code == code, result.err
    return result


def cmds(esm, kind="setup", *extra):
    """(context, command) pairs of a deck."""
    return commands(render(esm, kind, *extra).out.splitlines())


def texts(esm, kind="setup", *extra):
    return [c for _, c in cmds(esm, kind, *extra)]


def catalog_with(tmp_path, extra, replace=()):
    """The bundled catalog with text replaced and extra YAML appended, as a spec file."""
    text = open(resources.catalog_path()).read()
    for old, new in replace:
        assert old in text, old
        text = text.replace(old, new)
    spec = tmp_path / "spec.yaml"
    spec.write_text(text + extra)
    return str(spec)


# -- definite defects ----------------------------------------------------------------

def test_acf2_passticket_key_records_are_rebuilt_with_class_p():
    # Broadcom KB 52976: profile records need F ACF2,REBUILD(PTK),CLASS(P)
    found = cmds("acf2", "setup", *ALL)
    keys = max(i for i, (ctx, c) in enumerate(found) if ctx == "SET PROFILE(PTKTDATA) DIVISION(SSIGNON)")
    assert "F ACF2,REBUILD(PTK),CLASS(P)" in [c for _, c in found[keys:]]


def test_acf2_omvs_records_are_followed_by_f_acf2_omvs():
    # Broadcom KB 35712: F ACF2,OMVS rebuilds the z/OS UNIX tables after OMVS records change
    found = texts("acf2")
    last_omvs_insert = max(i for i, c in enumerate(found) if c.startswith("INSERT") and "AUTOUID" in c)
    assert "F ACF2,OMVS" in found[last_omvs_insert:]


@pytest.mark.parametrize("fmt", ["tso", "jcl"])
def test_racf_started_class_is_prepared_and_activated(fmt):
    # IBM "Setting up the STARTED class": GENERIC(STARTED) before the generic
    # profiles (else ICH10321I, a useless discrete profile), then CLASSACT and RACLIST
    result = run_cli("render", "--esm", "racf", "--format", fmt)
    found = [c for _, c in commands(in_stream(result.out) if fmt == "jcl" else result.out.splitlines())]
    generic = found.index("SETROPTS GENERIC(STARTED)")
    first = min(i for i, c in enumerate(found) if c.startswith("RDEFINE STARTED"))
    activate = found.index("SETROPTS CLASSACT(STARTED) RACLIST(STARTED)")
    assert generic < first < activate < found.index("SETROPTS RACLIST(STARTED) REFRESH")


def test_racf_double_asterisk_says_it_needs_egn():
    # IBM "When you can specify generic profile names": ** in a data set profile needs EGN
    deck = render("racf").out
    assert "'ZWE.*.**'" in deck
    assert re.search(r"data set profiles with \*\* need SETROPTS EGN", deck)
    assert "ENHANCED GENERIC NAMING IS IN EFFECT" in render("racf", "verify").out


def test_racf_without_egn_writes_the_noegn_form(tmp_path):
    # IBM "In the DATASET class, you can use generic characters as follows":
    # without EGN a trailing .* matches one or more qualifiers
    spec = catalog_with(tmp_path, "esm_tables:\n  racf: {egn: false}\n")
    found = texts("racf", "setup", "--profiles", spec)
    assert "ADDSD 'ZWE.*' GENERIC UACC(READ)" in found
    assert not any("**" in c for c in found if c.startswith(("ADDSD", "ALTDSD", "PERMIT", "DELDSD")))


def test_racf_without_egn_refuses_a_double_asterisk_it_cannot_rewrite(tmp_path):
    spec = catalog_with(tmp_path, "esm_tables:\n  racf: {egn: false}\n",
                        replace=[("name: ${hlq}.*.**", "name: ${hlq}.**.LOAD")])
    result = render("racf", "setup", "--profiles", spec, code=2)
    assert "ZWE.**.LOAD" in result.err and "without SETROPTS EGN" in result.err


def test_racf_protected_user_drops_password_phrase_and_oidcard_together():
    # IBM "Defining protected user IDs"; NOPASSWORD alone is ignored with a phrase (ICH21041I)
    found = texts("racf")
    assert "ALTUSER ZWESVUSR NOPASSWORD NOPHRASE NOOIDCARD" in " ".join(found) or \
        any(c.startswith("ALTUSER ZWESVUSR") and "NOPASSWORD NOPHRASE NOOIDCARD" in c for c in found)
    assert any(c.startswith("ADDUSER ZWESVUSR") and "NOPASSWORD NOPHRASE NOOIDCARD" in c for c in found)


# -- decisions 7-16 -------------------------------------------------------------------

def test_acf2_default_deck_grants_through_roles_never_a_bare_uid():
    # Broadcom "What is the User Identification String?", KB 232677: a UID mask
    # depends on the site's @UID layout; Zowe's own jobs grant through roles
    found = cmds("acf2", "setup", *ALL)
    lines = [c for _, c in found if c.startswith("RECKEY")]
    assert lines and not any("UID(" in c for c in lines)
    assert ("SET X(ROL)", "INSERT ZWESVUSR INCLUDE(ZWESVUSR) ROLE") in found
    assert "RECKEY ZWES ADD(IS ROLE(ZWESVUSR) SERVICE(READ) ALLOW)" in [c for _, c in found]
    assert "RECKEY ZWE ADD(- ROLE(-) READ(A) EXEC(A))" in [c for _, c in found]


def test_acf2_rule_sets_never_mix_uid_and_role_lines():
    # Broadcom KB 130517: UID and $ROLESET selection differ; the mixed order is not documented
    per_key = {}
    for context, command in cmds("acf2", "setup", *ALL):
        match = re.match(r"RECKEY (\S+) (?:ADD|DEL)\((.*)\)$", command)
        if match:
            per_key.setdefault((context, match.group(1)), set()).update(re.findall(r"\b(UID|ROLE)\(", match.group(2)))
    assert per_key and all(len(kinds) == 1 for kinds in per_key.values()), per_key


def test_acf2_uid_mode_needs_the_sites_mask_and_refuses_group_grants(tmp_path):
    spec = catalog_with(tmp_path, "esm_tables:\n  acf2: {grant_via: uid}\n")
    assert "user_rule_id" in render("acf2", "setup", "--profiles", spec, code=2).err
    spec = catalog_with(tmp_path, 'esm_tables:\n  acf2: {grant_via: uid, user_rule_id: "UID(*****{user})"}\n')
    result = render("acf2", "setup", "--profiles", spec, code=2)
    assert "to group ZWEADMIN" in result.err and "grant_via: role" in result.err


UID_SPEC = """\
esmgen: 1
esm_tables:
  acf2: {grant_via: uid, user_rule_id: "UID(*****{user})"}
components:
  c:
    purpose: one user grant and a UACC
    default: true
    users: [{name: USER1}]
    profiles:
      - class: FACILITY
        name: APP.RESOURCE
        uacc: READ
        grants: [{id: USER1, access: UPDATE}]
"""


def test_acf2_uid_mode_writes_the_mask(tmp_path):
    spec = tmp_path / "spec.yaml"
    spec.write_text(UID_SPEC)
    found = texts("acf2", "setup", "--profiles", str(spec))
    assert "RECKEY APP ADD(RESOURCE UID(*****USER1) SERVICE(READ,UPDATE) ALLOW)" in found
    assert "RECKEY APP ADD(RESOURCE UID(-) SERVICE(READ) ALLOW)" in found
    assert not any("ROLE(" in c for c in found)


def test_acf2_stc_only_for_started_task_users():
    # Broadcom KB 229403 (ACF01030: an STC logonid cannot be used for normal
    # access), KB 27276 (RESTRICT for other logonids without a password)
    lids = [c for ctx, c in cmds("acf2", "setup", *ALL) if ctx == "SET LID"]
    assert any(c.startswith("INSERT ZWESVUSR ") and " STC" in c for c in lids)
    requester = [c for c in lids if c.startswith(("INSERT ZCEEREQ ", "CHANGE ZCEEREQ "))]
    assert requester and all("RESTRICT" in c and " STC" not in c for c in requester)


def test_acf2_new_resource_types_go_into_infodir_and_clasmap_refreshes_once():
    # Broadcom KB 26271 (CHANGE INFODIR TYPES(R-Rtype) ADD), KB 207311 (F ACF2,REFRESH(CLASMAP))
    found = texts("acf2", "setup", *ALL)
    assert "CHANGE INFODIR TYPES(R-RSVR) ADD" in found
    assert found.count("F ACF2,REFRESH(CLASMAP)") == 1 and "F ACF2,REFRESH(INFODIR)" in found
    assert not any("TYPE(GSO)" in c for c in found)


def test_tss_department_owns_nothing_system_wide():
    # Broadcom TSS: the owner has unlimited access; Zowe's ZWEITSS gives system
    # prefixes to a site ACID (FACACID), not to the product's department
    found = texts("tss", "setup", *ALL)
    system = ("BPX.", "IRR.", "CSFRNGL", "BBG.ANGEL", "BBG.AUTHMOD")   # the catalog's scope: system
    owned = [c for c in found if re.match(r"TSS ADD\(ZWEDEPT\) \w+\(", c)]
    assert owned and not any(re.search(rf"\(({'|'.join(re.escape(p) for p in system)})", c) for c in owned)
    undo = texts("tss", "undo", *ALL)
    assert not any(c.startswith("TSS REMOVE(") and "BPX." in c for c in undo)


def test_tss_system_owner_takes_ownership_and_undo_keeps_it():
    found = texts("tss", "setup", "--set", "tss_system_owner=FACACID")
    assert "TSS ADD(FACACID) IBMFAC(BPX.SERVER)" in found
    undo = render("tss", "undo", "--set", "tss_system_owner=FACACID").out
    assert "TSS REMOVE(FACACID)" not in undo and "ownership by FACACID stays" in undo.replace("\n/* ", " ")


def test_tss_default_group_is_added_then_replaced():
    # Broadcom KB 241769: the default group must be one of the ACID's groups; Zowe sets it with ADD
    found = texts("tss")
    connect = found.index("TSS ADD(ZWESVUSR) GROUP(ZWEADMIN)")
    add = found.index("TSS ADD(ZWESVUSR) DFLTGRP(ZWEADMIN)")
    replace = next(i for i, c in enumerate(found) if c.startswith("TSS REPLACE(ZWESVUSR)") and "DFLTGRP" in c)
    assert connect < add < replace


def test_tss_adds_ptktdata_to_the_rdt_and_never_removes_it():
    # Broadcom KB 113125: ACLST levels in descending hex order
    found = texts("tss", "setup", *ALL)
    assert "TSS ADD(RDT) RESCLASS(PTKTDATA) ACLST(ALL,UPDATE=6000,READ) MAXLEN(37) ATTR(MASK)" in found
    assert not any("RDT" in c and not c.startswith("TSS LIST") for c in texts("tss", "undo", *ALL))


def test_tss_refreshes_the_acid_after_idmap_changes():
    # Broadcom TSS REFRESH: a bare TSS REFRESH renews only the issuer
    spec = os.path.join(HERE, "specs", "idmap.yaml")
    for kind in ("setup", "undo"):
        found = texts("tss", kind, "--profiles", spec)
        assert any(re.fullmatch(r"TSS REFRESH\(\w+\) JOBNAME\(\*\)", c) for c in found), kind
        assert "TSS REFRESH" not in found


def test_tss_uacc_change_converges_without_dropping_ownership(tmp_path):
    old = catalog_with(tmp_path, "")
    new_text = open(old).read().replace("uacc: READ", "uacc: NONE", 1)
    new = tmp_path / "new.yaml"
    new.write_text(new_text)
    result = run_cli("diff", str(old), str(new), "--esm", "tss", "--deck", "--format", "tso")
    assert result.code in (0, 1), result.err
    found = [c for _, c in commands(result.out.splitlines())]
    assert "TSS REVOKE(ALL) DATASET(ZWE.)" in found
    assert not any(c.startswith("TSS REMOVE(ZWEDEPT)") for c in found)


def test_racf_activates_only_classes_it_defines_profiles_in():
    # IBM "Activating general resource classes": CLASSACT enforces every profile,
    # dormant ones too; the catalog only permits OMVSAPPL, so APPL stays as it is
    found = texts("racf")
    assert not any("CLASSACT(APPL)" in c for c in found)
    assert "SETROPTS CLASSACT(FACILITY)" in found
    assert "activating FACILITY starts enforcing every profile in it" in render("racf").out.replace("\n/* ", " ")


def test_racf_class_activation_can_be_left_to_the_site(tmp_path):
    spec = catalog_with(tmp_path, "esm_tables:\n  racf: {classes: {FACILITY: {activate: false}}}\n")
    assert "SETROPTS CLASSACT(FACILITY)" not in texts("racf", "setup", "--profiles", spec)


def test_passtickets_keep_replay_protection_unless_the_spec_turns_it_off():
    racf = render("racf", "setup", *ALL).out
    # the catalog turns it off for z/OSMF only, with Zowe's reason
    izudflt = re.search(r"RDEFINE PTKTDATA IZUDFLT .*?UACC\(NONE\)", racf, re.S).group(0)
    cicsappl = re.search(r"RDEFINE PTKTDATA CICSAPPL .*?UACC\(NONE\)", racf, re.S).group(0)
    assert "NO REPLAY PROTECTION" in izudflt and "NO REPLAY PROTECTION" not in cicsappl
    acf2 = texts("acf2", "setup", *ALL)
    assert any(c.startswith("INSERT IZUDFLT") and "MULT-USE" in c for c in acf2)
    assert any(c.startswith("INSERT CICSAPPL") and "MULT-USE" not in c for c in acf2)
    # Broadcom KB 32160: a record that allowed reuse converges with NOMULT-USE
    assert any(c.startswith("CHANGE CICSAPPL") and c.endswith("NOMULT-USE") for c in acf2)
    tss = texts("tss", "setup", *ALL)
    assert any("PSTKAPPL(CICSAPPL)" in c and "SIGNMULTI" not in c for c in tss)


ENHANCED = """\
esmgen: 1
components:
  apps:
    purpose: PassTicket keys kept in ICSF
    default: true
    profiles:
      - class: PTKTDATA
        name: TSOAPPL
        passticket: {enhanced: {key_label: PTK.TSOAPPL.HMAC, type: MIXED, timeout: 300}}
        purpose: enhanced PassTickets, key in ICSF
      - class: PTKTDATA
        name: CICSAPPL
        passticket: {key_label: PTK.CICSAPPL.DES, replay_protection: false}
        purpose: legacy key in ICSF
"""


def test_passtickets_in_icsf_leave_no_key_in_the_deck(tmp_path, monkeypatch):
    for name in ("ESMGEN_SECRET_ZOSMF_PTKT_KEY", "ESMGEN_SECRET_CICS_PTKT_KEY"):
        monkeypatch.delenv(name, raising=False)
    spec = tmp_path / "spec.yaml"
    spec.write_text(ENHANCED)
    deck = render("racf", "setup", "--profiles", str(spec)).out
    found = [c for _, c in commands(deck.splitlines())]
    assert "RDEFINE PTKTDATA TSOAPPL SSIGNON(EPTKEYLABEL(PTK.TSOAPPL.HMAC) TYPE(MIXED) TIMEOUT(300)" \
           " REPLAY(NO)) UACC(NONE)" in found
    assert "RDEFINE PTKTDATA CICSAPPL SSIGNON(KEYLABEL(PTK.CICSAPPL.DES)) APPLDATA('NO REPLAY" \
           " PROTECTION') UACC(NONE)" in found
    assert "KEYMASKED" not in deck and "SECRETS" not in deck
    state = State("racf")
    results = engine.run_deck(deck, "racf", state)
    assert {r.outcome for r in results} <= {"ok", "expected"}, results


@pytest.mark.parametrize("esm", ["acf2", "tss"])
def test_keys_in_icsf_are_refused_where_the_vendor_documents_none(esm, tmp_path):
    spec = tmp_path / "spec.yaml"
    spec.write_text(ENHANCED)
    result = render(esm, "setup", "--profiles", str(spec), code=2)
    assert "PTKTDATA TSOAPPL" in result.err and "passticket: key:" in result.err
    assert "Traceback" not in result.err


@pytest.mark.parametrize("bad", ["ptk.lower", "9ABC", "A..B", "A" * 65])
def test_icsf_key_labels_are_checked(bad, tmp_path):
    spec = tmp_path / "spec.yaml"
    spec.write_text(ENHANCED.replace("PTK.CICSAPPL.DES", bad))
    result = run_cli("validate", "--profiles", str(spec))
    assert result.code == 2 and "ICSF key label" in result.err and "spec.yaml:" in result.err


@pytest.mark.parametrize("esm,form", [
    ("racf", "ALTNAME(DOMAIN('zosconnect.example.com'))"),       # IBM RACDCERT GENCERT
    ("acf2", "ALTNAME(DOMAIN=zosconnect.example.com)"),          # Broadcom ACF2 GENCERT
    ("tss", "ALTNAME('DOMAIN=zosconnect.example.com')"),         # Broadcom TSS ALTNAME keyword
])
def test_server_certificate_carries_its_host_as_alternative_name(esm, form):
    found = texts(esm, "setup", *ALL)
    assert any(c.endswith(form) and "GENCERT" in c for c in found), form


def test_alt_names_take_an_ip_address_and_refuse_bad_values(tmp_path):
    spec = tmp_path / "pki.yaml"
    text = open(os.path.join(HERE, "specs", "pki.yaml")).read()
    assert "subject:" in text
    spec.write_text(text.replace("subject:", "alt_names: {domain: host.example.com, ip: 10.1.2.3}\n        subject:", 1))
    found = texts("racf", "setup", "--profiles", str(spec))
    assert any("ALTNAME(DOMAIN('host.example.com') IP(10.1.2.3))" in c for c in found)
    for bad, message in (("ip: 10.1.2.300", "IP address"), ("domain: -bad.example", "host name")):
        spec.write_text(text.replace("subject:", f"alt_names: {{{bad}}}\n        subject:", 1))
        result = run_cli("validate", "--profiles", str(spec))
        assert result.code == 2 and message in result.err, result.err


def test_setup_decks_say_what_they_change_beyond_the_spec():
    # IBM z/OS UNIX Planning "BPX.DAEMON": defining it switches to z/OS UNIX-level security;
    # IBM autocom / bpxnext: AUTOUID needs AIM stage 2, SHARED.IDS, BPX.NEXT.USER;
    # IBM RDEFINE: the issuer gets ALTER unless NOADDCREATOR
    result = render("racf")
    deck = result.out.replace("\n/* ", " ")
    assert "WARNING: profiles.yaml (bundled)" in deck and "z/OS UNIX-level security" in deck
    assert "BPX.DAEMON" in result.err
    assert "AIM stage 2" in deck and "BPX.NEXT.USER" in deck and "NOADDCREATOR" in deck
    assert "RISK: where it is new, z/OS UNIX-level security" in deck
    acf2 = render("acf2").out.replace("\n* ", " ")
    assert "AUTOIDOM" in acf2


def test_baseline_preconditions_own_the_system_prefixes_the_decks_permit():
    # the dry-run starting point of a TSS site: the site owns BPX., IRR. ... (test support)
    assert "TSS ADD(SITEDEPT) IBMFAC(BPX.)" in PRECONDITIONS["tss"]
