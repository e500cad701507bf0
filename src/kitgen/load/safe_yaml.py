"""Read YAML safely and remember where every value sits.

PyYAML's safe composer gives us nodes with positions; we build plain Python values from them
ourselves so that we can (1) refuse duplicate keys, (2) refuse language-specific tags, (3) bound
alias expansion and nesting, and (4) record a position for every path in the document.  The
nesting check runs on the event stream first, before the (recursive) composer could overflow.
"""

from __future__ import annotations

import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kitgen.diagnostics import Diagnostic, KitgenError, Location, error
from kitgen.i18n import cli_text
from kitgen.model.origin import DataPath, Position
from kitgen.wording import number, quoted

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 40
MAX_VALUES = 200_000

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_YAML_TAG = "tag:yaml.org,2002:"
_TIMESTAMP = _YAML_TAG + "timestamp"
#: Scalars whose text the parsed value loses (1.10 -> 1.1, no -> False).
_WRITTEN_TAGS = {_YAML_TAG + "int", _YAML_TAG + "float", _YAML_TAG + "bool"}
_SAFE_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
}


@dataclass
class YamlDocument:
    """A parsed document: its value and the position of every data path."""

    path: Path
    data: Any
    positions: dict[DataPath, Position] = field(default_factory=dict)
    #: Problems that did not stop reading (duplicate keys, refused tags).
    problems: list[Diagnostic] = field(default_factory=list)
    #: Paths whose value was refused and replaced by ``None``.
    refused: set[DataPath] = field(default_factory=set)
    #: Numbers and yes/no values as written, for messages that suggest quoting them.
    scalars: dict[DataPath, str] = field(default_factory=dict)


def read_text(path: Path, *, max_bytes: int = MAX_FILE_BYTES) -> str:
    """Read a file as UTF-8 (BOM allowed), with located errors for the usual mishaps."""
    try:
        if not path.exists():
            raise KitgenError(error(Location(path), cli_text("file not found; check the path")))
        if path.is_symlink():
            target = path.resolve()
            if not target.is_relative_to(path.absolute().parent.resolve()):
                raise KitgenError(
                    error(
                        Location(path),
                        cli_text(
                            "is a symbolic link to a file outside its folder; copy the file here "
                            "instead of linking to it"
                        ),
                    )
                )
        info = path.stat()
        if not stat.S_ISREG(info.st_mode) and not stat.S_ISDIR(info.st_mode):
            # A pipe or a terminal would block the read forever.
            raise KitgenError(
                error(Location(path), cli_text("is not a regular file (a pipe or a device)"))
            )
        size = info.st_size
        if size > max_bytes:
            raise KitgenError(
                error(
                    Location(path),
                    cli_text(
                        "file is {size} bytes, over the {limit}-byte limit for a prompt set; "
                        "split it into several sets",
                        size=number(size),
                        limit=number(max_bytes),
                    ),
                )
            )
        with path.open("rb") as stream:
            raw = stream.read(max_bytes + 1)
    except FileNotFoundError:
        raise KitgenError(
            error(Location(path), cli_text("file vanished while being read; check the path"))
        ) from None
    except IsADirectoryError:
        raise KitgenError(error(Location(path), cli_text("is a folder, not a YAML file"))) from None
    except PermissionError:
        raise KitgenError(
            error(Location(path), cli_text("cannot be read (permission denied)"))
        ) from None
    if len(raw) > max_bytes:
        raise KitgenError(
            error(Location(path), cli_text("file grew over the size limit while being read"))
        )
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        # Columns count characters, like YAML's own marks: decode the valid start of the line.
        line_start = before[before.rfind(b"\n") + 1 :].decode("utf-8", errors="replace")
        column = len(line_start) + 1
        byte = raw[exc.start]
        guess = bytes([byte]).decode("cp1252", errors="replace")
        readable = guess.isprintable() and not guess.isspace() and guess != "\ufffd"
        looks = (
            cli_text(" ({char} in Windows-1252)", char=quoted(guess))
            if byte >= 0x80 and readable
            else ""
        )
        raise KitgenError(
            error(
                Location(path, line, column),
                cli_text(
                    "byte {byte}{looks} is not valid UTF-8; save the file with the UTF-8 encoding",
                    byte=hex(byte),
                    looks=looks,
                ),
            )
        ) from None


def parse_yaml(path: Path, text: str | None = None) -> YamlDocument:
    """Parse one YAML document into plain values with positions, or raise KitgenError."""
    if text is None:
        text = read_text(path)
    _check_events(path, text)
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.YAMLError as exc:
        raise KitgenError(_yaml_error(path, exc, text)) from None
    finally:
        loader.dispose()
    document = YamlDocument(path, None)
    if node is None:
        raise KitgenError(
            error(Location(path), cli_text("file is empty; start from `kitgen new ID`"))
        )
    _check_expansion(path, node)
    builder = _Builder(path, loader, document.positions)
    document.data = builder.build(node, ())
    document.problems = builder.problems
    document.refused = builder.refused
    document.scalars = builder.scalars
    return document


