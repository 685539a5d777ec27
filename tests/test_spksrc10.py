"""Speaker pass 10 (audit of Независимая газета, rt_ng dumps ng_0 and ng_1): an attribution
set between commas inside the sentence, a time adverb between a surname and its speech verb, an
attribution inside a quote whose speaker has a title with commas and an outlet in quotes, and a
representative no one named before, written as described. Sentences written for the test."""

from __future__ import annotations

import pytest

from migextract.pipeline import extract_text


def _speakers(text: str) -> list[str | None]:
    return [f.context.speaker for f in extract_text(text).facts]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Как результат, подчеркнул Бобров, при населении области в 2,5 млн человек паспортов "
     "выдали вдвое больше.", "Бобров"),
    ("В итоге, сообщил Росстат, безработица снизилась до 4,8%.", "Росстат"),
])
def test_an_attribution_between_commas_names_the_speaker(text, speaker):
    assert set(_speakers(text)) == {speaker}


def test_a_clause_between_commas_is_no_attribution():
    text = "В итоге, отметим, безработица в Москве снизилась до 4,8%."
    assert _speakers(text) == [None]


@pytest.mark.parametrize("adverb", ["вчера", "накануне", "также"])
def test_a_time_adverb_between_a_surname_and_its_verb(adverb):
    text = (f"Чернышенко {adverb} пояснил, что в бюджете было заложено около 82 млрд руб.")
    assert _speakers(text) == ["Чернышенко"]


def test_an_interjected_attribution_with_a_title_holding_commas_and_an_outlet():
    text = ("«Штаб нашел всего 12 нарушений, – заявил руководитель штаба, главный редактор "
            "«Эха Москвы» Алексей Венедиктов. – В обоих случаях человек опустил в урну два "
            "бюллетеня».")
    assert _speakers(text) == ["Алексей Венедиктов", "Алексей Венедиктов"]


def test_an_interjected_pronoun_with_a_clause_after_it_names_no_one_new():
    text = "«Цены выросли на 5%, – говорит он, добавляя, что рост замедлится. – Но 3% останутся»."
    assert _speakers(text) == [None, None]


def test_a_representative_no_one_named_before_is_written_as_described():
    text = "В 2013 году представитель госкомитета заявил, что число рождений сократилось на 4%."
    assert _speakers(text) == ["представитель госкомитета"]


def test_a_head_of_an_office_is_not_written_as_described():
    text = ("Министр финансов Антон Силуанов выступил в Думе. Глава ведомства заявил, что "
            "дефицит составит 2%.")
    assert _speakers(text) != ["глава ведомства"]


def test_a_long_name_inside_a_clause_source_is_not_cut_inside_a_word():
    text = ("Как уже писала «НГ», по данным Всероссийского научно-исследовательского института "
            "геологии и минеральных ресурсов Мирового океана, запасы выросли на 5 млрд тонн.")
    assert _speakers(text) == ["Всероссийский научно-исследовательский институт геологии и "
                               "минеральных ресурсов Мирового океана"]


def test_a_bracketed_source_opening_a_clause_speaks_for_its_clause_only():
    text = ("Президент говорил о продолжительности жизни до 80 лет, как в Японии, где люди живут "
            "в среднем 83 года (по данным Минздрава, продолжительность жизни россиян в 2017 году "
            "достигала 72,6 года). Японцы редко страдают от ожирения (не более 3% населения).")
    assert _speakers(text) == [None, None, "Минздрав", None]


def test_a_bracketed_source_after_its_figures_still_speaks_for_them():
    text = "Безработица составила 4,8% (по данным Росстата). Занятость выросла на 1%."
    assert _speakers(text) == ["Росстат", "Росстат"]


@pytest.mark.parametrize("text", [
    "Согласно последнему опросу ВЦИОМа, в выборах не собираются участвовать 5,5% россиян.",
    "По данным ВЦИОМа, зарплатой довольны 40% россиян.",
])
def test_an_abbreviation_with_a_case_ending_is_written_without_it(text):
    assert _speakers(text) == ["ВЦИОМ"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Один из лидеров партии Владимир Басманов, ныне находящийся в эмиграции, заявил «НГ», что "
     "в акции участвовали 300 человек.", "Владимир Басманов"),
    ("Главный экономист банка Евгений Гавриленков, оценивая подсчеты Росстата, как и аналитики "
     "другого банка, заметил, что рост ВВП составил 7,1%.", "Евгений Гавриленков"),
])
def test_a_participle_clause_between_a_name_and_its_verb(text, speaker):
    assert _speakers(text) == [speaker]


def test_a_clause_after_a_place_names_no_speaker():
    assert _speakers("В Москве, несмотря на кризис, считают, что рост составит 5%.") == [None]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Согласно расследованию Счетной палаты, ущерб составил 5 млрд руб.", "Счётная палата"),
    ("Согласно расследованию издания Observer, компания получила данные о 50 млн человек.",
     "Observer"),
])
def test_an_investigation_names_its_source(text, speaker):
    assert _speakers(text) == [speaker]
