"""Subjects: the noun phrase a figure is predicated of, with what modifies it.

Each case is a sentence written for this test on a pattern seen in press releases, with the
subject expected for its first figure (or for the figure whose span is given)."""

from __future__ import annotations

import pytest

from migextract.pipeline import extract_text

from .conftest import subject_of as _subject


@pytest.mark.parametrize("text, subject", [
    # a participial phrase after the head belongs to the subject, whether the figure
    # follows it directly ...
    ("Общая площадь пастбищ, переданных фермерам в аренду 120 га.",
     "общая площадь пастбищ, переданных фермерам в аренду"),
    # ... or a verb does, with the phrase closed by a comma
    ("Доля выпускников, получивших диплом с отличием, составила 12% от общего числа.",
     "доля выпускников, получивших диплом с отличием"),
    # a place and a period between the closing comma and the verb are skipped
    ("Число иностранцев, задержанных за нарушение правил въезда, в Омске в 2023 году "
     "выросло на 14%.", "число иностранцев, задержанных за нарушение правил въезда"),
    # a postposed adjective with its complement
    ("Общее число обращений, связанных с выплатой пособий, сократилось на 8%.",
     "общее число обращений, связанных с выплатой пособий"),
])
def test_participial_phrase_after_the_head(text, subject):
    assert _subject(text) == subject



@pytest.mark.parametrize("text, subject", [
    # what the clause says of the group comes with it, as a participle, up to a clause of its own
    ("Около 40% студентов считают, что стипендия слишком мала, поскольку цены растут.",
     "доля студентов, считающих, что стипендия слишком мала"),
    # a one-word aside between the group and its verb; a quotation kept whole
    ("28% водителей, напротив, поддержали лозунг «Дороги — для всех».",
     "доля водителей, поддержавших лозунг \"Дороги - для всех\""),
    # the verb before the figure; a singular group; negation and adverbs stay with the verb
    ("В районе не имеют доступа к интернету почти 15% населения.",
     "доля населения, не имеющего доступа к интернету"),
    # a determiner is not the group
    ("Сегодня 12% всех пенсионеров продолжают работать.", "доля пенсионеров, продолжающих работать"),
    # a bare percent as the subject of a verb: the share of those who do it
    ("Остальные 35%, наоборот, отмечают рост доходов семьи.", "доля отмечающих рост доходов семьи"),
    # a copula says nothing of the group
    ("Около 52% жителей являются пенсионерами.", "доля жителей"),
])
def test_share_of_a_group_with_what_is_said_of_it(text, subject):
    assert _subject(text) == subject


@pytest.mark.parametrize("text, subject", [
    # a counted noun keeps its adjectives and attributes, in the nominative plural
    ("Власти объявили о строительстве трех центров по подготовке водителей в Казани.",
     "центры по подготовке водителей"),
    ("В регионе работают 45 приоритетных проектов для развития туризма.",
     "приоритетные проекты для развития туризма"),
    # the counted word read as an adjective of the noun after it
    ("Более 5 тыс. новых рабочих мест для выпускников.", "новые рабочие места для выпускников"),
    # a time phrase or a noun in another case ends the phrase
    ("О сокращении 300 сотрудников в ближайшее время объявили два банка.", "сотрудники"),
])
def test_counted_noun_phrase(text, subject):
    assert _subject(text) == subject


@pytest.mark.parametrize("text, subject", [
    # the counted things as the subject of their clause's verb, after or before the figure
    ("Около 300 компаний заявили о переходе на удаленную работу.",
     "компании, заявившие о переходе на удаленную работу"),
    ("За прошлый месяц зарплату не получили 2,4 тыс. врачей.",
     "врачи, не получившие зарплату"),  # the time noun is no complement
    # ... and as the object of a transitive verb, with its agent
    ("Музей также получил 800 писем.", "письма, полученные музеем"),
    ("В регионе удалось открыть 12 новых школ.", "новые школы, открытые"),
    # no verb relation through a preposition, nor with a verb that states the figure
    ("Власти договорились с 20 предприятиями.", "предприятия"),
    ("О сокращении 300 сотрудников объявили два банка.", "сотрудники"),
])
def test_counted_things_with_what_their_clause_says(text, subject):
    assert _subject(text) == subject


