"""YAML loading for every input (spec, --values, --secrets, --zowe-yaml).

This module owns reading input files, parsing them, and saying where every
value came from (`FILE:LINE:COL`), and it is what stands between esmgen and
hostile YAML:

- a file is read up to MAX_INPUT_BYTES, never without bound (/dev/zero);
- PyYAML, the authority on what is valid YAML, is driven event by event
  without recursion, and refuses nesting deeper than MAX_DEPTH and aliases
  past MAX_ALIASES / MAX_ALIAS_NODES (alias bombs), each at its position;
- big files (FAST_PATH_BYTES and more) are parsed with rapidyaml, when it is
  installed (the optional extra `fast`; imported only for such a file), only
  if the text is in a small subset of YAML on which the two parsers agree
  (_simple_yaml); the data is then typed as PyYAML types it, so a text means
  the same, or is refused the same way, at every size, with or without it;
- positions are computed only when an error needs one, by parsing the text
  again with PyYAML.
"""

import hashlib
import os
import re
import stat
import sys

import yaml

from esmgen import cache
from esmgen.errors import Problem, SpecError

_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
FAST_PATH_BYTES = 64 * 1024   # small files: PyYAML alone, one code path
MAX_INPUT_BYTES = 64 * 1024 * 1024   # no input file is read past this
MAX_DEPTH = 64                 # nested collections (a spec needs fewer than 10)
MAX_ALIASES = 10_000           # alias nodes (`*name`) in one document
MAX_ALIAS_NODES = 1_000_000    # nodes that aliases add when every one is expanded


class Place:
    """A lazily formatted `file:line:col`; positions cost time, errors are rare."""

    __slots__ = ("doc", "path")

    def __init__(self, doc, path):
        self.doc = doc
        self.path = tuple(path)

    def __str__(self):
        return self.doc.where(self.path)


class Document:
    """Parsed YAML data plus, on demand, the position of every node."""

    def __init__(self, data, filename, text, marks=None, key_marks=None):
        self.data = data
        self.filename = filename
        self._text = text
        self._marks = marks
        self._key_marks = key_marks
        self.sha256 = None      # hex digest of the bytes read, for a Document from load_file

    @property
    def text(self):
        """The YAML text the data was parsed from."""
        return self._text

    def _positions(self):
        if self._marks is None:
            _, self._marks, self._key_marks = _pyyaml_parse(self._text, self.filename)
        return self._marks, self._key_marks

    def where(self, path=()):
        """`file:line:col` of the value at path, or of its nearest ancestor."""
        marks, _ = self._positions()
        path = tuple(path)
        while path not in marks and path:
            path = path[:-1]
        line, col = marks.get(path, (1, 1))
        return f"{self.filename}:{line}:{col}"

    def where_key(self, path):
        """`file:line:col` of the mapping key that ends path."""
        _, key_marks = self._positions()
        if tuple(path) in key_marks:
            line, col = key_marks[tuple(path)]
            return f"{self.filename}:{line}:{col}"
        return self.where(path)

    def place(self, path=()):
        return Place(self, path)


STDIN = "-"          # the path that means standard input


def input_label(path):
    return "<stdin>" if path == STDIN else os.fspath(path)


def read_bytes(path, label=None):
    """The bytes of an input file (or stdin for '-'), at most MAX_INPUT_BYTES; errors name the file."""
    label = label or input_label(path)
    try:
        if path == STDIN:
            return sys.stdin.buffer.read(MAX_INPUT_BYTES + 1) if _small(label, None) else b""
        with open(path, "rb") as handle:
            # Devices and pipes have no size to check: read one byte past the limit.
            raw = handle.read(MAX_INPUT_BYTES + 1) if _small(label, os.fstat(handle.fileno())) else b""
    except OSError as exc:
        raise SpecError(Problem(label, f"cannot read file: {exc.strerror}")) from None
    if len(raw) > MAX_INPUT_BYTES:
        raise SpecError(Problem(label, _too_big()))
    return raw


def _small(label, info):
    if info is not None and stat.S_ISREG(info.st_mode) and info.st_size > MAX_INPUT_BYTES:
        raise SpecError(Problem(label, _too_big()))
    return True


