"""Hide secret operand values in command text before it is shown.

Decks and listings read by `dry-run` and `check-output` may hold PassTicket
keys and passwords. Whatever these commands print of a command goes through
`redact`, which replaces the value of every operand that can carry a secret
with ******** (the operand's name stays, so a reviewer sees a key was set).
The operand names come from the vendors' command references: RACF SSIGNON
KEYMASKED/KEYENCRYPTED, PASSWORD, PHRASE (ADDUSER, ALTUSER, RACDCERT ADD);
ACF2 SSKEY, PASSWORD, PSWD; Top Secret SESSKEY, PASSWORD, PHRASE, PKCSPASS.
This module is neutral: the simulator and the listing checker both use it.
"""

import re

MASK = "********"
SECRET_OPERANDS = ("KEYMASKED", "KEYENCRYPTED", "PASSWORD", "PASSWD", "PHRASE", "PSWD", "SSKEY",
                   "SESSKEY", "PKCSPASS", "PASSPHRASE")

# NAME( value ) where value is a quoted string (apostrophes doubled inside)
# or anything up to the closing parenthesis; names match whole words.
_OPERAND = re.compile(r"(?<![A-Z0-9#$@])(" + "|".join(SECRET_OPERANDS) + r")\(\s*(?:'(?:[^']|'')*'|[^)]*)\)",
                      re.IGNORECASE)


# Every name above holds one of these: a text without them needs no further look.
_HINTS = ("KEY", "PASS", "PHRASE", "PSWD")


def redact(text):
    """text with the value of every secret-carrying operand replaced by ********."""
    if "(" not in text:
        return text
    upper = text.upper()
    if "KEY" not in upper and "PASS" not in upper and "PHRASE" not in upper and "PSWD" not in upper:
        return text                   # _HINTS: no secret operand can be in it
    return _OPERAND.sub(lambda m: f"{m.group(1)}({MASK})", text)