LIST = ('В прошлом году трудоустроено по специальностям "сварщик" - 52 человека (18,4% от '
        'общего числа трудоустроенных), "водитель" - 30 человек (10,6%).')


@pytest.mark.parametrize("text, span, subject", [
    # a percent of a stated whole is a share of it, even beside a flow verb ...
    (LIST, "18,4%", "доля от общего числа трудоустроенных"),
    # ... and an elliptical percent repeats the percent before it, not the count between
    (LIST, "10,6%", "доля от общего числа трудоустроенных"),
    # a determiner of the whole is dropped; a verb with no subject of its own gives way
    ("В горных районах проживает 12,5% от всего населения.", "12,5%", "доля от населения"),
])
def test_percent_of_a_stated_whole(text, span, subject):
    assert _subject(text, span) == subject


@pytest.mark.parametrize("text, subject", [
    # a transitive verb of change: what it changes is measured, not who changes it
    ("Банк России повысил ключевую ставку до 16%.", "ключевая ставка"),
    ("Правительство сократит пошлину на 5%.", "пошлина"),
    # an inverted clause: the subject after its verb, agreeing with it
    ("Почти на 12% выросла рождаемость.", "рождаемость"),
    # a noun after the verb that does not agree with it is its object, not its subject
    ("Лишь 31% горожан положительно оценили работу транспорта.",
     "доля горожан, положительно оценивших работу транспорта"),
])
def test_subject_around_a_verb(text, subject):
    assert _subject(text) == subject


@pytest.mark.parametrize("text, subject", [
    # a passive participle's noun keeps its attributes; the value introducer is not one
    ("За год вложено инвестиций в основной капитал в объеме 80 млн рублей.",
     "вложенные инвестиции в основной капитал"),
    # the counted word read as an adjective of the noun after it
    ("В области будут созданы 700 новых рабочих мест.", "созданные новые рабочие места"),
    # a spaced hyphen inside a compound adjective does not end the phrase
    ("Обеспеченность амбулаторно - поликлиническими учреждениями составила 420 посещений.",
     "обеспеченность амбулаторно-поликлиническими учреждениями"),
    # "в пределах страны" is an attribute; "в среднем" before the verb is an adverbial
    ("Численность перемещающихся в пределах страны составила 20 тыс. человек.",
     "численность перемещающихся в пределах страны"),
    ("Население района в среднем составляло около 40 тыс. человек.", "население района"),
])
def test_phrase_tails(text, subject):
    assert _subject(text) == subject


@pytest.mark.parametrize("text, subject", [
    # an impersonal verb whose subject is the figure, with its complements
    ("За 2023 год в бюджет района от аренды имущества поступило 3,1 млн руб.",
     "поступило в бюджет района от аренды имущества"),
    ("На ремонт дорог выделено из областного бюджета 12 млн рублей.",
     "выделено на ремонт дорог из областного бюджета"),
    # a verb with a subject of its own, or a verb that only states the figure, is not one
    ("Выручка компании выросла на 12%.", "выручка компании"),
])
def test_impersonal_verb_with_complements(text, subject):
    assert _subject(text) == subject


def test_money_entering_a_budget_is_budget_revenue():
    fact = extract_text("В бюджет края поступило 358 млн рублей.").facts[0]
    assert fact.context.indicator == "budget.revenue"


@pytest.mark.parametrize("text, subject", [
    # brackets spaced off from the figure
    ("- высокая загрузка очистных сооружений ( свыше 90 % ) ;",
     "высокая загрузка очистных сооружений"),
    # a figure apposed after a comma at the end of its clause
    ("- большой износ тепловых сетей , свыше 60 % ;", "большой износ тепловых сетей"),
    # the period before the dash is not part of the subject
    ("Всего действующих договоров найма в 2022 году – 312.", "действующие договоры найма"),
    # but a place before the dash is an item's label, and its noun stays
    ("Наибольший прирост обеспечил обмен с Арменией – 4,2 тыс. человек.", "прирост"),
])
def test_figure_set_beside_its_noun_phrase(text, subject):
    assert _subject(text) == subject