def read_text(path, label=None):
    """(text, raw bytes) of a UTF-8 input file; line ends read as \\n."""
    label = label or input_label(path)
    raw = read_bytes(path, label)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SpecError(Problem(label, f"not UTF-8 text ({exc.reason})")) from None
    if "\r" in text:       # line ends as text mode reads them: \r\n and \r become \n
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, raw


def load_file(path, label=None, package=False):
    """Read and parse a YAML file (or stdin for '-') of at most MAX_INPUT_BYTES; errors name the file.

    package: the file ships with esmgen (the bundled catalog): its data is
    parsed once per content and later taken from esmgen.cache; positions are
    worked out only if an error needs one, as for big files.
    """
    label = label or input_label(path)
    text, raw = read_text(path, label)
    if package:
        data = cache.load_data(path, raw, f"spec {_code_stamp()}", lambda _: load_text(text, label).data)
        doc = Document(data, label, text)
    else:
        doc = load_text(text, label)
    doc.sha256 = hashlib.sha256(raw).hexdigest()
    return doc


def _code_stamp():
    """This module's file, as size and time stamp: data cached for the bundled
    catalog is parsed anew after an edit to the rules here (esmgen.cache)."""
    try:
        info = os.stat(__file__)
    except OSError:
        return "?"
    return f"{info.st_size} {info.st_mtime_ns}"


def _too_big():
    limit = MAX_INPUT_BYTES
    size = f"{limit // 2 ** 20} MiB" if limit % 2 ** 20 == 0 else f"{limit} bytes"
    return f"the file is larger than {size}, the most esmgen reads from one input"


def load_text(text, filename):
    """Parse YAML text into a Document."""
    filename = os.fspath(filename)
    if len(text) >= FAST_PATH_BYTES and rapidyaml() is not None and _simple_yaml(text):
        try:
            return Document(_ryml_parse(text), filename, text)
        except _NotSure:
            pass
    data, marks, key_marks = _pyyaml_parse(text, filename)
    return Document(data, filename, text, marks, key_marks)


# -- PyYAML: the reference parser, with positions ---------------------------

def _pyyaml_parse(text, filename):
    loader = _Loader(text)
    try:
        node, shared = _compose(loader, filename)
        marks, key_marks = {}, {}
        if node is not None:
            _record_marks(loader, node, (), marks, key_marks, filename, shared)
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{filename}:{mark.line + 1}:{mark.column + 1}" if mark else filename
        raise SpecError(Problem(where, f"YAML syntax error: {exc.problem}")) from None
    except yaml.YAMLError as exc:
        raise SpecError(Problem(filename, f"YAML error: {exc}")) from None
    finally:
        loader.dispose()
    return data, marks, key_marks


_KINDS = {"int": "an integer", "float": "a float", "bool": "a boolean", "timestamp": "a date or time"}


def _checked_scalars(cls):
    """cls with PyYAML's int, float, bool and timestamp constructors wrapped so that a
    value the type cannot hold (0x_, 2001-02-31, !!int 'x', !!int '', an int of 5000
    digits) is a ConstructorError at its position instead of a crash. The message
    does not repeat the value: it may come from a --secrets file."""
    for name, kind in _KINDS.items():
        tag = "tag:yaml.org,2002:" + name
        cls.add_constructor(tag, _checked(cls.yaml_constructors[tag], kind))
    return cls


# YAML 1.1 reads 0443 as octal 291, 0x1BB as hex, 1_0 as 10 and 1:30 as 90;
# esmgen takes numbers only as written in plain decimal.
_DECIMAL = re.compile(r"[-+]?(0|[1-9][0-9]*)")


def _checked(construct, kind):
    def checked(constructor, node):
        if kind == "an integer" and not _DECIMAL.fullmatch(str(node.value)):
            raise yaml.constructor.ConstructorError(
                None, None, "write this number in plain decimal, or quote it to keep it as text"
                " (YAML reads 0443 as octal, 0x1BB as hex, 1_0 as 10)", node.start_mark)
        try:
            return construct(constructor, node)
        except (ValueError, KeyError, IndexError, AttributeError, TypeError):
            raise yaml.constructor.ConstructorError(
                None, None, f"this value cannot be read as {kind}", node.start_mark) from None
    return checked


@_checked_scalars
class _Loader(_SAFE_LOADER):
    """PyYAML's safe loader (libyaml's when available)."""


