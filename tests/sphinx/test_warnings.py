"""Problems in prompt sets surface as located Sphinx warnings of type ``kitgen``."""

from __future__ import annotations

import re
from typing import Any

from sphinx_site import Site, warnings_of


def test_yaml_errors_are_located_kitgen_load_warnings(site: Site) -> None:
    def edit(data: dict[str, Any]) -> None:
        data["prompts"][1]["minutes"] = "ten"

    path = site.write_set("beta", edit)
    app = site.build("en")
    warnings = warnings_of(app)
    match = re.search(
        rf"{re.escape(str(path))}:(\d+):(\d+): WARNING: error: .*\[kitgen\.load\]", warnings
    )
    assert match, warnings
    line = int(match.group(1))
    assert "minutes" in path.read_text(encoding="utf-8").splitlines()[line - 1]
    # The page that embeds the broken set says so, located at its directive.
    theme = site.root / "en" / "themes" / "beta.md"
    assert re.search(
        rf"{re.escape(str(theme))}:\d+: WARNING: prompt set 'beta' has errors", warnings
    )
    assert "[kitgen.set]" in warnings


def test_suppress_warnings_filters_by_subtype(site: Site) -> None:
    site.write_set("beta", lambda data: data["prompts"][1].update(minutes="ten"))
    app = site.build("en", confoverrides={"suppress_warnings": ["kitgen.load"]})
    warnings = warnings_of(app)
    assert "[kitgen.load]" not in warnings
    assert "[kitgen.set]" in warnings


def test_unknown_index_view_and_session_are_located(site: Site) -> None:
    page = site.page(
        "en",
        "themes/alpha.md",
        "(theme-alpha)=\n# A\n\n```{kitgen-index} colours\n```\n\n"
        "```{kitgen-guide} alpha no-such-session\n```\n",
    )
    app = site.build("en")
    warnings = warnings_of(app)
    assert f"{page}:4: WARNING: unknown index view 'colours'" in warnings
    assert f"{page}:7: WARNING: set 'alpha' has no session 'no-such-session'" in warnings
    assert "[kitgen.index]" in warnings and "[kitgen.guide]" in warnings
