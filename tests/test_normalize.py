from hypothesis import given
from hypothesis import strategies as st

from migextract.normalize import normalize_text


def test_folds_spaces_dashes_quotes_yo():
    text = "«Сальдо» — 4\u00a0108\u202fчел., −2,1%, ещё"
    assert normalize_text(text) == '"Сальдо" - 4 108 чел., -2,1%, еще'


@given(st.text())
def test_length_is_preserved(text):
    assert len(normalize_text(text)) == len(text)
