"""Context rules on short real-style Russian sentences: periods, places, relations, speakers."""

from __future__ import annotations

from datetime import date

import pytest

from migextract.boilerplate import find_boilerplate
from migextract.normalize import normalize_text
from migextract.periods import find_periods
from migextract.pipeline import extract_text
from migextract.places import find_places


@pytest.mark.parametrize("phrase, start, end", [
    ("в январе-сентябре 2017 года", date(2017, 1, 1), date(2017, 9, 30)),
    ("за 9 месяцев 2024 года", date(2024, 1, 1), date(2024, 9, 30)),
    ("в первом полугодии 2024 года", date(2024, 1, 1), date(2024, 6, 30)),
    ("в I квартале 2023 года", date(2023, 1, 1), date(2023, 3, 31)),
    ("за два месяца 2022 года", date(2022, 1, 1), date(2022, 2, 28)),
    ("на 1 января 2026 года", date(2026, 1, 1), date(2026, 1, 1)),
    ("в 2021 году", date(2021, 1, 1), date(2021, 12, 31)),
    ("на 31.12.2016", date(2016, 12, 31), date(2016, 12, 31)),
    ("по состоянию на конец декабря 2016 года", date(2016, 12, 31), date(2016, 12, 31)),
    ("в 2015-2020 годах", date(2015, 1, 1), date(2020, 12, 31)),
    ("в прошлом году", date(2023, 1, 1), date(2023, 12, 31)),
    ("во II квартале", date(2024, 4, 1), date(2024, 6, 30)),
    ("с января по сентябрь 2024 года", date(2024, 1, 1), date(2024, 9, 30)),
    ("с марта до мая прошлого года", date(2023, 3, 1), date(2023, 5, 31)),
])
def test_period_normalization(rules, phrase, start, end):
    mentions = find_periods(normalize_text(phrase), rules.periods, 0, 2024, None)
    assert mentions, phrase
    assert (mentions[-1].period_start, mentions[-1].period_end) == (start, end)


@pytest.mark.parametrize("phrase, name, code", [
    ("в Мангистаускую область", "Мангистауская область", "KZ-47"),
    ("в Нур-Султане", "Астана", "KZ-71"),
    ("из Южно-Казахстанской области", "Туркестанская область", "KZ-61"),
    ("в Красноярском крае", "Красноярский край", "RU-KYA"),
    ("жители Подмосковья", "Московская область", "RU-MOS"),
    ("в Уфе", "Уфа", None),
    ("из Кыргызстана", "Кыргызстан", "KG"),
])
def test_places_in_any_case(rules, phrase, name, code):
    mentions = find_places(normalize_text(phrase), rules.gazetteer)
    assert [(m.place.name, m.place.code) for m in mentions] == [(name, code)]


def test_period_carries_over_and_comparison_period(rules):
    text = ("В январе-марте 2023 года в республику прибыло 4,1 тыс. человек. "
            "Выбыло 3,2 тыс. человек (в январе-марте прошлого года – 4 тыс. 332).")
    facts = extract_text(text, date="2023-04-20", rules=rules).facts
    assert [f.span for f in facts] == ["4,1 тыс. человек", "3,2 тыс. человек", "4 тыс. 332"]
    q1 = (date(2023, 1, 1), date(2023, 3, 31))
    assert (facts[1].context.period_start, facts[1].context.period_end) == q1
    assert (facts[2].context.period_start, facts[2].context.period_end) == (
        date(2022, 1, 1), date(2022, 3, 31))
    assert facts[2].quantity.unit == "person" and facts[2].quantity.value == 4332


def test_parent_and_partner(rules):
    text = ("За 2023 год в Казахстан прибыло 17,6 тыс. человек, из них из стран СНГ – "
            "14,2 тыс. человек.")
    facts = extract_text(text, rules=rules).facts
    parent, child = facts
    assert child.parent_fact_id == parent.fact_id
    assert parent.context.place == "Казахстан" and parent.context.indicator == "migration.arrivals"
    assert child.context.partner == "СНГ"


