"""Tests for the JSON exchange format (counterweight.services.exchange)."""

from __future__ import annotations

import json
import types
import typing
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from counterweight.domain import (
    AggregationMethod,
    Breakpoint,
    Criterion,
    CriterionPreference,
    Decision,
    Direction,
    Distribution,
    Elicitation,
    EvidenceRef,
    ExchangeFormatError,
    InvalidInputError,
    Level,
    MethodSettings,
    Normalization,
    NumericScale,
    Option,
    PairwiseJudgement,
    PreferenceFunction,
    PrometheeSettings,
    QualitativeScale,
    RedLine,
    RedLineAction,
    Score,
    TopsisSettings,
    UncertaintySettings,
    VikorSettings,
    WeightMethod,
    WeightRange,
    WeightUncertainty,
)
from counterweight.services import exchange, json_files

REPO = Path(__file__).resolve().parents[2]
SCHEMA_FILE = REPO / "docs" / "schema" / "counterweight-decision.schema.json"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

# --------------------------------------------------------------------------- strategies

IDS = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,15}", fullmatch=True)
_CHARS = st.one_of(
    st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3),  # Hangul syllables
    st.characters(min_codepoint=0x0400, max_codepoint=0x04FF),  # Cyrillic
    st.characters(exclude_categories=("Cs",)),  # anything else except lone surrogates
)
NAMES = st.text(alphabet=_CHARS, min_size=1, max_size=30).map(str.strip).filter(bool)
TEXTS = st.text(alphabet=_CHARS, max_size=60)
FLOATS = st.floats(min_value=-1e12, max_value=1e12)


@st.composite
def numeric_scales(draw: st.DrawFn) -> NumericScale:
    a, b = draw(FLOATS), draw(FLOATS)
    assume(a != b)
    lower, upper = sorted((a, b))
    breakpoints: list[Breakpoint] = []
    if draw(st.booleans()):
        inner = draw(st.lists(st.floats(min_value=lower, max_value=upper), max_size=3))
        xs = sorted({lower, upper, *inner})
        breakpoints = [Breakpoint(x=x, value=draw(st.floats(0, 100))) for x in xs]
    return NumericScale(lower=lower, upper=upper, breakpoints=breakpoints)


@st.composite
def qualitative_scales(draw: st.DrawFn) -> QualitativeScale:
    labels = draw(st.lists(NAMES, min_size=2, max_size=5, unique_by=str.casefold))
    return QualitativeScale(
        levels=[Level(label=lb, descriptor=draw(TEXTS), value=draw(st.floats(0, 100))) for lb in labels]
    )


@st.composite
def score_for(draw: st.DrawFn, option_id: str, criterion: Criterion) -> Score:
    evidence = [
        EvidenceRef(source=draw(NAMES), locator=draw(TEXTS), note=draw(TEXTS))
        for _ in range(draw(st.integers(0, 2)))
    ]
    common: dict[str, Any] = {
        "option_id": option_id,
        "criterion_id": criterion.id,
        "rationale": draw(TEXTS),
        "evidence": evidence,
        "distribution": draw(st.one_of(st.none(), st.sampled_from(list(Distribution)))),
    }
    scale = criterion.scale
    if isinstance(scale, QualitativeScale):
        level = draw(st.one_of(st.none(), st.sampled_from([lv.label for lv in scale.levels])))
        return Score(level=level, **common)
    assert isinstance(scale, NumericScale)
    value = draw(st.one_of(st.none(), st.floats(scale.lower, scale.upper)))
    low = high = None
    if value is not None and draw(st.booleans()):
        low = draw(st.floats(scale.lower, value))
        high = draw(st.floats(value, scale.upper))
    return Score(value=value, low=low, high=high, **common)


