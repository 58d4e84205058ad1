import os
import sys

import pytest
from click.testing import CliRunner

sys.path.insert(0, os.path.dirname(__file__))

from esmgen.cli import main  # noqa: E402

HERE = os.path.dirname(__file__)

# Test values for the catalog's PassTicket keys (never real keys): setup decks
# of --component all need them; tests of missing secrets remove them.
TEST_SECRETS = {"ESMGEN_SECRET_ZOSMF_PTKT_KEY": "0123456789ABCDEF",
                "ESMGEN_SECRET_CICS_PTKT_KEY": "FEDCBA9876543210"}
os.environ.update(TEST_SECRETS)
GOLDEN = os.path.join(HERE, "golden")


class Result:
    def __init__(self, result):
        self.code = result.exit_code
        self.out = result.stdout
        self.err = result.stderr
        self.exception = result.exception


def run_cli(*args):
    runner = CliRunner()
    return Result(runner.invoke(main, list(args), catch_exceptions=True))


@pytest.fixture(autouse=True, scope="session")
def _own_template_cache(tmp_path_factory):
    """The tests compile templates into a cache of their own, not the user's
    (subprocesses inherit it)."""
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("xdg-cache"))


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture
def write(tmp_path):
    """Write a text file in tmp_path and return its path."""
    def _write(name, text):
        path = tmp_path / name
        path.write_text(text)
        return str(path)
    return _write
