"""esmgen audit: a spec's required facts against an ESM state's."""

import json
import re

import pytest

from conftest import run_cli
from esmgen import audit, esms, facts
from esmgen.simulator import engine

# Per ESM: ZWESIUSR loses ZWES.IS (missing), ZWESVUSR gets UPDATE on BPX.JOBNAME
# (different, wider) and another id gets READ on ZWES.IS (extra).
DRIFT = {
    "racf": ("""\
PERMIT ZWES.IS CLASS(FACILITY) DELETE ID(ZWESIUSR)
PERMIT BPX.JOBNAME CLASS(FACILITY) ID(ZWESVUSR) ACCESS(UPDATE)
PERMIT ZWES.IS CLASS(FACILITY) ID(IBMUSER) ACCESS(READ)
SETROPTS RACLIST(FACILITY) REFRESH
""", "IBMUSER"),
    "acf2": ("""\
ACF
SET RESOURCE(FAC)
RECKEY ZWES DEL(IS ROLE(ZWESIUSR) SERVICE(READ) ALLOW)
RECKEY BPX DEL(JOBNAME ROLE(ZWESVUSR) SERVICE(READ) ALLOW)
RECKEY BPX ADD(JOBNAME ROLE(ZWESVUSR) SERVICE(READ,UPDATE) ALLOW)
RECKEY ZWES ADD(IS ROLE(ZWEADMIN) SERVICE(READ) ALLOW)
END
""", "ZWEADMIN"),
    "tss": ("""\
TSS REVOKE(ZWESIUSR) IBMFAC(ZWES.IS)
TSS PERMIT(ZWESVUSR) IBMFAC(BPX.JOBNAME) ACCESS(UPDATE)
TSS PERMIT(IBMUSER) IBMFAC(ZWES.IS) ACCESS(READ)
""", "IBMUSER"),
}


def setup_state(tmp_path, esm, *args, drift=None):
    """A saved state: the setup deck dry-run from the z/OS baseline, then the drift deck."""
    deck = tmp_path / f"{esm}.jcl"
    assert run_cli("render", "--esm", esm, "--out", str(deck), *args).code == 0
    state = engine.baseline_state(esm, "zos")
    assert engine.succeeded(engine.run_deck(deck.read_text(), esm, state))
    if drift:
        assert engine.succeeded(engine.run_deck(drift, esm, state, label="drift"))
    path = tmp_path / f"{esm}.json"
    path.write_text(state.to_json())
    return str(path)


@pytest.mark.parametrize("esm", esms.NAMES)
def test_the_full_catalog_setup_audits_clean(tmp_path, esm):
    state = setup_state(tmp_path, esm, "--component", "all")
    result = run_cli("audit", "--esm", esm, "--state", state, "--component", "all")
    assert result.code == 0, result.out
    assert "Everything the spec requires is present as specified, and nothing extra." in result.out
    assert "## Missing" not in result.out and "## Extra" not in result.out


@pytest.mark.parametrize("esm", esms.NAMES)
def test_drift_is_reported_requirement_by_requirement(tmp_path, esm):
    drift, other = DRIFT[esm]
    state = setup_state(tmp_path, esm, drift=drift)
    result = run_cli("audit", "--esm", esm, "--state", state)
    assert result.code == 1
    assert "1 missing, 1 different; 1 extra; 2 flagged RISK: wider access." in result.out
    assert "- `access FACILITY ZWES.IS ZWESIUSR READ`\n" in result.out
    assert ("- `access FACILITY BPX.JOBNAME ZWESVUSR READ`: found"
            " `access FACILITY BPX.JOBNAME ZWESVUSR UPDATE` **RISK: wider access**") in result.out
    assert f"- `access FACILITY ZWES.IS {other} READ` **RISK: wider access**" in result.out
    sections = re.findall(r"^## (.*)$", result.out, re.M)
    assert sections == ["Missing (not in effect)", "Different", "Extra (not in the spec)", "Present"]


