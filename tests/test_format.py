"""The shared formatter: widths, continuation, quoting and comments."""

import pytest
from hypothesis import given, settings, strategies as st

from esmgen.renderer.format import FormatError, Style, command_records, comment_records, format_records, split_words
from tso import commands, squeeze

STYLE = Style()


def roundtrip(command, style=STYLE):
    records = command_records(command, style)
    assert all(len(r) <= style.width for r in records), records
    (joined,) = commands(records)
    return records, joined[1]


def test_short_command_is_one_record():
    assert command_records("LISTUSER ZWESVUSR OMVS", STYLE) == ["LISTUSER ZWESVUSR OMVS"]


def test_long_command_wraps_between_words_with_dash():
    command = "ALTUSER ZWESVUSR " + " ".join(f"OPERAND{i}(VALUE{i})" for i in range(12))
    records, joined = roundtrip(command)
    assert len(records) > 1
    assert all(r.endswith(" -") for r in records[:-1])
    assert joined == command


def test_quoted_text_is_not_split_while_it_fits_a_record():
    command = "ADDUSER X NAME('A B C') DATA('" + "WORD " * 10 + "END')"
    records, joined = roundtrip(command)
    assert any("DATA('WORD WORD" in r for r in records)
    assert all(r.endswith(" -") or r == records[-1] for r in records)
    assert joined == command


def test_quoted_value_longer_than_a_record_splits_with_plus_and_keeps_blanks():
    text = "it''s " + "a b c d e f g h i j " * 6
    command = f"RDEFINE FACILITY X DATA('{text.strip()}')"
    records, joined = roundtrip(command)
    assert any(r.endswith("+") for r in records)
    for record in records[1:]:
        assert not record.startswith("   ")   # continuation indent only
    assert joined == command


def test_split_never_leaves_a_value_blank_at_the_start_of_a_record():
    command = "X DATA('" + "A" * 66 + " B')"    # blank falls exactly at the split point
    records, joined = roundtrip(command)
    assert joined == command


def test_long_unquoted_path_splits_with_plus():
    path = "/u/" + "/".join(["directory"] * 12)
    records, joined = roundtrip(f"ALTUSER U OMVS(HOME({path}))")
    assert joined == f"ALTUSER U OMVS(HOME({path}))"


def test_quoted_split_can_be_refused_by_the_style():
    with pytest.raises(FormatError):
        command_records("X DATA('" + "A" * 100 + "')", Style(split_quoted=False))


def test_command_ending_in_a_continuation_character_is_refused():
    with pytest.raises(FormatError):
        command_records("RDELETE FACILITY ABC-", STYLE)


def test_unbalanced_apostrophe_is_refused():
    with pytest.raises(FormatError):
        split_words("NAME('ABC)")


def test_comments_are_wrapped_and_always_closed():
    records = comment_records("word " * 40, "tso", 71)
    assert len(records) > 1
    assert all(r.startswith("/* ") and r.endswith(" */") and len(r) <= 71 for r in records)


def test_comment_text_cannot_close_or_open_a_comment():
    (record,) = comment_records("a */ b /* c", "tso", 71)
    assert record.count("*/") == 1 and record.count("/*") == 1


def test_star_comments_never_end_with_a_continuation_character():
    records = comment_records("ends with a dash -", "star", 71)
    assert records[-1].endswith("-.")


def test_context_commands_are_written_only_when_they_change():
    records = format_records(["= SET RESOURCE(FAC)", "RECKEY A ADD(B)", "= SET RESOURCE(FAC)",
                              "RECKEY A ADD(C)", "= SET RULE", "RECKEY Z ADD(-)"], STYLE)
    assert records == ["SET RESOURCE(FAC)", "RECKEY A ADD(B)", "RECKEY A ADD(C)",
                       "SET RULE", "RECKEY Z ADD(-)"]


def test_comment_style_switches():
    records = format_records(["* one", "@comments star", "* two", "@comments tso", "* three"], STYLE)
    assert records[0].startswith("/*") and records[1] == "* two" and records[2].startswith("/*")


WORD = st.text(alphabet="ABCDEFGHIJ0123456789.()/#$@", min_size=1, max_size=90).filter(
    lambda w: not w.endswith(("-", "+")))
QUOTED = st.text(alphabet="ABC xyz'.,-+()", min_size=0, max_size=150).map(
    lambda t: "Q('" + t.replace("'", "''") + "')")


@settings(max_examples=1000, deadline=None, derandomize=True)
@given(st.lists(st.one_of(WORD, QUOTED), min_size=1, max_size=12), st.sampled_from([40, 71]))
def test_any_command_reads_back_exactly_as_written(words, width):
    command = " ".join(["CMD"] + words)
    records, joined = roundtrip(command, Style(width=width))
    assert joined == " ".join(squeeze(command))


def test_word_that_fits_with_plus_but_not_with_dash():
    # found by the property test: 37 characters on a 40-column continuation record
    command = "CMD Q('AAAAAAAAAAAAAAAAAAAAAAAAAA')"
    records, joined = roundtrip(command, Style(width=40))
    assert joined == command
