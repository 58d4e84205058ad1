"""esmgen import: a RACF unload, within a scope, to a spec and a translation report.

- scopes select what the issue lists, and what they refer to but do not hold
  is declared `create: false`;
- the RACF round trip: the setup deck of the imported spec, run on a state
  holding only what the spec expects to exist, reproduces the unload's facts
  exactly, except the items the report says RACF does not get (property
  tests over racf-generator unloads of several seeds and sizes);
- `esmgen audit --unload` of the same unload against the spec is clean;
- the ACF2 and Top Secret decks run in the simulator without errors and
  reach every fact their spec requires; every item they do not get is in
  the report;
- bad input: exit 2, a message naming the option or file, nothing written.
"""

import json
import os
import warnings

import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings, strategies as st

from conftest import run_cli
from esmgen import api
from esmgen.importer import yamltext
from esmgen.loader import load_text
from esmgen.renderer.backends import Backend
from esmgen.simulator import engine
from esmgen.simulator.racf.unload import read_unload
from esmgen.simulator.state import State
from test_unload import EXTRA_RECORDS, HANDMADE, rec

pytestmark = [pytest.mark.filterwarnings("ignore:::mfpandas.*"),
              pytest.mark.filterwarnings("ignore:::racf_generator.*")]

DATE = "2026-11-30"


def write_unload(path, records):
    path.write_text("\n".join(records) + "\n")
    return path


