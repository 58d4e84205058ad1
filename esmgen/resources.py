"""Where the bundled catalog, templates and schema live, and how the
package's own YAML tables are read.

Installed, they sit inside the package (pyproject.toml maps the top-level
templates/ and profiles.yaml there); in a source checkout they are found at the
repository root.
"""

import os

import yaml

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
    """The data of one of the package's YAML tables (ESM tables, messages)."""
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_TABLE_LOADER)
