"""Hostile inputs: the loader refuses them with a clean message, and never
grows without bound (issue 8)."""

import os

import pytest
from conftest import run_cli

from esmgen import loader, resources
from esmgen.errors import SpecError

# Every option that names a YAML input read through the loader.
INPUT_OPTIONS = ["--profiles", "--values", "--secrets", "--zowe-yaml"]


def refused(path):
    """The message of the SpecError that loading the file at path gives."""
    with pytest.raises(SpecError) as info:
        loader.load_file(str(path))
    return str(info.value)


def refused_text(text):
    with pytest.raises(SpecError) as info:
        loader.load_text(text, "t.yaml")
    return str(info.value)


# -- size ----------------------------------------------------------------------

def test_a_file_over_the_size_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(loader, "MAX_INPUT_BYTES", 100)
    path = tmp_path / "big.yaml"
    path.write_text("a: " + "x" * 100 + "\n")
    assert refused(path) == f"{path}: the file is larger than 100 bytes, the most esmgen reads from one input"
    path.write_text("a: " + "x" * 96 + "\n")          # exactly 100 bytes
    assert loader.load_file(str(path)).data == {"a": "x" * 96}


def test_a_pipe_is_read_only_up_to_the_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(loader, "MAX_INPUT_BYTES", 100)
    read, write = os.pipe()
    os.write(write, b"a: 1\n" * 40)                  # 200 bytes, no size to stat
    os.close(write)
    try:
        assert "larger than 100 bytes" in refused(f"/proc/self/fd/{read}")
    finally:
        os.close(read)


def test_the_limit_is_64_mib():
    assert loader.MAX_INPUT_BYTES == 64 * 2 ** 20


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
@pytest.mark.parametrize("option", INPUT_OPTIONS)
def test_dev_zero_is_refused_cleanly(option):
    result = run_cli("validate", option, "/dev/zero")
    assert result.code == 2
    assert result.err.strip() == "/dev/zero: the file is larger than 64 MiB, the most esmgen reads from one input"


@pytest.mark.parametrize("option", INPUT_OPTIONS)
def test_size_limit_for_every_input(tmp_path, monkeypatch, option):
    limit = os.path.getsize(resources.catalog_path())   # the bundled spec still loads
    monkeypatch.setattr(loader, "MAX_INPUT_BYTES", limit)
    path = tmp_path / "in.yaml"
    path.write_text("#" * limit + "\n")
    result = run_cli("validate", option, str(path))
    assert result.code == 2
    assert result.err.strip() == (f"{path}: the file is larger than {limit} bytes,"
                                  " the most esmgen reads from one input")


def test_line_ends_and_encoding_are_read_as_before(tmp_path):
    path = tmp_path / "crlf.yaml"
    path.write_bytes(b"a: 1\r\nb: 'x'\rc: caf\xc3\xa9\r\n")
    assert loader.load_file(str(path)).data == {"a": 1, "b": "x", "c": "café"}
    path.write_bytes(b"a: \xff\n")
    assert refused(path) == f"{path}: not UTF-8 text (invalid start byte)"
    assert refused(tmp_path / "missing.yaml").endswith("missing.yaml: cannot read file: No such file or directory")
