"""Each command's help text, apart from the command's module.

``kitgen --help`` lists every command with the first sentence of its help: read from here, it
needs none of the commands' modules (which import the renderers, Sphinx, Typst), so the list
shows in the time of ``kitgen`` starting.  The commands read their help here too: one text.
"""

from __future__ import annotations

from kitgen.i18n import cli_msgid

#: Command name -> its help, an English message id (translated when shown).
HELPS: dict[str, str] = {
    "validate": cli_msgid(
        "Check prompt-set files or folders and print every problem as PATH:LINE:COL.\n\n"
        "A folder stands for its *.yaml and *.yml files.  Exit codes: 0 valid, 1 errors (or "
        "warnings with --strict), 2 usage error."
    ),
    "schema": cli_msgid("Print the JSON Schema (draft 2020-12) of the prompt-set format."),
    "new": cli_msgid(
        "Scaffold a valid, commented prompt set to start from, in the set's language."
    ),
    "init": cli_msgid(
        "Create a ready kit in FOLDER (new or empty): kitgen.toml, an example set, a README."
    ),
    "cards": cli_msgid("Build a print-ready card deck (PDF) from a prompt set."),
    "calibrate": cli_msgid("Print a duplex test sheet to read your printer's --back-offset."),
    "deck": cli_msgid(
        "Write a set's online deck as one self-contained HTML file (works from disk, no network)."
    ),
    "guide": cli_msgid(
        "Print the facilitator guide of one of a set's sessions (PDF, or MyST with --format md)."
    ),
    "plan": cli_msgid(
        "Compose a session across all prompt sets that fits --minutes exactly; print its id.\n\n"
        "The id alone rebuilds the same plan: `kitgen plan --id ID -o plan.pdf`."
    ),
    "build": cli_msgid(
        "Build the kit: every deck (A4 and Letter, double-sided and fold), every guide, the card "
        "images, the web decks and the knowledge base in the kit's languages, all linked.\n\n"
        "Unchanged work is skipped and unchanged files are not rewritten; files of removed sets "
        "are deleted.  Any Sphinx warning fails the build (exit 1)."
    ),
    "serve": cli_msgid(
        "Build the kit, serve it on this computer and rebuild what each saved change touches; "
        "open pages reload by themselves.\n\n"
        "Every set also has a preview page (/_preview/SET.html?lang=fr): each card face as it "
        "prints, at real size, with its fit size, its warnings and the sessions' timing.  "
        "Errors show in the page and here; the last good output stays served.  Ctrl-C stops."
    ),
}
