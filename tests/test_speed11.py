"""The indexed indicator lookups (issue #5) answer as the linear scans over the definitions did,
ties included: the indicator defined first wins among equals."""

from migextract.indicators import Indicator, IndicatorIndex, lemma_key


def _indicator(id_: str, **fields) -> Indicator:
    base = dict(name=id_, units=("person",), phrases=(), verbs=frozenset(), verb_objects=())
    base.update(fields)
    return Indicator(id=id_, **base)


def _index() -> IndicatorIndex:
    return IndicatorIndex((
        _indicator("a", phrases=(("число", "мигрант"),), verbs=frozenset({"въехать"}),
                   context_phrases=(("расход",),), context_words=frozenset({"бюджет"})),
        _indicator("b", phrases=(("число", "мигрант"), ("мигрант",)),
                   verbs=frozenset({"въехать", "выехать"}),
                   verb_objects=(("получить", "гражданство"),),
                   context_phrases=(("расход",), ("расход", "на")),
                   context_words=frozenset({"образование"}),
                   modifier_phrases=(("за", "черта", "бедность"),)),
        _indicator("c", verb_objects=(("получить", "гражданство"),),
                   modifier_phrases=(("за", "черта"),)),
    ), neighbours=(("минимальный", "число"),))


def test_by_verb_first_defined_wins_and_object_before_verb():
    index = _index()
    assert index.by_verb("въехать").id == "a"
    assert index.by_verb("выехать").id == "b"
    assert index.by_verb("получить", "гражданство").id == "b"
    assert index.by_verb("въехать", "гражданство").id == "a"
    assert index.by_verb("получить") is None
    assert index.by_verb("жить", "") is None


def test_by_phrase_ties_longest_then_first_defined():
    index = _index()
    assert index.by_phrase(("число", "мигрант")).id == "a"
    assert index.by_phrase(("новый", "мигрант")).id == "b"
    assert index.by_phrase(("минимальный", "число", "мигрант")) is None


def test_by_phrase_modifier_longest_first_at_earliest_position():
    index = _index()
    assert index.by_phrase(("житель", "за", "черта", "бедность")).id == "b"
    assert index.by_phrase(("житель", "за", "черта", "город")).id == "c"


def test_by_context_phrase_order_of_trials():
    index = _index()
    asked: list[frozenset[str]] = []

    def nearby(words: frozenset[str]) -> bool:
        asked.append(words)
        return "бюджет" in words

    # both indicators open with "расход"; "b" also with the longer "расход на", tried first,
    # then the equally long ones in definition order: "a" before "b"
    assert index.by_context_phrase(("расход", "на"), nearby).id == "a"
    assert asked == [frozenset({"образование"}), frozenset({"бюджет"})]
    assert index.by_context_phrase(("расход", "население"), nearby) is None
    assert index.by_context_phrase((), nearby) is None


def test_lemma_key_is_remembered_and_unchanged():
    assert lemma_key("Численность мигрантов") == ("численность", "мигрант")
    assert lemma_key("Численность мигрантов") is lemma_key("Численность мигрантов")
