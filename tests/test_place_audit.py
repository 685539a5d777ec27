"""Place and partner rules found by auditing unannotated news (pass 2, place-audit): each case
failed before its rule was added. The sentences are ours."""

from __future__ import annotations

from .conftest import context_of


def test_capital_listed_beside_its_country_is_not_the_home(rules):
    # the capital is named four times, the country a dozen: the story is on the country
    text = ("Социологи опросили 2 тыс. переселенцев в 20 областях Украины и Киеве.\n"
            "Украина не помогает переселенцам. На Украине нет программы адаптации. "
            "Власти Украины молчат.\n"
            "Киев обещал выплаты. В Киеве жилье дорого. Киев не спешит.\n"
            "Украина ждет денег. Экономика Украины слаба. Украина и Молдова спорят. "
            "Украине нужны врачи. Из Украины уезжают медики. Украина ответила.\n"
            "Около 40% опрошенных недовольны.")
    assert context_of(rules, text, "Около 40%").place == "Украина"


def test_country_word_after_a_foreign_government_is_that_country(rules):
    # news on Ukraine; "из страны" follows "правительства Латвии" in the same sentence
    text = ("Украина теряет специалистов. На Украине не хватает врачей. Украина ищет выход.\n"
            "По данным правительства Латвии, за десять лет из страны уехали 225 тыс. человек.")
    context = context_of(rules, text, "225 тыс. человек")
    assert context.place == "Латвия"
    assert context.partner is None


def test_country_word_after_a_foreign_ministry_in_the_sentence_before(rules):
    # news on Poland; the paragraph turns to Ukraine's ministry, then "из страны"
    text = ("Польша нанимает врачей. В Польше растут зарплаты. Польша меняет законы.\n"
            "По данным Минздрава Украины, экзамен не сдали 37% выпускников. "
            "Ежегодно из страны уезжают до 15 тыс. врачей.")
    assert context_of(rules, text, "до 15 тыс. врачей").place == "Украина"


def test_country_word_inside_a_name_is_not_a_reference(rules):
    # "Республике Таджикистан" is a name, not "в республике" standing for the home
    text = ("В Санкт-Петербурге открыли центр для мигрантов.\n"
            "Центр открыл шесть представительств: одно в Кыргызской Республике и пять "
            "в Республике Таджикистан.")
    assert context_of(rules, text, "пять").place != "Россия"


def test_citizens_of_this_country_are_its_people(rules):
    # "граждан этой страны": the people of the country named before, a partner (§6.3)
    text = ("Россия выдала меньше патентов. В России работает меньше мигрантов.\n"
            "В 2016 году на 42% сократилось число приезжих работников из Сербии. "
            "Официально трудились в России 6860 граждан этой страны.")
    context = context_of(rules, text, "6860 граждан")
    assert context.place == "Россия"
    assert context.partner == "Сербия"


def test_home_country_named_beside_a_carried_origin(rules):
    # "работали в России" names the home, not another place: the origin carries on
    text = ("Россия выдала меньше патентов. В России работает меньше мигрантов.\n"
            "На втором месте работники из Таджикистана — 433 137 представителей этой страны "
            "работали в России (в 2015 году — 461 291).")
    assert context_of(rules, text, "461 291").partner == "Таджикистан"


def test_leaving_the_country_has_no_partner(rules):
    text = ("Украина теряет молодежь. На Украине растут цены. Украина ждет реформ.\n"
            "По словам политолога, 60% молодежи хочет выехать из страны.")
    context = context_of(rules, text, "60%")
    assert context.place == "Украина"
    assert context.partner is None


def test_part_of_the_world_keeps_its_compass_adjective(rules):
    # annotation §6.4: a macro-region outside the countries keeps its own nominative name
    text = ("Безработица в мире растет.\n"
            "В Северной Африке уровень безработицы составил 11,7%. "
            "Рабочая сила вырастет на 166 млн человек в Южной Азии.")
    assert context_of(rules, text, "11,7%").place == "Северная Африка"
    context = context_of(rules, text, "166 млн человек")
    assert context.place == "Южная Азия"
    assert context.partner is None


def test_origin_group_stays_a_partner(rules):
    text = ("Россия принимает мигрантов. В России работают мигранты.\n"
            "Из стран Центральной Азии в Россию прибыло 20 тыс. человек.")
    context = context_of(rules, text, "20 тыс. человек")
    assert context.place == "Россия"
    assert context.partner == "Центральная Азия"


def test_country_word_beside_the_home_adjective_is_the_home(rules):
    # the sentence before names Russia, but "латвийского" ties "страны" to the home, Latvia
    text = ("Латвия теряет жителей. В Латвии живут неграждане. Латвия ждет реформ.\n"
            "Россия упростила получение гражданства. По данным латвийского ведомства, "
            "ежегодно около 3 тыс. жителей страны отказываются от статуса.")
    assert context_of(rules, text, "около 3 тыс. жителей").partner != "Россия"
