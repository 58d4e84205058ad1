"""The YAML loader: the fast path gives exactly PyYAML's data, positions are exact."""

import pytest

from esmgen import loader, resources
from esmgen.errors import SpecError

TRICKY = """
plain: text
quoted: 'text'
double: "a: b"
yes_word: yes
no_word: NO
on_word: on
null_word: ~
empty:
number: 42
octal: 777
float: 1.5
negative: -7
date_like: 2026-11-21
dollar: ${admin_group}
generic: ZWE.*.**
folded: >-
  two
  lines
literal: |
  keep
  lines
list: [a, 'b', 3]
nested:
  - {id: U1, access: READ}
  - id: U2
    access: UPDATE
'yes': key quoted
quoted_empty: ''
escaped: "tab\there"
unicode: café
multi_word: two words here
colon_in_plain: a:b
hash_in_quoted: 'a # b'
"""


def fast_and_slow(text, monkeypatch):
    monkeypatch.setattr(loader, "FAST_PATH_BYTES", 0)
    fast = loader.load_text(text, "t.yaml")
    monkeypatch.setattr(loader, "FAST_PATH_BYTES", 10 ** 12)
    slow = loader.load_text(text, "t.yaml")
    return fast, slow


@pytest.mark.skipif(loader.rapidyaml() is None, reason="rapidyaml not installed")
@pytest.mark.parametrize("text", [TRICKY, open(resources.catalog_path()).read()])
def test_fast_path_gives_pyyaml_data(text, monkeypatch):
    fast, slow = fast_and_slow(text, monkeypatch)
    assert fast.data == slow.data
    assert repr(fast.data) == repr(slow.data)        # same types too (bool, int, None, str)


@pytest.mark.skipif(loader.rapidyaml() is None, reason="rapidyaml not installed")
def test_fast_path_positions_are_computed_on_demand(monkeypatch):
    monkeypatch.setattr(loader, "FAST_PATH_BYTES", 0)
    doc = loader.load_text("a:\n  b: [1, 2]\n", "t.yaml")
    assert doc._marks is None
    assert doc.where(("a", "b", 1)) == "t.yaml:2:10"
    assert str(doc.place(("a",))) == "t.yaml:2:3"


@pytest.mark.parametrize("threshold", [0, 10 ** 12])
@pytest.mark.parametrize("text,message,where", [
    ("a: 1\na: 2\n", "duplicate key 'a'", "t.yaml:2:1"),
    ("a: [1\n", "YAML syntax error", "t.yaml:2:1"),
])
def test_errors_have_positions_on_either_path(monkeypatch, threshold, text, message, where):
    monkeypatch.setattr(loader, "FAST_PATH_BYTES", threshold)
    with pytest.raises(SpecError) as info:
        loader.load_text(text, "t.yaml")
    assert str(info.value).startswith(where) and message in str(info.value)


@pytest.mark.parametrize("threshold", [0, 10 ** 12])
def test_anchors_and_aliases_are_left_to_pyyaml(monkeypatch, threshold):
    monkeypatch.setattr(loader, "FAST_PATH_BYTES", threshold)
    doc = loader.load_text("base: &b {x: 1}\ncopy: *b\n", "t.yaml")
    assert doc.data == {"base": {"x": 1}, "copy": {"x": 1}}
