"""``{kitgen-prompts} <set-id>``: a prompt set as a page section, one card per prompt.

Each card shows the category, the ORID level, the minutes, the follow-ups and, in a collapsed
dropdown, the facilitator's note; its HTML id is ``urls.prompt_anchor(prompt id)``, the address
printed cards and the online deck point to.  With ``:targets:`` (the set's own page) each card
is also a label ``prompt-<set>-<prompt>`` other pages can reference.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives

from kitgen import urls
from kitgen.i18n import output_ntext, output_text
from kitgen.model import Prompt, PromptSet, Sensitivity
from kitgen.names import prompt_label
from kitgen.render import words
from kitgen.sphinx import design
from kitgen.sphinx.base import KitgenDirective, set_label
from kitgen.sphinx.nodes import accent_box


class PromptsDirective(KitgenDirective):
    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {
        "targets": directives.flag,
        "no-intro": directives.flag,
    }

    def run(self) -> list[nodes.Node]:
        prompt_set = self.load()
        if prompt_set is None:
            return []
        section = nodes.container(classes=["kitgen-prompts"])
        self.set_source_info(section)
        if "no-intro" not in self.options:
            section += self.intro(prompt_set)
        grid = design.grid("1 1 2 2", classes=["kitgen-card-grid"])
        for prompt in prompt_set.prompts:
            grid[0] += design.grid_item(self.card(prompt_set, prompt))
        section += grid
        return [section]

    def intro(self, prompt_set: PromptSet) -> nodes.paragraph:
        para = nodes.paragraph(classes=["kitgen-set-line"])
        para += design.badge(
            self.t(output_ntext(self.lang, "{n} card", "{n} cards", len(prompt_set.prompts))),
            "primary",
        )
        para += nodes.Text(" ")
        if prompt_set.sessions:
            para += design.badge(
                self.t(
                    output_ntext(self.lang, "{n} session", "{n} sessions", len(prompt_set.sessions))
                ),
                "primary",
            )
            para += nodes.Text(" ")
        if self.config.kitgen_generate_pages:
            label = self.t(output_text(self.lang, "Download this set and its guides"))
            para += self.ref(set_label(prompt_set.id), nodes.inline(label, label))
        return para

    def card(self, prompt_set: PromptSet, prompt: Prompt) -> nodes.Element:
        category = prompt_set.category(prompt.category)
        category_name = self.t(category.label)
        header: list[nodes.Node] = [
            nodes.inline(category_name, category_name, classes=["kitgen-category"]),
            # Two words, not one: a search result's excerpt reads the page's text as it is.
            nodes.Text(" "),
            design.badge(
                words.level_label(self.lang, prompt.level),
                None,
                classes=["kitgen-level", f"kitgen-level-{prompt.level.value}"],
            ),
        ]
        body: list[nodes.Node] = [
            design.card_text(self.text(prompt.text), classes=["kitgen-prompt-text"])
        ]
        if prompt.follow_ups:
            title = self.t(output_text(self.lang, "Follow-ups"))
            body.append(
                design.card_text(nodes.strong(title, title), classes=["kitgen-follow-ups-title"])
            )
            items = nodes.bullet_list(classes=["kitgen-follow-ups"])
            for follow_up in prompt.follow_ups:
                items += nodes.list_item("", nodes.paragraph("", "", self.text(follow_up)))
            body.append(items)
        if prompt.see:
            para = design.card_text(classes=["kitgen-see"])
            para += nodes.Text(
                self.t(output_text(self.lang, "Background"))
                + (" : " if self.lang == "fr" else ": ")
            )
            para += self.ref(prompt.see, explicit=False)
            body.append(para)
        if prompt.note is not None:
            body.append(
                design.dropdown(
                    self.t(output_text(self.lang, "Facilitator note")),
                    *self.paragraphs(prompt.note),
                    classes=["kitgen-note"],
                )
            )
        footer: list[nodes.Node] = []
        for text in self.facts(prompt):
            footer += [design.badge(text, None, outline=False), nodes.Text(" ")]
        card = design.card(header=header, body=body, footer=footer, classes=["kitgen-card"])
        name = prompt_label(prompt_set.id, prompt.id) if "targets" in self.options else None
        self.register_id(card, urls.prompt_anchor(prompt.id), name)
        box = accent_box("", card, classes=["kitgen-accent"])
        box["accent"] = category.color
        return box

    def facts(self, prompt: Prompt) -> list[str]:
        """The small print of a card: minutes, grouping, kind, remote, sensitivity."""
        facts = [
            self.t(output_text(self.lang, "{n} min", n=prompt.minutes)),
            self.t(words.group_label(self.lang, prompt.group)),
            self.t(words.kind_label(self.lang, prompt.kind)),
            self.t(
                output_text(self.lang, "works remotely")
                if prompt.remote
                else output_text(self.lang, "in the room only")
            ),
        ]
        if prompt.sensitivity is not Sensitivity.LOW:
            high = prompt.sensitivity is Sensitivity.HIGH
            facts.append(
                self.t(
                    output_text(self.lang, "high sensitivity")
                    if high
                    else output_text(self.lang, "medium sensitivity")
                )
            )
        return facts
