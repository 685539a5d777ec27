"""Speaker pass 9 (audit of the ODS Meduza, RT and RIA dumps): an abbreviation in brackets
inside a name is dropped, a comma after "согласно заявлению" ends the source phrase, lower-case
ministry abbreviations ("минэкологии") are offices, the medium a pronoun writes in is not the
speaker, the outlet told in the dative ("«Медузе»") is not the speaker, and a surname alone is
the full name a sentence before gave. Sentences written for the test."""

from __future__ import annotations

import pytest

from migextract.pipeline import extract_text


def _speakers(text: str) -> list[str | None]:
    return [f.context.speaker for f in extract_text(text).facts]


def test_an_abbreviation_inside_a_name_is_dropped():
    text = ("По данным Федеральной таможенной службы (ФТС) РФ, импорт яблок в 2018 году "
            "составил 1,1 миллиона тонн.")
    assert _speakers(text) == ["Федеральная таможенная служба РФ"]


def test_a_bracket_at_the_end_is_still_dropped():
    text = ("По данным Всероссийского центра изучения общественного мнения (ВЦИОМ), "
            "зарплатой довольны 40% россиян.")
    assert _speakers(text) == ["Всероссийский центр изучения общественного мнения"]


@pytest.mark.parametrize("text", [
    "Согласно заявлению, Андрейченко грозит штраф до 10 тысяч рублей.",
    "Согласно заявлению, Иванову грозит штраф до 10 тысяч рублей.",
])
def test_the_name_after_the_comma_of_a_source_phrase_is_not_its_source(text):
    assert _speakers(text) == [None]


@pytest.mark.parametrize(("text", "speaker"), [
    ("По данным минэкологии Якутии на 9 августа, к тушению пожаров привлечено 639 человек.",
     "минэкологии Якутии"),
    ("По данным минтруда Якутии, безработица составила 5%.", "минтруд Якутии"),
])
def test_a_lower_case_ministry_abbreviation_is_a_source(text, speaker):
    assert _speakers(text) == [speaker]


def test_the_medium_a_pronoun_writes_in_is_not_the_speaker():
    text = ("Комментатор Джо Роган поддержал решение. На своей странице в Twitter он "
            "написал, что на 100% солидарен с мнением Уайта.")
    assert _speakers(text) != ["Twitter"]


def test_the_outlet_told_in_the_dative_is_not_the_speaker():
    text = ("Сотрудник ведомства отказался от комментариев. «Цены выросли на 5%», — "
            "рассказывает «Медузе» сотрудник иркутского министерства лесного комплекса.")
    assert _speakers(text) == ["сотрудник иркутского министерства лесного комплекса"]


def test_a_surname_alone_is_the_full_name_given_before():
    text = ("Здоровье экс-президента очень плохое, заявил журналист Алексей Венедиктов.\n"
            "\"Ну, ему 88. Последние два года — очень плохо\", — сказал Венедиктов.")
    assert _speakers(text) == ["Алексей Венедиктов", "Алексей Венедиктов"]


@pytest.mark.parametrize("text", [
    "Фонд \"Общественное мнение\" сообщил, что зарплатой довольны 40% россиян.",
    "Фонд «Общественное мнение» также сообщил, что зарплатой довольны 40% россиян.",
])
def test_a_closing_quote_may_end_the_name_before_the_verb(text):
    assert _speakers(text) == ["Фонд \"Общественное мнение\""]


def test_an_office_before_its_verb_is_a_rules_key():
    from migextract.rules import load_rules
    rules = load_rules()
    assert rules.context.subject_office is not None
    assert rules.context.subject_office.search("Пенсионный фонд России ").group("named")
    assert _speakers("Пенсионный фонд России сообщил, что пенсии выросли на 7%.") \
        == ["Пенсионный фонд России"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("По словам источника «Медузы» в иркутском правительстве, ущерб составил 90,9 миллиона "
     "рублей.", "источник \"Медузы\" в иркутском правительстве"),
    ("Рост составит 2%, сообщил собеседник RT в Минэкономики.", "собеседник RT в Минэкономики"),
    ("Как сообщил источник ТАСС в правительстве, ущерб составил 90 миллионов рублей.",
     "источник ТАСС в правительстве"),
])
def test_an_informant_described_by_where_they_work_is_written_as_described(text, speaker):
    assert _speakers(text) == [speaker]


def test_an_interlocutor_with_no_workplace_is_still_the_source_named_before():
    text = "Рост составит 2%, сообщил собеседник агентства."
    assert _speakers(text) == [None]


def test_a_described_informant_is_no_organization_for_vedomstvo():
    text = ("По словам источника «Медузы» в иркутском правительстве, ущерб составил 90,9 "
            "миллиона рублей. Ведомство сообщило, что направит в край 10 самолетов.")
    assert _speakers(text) == ["источник \"Медузы\" в иркутском правительстве", "ведомство"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("По данным Минприроды, пожары прошли 2 миллиона гектаров.", "Минприроды"),
    ("Рост составит 2%, сообщили в Минцифры.", "Минцифры"),
    ("По данным Минтруда, безработица составила 5%.", "Минтруд"),
])
def test_a_short_ministry_name_that_does_not_decline_is_written_as_it_is(text, speaker):
    assert _speakers(text) == [speaker]


def test_a_surname_in_another_case_is_the_full_name_given_before():
    text = ("По словам председателя исполкома Лидии Графовой, программа не работает. "
            "По словам Графовой, на нее потрачено около 400 млрд руб.")
    assert _speakers(text) == ["Лидия Графова"]


def test_an_office_is_not_taken_for_a_surname():
    text = ("Безработица выросла до 5%, сообщила пресс-служба Минтруда. "
            "Пособие получают 3 тыс. человек, сообщил Росстат.")
    assert _speakers(text) == ["пресс-служба Минтруда", "Росстат"]


def test_a_unit_after_the_verb_keeps_its_head_noun():
    text = ("Туристы застряли на пляже, сообщает ГУ МЧС РФ по Приморскому краю.\n"
            "\"На пляже находятся 18 человек\", - сообщает региональный главк МЧС.")
    assert _speakers(text) == ["главк МЧС"]
