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