@_checked_scalars
class _Constructor(yaml.constructor.SafeConstructor):
    """The same constructors, for typing the fast path's plain scalars."""


def _compose(loader, filename):
    """(root node or None, {node an alias names: False}); PyYAML's composer without recursion.

    Builds the nodes `loader.get_single_node()` builds, from the parser's events,
    and refuses, at the event that goes too far: nesting deeper than MAX_DEPTH,
    more than MAX_ALIASES aliases, aliases that would add more than
    MAX_ALIAS_NODES nodes once expanded (an "alias bomb" adds billions), and an
    alias inside the node it names (recursive data, which PyYAML would build and
    nothing in esmgen could walk). The expanded size of every
    anchored node is counted once, when it ends, so the checks are linear.
    """
    get_event, resolve = loader.get_event, loader.resolve
    get_event()                                         # stream start
    if loader.check_event(yaml.StreamEndEvent):
        get_event()
        return None, {}
    get_event()                                         # document start
    anchors, sizes = {}, {}     # anchor -> node; anchor -> expanded size once the node is complete
    shared = {}                 # nodes that aliases name
    open_ = []                  # (node, its children, anchor, `expanded` before it began)
    expanded = aliases = added = 0
    root = None
    while root is None:
        event = get_event()
        kind = type(event)
        if kind is yaml.ScalarEvent:
            tag = event.tag
            if tag is None or tag == "!":
                tag = resolve(yaml.ScalarNode, event.value, event.implicit)
            node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, style=event.style)
            expanded += 1
            if event.anchor is not None:
                _anchor(anchors, event, node)
                sizes[event.anchor] = 1
        elif kind is yaml.SequenceEndEvent or kind is yaml.MappingEndEvent:
            node, children, anchor, start = open_.pop()
            if kind is yaml.MappingEndEvent:
                children = list(zip(children[::2], children[1::2]))     # (key, value) pairs
            node.value = children
            node.end_mark = event.end_mark
            if anchor is not None:
                sizes[anchor] = expanded - start
        elif kind is yaml.SequenceStartEvent or kind is yaml.MappingStartEvent:
            node_kind = yaml.SequenceNode if kind is yaml.SequenceStartEvent else yaml.MappingNode
            tag = event.tag
            if tag is None or tag == "!":
                tag = resolve(node_kind, None, event.implicit)
            node = node_kind(tag, [], event.start_mark, None, flow_style=event.flow_style)
            if len(open_) == MAX_DEPTH:
                raise _limit(filename, event, f"collections nested more than {MAX_DEPTH} deep")
            if event.anchor is not None:
                _anchor(anchors, event, node)
            open_.append((node, [], event.anchor, expanded))
            expanded += 1
            continue
        else:                                           # an alias
            if event.anchor not in anchors:
                raise yaml.composer.ComposerError(
                    None, None, f"found undefined alias {event.anchor!r}", event.start_mark)
            if event.anchor not in sizes:
                raise _limit(filename, event, f"alias *{event.anchor} is inside the node it names"
                             " (recursive data is not supported)")
            node = anchors[event.anchor]
            shared[node] = False
            aliases += 1
            added += sizes[event.anchor]
            expanded += sizes[event.anchor]
            if aliases > MAX_ALIASES:
                raise _limit(filename, event, f"more than {MAX_ALIASES:,} aliases in one document")
            if added > MAX_ALIAS_NODES:
                raise _limit(filename, event, f"aliases would add more than {MAX_ALIAS_NODES:,}"
                             " nodes to the document once expanded (an alias bomb?)")
        if open_:
            open_[-1][1].append(node)
        else:
            root = node
    get_event()                                         # document end
    if not loader.check_event(yaml.StreamEndEvent):
        event = get_event()
        raise yaml.composer.ComposerError("expected a single document in the stream", root.start_mark,
                                          "but found another document", event.start_mark)
    get_event()                                         # stream end
    return root, shared


def _anchor(anchors, event, node):
    if event.anchor in anchors:
        raise yaml.composer.ComposerError(
            f"found duplicate anchor {event.anchor!r}; first occurrence", anchors[event.anchor].start_mark,
            "second occurrence", event.start_mark)
    anchors[event.anchor] = node


def _limit(filename, event, message):
    mark = event.start_mark
    return SpecError(Problem(f"{filename}:{mark.line + 1}:{mark.column + 1}", message))


