"""YAML loading that remembers where every value came from.

Each document keeps a map from a path (tuple of keys and list indexes) to its
1-based line and column, so schema and semantic errors can name `FILE:LINE:COL`.
"""

import os

import yaml

from esmgen.errors import Problem, SpecError


class Document:
    """Parsed YAML data plus the position of every node."""

    def __init__(self, data, filename, marks, key_marks=None):
        self.data = data
        self.filename = filename
        self.marks = marks
        self.key_marks = key_marks or {}

    def where(self, path=()):
        """`file:line:col` of the value at path, or of its nearest ancestor."""
        path = tuple(path)
        while path not in self.marks and path:
            path = path[:-1]
        line, col = self.marks.get(path, (1, 1))
        return f"{self.filename}:{line}:{col}"

    def where_key(self, path):
        """`file:line:col` of the mapping key that ends path."""
        path = tuple(path)
        if path in self.key_marks:
            line, col = self.key_marks[path]
            return f"{self.filename}:{line}:{col}"
        return self.where(path)


def load_file(path, label=None):
    """Read and parse a YAML file; errors name the file."""
    label = label or path
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except OSError as exc:
        raise SpecError(Problem(label, f"cannot read file: {exc.strerror}")) from None
    except UnicodeDecodeError as exc:
        raise SpecError(Problem(label, f"not UTF-8 text ({exc.reason})")) from None
    return load_text(text, label)


def load_text(text, filename):
    """Parse YAML text into a Document."""
    loader = yaml.SafeLoader(text)
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
    return Document(data, os.fspath(filename), marks, key_marks)


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
