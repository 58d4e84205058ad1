"""The registry of requirement kinds covers the model, and every view covers every kind."""

import dataclasses
import os

import pytest

from conftest import HERE, run_cli
from esmgen import api, esms, kinds
from esmgen.renderer import diff
from esmgen.renderer.explain import explain_text
from esmgen.model import Model
from esmgen.renderer.render import _macros
from esmgen.renderer.backends import Backend

SPECS = [None] + [os.path.join(HERE, "specs", name) for name in sorted(os.listdir(os.path.join(HERE, "specs")))]


def models():
    """Models of the catalog (every component) and of the example specs, all ESMs."""
    found = []
    for path in SPECS:
        loaded = api.load(api.Inputs(profiles=path, components=["all"]))
        found.append(api.model_for(loaded))
    return found


def test_every_requirement_field_of_the_model_is_a_kind():
    holders = {f.name for f in dataclasses.fields(Model)
               if f.default == () and f.name not in ("components", "used_variables")}
    assert holders == {kind.attr for kind in kinds.KINDS}


def test_kinds_have_objects_in_the_test_specs():
    """So the view tests below are not vacuous."""
    present = {kind.name for model in models() for kind in kinds.KINDS if kinds.objects(model, kind)}
    missing = {kind.name for kind in kinds.KINDS} - present - {"override"}
    assert not missing


@pytest.mark.parametrize("kind", kinds.KINDS, ids=lambda k: k.name)
def test_diff_and_explain_cover_every_object(kind):
    for model in models():
        for obj in kinds.objects(model, kind):
            without = dataclasses.replace(model, **{kind.attr: tuple(
                o for o in kinds.objects(model, kind) if o is not obj)})
            found = diff.compare(model, without)
            if kind.name != "class":    # classes follow from profiles; diff reports those
                assert [i.obj for i in found.removed] == [obj], kind.name
            row = kind.row(obj)
            assert len(row) == 5 and all(isinstance(cell, str) for cell in row)
            if kind.name != "class":
                assert row[1] in explain_text(model)


@pytest.mark.parametrize("esm", esms.NAMES)
def test_every_deck_action_has_a_macro_per_mode(esm):
    loaded = api.load(api.Inputs(components=["all"]))
    module = _macros(Backend(esm, loaded.doc), "setup", api.model_for(loaded, esm=esm))
    for action in kinds.ACTIONS:
        for mode in ("setup", "verify", "undo"):
            if (mode, action) == ("undo", "class"):
                continue        # class activation is system-wide: never undone
            assert hasattr(module, f"{mode}_{action}"), (esm, mode, action)


def test_table_overrides_are_a_kind(tmp_path):
    spec = tmp_path / "spec.yaml"
    spec.write_text(open(os.path.join(HERE, "specs", "idmap.yaml")).read()
                    + "esm_tables:\n  tss: {group_permit: members}\n")
    model = api.model_for(api.load(api.Inputs(profiles=str(spec))))
    (override,) = model.table_overrides
    assert (override.esm, override.path, override.value) == ("tss", "group_permit", "members")
    assert "tss: group_permit" in run_cli("explain", "--profiles", str(spec)).out