def _check_events(path: Path, text: str) -> None:
    """Refuse deep nesting and multi-document files before composing (composing recurses)."""
    depth = 0
    documents = 0
    values = 0
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.ScalarEvent | yaml.CollectionStartEvent):
                values += 1  # too many plain values: refuse before composing them (memory)
                if values > MAX_VALUES:
                    mark = event.start_mark
                    assert mark is not None
                    raise KitgenError(
                        error(
                            Location(path, mark.line + 1, mark.column + 1),
                            cli_text(
                                "more than {limit} values; a prompt set never needs this",
                                limit=number(MAX_VALUES),
                            ),
                        )
                    )
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    mark = event.start_mark
                    assert mark is not None
                    raise KitgenError(
                        error(
                            Location(path, mark.line + 1, mark.column + 1),
                            cli_text(
                                "nesting deeper than {limit} levels; a prompt set never needs "
                                "this, check the indentation",
                                limit=MAX_DEPTH,
                            ),
                        )
                    )
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
            elif isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    mark = event.start_mark
                    assert mark is not None
                    raise KitgenError(
                        error(
                            Location(path, mark.line + 1, mark.column + 1),
                            cli_text(
                                "a second YAML document starts here ('---'); put one prompt set "
                                "per file"
                            ),
                        )
                    )
    except yaml.YAMLError as exc:
        raise KitgenError(_yaml_error(path, exc, text)) from None


def _check_expansion(path: Path, root: yaml.Node) -> None:
    """Refuse documents whose aliases expand past MAX_VALUES, before expanding anything.

    Sizes are memoised per node, so a "billion laughs" file costs as much as its text.
    """
    sizes: dict[int, int] = {}
    visiting: set[int] = set()
    # Iterative post-order walk: recursion could overflow on wide alias graphs.
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if key in sizes:
            continue
        children = _children(node)
        if not children_done:
            if key in visiting:
                mark = node.start_mark
                raise KitgenError(
                    error(
                        Location(path, mark.line + 1, mark.column + 1),
                        cli_text("an alias refers to itself (a recursive structure); remove it"),
                    )
                )
            visiting.add(key)
            stack.append((node, True))
            stack.extend((child, False) for child in children if id(child) not in sizes)
            continue
        visiting.discard(key)
        sizes[key] = min(1 + sum(sizes.get(id(c), 0) for c in children), MAX_VALUES + 1)
    if sizes[id(root)] <= MAX_VALUES:
        return
    node = root
    while True:  # point at the innermost value that alone is too big
        bigger = [c for c in _children(node) if sizes.get(id(c), 0) > MAX_VALUES]
        if not bigger:
            break
        node = bigger[0]
    mark = node.start_mark
    raise KitgenError(error(Location(path, mark.line + 1, mark.column + 1), _alias_bomb()))


def _alias_bomb() -> str:
    return cli_text(
        "more than {limit} values once aliases are expanded (an alias bomb?); remove the "
        "repeated '*alias' references",
        limit=number(MAX_VALUES),
    )


def _shown_tag(tag: str) -> str:
    """A tag as the author wrote it: ``!!python/object`` rather than its expanded form."""
    return "!!" + tag.removeprefix(_YAML_TAG) if tag.startswith(_YAML_TAG) else tag


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    return []


