"""No interface-word table outside the catalogue: the words of the outputs live in ``.po`` files.

The check reads the syntax tree of every module of ``kitgen`` (except ``kitgen.i18n``) and fails
on what a translation table looks like: a dict keyed by language codes, a literal collection of
two or more phrases, or a phrase chosen by comparing a language (``"X" if lang == "fr" else
"Y"``).  Strings passed to ``output_text``/``cli_text`` (or marked with ``output_msgid`` or
``cli_msgid``) are catalogue messages, not tables.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import kitgen

PACKAGE = Path(kitgen.__file__).parent
LANGUAGE_CODES = {"fr", "en", "de", "it"}
#: Two words of letters: a phrase someone reads, as opposed to an id, a path or a pattern.
PHRASE = re.compile(r"[^\W\d_]{2,}[ \u00a0\u202f]+[^\W\d_]{2,}")
#: Modules left out of the check: none.
NOT_OUTPUT_WORDS: set[str] = set()
WORD = re.compile(r"[^\W\d_]{2,}")


def _lookups(tree: ast.AST) -> set[int]:
    """ids of string constants that are arguments of a catalogue lookup."""
    inside = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name in {
                "output_text",
                "output_ptext",
                "output_msgid",
                "cli_text",
                "cli_ntext",
                "cli_msgid",
            }:
                inside |= {id(n) for arg in node.args for n in ast.walk(arg)}
    return inside


def _phrases(nodes: list[ast.expr | None], lookups: set[int]) -> int:
    return sum(
        1
        for n in nodes
        if isinstance(n, ast.Constant)
        and isinstance(n.value, str)
        and id(n) not in lookups
        and PHRASE.search(n.value)
    )


def _has_words(node: ast.AST) -> bool:
    """Whether a literal holds letters (words), not only marks such as quotation marks."""
    return any(
        isinstance(n, ast.Constant) and isinstance(n.value, str) and WORD.search(n.value)
        for value in getattr(node, "values", [])
        for n in ast.walk(value)
    )


def _compares_language(test: ast.expr) -> bool:
    return isinstance(test, ast.Compare) and any(
        isinstance(c, ast.Constant) and c.value in LANGUAGE_CODES for c in test.comparators
    )


def tables_in(source: str) -> list[str]:
    """Where ``source`` holds something shaped like a table of interface words."""
    tree = ast.parse(source)
    lookups = _lookups(tree)
    found = []
    for node in ast.walk(tree):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Dict):
            keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
            if len(keys & LANGUAGE_CODES) >= 2 and _has_words(node):
                found.append(f"{line}: a dict keyed by languages")
            elif _phrases(node.values, lookups) >= 2:
                found.append(f"{line}: a dict of phrases")
        elif isinstance(node, ast.Tuple | ast.List | ast.Set):
            if _phrases(list(node.elts), lookups) >= 2:
                found.append(f"{line}: a collection of phrases")
        elif (
            isinstance(node, ast.IfExp)
            and _compares_language(node.test)
            and _phrases([node.body, node.orelse], lookups)
        ):
            found.append(f"{line}: a phrase chosen by language")
    return found


def test_no_interface_word_table_outside_the_catalogue() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative.startswith("i18n/") or relative in NOT_OUTPUT_WORDS:
            continue
        found += [f"kitgen/{relative}:{where}" for where in tables_in(path.read_text("utf-8"))]
    assert found == []


def test_the_check_sees_the_old_shapes() -> None:
    """Each shape the ten old tables had is reported (so the check above is not vacuous)."""
    old = """
LABELS = {"fr": {"guide": "Guide d'animation"}, "en": {"guide": "Facilitator guide"}}
CHOOSER = {"fr": ("Parler des réseaux", "Lire en français"), "en": ("Talking about", "Read it")}
WORDS = {"print": "Print at actual size", "credits": "credits and thanks"}
back = "Dos de carte" if lang == "fr" else "Card back"
"""
    assert {int(where.split(":")[0]) for where in tables_in(old)} == {2, 3, 4, 5}
    assert tables_in('QUOTES = {"fr": ("« ", " »"), "de": ("„", "“")}') == []
    new = 'back = output_text(lang, "Card back")\nwords = {"a": output_text(lang, "Two words")}\n'
    assert tables_in(new) == []
