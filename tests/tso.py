"""Test helper: read deck records back into commands the way TSO does.

Written from the TSO continuation rules (IBM TSO/E Command Reference), not
from esmgen's formatter, so it catches formatter mistakes.
"""


def in_stream(jcl_text, ddname="SYSTSIN"):
    """The in-stream records of one DD DATA,DLM=xx statement.

    A delimiter with special characters is in apostrophes, an apostrophe or
    ampersand in it doubled (IBM JCL Reference, DLM parameter): DLM='&&7'.
    """
    lines = jcl_text.splitlines()
    for index, line in enumerate(lines):
        if line.startswith(f"//{ddname} ") and "DD DATA,DLM=" in line:
            value = line.split("DLM=", 1)[1].split(" ")[0]
            if value.startswith("'"):
                value = value[1:-1].replace("''", "'").replace("&&", "&")
            dlm = value[:2]
            end = next(i for i in range(index + 1, len(lines)) if lines[i].startswith(dlm))
            return lines[index + 1:end]
    raise AssertionError(f"no in-stream DD {ddname}")


def commands(records):
    """[(context, command)] after joining continuations and dropping comments.

    context is the ACF2 SET command in force (None outside ACF2 decks).
    """
    out, pending, strip_next, acf_mode, context = [], None, False, False, None
    for record in records:
        text = record[:72].rstrip()
        if pending is None:
            if not text.strip() or text.lstrip().startswith("/*") or (acf_mode and text.startswith("*")):
                continue
            pending = ""
        if strip_next:
            text = text.lstrip()     # '+': leading blanks of the next record are dropped
        strip_next = False
        if text.endswith("-"):
            pending += text[:-1]     # '-': the next record is appended as it is
            continue
        if text.endswith("+"):
            pending += text[:-1]
            strip_next = True
            continue
        command = " ".join(squeeze(pending + text))
        pending = None
        if command == "ACF":
            acf_mode = True
        elif command == "END":
            acf_mode = False
        elif acf_mode and command.startswith("SET "):
            context = command
        out.append((context if acf_mode else None, command))
    assert pending is None, "deck ends inside a continued command"
    return out


def squeeze(text):
    """Words of a command; blanks inside apostrophes are kept."""
    words, current, quoted = [], "", False
    for char in text:
        if char == "'":
            quoted = not quoted
        if char == " " and not quoted:
            if current:
                words.append(current)
            current = ""
        else:
            current += char
    if current:
        words.append(current)
    return words