def _yaml_error(path: Path, exc: yaml.YAMLError, text: str) -> Diagnostic:
    """One located message for a YAML syntax error, pointing where the fix goes."""
    if isinstance(exc, yaml.reader.ReaderError):
        # A character YAML refuses (a control character): locate it from its offset, which
        # libyaml counts in UTF-8 bytes and the pure-Python reader in characters.
        offset = exc.position
        if _Loader is not yaml.SafeLoader:
            offset = len(text.encode("utf-8")[:offset].decode("utf-8", errors="ignore"))
        before = text[:offset]
        line = before.count("\n") + 1
        column = offset - (before.rfind("\n") + 1) + 1
        return error(
            Location(path, line, column),
            cli_text(
                "YAML syntax: control character {code} is not allowed; delete it (it is invisible "
                "in most editors)",
                code=_code_point(exc.character),
            ),
        )
    if not isinstance(exc, yaml.MarkedYAMLError):
        return error(Location(path), cli_text("YAML syntax: {problem}", problem=exc))
    problem = exc.problem or "invalid YAML"
    context = exc.context or ""
    mark = exc.problem_mark or exc.context_mark
    if "nesting depth" in problem and mark is not None:  # libyaml's own limit, hit while scanning
        message = cli_text(
            "nesting deeper than {limit} levels; check the brackets", limit=MAX_DEPTH
        )
        return _at(path, mark, message)
    if "quoted scalar" in context and "end of stream" in problem and exc.context_mark:
        return _at(
            path,
            exc.context_mark,
            cli_text("YAML syntax: this quoted text is never closed; add the closing quote"),
        )
    if "duplicate anchor" in context and exc.context_mark is not None and mark is not None:
        return _at(
            path,
            mark,
            cli_text(
                "YAML syntax: this anchor ('&name') is already defined at line {line}; give each "
                "anchor its own name",
                line=exc.context_mark.line + 1,
            ),
        )
    if mark is not None:
        token = _quoted_before(text, mark)
        if token is not None and token.start_mark.line < token.end_mark.line:
            return _at(
                path,
                token.start_mark,
                cli_text(
                    "YAML syntax: the quoted text that starts here only ends at line {line}; a "
                    "closing quote is probably missing on this line",
                    line=token.end_mark.line + 1,
                ),
            )
        if token is not None:
            return _at(
                path,
                mark,
                cli_text(
                    "YAML syntax: text continues after a closing quote; quote the whole text, "
                    "and write a quote inside it as \\\" (in \"...\") or '' (in '...')"
                ),
            )
    found = text[mark.index] if mark is not None and 0 <= mark.index < len(text) else ""
    if ("tab character" in problem or found == "\t") and mark is not None:
        return _at(
            path,
            mark,
            cli_text(
                "YAML syntax: a tab character is used for indentation; indent with spaces, not tabs"
            ),
        )
    if "flow" in context and exc.context_mark is not None and mark is not None:
        opening = "[" if "sequence" in context else "{"
        closing = "]" if opening == "[" else "}"
        if exc.context_mark.line != mark.line:
            # The list ran on to later lines: the missing bracket belongs on the opening line.
            return _at(
                path,
                exc.context_mark,
                cli_text(
                    "YAML syntax: this '{opening}' is never closed; add '{closing}' after its "
                    "last item",
                    opening=opening,
                    closing=closing,
                ),
            )
        return _at(
            path,
            mark,
            cli_text(
                "YAML syntax: expected ',' or '{closing}' here; separate items with ', ' and close "
                "the '{opening}'",
                opening=opening,
                closing=closing,
            ),
        )
    if "cannot start any token" in problem and mark is not None:
        return _at(
            path,
            mark,
            cli_text(
                "YAML syntax: a text cannot start with {char} unless it is quoted; write it in "
                'double quotes ("{start}...")',
                char=quoted(found),
                start=found,
            ),
        )
    if "mapping values are not allowed" in problem and mark is not None:
        indent = _over_indented_key(text, mark)
        if indent is not None:
            return error(
                Location(path, mark.line + 1, indent + 1),
                _indentation_message(),
            )
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    return error(Location(path, line, column), _syntax_message(problem, context))


_PLAIN_KEY = re.compile(r"[A-Za-z_][\w-]*")


def _over_indented_key(text: str, mark: yaml.Mark) -> int | None:
    """The indentation of ``mark``'s line when it is only a key pushed too far right.

    libyaml reads such a line as the continuation of the value above, so it blames the ':'
    and we would ask for quotes; the author's mistake is the indentation.  A ':' after
    another ': ' on the line (``en: Next step: ...``) is a text needing quotes instead.
    """
    start = text.rfind("\n", 0, mark.index) + 1
    before = text[start : mark.index]
    key = before.lstrip(" ")
    if not _PLAIN_KEY.fullmatch(key):
        return None
    return len(before) - len(key)


def _code_point(char: int) -> str:
    return f"U+{char:04X}"


def _at(path: Path, mark: yaml.Mark, message: str) -> Diagnostic:
    return error(Location(path, mark.line + 1, mark.column + 1), message)


def _quoted_before(text: str, mark: yaml.Mark) -> yaml.ScalarToken | None:
    """The quoted scalar that ends, on ``mark``'s line, just before ``mark`` (if any)."""
    last: yaml.Token | None = None
    try:
        for token in yaml.scan(text, Loader=_Loader):
            if token.start_mark.index >= mark.index:
                break
            last = token
    except yaml.YAMLError:
        pass
    if not isinstance(last, yaml.ScalarToken) or last.style not in ('"', "'"):
        return None
    end = last.end_mark
    if end.line != mark.line or text[end.index : mark.index].strip():
        return None
    return last


def _indentation_message() -> str:
    return cli_text(
        "YAML syntax: this line does not fit with the lines around it; check the indentation "
        "of this line and of the line above"
    )


