"""Whole-value checks use re.fullmatch: `$` in re.match also matches before a
final newline, so 'GRP1\\n' passed as a group name (issue 8 review)."""

import pytest

from conftest import run_cli
from esmgen.renderer import rules
from esmgen.renderer.secrets import Secrets


@pytest.mark.parametrize("check,value", [
    (rules.check_id, "GRP1\n"), (rules.check_hlq, "SYS1.ZWE\n"),
])
def test_a_trailing_newline_is_not_valid(check, value):
    assert check(value) is not None
    assert check(value.rstrip("\n")) is None


def test_a_spec_name_with_a_trailing_newline_is_refused(tmp_path):
    spec = tmp_path / "spec.yaml"
    spec.write_text('esmgen: 1\ncomponents:\n  c:\n    purpose: test\n    default: true\n'
                    '    groups: [{name: "GRP1\\n"}]\n')
    result = run_cli("render", "--esm", "racf", "--format", "tso", "--profiles", str(spec))
    assert result.code == 2 and "spec.yaml:6:" in result.err and "Traceback" not in result.err


def test_a_password_with_a_trailing_newline_is_refused():
    secrets = Secrets(environ={"ESMGEN_SECRET_P": "secret\n"})
    with pytest.raises(Exception, match="printable") as caught:
        secrets.password("p")
    assert "secret\n" not in str(caught.value)
