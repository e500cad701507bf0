"""Typography: French spacing rules, English clean-up, and what must never change."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kitgen.typography import NBSP, NNBSP, clean, typeset

N = NNBSP  # narrow no-break space
B = NBSP  # no-break space


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Before ? ! ; (narrow) and : (full no-break space), whatever space the author typed.
        ("Qu'en pensez-vous ?", f"Qu'en pensez-vous{N}?"),
        ("Qu'en pensez-vous?", f"Qu'en pensez-vous{N}?"),
        (f"Vraiment{B}!", f"Vraiment{N}!"),
        ("Attention : ceci", f"Attention{B}: ceci"),
        (f"Attention{N}: ceci", f"Attention{B}: ceci"),
        ("Un point; un autre", f"Un point{N}; un autre"),
        ("Quoi ?!", f"Quoi{N}?!"),
        ("Quoi ? Vraiment ?", f"Quoi{N}? Vraiment{N}?"),
        # Inside guillemets.
        ("« Oui »", f"«{N}Oui{N}»"),
        ("«Oui»", f"«{N}Oui{N}»"),
        ("Il dit : « Oui ! »", f"Il dit{B}: «{N}Oui{N}!{N}»"),
        # Times and addresses keep their colons and question marks.
        ("Rendez-vous à 08:30 demain", "Rendez-vous à 08:30 demain"),
        ("De 10:30 à 12:00 : atelier", f"De 10:30 à 12:00{B}: atelier"),
        ("Voir https://example.org/a?b=c!d", "Voir https://example.org/a?b=c!d"),
        ("Voir http://example.ch:8080/p", "Voir http://example.ch:8080/p"),
        ("Voir https://example.org/page ?", f"Voir https://example.org/page{N}?"),
        ("Site : www.example.org:8080", f"Site{B}: www.example.org:8080"),
        ("mailto:contact@example.ch", "mailto:contact@example.ch"),
        # A sign glued inside a word (no space before, a letter or slash after) is not
        # punctuation: no space is put into it.
        ("[cliquez](javascript:alert('x'))", "[cliquez](javascript:alert('x'))"),
        ("urn:isbn:123 et C:\\temp", "urn:isbn:123 et C:\\temp"),
        ("Attention:ceci", "Attention:ceci"),
        ("Attention: ceci", f"Attention{B}: ceci"),
        ("Quoi?!", f"Quoi{N}?!"),
        ("Oui!»", f"Oui{N}!{N}»"),
        # Numbers stay with their percent sign, unit or thousands.
        ("50 % des employés", f"50{N}% des employés"),
        ("50% des employés", f"50{N}% des employés"),
        ("3 ‰", f"3{N}‰"),
        ("10 000 personnes", f"10{N}000{B}personnes"),
        ("Prix : 12 CHF", f"Prix{B}: 12{B}CHF"),
        ("Il faut 15 minutes", f"Il faut 15{B}minutes"),
        ("5 min puis 2 h", f"5{B}min puis 2{B}h"),
        # Nothing to do.
        ("Fin.", "Fin."),
        ("", ""),
        ("?", "?"),
        ("(?)", "(?)"),
    ],
)
def test_french(text: str, expected: str) -> None:
    assert typeset(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("What do you think ?", "What do you think?"),
        ("Really !", "Really!"),
        ("Note : this", "Note: this"),
        ("What do you think?", "What do you think?"),
        ("50 % of staff", "50% of staff"),
        ("50% of staff", "50% of staff"),
        ("a 10 km walk", f"a 10{B}km walk"),
        ("at 08:30 ?", "at 08:30?"),
        ("see https://example.org/?q=1", "see https://example.org/?q=1"),
        ("« as is »", "« as is »"),
    ],
)
def test_english(text: str, expected: str) -> None:
    assert typeset(text, "en") == expected


def test_unknown_language_is_only_cleaned() -> None:
    assert typeset("Was ? 50 %\u0007", "es") == "Was ? 50 %"  # no rules for Spanish


def test_clean_drops_control_characters_and_composes() -> None:
    assert clean("a\u0007b\u0000c\u009fd") == "abcd"
    assert clean("e\u0301te") == "éte"
    # Line breaks and tabs are layout, not control noise.
    assert clean("a\nb\tc\r\n") == "a\nb\tc\r\n"


# Texts made of the pieces the rules care about, including address starts.
_text = st.lists(
    st.sampled_from(
        [*"abcéÀ 0123456789?!;:«»%‰.,'()/-\n", NBSP, NNBSP, "\u2009", "https://", "www."]
    ),
    max_size=40,
).map("".join)


def _visible(text: str) -> str:
    return "".join(c for c in text if not c.isspace())


@settings(deadline=None)  # no timing in tests: a busy machine is not a failure
@given(_text, st.sampled_from(["fr", "en", "de"]))
def test_typesetting_is_idempotent(text: str, lang: str) -> None:
    once = typeset(text, lang)
    assert typeset(once, lang) == once


@settings(deadline=None)
@given(_text, st.sampled_from(["fr", "en"]))
def test_typesetting_only_changes_spaces(text: str, lang: str) -> None:
    """Typesetting adds, removes or changes spaces; every visible character stays, in order."""
    out = typeset(text, lang)
    assert _visible(out) == _visible(clean(text))
    assert "\ue000" not in out
    assert "\ue001" not in out


@settings(deadline=None)
@given(st.text(max_size=80))
def test_any_text_comes_out_printable(text: str) -> None:
    for lang in ("fr", "en"):
        out = typeset(text, lang)
        assert unicodedata.is_normalized("NFC", out)
        assert not any(unicodedata.category(c) == "Cc" and c not in "\t\n\r" for c in out)


@settings(deadline=None)
@given(_text)
def test_french_puts_the_right_no_break_space_before_high_punctuation(text: str) -> None:
    out = typeset(text, "fr")
    for i, char in enumerate(out):
        if char in "?!;" and i > 0:
            assert out[i - 1] not in (" ", NBSP, "\u2009"), repr(out)
        if char == ":" and i > 0:
            assert out[i - 1] not in (" ", "\u2009"), repr(out)
            # The narrow space after an opening « is the guillemet's, not the colon's.
            assert out[i - 1] != NNBSP or out[i - 2 : i - 1] == "«", repr(out)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # German: „…“ whichever marks the author typed; no space before punctuation.
        ("de", 'Er sagt "Ja" heute', "Er sagt „Ja“ heute"),
        ("de", "Er sagt “Ja” heute", "Er sagt „Ja“ heute"),
        ("de", "Er sagt « Ja » heute", "Er sagt „Ja“ heute"),
        ("de", "Wirklich ? Ja !", "Wirklich? Ja!"),
        ("de", "„Schon richtig“", "„Schon richtig“"),
        # Italian: «…» with no space inside, whichever marks were typed.
        ("it", 'Dice "sì" oggi', "Dice «sì» oggi"),
        ("it", "Dice « sì » oggi", "Dice «sì» oggi"),
        ("it", "Dice „sì“ oggi", "Dice «sì» oggi"),
        ("it", "Davvero ? Sì !", "Davvero? Sì!"),
        # French rules only for French; English keeps its own quotes.
        ("fr", "« Oui »", f"«{N}Oui{N}»"),
        ("en", "He said “yes” today", "He said “yes” today"),
    ],
)
def test_each_language_has_its_quotes_and_spacing(lang: str, text: str, expected: str) -> None:
    assert typeset(text, lang) == expected
    assert typeset(expected, lang) == expected  # applying it again changes nothing


@pytest.mark.parametrize("lang", ["de", "it", "en"])
def test_no_french_spacing_outside_french(lang: str) -> None:
    out = typeset("Vraiment ? « Oui » : 50 % ; fin !", lang)
    assert NNBSP not in out
    assert " ?" not in out and " :" not in out and " ;" not in out and " !" not in out


def test_dimensions_use_the_multiplication_sign_and_no_break_spaces() -> None:
    """One way to write a size or a grid, in every output and message: 63 × 88 mm, 3 × 3."""
    from kitgen.typography import dimensions

    assert dimensions("63", "88", unit="mm") == f"63{N}×{N}88{B}mm"
    assert dimensions("63,5", "88,9", unit="mm") == f"63,5{N}×{N}88,9{B}mm"
    assert dimensions("3", "3") == f"3{N}×{N}3"
    for lang in ("fr", "en", "de", "it"):  # the typography of each language keeps it whole
        assert typeset(dimensions("63", "88", unit="mm"), lang) == f"63{N}×{N}88{B}mm"


def test_no_message_writes_a_size_with_an_x() -> None:
    """Sizes come from dimensions(): no catalogue message says "{w} x {h}" or "63 x 88"."""
    import re

    from kitgen.i18n.catalogs import DOMAINS, catalog_path, languages

    size_with_x = re.compile(r"(\d|\}) [xX] (\d|\{)")  # 70x70 is the --card syntax
    found = [
        f"{lang}/{domain}: {line.strip()}"
        for lang in languages()
        for domain in DOMAINS
        for line in catalog_path(lang, domain).read_text(encoding="utf-8").splitlines()
        if line.startswith(("msgid", "msgstr", '"')) and size_with_x.search(line)
    ]
    assert found == []
