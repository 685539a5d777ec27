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


def test_districts_listed_after_a_colon_by_their_adjectives(rules):
    # "районах: Алданском — 53,6%, …": each adjective names a district with the noun before
    text = ("Власти Якутии отчитались о нехватке врачей. Нехватка врачей в Якутии велика.\n"
            "Она выше всего в северных районах: Алданском — 53,6%, Булунском — 42,6%.")
    assert context_of(rules, text, "53,6%").place == "Алданский район"
    assert context_of(rules, text, "42,6%").place == "Булунский район"


def test_a_district_named_again_by_its_adjective_after_a_named_one(rules):
    text = ("Котельные Карелии получили топливо. Топлива в Карелии хватит до весны.\n"
            "Запасов хватит в Муезерском районе — на 68 суток, в Лоухском — на 23 дня.")
    assert context_of(rules, text, "23 дня").place == "Лоухский район"


def test_an_adjective_with_its_own_noun_is_no_district(rules):
    # the run of adjectives ends in a lower-case noun: "в Индустриальном и Мотовилихинском
    # районах" is one mention, not an elliptical one
    from migextract.places import find_elliptical_units
    nouns = rules.context.admin_nouns
    text = "Власти Пермского края откроют школы в Индустриальном и Мотовилихинском районах."
    assert find_elliptical_units(text, nouns) == []
    text = "Глава Пермского района ответил, сообщил Сергей Чернышевский."
    assert find_elliptical_units(text, nouns) == []


def test_one_figure_for_several_listed_districts_is_none_of_theirs(rules):
    text = ("В Бурятии растет заболеваемость гриппом. В Бурятии закрыты школы.\n"
            "Занятия отменены в школах трех районов: Курумканского, Джидинского и "
            "Селенгинского.")
    assert context_of(rules, text, "трех районов").place == "Республика Бурятия"


def test_adjective_of_a_region_whose_centre_is_not_listed(rules):
    # "кировский": Киров is not in the gazetteer, the adjective is the region's
    text = ("Рейсы в Москву и Санкт-Петербург возобновили. Россия ждет роста перевозок.\n"
            "Пассажиропоток кировского аэропорта в 2018 году составил 128 тыс. человек.")
    assert context_of(rules, text, "128 тыс. человек").place == "Кировская область"


def test_a_title_naming_a_region_by_its_adjective_frames_a_text_on_the_country(rules):
    text = ("Пассажиропоток аэропорта в 2018 году составил 128 тыс. человек.\n"
            "Авиакомпания вернулась в регион, рейсы в Москву и Санкт-Петербург возобновили.\n"
            "В 2017 году пассажиропоток составил 166 тыс. человек.")
    title = "Пассажиропоток кировского аэропорта сократился на 23%"
    assert context_of(rules, text, "166 тыс. человек", title=title).place == "Кировская область"


def test_a_country_adjective_in_a_title_is_no_home(rules):
    text = ("Корпорация развития подписала соглашение с инвесторами. В Рязани построят завод.\n"
            "В Рязани завод обойдется в 2 млрд рублей.")
    title = "Корпорация подписала соглашение с израильским бизнесом"
    assert context_of(rules, text, "2 млрд рублей", title=title).place == "Рязань"


def test_the_country_after_its_population_is_the_territory_in_regional_news(rules):
    # "населения РФ": not an institution of the country ("правительства РФ") but its people
    text = ("Калмыкия примет участие в десяти нацпроектах. Власти Калмыкии выделят 8,8 млрд "
            "рублей.\nВ числе целей нацпроектов - рост численности населения РФ и повышение "
            "продолжительности жизни до 78 лет к 2024 году.")
    assert context_of(rules, text, "78 лет").place == "Россия"


def test_the_countrys_government_in_regional_news_is_no_place(rules):
    text = ("Калмыкия примет участие в десяти нацпроектах. Власти Калмыкии выделят средства.\n"
            "По решению правительства РФ на дороги выделят 3,3 млрд рублей.")
    assert context_of(rules, text, "3,3 млрд рублей").place == "Республика Калмыкия"
