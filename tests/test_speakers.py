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
    assert fact.context.speaker == "Сидоров"


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