@pytest.mark.parametrize("text, span, subject", [
    # items with no noun of their own and a verb of their own: the verb phrase
    ("За закон проголосовали 120 депутатов, шестеро выступили против, двое воздержались.",
     "двое", "воздержалось"),
    # a percent in brackets after a group, with what the clause says of the group: the
    # group's share (subj14, §4)
    ("Большинство жителей (64%) считают, что автобусов в городе слишком мало.", "64%",
     "доля жителей, считающих, что автобусов в городе слишком мало"),
    # a plural noun agreeing with its plural verb is the subject, not a genitive attribute
    ("За прошедшую неделю цены на бензин выросли на 2%.", "2%", "цены на бензин"),
])
def test_verb_agreement_decides(text, span, subject):
    assert _subject(text, span) == subject


@pytest.mark.parametrize("text, span, subject", [
    # a figure that names what it counts: the counted things, not the noun governing them
    ("Министерство объявило конкурс на создание пяти центров поддержки экспорта.", "пяти центров",
     "центры поддержки экспорта"),
    # "при" + noun: the figure is the value of the noun
    ("Выручка составила 3 млрд рублей при чистой прибыли 1,2 млрд рублей.", "1,2 млрд рублей",
     "чистая прибыль"),
])
def test_what_the_figure_counts(text, span, subject):
    assert _subject(text, span) == subject


@pytest.mark.parametrize("text, span, subject", [
    # the old and the new level of the same thing
    ("Число заявлений выросло в 2 раза — до 7,5 тыс. обращений.", "7,5 тыс. обращений",
     "число заявлений"),
    # a genitive noun right after an amount of money names what the money is
    ("Проект принесет городу около 20 млн рублей доходов.", "около 20 млн рублей", "доходы"),
    # coordinated nouns, with the second conjunct put into the nominative too
    ("Строительство и оснащение школы обойдется бюджету в 900 млн рублей.", "900 млн рублей",
     "строительство и оснащение школы"),
    # (people counted as the subject of an intransitive verb keep its participle, §6.34)
    ("В городе проживает 12 тыс. иностранных граждан и лиц без гражданства.", "12 тыс.",
     "иностранные граждане и лица без гражданства, проживающие"),
    # an infinitive complementing the noun
    ("Готовность студентов работать по специальности снизилась с 70% до 59%.", "70%",
     "готовность студентов работать по специальности"),
])
def test_noun_phrase_members(text, span, subject):
    assert _subject(text, span) == subject


@pytest.mark.parametrize("text, span, subject", [
    # an indefinite-personal verb (no subject named) with its complements
    ("В Германии потратили на содержание приютов почти 2 млрд евро.", "почти 2 млрд евро",
     "средства, потраченные на содержание приютов"),
    # a percent of a group its clause speaks of is not an elliptical repeat of the item before
    ("Лидерами являются Карелия (17,5%) и Псковская область, где 18% населения не имеют "
     "работы.", "18%", "доля населения, не имеющего работы"),
    # the noun right before a value introducer, when no head is found up its chain
    ("Совет приступил к распределению транша в размере 3 млрд евро.", "3 млрд евро", "транш"),
])
def test_verbs_without_a_named_subject(text, span, subject):
    assert _subject(text, span) == subject


def test_a_verb_with_an_agreeing_subject_is_not_impersonal():
    text = "Больше всего кандасов приняла Алматинская область – 1 870 человек."
    assert not (_subject(text) or "").startswith("приняло")