def test_json_report(tmp_path):
    state = setup_state(tmp_path, "racf", drift=DRIFT["racf"][0])
    result = run_cli("audit", "--esm", "racf", "--state", state, "--format", "json")
    assert result.code == 1
    report = json.loads(result.out)
    assert set(report) == {"esm", "state", "spec", "requirements", "extra", "summary"}
    assert report["esm"] == "racf"
    by_fact = {r["fact"]: r for r in report["requirements"]}
    assert all(set(r) == {"fact", "status", "actual", "risk"} for r in report["requirements"])
    assert by_fact["access FACILITY ZWES.IS ZWESIUSR READ"] == {
        "fact": "access FACILITY ZWES.IS ZWESIUSR READ", "status": "missing", "actual": None, "risk": None}
    assert by_fact["access FACILITY BPX.JOBNAME ZWESVUSR READ"] == {
        "fact": "access FACILITY BPX.JOBNAME ZWESVUSR READ", "status": "different",
        "actual": "access FACILITY BPX.JOBNAME ZWESVUSR UPDATE", "risk": "RISK: wider access"}
    assert by_fact["user ZWESVUSR"]["status"] == "present"
    assert report["extra"] == [{"fact": "access FACILITY ZWES.IS IBMUSER READ", "risk": "RISK: wider access"}]
    summary = report["summary"]
    assert (summary["missing"], summary["different"], summary["extra"], summary["risk"]) == (1, 1, 1, 2)
    assert summary["present"] == summary["required"] - 2 == len(report["requirements"]) - 2


def test_out_is_written_atomically_and_never_over_an_input(tmp_path):
    state = setup_state(tmp_path, "racf")
    out = tmp_path / "audit.md"
    result = run_cli("audit", "--esm", "racf", "--state", state, "--out", str(out))
    assert result.code == 0 and result.out == ""
    assert out.read_text().startswith("# esmgen audit:")
    clash = run_cli("audit", "--esm", "racf", "--state", state, "--out", state)
    assert clash.code == 2 and "this is an input file" in clash.err
    assert json.loads(open(state).read())["esm"] == "racf"      # untouched