def generated(path, seed, users, profile="enterprise"):
    """A racf-generator unload: its "small" profile is its 50-user database;
    "enterprise" takes the number of users (at least 30), with groups in the
    proportion of its "large" profile."""
    import racf_generator
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        sizes = {} if profile == "small" else {"user_count": users, "group_count": max(10, users * 2 // 25)}
        racf_generator.IRRDBU00Generator(seed=seed, profile=profile, **sizes).write(str(path))
    return path


def do_import(tmp_path, unload, *scope, name="spec", check=True, code=0):
    """(spec path, spec document or None, report) of an import; code 1: nothing to hold."""
    out = tmp_path / f"{name}.yaml"
    result = run_cli("import", "--esm", "racf", "--unload", str(unload), "--out", str(out),
                     "--unload-date", DATE, *(["--check"] if check else []), *scope)
    assert result.code == code, result.err
    report = json.loads((tmp_path / f"{name}.translation.json").read_text())
    if code:
        assert "selects nothing a spec can hold" in result.err and not out.exists()
        return out, None, report
    return out, yaml.safe_load(out.read_text()), report


def items(doc, key):
    """{name: item} of one kind over all components (the first copy of an item)."""
    found = {}
    for component in doc["components"].values():
        for item in component.get(key, ()):
            found.setdefault(item.get("name") or item.get("proc") or item.get("label"), item)
    return found


def findings(report, esm, rule=None):
    return [f for f in report["esms"][esm] if rule is None or f["rule"] == rule]


def setup_deck(spec, esm):
    loaded = api.load(api.Inputs(profiles=str(spec), components=["all"]))
    return api.render(loaded, esm, "setup", "tso")


# -- the RACF round trip ----------------------------------------------------------------

# Rules whose items RACF does not get as the unload has them, and the facts
# that leaves out (the other rules change a form, not a fact). A revoked user
# is declared `create: false`: the starting state has it, as the site does.
def dropped_facts(report, unload_facts):
    dropped = set()
    for finding in findings(report, "racf"):
        rule, item, detail = finding["rule"], finding["item"], finding["detail"]
        kind, _, name = item.partition(" ")
        if rule in ("dataset-hlq", "started-form", "name-refused", "cdt-class", "class-unmapped"):
            if kind == "STARTED":
                dropped |= {f for f in unload_facts if f.startswith(f"stc {name.split('.')[0]} ")}
            dropped |= {f for f in unload_facts if f.split(" ")[1:3] == [kind, name]
                        and f.split(" ")[0] in ("profile", "uacc", "access")}
        elif rule in ("level-not-in-spec", "id-star", "unknown-id"):
            who, access = detail.split(" ")
            if who.startswith("UACC("):
                dropped.add(f"uacc {item} {access or who[5:-1]}".replace("UACC(", "").rstrip(")"))
            else:
                dropped.add(f"access {item} {who[3:-1]} {access}")
        elif rule == "map-incomplete":
            kind = "idmap" if item.startswith("identity map ") else "certmap"
            user, _, label = item.split(" ", 2)[2].partition("/")
            dropped.add(f"{kind} {user} {label}")
        elif rule == "connect-attribute" and detail.startswith("CONNECT_REVOKED in "):
            dropped.add(f"connect {name} {detail.split(' ')[-1]}")
    return dropped


def expected_to_exist(doc):
    """The (section, name) of what the spec declares `create: false`: the site has it already."""
    return {("users", u["name"]) for u in _all(doc, "users") if u.get("create") is False} | \
        {("groups", g["name"]) for g in _all(doc, "groups") if g.get("create") is False}


def _all(doc, key, esm=None):
    """Every item of a kind, or only those of the components esm selects."""
    return [item for component in doc["components"].values()
            if esm is None or esm in component.get("esm", (esm,)) for item in component.get(key, ())]


def in_scope(facts, doc, esm="racf"):
    """The facts about what the spec creates for esm: its users (and their
    connections), groups, profiles and started tasks."""
    users = {u["name"] for u in _all(doc, "users", esm) if u.get("create", True)}
    groups = {g["name"] for g in _all(doc, "groups", esm) if g.get("create", True)}
    profiles = {(p["class"], p["name"]) for p in _all(doc, "profiles", esm)}
    procs = {s["proc"] for s in _all(doc, "started_tasks", esm)}
    subject = {"user": users, "protected": users, "default-group": users, "omvs": users, "connect": users,
               "group": groups, "omvs-group": groups, "stc": procs}
    kept = set()
    for line in facts:
        kind, *fields = line.split(" ")
        if kind in ("profile", "uacc", "access"):
            if tuple(fields[:2]) in profiles:
                kept.add(line)
        elif fields and fields[0] in subject.get(kind, ()):
            kept.add(line)
    return kept


def racf_round_trip(unload, spec, doc, report):
    """(facts the deck reached, facts the unload holds less what the report says RACF does not get)."""
    with open(unload) as handle:
        source, _ = read_unload(handle, str(unload))
    unload_facts = {f for f in engine.state_facts(source) if not f.startswith("active ")}
    expected = unload_facts - dropped_facts(report, unload_facts)
    # the starting state: the system's options (GENERIC, EGN, as the unload shows them)
    # and only what the spec expects to exist, as the unload has it
    present = expected_to_exist(doc)
    with open(unload) as handle:
        start, _ = read_unload(handle, str(unload), keep=lambda section, key: (section, key) in present
                               or section == "certificates")
    start.classes = {cls: dict(options) for cls, options in source.classes.items()}
    results = engine.run_deck(setup_deck(spec, "racf"), "racf", start)
    assert engine.succeeded(results), [r for r in results if not engine.succeeded([r])][:5]
    reached = {f for f in engine.state_facts(start) if not f.startswith("active ")}
    return reached, expected


# Several seeds and sizes of racf-generator's "small" profile, fixed so a red
# run names its unload (the racf-generator seed gives the same file again).
@pytest.mark.parametrize("seed,users", [(1, 30), (42, 50), (2024, 120), (7, 400)])
def test_racf_round_trip_reproduces_the_unload(tmp_path, seed, users):
    folder = tmp_path
    unload = generated(folder / "unload.txt", seed, users)
    spec, doc, report = do_import(folder, unload, "--all")
    reached, expected = racf_round_trip(unload, spec, doc, report)
    assert reached == expected
    # and esmgen audit of the same unload against the spec finds no drift
    result = run_cli("audit", "--esm", "racf", "--unload", str(unload), "-p", str(spec), "--format", "json")
    assert result.code == 0, result.out[-2000:]
    summary = json.loads(result.out)["summary"]
    assert summary["missing"] == summary["different"] == summary["extra"] == 0


SCOPES = st.lists(st.one_of(
    st.sampled_from("ABCDEFGHIJKLMNOPRSTW").map(lambda letter: ("--users", f"{letter}*")),
    st.sampled_from("ADFHNOPS").map(lambda letter: ("--groups", f"{letter}*")),
    st.sampled_from(["SYS1", "PAYROLL", "SECURITY", "OPERATIO"]).map(lambda group: ("--group-tree", group)),
    st.sampled_from(["SYS1", "HR", "PAYROLL", "FINANCE", "USER.A*", "S*.DATA%.**"]).map(lambda d: ("--datasets", d)),
    st.sampled_from(["FACILITY", "FACILITY:BPX.*", "OPERCMDS", "SURROGAT:*.SUBMIT", "PROGRAM"]).map(
        lambda r: ("--resources", r)),
    st.just(("--started", "*"))), min_size=1, max_size=4)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(options=SCOPES)
def test_the_round_trip_holds_for_any_scope(tmp_path_factory, options):
    """For a scope, RACF reaches exactly the unload's facts about what the spec
    creates, and audit of the unload against the spec is clean."""
    folder = tmp_path_factory.mktemp("scope")
    unload = generated(folder / "unload.txt", 5, 50, profile="small")
    args = [word for option in options for word in option]
    out = folder / "spec.yaml"
    result = run_cli("import", "--esm", "racf", "--unload", str(unload), "--out", str(out), "--unload-date", DATE,
                     "--check", *args)
    if result.code == 1:            # nothing in the scope that a spec can hold
        assert "selects nothing" in result.err
        return
    assert result.code == 0, result.err
    doc = yaml.safe_load(out.read_text())
    report = json.loads((folder / "spec.translation.json").read_text())
    reached, expected = racf_round_trip(unload, out, doc, report)
    assert in_scope(reached, doc) == in_scope(expected, doc)
    event("scope with facts" if in_scope(expected, doc) else "scope without facts")
    result = run_cli("audit", "--esm", "racf", "--unload", str(unload), "-p", str(out), "--format", "json")
    assert result.code == 0, result.out[-1500:]


def test_round_trip_of_handmade_records_with_pki_passtickets_and_started_tasks(tmp_path, monkeypatch):
    unload = write_unload(tmp_path / "hand.txt", HANDMADE)
    spec, doc, report = do_import(tmp_path, unload, "--all")
    monkeypatch.setenv("ESMGEN_SECRET_PTKT_IZUDFLT", "0123456789ABCDEF")
    reached, expected = racf_round_trip(unload, spec, doc, report)
    assert reached == expected
    assert items(doc, "started_tasks")["ZWESLSTC"] == {
        "proc": "ZWESLSTC", "user": "ZWESVUSR", "group": "ZWEADMIN",
        "purpose": f"RACF STARTED profile ZWESLSTC.*: from RACF unload hand.txt of {DATE}"}
    assert items(doc, "keyrings")["ZWERING"]["connect"] == [
        {"owner": "ZWESVUSR", "label": "ZWE CERT", "usage": "personal", "default": True}]


def test_the_fifty_user_unload_of_the_issue(tmp_path, monkeypatch):
    """Done when: racf-generator's 50-user unload, scope everything: validates,
    renders for all three ESMs, RACF round trip audits clean, ACF2 and TSS
    decks run without errors, and every item not carried is in the report."""
    unload = generated(tmp_path / "u50.txt", 1, 50, profile="small")
    spec, doc, report = do_import(tmp_path, unload, "--all")
    assert run_cli("validate", "-p", str(spec)).code == 0
    reached, expected = racf_round_trip(unload, spec, doc, report)
    assert reached == expected
    for esm in ("acf2", "tss"):
        carried_to(esm, spec, doc, report, unload)


def carried_to(esm, spec, doc, report, unload):
    """The deck for esm runs without errors on a state with what the spec expects
    to exist; it reaches every fact the spec requires there; and every user,
    group and profile of the unload that esm's model lacks is in the report."""
    start = State(esm)
    present = sorted(name for section, name in expected_to_exist(doc))
    engine.run_deck(PRESENT[esm](present), esm, start)
    results = engine.run_deck(setup_deck(spec, esm), esm, start)
    assert engine.succeeded(results), [(r.command, r.messages) for r in results if not engine.succeeded([r])][:3]
    loaded = api.load(api.Inputs(profiles=str(spec), components=["all"]))
    model = api.model_for(loaded, esm=esm)
    required = Backend(esm, loaded.doc).required_facts(model)
    assert set(required) <= set(engine.state_facts(start))
    with open(unload) as handle:
        source, _ = read_unload(handle, str(unload))
    # the same facts where the ESM says them the same way: users, and Top Secret's
    # group connections (ACF2 writes a connection as role membership)
    reached = set(engine.state_facts(start))
    created = {u.name for u in model.users if u.create}
    groups = {g.name for g in model.groups if g.create}
    for line in engine.state_facts(source):
        kind, *fields = line.split(" ")
        if kind == "user" and fields[0] in created:
            assert line in reached, f"{esm}: {line}"
        if kind == "connect" and esm == "tss" and fields[0] in created and fields[1] in groups:
            reported_user = any(f["item"] == f"user {fields[0]}" for f in findings(report, esm))
            assert line in reached or reported_user, f"{esm}: {line}"
    reported = {f["item"] for f in findings(report, esm)}
    have = {f"{p.cls} {p.name}" for p in model.profiles} | {f"STARTED {s.proc}.*" for s in model.started_tasks}
    for key in source.profiles:
        assert key in have or key in reported, f"{esm}: {key} is neither carried nor reported"
    users = {u.name for u in model.users if u.create}
    for name in source.users:
        assert name in users or f"user {name}" in reported, f"{esm}: user {name}"
    for name in source.groups:
        assert name in groups or f"group {name}" in reported, f"{esm}: group {name}"


PRESENT = {  # what a spec expects to exist, made in each ESM's own commands
    "acf2": lambda names: "ACF\nSET LID\n" + "".join(f"INSERT {n} NAME('SITE')\n" for n in names) + "END\n",
    "tss": lambda names: "TSS CREATE(SITEDEPT) TYPE(DEPT) NAME('SITE')\n"
                         + "".join(f"TSS CREATE({n}) TYPE(USER) NAME('SITE') DEPT(SITEDEPT)\n" for n in names),
}


# -- scopes ---------------------------------------------------------------------------

@pytest.fixture
def hand(tmp_path):
    return write_unload(tmp_path / "hand.txt", HANDMADE)


def test_a_user_mask_takes_users_and_declares_their_groups(tmp_path, hand):
    _, doc, _ = do_import(tmp_path, hand, "--users", "ZWE*")
    assert set(items(doc, "users")) == {"ZWESVUSR"}
    assert doc["components"]["racf-referenced"]["groups"][0]["name"] == "ZWEADMIN"
    assert doc["components"]["racf-referenced"]["groups"][0]["create"] is False
    assert "profiles" not in str(doc["components"].keys())


def test_a_group_tree_takes_subgroups_and_their_users(tmp_path, hand):
    _, doc, _ = do_import(tmp_path, hand, "--group-tree", "SYS1")
    assert set(items(doc, "groups")) == {"SYS1", "ZWEADMIN"}
    assert set(items(doc, "users")) == {"ALICE", "ZWESVUSR"}
    _, doc, _ = do_import(tmp_path, hand, "--group-tree", "ZWEADMIN", name="sub")
    assert {g["name"] for g in _all(doc, "groups") if g.get("create", True)} == {"ZWEADMIN"}
    assert [g["name"] for g in doc["components"]["racf-referenced"]["groups"]] == ["SYS1"]
    assert {u["name"] for u in _all(doc, "users") if u.get("create", True)} == {"ALICE", "ZWESVUSR"}


def test_data_sets_by_hlq_and_by_mask(tmp_path, hand):
    _, doc, _ = do_import(tmp_path, hand, "--datasets", "ZWEADMIN")
    assert [p["name"] for p in _all(doc, "profiles")] == ["ZWEADMIN.**"]
    assert items(doc, "profiles")["ZWEADMIN.**"]["grants"] == [{"id": "ALICE", "access": "UPDATE"}]
    referenced = doc["components"]["racf-referenced"]
    assert [u["name"] for u in referenced["users"]] == ["ALICE"]
    assert [g["name"] for g in referenced["groups"]] == ["ZWEADMIN"]
    _, doc, _ = do_import(tmp_path, hand, "--datasets", "ZWE%DMIN.*", name="mask")
    assert [p["name"] for p in _all(doc, "profiles")] == ["ZWEADMIN.**"]
    _, doc, report = do_import(tmp_path, hand, "--datasets", "OTHER.*", name="none", code=1)
    assert report["summary"]["racf"] == {"wider": 0, "narrower": 0, "unchanged": 0}


def test_resources_by_class_and_mask_and_started_profiles(tmp_path, hand):
    _, doc, _ = do_import(tmp_path, hand, "--resources", "FACILITY:ZWES.*", "--started", "ZWE*")
    assert [p["name"] for p in _all(doc, "profiles")] == ["ZWES.IS"]
    assert set(items(doc, "started_tasks")) == {"ZWESLSTC"}
    assert {u["name"] for u in _all(doc, "users")} == {"ZWESVUSR"}
    assert all(u.get("create") is False for u in _all(doc, "users"))


def test_identities_outside_the_scope_are_named_for_the_new_systems(tmp_path, hand):
    """RACF holds what the scope only names; a new ACF2 or Top Secret system
    does not, and the Top Secret deck fails where it names them until they exist."""
    spec, doc, report = do_import(tmp_path, hand, "--resources", "FACILITY:ZWES.*", "--started", "ZWE*")
    outside = {f"{kind[:-1]} {item['name']}" for kind in ("groups", "users")
               for item in doc["components"]["racf-referenced"][kind]}
    assert outside == {"group ZWEADMIN", "user ZWESVUSR"}
    assert findings(report, "racf", "outside-scope") == []
    for esm in ("acf2", "tss"):
        assert {f["item"] for f in findings(report, esm, "outside-scope")} == outside
    results = engine.run_deck(setup_deck(spec, "tss"), "tss", State("tss"))
    failed = [r.command for r in results if not engine.succeeded([r])]
    assert failed and all("ZWESVUSR" in command for command in failed), failed
    start = State("tss")            # once they exist, it runs clean
    engine.run_deck(PRESENT["tss"](sorted(name for _, name in expected_to_exist(doc))), "tss", start)
    assert engine.succeeded(engine.run_deck(setup_deck(spec, "tss"), "tss", start))


def test_a_passticket_profile_names_a_secret_never_a_key(tmp_path, hand):
    spec, doc, report = do_import(tmp_path, hand, "--resources", "PTKTDATA")
    assert items(doc, "profiles")["IZUDFLT"]["passticket"] == {"key": "ptkt_izudflt"}
    assert "KEYMASKED" not in spec.read_text()
    assert [f["detail"] for f in findings(report, "racf", "passticket-key")] == ["secret ptkt_izudflt"]


def test_classes_a_spec_cannot_hold_are_reported_not_imported(tmp_path, hand):
    _, _, report = do_import(tmp_path, hand, "--resources", "GXFACILI", "--resources", "CDT", code=1)
    for esm in ("racf", "acf2", "tss"):
        said = {(f["item"], f["rule"]) for f in findings(report, esm)}
        assert ("GXFACILI PAYROLL", "class-unmapped") in said
        assert ("CDT MYCLASS", "cdt-class") in said


def test_racf_only_settings_are_each_in_the_report(tmp_path):
    records = EXTRA_RECORDS + [
        # a user with SPECIAL (USBD_SPECIAL, columns 40-43) who is not revoked
        rec("0200", 648, {6: "SECADM", 15: "2024-05-01", 26: "SYS1", 40: "YES", 45: "NO", 50: "NO",
                          96: "SYS1", 391: "NO"}),
        rec("0505", 284, {6: "BOSS.RES", 253: "FACILITY", 262: "*", 271: "READ"}),
    ]
    unload = write_unload(tmp_path / "extras.txt", records)
    _, doc, report = do_import(tmp_path, unload, "--all")
    racf = {(f["item"], f["rule"]): f["detail"] for f in findings(report, "racf")}
    assert racf[("user BOSS", "revoked-user")] == ""
    assert items(doc, "users")["BOSS"] == {"name": "BOSS", "create": False, "purpose": (
        f"RACF user BOSS, revoked: never created by setup: from RACF unload extras.txt of {DATE}")}
    assert racf[("user SECADM", "user-attribute")] == "SPECIAL"
    # a revoked user stays declared for RACF only: another ESM gets neither it nor access for it
    assert "BOSS" not in {u["name"] for u in _all(doc, "users", "tss")} | {u["name"] for u in _all(doc, "users", "acf2")}
    assert {f["detail"] for f in findings(report, "tss", "revoked-user") if f["item"] == "user BOSS"} >= {"", "is BOSS"}
    assert racf[("DATASET BOSS.DATA", "warning-mode")] == "WARNING"
    assert racf[("DATASET BOSS.DATA", "conditional-access")] == "ID(ALICE) READ WHEN(PROGRAM(PAYPGM))"
    assert racf[("DATASET BOSS.DATA", "discrete-dataset")] == "DISCRETE"
    assert racf[("FACILITY BOSS.RES", "security-label")] in ("LEVEL 5", "SECLABEL SECRET", "CATEGORIES 7")
    assert racf[("FACILITY BOSS.RES", "id-star")] == "ID(*) READ"
    assert racf[("FACILITY BOSS.GEN", "generic-no-wildcard")] == "GENERIC_NO_WILDCARD"
    assert report["rules"]["security-label"]["esms"]["tss"]["risk"] == "wider"
    assert "FACILITY PLAIN%" in {f["item"] for f in findings(report, "acf2", "generic-inside")}
    assert "PLAIN%" in items(doc, "profiles") and "racf-facility-racf" in doc["components"]


def test_top_secret_reserved_names_get_a_copy_without_them(tmp_path):
    records = [rec("0100", 362, {6: "AUDIT", 24: "2024-05-01", 44: "NONE", 53: "NO"}),
               rec("0100", 362, {6: "STAFF", 24: "2024-05-01", 44: "NONE", 53: "NO"}),
               rec("0203", 22, {6: "ANN", 15: "AUDIT"}),
               rec("0203", 22, {6: "ANN", 15: "STAFF"}),
               rec("0200", 648, {6: "ANN", 15: "2024-05-01", 26: "SYS1", 96: "STAFF", 391: "NO"}),
               rec("0500", 1017, {6: "APP.READ", 253: "FACILITY", 262: "NO", 337: "NONE"}),
               rec("0505", 284, {6: "APP.READ", 253: "FACILITY", 262: "AUDIT", 271: "READ"}),
               rec("0505", 284, {6: "APP.READ", 253: "FACILITY", 262: "ANN", 271: "UPDATE"})]
    unload = write_unload(tmp_path / "reserved.txt", records)
    spec, doc, report = do_import(tmp_path, unload, "--all")
    parts = doc["components"]
    assert [g["name"] for g in parts["racf-groups-racf-acf2"]["groups"]] == ["AUDIT"]
    assert parts["racf-users-tss"]["users"][0]["name"] == "ANN" and "groups" not in parts["racf-users-tss"]["users"][0]
    assert parts["racf-users-racf-acf2"]["users"][0]["groups"] == ["AUDIT"]
    assert parts["racf-facility-tss"]["profiles"][0]["grants"] == [{"id": "ANN", "access": "UPDATE"}]
    assert {f["item"] for f in findings(report, "tss", "reserved-name")} == {"group AUDIT", "user ANN",
                                                                          "profile APP.READ"}
    carried_to("tss", spec, doc, report, unload)


# -- output ---------------------------------------------------------------------------------

def test_the_same_unload_gives_the_same_bytes(tmp_path, hand):
    first = [do_import(tmp_path, hand, "--all", name="one")[0]]
    second = [do_import(tmp_path, hand, "--all", name="two")[0]]
    for suffix in (".yaml", ".translation.md", ".translation.json"):
        one = (tmp_path / f"one{suffix}").read_text()
        two = (tmp_path / f"two{suffix}").read_text()
        assert one == two.replace("two.", "one."), suffix
    assert first and second


@given(st.text(alphabet=st.characters(min_codepoint=1, max_codepoint=0x7f), max_size=30)
       | st.sampled_from(["NO", "yes", "On", "null", "~", "1000", "0x1F", "1e3", "*A", "&A", "!A", "%A",
                          "@A", "#A", "-", "- A", "A: B", "A #B", "{A}", "[A]", "'A'", '"A"', "", " A", "A "]))
def test_every_scalar_reads_back_as_the_same_string(text):
    line = f"key: {yamltext.scalar(text)}\n"
    assert yaml.safe_load(line) == {"key": text}
    assert load_text(line, "x.yaml").data == {"key": text}


def test_the_written_spec_reads_back_as_the_document(tmp_path, hand):
    spec, doc, _ = do_import(tmp_path, hand, "--all")
    assert load_text(spec.read_text(), str(spec)).data == doc


# -- bad input ---------------------------------------------------------------------------------

@pytest.mark.parametrize("args,says", [
    ([], "give a scope"),
    (["--users", "NOT A MASK"], "--users 'NOT A MASK'"),
    (["--groups", "TOOLONGNAME"], "--groups 'TOOLONGNAME'"),
    (["--resources", "DATASET"], "--datasets"),
    (["--resources", "FACILITY:BAD MASK"], "--resources 'FACILITY:BAD MASK'"),
    (["--group-tree", "NOSUCH"], "--group-tree NOSUCH: no such group"),
    (["--all", "--unload-date", "2026-13-01"], "--unload-date '2026-13-01'"),
    (["--all", "--tss-department", "1BAD"], "--tss-department '1BAD'"),
])
def test_bad_options_exit_2_and_write_nothing(tmp_path, hand, args, says):
    out = tmp_path / "out.yaml"
    result = run_cli("import", "--esm", "racf", "--unload", str(hand), "--out", str(out), *args)
    assert result.code == 2, result.out
    assert says in result.err
    assert "Traceback" not in result.err
    assert sorted(os.listdir(tmp_path)) == ["hand.txt"]


def test_not_an_unload_and_outputs_over_inputs_are_refused(tmp_path, hand):
    notes = tmp_path / "notes.txt"
    notes.write_text("hello\n")
    result = run_cli("import", "--esm", "racf", "--unload", str(notes), "--all", "--out", str(tmp_path / "o.yaml"))
    assert result.code == 2 and "not a RACF database unload" in result.err
    result = run_cli("import", "--esm", "racf", "--unload", str(hand), "--all", "--out", str(hand))
    assert result.code == 2 and hand.read_text().startswith(HANDMADE[0][:10])
    result = run_cli("import", "--esm", "acf2", "--unload", str(hand), "--all", "--out", str(tmp_path / "o.yaml"))
    assert result.code == 2 and "cannot import acf2" in result.err
    result = run_cli("import", "--esm", "racf", "--unload", "-", "--all", "--out", str(tmp_path / "o.yaml"))
    assert result.code == 2 and "--unload-date" in result.err
    assert sorted(os.listdir(tmp_path)) == ["hand.txt", "notes.txt"]


def test_a_report_that_cannot_be_written_stops_the_import_before_anything_is_written(tmp_path, hand):
    out = tmp_path / "spec.yaml"
    result = run_cli("import", "--esm", "racf", "--unload", str(hand), "--all", "--out", str(out),
                     "--report", str(tmp_path / "missing" / "report.md"))
    assert result.code == 2 and "does not exist" in result.err
    assert sorted(os.listdir(tmp_path)) == ["hand.txt"]


def test_names_outside_printable_ascii_are_reported_as_codes(tmp_path):
    records = HANDMADE + [rec("0500", 1017, {6: "CAF\u00c9.X", 253: "FACILITY", 262: "NO", 337: "NONE"}),
                          rec("0505", 284, {6: "ZWES.IS", 253: "FACILITY", 262: "B\u00d8B", 271: "READ"})]
    unload = write_unload(tmp_path / "unl\u00f8ad.txt", records)
    spec, doc, report = do_import(tmp_path, unload, "--resources", "FACILITY", name="odd")
    said = {(f["item"], f["rule"]): f["detail"] for f in findings(report, "racf")}
    assert ("FACILITY CAF\\xc9.X", "name-refused") in said
    assert said[("FACILITY ZWES.IS", "name-refused")] == "ID('B\\xd8B') READ"
    assert "unl?ad.txt" in doc["title"]
    for name in ("odd.yaml", "odd.translation.md", "odd.translation.json"):
        (tmp_path / name).read_bytes().decode("ascii")


@pytest.mark.parametrize("esm", ["acf2", "tss"])
def test_a_whole_database_converts_to_a_new_system(tmp_path, esm):
    """racf-generator's 500-user database, imported with --all: the other ESM's
    setup deck runs without an error on a new system (the simulator's z/OS
    baseline); nothing there has to exist beforehand."""
    unload = generated(tmp_path / "medium.txt", 9, 500, profile="medium")
    spec, _, _ = do_import(tmp_path, unload, "--all", check=False)
    deck = tmp_path / "setup.tso"
    assert run_cli("render", "-p", str(spec), "--esm", esm, "--kind", "setup", "--format", "tso",
                   "--out", str(deck)).code == 0
    result = run_cli("dry-run", str(deck), "--esm", esm, "--baseline", "zos")
    assert result.code == 0, [line for line in result.out.splitlines() if " error " in line][:5]