@pytest.mark.parametrize("text, span, subject", [
    # a part named by its own noun after a parent marker keeps the whole's subject
    ("Работу получили 4,5 тыс. человек, в том числе около 1 тыс. сельских жителей.",
     "около 1 тыс.", "получило работу"),
    # people after people counted generically are the same kind of item
    ("В компанию А трудоустроено 900 человек, в компанию Б - 500 жителей района.",
     "500 жителей", "трудоустроено"),
    # a quoted name inside the subject's phrase does not cut it
    ('Доля вакансий по профессии "подсобный рабочий" не должна превышать 40% от общего '
     "количества.", "40%", "доля вакансий по профессии"),
    # "эта сумма" refers to the subject before
    ("В бюджет края поступило 358 млн рублей, а при полной оплате эта сумма составила бы "
     "570 млн рублей.", "570 млн рублей", "поступило в бюджет края"),
    # the denominator of a rate shares the rate's subject, its basis included (subj14)
    ("Обеспеченность койками составила 96 коек на 10 тыс. жителей.", "10 тыс. жителей",
     "обеспеченность койками на 10 тыс. жителей"),
])
def test_subjects_shared_between_figures(text, span, subject):
    assert _subject(text, span) == subject


@pytest.mark.parametrize("text, span, subject", [
    # a superlative quantifier names what the figures of its clause count
    ("Больше всего виз получили студенты из Индии – 12 тыс., еще 4 тыс. выдано туристам.",
     "12 тыс.", "визы"),
    ("Больше всего виз получили студенты из Индии – 12 тыс., еще 4 тыс. выдано туристам.",
     "4 тыс.", "визы"),
])
def test_superlative_quantifier(text, span, subject):
    assert _subject(text, span) == subject


@pytest.mark.parametrize("text, subject", [
    # people making up a percent are a share of the whole
    ("Среди задержанных около 45% составляют граждане Молдавии.", "доля граждан"),
    ("Женщины составляют 52% сотрудников.", "доля женщин"),
    # a rate stays what it is
    ("Безработица составила 4,8%.", "безработица"),
])
def test_people_making_up_a_percent(text, subject):
    assert _subject(text) == subject


@pytest.mark.parametrize("text, span, subject", [
    # a passive participle with people counted generically: the participle and its complements
    ("В рамках реорганизации были уволены почти 3 тыс. человек.", "почти 3 тыс. человек",
     "уволены в рамках реорганизации"),
    # a flow verb keeps its prepositional complements before it, not its subject nor places
    ("В рамках организованного набора в страну прибыли 14 тыс. человек.", "14 тыс. человек",
     "прибыло в рамках организованного набора"),
    # the object of an infinitive, over a prepositional phrase
    ("В 2025 году планируется направить на переобучение свыше 3 тыс. безработных.",
     "свыше 3 тыс. безработных", "безработные, направленные на переобучение"),
    # a verb after the figure does not take it as its object: the figure is its subject
    ("Почти 1,8 тыс. пенсионеров смогут получить новую профессию.", "Почти 1,8 тыс. пенсионеров",
     "пенсионеры, смогшие получить новую профессию"),
])
def test_participles_and_objects(text, span, subject):
    assert _subject(text, span) == subject


@pytest.mark.parametrize("text, span, subject", [
    # a bracketed figure is the value of the noun phrase after "в размере"
    ("Пособие выплачивается в размере прожиточного минимума (14 тыс. рублей).",
     "14 тыс. рублей", "прожиточный минимум"),
    # a verb of what is required, with no subject of its own
    ("Для ремонта моста потребуется 120 млн рублей.", "120 млн рублей",
     "потребовалось для ремонта моста"),
    # a transitive flow verb keeps its object
    ("Более 15 тыс. жителей были вынуждены покинуть свои дома.", "Более 15 тыс. жителей",
     "покинуть свои дома"),
])
def test_introduced_required_and_left(text, span, subject):
    assert _subject(text, span) == subject


@pytest.mark.parametrize("text, span, subject", [
    # a line going on in lower case keeps the subject of the line before
    ("Ожидается рост средней заработной платы на 5,5 %;\nв 2020 году на 2,2 % по первому "
     "варианту.", "2,2 %", "средняя заработная плата"),
    # a group as the object of a verb or gerund before the figure: passive, with the agent
    ("На выборах в городе партия набрала более 33% голосов.", "более 33%",
     "доля голосов, набранных партией"),
    ("Партия добилась успеха, набрав 21% голосов.", "21%", "доля голосов, набранных"),
])
def test_more_subject_sources(text, span, subject):
    assert _subject(text, span) == subject


