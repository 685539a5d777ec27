from hypothesis import given
from hypothesis import strategies as st

from migextract.normalize import _FOLD, normalize_text


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
