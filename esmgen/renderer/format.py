"""The one record formatter every ESM shares.

Templates write one logical line per command. This module turns those lines
into records of at most `width` columns (default 71: SYSTSIN reads columns
1-72 of an FB-80 record, and JCL fields end at 71), applying TSO continuation
rules (IBM z/OS TSO/E Command Reference, "continuation lines"):

* `-` as the last non-blank character joins the next record as it is, so the
  next record's leading blanks still separate words;
* `+` joins the next record after dropping its leading blanks, so a word or a
  quoted string may be split anywhere, as long as the next record does not
  begin with a blank that belongs to the value.

Line protocol of template output (first character):
    `* text`        a comment, wrapped and closed by the formatter
    `~ text`        a section banner comment
    `= command`     a context command (ACF2 `SET ...`): emitted only when it
                    differs from the context already in force
    `? outcomes`    marks the next command's planned outcomes (`exists`,
                    `not-found`) with an esmgen-expect comment (esmgen.verdicts)
    `@comments X`   switch comment style: `tso` (/* */) or `star` (* in col 1)
    anything else   a command
"""

import re
from dataclasses import dataclass

from esmgen.errors import FormatError
from esmgen.verdicts import marker_text

PRINTABLE = re.compile(r"^[\x20-\x7e]*$")


@dataclass(frozen=True)
class Style:
    """How one ESM lays out records: width, continuation marks, comments."""
    width: int = 71
    continuation: str = "-"
    split_continuation: str = "+"
    split_quoted: bool = True
    comments: str = "tso"
    indent: int = 2


def format_records(lines, style):
    """Lay out template output lines as deck records."""
    out = []
    context = None
    comments = style.comments
    for line in [text for text in map(str.rstrip, lines) if text and not text.isspace()]:
        first = line[0]
        if first == "*" and line[:2] in ("* ", "*"):
            out.extend(comment_records(line[2:], comments, style.width))
        elif first == "=" and line.startswith("= "):
            if line != context:        # written only when the context changes
                out.extend(_wrap(split_words(line[2:]), style))
                context = line
        elif first == "?" and line.startswith("? "):
            planned = [part.strip() for part in line[2:].split(",")]
            out.extend(comment_records(marker_text(planned), comments, style.width))
        elif first == "~" and line.startswith("~ "):
            out.extend(comment_records("", comments, style.width, banner=line[2:]))
        elif first == "@" and line.startswith("@comments "):
            comments = line.split(None, 1)[1].strip()
        else:
            out.extend(_wrap(split_words(line), style))
    _check_records(out, style.width)
    return out


# A word: unquoted characters other than blank and apostrophe, and whole
# apostrophe-quoted strings (a doubled '' reads as two adjacent strings).
_WORD = re.compile(r"(?:[^ ']+|'[^']*')+")


def split_words(text):
    """Split at blanks that are outside apostrophe-quoted strings."""
    if text.count("'") % 2:
        raise FormatError(f"unbalanced apostrophe in command: {text}")
    return _WORD.findall(text)


def command_records(command, style):
    """Wrap one command into records ending in the continuation character."""
    return _wrap(split_words(command), style)


def _wrap(words, style):
    """Pack words (blanks between them) into records of at most style.width."""
    if words and words[-1].endswith(("-", "+")):
        raise FormatError(f"command ends with a continuation character: {' '.join(words)}")
    if sum(map(len, words)) + len(words) <= style.width:
        return [" ".join(words)]        # the common case: one record
    room = style.width - 2          # leave space for " -"
    pad = " " * style.indent
    records, current = [], ""
    for word in words:
        joined = f"{current} {word}" if current.strip() else current + word
        if len(joined) <= room:
            current = joined
            continue
        if current.strip():
            records.append(f"{current} {style.continuation}")
            current = pad
        if len(current + word) <= room:
            current += word
            continue
        current = _split_long_word(word, current, records, style)
    records.append(current)
    return records


def _split_long_word(word, current, records, style):
    """Split a word longer than a record with '+', never leaving a leading blank."""
    if "'" in word and not style.split_quoted:
        raise FormatError(f"quoted value too long for one record: {word}")
    pad = " " * style.indent
    rest = word
    while len(current) + len(rest) > style.width - 2:
        # room before the mark, always leaving at least one character to carry over
        take = min(style.width - 1 - len(current), len(rest) - 1)
        split = take
        while split > 0 and rest[split] == " ":
            split -= 1                             # '+' drops the next record's leading blanks
        if split > 0:
            records.append(current + rest[:split] + style.split_continuation)
            current, rest = pad, rest[split:]
        else:
            # a run of blanks longer than a record: '-' keeps the next record
            # as it is, so the run goes on at column 1 of an unindented record
            records.append(current + rest[:take] + style.continuation)
            current, rest = "", rest[take:]
    return current + rest


def comment_records(text, style_name, width, banner=None):
    """Comment lines that are always closed; `*/` in text is neutralised."""
    text = text.replace("*/", "* /").replace("/*", "/ *")
    if banner is not None:
        text = f"==== {banner.replace('*/', '* /')} "
        room = width - (3 if style_name == "star" else 6)
        text = text + "=" * max(0, room - len(text))
    if style_name == "star":
        prefix, suffix = "* ", " "   # the blank keeps room for a closing '.'

    else:
        prefix, suffix = "/* ", " */"
    room = width - len(prefix) - len(suffix)
    lines = _wrap_text(text, room) or [""]
    records = []
    for chunk in lines:
        if style_name == "star" and chunk.endswith(("-", "+")):
            chunk += "."   # a star comment must not look continued
        body = chunk.ljust(room) if style_name == "tso" else chunk
        records.append((prefix + body + suffix).rstrip())

    return records


def _wrap_text(text, room):
    lines, current = [], ""
    for word in text.split():
        while len(word) > room:
            if current:
                lines.append(current)
                current = ""
            lines.append(word[:room])
            word = word[room:]
        if current and len(current) + 1 + len(word) > room:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return lines


def _check_records(records, width):
    """Every record fits the width and is printable ASCII (checked in one pass)."""
    if records and max(map(len, records)) > width:
        record = next(r for r in records if len(r) > width)
        raise FormatError(f"record longer than {width} columns: {record}")
    if not PRINTABLE.fullmatch("".join(records)):
        record = next(r for r in records if not PRINTABLE.fullmatch(r))
        raise FormatError(f"record has a character that is not printable ASCII: {record!r}")
