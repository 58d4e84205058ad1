"""One YAML semantics for every size (issue 8).

Inputs of FAST_PATH_BYTES and more may be parsed by rapidyaml, but only when
the text is in the subset that loader._simple_yaml accepts; everything else
goes to PyYAML. Each input below is loaded small and padded past the
threshold, with and without the fast path, and must give the same data (or an
error every time). Without rapidyaml installed the same tests pass: every
path is then PyYAML.
"""

import os
import string
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from esmgen import loader
from esmgen.errors import SpecError

# (name, text, whether the padded text may take the fast path)
CORPUS = [
    # Scalars that start with a reserved indicator, and characters YAML forbids.
    ("at sign", "a: @x\n", False),
    ("backtick", "a: `x\n", False),
    ("escape character", "a: x\x1by\n", False),
    ("line separator", "a: x\u2028y\n", False),
    ("next line", "a: x\u0085y\n", False),
    ("NUL", "a: x\x00y\n", False),
    ("DEL", "a: x\x7fy\n", False),
    ("form feed", "a: x\x0cy\n", False),
    ("tab after colon", "a:\tb\n", False),
    ("tab in a value", "a: b\tc\n", False),
    ("tab indentation", "a:\n\tb: 1\n", False),
    ("CRLF", "a: 1\r\nb: 2\r\n", False),
    ("CR alone", "a: 1\rb: 2\r", False),
    ("byte order mark", "\ufeffa: 1\n", False),
    ("non-ASCII", "a: caf\u00e9\n", False),
    # Keys.
    ("duplicate keys", "a: 1\nb: 2\na: 3\n", True),
    ("duplicate quoted keys", "'a': 1\n\"a\": 2\n", True),
    ("duplicate after typing", "1: a\n0x1: b\n", True),
    ("date key", "2026-01-01: x\n", True),
    ("null and bool keys", "~: a\nyes: b\n1.5: c\n", True),
    ("merge key", "b: &b {x: 1}\nc:\n  <<: *b\n  y: 2\n", False),
    ("complex key", "? a\n: b\n", False),
    ("flow key", "[a]: 1\n", False),
    ("key with spaces", "full name: x\n'q k': y\n", True),
    ("key then space before colon", "a : 1\n", False),
    # Anchors, aliases and tags.
    ("anchor and alias", "a: &x 1\nb: *x\n", False),
    ("undefined alias", "a: *x\n", False),
    ("int tag", "a: !!int '7'\n", False),
    ("str tag", "a: !!str 7\n", False),
    ("python tag", "a: !!python/object:os.system x\n", False),
    ("local tag", "a: !custom x\n", False),
    # Numbers, booleans and nulls as YAML 1.1 types them.
    ("integers", "a: 0443\nb: 0x1BB\nc: 1_0\nd: 0b101\ne: -7\nf: +3\ng: 017\n", True),
    ("sexagesimal", "a: 1:30\nb: 190:20:30\nc: -1:30\n", True),
    ("floats", "a: 1.5\nb: .5\nc: 1e3\nd: 1.0e+3\ne: .inf\nf: .NaN\ng: 6.8523015e+5\n", True),
    ("negative infinity", "a: -.inf\n", False),
    ("booleans", "a: yes\nb: no\nc: on\nd: off\ne: Y\nf: NO\ng: True\nh: y\n", True),
    ("nulls", "a: ~\nb: null\nc:\nd: Null\n", True),
    ("dates", "a: 2026-11-21\nb: 2001-12-14t21:59:43.10-05:00\nc: 2001-12-14 21:59:43.10 -5\n", True),
    # Values the resolver types but the type cannot hold.
    ("hex without digits", "a: 0x_\n", True),
    ("octal without digits", "a: [1, 0_]\n", True),
    ("impossible date", "a: 2001-02-31\n", True),
    ("impossible date as a key", "2001-02-31: x\n", True),
    ("time zone out of range", "a: 2001-12-14 21:59:43.10 -99\n", True),
    ("integer of 5000 digits", "a: " + "1" * 5000 + "\n", True),
    ("tagged non-integer", "a: !!int 'x'\n", False),
    ("tagged non-boolean", "a: !!bool 'x'\n", False),
    ("tagged non-timestamp", "a: !!timestamp 'x'\n", False),
    # Block scalars.
    ("literal", "a: |\n  x\n  y\n", False),
    ("literal strip", "a: |-\n  x\n\n", False),
    ("literal keep", "a: |+\n  x\n\n", False),
    ("folded", "a: >\n  x\n  y\n\n  z\n", False),
    ("folded strip", "a: >-\n  x\n", False),
    ("indentation indicator", "a: |2\n   x\n", False),
    # Scalars over several lines.
    ("multi-line plain", "a: x\n  y\n", False),
    ("multi-line plain with a dash", "a: x\n  - y\n", False),
    ("multi-line plain item", "- a\n  - b\n", False),
    ("plain then a key", "a: x\n  b: c\n", False),
    ("multi-line single-quoted", "a: 'x\n  y'\n", False),
    ("multi-line double-quoted", 'a: "x\n  y"\n', False),
    ("escaped line break", 'a: "x\\\n  y"\n', False),
    # Quoted scalars.
    ("double-quoted escapes", 'a: "x\\ty"\nb: "\\u00e9"\nc: "x\\"y"\n', False),
    ("plain double-quoted", 'a: "x y"\nb: ""\nc: "#x"\n', True),
    ("single-quoted", "a: 'it''s'\nb: ''\nc: 'a: b'\nd: 'a\\b'\n", True),
    ("text after a quoted scalar", "a: 'x' y\n", False),
    # Plain scalars with indicators inside them.
    ("indicators inside plain scalars",
     "a: b *c\nb: x &y\nc: p !q\nd: a | b\ne: a > b\nf: x - y\ng: q ? r\nh: m @n\ni: a%b\n"
     "j: it's\nk: say \"hi\"\nl: a, b\nm: x]\nn: ${admin_group}\no: ZWE.*.**\np: a:b\nq: http://x/y\n", True),
    ("hash without a space", "a: b#c\n", False),
    ("colon and space in a value", "a: b: c\n", False),
    ("plain starting with a dash", "-a: 1\na: -x\n", True),
    ("document-marker-like plain", "a: ---\nb: ...\n", False),
    # Flow collections.
    ("flow collections", "a: [1, 'b', \"c\", ~, yes]\nb: {x: 1, 'y': [z]}\n", False),
    ("flat flow collections", "a: [1, 'b', \"c\", ~, yes]\nb: {x: 1, 'y': z}\nc: []\nd: {}\n", True),
    ("flow with spaces", "a: [ x y ,z ]\nb: {k: v w,l: 2}\n", True),
    ("trailing comma", "a: [a, b, ]\n", False),
    ("flow key without value", "a: {b}\n", False),
    ("pair in a flow sequence", "a: [b: c]\n", False),
    ("flow over two lines", "a: [1,\n  2]\n", False),
    ("flow root", "{a: 1}\n", False),
    # Indentation.
    ("sequence at the key's column", "a:\n- x\n- y\n", False),
    ("indented root", "  a: 1\n  b: 2\n", True),
    ("bad dedent", "a:\n    b: 1\n  c: 2\n", False),
    ("bad indent in a compact mapping", "- a: 1\n   b: 2\n", False),
    ("nested blocks", "a:\n  b:\n    - c: 1\n      d: [2]\n    -\n      e: 3\n    - \n  f: x\n", True),
    ("two spaces after a dash", "-  a\n", False),
    ("dash dash", "- - a\n", False),
    # Documents, directives and comments.
    ("empty", "", False),
    ("only a newline", "\n", False),
    ("only comments", "# a\n# b\n", False),
    ("explicit empty document", "---\n", False),
    ("document end", "a: 1\n...\n", False),
    ("two documents", "a: 1\n---\nb: 2\n", False),
    ("directive", "%YAML 1.1\n---\na: 1\n", False),
    ("root scalar", "just text\n", False),
    ("comments", "# c\na: 1 # c\nb: 'x'  #c\n\n   \nc:  # c\n  d: 2\n", True),
    ("trailing spaces", "a: x   \nb: 'y'  \n", True),
    ("no final newline", "a: 1\nb: 2", True),
    # Very long lines.
    ("long plain scalar", "a: " + "x" * 100_000 + "\n", True),
    ("long flow sequence", "a: [" + ", ".join(["x"] * 20_000) + "]\n", True),
    ("long quoted scalar", "a: '" + "y " * 50_000 + "'\n", True),
]

