"""Subject and indicator patterns of Russian that recur across documents, one test per rule.

Every sentence here was written for the test; each pattern was seen in at least two dev
documents (docs/annotation.md §4)."""

from __future__ import annotations

import pytest

from migextract.pipeline import extract_text


def _read(text: str, span: str | None = None) -> tuple[str | None, str | None]:
    facts = extract_text(text).facts
    fact = next(f for f in facts if span is None or f.span == span)
    return fact.context.subject, fact.context.indicator


@pytest.mark.parametrize("text, indicator", [
    # a passive participle before the head qualifies it like an adjective
    ("Среднемесячная начисленная зарплата в области составила 41,2 тыс. рублей.",
     "wages.average_nominal"),
    ("Уровень регистрируемой безработицы снизился до 1,1%.", "labour.unemployment_rate"),
    # an active participle changes what is measured: lost revenue is not revenue
    ("Выпадающие доходы бюджета составят 300 млн рублей.", None),
    # a substantivized participle is the head of its own phrase
    ("Доля работающих, получающих минимальную зарплату, составила 12%.", None),
])
def test_passive_participle_before_the_head(text, indicator):
    assert _read(text)[1] == indicator


@pytest.mark.parametrize("text, span, indicator", [
    # a bare "доходы"/"расходы"/"дефицит" names the budget's when a budget is named nearby
    ("Дума утвердила бюджет края на 2025 год. Доходы составят 90 млрд рублей, расходы — "
     "95 млрд рублей.", "95 млрд рублей", "budget.spending"),
    ("Дума утвердила бюджет края на 2025 год. Доходы составят 90 млрд рублей, расходы — "
     "95 млрд рублей.", "90 млрд рублей", "budget.revenue"),
    ("Казна города пополнится, а дефицит сократится до 2 млрд рублей.", "2 млрд рублей",
     "budget.balance"),
    # a purpose after a preposition keeps the reading
    ("Бюджет области принят. Расходы на образование вырастут на 12%.", "12%",
     "budget.spending"),
    # no budget nearby, or a noun of its own after the head: not the budget's
    ("Доходы составят 90 млрд рублей.", "90 млрд рублей", None),
    ("Бюджет города принят. Расходы населения на связь выросли на 7%.", "7%", None),
    # a programme's planned spending is not the budget's
    ("Бюджет района принят. Планируемые объемы расходов программы составят 5 млн рублей.",
     "5 млн рублей", None),
])
def test_budget_nouns_near_a_budget(text, span, indicator):
    assert _read(text, span)[1] == indicator


@pytest.mark.parametrize("text, subject, indicator", [
    # people counted before "стать" are counted by the role they take (instrumental after it);
    # "стали" is read as the verb, not as the noun "сталь"
    ("В 2024 году более 50 тыс. жителей стали владельцами собственного жилья.",
     "владельцы собственного жилья", None),
    ("За год 300 студентов стали участниками программы обмена.",
     "участники программы обмена", None),
    ("В прошлом году 80 тыс. мигрантов стали обладателями российского паспорта.",
     "обладатели российского паспорта", "migration.citizenship"),
])
def test_role_taken_after_a_verb_of_becoming(text, subject, indicator):
    assert _read(text) == (subject, indicator)


@pytest.mark.parametrize("text, indicator", [
    # Russian citizenship or a Russian passport received: acquisition of citizenship
    ("В 2023 году российское гражданство получили 120 тыс. человек.", "migration.citizenship"),
    ("За полгода российский паспорт получили 40 тыс. иностранцев.", "migration.citizenship"),
])
def test_russian_citizenship_phrases(text, indicator):
    assert _read(text)[1] == indicator


@pytest.mark.parametrize("text, span, subject", [
    # a case ending hyphenated to a year belongs to the number, not to the subject
    ("В марте 2023-го пенсии в этом районе составляли в среднем 18 тыс. рублей.",
     "18 тыс. рублей", "пенсия в этом районе"),
    # a head read first as a genitive plural that can be a nominative singular is one
    ("Десяток апельсинов стоил на рынке 300 рублей.", "300 рублей", "цена десятка апельсинов"),
    # ... but a head that is not a genitive plural keeps its reading
    ("Выручка фирмы составила 9 млн рублей при чистой прибыли 2 млн рублей.", "2 млн рублей",
     "чистая прибыль"),
])
def test_number_endings_and_head_readings(text, span, subject):
    assert _read(text, span)[0] == subject


@pytest.mark.parametrize("text, span, subject", [
    # items listed after a price, named before a dash with no verb of their own, are prices
    ("На рынке литр молока стоит 80 рублей, сыр твердый — 900, сметана — 120.", "900",
     "цена сыра твёрдого"),
    ("На рынке литр молока стоит 80 рублей, сыр твердый — 900, сметана — 120.", "120",
     "цена сметаны"),
    ("Проезд стоил 40 рублей, а буханка хлеба — 35 рублей.", "35 рублей",
     "цена буханки хлеба"),
    # an item with its own verb, or one in the next sentence, is not a price
    ("Литр молока стоит 80 рублей, а пенсия составляет 20 тыс. рублей.", "20 тыс. рублей",
     "пенсия"),
    ("Литр молока стоит 80 рублей. Пенсия — 20 тыс. рублей.", "20 тыс. рублей", "пенсия"),
])
def test_items_of_a_price_list(text, span, subject):
    assert _read(text, span)[0] == subject


