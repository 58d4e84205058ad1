"""Helpers the per-ESM listing readers share: a block that does not match its
format (BadBlock) and the listing line of each output line (numbered). The
report itself is esmgen.listing.state.ListingReport."""


class BadBlock(Exception):
    """A block that does not match the format of its command's output."""

    def __init__(self, text, line=None):
        super().__init__(text)
        self.line = line


def numbered(block, raw_lines, start):
    """The block's messages and output lines in listing order, each with its
    1-based listing line: split_listing keeps them apart and unnumbered, so
    they are found again, in order, in the raw text from the echo on."""
    messages, output = list(block.messages), list(block.output)
    found, mi, oi = [], 0, 0
    index = start
    while (mi < len(messages) or oi < len(output)) and index < len(raw_lines):
        raw = raw_lines[index].strip()
        cut = raw_lines[index][1:].strip()       # a print file's carriage-control column
        index += 1
        for candidate in (raw, cut):
            if mi < len(messages) and candidate == messages[mi]:
                found.append((index, messages[mi]))
                mi += 1
                break
            if oi < len(output) and candidate == output[oi]:
                found.append((index, output[oi]))
                oi += 1
                break
    return found, index
