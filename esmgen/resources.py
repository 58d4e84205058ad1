"""Where the bundled catalog, templates and schema live, and how the
package's own YAML tables are read.

Installed, they sit inside the package (pyproject.toml maps the top-level
templates/ and profiles.yaml there); in a source checkout they are found at the
repository root.
"""

import os

import yaml

from esmgen import cache

# libyaml's loader where PyYAML has it: the pure-Python one takes ten times
# as long, and every run reads an ESM table. Both give the same data for the
# package's tables (tests/test_startup.py); input files go through
# esmgen.loader, which checks what these trusted tables need not.
_TABLE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_PACKAGE = os.path.dirname(os.path.abspath(__file__))
_ROOT = os.path.dirname(_PACKAGE)


def _first_existing(*candidates):
    for path in candidates:
        if os.path.exists(path):
            return path
    return candidates[0]


def templates_dir():
    return _first_existing(os.path.join(_PACKAGE, "templates"), os.path.join(_ROOT, "templates"))


def catalog_path():
    return _first_existing(os.path.join(_PACKAGE, "catalog", "profiles.yaml"),
                           os.path.join(_ROOT, "profiles.yaml"))


def schema_path():
    return os.path.join(_PACKAGE, "schema.json")


def load_yaml(path):
    """The data of one of the package's YAML tables (ESM tables, messages),
    parsed once per content (esmgen.cache)."""
    with open(path, "rb") as handle:
        raw = handle.read()
    return cache.load_data(path, raw, f"table {_TABLE_LOADER.__name__}",
                           lambda raw: yaml.load(raw.decode("utf-8"), Loader=_TABLE_LOADER))
