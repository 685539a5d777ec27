"""Speakers and sources: who a figure is attributed to, and the normal form of the name."""

from __future__ import annotations

import pytest

from migextract.entities import nominative_phrase, normal_form
from migextract.pipeline import extract_text


@pytest.mark.parametrize(("surface", "normal"), [
    ("Аскарбека Ертаева", "Аскарбек Ертаев"),   # genitive masculine, not the woman "Ертаева"
    ("Ерлан Мусабеков", "Ерлан Мусабеков"),     # already nominative
    ("Тамары Дуйсеновой", "Тамара Дуйсенова"),
    ("Владимиром Путиным", "Владимир Путин"),
    ("Степана Москвитина", "Степан Москвитин"),
])
def test_person_names_in_the_nominative(surface, normal, rules):
    assert normal_form(surface, "PER", rules.gazetteer) == normal


@pytest.mark.parametrize(("phrase", "normal"), [
    ("Всемирного банка", "Всемирный банк"),       # the adjective takes the noun's gender
    ("Турецкому Красному Полумесяцу", "Турецкий Красный Полумесяц"),
    ("Федеральной службы государственной статистики", "Федеральная служба государственной статистики"),
    ("Бюро национальной статистики", "Бюро национальной статистики"),
    ("2022 годом", "2022 год"),
    ("ГУ МВД России", "ГУ МВД России"),
])
def test_organization_phrases_in_the_nominative(phrase, normal):
    assert nominative_phrase(phrase) == normal


def test_an_organization_cut_by_ner_is_joined_again():
    text = ("По данным ГУ МВД России по Омской области, за девять месяцев 2023 года на учет "
            "поставлено 41 тыс. иностранных граждан.")
    assert extract_text(text).facts[0].context.speaker == "ГУ МВД России по Омской области"


def test_as_the_speaker_said():
    text = ('"В регионе не хватает строителей", - сказал министр Олег Сидоров. '
            "Как уточнил Сидоров, в 2024 году область пригласила 3,5 тыс. рабочих из-за рубежа.")
    fact = extract_text(text).facts[0]
    assert fact.span == "3,5 тыс. рабочих"
    assert fact.context.speaker == "Олег Сидоров"  # the surname completed from the quote


def test_speaker_words_are_read_in_context_by_ner():
    """The NER model reads only the attribution, with its verb: "Москвитин" alone is no name
    to it, "сказал Москвитин" is."""
    text = ('"В прошлом году на предприятия республики трудоустроены 420 выпускников", - '
            "сказал Москвитин.")
    assert extract_text(text).facts[0].context.speaker == "Москвитин"


def test_normal_forms_do_not_depend_on_the_hash_seed():
    """Ties between readings ("Валентину": Валентина or Валентин) are broken the same way in
    every process, or resumed runs would not match uninterrupted ones."""
    import os
    import subprocess
    import sys

    code = ("from migextract.entities import normal_form;from migextract.rules import load_rules;"
            "g=load_rules().gazetteer;"
            "print([normal_form(x,'PER',g) for x in ['Валентину Бианки','Саше Петренко']])")
    outputs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              check=True, env={**os.environ, "PYTHONHASHSEED": seed}).stdout
               for seed in ("1", "2", "3")}
    assert len(outputs) == 1


def _speakers(text: str) -> dict[str, tuple[str | None, tuple[str, ...]]]:
    return {f.span: (f.context.speaker, f.context.rules) for f in extract_text(text).facts}


def test_reported_speech_ending_in_an_attribution():
    text = ("Семь предприятий задолжали своим работникам 350 млн рублей, их банкротство "
            "длится уже восемь лет, добавил Игорь Саватеев.")
    assert _speakers(text)["350 млн рублей"][0] == "Игорь Саватеев"


def test_speaker_before_the_verb_of_reported_speech():
    text = ("На совещании с министром Антоном Котяковым губернатор Олег Кожемяко отметил, "
            "что за год в крае создано 12 тыс. рабочих мест.")
    assert _speakers(text)["12 тыс."][0] == "Олег Кожемяко"