@pytest.mark.parametrize("text, span, subject", [
    # "этот показатель" refers to the measure named before it in its sentence
    ("В районе отмечен рост жилищного строительства — за год этот показатель увеличился на "
     "6%.", "6%", "жилищное строительство"),
    ("Сохраняется низкий уровень рождаемости: в 2022 году данный показатель составил 1,3.",
     "1,3", "низкий уровень рождаемости"),
    # with no such phrase before it, the subject of the figure before
    ("Сальдо миграции составило 900 человек. В 2023 году этот показатель снизился до 700 "
     "человек.", "700 человек", "сальдо миграции"),
])
def test_demonstrative_refers_to_the_measure_named_before(text, span, subject):
    assert _read(text, span)[0] == subject


@pytest.mark.parametrize("text, span, subject", [
    # a noun after "на" that follows another noun is its purpose: the figure is the first noun's
    ("В бюджете города крупнейшая статья — расходы на транспорт - 12 млрд рублей.",
     "12 млрд рублей", "расходы на транспорт"),
    ("Субсидия на ремонт жилья - 300 тыс. рублей.", "300 тыс. рублей",
     "субсидия на ремонт жилья"),
    # after a verb, "на" introduces the noun the figure is the value of
    ("Выпускники могут претендовать на стипендию до 20 тыс. рублей.", "до 20 тыс. рублей",
     "стипендия"),
])
def test_noun_with_its_purpose_before_a_dash(text, span, subject):
    assert _read(text, span)[0] == subject


@pytest.mark.parametrize("text, span, subject", [
    # a noun keeps its genitive and prepositional complements, on either side of the figure
    ("Финансирование программы развития региона выросло на 40 млрд рублей.", "40 млрд рублей",
     "финансирование программы развития региона"),
    ("В прошлом году в городе открыли 300 мест в детских садах.", "300 мест", "места в детских садах"),
    # a counted noun right after a noun is that noun's genitive object
    ("Стратегия предполагала создание 20 тыс. новых рабочих мест.", "20 тыс.",
     "создание новых рабочих мест"),
    ("Программа включает строительство 800 квартир в панельных домах.", "800 квартир",
     "строительство квартир в панельных домах"),
    # ... but not its place, its period, nor a second figure
    ("В прошлом году в городе открыли 300 мест в Казани.", "300 мест", "места"),
    ("Программа включает строительство 800 квартир в Казани.", "800 квартир",
     "строительство квартир"),
    ("Программа включает строительство 800 квартир в 2030 году.", "800 квартир",
     "строительство квартир"),
    ("Программа включает строительство 800 квартир и 12 школ.", "800 квартир",
     "строительство квартир"),
    # nor after a preposition: "на 1000 мест" is a capacity
    ("Программа включает строительство трех детсадов более чем на 1000 мест.",
     "более чем на 1000 мест", "места в детсадах"),
])
def test_noun_keeps_its_complements(text, span, subject):
    assert _read(text, span)[0] == subject


@pytest.mark.parametrize("text, span, subject", [
    # places, flats or beds counted after "на"/"под" following a noun: what that noun holds
    ("Летом сдадут два жилых дома на 240 квартир.", "240 квартир", "квартиры в жилых домах"),
    ("Под Казанью откроют областную больницу на 350 коек.", "350 коек",
     "койки в областной больнице"),
    ("Проект предусматривает перепланировку общежития под 40 комнат.", "40 комнат",
     "комнаты в общежитии"),
    # not after a change, a place, or a period
    ("Число мест выросло за год на 300 мест.", "300 мест", "число мест"),
    ("В Казани на 300 мест больше.", "300 мест", "места"),
])
def test_capacity_of_a_building(text, span, subject):
    assert _read(text, span)[0] == subject


@pytest.mark.parametrize("text, span, subject", [
    # the nominative phrase before an active transitive verb is its agent; the figure after
    # the verb is its object, and the object is what is measured
    ("Областные власти выдали 5 200 таких справок.", "5 200",
     "справки, выданные областной властью"),
    ("Министерство выделило школам 12 млн рублей на ремонт спортзалов.", "12 млн рублей",
     "средства, выделенные министерством на ремонт спортзалов"),
    ("Фонд перечислил городу 4 млн рублей.", "4 млн рублей", "средства, перечисленные фондом"),
    # an object named before the amount ("доходы на 5 млрд") is what is measured
    ("В этом году казна получит дополнительные доходы на 40 млрд рублей от продажи газа.",
     "40 млрд рублей", "дополнительные доходы"),
    # a measure before the verb is measured, not an agent
    ("Число выданных справок превысило 5 200.", "5 200", "число выданных справок"),
])
def test_agent_of_a_transitive_verb_is_not_measured(text, span, subject):
    assert _read(text, span)[0] == subject


