"""Hostile inputs: the loader refuses them with a clean message, and never
grows without bound (issue 8)."""

import os
import subprocess
import sys

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


def cli_refuses(option, path):
    """The one-line message `esmgen validate OPTION PATH` gives, with exit status 2 and no traceback."""
    result = run_cli("validate", option, str(path))
    assert result.code == 2 and isinstance(result.exception, SystemExit), result.exception
    assert len(result.err.splitlines()) == 1 and "Traceback" not in result.err
    return result.err.strip()


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


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc/self/fd")
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
    assert cli_refuses(option, "/dev/zero") == ("/dev/zero: the file is larger than 64 MiB,"
                                                " the most esmgen reads from one input")


@pytest.mark.parametrize("option", INPUT_OPTIONS)
def test_size_limit_for_every_input(tmp_path, monkeypatch, option):
    limit = os.path.getsize(resources.catalog_path())   # the bundled spec still loads
    monkeypatch.setattr(loader, "MAX_INPUT_BYTES", limit)
    path = tmp_path / "in.yaml"
    path.write_text("#" * limit + "\n")
    assert cli_refuses(option, path) == (f"{path}: the file is larger than {limit} bytes,"
                                         " the most esmgen reads from one input")


def test_line_ends_and_encoding_are_read_as_before(tmp_path):
    path = tmp_path / "crlf.yaml"
    path.write_bytes(b"a: 1\r\nb: 'x'\rc: caf\xc3\xa9\r\n")
    assert loader.load_file(str(path)).data == {"a": 1, "b": "x", "c": "café"}
    path.write_bytes(b"a: \xff\n")
    assert refused(path) == f"{path}: not UTF-8 text (invalid start byte)"
    assert refused(tmp_path / "missing.yaml").endswith("missing.yaml: cannot read file: No such file or directory")


# -- aliases -------------------------------------------------------------------

def laughs(levels=9, width=9):
    """A "billion laughs" document: each anchor lists the one before it `width` times."""
    lines = ["l0: &l0 [" + ",".join(['"lol"'] * width) + "]"]
    for level in range(1, levels):
        lines.append(f"l{level}: &l{level} [" + ",".join([f"*l{level - 1}"] * width) + "]")
    return "\n".join(lines) + "\n"


def test_alias_bomb_is_refused_where_it_explodes():
    text = laughs()
    assert len(text) < 500
    assert refused_text(text) == ("t.yaml:7:10: aliases would add more than 1,000,000 nodes"
                                  " to the document once expanded (an alias bomb?)")


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="needs Linux /proc")
def test_alias_bomb_is_refused_in_little_memory(tmp_path):
    """In a fresh process, so that the peak (VmHWM) is the bomb's alone."""
    path = tmp_path / "bomb.yaml"
    path.write_text(laughs())
    script = (
        "import sys\n"
        "from esmgen import loader\n"
        "from esmgen.errors import SpecError\n"
        "try:\n"
        "    loader.load_file(sys.argv[1])\n"
        "except SpecError as exc:\n"
        "    print(exc)\n"
        "print([l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')][0])\n")
    result = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True,
                            text=True, timeout=60)
    message, peak_kb = result.stdout.splitlines()
    assert "alias bomb" in message
    assert int(peak_kb) < 100 * 1024


@pytest.mark.parametrize("option", INPUT_OPTIONS)
def test_alias_bomb_is_refused_for_every_input(tmp_path, option):
    path = tmp_path / "bomb.yaml"
    path.write_text(laughs())
    assert cli_refuses(option, path) == (f"{path}:7:10: aliases would add more than 1,000,000 nodes"
                                         " to the document once expanded (an alias bomb?)")


def test_merge_key_bomb_is_refused():
    lines = ["b0: &b0 {x: 1, y: 2, z: 3}"]
    for level in range(1, 20):
        lines.append(f"b{level}: &b{level} {{p: *b{level - 1}, q: *b{level - 1}, <<: *b{level - 1}}}")
    assert "aliases would add more than 1,000,000 nodes" in refused_text("\n".join(lines))


def test_aliases_count_the_nodes_they_add(monkeypatch):
    monkeypatch.setattr(loader, "MAX_ALIAS_NODES", 8)
    base = "base: &b {x: 1, y: 2}\n"        # 5 nodes: the mapping, 2 keys, 2 values
    assert loader.load_text(base + "one: *b\n", "t.yaml").data["one"] == {"x": 1, "y": 2}
    assert refused_text(base + "one: *b\ntwo: *b\n").startswith("t.yaml:3:6: aliases would add more than 8 nodes")


def test_the_number_of_aliases_is_limited(monkeypatch):
    monkeypatch.setattr(loader, "MAX_ALIASES", 3)
    text = "v: &v 1\nlist: [*v, *v, *v, *v]\n"
    assert refused_text(text) == "t.yaml:2:20: more than 3 aliases in one document"
    assert loader.load_text(text.replace(", *v]", "]"), "t.yaml").data == {"v": 1, "list": [1, 1, 1]}


def test_ordinary_anchors_and_positions_still_work():
    text = ("defaults: &d {shell: /bin/sh, home: /u}\n"
            "users:\n"
            "  - name: A\n"
            "    omvs: *d\n"
            "  - name: B\n"
            "    omvs: *d\n")
    doc = loader.load_text(text, "t.yaml")
    assert doc.data["users"] == [{"name": "A", "omvs": {"shell": "/bin/sh", "home": "/u"}},
                                 {"name": "B", "omvs": {"shell": "/bin/sh", "home": "/u"}}]
    assert doc.where(("users", 1, "name")) == "t.yaml:5:11"
    assert doc.where(("users", 1, "omvs")) == "t.yaml:1:11"          # an alias: where its anchor is
    assert doc.where(("users", 1, "omvs", "home")) == "t.yaml:1:11"