@pytest.mark.parametrize("text, span, subject", [
    # money as the object of a perfective transitive verb: the funds, with its participle
    ("Ветеран собрал для больницы больше 30 млн рублей.", "больше 30 млн рублей",
     "средства, собранные для больницы"),
    # (a verb of paying names its own noun: test_subject15)
    ("Совет обязал компанию возместить 80 млн долларов.", "80 млн долларов",
     "средства, возмещённые"),
])
def test_money_taken_by_a_verb(text, span, subject):
    assert _subject(text, span) == subject


@pytest.mark.parametrize("text, span, subject", [
    # a relative clause after a counted noun belongs to its phrase, up to its comma
    ("Власти договорились с 20 предприятиями, которые готовы принять выпускников.",
     "20 предприятиями", "предприятия, которые готовы принять выпускников"),
    # the number word is the figure, not an adjective of the counted noun
    ("Перенесены сроки по двум проектам, один объект уже готов.", "один объект", "объекты"),
    # a verb of existence says nothing of the counted things
    ("В городе насчитывается около 50 школ.", "около 50 школ", "школы"),
])
def test_counted_phrase_edges(text, span, subject):
    assert _subject(text, span) == subject


def test_a_bare_active_participle_is_not_added():
    text = "Ночью температура опустилась ниже нуля, днем держались 20 градусов."
    assert "," not in (_subject(text, "20 градусов") or "")


def test_a_share_group_with_adjectives():
    assert _subject("Более 60% государственных предприятий убыточны.") == \
        "доля государственных предприятий"


@pytest.mark.parametrize("text, subject", [
    # an instrumental measure noun before the figure measures the noun phrase before it
    ("Начато строительство новой производственной линии мощностью 5000 тонн в сутки.",
     "мощность новой производственной линии"),
    ("Планируется возвести жилой дом высотой 75 метров.", "высота жилого дома"),
])
def test_measure_noun_in_the_instrumental(text, subject):
    assert _subject(text) == subject


@pytest.mark.parametrize("text, span, subject", [
    ("Сейчас мужчины выходят на пенсию в 60 лет, а женщины — в 55.", "60 лет",
     "возраст, в котором выходят на пенсию"),
    ("Сейчас мужчины выходят на пенсию в 60 лет, а женщины — в 55.", "55",
     "возраст, в котором выходят на пенсию"),
])
def test_age_at_which_something_happens(text, span, subject):
    assert _subject(text, span) == subject


@pytest.mark.parametrize("text, span, subject", [
    # an unnamed place heading a complement is left out, an attribute "района" is not
    ("В городе работают 45 приоритетных проектов для развития туризма.", "45",
     "приоритетные проекты для развития туризма"),
    ("За 2023 год в бюджет района поступило 3 млн руб.", "3 млн руб.",
     "поступило в бюджет района"),
])
def test_complements_without_places_and_relatives(text, span, subject):
    assert _subject(text, span) == subject


def test_a_physical_amount_names_its_genitive():
    text = "В 2025 году по оценке планируется ввести 600 м2 жилья."
    assert _subject(text) == "жильё"


def test_a_rate_per_year_is_no_group():
    assert "годовых" not in (_subject("12% годовых — много.") or "")


@pytest.mark.parametrize("text, span, subject", [
    # a price-change verb: the figure is the price of its subject, before or after it
    ("За месяц сильнее всего подорожали яблоки — на 9,1%.", "9,1%", "цена яблок"),
    ("В апреле подешевели на 1,5—3% огурцы и лук.", "1,5—3%", "цена огурцов и лука"),
    # after a modal verb
    ("В следующем году сахар может подорожать ещё на 12%.", "12%", "цена сахара"),
    # a price in money
    ("Пакет молока стоил в среднем 70 рублей.", "70 рублей", "цена пакета молока"),
])
def test_price_of_the_subject_of_a_price_verb(text, span, subject):
    assert _subject(text, span) == subject