def test_by_his_words_is_the_last_named_speaker_with_the_full_name():
    text = ('"Число прибывших выросло на 12%", - сообщил директор департамента Нурлан Абенов.\n'
            "По его словам, в 2023 году в область переехали 4,2 тыс. человек. Больше всего "
            "переселенцев, как уточнил Абенов, приняла Астана - 1,6 тыс.")
    speakers = _speakers(text)
    assert speakers["12%"][0] == "Нурлан Абенов"
    assert speakers["4,2 тыс. человек"][0] == "Нурлан Абенов"
    assert speakers["1,6 тыс."][0] == "Нурлан Абенов"  # the surname alone, completed


def test_a_person_speaks_for_the_rest_of_the_paragraph_only():
    """docs/annotation.md §6.2: a person's statement carries within its paragraph; an
    organization's data release goes on (tests/test_speaker_constructions.py)."""
    text = ("Как сообщил губернатор области Иван Петров, в 2023 году в регион прибыли "
            "18,4 тыс. человек. Выбыли 16,9 тыс. человек.\n"
            "Средняя зарплата в регионе в декабре составила 74 тыс. рублей.")
    speakers = _speakers(text)
    assert speakers["16,9 тыс. человек"][0] == "Иван Петров"
    assert "speaker.carried" in speakers["16,9 тыс. человек"][1]
    assert speakers["74 тыс. рублей"][0] is None


def test_the_lead_source_named_after_the_figures():
    text = ("ОМСК, 12 марта. /ТАСС/. Около 2,4 тыс. организаций Омской области заявили о "
            "сокращении 9 тыс. сотрудников. Об этом в среду сообщили в региональной службе "
            "занятости.")
    speaker, fired = _speakers(text)["Около 2,4 тыс. организаций"]
    assert speaker is not None and "занятости" in speaker
    assert "speaker.lead" in fired


def test_about_this_later_in_the_text_credits_its_paragraph():
    text = ("Первый абзац без источника: в городе открыли 3 новых школы.\n"
            "Второй абзац тоже без источника.\n"
            "В 2023 году область приняла 5,1 тыс. переселенцев. Об этом сообщил министр "
            "труда региона Андрей Сидоренко.")
    speakers = _speakers(text)
    assert speakers["5,1 тыс. переселенцев"] == ("Андрей Сидоренко",
                                                 speakers["5,1 тыс. переселенцев"][1])
    assert "speaker.back_reference" in speakers["5,1 тыс. переселенцев"][1]
    assert speakers["3"][0] is None


def test_the_agency_named_by_a_common_noun_is_the_last_organization():
    text = ("В 2023 году мигрантам оформили 86 тыс. патентов, сообщает ГУ МВД России по "
            "Свердловской области.\n"
            "По оценке ведомства, трудовых мигрантов в регионе не менее 120 тыс. человек.")
    assert _speakers(text)["не менее 120 тыс. человек"][0] == \
        "ГУ МВД России по Свердловской области"


def test_a_surname_before_the_speech_verb_is_the_speaker_named_before():
    text = ("Цены на отдых в регионе вырастут на 6-8%, сообщил председатель комитета по туризму "
            "Алексей Черняк.\n"
            "Черняк напомнил, что в 2018 году полуостров посетили 6,8 млн туристов.")
    speakers = _speakers(text)
    assert speakers["6,8 млн туристов"][0] == "Алексей Черняк"


def test_the_statistics_office_named_by_a_common_noun():
    text = ("Годовая инфляция в феврале составила 2,2%, сообщил Росстат.\n"
            "Напомним, по данным статоргана, по итогам 2017 года показатель составил 2,5%.")
    assert _speakers(text)["2,5%"][0] == "Росстат"


def test_data_published_by_an_organization_back_to_the_figures():
    text = ("В 2023 году число задержанных нелегальных мигрантов достигло 12 тыс. Об этом "
            "свидетельствуют данные полицейской статистики, опубликованные Министерством "
            "внутренних дел Австрии.")
    speaker, fired = _speakers(text)["12 тыс."]
    assert speaker is not None and "Министерство внутренних дел" in speaker
    assert "speaker.lead" in fired


def test_statistics_of_an_organization_speaks_for_its_paragraph():
    text = ("Соглашение не выполняется, о чем свидетельствует статистика Еврокомиссии. За два "
            "года ЕС принял почти 12,5 тыс. мигрантов.")
    assert _speakers(text)["почти 12,5 тыс. мигрантов"][0] == "Еврокомиссия"
