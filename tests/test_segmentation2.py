"""Sentence and paragraph segmentation: abbreviations that do not end a sentence, line breaks
inside a sentence, editor's notes in brackets (sentences written for the tests)."""

from migextract.segment import split_sentences


def _sentences(text: str) -> list[tuple[int, str]]:
    out = []
    for s in split_sentences(text, []):
        assert text[s.start:s.end] == text[s.start:s.end].strip()  # spans index the text
        out.append((s.paragraph, text[s.start:s.end]))
    return out


def test_currency_abbreviation_before_a_bracket_goes_on():
    text = "Литр бензина подорожал на 3,10 грн. ($0,12) - до 27,40 грн. за литр. Дизель не менялся."
    assert [s for _, s in _sentences(text)] == [
        "Литр бензина подорожал на 3,10 грн. ($0,12) - до 27,40 грн. за литр.",
        "Дизель не менялся."]


def test_reference_abbreviation_before_a_number_goes_on():
    text = "Как видно из данных (табл. 2), рождаемость упала на 5%."
    assert [s for _, s in _sentences(text)] == [text]


def test_currency_and_its_country():
    text = "Баррель стоил 60 долл. США в среднем за год."
    assert [s for _, s in _sentences(text)] == [text]


def test_a_sentence_after_an_abbreviation_still_begins():
    text = "Статуя обойдется в 200 тыс. евро. (Похожие продаются дороже.) Торги прошли в мае."
    assert [s for _, s in _sentences(text)] == [
        "Статуя обойдется в 200 тыс. евро.", "(Похожие продаются дороже.)",
        "Торги прошли в мае."]


def test_points_then_a_capitalized_word_begin_a_new_sentence():
    text = "Ставка выше инфляции на 4 п.п. Такой разрыв держится год."
    assert [s for _, s in _sentences(text)] == [
        "Ставка выше инфляции на 4 п.п.", "Такой разрыв держится год."]


def test_points_then_a_lower_case_word_stay_in_the_sentence():
    text = "Доля выросла на 3 п.п. по сравнению с прошлым годом."
    assert [s for _, s in _sentences(text)] == [text]


def test_editors_note_in_brackets_does_not_end_the_sentence():
    text = 'Выручка (без учета налогов. - "НГ") выросла на 7%.'
    assert [s for _, s in _sentences(text)] == [text]


def test_editors_note_broken_over_lines():
    text = "Регулятор (Федеральная резервная система. - \nRT\n) поднял ставку до 2%.\nДальше."
    assert _sentences(text) == [
        (0, "Регулятор (Федеральная резервная система. - \nRT\n) поднял ставку до 2%."),
        (1, "Дальше.")]


def test_line_break_inside_a_sentence_is_rejoined():
    text = ("Рост цен\nСам регулятор \nна фоне роста экономики\nждет инфляции в 4% по итогам "
            "года.\nНовый абзац.")
    assert _sentences(text) == [
        (0, "Рост цен"),
        (1, "Сам регулятор \nна фоне роста экономики\nждет инфляции в 4% по итогам года."),
        (2, "Новый абзац.")]


def test_a_line_after_final_punctuation_or_capitalized_starts_a_paragraph():
    text = "Зарплаты выросли.\nпенсии тоже.\nЗаголовок\nТекст статьи."
    assert [p for p, _ in _sentences(text)] == [0, 1, 2, 3]


def test_latin_lower_case_line_is_not_joined():
    text = "Фермер отсудил 80 млн долларов\nthumb|Подпись к фото"
    assert [p for p, _ in _sentences(text)] == [0, 1]


def test_editors_note_with_its_dash_on_the_next_line():
    text = "Правительство выделило 40 млрд форинтов (около $140 млн. \n- RT\n) на забор. Дальше."
    assert _sentences(text) == [
        (0, "Правительство выделило 40 млрд форинтов (около $140 млн. \n- RT\n) на забор."),
        (0, "Дальше.")]


def test_a_line_opening_with_a_comma_goes_on():
    text = "Как писал ранее RT\n, компания просила снять ограничения."
    assert [p for p, _ in _sentences(text)] == [0]