def test_a_homograph_of_a_price_verb_with_a_percent_is_not_a_price():
    text = "В округе, где остро стоит вопрос жилья, партия набрала 41% голосов."
    assert "цена" not in (_subject(text, "41%") or "")


def test_a_modal_verb_before_a_change_verb_keeps_its_subject():
    text = "По прогнозу, тарифы на воду могут вырасти на 7%."
    assert _subject(text) == "тарифы на воду"


@pytest.mark.parametrize("text, span, subject", [
    # a bare noun is the longer subject named before only in the same number ...
    ("Цена муки за неделю выросла на 3%. А цены за год выросли на 8%.", "8%", "цены"),
    # ... and not when that one was narrowed by a prepositional phrase
    ("Расходы на образование составят 5 млрд рублей. Всего расходы составят 20 млрд рублей.",
     "20 млрд рублей", "расходы"),
])
def test_a_bare_noun_refers_back_only_to_a_subject_like_it(text, span, subject):
    assert _subject(text, span) == subject


@pytest.mark.parametrize("text, subject", [
    # people counted by no noun of their own: their verb before the figure, with complements
    ("За неделю в центр занятости за консультацией обратились около 1200 человек.",
     "обратилось в центр занятости за консультацией"),
    # ... or after it, places left out
    ("Сегодня около 700 человек живут в посёлке постоянно.", "жило постоянно"),
    # a bare verb, and time words with their adjectives left out
    ("В городе сейчас отдыхают более 9 тыс. человек.", "отдыхало"),
    ("В лагере во время учебной недели находятся около 800 человек.", "находилось"),
])
def test_people_counted_by_their_verb(text, subject):
    assert _subject(text) == subject


@pytest.mark.parametrize("text, span, subject", [
    # "в" between a noun and the figure introduces the noun's value
    ("Ему предложили место с окладом в 40 тыс. рублей.", "40 тыс. рублей", "оклад"),
    ("План принят с доходами в 12 млрд рублей и расходами в 13 млрд рублей.",
     "13 млрд рублей", "расходы"),
    # not when the noun is a verb's object ...
    ("Ремонт моста обойдется бюджету города в 90 млн рублей.", "90 млн рублей", "ремонт моста"),
    # ... nor a level the figure reaches
    ("В этом году мы перешагнем отметку в 8 тыс. жителей.", "8 тыс. жителей", "жители"),
])
def test_a_noun_whose_value_follows_after_v(text, span, subject):
    assert _subject(text, span) == subject


def test_treasury_revenue_is_budget_revenue():
    facts = extract_text("Доходы областной казны составили 40 млрд рублей.").facts
    assert facts[0].context.indicator == "budget.revenue"


def test_an_imperfective_change_verb_changes_its_object():
    text = "С 1 марта район повышает стипендию студентам на 6%."
    assert _subject(text) == "стипендия студентам"


@pytest.mark.parametrize("text, subject", [
    # genitives in a row after the head: the head is the subject, with all of them
    ("Стоимость яблок, груш и слив выросла на 4%.", "стоимость яблок, груш и слив"),
    # a genitive after a comma that ends an introductory phrase is not one of them
    ("По оценке министерства, средние зарплаты в отрасли составили 80 тыс. рублей.",
     "средняя зарплата в отрасли"),
])
def test_genitives_in_a_row(text, subject):
    assert _subject(text) == subject


@pytest.mark.parametrize("text, subject", [
    # a measure noun owned by "который" measures the noun before the comma
    ("Семьи получают социальную выплату, размер которой составляет 9 тыс. рублей.",
     "размер социальной выплаты"),
    ("В районе построены детские сады, число которых достигло 14.", "число детских садов"),
])
def test_a_measure_of_whose_antecedent(text, subject):
    assert _subject(text) == subject


def test_a_verb_before_a_relative_clause_is_not_the_figure_s():
    text = "Молодёжь переезжает в столицу, где арендные ставки в 3 раза выше."
    assert _subject(text) == "арендные ставки"