PAD_LINE = "# padding: a comment changes no data\n"


def outcome(text, fast):
    """('data', repr) or ('error',) from load_text, with or without the fast path."""
    with pytest.MonkeyPatch.context() as patch:
        if not fast:
            patch.setattr(loader, "FAST_PATH_BYTES", 10 ** 12)
        try:
            return ("data", repr(loader.load_text(text, "t.yaml").data))
        except SpecError:
            return ("error",)


def padded_with_comments(text):
    """text after enough comment lines to pass FAST_PATH_BYTES (after a BOM, if any)."""
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    lines = PAD_LINE * (loader.FAST_PATH_BYTES // len(PAD_LINE) + 1)
    return bom + lines + text[len(bom):]


def padded_with_a_list(text):
    """text with a big `padding:` list after it: real YAML for the fast path to parse."""
    items = loader.FAST_PATH_BYTES // 14 + 1
    return text + "padding:\n" + "".join(f"  - PAD{i:07d}\n" for i in range(items))


@pytest.mark.parametrize("name,text,fast", CORPUS, ids=[c[0] for c in CORPUS])
def test_small_and_padded_inputs_load_the_same(name, text, fast):
    small = outcome(text, fast=False)
    assert outcome(text, fast=True) == small      # under the threshold: PyYAML anyway

    big = padded_with_comments(text)
    assert len(big) >= loader.FAST_PATH_BYTES
    assert loader._simple_yaml(big) == fast
    assert outcome(big, fast=True) == outcome(big, fast=False) == small
    if fast and loader.rapidyaml() is not None:    # rapidyaml itself gave the data, or gave up
        if small[0] == "data":
            assert repr(loader._ryml_parse(big)) == small[1]
        else:
            with pytest.raises(loader._NotSure):
                loader._ryml_parse(big)


@pytest.mark.parametrize("name,text,fast", CORPUS, ids=[c[0] for c in CORPUS])
def test_inputs_padded_with_data_load_the_same(name, text, fast):
    """A `padding:` list appended, where the text is a mapping that can take one."""
    small = outcome(text, fast=False)
    big = padded_with_a_list(text)
    reference = outcome(big, fast=False)
    assert outcome(big, fast=True) == reference
    if small[0] == "error" or not text.endswith("\n") or not small[1].startswith("{"):
        return
    if reference[0] == "data":
        data = loader.load_text(big, "t.yaml").data
        assert data.pop("padding")[-1].startswith("PAD")
        assert repr(data) == small[1]
        assert loader._simple_yaml(big) == fast


def test_the_corpus_reaches_the_fast_path():
    assert sum(1 for _, _, fast in CORPUS if fast) >= 20


def test_the_benchmark_spec_takes_the_fast_path():
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(__file__)), "benchmarks"))
    from bench_render import spec_text
    assert loader._simple_yaml(spec_text(1000))


