"""YAML loading that can say where every value came from.

Data is parsed fast (rapidyaml when it is installed, else PyYAML's libyaml
loader); positions (`FILE:LINE:COL`) are computed only when an error needs
one, by composing the text again with PyYAML, which is also the authority on
what is valid YAML: anything the fast path is unsure of (anchors, tags,
duplicate keys, syntax errors) is parsed by PyYAML instead.
"""

import os
import stat

import yaml

from esmgen.errors import Problem, SpecError

try:                       # optional speed-up for big specs
    import ryml
except ImportError:        # pragma: no cover - depends on the platform
    ryml = None

_PYYAML = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
FAST_PATH_BYTES = 64 * 1024   # small files: PyYAML alone, one code path
MAX_INPUT_BYTES = 64 * 1024 * 1024   # no input file is read past this


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


def load_file(path, label=None):
    """Read and parse a YAML file of at most MAX_INPUT_BYTES; errors name the file."""
    label = label or path
    try:
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            if stat.S_ISREG(info.st_mode) and info.st_size > MAX_INPUT_BYTES:
                raise SpecError(Problem(label, _too_big()))
            # Devices and pipes have no size to check: read one byte past the limit.
            raw = handle.read(MAX_INPUT_BYTES + 1)
    except OSError as exc:
        raise SpecError(Problem(label, f"cannot read file: {exc.strerror}")) from None
    if len(raw) > MAX_INPUT_BYTES:
        raise SpecError(Problem(label, _too_big()))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SpecError(Problem(label, f"not UTF-8 text ({exc.reason})")) from None
    if "\r" in text:       # line ends as text mode reads them: \r\n and \r become \n
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return load_text(text, label)


def _too_big():
    limit = MAX_INPUT_BYTES
    size = f"{limit // 2 ** 20} MiB" if limit % 2 ** 20 == 0 else f"{limit} bytes"
    return f"the file is larger than {size}, the most esmgen reads from one input"


def load_text(text, filename):
    """Parse YAML text into a Document."""
    filename = os.fspath(filename)
    if ryml is not None and len(text) >= FAST_PATH_BYTES:
        try:
            return Document(_ryml_parse(text), filename, text)
        except _NotSure:
            pass
    data, marks, key_marks = _pyyaml_parse(text, filename)
    return Document(data, filename, text, marks, key_marks)


# -- PyYAML: the reference parser, with positions ---------------------------

def _pyyaml_parse(text, filename):
    loader = _PYYAML(text)
    try:
        node = loader.get_single_node()
        marks, key_marks = {}, {}
        if node is not None:
            _record_marks(loader, node, (), marks, key_marks, filename)
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


def _record_marks(loader, node, path, marks, key_marks, filename):
    marks[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        seen = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, (str, int, float, bool)) and key is not None:
                raise SpecError(Problem(_at(filename, key_node), "mapping keys must be plain values"))
            if key in seen:
                raise SpecError(Problem(
                    _at(filename, key_node),
                    f"duplicate key '{key}' (first given at line {seen[key]})"))
            seen[key] = key_node.start_mark.line + 1
            key_marks[path + (key,)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            _record_marks(loader, value_node, path + (key,), marks, key_marks, filename)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _record_marks(loader, item, path + (index,), marks, key_marks, filename)


def _at(filename, node):
    return f"{filename}:{node.start_mark.line + 1}:{node.start_mark.column + 1}"


# -- rapidyaml: fast path for big specs --------------------------------------

class _NotSure(Exception):
    """The fast parser met something PyYAML should decide."""


_RESOLVER = yaml.resolver.Resolver()
_CONSTRUCTOR = yaml.constructor.SafeConstructor()


def _plain_scalar(text):
    """A plain scalar typed exactly as PyYAML's safe loader types it (YAML 1.1)."""
    tag = _RESOLVER.resolve(yaml.ScalarNode, text, (True, False))
    if tag == "tag:yaml.org,2002:str":
        return text
    return _CONSTRUCTOR.construct_object(yaml.ScalarNode(tag, text), deep=True)


def _ryml_parse(text):
    try:
        tree = ryml.parse_in_arena(text.encode("utf-8"))
    except Exception:          # a syntax error: PyYAML reports it with a position
        raise _NotSure() from None
    root = tree.root_id()
    if tree.is_stream(root):
        raise _NotSure()
    # Anchors and aliases need '&', tags need '!': without those characters
    # anywhere in the text, the per-node checks can be skipped.
    careful = "&" in text or "!" in text
    return _RymlWalk(tree, careful).node(root)


class _RymlWalk:
    """Turns a rapidyaml tree into the dicts and lists PyYAML would build."""

    def __init__(self, tree, careful):
        self.tree = tree
        self.careful = careful
        self.scalars = {}       # plain scalar text -> typed value, for this document

    def plain(self, text):
        value = self.scalars.get(text, self)
        if value is self:
            value = self.scalars[text] = _plain_scalar(text)
        return value

    def node(self, node):
        tree = self.tree
        if self.careful and (tree.has_val_anchor(node) or tree.has_val_tag(node) or tree.is_val_ref(node)
                             or tree.has_key_anchor(node) or tree.has_key_tag(node) or tree.is_key_ref(node)):
            raise _NotSure()
        if tree.is_map(node):
            return self.mapping(node)
        if tree.is_seq(node):
            items, child = [], tree.first_child(node)
            while child != ryml.NONE:
                items.append(self.node(child))
                child = tree.next_sibling(child)
            return items
        raw = tree.val(node)
        text = "" if raw is None else str(raw, "utf-8")
        return self.plain(text) if tree.is_val_plain(node) else text

    def mapping(self, node):
        tree, result = self.tree, {}
        child = tree.first_child(node)
        while child != ryml.NONE:
            raw = tree.key(child)
            text = "" if raw is None else str(raw, "utf-8")
            key = self.plain(text) if tree.is_key_plain(child) else text
            if key in result or key == "<<":
                raise _NotSure()      # a duplicate key or a merge key
            result[key] = self.node(child)
            child = tree.next_sibling(child)
        return result