@pytest.mark.parametrize("text, span, subject", [
    ("12,5 млрд рублей — это объем расходной части, 11 млрд — это объем доходов.",
     "12,5 млрд рублей", "объём расходной части"),
    ("12,5 млрд рублей — это объем расходной части, 11 млрд — это объем доходов.",
     "11 млрд", "объём доходов"),
])
def test_the_noun_phrase_after_dash_eto(text, span, subject):
    assert _subject(text, span) == subject


def test_the_spending_part_is_budget_spending():
    facts = extract_text("Расходная часть составит 8 млрд рублей.").facts
    assert facts[0].context.indicator == "budget.spending"


def test_a_bare_measure_noun_refers_back():
    text = ("Сейчас в Чехии трудятся около 200 тыс. граждан Молдовы. К концу года их число "
            "вырастет до 250 тыс. человек.")
    facts = extract_text(text).facts
    assert facts[1].context.subject == facts[0].context.subject


def test_a_change_noun_before_na_and_the_figure():
    text = ("Прибыль выросла во многом благодаря увеличению объема экспорта зерна на 12% "
            "за год.")
    assert _subject(text) == "объём экспорта зерна"


@pytest.mark.parametrize("text, span, subject", [
    # a figure in a bracket opened right after another figure is said of the same thing
    ("Доходы составят 20 млрд рублей (101%), расходы - 22 млрд рублей (103%).", "103%",
     "расходы"),
    ("Дефицит составит 2 млрд рублей (на 8% больше, чем в прошлом году).", "8%",
     "дефицит"),
    # not when the first bracket of such a list named the whole it is a share of
    ("Больше всего принято врачей - 40 человек (20% от общего числа принятых), "
     "медсестер - 30 человек (15%).", "15%", "доля от общего числа принятых"),
])
def test_a_figure_in_a_bracket_after_a_figure(text, span, subject):
    assert _subject(text, span) == subject


@pytest.mark.parametrize("text, subject", [
    # a noun after "который" is not governed by the preposition before it
    ("Принят план, согласно которому доходы района составят 4 млрд рублей.",
     "доходы района"),
    # a noun governed by a preposition is no subject of the verb next to it
    ("На ремонт дорог выделяется 2,5 млрд рублей.", "выделялось на ремонт дорог"),
])
def test_prepositions_and_the_verb_s_own_subject(text, subject):
    assert _subject(text) == subject


@pytest.mark.parametrize("text, subject", [
    # a verb before "что" is another clause's; a participial phrase after the group stays
    ("В министерстве пояснили, что около 30% безработных граждан, ранее работавших на "
     "заводах, — женщины.", "доля безработных граждан, ранее работавших на заводах"),
])
def test_share_of_a_group_in_a_clause_after_chto(text, subject):
    assert _subject(text) == subject


def test_the_instrumental_predicate_of_a_copula():
    text = "При этом владельцами малых предприятий являются 12 тыс. жителей области."
    assert _subject(text) == "владельцы малых предприятий"


@pytest.mark.parametrize("text, subject", [
    # an impersonal verb before a change verb: the object before them is what changes
    ("Число мест в детских садах в 2025 году планируется увеличить до 900.",
     "число мест в детских садах"),
    ("Выпуск молока удалось заметно нарастить - на 7% за год.", "выпуск молока"),
])
def test_an_impersonal_verb_before_a_change_verb(text, subject):
    assert _subject(text) == subject


@pytest.mark.parametrize("text, span, subject", [
    # a bracket opening on the figure after a noun phrase, whatever governs the phrase
    ("Рост цен вызван из-за удорожания кормов (на 3,1% в Томской области и на 2,4% в "
     "Омской).", "3,1%", "удорожание кормов"),
    ("Доли доходов от аренды (4,2% в среднем за год) и от вкладов (3,3%) остались низкими.",
     "4,2%", "доля доходов от аренды"),
    # with its prepositional attribute
    ("Из-за размера стипендии по программе (от 2 до 5 тыс. рублей) студенты уходят.",
     "от 2 до 5 тыс. рублей", "размер стипендии по программе"),
])
def test_a_bracket_opening_on_the_figure(text, span, subject):
    assert _subject(text, span) == subject


