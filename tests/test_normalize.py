import pytest
from hypothesis import given
from hypothesis import strategies as st

from migextract.normalize import _FOLD, normalize_text
from migextract.pipeline import extract_document
from migextract.records import SourceRecord
from migextract.rules import load_rules


def test_folds_spaces_dashes_quotes_yo():
    text = "«Сальдо» — 4\u00a0108\u202fчел., −2,1%, ещё"
    assert normalize_text(text) == '"Сальдо" - 4 108 чел., -2,1%, еще'


@given(st.text())
def test_length_is_preserved(text):
    assert len(normalize_text(text)) == len(text)


def test_folds_are_one_character_each_and_never_folded_again():
    assert all(len(char) == len(plain) == 1 for char, plain in _FOLD.items())
    assert not set(_FOLD.values()) & set(_FOLD)


@given(st.text(alphabet=st.sampled_from(sorted(_FOLD) + list("аё -\"'"))))
def test_equals_one_translation(text):
    assert normalize_text(text) == text.translate(str.maketrans(_FOLD))


@pytest.mark.parametrize("text, expected", [
    # a dump whose escaped line breaks lost their backslash
    ("опубликован на портале.nУточняется, что", "опубликован на портале.\nУточняется, что"),
    ("приводитnТАССnзаявление", "приводит\nТАСС\nзаявление"),
    ("составил 5%.nВ январе", "составил 5%.\nВ январе"),
    # after a quote, a bracket or a Latin word, a run of them, after a comma in a list of names
    ('"хороший уровень".nПресненский суд', '"хороший уровень".\nПресненский суд'),
    ("в интервью ESPN.nПри этом", "в интервью ESPN.\nПри этом"),
    ("сообщил Данил Бусыгин.nnОн сравнил", "сообщил Данил Бусыгин.\n\nОн сравнил"),
    ("(Минфин РФ),nВячеслав", "(Минфин РФ),\nВячеслав"),
    # Latin words and addresses keep their n
    ("iPhone nano и Linux", "iPhone nano и Linux"),
    ("сайт news.nvidia.com", "сайт news.nvidia.com"),
    ("Пятиn", "Пятиn"),
])
def test_lost_line_breaks_are_restored(text, expected):
    assert normalize_text(text) == expected


def test_a_dump_with_lost_line_breaks_splits_its_paragraphs():
    text = "Число машин увеличено с пяти до шести.nУточняется, что указ подписан 3 марта."
    result = extract_document(SourceRecord("d", text, "d"), load_rules(None))
    assert result.n_sentences == 2