# Whole-minute offsets only: pydantic writes offsets as +HH:MM, so an offset with
# seconds (some historical zones) would not survive any JSON round trip.
_OFFSETS = st.integers(-14 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
TIMES = st.datetimes(timezones=st.one_of(st.none(), st.just(timezone.utc), _OFFSETS))


@st.composite
def elicitation_for(draw: st.DrawFn, node_id: str | None, ids: list[str]) -> Elicitation:
    """Judgements about ``ids`` (normally the node's children; any ids are accepted)."""
    rated = draw(st.lists(st.sampled_from(ids), unique=True)) if ids else []
    pairs = draw(st.lists(st.tuples(st.sampled_from(ids), st.sampled_from(ids)).filter(lambda p: p[0] != p[1]),
                          max_size=4)) if len(ids) > 1 else []
    return Elicitation(
        node_id=node_id,
        method=draw(st.sampled_from(list(WeightMethod))),
        ranks={i: draw(st.integers(1, 10)) for i in rated},
        swing_points={i: draw(st.floats(0, 100)) for i in rated if draw(st.booleans())},
        pairwise=[PairwiseJudgement(first=a, second=b, value=draw(st.floats(1 / 9, 9))) for a, b in pairs],
        ahp_priority=draw(st.sampled_from(["eigenvector", "geometric_mean"])),
        elicited_by=draw(st.text(alphabet=_CHARS, max_size=20)),
        elicited_at=draw(st.one_of(st.none(), TIMES)),
        note=draw(TEXTS),
    )


@st.composite
def red_line_for(draw: st.DrawFn, red_line_id: str, criterion: Criterion) -> RedLine:
    scale = criterion.scale
    common: dict[str, Any] = {
        "id": red_line_id,
        "criterion_id": criterion.id,
        "action": draw(st.sampled_from(list(RedLineAction))),
        "note": draw(TEXTS),
    }
    if isinstance(scale, QualitativeScale):
        return RedLine(level=draw(st.sampled_from([lv.label for lv in scale.levels])), **common)
    return RedLine(limit=draw(FLOATS), **common)


@st.composite
def preferences(draw: st.DrawFn) -> CriterionPreference:
    function = draw(st.sampled_from(list(PreferenceFunction)))
    q, p = sorted((draw(st.floats(0, 1e6)), draw(st.floats(0, 1e6))))
    assume(q < p)
    params = {"q": q, "p": p, "s": draw(st.floats(1e-6, 1e6))}
    return CriterionPreference(function=function, **{k: params[k] for k in function.parameters})


@st.composite
def method_settings(draw: st.DrawFn, leaf_ids: list[str]) -> MethodSettings:
    """Every setting drawn, with per-criterion parts keyed by some of the leaves."""
    some = st.lists(st.sampled_from(leaf_ids), unique=True) if leaf_ids else st.just([])
    ranges = {}
    for i in draw(some):
        low, high = sorted((draw(st.floats(0, 1)), draw(st.floats(0, 1))))
        ranges[i] = WeightRange(low=low, high=high)
    return MethodSettings(
        aggregation=draw(st.sampled_from(list(AggregationMethod))),
        normalization=draw(st.sampled_from(list(Normalization))),
        topsis=TopsisSettings(normalization=draw(st.sampled_from(["vector", "min_max"]))),
        promethee=PrometheeSettings(preferences={i: draw(preferences()) for i in draw(some)}),
        vikor=VikorSettings(v=draw(st.floats(0, 1))),
        uncertainty=UncertaintySettings(
            samples=draw(st.integers(100, 1_000_000)),
            seed=draw(st.integers(0, 2**32 - 1)),
            distribution=draw(st.sampled_from(list(Distribution))),
            weights=draw(st.sampled_from(list(WeightUncertainty))),
            weight_ranges=ranges,
            criteria_order=draw(st.permutations(draw(some))),
        ),
    )


@st.composite
def decisions(draw: st.DrawFn) -> Decision:
    """Random valid decisions: options, a two-level criteria tree, scores (with
    distributions), weight elicitations, red lines and method settings."""
    option_ids = draw(st.lists(IDS, max_size=4, unique=True))
    options = [Option(id=i, name=draw(NAMES), description=draw(TEXTS), source=draw(TEXTS)) for i in option_ids]
    crit_ids = draw(st.lists(IDS, max_size=7, unique=True))
    n_groups = draw(st.integers(0, len(crit_ids)))
    groups = [
        Criterion(id=i, name=draw(NAMES), description=draw(TEXTS), weight=draw(st.floats(0, 1e6)))
        for i in crit_ids[:n_groups]
    ]
    leaves = [
        Criterion(
            id=i,
            name=draw(NAMES),
            parent_id=draw(st.one_of(st.none(), st.sampled_from([g.id for g in groups]))) if groups else None,
            direction=draw(st.sampled_from(list(Direction))),
            unit=draw(st.text(alphabet=_CHARS, max_size=10)),
            scale=draw(st.one_of(numeric_scales(), qualitative_scales())),
            weight=draw(st.floats(0, 1e6)),
        )
        for i in crit_ids[n_groups:]
    ]
    criteria = draw(st.permutations([*groups, *leaves]))  # parents need not come first
    scores = [
        draw(score_for(o.id, c))
        for o in options
        for c in leaves
        if draw(st.booleans())
    ]
    nodes = draw(st.lists(st.sampled_from([None, *(g.id for g in groups)]), unique=True, max_size=3))
    elicitations = [
        draw(elicitation_for(node, [c.id for c in criteria if c.parent_id == node])) for node in nodes
    ]
    lined = draw(st.lists(st.sampled_from(leaves), max_size=4)) if leaves else []  # repeats allowed
    red_line_ids = draw(st.lists(IDS, min_size=len(lined), max_size=len(lined), unique=True))
    red_lines = [draw(red_line_for(i, c)) for i, c in zip(red_line_ids, lined)]
    return Decision(
        id=draw(IDS),
        title=draw(NAMES),
        description=draw(TEXTS),
        notice=draw(TEXTS),
        options=options,
        criteria=criteria,
        scores=scores,
        method=draw(method_settings([c.id for c in leaves])),
        elicitations=elicitations,
        red_lines=red_lines,
    )


# --------------------------------------------------------------------------- round trip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(decisions())
def test_round_trip_is_lossless(decision: Decision) -> None:
    text = exchange.dumps(decision)
    back = exchange.loads(text, source="random.json")
    assert back == decision
    assert back.model_dump() == decision.model_dump()
    assert exchange.dumps(back) == text  # stable: writing again gives identical text


def test_unicode_survives_file_round_trip(tmp_path: Path) -> None:
    d = Decision(
        id="uni",
        title="북한군 파병 대응",
        options=[Option(id="a", name="Эскалация"), Option(id="b", name="정보전")],
        criteria=[Criterion(id="c", name="Риск", scale=NumericScale(lower=0, upper=5))],
        scores=[Score(option_id="a", criterion_id="c", value=2.5, low=1, high=4, rationale="근거 (para 12)")],
    )
    path = tmp_path / "uni.json"
    exchange.write_file(path, d)
    raw = path.read_bytes()
    assert "북한군 파병 대응".encode() in raw  # stored as UTF-8, not \u escapes
    assert exchange.read_file(path) == d


def test_envelope_fields_and_key_order() -> None:
    d = Decision(id="x", title="X")
    stamp = datetime(2024, 11, 20, 9, 30, tzinfo=timezone.utc)
    text = exchange.dumps(d, exported_at=stamp, app_version="9.9.9")
    data = json.loads(text)
    assert list(data) == ["format", "format_version", "exported_at", "app_version", "decision"]
    assert data["format"] == "counterweight-decision" == exchange.FORMAT_NAME
    assert data["format_version"] == exchange.FORMAT_VERSION == 3
    env = exchange.loads_envelope(text)
    assert env.exported_at == stamp
    assert env.app_version == "9.9.9"
    assert env.decision == d
    assert text.endswith("\n") and text.startswith('{\n  "format"')  # indent=2


def test_read_file_accepts_byte_order_mark(tmp_path: Path) -> None:
    d = Decision(id="bom", title="Windows editor")
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + exchange.dumps(d).encode())
    assert exchange.read_file(path) == d