# -- random texts in and around the subset ------------------------------------

KEYS = ["a", "b", "key one", "'q k'", '"d k"', "1", "yes", "~", "null", "-x", ".k", "0x1", "2026-01-01",
        "k:x", "<<", "?", "[k]", "@k"]
SCALARS = ["a", "x y", "yes", "Off", "~", "null", "", "-7", "0x1F", "017", "1_000", "1:30", ".5", "1e3", ".inf",
           "2026-11-21", "a:b", "${v}", "ZWE.*.**", "b *c", "x &y", "p !q", "a | b", "q ? r", "m @n", "it's",
           'say "hi"', "a, b", "x]", "'it''s'", '"a b"', "'a: b'", "[a, b]", "[]", "{a: b, c: d}", "[x y, z]",
           "a #c", "a#b", "---", "x:", "!x", "&a", "*a", "@x", "`x", "|", ">", "[a, [b]]", "{a}", "'a'b", "a::b",
           "-.inf", "- x", "x: y", "0x_", "2001-02-31", "1:60"]


@st.composite
def blocks(draw, indent=0, depth=0):
    """Lines of a block collection, mostly well formed, with odd keys, values and indents."""
    pad = " " * indent
    lines = []
    is_sequence = draw(st.booleans())
    for _ in range(draw(st.integers(1, 3))):
        opens = depth < 3 and draw(st.integers(0, 3)) == 0
        key = draw(st.sampled_from(KEYS))
        entry = f"- {key}:" if is_sequence and draw(st.booleans()) else ("-" if is_sequence else f"{key}:")
        if opens:
            lines.append(pad + entry + draw(st.sampled_from(["", " ", "  # c"])))
            step = draw(st.sampled_from([2, 2, 4, 1, 0]))
            lines += draw(blocks(indent + step + (2 if entry.startswith("- ") else 0), depth + 1))
        else:
            lines.append(pad + entry + " " + draw(st.sampled_from(SCALARS))
                         + draw(st.sampled_from(["", " # c", "  "])))
        if draw(st.integers(0, 5)) == 0:
            lines.append(draw(st.sampled_from(["", "# c", pad + "  x", pad + "- y", "  z: 1"])))
    return lines


@st.composite
def texts(draw):
    text = "\n".join(draw(blocks())) + "\n"
    for _ in range(draw(st.integers(0, 2))):            # a stray character somewhere
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(string.printable[:-5] + "\t")) + text[at:]
    return text


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts())
def test_random_texts_load_the_same_with_and_without_the_fast_path(text):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(loader, "FAST_PATH_BYTES", 0)        # small texts take the fast path too
        fast = outcome(text, fast=True)
    assert fast == outcome(text, fast=False)
