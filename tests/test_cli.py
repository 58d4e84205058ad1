"""The command line as a user meets it."""

import os
import subprocess
import sys

from conftest import run_cli
from esmgen import esms


def test_version():
    result = run_cli("--version")
    assert result.code == 0 and "esmgen, version" in result.out


def test_help_has_examples():
    assert "esmgen render --esm racf" in run_cli("--help").out
    assert "Examples:" in run_cli("render", "--help").out


def test_default_render_is_a_product_job_with_default_components():
    result = run_cli("render")
    assert result.code == 0
    assert "//         SET PRODUCT=RACF" in result.out
    assert "CSFRNGL" not in result.out            # icsf is optional
    assert "ZWES.IS" in result.out


def test_component_selection():
    result = run_cli("render", "--esm", "racf", "--format", "tso", "--component", "icsf",
                     "--component", "zowe-core")
    assert result.code == 0, result.err
    assert "CSFRNGL" in result.out and "ZWES.IS" not in result.out
    assert "/* Components: zowe-core, icsf" in result.out


def test_tss_only_component_is_left_out_of_other_esms():
    assert "MASTFAC" not in run_cli("render", "--esm", "racf", "--format", "tso").out
    assert "TSS ADD(ZWESVUSR) MASTFAC(ZOWE)" in run_cli("render", "--esm", "tss", "--format", "tso").out


def test_tso_needs_one_esm():
    result = run_cli("render", "--esm", "all", "--format", "tso")
    assert result.code == 2 and "choose --esm" in result.err


def test_out_writes_atomically(tmp_path):
    out = tmp_path / "deck.jcl"
    out.write_text("old")
    result = run_cli("render", "--esm", "acf2", "--out", str(out))
    assert result.code == 0 and result.out == ""
    assert out.read_text().startswith("//ESMGEN   JOB")
    assert sorted(os.listdir(tmp_path)) == ["deck.jcl"]


def test_validate_ok():
    result = run_cli("validate")
    assert result.code == 0
    assert "valid" in result.out and "tss:" in result.out


def test_components_lists_purposes():
    result = run_cli("components")
    assert result.code == 0
    assert "impersonation (default)" in result.out and "icsf (optional)" in result.out
    assert "tss-multiuser (default; only tss)" in result.out
    assert "source: Zowe documentation, Address z/OS requirements for Zowe" in result.out


def test_explain_shows_who_gets_what():
    result = run_cli("explain", "--component", "all")
    assert result.code == 0
    lines = result.out.splitlines()
    assert any(line.split()[:4] == ["FACILITY", "access", "BPX.SERVER", "ZWESVUSR"] and "UPDATE" in line
               for line in lines)
    assert "impersonation: Users log on to Zowe" in result.out
    assert any("started task" in line and "ZWESLSTC" in line and "ZWESVUSR / ZWEADMIN" in line
               for line in lines)


def test_explain_for_one_esm():
    assert "facility" not in run_cli("explain", "--esm", "racf").out.split()
    assert "ZOWE" in run_cli("explain", "--esm", "tss").out


def test_python_dash_m_works():
    result = subprocess.run([sys.executable, "-m", "esmgen", "render", "--esm", "racf", "--format", "tso"],
                            capture_output=True, text=True,
                            cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    assert result.returncode == 0 and "PERMIT BPX.DAEMON" in result.stdout


def test_bad_input_through_the_real_entry_point_has_no_traceback(tmp_path):
    spec = tmp_path / "s.yaml"
    spec.write_text("esmgen: 1\ncomponents: {c: {purpose: x, groups: [{name: toolong12}]}}\n")
    result = subprocess.run([sys.executable, "-m", "esmgen", "validate", "--profiles", str(spec)],
                            capture_output=True, text=True,
                            cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "s.yaml:2:" in result.stderr


def test_readme_example_spec_renders_for_every_esm(tmp_path):
    import re
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with open(os.path.join(root, "README.md")) as handle:
        spec = re.search(r"```yaml\n(esmgen: 1.*?)```", handle.read(), re.S).group(1)
    path = tmp_path / "spec.yaml"
    path.write_text(spec)
    for esm in esms.NAMES:
        result = run_cli("render", "--esm", esm, "--profiles", str(path))
        assert result.code == 0, result.err


def test_tss_warns_about_server_permits_longer_than_documented():
    result = run_cli("render", "--esm", "tss", "--format", "tso", "--component", "zosconnect-server")
    assert result.code == 0
    assert "warning:" in result.err and "BBG.AUTHMOD.BBGZSAFM.SAFCRED has 28" in result.err
    assert run_cli("render", "--esm", "racf", "--component", "zosconnect-server").err == ""
