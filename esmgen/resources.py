"""Where the bundled catalog, templates and schema live.

Installed, they sit inside the package (pyproject.toml maps the top-level
templates/ and profiles.yaml there); in a source checkout they are found at the
repository root.
"""

import os

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
