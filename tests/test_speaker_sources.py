"""Source finding: constructions in which news names the source of a figure, each on sentences
written for the test — data a source is said to give ("Такие данные приводит …"), the source
it cites ("со ссылкой на …"), the programme or paper that carried someone's words ("в эфире
программы …"), a document named with its adjectives ("говорится в опубликованном
исследовании"), and a quote introduced by a colon in the paragraph before it."""

from __future__ import annotations

import pytest

from migextract.pipeline import extract_text


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(f.span, f.context.speaker) for f in extract_text(text).facts]


@pytest.mark.parametrize(("text", "source"), [
    ("Инвестиции из Кипра составили $9,9 млрд. Такие данные приводит Государственная служба "
     "статистики Украины.", "Государственная служба статистики Украины"),
    ("Число безработных выросло на 12%. Эти данные опубликовал Евростат.", "Евростат"),
])
def test_data_a_source_is_said_to_give_are_its_own(text, source):
    """"Такие данные приводит X" names the source of the figures before it."""
    assert [s for _, s in _speakers(text)] == [source]


def test_the_source_cited_by_the_one_reporting_speaks():
    text = ("Продолжительность жизни выросла до 73 лет. Такие данные привела министр "
            "здравоохранения Анна Петрова со ссылкой на информацию Росстата.")
    assert [s for _, s in _speakers(text)] == ["Росстат"]


def test_a_reporter_citing_no_one_by_name_stays_the_source():
    text = "Добыча нефти выросла на 2%, сообщает Reuters со ссылкой на свои источники."
    assert [s for _, s in _speakers(text)] == ["Reuters"]


@pytest.mark.parametrize("text", [
    "В бюджете предусмотрено 61 млрд гривен, заявил в эфире программы «Радио Свобода» "
    "заместитель министра финансов Сергей Марченко.",
    "В бюджете предусмотрено 61 млрд гривен, заявил в интервью «Коммерсанту» заместитель "
    "министра финансов Сергей Марченко.",
])
def test_the_programme_or_paper_that_carried_the_words_is_no_speaker(text):
    assert [s for _, s in _speakers(text)] == ["Сергей Марченко"]


def test_a_document_named_with_adjectives_is_the_source_named_before():
    text = ("По информации Университета Брауна, США потратили на войны $4,8 трлн.\n"
            "Как говорится в опубликованном исследовании, расходы в Ираке составили $806 млн.")
    assert [s for _, s in _speakers(text)] == ["Университет Брауна"] * 2


def test_a_summary_named_after_its_figures_speaks_for_them():
    text = ("Индекс FTSE вырос на 0,2%, а индекс Nikkei — на 0,6%. Об этом говорится в сводке "
            "Reuters.")
    assert [s for _, s in _speakers(text)] == ["Reuters"] * 2


def test_an_outlet_that_read_a_document_is_not_its_source():
    text = ("Как говорится в докладе, с текстом которого ознакомился RT, расходы выросли на "
            "15%.")
    assert [s for _, s in _speakers(text)] == [None]


@pytest.mark.parametrize(("text", "source"), [
    ("Премьер-министр Иван Сидоров бьёт тревогу. На заседании правительства он заявил:\n"
     "«У нас 400 тыс. пенсионеров получают меньше прожиточного минимума».", "Иван Сидоров"),
    ("Профессор Анна Кузнецова пояснила RT:\n"
     "«За полгода продукты подорожали на 10%, а доходы сократились на треть».",
     "Анна Кузнецова"),
])
def test_a_quote_introduced_by_a_colon_is_the_introduced_speaker(text, source):
    assert {s for _, s in _speakers(text)} == {source}


def test_a_quote_after_a_colon_on_its_line_is_the_lead_ins_speaker():
    text = ("Вот как описывает положение в провинции профсоюзный активист Павел Смирнов: «Люди "
            "в районах получают в среднем по 300 рублей. А сегодня уборщицы получают 170 "
            "рублей».")
    assert {s for _, s in _speakers(text)} == {"Павел Смирнов"}


def test_a_colon_after_no_speech_verb_introduces_no_quote():
    text = "Вот что показывает таблица: «Рост на 5%» в первом квартале и падение потом."
    assert {s for _, s in _speakers(text)} == {None}


@pytest.mark.parametrize(("text", "source"), [
    ("Инфляция за месяц составила 0,8%.\nПо данным краевой избирательной комиссии, бывший "
     "глава поселка набрал 27,5% голосов.", "краевая избирательная комиссия"),
    ("Инфляция за месяц составила 0,8%.\nКак сообщила прокуратура Приморского края, долг по "
     "зарплате превысил 500 млн рублей.", "прокуратура Приморского края"),
])
def test_a_body_named_in_lower_case_after_a_marker(text, source):
    assert _speakers(text)[-1][1] == source


def test_data_credited_after_them_outrank_a_source_carried_on_to_them():
    text = ("Минтруд ожидает сокращения доходов на 4%. Но в регионах падение больше. Так, "
            "жители области сократили расходы на четверть. Такие данные сообщили вчера местные "
            "органы статистики.")
    assert [s for _, s in _speakers(text)] == ["Минтруд", "местные органы статистики"]


@pytest.mark.parametrize(("text", "source"), [
    ("В 2013 году Москва предоставила Киеву кредит под ставку 5%.", None),
    ("Ребёнку предоставили место в группе на 2 часа.", None),
    ("Такие данные RT предоставили в МВД: патентов выдано на 12% больше.", "МВД"),
])
def test_giving_is_a_source_marker_only_for_data(text, source):
    """"предоставил" marks a source when data were given ("данные RT предоставили в МВД"), not
    a loan or a place."""
    assert [s for _, s in _speakers(text)] == [source]


def test_a_short_name_in_brackets_stands_for_the_full_name_before_them():
    text = ("Такие данные приводит Государственная служба статистики Украины (Госстат).\n"
            "По данным Госстата Украины, доля российских инвестиций составляет 11,4%.")
    assert [s for _, s in _speakers(text)] == ["Государственная служба статистики Украины"]


def test_a_described_source_with_a_name_in_brackets_is_the_name():
    text = ("Как указывает национальное статистическое ведомство (Белстат), доходы снизились "
            "на 7,5%.")
    assert [s for _, s in _speakers(text)] == ["Белстат"]


def test_a_place_in_brackets_after_a_named_source_is_no_name_of_it():
    text = ("Вкладчики доверяют банкам на 23% реже, говорится в отчёте аналитического "
            "агентства Investitori SGR (Милан).")
    assert [s for _, s in _speakers(text)] != ["Милан"]