def test_rising_food_costs_are_food_prices():
    facts = extract_text("Удорожание продуктов питания составило 2%.").facts
    assert facts[0].context.indicator == "prices.food"


def test_a_percent_of_a_level_is_no_share():
    text = ("В 2020 году реальная пенсия составила 97% от уровня 2015 года и 95,1% от уровня "
            "2016 года.")
    assert _subject(text, "95,1%") == "реальная пенсия"


def test_a_dative_after_a_noun_complements_it():
    text = "Это связано с разовой компенсацией переселенцам в размере 20 тыс. рублей."
    assert _subject(text) == "разовая компенсация переселенцам"


@pytest.mark.parametrize("text, subject", [
    # money taken by a verb after a modal: the prepositional phrase before the modal is its
    ("На ремонт школ планируется направить 700 млн рублей.",
     "средства, направленные на ремонт школ"),
])
def test_money_taken_with_a_leading_complement(text, subject):
    assert _subject(text) == subject


def test_a_genitive_after_money_is_lower_case():
    text = "Выручка составила 5 млрд долларов США при прибыли 1 млрд долларов."
    assert _subject(text, "5 млрд долларов") == "выручка"


def test_an_aside_between_the_subject_and_its_verb():
    text = "Средний курс евро в 2025 году, по оценке аналитиков, составит 101 рубль."
    facts = extract_text(text).facts
    assert facts[0].context.subject == "средний курс евро"
    assert facts[0].context.indicator == "finance.exchange_rate"


@pytest.mark.parametrize("text, indicator", [
    ("Население города к 2030 году вырастет до 40 тыс. человек.", "population.total"),
    ("Расходы региона в 2026 году составят 12 млрд рублей.", "budget.spending"),
    ("Доходы области составят 11 млрд рублей.", "budget.revenue"),
])
def test_a_territory_s_population_and_budget(text, indicator):
    assert extract_text(text).facts[0].context.indicator == indicator


def test_a_noun_in_ii_is_no_substantivized_adjective():
    text = "Около 40% санаториев курорта закрыты."
    assert _subject(text) == "доля санаториев"


def test_the_subject_of_the_clause_before_a_colon():
    text = "Цена подписки вполне доступная: 300 рублей в месяц."
    assert _subject(text) == "цена подписки"


def test_a_bracket_after_a_figure_and_its_unit_words():
    text = "Банк повысит ставку на 50 базовых пунктов (0,5%)."
    facts = extract_text(text).facts
    assert facts[-1].context.subject == facts[0].context.subject == "ставка"


def test_money_received_with_its_purpose():
    text = "Местный музей получил 2 млн рублей на реставрацию фасада."
    assert _subject(text) == "средства, полученные на реставрацию фасада"


@pytest.mark.parametrize("text, subject", [
    # a short passive participle after the figure is said of it: the share names the subject
    ("Проверка показала, что 40% договоров были оформлены с нарушениями.", "доля договоров"),
    ("По данным ведомства, 90% средств программы уже освоены.", "доля средств"),
    # one that finds its noun, or stands before the figure, still makes the phrase
    ("Аудиторы выяснили, что 12 контрактов не были исполнены в срок.", "исполненные контракты"),
    ("В прошлом году было выдано 500 разрешений на работу.", "выданные разрешения на работу"),
])
def test_passive_participle_after_the_figure(text, subject):
    assert _subject(text) == subject


@pytest.mark.parametrize("text, subject", [
    # conjoined nouns after a preposition are its object: the head stands before it
    ("Цены на яблоки и апельсины выросли на 5%.", "цены на яблоки и апельсины"),
    ("Спрос на нефть и газ снизился на 2%.", "спрос на нефть и газ"),
    # conjoined heads not governed by a preposition stay together
    ("Возведение и обустройство центра обойдется в 40 млн рублей.",
     "возведение и обустройство центра"),
])
def test_conjoined_object_of_a_preposition(text, subject):
    assert _subject(text) == subject
