"""Place rules of the third place pass (place3), found on unannotated TASS regional news: each
case failed before its rule was added. The sentences are ours."""

from __future__ import annotations

from .conftest import context_of


def test_settlement_sense_of_mirovoy_is_not_the_world(rules):
    # "мировое соглашение" is a court settlement; the figure stays the document's
    text = ("Долг казанского завода перед налоговой службой вырос. Завод работает в Казани.\n"
            "В Казани рабочим выплатили зарплату.\n"
            "По мировому соглашению долг завода составляет 120 млн рублей.")
    assert context_of(rules, text, "120 млн рублей").place == "Казань"


def test_world_adjective_still_makes_the_world(rules):
    text = ("Долг казанского завода перед налоговой службой вырос. Завод работает в Казани.\n"
            "В Казани рабочим выплатили зарплату.\n"
            "Цены на мировом рынке стали выросли на 4%.")
    assert context_of(rules, text, "4%").place == "мир"


def test_a_gatherings_venue_is_not_the_documents_place(rules):
    # a federal official speaks at a forum in Sochi about a national programme
    text = ("Программы укрепления здоровья разработают к 2024 году. Об этом на форуме в Сочи "
            "сообщил заместитель министра здравоохранения РФ.\n"
            "На программу потратят почти 3 млрд рублей из федерального бюджета.")
    assert context_of(rules, text, "почти 3 млрд рублей", title="Программы здоровья появятся").place \
        == "Россия"


def test_a_town_named_outside_a_venue_keeps_its_news(rules):
    text = ("В Сочи построят новую школу. Школа в Сочи будет рассчитана на 1100 мест.\n"
            "На строительство потратят 900 млн рублей.")
    assert context_of(rules, text, "900 млн рублей", title="Школа в Сочи").place == "Сочи"


def test_the_ends_of_a_route_are_not_the_place(rules):
    # "дорога Владивосток — Находка" runs through the region: the region is the place
    text = ("Власти Приморского края ускорят строительство дороги. Приморский край получит "
            "средства из федерального бюджета.\n"
            "Протяженность дороги Владивосток — Находка составит 146 км.")
    assert context_of(rules, text, "146 км", title="Дорогу Владивосток - Находка достроят"
                      ).place == "Приморский край"


def test_a_place_in_another_case_before_a_dash_is_still_the_place(rules):
    text = ("Безработица в регионах России снизилась. В Приморском крае она упала.\n"
            "Во Владивостоке — 4,1%.")
    assert context_of(rules, text, "4,1%").place == "Владивосток"