def _optional_fields_default_to_none(model: type[BaseModel], seen: set[type]) -> list[str]:
    bad: list[str] = []
    if model in seen:
        return bad
    seen.add(model)
    for name, field in model.model_fields.items():
        args = _flatten(field.annotation)
        if type(None) in args and (field.is_required() or field.default is not None):
            bad.append(f"{model.__name__}.{name}")
        for arg in args:
            if isinstance(arg, type) and issubclass(arg, BaseModel):
                bad += _optional_fields_default_to_none(arg, seen)
    return bad


def _flatten(tp: Any) -> list[Any]:
    origin = typing.get_origin(tp)
    if origin is None:
        return [tp]
    out: list[Any] = [origin] if not (origin is typing.Union or origin is types.UnionType) else []
    for a in typing.get_args(tp):
        out += _flatten(a)
    return out


def test_omitting_nulls_is_lossless_for_every_model() -> None:
    """dumps() leaves out null fields; that only works if null is always the default."""
    assert _optional_fields_default_to_none(Decision, set()) == []


# --------------------------------------------------------------------------- atomic write


def test_write_file_replaces_existing_file_and_leaves_no_temp(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "d.json"
    path.write_text("old content", encoding="utf-8")
    d = Decision(id="w", title="Written")
    exchange.write_file(path, d, app_version="1.2.3")
    assert exchange.read_envelope(path).app_version == "1.2.3"
    assert sorted(p.name for p in folder.iterdir()) == ["d.json"]


def test_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "d.json"
    path.write_text("old content", encoding="utf-8")

    def refuse(src: str, dst: str) -> None:
        raise PermissionError(13, "Permission denied", src)

    monkeypatch.setattr(json_files.os, "replace", refuse)
    with pytest.raises(ExchangeFormatError, match="d.json.*Permission denied") as err:
        exchange.write_file(path, Decision(id="w", title="Written"))
    # The error names the file asked for in ``where`` (the CLI and the GUI show it), never the temporary file.
    assert err.value.where == str(path)
    assert ".tmp" not in str(err.value)
    assert path.read_text(encoding="utf-8") == "old content"
    assert sorted(p.name for p in folder.iterdir()) == ["d.json"]


# --------------------------------------------------------------------------- bad input


def _good() -> dict[str, Any]:
    d = Decision(
        id="good",
        title="Good",
        options=[Option(id=f"o{i}", name=f"Option {i}") for i in (1, 2, 3)],
        criteria=[
            Criterion(id="risks", name="Risks"),
            Criterion(id="cost", name="Cost", parent_id="risks", scale=NumericScale(lower=0, upper=10)),
            Criterion(
                id="civ",
                name="Civilian risk",
                parent_id="risks",
                scale=QualitativeScale(levels=[Level(label="Low", value=100), Level(label="High", value=0)]),
            ),
        ],
        scores=[
            Score(option_id="o1", criterion_id="cost", value=3),
            Score(option_id="o2", criterion_id="civ", level="High"),
        ],
    )
    data: dict[str, Any] = json.loads(exchange.dumps(d))
    return data


def _error(data: Any, source: str = "bad.json") -> ExchangeFormatError:
    text = data if isinstance(data, str) else json.dumps(data)
    with pytest.raises(ExchangeFormatError) as info:
        exchange.loads(text, source=source)
    err = info.value
    assert isinstance(err, InvalidInputError)
    assert source in str(err), "the message must name the file"
    return err


def test_good_fixture_loads() -> None:
    assert exchange.loads(json.dumps(_good())).id == "good"


def test_invalid_json_gives_line_and_column() -> None:
    text = '{\n  "format": "counterweight-decision",\n  "format_version": 1,\n}\n'
    # The trailing comma on line 3 makes the parser fail at the "}" on line 4, column 1.
    err = _error(text)
    assert "not valid JSON" in err.message
    assert "line 4, column 1" in err.message


def test_wrong_format_is_named() -> None:
    data = _good()
    data["format"] = "something-else"
    assert "not a Counterweight decision file" in _error(data).message
    assert "not a Counterweight decision file" in _error([1, 2, 3]).message
    del data["format"]
    assert "not a Counterweight decision file" in _error(data).message


@pytest.mark.parametrize("version", [exchange.FORMAT_VERSION + 1, exchange.FORMAT_VERSION + 2, 99])
def test_newer_version_is_refused(version: int) -> None:
    data = _good()
    data["format_version"] = version
    msg = _error(data).message
    assert "written by a newer version" in msg
    assert f"file format {version}" in msg


def test_non_integer_version_is_refused() -> None:
    data = _good()
    data["format_version"] = "1"
    assert "format_version" in _error(data).message


def test_unknown_field_is_located() -> None:
    data = _good()
    data["decision"]["options"][1]["colour"] = "red"
    msg = _error(data).message
    assert "option 2 (Option 2) › colour" in msg  # the place names the option (QA h26c)
    assert "not a field" in msg


def test_unknown_envelope_field_is_named() -> None:
    data = _good()
    data["author"] = "someone"
    assert "author" in _error(data).message


def test_empty_name_is_located() -> None:
    data = _good()
    data["decision"]["options"][2]["name"] = "   "
    assert "option 3 › name: must not be empty" in _error(data).message


def test_non_numeric_value_is_located() -> None:
    data = _good()
    data["decision"]["scores"][0]["value"] = "high"
    msg = _error(data).message
    assert "score 1 (Option 1 × Cost) › value" in msg
    assert "must be a number" in msg


def test_out_of_scale_value() -> None:
    data = _good()
    data["decision"]["scores"][0]["value"] = 12
    msg = _error(data).message
    assert "Option 1" in msg and "Cost" in msg
    assert "outside the scale 0 to 10" in msg


def test_unknown_level() -> None:
    data = _good()
    data["decision"]["scores"][1]["level"] = "Medium"
    assert "'Medium' is not one of the levels" in _error(data).message


def test_duplicate_ids() -> None:
    data = _good()
    data["decision"]["options"][2]["id"] = "o1"
    assert "'o1' is used twice" in _error(data).message


def test_duplicate_json_key() -> None:
    text = json.dumps(_good()).replace('"title": "Good"', '"title": "Good", "title": "Other"')
    assert "'title' appears twice" in _error(text).message


def test_missing_decision_section() -> None:
    data = _good()
    del data["decision"]
    assert "no \"decision\" section" in _error(data).message


def test_not_a_number_is_refused() -> None:
    text = json.dumps(_good()).replace('"value": 3.0', '"value": NaN')
    assert "score 1 (Option 1 × Cost) › value" in _error(text).message


def test_a_pattern_is_explained_in_words_not_as_a_regular_expression() -> None:
    data = _good()
    data["decision"]["marking"] = "SECRET\nNOFORN"
    data["decision"]["options"][0]["id"] = "my option"
    err = _error(data)
    assert err.problems == [
        "marking: must be one line, without line breaks, tabs or other control characters",
        "option 1 (Option 1) › id: must be an ID of letters, digits, - _ . only (at most 64, starting with a letter or digit)",
    ]


def test_an_integer_too_long_to_read_is_a_clear_error() -> None:
    # Python refuses to turn more than 4,300 digits into an int (ValueError, not a JSON syntax error).
    text = json.dumps(_good()).replace('"format_version": 3', '"format_version": ' + "9" * 5000)
    err = _error(text)
    assert err.message == "bad.json: a number in the file is too long (more than 4,300 digits) to be read"


def test_several_problems_are_all_kept() -> None:
    data = _good()
    data["decision"]["options"][0]["name"] = ""
    data["decision"]["options"][1]["name"] = ""
    err = _error(data)
    assert len(err.problems) == 2
    assert "and 1 more problem" in err.message


def test_source_defaults_to_a_generic_label() -> None:
    with pytest.raises(ExchangeFormatError, match="^The decision data: is not valid JSON"):
        exchange.loads("{")


def test_read_file_errors_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(ExchangeFormatError, match="missing.json: could not be read"):
        exchange.read_file(tmp_path / "missing.json")
    latin = tmp_path / "latin1.json"
    latin.write_bytes('{"title": "Caf\u00e9"}'.encode("latin-1"))
    with pytest.raises(ExchangeFormatError, match="latin1.json: is not UTF-8"):
        exchange.read_file(latin)
    broken = tmp_path / "broken.json"
    broken.write_text("{\n  oops\n}", encoding="utf-8")
    with pytest.raises(ExchangeFormatError, match=r"broken.json: is not valid JSON.*line 2, column 3"):
        exchange.read_file(broken)
    cut = tmp_path / "cut.json"
    cut.write_text('{\n  "title": "half', encoding="utf-8")
    with pytest.raises(ExchangeFormatError) as info:
        exchange.read_file(cut)
    assert "unterminated string starting at line 2, column 12" in str(info.value)  # not "at at line"


# --------------------------------------------------------------------------- migrations


def _expected_v1_fixture() -> Decision:
    """The content of fixtures/v1_decision.json, built independently of the file."""
    levels = QualitativeScale(levels=[
        Level(label="Low", descriptor="Little public concern", value=100),
        Level(label="Medium", descriptor="Some public concern", value=50),
        Level(label="High", descriptor="Wide public concern", value=0),
    ])
    homes = NumericScale(lower=0, upper=200, breakpoints=[
        Breakpoint(x=0, value=0), Breakpoint(x=50, value=60), Breakpoint(x=200, value=100)])
    return Decision(
        id="flood-2024", title="Flood defence options", description="Which scheme to fund first",
        notice="Example data — format 1",
        options=[Option(id="wall", name="Sea wall", description="Raise the existing wall by 1 m"),
                 Option(id="marsh", name="Managed retreat", source="Coastal agency study, 2023")],
        criteria=[
            Criterion(id="impact", name="Impact", weight=2),
            Criterion(id="homes", name="Homes protected", parent_id="impact", unit="homes", weight=3, scale=homes),
            Criterion(id="concern", name="Public concern", parent_id="impact", scale=levels,
                      direction=Direction.LOWER_BETTER),
            Criterion(id="cost", name="Cost", unit="£m", scale=NumericScale(lower=0, upper=200),
                      direction=Direction.LOWER_BETTER),
        ],
        scores=[
            Score(option_id="wall", criterion_id="homes", value=120, low=100, high=150, rationale="Model run B",
                  evidence=[EvidenceRef(source="Survey 2023", locator="table 4")]),
            Score(option_id="wall", criterion_id="concern", level="Low"),
            Score(option_id="wall", criterion_id="cost", value=80, rationale="Tender estimate"),
            Score(option_id="marsh", criterion_id="homes", value=60),
            Score(option_id="marsh", criterion_id="concern", level="High", rationale="Relocation is contested"),
        ],
        method=MethodSettings(normalization=Normalization.MIN_MAX),
    )


def test_version_1_file_still_opens() -> None:
    """fixtures/v1_decision.json was written by the release that wrote format 1 (and
    whose method settings held only aggregation and normalization)."""
    path = FIXTURES / "v1_decision.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["format_version"] == 1
    assert set(raw["decision"]["method"]) == {"aggregation", "normalization"}
    assert "elicitations" not in raw["decision"] and "red_lines" not in raw["decision"]
    env = exchange.read_envelope(path)
    assert env.format_version == exchange.FORMAT_VERSION  # upgraded on reading
    assert env.exported_at == datetime(2024, 11, 20, 9, 30, tzinfo=timezone.utc)
    assert env.app_version == "0.1.0"
    d = env.decision
    assert d == _expected_v1_fixture()
    # the new parts take their defaults
    assert d.elicitations == [] and d.red_lines == []
    assert all(s.distribution is None for s in d.scores)
    assert d.method.vikor == VikorSettings() and d.method.uncertainty == UncertaintySettings()
    # and the file writes back as the current version
    assert json.loads(exchange.dumps(d))["format_version"] == exchange.FORMAT_VERSION


def test_version_1_to_2_keeps_the_decision_unchanged() -> None:
    data = _good()
    data["format_version"] = 1
    upgraded = exchange._MIGRATIONS[1](json.loads(json.dumps(data)))
    assert upgraded["format_version"] == 2
    assert upgraded["decision"] == data["decision"]
    assert exchange.loads(json.dumps(data)) == exchange.loads(json.dumps(_good()))


def test_old_version_is_migrated_forward(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fake version 0 stored the decision under "model"; its migration renames it."""

    def v0_to_v1(env: dict[str, Any]) -> dict[str, Any]:
        env["decision"] = env.pop("model")
        env["format_version"] = 1
        return env

    data = _good()
    data["model"] = data.pop("decision")
    data["format_version"] = 0
    assert "cannot read" in _error(data).message  # no migration registered
    monkeypatch.setitem(exchange._MIGRATIONS, 0, v0_to_v1)
    assert exchange.loads(json.dumps(data)).id == "good"


def test_migration_table_only_holds_older_versions() -> None:
    assert all(isinstance(v, int) and v < exchange.FORMAT_VERSION for v in exchange._MIGRATIONS)


# --------------------------------------------------------------------------- schema


def test_schema_describes_the_envelope() -> None:
    schema = exchange.json_schema()
    assert schema["title"] == "Counterweight decision file"
    assert schema["description"]
    assert set(schema["required"]) == {"format", "format_version", "decision"}
    assert schema["properties"]["format"]["const"] == exchange.FORMAT_NAME
    assert schema["properties"]["format_version"]["const"] == exchange.FORMAT_VERSION
    assert schema["additionalProperties"] is False
    assert {"Decision", "Option", "Criterion", "Score", "NumericScale", "QualitativeScale"} <= set(schema["$defs"])


def test_committed_schema_is_up_to_date() -> None:
    committed = SCHEMA_FILE.read_text(encoding="utf-8") if SCHEMA_FILE.exists() else ""
    assert committed == exchange.schema_text(), (
        "docs/schema/counterweight-decision.schema.json is stale. Regenerate it from the repository root with:\n"
        "  PYTHONPATH=desktop python -m counterweight.services.exchange "
        "docs/schema/counterweight-decision.schema.json"
    )


def test_write_schema(tmp_path: Path) -> None:
    out = tmp_path / "schema.json"
    assert exchange.main([str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == exchange.json_schema()
    assert exchange.main([]) == 2