def test_direction_and_source(rules):
    text = ("По данным Бюро национальной статистики, уровень безработицы снизился до 4,7%, "
            "а средняя заработная плата выросла на 12,4%.")
    facts = extract_text(text, rules=rules).facts
    assert [(f.span, f.quantity.qualifier) for f in facts] == [("4,7%", "exact"),
                                                               ("12,4%", "exact")]
    assert facts[0].context.indicator == "labour.unemployment_rate"
    assert facts[0].context.direction == "decrease" and facts[1].context.direction == "increase"
    assert facts[1].context.indicator == "wages.average_nominal"
    assert all(f.context.speaker == "Бюро национальной статистики" for f in facts)


def test_boilerplate_markers(rules):
    text = "back to top\nСтатья: прибыло 5 человек.\nЧитайте также:\nВыбыло 7 человек."
    dropped = find_boilerplate(normalize_text(text), rules.boilerplate)
    assert [d.marker for d in dropped] == ["bp.back_to_top", "bp.read_also"]
    facts = extract_text(text, rules=rules).facts
    assert [f.span for f in facts] == ["5 человек"]


def test_link_to_another_article_inside_the_text(rules):
    # a headline and a teaser ending in "..." after "Также по теме"; the article goes on after it
    text = ("В регионе прибыло 5 тыс. человек.\n"
            " Также по теме \n"
            " Соседи отчитались: выбыло 40% жителей \n"
            " Власти соседней области сообщили, что за год выбыло 7 тыс. человек, а... \n"
            "Из них 300 человек вернулись.")
    dropped = find_boilerplate(normalize_text(text), rules.boilerplate)
    assert [d.marker for d in dropped] == ["bp.related_link"]
    facts = extract_text(text, rules=rules).facts
    assert [f.span for f in facts] == ["5 тыс. человек", "300 человек"]


def test_a_source_does_not_carry_across_a_dropped_link(rules):
    # the dropped headline and teaser keep their place: the paragraph after the link is not
    # the one right after the source's paragraph
    text = ("Власти подвели итоги года.\nВ регионе открыли новые предприятия.\nЗарплаты выросли.\n"
            "Уровень безработицы составил 5,8%. Об этом говорится в данных ведомства «Белстат» "
            "по итогам обследования.\n"
            " Также по теме \n Кто протестует против налога \n"
            " В выходные в городах прошли акции несогласных. Как и во время предыдущих... \n"
            "Пособие по безработице составляет 10 долларов в месяц.")
    facts = extract_text(text, rules=rules).facts
    assert [f.span for f in facts] == ["5,8%", "10 долларов"]
    assert facts[0].context.speaker is not None and facts[1].context.speaker is None


def test_link_block_ends_at_a_line_that_is_not_a_teaser(rules):
    text = ("Также по теме\nКак вы оцениваете решение властей?\n"
            "Около 30% читателей одобряют его.")
    facts = extract_text(text, rules=rules).facts
    assert [f.span for f in facts] == ["Около 30%"]


def test_headlines_glued_to_on_this_topic(rules):
    text = ("Дорогу построят за 2 млрд рублей.\n"
            "На эту темуНа ремонт мостов выделят 500 млн рублейВ городе откроют 3 школы\n"
            "Строительство начнется весной, работы займут 14 месяцев.")
    facts = extract_text(text, rules=rules).facts
    assert [f.span for f in facts] == ["2 млрд рублей", "14 месяцев"]


def test_player_hint_is_dropped(rules):
    text = ("При просмотре панорамного видео 360 на смартфоне двигайте устройство.\n"
            "В съемках участвовали 12 операторов.")
    facts = extract_text(text, rules=rules).facts
    assert [f.span for f in facts] == ["12 операторов"]


@pytest.mark.parametrize("text, place", [
    # "РК" is Республика Коми here: nothing in the text confirms Kazakhstan
    ("В ГУЗ РК «Койгородская ЦРБ» работают 12 фельдшерско-акушерских пунктов.", None),
    ("По данным Бюро национальной статистики РК, в Алматы прибыло 5 тыс. человек.", "Алматы"),
    ("Сальдо миграции в РК составило 3 тыс. человек. Из Казахстана выехало 7 тыс. человек.",
     "Казахстан"),
])
def test_weak_alias_counts_only_when_the_document_confirms_it(text, place):
    facts = extract_text(text).facts
    assert facts[0].context.place == place


def test_hyphenated_place_names_keep_their_capitals():
    facts = extract_text("Ранее компания в Сан-Франциско выплатила $78 млн.").facts
    assert facts[0].context.place == "Сан-Франциско"


