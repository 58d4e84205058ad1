"""Line helpers for reading RACF command output: output is a list of
(listing line number, text) pairs, text stripped as esmgen.listing.check
leaves it (blank lines are not in it)."""


def words(text):
    return text.split()


def dashes(text):
    """A heading underline: only dashes and blanks."""
    return bool(text) and not text.replace("-", "").replace(" ", "")


def first_value(chunk, start):
    """The first (line, text) from index start on that is not an underline, or None."""
    for item in chunk[start:]:
        if not dashes(item[1]):
            return item
    return None


def split_chunks(lines, starts):
    """The output cut into chunks, each beginning at a line for which starts(text)
    is true (one per listed object); lines before the first are dropped."""
    chunks = []
    for item in lines:
        if starts(item[1]):
            chunks.append([item])
        elif chunks:
            chunks[-1].append(item)
    return chunks
