"""TSO command text: how records join into commands (the one reader both sides use).

The simulator (esmgen.simulator.reader, decks in) and the listing checker
(esmgen.listing.check, listings in) read TSO text by the same rules, from
the TSO/E Command Reference ("continuation lines", "comments"):

* only columns 1-72 of a SYSTSIN record are read (FB-80: 73-80 are a
  sequence field);
* a last non-blank `-` joins the next record as it is, a last non-blank `+`
  joins it without its leading blanks;
* `/* ... */` outside apostrophes is a comment; an unclosed one runs to the
  end of the record;
* blanks between words count as one; inside apostrophes they are data.

The renderer writes records by its own formatter (esmgen.renderer.format)
and never reads them back; tests/tso.py is an independent reader for tests.
"""

import re

COLUMNS = 72

_BLANKS = re.compile(" +")
_QUOTE_OR_COMMENT = re.compile(r"'|/\*")


def continuation(text):
    """(text without its continuation mark, mark): mark is "-", "+" or None."""
    if text.endswith("-"):
        return text[:-1], "-"
    if text.endswith("+"):
        return text[:-1], "+"
    return text, None


def join_records(records):
    """One command from its records (already cut to the columns read)."""
    parts, strip_next = [], False
    for record in records:
        text = record.rstrip()
        if strip_next:
            text = text.lstrip()
        text, mark = continuation(text)
        strip_next = mark == "+"
        parts.append(text)
    return squeeze("".join(parts))


def squeeze(text):
    """One blank between words; blanks inside apostrophes are kept (they are data)."""
    if "'" not in text:
        return " ".join(text.split())
    parts = text.split("'")
    return "'".join(_BLANKS.sub(" ", part) if index % 2 == 0 else part
                    for index, part in enumerate(parts)).strip(" ")


def drop_comments(text):
    """Remove /* ... */ outside apostrophes; an unclosed comment runs to the end."""
    if "/*" not in text:
        return text.rstrip()
    parts, position, quoted = [], 0, False
    while True:
        match = _QUOTE_OR_COMMENT.search(text, position)
        if match is None:
            parts.append(text[position:])
            break
        if match.group() == "'" or quoted:
            quoted = quoted != (match.group() == "'")
            parts.append(text[position:match.end()])
            position = match.end()
            continue
        parts.append(text[position:match.start()])
        end = text.find("*/", match.end())
        if end < 0:
            break
        position = end + 2
    return "".join(parts).rstrip()
