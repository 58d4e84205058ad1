"""TSO parse rules the simulator shares across ESMs (esmgen.simulator.outcomes.by_name)."""

import pytest

from esmgen.simulator.outcomes import Invalid, Unsupported, by_name
from esmgen.simulator.syntax import parse

KEYWORDS = {"UACC", "OWNER", "DATA", "DFLTGRP", "NOTIFY", "NOTIFY2"}


def names(command, prefixes=True):
    return sorted(by_name(parse(command)[1], KEYWORDS, "X", prefixes=prefixes))


def test_a_unique_prefix_names_its_keyword():
    assert names("X UAC(READ) OW(SYS1) DA('A')") == ["DATA", "OWNER", "UACC"]


def test_an_exact_keyword_wins_over_a_longer_one():
    assert names("X NOTIFY(U)") == ["NOTIFY"]


def test_an_ambiguous_prefix_is_an_error():
    with pytest.raises(Invalid, match="ambiguous .*DATA, DFLTGRP"):
        names("X D(A)")


def test_prefixes_only_where_the_esm_allows_them():
    with pytest.raises(Unsupported):
        names("X UAC(READ)", prefixes=False)


def test_the_fast_split_agrees_with_the_careful_one():
    # split() takes short cuts (balanced parentheses, hidden apostrophe strings); the careful
    # character scan is the reference (every string over a small alphabet)
    from itertools import product
    from esmgen.simulator import syntax

    def outcome(function, text, commas):
        try:
            return function(text, commas)
        except syntax.SyntaxProblem:
            return "error"

    for size in range(7):
        for letters in product("A (),'", repeat=size):
            text = "".join(letters)
            for commas in (False, True):
                assert outcome(syntax.split, text, commas) == outcome(syntax._split_carefully, text, commas), text


def test_redaction_needs_no_regular_expression_only_where_no_secret_can_be():
    from esmgen import redact
    assert all(any(hint in name for hint in redact._HINTS) for name in redact.SECRET_OPERANDS)
    assert redact.redact("ALTUSER U PASSWORD(SECRET)") == "ALTUSER U PASSWORD(********)"
    assert redact.redact("RDEFINE FACILITY X UACC(READ)") == "RDEFINE FACILITY X UACC(READ)"