def test_onset_is_not_the_period_of_a_figure_and_ends_the_carried_one():
    text = ("В 2023 году в страну прибыло 14 тыс. человек. "
            "С 2025 года квота на привлечение иностранной рабочей силы составит 30 тыс. человек. "
            "По сравнению с 2022 годом сальдо миграции выросло на 5%.")
    first, quota, growth = extract_text(text).facts
    assert first.context.period_start == date(2023, 1, 1)
    assert quota.context.period_start is None and quota.context.period_end is None
    assert growth.context.period_start is None
    assert growth.context.comparison and "2022" in growth.context.comparison


@pytest.mark.parametrize("text, subjects", [
    # a sentence adverbial is not the head of the noun after it
    ("В итоге положительное сальдо межрегиональной миграции сложилось в Астане "
     "(+41,2 тыс. человек).", ["сальдо межрегиональной миграции"]),
    # a relative clause between the subject and its verb
    ("Общая дистанция, которую он обязался преодолеть, составляла 2,5 км.", ["общая дистанция"]),
    # a ranking adjective is dropped, and the bare head takes the fuller earlier phrase
    ("Миграционный прирост составил 131,2 тыс. человек. Наибольший прирост обеспечил обмен "
     "с Таджикистаном – 58,4 тыс. человек.", ["миграционный прирост", "миграционный прирост"]),
    # items with their own counted noun are not elliptical repeats of the first
    ("В текущем сезоне нападающий провел 17 матчей, забив 6 голов.",
     ["матчи, проведённые", "голы, забитые"]),
])
def test_subject_rules(text, subjects):
    assert [f.context.subject for f in extract_text(text).facts] == subjects


def test_dateline_date_is_not_a_period():
    text = ("САНКТ-ПЕТЕРБУРГ, 22 февраля. /ТАСС/. Власти города откроют четыре центра набора "
            "трудовых мигрантов, сообщила в пятницу пресс-служба городского Центра трудовых "
            "ресурсов.")
    fact = extract_text(text).facts[0]
    assert fact.context.period_start is None
    assert fact.context.speaker == "пресс-служба городского Центра трудовых ресурсов"


def test_source_office_in_lower_case():
    fact = extract_text("В Казахстан прибыло 14 тыс. человек, сообщили в министерстве труда.").facts[0]
    assert fact.context.speaker == "министерство труда"


def test_event_date_holds_for_its_sentence_only():
    text = ("15 июля 2016 года в стране задержали 2 тыс. человек. "
            "Лагеря для беженцев приняли более 230 тыс. сирийцев.")
    first, second = extract_text(text).facts
    assert first.context.period_start == date(2016, 7, 15)
    assert second.context.period_start is None


def test_regional_news_is_about_the_region_not_the_country():
    text = ("МОСКВА, 13 февраля. /ТАСС/. Более 60 тыс. рабочих мест появилось в Ульяновской "
            "области с 2004 года, сообщил глава региона на заседании Совета Федерации РФ. "
            "Уровень безработицы снизился до 0,4%. Регион стал одним из лидеров РФ по притоку "
            "инвестиций, в Ульяновской области построено 30 заводов, сообщили в правительстве РФ.")
    result = extract_text(text)
    assert result.country == "Ульяновская область"
    assert result.facts[1].context.place == "Ульяновская область"


def test_indicator_phrase_must_stand_at_the_head():
    text = ("Задолженность по заработной плате составляет 560 млн рублей. "
            "Число трудовых патентов, выданных за квартал, составило 12 тыс.")
    debt, patents = extract_text(text).facts
    assert debt.context.indicator is None
    assert patents.context.indicator == "migration.work_permits"


def test_change_noun_alone_means_the_change_of_the_subject_before():
    text = "Задолженность по заработной плате составляет 560 млн рублей, рост составил почти 10%."
    _debt, growth = extract_text(text).facts
    assert growth.context.subject == "задолженность по заработной плате"
    assert growth.context.direction == "increase"


@pytest.mark.parametrize("text, subject", [
    ("63% американцев полагают, что мигранты способствуют росту экономики.",
     "доля американцев, полагающих, что мигранты способствуют росту экономики"),
    ("При этом 54% опрошенных заявили, что страна больше не может принять беженцев.",
     "доля опрошенных, заявивших, что страна больше не может принять беженцев"),
])
def test_percent_of_a_group_is_its_share(text, subject):
    assert extract_text(text).facts[0].context.subject == subject