_KEY_TYPES = (str, int, float, bool, type(None))   # what a mapping key may be


def _record_marks(loader, node, path, marks, key_marks, filename, shared):
    """Positions of every path, checking keys; what aliases name is walked once only.

    Paths below an alias are not recorded: they fall back to the alias's path.
    """
    marks[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if shared and node in shared:
        if shared[node]:
            return
        shared[node] = True
    if isinstance(node, yaml.MappingNode):
        seen_keys = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, _KEY_TYPES):
                raise SpecError(Problem(_at(filename, key_node), "mapping keys must be plain values"))
            if key in seen_keys:
                raise SpecError(Problem(
                    _at(filename, key_node),
                    f"duplicate key '{key}' (first given at line {seen_keys[key]})"))
            seen_keys[key] = key_node.start_mark.line + 1
            key_marks[path + (key,)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            _record_marks(loader, value_node, path + (key,), marks, key_marks, filename, shared)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _record_marks(loader, item, path + (index,), marks, key_marks, filename, shared)


def _at(filename, node):
    return f"{filename}:{node.start_mark.line + 1}:{node.start_mark.column + 1}"


# -- the fast path's subset of YAML ------------------------------------------
#
# rapidyaml accepts things PyYAML rejects (plain scalars that start with '@' or
# '`', control characters, ...) and may read odd YAML differently. So it is
# given only text in a small subset of block YAML that both read the same way,
# and everything else goes to PyYAML: printable ASCII lines, each one blank, a
# comment, or one entry in the canonical layout:
#
#     key: value        - value        - key: value
#     key:              -              - key:
#
# where a key is a plain word or a quoted string on one line, and a value is
# such a scalar or a one-line flow collection of them ([a, b] or {k: v}).
# There are no anchors, aliases, tags, directives, document markers, block
# scalars (| or >), multi-line scalars, complex keys or merge keys (<<), and
# plain scalars start with a letter, digit or one of _ $ / ~ (or - + . before
# a letter, digit or _), never with a YAML indicator. The indentation is checked
# too: each entry continues the open block at its column or starts a new one
# under an entry that has no value, so no line can continue a scalar or be
# indented in a way the two parsers could read differently.

_FIRST = r"(?:[A-Za-z0-9_$/~]|[-+.][A-Za-z0-9_])"
_QUOTED = r"""(?:'[^'\n]*(?:''[^'\n]*)*'|"[^"\\\n]*")"""
# Runs of other printable characters joined by spaces (or by ':' inside a value):
# no ': ', no ' #', no final ':'. No choice is nested in a repeat, so matching is linear.
_PLAIN_KEY = _FIRST + r"[^ \n#:]*(?: +[^ \n#:]+)*"
_PLAIN = _FIRST + r"[^ \n#:]*(?:(?::| +)[^ \n#:]+)*"
_FLOW_PLAIN = _FIRST + r"[^ \n#:,\[\]{}]*(?: +[^ \n#:,\[\]{}]+)*"
_FLOW_SCALAR = f"(?:{_FLOW_PLAIN}|{_QUOTED})"
_FLOW_PAIR = f"{_FLOW_SCALAR}: +{_FLOW_SCALAR}"
_VALUE = (f"(?:{_PLAIN}|{_QUOTED}"
          rf"|\[ *(?:{_FLOW_SCALAR}(?: *, *{_FLOW_SCALAR})*)? *\]"
          rf"|\{{ *(?:{_FLOW_PAIR}(?: *, *{_FLOW_PAIR})*)? *\}})")
_KEY = f"(?:{_PLAIN_KEY}|{_QUOTED})"
# One line: (indentation, "- " or a bare "-" or "", ":" after a key or "", spaces before the key's value).
# Compiled on first use (re keeps it): a small run never needs it, and compiling it costs a few percent of one.
_LINE = rf"^( *)(?:(-(?= *(?: #.*)?$)|- )?(?:{_KEY}(:)(?:( +){_VALUE})?|(?<=- ){_VALUE})?|#.*)(?: +#.*| *)$"
_PRINTABLE_ASCII = re.compile(r"[\x20-\x7e\n]*")


def _simple_yaml(text):
    """True when text is in the subset above; one pass over the text."""
    if not _PRINTABLE_ASCII.fullmatch(text):
        return False
    lines = re.findall(_LINE, text, re.MULTILINE)      # a match never spans lines, so ...
    if len(lines) != text.count("\n") + 1:
        return False                 # ... some line is not in the subset
    blocks = []             # (column, is a sequence) of the open block collections
    child_after = -1        # a deeper line than this column starts a block; None: none may
    for indent, dash, colon, gap in lines:
        if not dash and not colon:
            continue        # blank or a comment
        column = len(indent)
        while blocks and blocks[-1][0] > column:
            blocks.pop()
        if child_after is not None and column > child_after:
            blocks.append((column, bool(dash)))
        elif not blocks or blocks[-1] != (column, bool(dash)):
            return False
        if colon:           # "key: value" or "key:"; after "- " a mapping starts 2 columns in
            if dash:
                column += 2
                blocks.append((column, False))
            child_after = None if gap else column
        else:               # "- value", or a bare "-" with its value on the lines below
            child_after = column if dash == "-" else None
        if len(blocks) >= MAX_DEPTH:      # one more level may come from a flow collection
            return False
    return bool(blocks)


# -- rapidyaml: fast path for big specs --------------------------------------

class _NotSure(Exception):
    """The fast parser met something PyYAML should decide."""


_RAPIDYAML = []     # [the ryml module, or None when it is not installed], once looked for


def rapidyaml():
    """The rapidyaml module, or None when the extra `fast` is not installed.

    Imported on first use rather than with this module: only files of
    FAST_PATH_BYTES and more need it, and the import costs a small run
    several percent of its time.
    """
    if not _RAPIDYAML:
        try:
            import ryml
        except ImportError:
            ryml = None
        _RAPIDYAML.append(ryml)
    return _RAPIDYAML[0]


_RESOLVER = yaml.resolver.Resolver()
_CONSTRUCTOR = _Constructor()


def _plain_scalar(text):
    """A plain scalar typed exactly as PyYAML's safe loader types it (YAML 1.1)."""
    tag = _RESOLVER.resolve(yaml.ScalarNode, text, (True, False))
    if tag == "tag:yaml.org,2002:str":
        return text
    try:
        return _CONSTRUCTOR.construct_object(yaml.ScalarNode(tag, text), deep=True)
    except yaml.YAMLError:     # e.g. 0x_: PyYAML's error says where
        raise _NotSure() from None


def _ryml_parse(text):
    ryml = rapidyaml()
    try:
        tree = ryml.parse_in_arena(text.encode("utf-8"))
    except Exception:          # a syntax error: PyYAML reports it with a position
        raise _NotSure() from None
    root = tree.root_id()
    if tree.is_stream(root):
        raise _NotSure()
    return _RymlWalk(tree).node(root)


class _RymlWalk:
    """Turns a rapidyaml tree into the dicts and lists PyYAML would build."""

    def __init__(self, tree):
        self.tree = tree
        self.scalars = {}       # plain scalar text -> typed value, for this document
        self.ryml = rapidyaml()

    def plain(self, text):
        value = self.scalars.get(text, self)
        if value is self:
            value = self.scalars[text] = _plain_scalar(text)
        return value

    def node(self, node, flags=None):
        """The value at node; flags is its tree.type(), one call into rapidyaml for all tests."""
        tree, ryml = self.tree, self.ryml
        if flags is None:
            flags = tree.type(node)
        if flags & ryml.MAP:
            return self.mapping(node)
        if flags & ryml.SEQ:
            items, child = [], tree.first_child(node)
            while child != ryml.NONE:
                items.append(self.node(child))
                child = tree.next_sibling(child)
            return items
        raw = tree.val(node)
        text = "" if raw is None else str(raw, "utf-8")
        return self.plain(text) if flags & ryml.VAL_PLAIN else text

    def mapping(self, node):
        tree, ryml, result = self.tree, self.ryml, {}
        child = tree.first_child(node)
        while child != ryml.NONE:
            flags = tree.type(child)
            raw = tree.key(child)
            text = "" if raw is None else str(raw, "utf-8")
            key = self.plain(text) if flags & ryml.KEY_PLAIN else text
            if key in result or not isinstance(key, _KEY_TYPES):
                raise _NotSure()      # a duplicate key or a date: PyYAML's message has its position
            result[key] = self.node(child, flags)
            child = tree.next_sibling(child)
        return result