@pytest.mark.parametrize("text, span, subject", [
    # heads counted near livestock are the herd, named after the count or in the sentences before
    ("В хозяйствах района содержится 12 тыс. голов крупного рогатого скота.", "12 тыс. голов",
     "поголовье крупного рогатого скота"),
    ("Район славится поголовьем овец. Сейчас здесь 8 тыс. голов.", "8 тыс. голов",
     "поголовье овец"),
    # goals stay goals
    ("Нападающий забил 6 голов.", "6 голов", "голы, забитые"),
    # a standard plural where pymorphy3 builds a rare one
    ("Беженцы живут в 14 лагере.", "14 лагере", "лагеря"),
])
def test_counted_noun_forms(text, span, subject):
    assert _read(text, span)[0] == subject


@pytest.mark.parametrize("text, span, subject", [
    # a change noun with a demonstrative measure: the measure named before
    ("Безработица составила 5,1%. Власти ожидают снижения этого показателя до 4,8%.", "4,8%",
     "безработица"),
    # a pronoun subject ends the counted phrase; a dative recipient takes no passive participle
    ("Выплату получают 900 семей, а 120 семьям она предоставлена разово.", "120 семьям",
     "семьи"),
    # a place noun with a genitive that names no place describes, and stays
    ("Около 70% средств уходят в приоритетные регионы переселения.", "Около 70%",
     "доля средств, уходивших в приоритетные регионы переселения"),
])
def test_phrase_edges(text, span, subject):
    assert _read(text, span)[0] == subject


@pytest.mark.parametrize("text, span, indicator", [
    # money set aside or allocated from a budget named nearby is budget spending
    ("Облдума приняла бюджет на 2026 год. На ремонт дорог выделено 2,4 млрд рублей.",
     "2,4 млрд рублей", "budget.spending"),
    ("Из областного бюджета на переселение направлено 300 млн рублей.", "300 млн рублей",
     "budget.spending"),
    ("Бюджет города утвержден. Объем финансирования составит 90 млн рублей.",
     "90 млн рублей", "budget.spending"),
    # ... but not without a budget in sight
    ("Фонд получил средства: на программу выделено 2 млн рублей.", "2 млн рублей", None),
    # prices near fuel words are fuel prices
    ("Бензин на АЗС края подорожал: розничные цены выросли на 7%.", "7%", "prices.fuel"),
    # synonyms of defined indicators
    ("Рост промышленности в регионе составил 3,2%.", "3,2%", "industry.output"),
    ("Доля работающих пенсионеров снизилась до 21%.", "21%", "labour.employment_rate"),
    ("Поток беженцев вырос до 40 тыс. человек.", "40 тыс. человек", "migration.refugees"),
    ("Зарплата в реальном выражении выросла на 2,5%.", "2,5%", "wages.real_growth"),
])
def test_indicator_synonyms(text, span, indicator):
    assert _read(text, span)[1] == indicator


@pytest.mark.parametrize("text, span, subject", [
    # poll shares: the verb before the group, with its complements before it
    ("За повышение налога высказались 23% опрошенных.", "23%",
     "доля опрошенных, высказавшихся за повышение налога"),
    # a restating bracket after the group does not end its clause
    ("Почти половина респондентов (48%) ответили, что не откладывают деньги.", "Почти половина",
     "доля респондентов, ответивших, что не откладывают деньги"),
    # the object of the verb before a percent of a group is not what is measured
    ("Отдали свой голос за медицину 33% опрошенных.", "33%",
     "доля опрошенных, отдавших свой голос за медицину"),
])
def test_poll_shares(text, span, subject):
    assert _read(text, span)[0] == subject


@pytest.mark.parametrize("text, span, subject", [
    # a verb before ", когда" belongs to another clause
    ("Вопрос обсуждается в условиях, когда 30% выпускников не находят работы.", "30%",
     "доля выпускников, не находящих работы"),
    # a percent of people with a flow verb is the share of those who did it
    ("Около 40% мужчин умирает в трудоспособном возрасте.", "Около 40%",
     "доля мужчин, умирающих в трудоспособном возрасте"),
])
def test_share_of_people_in_their_own_clause(text, span, subject):
    assert _read(text, span)[0] == subject


@pytest.mark.parametrize("text, span, subject", [
    # an elliptical list item takes the subject of the item before only when both measure the
    # same kind of thing: a length after a count is something else ...
    ("Построена школа на 400 мест, 17 км водопровода.", "17 км", "водопровод"),
    # ... while a share restates the amount before it
    ("Дефицит бюджета составит 590 млрд рублей, или 0,5% ВВП.", "0,5%", "дефицит бюджета"),
])
def test_list_items_of_another_kind(text, span, subject):
    assert _read(text, span)[0] == subject
