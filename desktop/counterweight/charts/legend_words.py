"""The words a legend puts after the name of the option that comes first, written once for every legend.

The Sensitivity tab's legend (a label under the chart, :mod:`counterweight.ui.widgets.sensitivity_text`)
and the legend painted under a saved or copied picture of that chart
(:mod:`counterweight.charts.picture_legend`) both mark the top option in bold *and* say "(first)", or
"(tied first)" for each option sharing first place: bold alone is lost on a screen reader and often in
print (h28b). The words are translated under the context ``"SensitivityText"``, where they have always
been, so their translations stay as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

#: The legend kinds that stand for an option (see ``SensitivityChart.legend_entries``).
OPTION_KINDS = ("top", "option")


def first_place_words(kind: str, tied: bool) -> str:
    """``"(tied first)"`` for an option that shares first place, ``"(first)"`` for the top option, else ``""``.

    ``kind`` is the legend entry's kind (``"top"``, ``"option"``, ``"excluded"``...); ``tied`` whether the
    option is one of several sharing first place (then none of them is called the sole first).
    """
    if kind in OPTION_KINDS and tied:
        return QCoreApplication.translate("SensitivityText", "(tied first)")
    if kind == "top":
        return QCoreApplication.translate("SensitivityText", "(first)")
    return ""


__all__ = ["OPTION_KINDS", "first_place_words"]
