"""Golden decks for the bundled catalog: every ESM x kind x format.

Regenerate after an intended change with:
    ESMGEN_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py
and review the diff like any other change to the decks.
"""

import os

import pytest

from conftest import GOLDEN, run_cli
from esmgen import esms

CASES = [(esm, kind, fmt)
         for esm in esms.NAMES for kind in ("setup", "verify", "undo")
         for fmt in ("tso", "jcl")]
CASES += [("all", kind, "jcl") for kind in ("setup", "verify", "undo")]


def render(esm, kind, fmt):
    result = run_cli("render", "--esm", esm, "--kind", kind, "--format", fmt, "--component", "all")
    assert result.code == 0, result.err
    return result.out


@pytest.mark.parametrize("esm,kind,fmt", CASES)
def test_deck_matches_golden(esm, kind, fmt):
    text = render(esm, kind, fmt)
    path = os.path.join(GOLDEN, f"{esm}-{kind}.{fmt}")
    if os.environ.get("ESMGEN_UPDATE_GOLDEN"):
        with open(path, "w") as handle:
            handle.write(text)
    with open(path) as handle:
        assert text == handle.read(), f"{path} differs; see the module docstring to regenerate"


@pytest.mark.parametrize("esm", ["racf", "acf2", "tss", "all"])
def test_output_is_byte_identical_across_runs(esm):
    assert render(esm, "setup", "jcl") == render(esm, "setup", "jcl")
