"""Place rules of the seventh place pass (place7): place and partner in stories about other
countries, found on unannotated RT/НГ articles. Each case failed before its rule was added.
The sentences are ours."""

from __future__ import annotations

from .conftest import context_of

_RUSSIA = ("Мигранты в России работают много. Число мигрантов в России растёт. Мигранты в России "
           "получают больше.\n")
_RUSSIA_TITLE = "Мигранты в России"
_CHINA = "Экономика Китая замедляется. Власти Китая снижают ставки. Китай наращивает долг.\n"


def _of(rules, text, span, title=None):
    context = context_of(rules, text, span, title=title)
    return context.place, context.partner


def test_a_sentence_opened_by_this_goes_on_about_the_people_counted_before(rules):
    text = _RUSSIA + ("В прошлом году в Россию приехали 120 тыс. граждан Армении. "
                      "Позже эта цифра выросла до 150 тыс.")
    assert _of(rules, text, "150 тыс.", _RUSSIA_TITLE) == ("Россия", "Армения")


def test_this_after_a_comma_still_refers_back(rules):
    text = _RUSSIA + ("Гражданство получили 40 тыс. выходцев из Молдавии. "
                      "Однако это на 12% меньше, чем годом ранее.")
    assert _of(rules, text, "12%", _RUSSIA_TITLE) == ("Россия", "Молдова")


def test_a_surname_after_a_first_name_is_not_a_town(rules):
    text = _CHINA + "Главный экономист банка Майкл Спенсер оценивает вероятность рецессии в 13%."
    assert _of(rules, text, "13%", "Долги Китая")[0] == "Китай"


_UKRAINE = ("Украина наращивает торговлю. Экономика Украины растёт. Украина ищет рынки сбыта.\n")


def test_a_capital_dealing_with_another_state_is_its_country(rules):
    text = _UKRAINE + ("Москва осталась одним из крупнейших торговых партнёров Киева, поставив "
                       "товаров на $7,2 млрд.")
    assert _of(rules, text, "$7,2 млрд.", "Торговля Украины")[0] == "Украина"


def test_a_capital_named_alone_with_its_people_stays_the_city(rules):
    text = _UKRAINE + "Жители Киева в среднем получали 11 тыс. гривен, больше, чем в Польше."
    assert _of(rules, text, "11 тыс. гривен", "Торговля Украины")[0] == "Киев"


def test_a_capital_where_people_said_something_is_its_country(rules):
    text = ("Переговоры о мире идут в Мюнхене. В зону конфликта могут ввести 20 тыс. миротворцев. "
            "В Киеве посчитали, что этого мало. Россия предложила другой план. Россия настаивает "
            "на своём. В Киеве заявили, что план не годится. В Киеве считают, что нужен мандат. "
            "Россия не согласна. Ранее Россия рекомендовала Киеву подождать.\n"
            "Украина просит помощи. Украина ждёт решения.")
    assert _of(rules, text, "20 тыс. миротворцев", "Две делегации поехали в Мюнхен")[0] \
        == "Украина"


def test_a_capital_in_the_title_dealing_with_another_state_counts_for_its_country(rules):
    text = ("Правительство Украины проводит 18 реформ. За год на проекты в Киеве потратили "
            "$24,8 млн. Об этой реформе в стране знают лишь 6% населения. Агентство США выделило "
            "деньги. В США недовольны. Украина обещает ускориться. Украина ищет кредиты.")
    assert _of(rules, text, "6%", "В США заявили о проблемах Киева")[0] == "Украина"


_VENEZUELA = "Венесуэла поднимает налоги. Власти Венесуэлы ищут деньги. Венесуэла продаёт нефть.\n"


def test_the_issuer_after_an_abbreviated_dollar_is_no_place(rules):
    text = _VENEZUELA + "Средняя зарплата составляет 300 долл. США в месяц."
    assert _of(rules, text, "300 долл.", "Налоги Венесуэлы")[0] == "Венесуэла"


def test_a_sentence_opening_with_a_destination_gives_no_frame(rules):
    text = _UKRAINE + ("В Индию украинские производители поставили товаров на $2,2 млрд, "
                       "положительное сальдо составило $1,6 млрд.")
    assert _of(rules, text, "$2,2 млрд", "Торговля Украины") == ("Украина", "Индия")


def test_a_group_owning_the_quantity_is_the_place(rules):
    text = ("Европейцы любят наличные. Доля наличных в ЕС высока. В ЕС платят картами реже.\n"
            "Еврокомиссия повысила прогноз роста ВВП еврозоны до 2,2%.")
    assert _of(rules, text, "2,2%", "Европейцы и наличные") == ("еврозона", None)


def test_a_group_people_come_from_stays_the_partner(rules):
    text = _RUSSIA + "Из стран СНГ в прошлом году прибыло 2 млн человек."
    assert _of(rules, text, "2 млн человек", _RUSSIA_TITLE) == ("Россия", "СНГ")


def test_a_capital_the_text_uses_for_its_state_acts_as_the_state(rules):
    text = _UKRAINE + ("Долг Киева Москве вырос. Фонд выдаёт Украине кредиты под 5% годовых, "
                       "а евробонды в будущем году Киев разместит под 7,46%.")
    assert _of(rules, text, "7,46%", "Торговля Украины")[0] == "Украина"


def test_a_capital_acting_in_a_text_that_never_uses_it_for_its_state_stays_the_city(rules):
    text = _UKRAINE + "Киев потратит на ремонт дорог 2 млрд гривен."
    assert _of(rules, text, "2 млрд гривен", "Торговля Украины")[0] == "Киев"


def test_nato_is_a_group_a_figure_can_be_in(rules):
    text = _CHINA + "В России военные расходы достигают 3,5% ВВП, в НАТО принят стандарт 2%."
    assert _of(rules, text, "2%", "Долги Китая")[0] == "НАТО"
