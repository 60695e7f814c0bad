"""Labels defined outside ``tr()`` calls, marked here so Qt's lupdate extracts them.

The domain layer holds no Qt, so the names of methods, normalisations and
preference functions (``AggregationMethod.label`` and friends) are plain strings,
and a few widgets keep their labels in module-level dictionaries. Widgets translate
them at run time with ``self.tr(label)``; lupdate only sees string literals inside
``tr``/``translate``/``QT_TRANSLATE_NOOP`` calls, so each label is listed below
under the context (class name) of every widget that translates it.
``tests/ui/test_translations.py`` checks this list stays complete.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

#: Aggregation method names (``AggregationMethod.label``).
AGGREGATION = (
    QT_TRANSLATE_NOOP("MethodSettingsDialog", "Weighted sum (additive value)"),
    QT_TRANSLATE_NOOP("MethodSettingsDialog", "Weighted product"),
    QT_TRANSLATE_NOOP("MethodSettingsDialog", "TOPSIS (closeness to ideal)"),
    QT_TRANSLATE_NOOP("MethodSettingsDialog", "PROMETHEE II (net flow)"),
    QT_TRANSLATE_NOOP("MethodSettingsDialog", "VIKOR (compromise)"),
    QT_TRANSLATE_NOOP("RankingPanel", "Weighted sum (additive value)"),
    QT_TRANSLATE_NOOP("RankingPanel", "Weighted product"),
    QT_TRANSLATE_NOOP("RankingPanel", "TOPSIS (closeness to ideal)"),
    QT_TRANSLATE_NOOP("RankingPanel", "PROMETHEE II (net flow)"),
    QT_TRANSLATE_NOOP("RankingPanel", "VIKOR (compromise)"),
)

#: Normalisation names (``Normalization.label``).
NORMALIZATION = (
    QT_TRANSLATE_NOOP("MethodSettingsDialog", "Value functions (scale bounds)"),
    QT_TRANSLATE_NOOP("MethodSettingsDialog", "Min-max across options"),
    QT_TRANSLATE_NOOP("MethodSettingsDialog", "Ratio to best (cost: min/x)"),
    QT_TRANSLATE_NOOP("MethodSettingsDialog", "Ratio to max (cost: 1 - x/max)"),
    QT_TRANSLATE_NOOP("MethodSettingsDialog", "Share of total"),
    QT_TRANSLATE_NOOP("MethodSettingsDialog", "Vector (Euclidean)"),
    QT_TRANSLATE_NOOP("RankingPanel", "Value functions (scale bounds)"),
    QT_TRANSLATE_NOOP("RankingPanel", "Min-max across options"),
    QT_TRANSLATE_NOOP("RankingPanel", "Ratio to best (cost: min/x)"),
    QT_TRANSLATE_NOOP("RankingPanel", "Ratio to max (cost: 1 - x/max)"),
    QT_TRANSLATE_NOOP("RankingPanel", "Share of total"),
    QT_TRANSLATE_NOOP("RankingPanel", "Vector (Euclidean)"),
)

#: PROMETHEE preference function names (``PreferenceFunction.label``).
PREFERENCE = (
    QT_TRANSLATE_NOOP("MethodSettingsDialog", "Type I – usual (no thresholds)"),
    QT_TRANSLATE_NOOP("MethodSettingsDialog", "Type II – U-shape (indifference q)"),
    QT_TRANSLATE_NOOP("MethodSettingsDialog", "Type III – V-shape (preference p)"),
    QT_TRANSLATE_NOOP("MethodSettingsDialog", "Type IV – level (q and p)"),
    QT_TRANSLATE_NOOP("MethodSettingsDialog", "Type V – V-shape with indifference (q and p)"),
    QT_TRANSLATE_NOOP("MethodSettingsDialog", "Type VI – Gaussian (s)"),
)

#: Score distributions and weight-uncertainty modes shown by the uncertainty panel.
UNCERTAINTY = (
    QT_TRANSLATE_NOOP("UncertaintyPanel", "Uniform"),
    QT_TRANSLATE_NOOP("UncertaintyPanel", "Triangular"),
    QT_TRANSLATE_NOOP("UncertaintyPanel", "PERT (beta)"),
    QT_TRANSLATE_NOOP("UncertaintyPanel", "uniform"),
    QT_TRANSLATE_NOOP("UncertaintyPanel", "triangular"),
    QT_TRANSLATE_NOOP("UncertaintyPanel", "As set (exact)"),
    QT_TRANSLATE_NOOP("UncertaintyPanel", "Within ranges"),
    QT_TRANSLATE_NOOP("UncertaintyPanel", "Order of importance only"),
    QT_TRANSLATE_NOOP("UncertaintyPanel", "Unknown (any weights)"),
    QT_TRANSLATE_NOOP("WeightUncertaintyEditor", "As set (exact)"),
    QT_TRANSLATE_NOOP("WeightUncertaintyEditor", "Within ranges"),
    QT_TRANSLATE_NOOP("WeightUncertaintyEditor", "Order of importance only"),
    QT_TRANSLATE_NOOP("WeightUncertaintyEditor", "Unknown (any weights)"),
    QT_TRANSLATE_NOOP("WeightUncertaintyEditor",
                      "The weights are taken as they are; only ranged scores vary."),
    QT_TRANSLATE_NOOP("WeightUncertaintyEditor", "Each criterion's overall weight varies within its range."),
    QT_TRANSLATE_NOOP("WeightUncertaintyEditor", "Any weights that keep the criteria's order of importance."),
    QT_TRANSLATE_NOOP("WeightUncertaintyEditor", "Every set of weights is equally likely."),
)
