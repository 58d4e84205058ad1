"""The registry of ESMs (esmgen/esms.py) is the only list of them in the package."""

import os
import re

import esmgen
from esmgen import esms
from esmgen.importer import translation

PACKAGE = os.path.dirname(esmgen.__file__)
QUOTED = re.compile(r"""["'](%s)["']""" % "|".join(esms.NAMES), re.IGNORECASE)


NEAR = 400      # characters: a list or dict written over several lines


def test_no_esm_list_outside_the_registry():
    found = []
    for folder, _, files in os.walk(PACKAGE):
        for name in files:
            path = os.path.join(folder, name)
            if not name.endswith(".py") or path == esms.__file__:
                continue
            with open(path, encoding="utf-8") as handle:
                text = handle.read()
            hits = [(m.start(), m.group(1).lower()) for m in QUOTED.finditer(text)]
            for (here, first), (there, second) in zip(hits, hits[1:]):
                if first != second and there - here < NEAR:
                    line = text.count("\n", 0, here) + 1
                    found.append(f"{os.path.relpath(path, PACKAGE)}:{line}: {first} and {second}")
    assert found == []


def test_every_registered_esm_has_its_piece_on_every_side():
    import importlib
    for esm in esms.REGISTRY:
        backend = importlib.import_module(esm.backend)
        simulator = importlib.import_module(esm.simulator)
        assert callable(backend.required_facts) and backend.MAPPING_FIELDS and backend.CHECK_ON_SYSTEM
        assert callable(simulator.facts) and callable(simulator.Executor)
        assert os.path.isfile(os.path.join(PACKAGE, "listing", "messages", esm.messages))
        assert os.path.isdir(os.path.join(os.path.dirname(PACKAGE), "templates", esm.name))
        effects = importlib.import_module(esm.translation).EFFECTS
        assert effects and set(effects) <= set(translation.RULES)


def test_every_package_of_the_source_ships_in_the_wheel():
    # the tests import from the source tree, so a package left out of
    # pyproject.toml would pass them and fail every installed esmgen
    import tomllib
    root = os.path.dirname(PACKAGE)
    with open(os.path.join(root, "pyproject.toml"), "rb") as handle:
        listed = set(tomllib.load(handle)["tool"]["setuptools"]["packages"])
    found = {os.path.relpath(folder, root).replace(os.sep, ".")
             for folder, _, files in os.walk(PACKAGE) if "__init__.py" in files}
    assert sorted(found - listed) == []
