"""``{kitgen-schema}``: the prompt-set format's reference, drawn from its JSON Schema.

One table per object (key, type, required, description), objects in the order a reader meets
them from the top of a file.  Types and constraints come from ``kitgen.schema`` (generated from
the model), the sentences from :mod:`kitgen.sphinx.schema_text`.
"""

from __future__ import annotations

import re
from typing import Any

from docutils import nodes
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from kitgen.i18n import output_text
from kitgen.model.patterns import COLOR_RE, LANG_RE, SLUG_RE, SPDX_RE, URL_RE, VERSION_RE
from kitgen.schema import prompt_set_schema
from kitgen.sphinx.index import table
from kitgen.sphinx.schema_text import ROOT, key_text, object_text
from kitgen.sphinx.sets import WARNING_TYPE
from kitgen.typography import typeset

logger = logging.getLogger(__name__)

Schema = dict[str, Any]

#: Patterns of the format's small types, said in words rather than as regular expressions.
SHAPES = {
    f"^{regex.pattern}$": regex
    for regex in (SLUG_RE, COLOR_RE, LANG_RE, SPDX_RE, URL_RE, VERSION_RE)
}


def _shape_text(lang: str, regex: re.Pattern[str]) -> str:
    """What a value of one of the ``SHAPES`` looks like, in words."""
    if regex is SLUG_RE:
        return output_text(lang, "id: lowercase letters, digits and hyphens")
    if regex is COLOR_RE:
        return output_text(lang, "colour #RRGGBB")
    if regex is LANG_RE:
        return output_text(lang, "two-letter language code")
    if regex is SPDX_RE:
        return output_text(lang, "SPDX licence id")
    if regex is URL_RE:
        return output_text(lang, "web address http(s)://…")
    return output_text(lang, "version number, e.g. 1.0")


def object_anchor(name: str) -> str:
    return f"schema-{name.lower()}"


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def objects_in_order(schema: Schema) -> list[tuple[str, Schema]]:
    """The root and every object definition it reaches, breadth first."""
    defs: dict[str, Schema] = schema.get("$defs", {})
    order: list[tuple[str, Schema]] = []
    queue: list[tuple[str, Schema]] = [(ROOT, schema)]
    seen = {ROOT}
    while queue:
        name, obj = queue.pop(0)
        order.append((name, obj))
        for prop in obj.get("properties", {}).values():
            for ref in _refs(prop):
                target = _ref_name(ref)
                if target not in seen and defs.get(target, {}).get("type") == "object":
                    seen.add(target)
                    queue.append((target, defs[target]))
    return order


def _refs(prop: Schema) -> list[str]:
    found = []
    if "$ref" in prop:
        found.append(prop["$ref"])
    for key in ("items",):
        if isinstance(prop.get(key), dict):
            found += _refs(prop[key])
    for key in ("anyOf", "oneOf", "allOf"):
        for option in prop.get(key, []):
            found += _refs(option)
    return found


