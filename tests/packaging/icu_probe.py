"""Print, as JSON, what Qt answers in every ICU-backed call, for test_icu_data.py.

Run as a script (``python icu_probe.py``), with or without ``LD_PRELOAD`` naming a
replacement ``libicudata.so.73``; the test compares the two outputs. The four kinds of
ICU call Qt Core makes are all exercised, in every locale Qt knows:

- collation (QCollator: ucol_*): a word list sorted, and sort keys compared;
- time-zone names (QTimeZone.displayName: ucal_*), long and short, standard and summer;
- converters (ucnv_*): HTML in every legacy encoding Qt lists, decoded through QMimeData;
- case mapping (QLocale.toUpper/toLower: u_strToUpper/u_strToLower).
"""

from __future__ import annotations

import functools
import json
import sys

from PySide6.QtCore import QCollator, QCoreApplication, QLocale, QMimeData, QStringConverter, QTimeZone

WORDS = ["cote", "côte", "coté", "côté", "Ångström", "zebra", "apple", "Äpfel", "chleba", "hrad", "ch",
         "ıslak", "İstanbul", "istanbul", "Zürich", "ß", "ss", "Ølberg", "ærø", "中文", "日本", "한국", "Ελλάδα",
         "Россия", "ירושלים", "القاهرة", "ไทย", "dž", "Dz", "lj", "ñu", "nu", "10", "9", "-a", "a b", "ab"]
ZONES = [b"Europe/Paris", b"America/New_York", b"Asia/Tokyo", b"Asia/Kolkata", b"Australia/Lord_Howe",
         b"Africa/Casablanca", b"America/Sao_Paulo", b"Pacific/Chatham", b"Europe/London", b"UTC"]
CASE_TEXT = "istanbul İSTANBUL ıi ß ΣΑΣ όσος ǅ ﬁ Ĳ ŉ i̇"
HTML_BYTES = bytes(range(0x20, 0x7F)) + bytes(range(0xA0, 0x100)) + "日本語テキスト".encode("utf-8")


def _locales() -> list[QLocale]:
    found = QLocale.matchingLocales(QLocale.Language.AnyLanguage, QLocale.Script.AnyScript,
                                    QLocale.Country.AnyTerritory)
    return sorted({loc.name(): loc for loc in found}.values(), key=QLocale.name)


def _icu_data_file() -> str:
    with open("/proc/self/maps", encoding="utf-8") as maps:
        paths = {line.split()[-1] for line in maps if "libicudata" in line}
    return ",".join(sorted(paths))


def main() -> None:
    QCoreApplication(sys.argv[:1])
    result: dict[str, object] = {}
    for loc in _locales():
        name = loc.name()
        collator = QCollator(loc)
        result[f"sort {name}"] = sorted(WORDS, key=functools.cmp_to_key(collator.compare))
        keys = [collator.sortKey(word) for word in WORDS]
        # Only the sign of a comparison is defined (as for strcmp): the magnitude changed with the process's
        # locale (LANG=C.UTF-8 or none) although the order did not (session 28).
        result[f"keys {name}"] = [(c > 0) - (c < 0) for c in (a.compare(b) for a, b in zip(keys, keys[1:]))]
        result[f"case {name}"] = [loc.toUpper(CASE_TEXT), loc.toLower(CASE_TEXT)]
        for zone_id in ZONES:
            zone = QTimeZone(zone_id)
            result[f"zone {name} {zone_id.decode()}"] = [
                zone.displayName(kind, style, loc)
                for kind in (QTimeZone.TimeType.StandardTime, QTimeZone.TimeType.DaylightTime)
                for style in (QTimeZone.NameType.LongName, QTimeZone.NameType.ShortName)
            ]
    codecs = QStringConverter.availableCodecs()
    for codec in codecs:
        mime = QMimeData()
        mime.setData("text/html", f'<meta charset="{codec}">'.encode("ascii") + HTML_BYTES)
        result[f"decode {codec}"] = mime.html()
    print(json.dumps({"icu": _icu_data_file(), "codecs": len(codecs), "locales": len(_locales()),
                      "answers": result}, ensure_ascii=False))


if __name__ == "__main__":
    main()