@pytest.mark.parametrize("args, message", [
    (["--esm", "racf", "--state", "MISSING.json"], "MISSING.json: cannot read"),
    (["--esm", "acf2", "--unload", "UNLOAD.txt"], "--unload reads a RACF database unload; for acf2 use --state"),
    (["--esm", "racf", "--state", "S", "--unload", "U"], "give one of --state FILE, --unload FILE or --listing FILE"),
    (["--esm", "racf"], "give one of --state FILE, --unload FILE or --listing FILE"),
])
def test_bad_input_exits_2(tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    result = run_cli("audit", *args)
    assert result.code == 2 and message in result.err, result.err
    assert "Traceback" not in result.err and result.out == ""


def test_a_state_of_another_esm_or_shape_exits_2(tmp_path):
    state = setup_state(tmp_path, "racf")
    other = run_cli("audit", "--esm", "acf2", "--state", state)
    assert other.code == 2 and f"{state}: the state is for racf, not acf2" in other.err
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    bad = run_cli("audit", "--esm", "racf", "--state", str(broken))
    assert bad.code == 2 and "not a saved esmgen state" in bad.err
    odd = tmp_path / "odd.json"
    odd.write_text(json.dumps({"esm": "racf", "profiles": {"FACILITY X": {"acl": 3}}}))
    unusable = run_cli("audit", "--esm", "racf", "--state", str(odd))
    assert unusable.code == 2 and "Traceback" not in unusable.err and str(odd) in unusable.err


def test_the_unload_route_audits_what_the_unload_holds(tmp_path):
    # the hand-made unload of tests/test_unload.py holds ZWESVUSR and a few of
    # Zowe's objects; everything else the catalog requires is missing
    from tests.test_unload import HANDMADE
    unload = tmp_path / "unload.txt"
    unload.write_text("\n".join(HANDMADE) + "\n")
    result = run_cli("audit", "--esm", "racf", "--unload", str(unload), "--format", "json")
    assert result.code == 1, result.err
    statuses = {r["fact"]: r["status"] for r in json.loads(result.out)["requirements"]}
    assert statuses["user ZWESVUSR"] == "present"
    assert "missing" in statuses.values()


def test_an_empty_unload_is_refused(tmp_path):
    unload = tmp_path / "empty.txt"
    unload.write_text("")
    result = run_cli("audit", "--esm", "racf", "--unload", str(unload))
    assert result.code == 2 and str(unload) in result.err and "Traceback" not in result.err


# -- the comparison itself ----------------------------------------------------------

def test_statuses_by_key_and_value():
    required = ["access FACILITY A U1 READ", "access FACILITY A U2 UPDATE", "access FACILITY A U3 READ",
                "uacc DATASET ZWE.- READ", "stc P U G", "user U1", "connect U1 G",
                "ring-cert O R PERSONAL O MY LABEL", "ring-default O R O MY LABEL"]
    found = ["access FACILITY A U1 READ", "access FACILITY A U2 READ", "access FACILITY A U4 ALTER",
             "access FACILITY A U5 NONE", "access FACILITY OTHER U9 ALTER", "uacc DATASET ZWE.- ALTER",
             "stc P X G", "user U1", "ring-cert O R CERTAUTH O MY LABEL", "ring-default O R O MY LABEL"]
    result = audit.compare(required, found)
    status = {f.fact: (f.status, f.actual, f.risk) for f in result.requirements}
    assert status["access FACILITY A U1 READ"] == ("present", "access FACILITY A U1 READ", None)
    assert status["access FACILITY A U2 UPDATE"] == ("different", "access FACILITY A U2 READ", None)  # lower
    assert status["access FACILITY A U3 READ"] == ("missing", None, None)
    assert status["uacc DATASET ZWE.- READ"] == ("different", "uacc DATASET ZWE.- ALTER", audit.WIDER)
    assert status["stc P U G"] == ("different", "stc P X G", None)
    assert status["connect U1 G"][0] == "missing"
    assert status["ring-cert O R PERSONAL O MY LABEL"] == ("different", "ring-cert O R CERTAUTH O MY LABEL", None)
    assert status["ring-default O R O MY LABEL"][0] == "present"
    assert [(f.fact, f.risk) for f in result.extra] == [
        ("access FACILITY A U4 ALTER", audit.WIDER), ("access FACILITY A U5 NONE", None)]
    assert not result.clean()
    assert audit.compare(required[:1], found[:1]).clean()


def test_an_extra_uacc_on_a_spec_profile():
    result = audit.compare(["profile FACILITY A", "access FACILITY A U1 READ"],
                           ["profile FACILITY A", "access FACILITY A U1 READ", "uacc FACILITY A READ",
                            "uacc FACILITY B READ"])
    assert [(f.fact, f.risk) for f in result.extra] == [("uacc FACILITY A READ", audit.WIDER)]


def test_a_label_with_blanks_is_one_field():
    fact = audit.parse("ring-cert ZCEESRV ZCEERING PERSONAL ZCEESRV ZCEE SERVER")
    assert fact.key == ("ZCEESRV", "ZCEERING", "ZCEESRV", "ZCEE SERVER") and fact.value == ("PERSONAL",)
    assert audit.parse("cert CERTAUTH ZCEE CA").key == ("CERTAUTH", "ZCEE CA")
    assert audit.parse("omvs U /u/home /bin/sh").value == ("/u/home", "/bin/sh")


def test_every_fact_name_has_a_shape():
    documented = re.findall(r"^    ([a-z-]+) ([A-Z][A-Z ]*?)\s{2,}", facts.__doc__, re.M)
    assert documented and {name for name, _ in documented} == set(audit.SHAPES)
    for name, fields in documented:
        assert audit.SHAPES[name].arity == len(fields.split()), name


def test_the_audit_module_loads_neither_side():
    from test_imports import loaded
    modules = loaded("import esmgen.audit")
    assert not [m for m in modules if m.startswith(("esmgen.renderer", "esmgen.simulator", "esmgen.listing"))]