def _syntax_message(problem: str, context: str) -> str:
    """Our own words for libyaml's usual complaints; its text only for the rare others."""
    if "mapping values are not allowed" in problem:
        return cli_text(
            "YAML syntax: ': ' is not allowed here; put a text that contains ': ' in quotes"
        )
    if "could not find expected ':'" in problem:
        return cli_text(
            "YAML syntax: a ':' is missing here; a key is missing its ':' or a text needs quotes"
        )
    if "undefined alias" in problem:
        return cli_text(
            "YAML syntax: '*' starts a reference to an '&name' written nowhere before; put a "
            "text that starts with '*' in quotes"
        )
    if "expected key" in problem or "block end" in problem or "indicator" in problem:
        return _indentation_message()
    if context and context not in problem:
        problem = f"{problem} ({context})"
    return cli_text("YAML syntax: {problem}", problem=problem)


class _Builder:
    """Turns composed nodes into Python values, recording positions and enforcing limits."""

    def __init__(self, path: Path, loader: Any, positions: dict[DataPath, Position]) -> None:
        self.path = path
        self.loader = loader
        self.positions = positions
        self.values = 0
        self.active: set[int] = set()
        self.problems: list[Diagnostic] = []
        #: Paths whose value was refused (a tag): their ``None`` is not the author's mistake.
        self.refused: set[DataPath] = set()
        #: Numbers and yes/no as written (``1.10``, ``no``): the parsed value loses that.
        self.scalars: dict[DataPath, str] = {}

    def _fail(self, node: yaml.Node, message: str) -> KitgenError:
        mark = node.start_mark
        return KitgenError(error(Location(self.path, mark.line + 1, mark.column + 1), message))

    def build(self, node: yaml.Node, data_path: DataPath, key_node: yaml.Node | None = None) -> Any:
        self.values += 1
        if self.values > MAX_VALUES:
            raise self._fail(node, _alias_bomb())
        mark = node.start_mark
        position = Position(mark.line + 1, mark.column + 1)
        if key_node is not None:
            key_mark = key_node.start_mark
            position = Position(
                mark.line + 1, mark.column + 1, key_mark.line + 1, key_mark.column + 1
            )
        # An alias reuses a node: keep the position of the first place it appears in this path.
        self.positions.setdefault(data_path, position)
        if node.tag == _TIMESTAMP and isinstance(node, yaml.ScalarNode):
            # YAML 1.1 reads 2024-05-01 as a date; the format has no dates, so keep the text
            # and let the field's own check say what it expects.
            return str(node.value)
        if node.tag not in _SAFE_TAGS:
            self.refused.add(data_path)
            self.problems.extend(
                self._fail(
                    node,
                    cli_text(
                        "tag {tag} is not allowed; remove it: a prompt set holds only plain "
                        "values (texts, numbers, true/false, lists and key: value lines)",
                        tag=quoted(_shown_tag(node.tag)),
                    ),
                ).diagnostics
            )
            return None
        if isinstance(node, yaml.ScalarNode):
            if node.tag in _WRITTEN_TAGS:
                self.scalars[data_path] = str(node.value)
            return self.loader.construct_object(node, deep=True)
        if id(node) in self.active:
            raise self._fail(
                node, cli_text("an alias refers to itself (a recursive structure); remove it")
            )
        self.active.add(id(node))
        try:
            if isinstance(node, yaml.SequenceNode):
                return [self.build(item, (*data_path, i)) for i, item in enumerate(node.value)]
            assert isinstance(node, yaml.MappingNode)
            result: dict[Any, Any] = {}
            for key_node_, value_node in node.value:
                if key_node_.tag == "tag:yaml.org,2002:merge":
                    raise self._fail(
                        key_node_,
                        cli_text("merge keys ('<<') are not supported; write the keys out in full"),
                    )
                if not isinstance(key_node_, yaml.ScalarNode) or key_node_.tag not in _SAFE_TAGS:
                    raise self._fail(
                        key_node_, cli_text("a key must be a plain word such as 'text'")
                    )
                key = self.loader.construct_object(key_node_, deep=True)
                if not isinstance(key, str | int):
                    key = str(key_node_.value)
                if key in result:
                    first = self.positions.get((*data_path, key))
                    where = (
                        cli_text(" (first at line {line})", line=first.key_line)
                        if first and first.key_line
                        else ""
                    )
                    message = cli_text(
                        "duplicate key {key}{where}; keep only one of them",
                        key=quoted(key),
                        where=where,
                    )
                    self.problems.extend(self._fail(key_node_, message).diagnostics)
                    continue
                result[key] = self.build(value_node, (*data_path, key), key_node_)
            return result
        finally:
            self.active.discard(id(node))
