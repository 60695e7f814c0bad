"""A list of names in a sentence is quoted name by name, so the window can quote each as its language does."""

from __future__ import annotations

import sys

import pytest

from counterweight.engine.phrase import Phrase, quoted_names


@pytest.mark.parametrize("names, english", [
    ([], ""), (["A"], "'A'"), (["A", "B"], "'A', 'B'"), (["A", "B", "C"], "'A', 'B', 'C'"),
    (["Cost {x}", "it's"], "'Cost {x}', 'it's'"),
])
def test_the_english_reads_as_the_joined_string_did(names: list[str], english: str) -> None:
    assert quoted_names(names) == english


def test_each_name_is_its_own_phrase_and_a_long_list_nests_shallowly() -> None:
    names = [f"option {k}" for k in range(1000)]
    text = quoted_names(names)
    assert text == ", ".join(f"'{n}'" for n in names)
    depth, todo = 0, [(text, 1)]
    leaves = []
    while todo:
        p, d = todo.pop()
        depth = max(depth, d)
        assert isinstance(p, Phrase)
        if p.template == "'{name}'":
            leaves.append(p.args["name"])
        else:
            assert p.template == "{first}, {rest}"
            todo += [(p.args["first"], d + 1), (p.args["rest"], d + 1)]
    assert sorted(leaves) == sorted(names) and depth <= 12 < sys.getrecursionlimit()


@pytest.mark.qt
def test_the_french_window_quotes_each_name_in_guillemets(qapp) -> None:
    from PySide6.QtCore import QLocale

    from counterweight.ui.engine_text import engine_text
    from counterweight.ui.i18n import install_translators

    translators = install_translators(qapp, QLocale("fr"))
    try:
        assert engine_text(quoted_names(["Coût", "Risque"])) == "« Coût », « Risque »"
    finally:
        for t in translators:
            qapp.removeTranslator(t)
