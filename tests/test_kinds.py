"""The registry of requirement kinds covers the model, and every view covers every kind."""

import dataclasses
import functools
import json
import os
import re

import pytest

from conftest import HERE, run_cli
from esmgen import api, esms, facts, kinds, resources
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


@functools.lru_cache(maxsize=None)
def models_for(esm):
    """The same models, built for one ESM."""
    return tuple(api.model_for(api.load(api.Inputs(profiles=path, components=["all"])), esm=esm)
                 for path in SPECS)


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
    """A macro for every action and mode of the kinds the ESM has, none for the others
    (a kind an ESM does not have never reaches its model, so it needs no stub)."""
    loaded = api.load(api.Inputs(components=["all"]))
    module = _macros(Backend(esm, loaded.doc), "setup", api.model_for(loaded, esm=esm))
    for kind in kinds.KINDS:
        for mode in ("setup", "verify", "undo") if kind.action else ():
            if (mode, kind.action) == ("undo", "class"):
                continue        # class activation is system-wide: never undone
            assert hasattr(module, f"{mode}_{kind.action}") == (esm in kind.esms), (esm, mode, kind.action)


@pytest.mark.parametrize("esm", esms.NAMES)
def test_a_model_for_one_esm_holds_only_its_kinds(esm):
    for model in models_for(esm):
        for kind in kinds.KINDS:
            if esm not in kind.esms:
                assert kinds.objects(model, kind) == (), (esm, kind.name)


def test_the_schema_lists_every_kind_a_spec_names():
    component = json.load(open(resources.schema_path()))["definitions"]["component"]["properties"]
    listed = {kind.spec_key for kind in kinds.KINDS if kind.spec_key}
    assert listed <= set(component)
    assert set(component) - listed == {"purpose", "source", "default", "esm"}
    assert component["esm"]["items"]["enum"] == list(esms.NAMES)


def test_every_fact_name_belongs_to_a_kind():
    """The fact vocabulary (esmgen.facts) and the kinds name the same facts."""
    vocabulary = set(re.findall(r"^    ([a-z-]+) [A-Z]", facts.__doc__, re.M))
    declared = {name for kind in kinds.KINDS for name in kind.facts}
    assert vocabulary and vocabulary == declared


@pytest.mark.parametrize("kind", [k for k in kinds.KINDS if k.facts], ids=lambda k: k.name)
def test_required_facts_cover_every_kind(kind):
    """Some ESM's setup deck must leave a fact of the kind for each object of it."""
    seen = set()
    for esm in kind.esms:
        for model in models_for(esm):
            if kinds.objects(model, kind):
                backend = Backend(esm, api.load(api.Inputs(components=["all"])).doc)
                seen |= {f.split()[0] for f in backend.required_facts(model, where_defined=True)}
    assert seen & set(kind.facts), kind.name


@pytest.mark.parametrize("kind", [k for k in kinds.KINDS if k.action and k.name != "class"],
                         ids=lambda k: k.name)
def test_delta_decks_cover_every_kind(kind):
    """Removing one object of the kind gives a delta step that undoes it, adding it back one that sets it up."""
    from esmgen.renderer.plan import plan_delta
    for esm in kind.esms:
        for model in models_for(esm):
            for obj in [o for o in kinds.objects(model, kind) if kinds.owned(kind, o)][:1]:
                without = dataclasses.replace(model, **{kind.attr: tuple(
                    o for o in kinds.objects(model, kind) if o is not obj)})
                steps = plan_delta(model, without, [], [obj], [])
                assert ("undo", kind.action) in {(mode, step.action) for mode, step, _ in steps}, (esm, kind.name)
                steps = plan_delta(without, model, [obj], [], [])
                assert ("setup", kind.action) in {(mode, step.action) for mode, step, _ in steps}, (esm, kind.name)


def test_table_overrides_are_a_kind(tmp_path):
    spec = tmp_path / "spec.yaml"
    spec.write_text(open(os.path.join(HERE, "specs", "idmap.yaml")).read()
                    + "esm_tables:\n  tss: {group_permit: members}\n")
    model = api.model_for(api.load(api.Inputs(profiles=str(spec))))
    (override,) = model.table_overrides
    assert (override.esm, override.path, override.value) == ("tss", "group_permit", "members")
    assert "tss: group_permit" in run_cli("explain", "--profiles", str(spec)).out