class SchemaDirective(SphinxDirective):
    has_content = False

    @property
    def lang(self) -> str:
        return str(self.config.language or "en")

    def t(self, text: str) -> str:
        return typeset(text, self.lang)

    def run(self) -> list[nodes.Node]:
        schema = prompt_set_schema()
        self.defs: dict[str, Schema] = schema.get("$defs", {})
        self.objects = {name for name, _ in objects_in_order(schema)}
        out: list[nodes.Node] = []
        for name, obj in objects_in_order(schema):
            out += self.object_table(name, obj)
        return out

    def object_table(self, name: str, obj: Schema) -> list[nodes.Node]:
        rubric = nodes.rubric(name, name, classes=["kitgen-schema-object"])
        anchor = object_anchor(name)
        rubric["ids"].append(anchor)
        rubric["names"].append(anchor)
        self.state.document.note_explicit_target(rubric, rubric)
        out: list[nodes.Node] = [rubric]
        intro = object_text(name, self.lang)
        if intro:
            out.append(nodes.paragraph("", "", nodes.Text(typeset(intro, self.lang))))
        required = set(obj.get("required", []))
        rows: list[list[nodes.Node]] = []
        for key, prop in obj.get("properties", {}).items():
            text = key_text(name, key, self.lang)
            if text is None:
                logger.warning(
                    "the schema key %s.%s has no %s description in kitgen.sphinx.schema_text",
                    name,
                    key,
                    self.lang,
                    type=WARNING_TYPE,
                    subtype="schema",
                    location=self.get_location(),
                )
                text = str(prop.get("description", ""))
            rows.append(
                [
                    nodes.literal(key, key),
                    self.type_of(prop),
                    nodes.Text(
                        self.t(
                            output_text(self.lang, "yes")
                            if key in required
                            else output_text(self.lang, "no")
                        )
                    ),
                    nodes.Text(typeset(text, self.lang)),
                ]
            )
        headers = [
            self.t(output_text(self.lang, "Key")),
            self.t(output_text(self.lang, "Type")),
            self.t(output_text(self.lang, "Required")),
            self.t(output_text(self.lang, "Description")),
        ]
        out.append(table(headers, rows, [18, 32, 12, 38]))
        return out

    def type_of(self, prop: Schema) -> nodes.Node:
        holder = nodes.inline()
        self._describe(prop, holder)
        return holder

    def _describe(self, prop: Schema, into: nodes.Element) -> None:
        if "$ref" in prop:
            name = _ref_name(prop["$ref"])
            target = self.defs.get(name, {})
            if name in self.objects:
                into += nodes.reference(name, name, refid=object_anchor(name), internal=True)
            elif "enum" in target:
                self._enum(target["enum"], into)
            else:
                self._describe(target, into)
            return
        options = [o for o in prop.get("anyOf", []) if o.get("type") != "null"]
        if options:
            self._describe(options[0], into)
            return
        if prop.get("title") == "Text" and "oneOf" in prop:
            into += nodes.Text(self.t(output_text(self.lang, "text (a string, or fr: … en: …)")))
            return
        if "const" in prop:
            into += nodes.literal(str(prop["const"]), str(prop["const"]))
            return
        if "enum" in prop:
            self._enum(prop["enum"], into)
            return
        kind = prop.get("type", "")
        if kind == "array":
            items = prop.get("items", {})
            item_node = nodes.inline()
            self._describe(items, item_node)
            into += nodes.Text(self.t(output_text(self.lang, "list of {item}", item="")).rstrip())
            into += nodes.Text(" ")
            into += item_node.children
            limits = self._limits(prop.get("minItems"), prop.get("maxItems"))
            if limits:
                into += nodes.Text(f" ({limits})")
            return
        shape = SHAPES.get(str(prop.get("pattern", "")))
        if shape is not None:
            into += nodes.Text(self.t(_shape_text(self.lang, shape)))
            self._reserved(prop.get("not", {}).get("enum", []), into)
            return
        into += nodes.Text(str(kind))
        details = []
        limits = self._limits(
            prop.get("minimum", _exclusive(prop.get("exclusiveMinimum"))), prop.get("maximum")
        )
        if limits:
            details.append(limits)
        if "pattern" in prop:
            details.append(self.t(output_text(self.lang, "format {pattern}", pattern="")).rstrip())
        if details:
            into += nodes.Text(" (" + ", ".join(details))
            if "pattern" in prop:
                into += nodes.Text(" ")
                into += nodes.literal(prop["pattern"], prop["pattern"])
            into += nodes.Text(")")

    def _enum(self, values: list[Any], into: nodes.Element) -> None:
        into += nodes.Text(
            self.t(output_text(self.lang, "one of: {values}", values="")).rstrip() + " "
        )
        _literals(values, into)

    def _reserved(self, values: list[Any], into: nodes.Element) -> None:
        """The values a shape excludes (``not: {enum: [...]}``): ids the site keeps for itself."""
        if not values:
            return
        into += nodes.Text(
            " (" + self.t(output_text(self.lang, "reserved: {values}", values="")).rstrip() + " "
        )
        _literals(values, into)
        into += nodes.Text(")")

    def _limits(self, low: Any, high: Any) -> str:
        if low is not None and high is not None:
            return self.t(output_text(self.lang, "{low} to {high}", low=low, high=high))
        if low is not None:
            return self.t(output_text(self.lang, "at least {n}", n=low))
        if high is not None:
            return self.t(output_text(self.lang, "at most {n}", n=high))
        return ""


def _literals(values: list[Any], into: nodes.Element) -> None:
    """``values`` as code, separated by commas."""
    for i, value in enumerate(values):
        if i:
            into += nodes.Text(", ")
        into += nodes.literal(str(value), str(value))


def _exclusive(value: Any) -> Any:
    return value + 1 if isinstance(value, int) else value
