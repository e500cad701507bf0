"""A static audit of kitgen's source: every file it writes goes through ``kitgen.atomic``.

It walks the syntax tree of each module (a grep that understands calls): writing modes of
``open``, ``Path.write_text``/``write_bytes``, copies, renames, temporary files, ``typst.compile``
with an output path and ``.save()`` to anything but an in-memory buffer are all findings,
outside ``kitgen/atomic.py``.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

#: Calls ``module.function`` that write, copy or rename files.
WRITING_FUNCTIONS = {
    ("os", "open"),
    ("os", "rename"),
    ("os", "renames"),
    ("os", "replace"),
    ("os", "link"),
    ("os", "symlink"),
    ("os", "truncate"),
    ("os", "system"),
    ("os", "popen"),
    ("shutil", "copy"),
    ("shutil", "copy2"),
    ("shutil", "copyfile"),
    ("shutil", "copytree"),
    ("shutil", "move"),
    ("tempfile", "mkstemp"),
    ("tempfile", "NamedTemporaryFile"),
    ("tempfile", "TemporaryFile"),
    ("tempfile", "SpooledTemporaryFile"),
    ("subprocess", "run"),
    ("subprocess", "call"),
    ("subprocess", "check_call"),
    ("subprocess", "check_output"),
    ("subprocess", "Popen"),
}
#: Bare names that write whatever module they come from (Sphinx's copy helpers, shutil's).
WRITING_NAMES = {"copyfile", "copytree", "copy_asset", "copy_asset_file", "mkstemp", "copy2"}
#: Methods that write whatever object they are called on.
WRITING_METHODS = {"write_text", "write_bytes", "touch", "symlink_to", "hardlink_to"}
#: Functions whose second positional argument (or ``mode=``) is an open mode.
OPEN_FUNCTIONS = {"open", "fdopen"}
#: Modules whose ``open`` opens no file (``webbrowser.open(url)`` shows a page).
NOT_FILE_OPENERS = {"webbrowser"}
#: Buffers that live in memory: ``.save(buffer)`` into them writes no file.
MEMORY_BUFFERS = {"BytesIO", "StringIO"}


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    what: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.what}"


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _writing_mode(mode: ast.expr | None) -> bool | None:
    """True for w/a/x/+ modes, False for reading, None when the mode is not a literal."""
    if mode is None:
        return False
    if isinstance(mode, ast.Constant) and isinstance(mode.value, str):
        return any(flag in mode.value for flag in "wax+")
    return None


def _mode_argument(call: ast.Call, position: int) -> ast.expr | None:
    for keyword in call.keywords:
        if keyword.arg == "mode":
            return keyword.value
    return call.args[position] if len(call.args) > position else None


class _Auditor(ast.NodeVisitor):
    def __init__(self, path: str) -> None:
        self.path = path
        self.findings: list[Finding] = []
        self.buffers: set[str] = set()

    def flag(self, node: ast.AST, what: str) -> None:
        self.findings.append(Finding(self.path, getattr(node, "lineno", 0), what))

    def visit_Assign(self, node: ast.Assign) -> None:
        if isinstance(node.value, ast.Call) and _name(node.value.func) in MEMORY_BUFFERS:
            self.buffers.update(t.id for t in node.targets if isinstance(t, ast.Name))
        self.generic_visit(node)

    def visit_With(self, node: ast.With) -> None:
        for item in node.items:
            call = item.context_expr
            memory = isinstance(call, ast.Call) and _name(call.func) in MEMORY_BUFFERS
            atomic = isinstance(call, ast.Call) and _name(call.func) == "atomic_open"
            if (memory or atomic) and isinstance(item.optional_vars, ast.Name):
                self.buffers.add(item.optional_vars.id)
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = _name(func)
        owner = _name(func.value) if isinstance(func, ast.Attribute) else ""
        if (owner, name) in WRITING_FUNCTIONS:
            self.flag(node, f"{owner}.{name}() writes outside kitgen.atomic")
        elif isinstance(func, ast.Name) and name in WRITING_NAMES:
            self.flag(node, f"{name}() copies a file outside kitgen.atomic")
        elif isinstance(func, ast.Attribute) and name in WRITING_METHODS and owner != "atomic":
            self.flag(node, f".{name}() writes outside kitgen.atomic")
        elif name in OPEN_FUNCTIONS and owner not in NOT_FILE_OPENERS:
            # open(path, mode) and os.fdopen(fd, mode); path.open(mode) takes the mode first.
            method = isinstance(func, ast.Attribute) and owner not in {"io", "os", "codecs"}
            writing = _writing_mode(_mode_argument(node, 0 if method else 1))
            if writing is None:
                self.flag(node, f"{name}() with a mode that is not a literal")
            elif writing:
                self.flag(node, f"{name}() in a writing mode outside kitgen.atomic")
        elif name in {"rename", "replace"} and isinstance(func, ast.Attribute):
            # str.replace takes two arguments; Path.rename/replace(target) takes one.
            if len(node.args) + len(node.keywords) == 1:
                self.flag(node, f".{name}() moves a file outside kitgen.atomic")
        elif name == "save" and isinstance(func, ast.Attribute):
            target = node.args[0] if node.args else None
            in_memory = (isinstance(target, ast.Name) and target.id in self.buffers) or (
                isinstance(target, ast.Call) and _name(target.func) in MEMORY_BUFFERS
            )
            if not in_memory:
                self.flag(node, ".save() to something that is not an in-memory buffer")
        elif (name, owner) == ("compile", "typst") and (
            len(node.args) > 1 or any(k.arg == "output" for k in node.keywords)
        ):
            self.flag(node, "typst.compile() with an output path writes directly")
        self.generic_visit(node)


def audit_source(source: str, path: str = "<source>") -> list[Finding]:
    auditor = _Auditor(path)
    auditor.visit(ast.parse(source, filename=path))
    return auditor.findings


def audit_tree(package: Path, allowed: set[str]) -> list[Finding]:
    """Findings in every module of ``package`` except those named in ``allowed``."""
    findings: list[Finding] = []
    for module in sorted(package.rglob("*.py")):
        relative = module.relative_to(package.parent).as_posix()
        if relative in allowed:
            continue
        findings += audit_source(module.read_text(encoding="utf-8"), relative)
    return findings