@pytest.mark.parametrize("text,message", [
    ("a: &a [1, *a]\n", "t.yaml:1:11: alias *a is inside the node it names"),
    ("a: &a {b: {c: *a}}\n", "t.yaml:1:15: alias *a is inside the node it names"),
    ("a: *nowhere\n", "t.yaml:1:4: YAML syntax error: found undefined alias 'nowhere'"),
    ("a: &x 1\nb: &x 2\n", "t.yaml:2:4: YAML syntax error: second occurrence"),
])
def test_alias_errors(text, message):
    assert refused_text(text).startswith(message)


# -- nesting -------------------------------------------------------------------

def test_64_levels_are_allowed_65_are_not():
    assert loader.load_text("[" * 64 + "]" * 64, "t.yaml").data is not None
    assert refused_text("[" * 65 + "]" * 65) == "t.yaml:1:65: collections nested more than 64 deep"


@pytest.mark.parametrize("text,where", [
    ("[" * 100_000 + "]" * 100_000, "t.yaml:1:"),
    ("{a: " * 100_000 + "}" * 100_000, "t.yaml:1:"),
    ("- " * 100_000 + "x\n", "t.yaml:1:"),
    ("".join(" " * i + "k:\n" for i in range(3000)), "t.yaml:65:65"),
    ("".join(" " * i + "- k:\n" for i in range(0, 3000, 2)), "t.yaml:33:"),
])
@pytest.mark.parametrize("threshold", [0, 10 ** 12])         # with and without the fast path
def test_deep_nesting_is_refused_without_a_traceback(monkeypatch, threshold, text, where):
    monkeypatch.setattr(loader, "FAST_PATH_BYTES", threshold)
    message = refused_text(text)
    assert message.startswith(where)
    assert "nest" in message


# -- the spec is read once -----------------------------------------------------

def test_the_spec_digest_is_of_the_bytes_parsed(tmp_path):
    """api.load no longer opens the spec a second time (a FIFO would block there)."""
    import hashlib

    from esmgen import api
    path = tmp_path / "spec.yaml"
    path.write_bytes(open(resources.catalog_path(), "rb").read())
    loaded = api.load(api.Inputs(profiles=str(path)))
    assert loaded.spec_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert loaded.doc.sha256 == loaded.spec_sha256


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_spec_from_a_named_pipe_is_read_once(tmp_path):
    import threading

    from esmgen import api
    fifo = tmp_path / "spec.fifo"
    os.mkfifo(fifo)
    spec = open(resources.catalog_path(), "rb").read()

    def writer():
        with open(fifo, "wb") as out:
            out.write(spec)

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    loaded = api.load(api.Inputs(profiles=str(fifo)))
    thread.join(5)
    assert loaded.selected and len(loaded.spec_sha256) == 64


@pytest.mark.parametrize("option", INPUT_OPTIONS)
@pytest.mark.parametrize("text,where", [
    ("[" * 100_000 + "]" * 100_000 + "\n", ":1:"),
    ("".join(" " * i + "k:\n" for i in range(200)), ":65:65:"),
])
def test_deep_nesting_is_refused_for_every_input(tmp_path, option, text, where):
    path = tmp_path / "deep.yaml"
    path.write_text(text)
    message = cli_refuses(option, path)
    assert message.startswith(f"{path}{where}") and "nest" in message


# -- values a type cannot hold -------------------------------------------------

@pytest.mark.parametrize("threshold", [0, 10 ** 12])         # with and without the fast path
@pytest.mark.parametrize("text,message", [
    ("a: 0x_\n", "t.yaml:1:4: YAML syntax error: write this number in plain decimal, or quote it to"
     " keep it as text (YAML reads 0443 as octal, 0x1BB as hex, 1_0 as 10)"),
    ("a: 0443\n", "t.yaml:1:4: YAML syntax error: write this number in plain decimal, or quote it to"
     " keep it as text (YAML reads 0443 as octal, 0x1BB as hex, 1_0 as 10)"),
    ("a: " + "9" * 5000 + "\n", "t.yaml:1:4: YAML syntax error: this value cannot be read as an integer"),
    ("a: [1, 2001-02-31]\n", "t.yaml:1:8: YAML syntax error: this value cannot be read as a date or time"),
    ("2001-02-31: x\n", "t.yaml:1:1: YAML syntax error: this value cannot be read as a date or time"),
    ("a: !!float 'x'\n", "t.yaml:1:4: YAML syntax error: this value cannot be read as a float"),
    ("a: !!bool 'x'\n", "t.yaml:1:4: YAML syntax error: this value cannot be read as a boolean"),
])
def test_values_a_type_cannot_hold_are_errors_not_crashes(monkeypatch, threshold, text, message):
    monkeypatch.setattr(loader, "FAST_PATH_BYTES", threshold)
    assert refused_text(text) == message


def test_the_message_does_not_show_the_value(tmp_path):
    path = tmp_path / "secrets.yaml"
    path.write_text("zosmf_ptkt_key: 2001-02-31\n")
    message = cli_refuses("--secrets", path)
    assert message == f"{path}:1:17: YAML syntax error: this value cannot be read as a date or time"
