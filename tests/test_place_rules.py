"""Place rules on hand-written Russian sentences: each case failed before its rule was added."""

from __future__ import annotations

import pytest

from migextract.context import all_places

from .conftest import context_of


def place_of(rules, text: str, span: str, title: str | None = None) -> str | None:
    return context_of(rules, text, span, title).place


def test_town_after_marker_governs_its_programme(rules):
    # the town programme names its district too, but the town more often
    text = ("Программа благоустройства г. Кимовск утверждена администрацией муниципального "
            "образования «Кимовский район».\n"
            "Цель программы – чистые улицы в г. Кимовск.\n"
            "Объем финансирования составит 1200 тыс. рублей, из них из бюджета г. Кимовск – "
            "900 тыс. рублей.\n"
            "Заказчиком выступает администрация «Кимовский район».")
    assert place_of(rules, text, "1200 тыс. рублей") == "Кимовск"


def test_unlisted_foreign_town_after_marker(rules):
    text = ("В испанском городке Вильяфранка-дель-Бьерсо открылась пекарня.\n"
            "Она печет 300 буханок в день.")
    assert place_of(rules, text, "300 буханок") == "Вильяфранка-дель-Бьерсо"


@pytest.mark.parametrize("text", [
    "В 2016 г. Правительство выделило 5 млн рублей.",  # a year, not "г." of a town
    "Добавьте 100 г. Сахара нет.",                       # grams
], ids=["year", "grams"])
def test_year_and_grams_are_not_town_markers(rules, text):
    assert not [m for m in all_places(text, rules) if m.place.id.startswith("town:")]


def test_town_name_in_nominative(rules):
    mentions = all_places("Рабочие места создадут в городе Кимовске.", rules)
    assert [m.place.name for m in mentions] == ["Кимовск"]


def test_place_near_which_a_plant_stands_is_not_the_figure_place(rules):
    text = ("Стратегия Заокского муниципального района. Экономика Заокского муниципального "
            "района растет.\n"
            "Завод построят в районе пос. Дубки, объем инвестиций составит 56 млн рублей.")
    assert place_of(rules, text, "56 млн рублей") == "Заокский муниципальный район"


@pytest.mark.parametrize("sentence,span", [
    ("Два центра появятся в Узбекистане.", "Два центра"),
    ("Больше всего патентов получили граждане Таджикистана – 12 тыс.", "12 тыс."),
], ids=["centres_abroad", "citizens_of"])
def test_other_country_in_regional_news_is_not_the_place(rules, sentence, span):
    text = ("Власти Новосибирской области откроют центры подготовки мигрантов, сообщили в "
            "правительстве Новосибирской области.\n" + sentence)
    assert place_of(rules, text, span) == "Новосибирская область"


ULYANOVSK = "Власти Ульяновской области подвели итоги года. Губернатор Ульяновской области выступил.\n"
CHUVASHIA = "Власти Чувашии подвели итоги года. Глава Чувашии выступил.\n"


@pytest.mark.parametrize("text,span,place", [
    # the country named in passing, then "в регионе": the region
    (ULYANOVSK + "На встрече с председателем правительства РФ губернатор отметил, что в регионе "
     "создано 20 тыс. вакансий.", "20 тыс. вакансий", "Ульяновская область"),
    # "республики" in news on a republic is the republic, not the country
    (CHUVASHIA + "Доля безработных в населении республики составила 4,2%.", "4,2%",
     "Чувашская Республика"),
], ids=["region", "republic"])
def test_home_word_stands_for_the_document_place(rules, text, span, place):
    assert place_of(rules, text, span) == place


def test_home_word_does_not_hide_the_partner(rules):
    text = "Миграция в Казахстане.\nИз стран СНГ в страну прибыло 12 тыс. человек."
    context = context_of(rules, text, "12 тыс. человек")
    assert (context.place, context.partner) == ("Казахстан", "СНГ")


TVER = ("ПРОГРАММА РАЗВИТИЯ ТВЕРСКОЙ ОБЛАСТИ\n"
        "Приложение к программе развития Тверской области.\n"
        "ПОКАЗАТЕЛИ ТВЕРСКОЙ ОБЛАСТИ\n")


def test_region_in_a_heading_in_capitals_is_the_listed_region(rules):
    context = context_of(rules, TVER + "Безработица составила 3,1%.", "3,1%")
    assert (context.place, context.place_code) == ("Тверская область", "RU-TVE")


@pytest.mark.parametrize("sentence,span,place", [
    ("Ставка налога для субъектов Российской Федерации снижена до 17%.", "17%", "Тверская область"),
    ("Уровень безработицы в среднем по России составляет 0,9%.", "0,9%", "Россия"),
], ids=["level_of_government", "country_figure"])
def test_own_country_in_regional_news_only_with_a_preposition(rules, sentence, span, place):
    text = "Правительство Тверской области утвердило бюджет Тверской области.\n" + sentence
    assert place_of(rules, text, span) == place


def test_america_is_the_usa_in_a_piece_on_the_usa(rules):
    text = ("Опрос в США показал рост доверия к мигрантам.\n"
            "Только 31% жителей Америки поддерживали мигрантов в 1994 году.")
    assert place_of(rules, text, "31%") == "США"


def test_latin_america_is_not_the_usa(rules):
    mentions = all_places("В США и странах Латинской Америки выросли цены.", rules)
    assert [m.place.name for m in mentions] == ["США", "Латинская Америка"]


@pytest.mark.parametrize("text,span,place", [
    ("Больше всего переселенцев приняла Карагандинская область – 3,1 тыс., затем "
     "Павлодарская – 2,4 тыс.", "2,4 тыс.", "Павлодарская область"),
    ("Убыль населения отмечена в Курганской (−1,2 тыс.) и Омской (−0,9 тыс.) областях.",
     "−0,9 тыс.", "Омская область"),
], ids=["after_dash", "coordinated"])
def test_region_adjective_without_its_noun(rules, text, span, place):
    assert place_of(rules, text, span) == place


def test_region_adjective_with_a_noun_of_its_own_is_no_place(rules):
    assert all_places("Акции Московской биржи и Омской компании выросли.", rules) == []


def test_where_people_went_is_the_partner(rules):
    text = ("Из Таджикистана на заработки уехали 200 тыс. граждан Таджикистана.\n"
            "Из них 150 тыс. человек отправились в Россию, 20 тыс. – в Казахстан.")
    first = context_of(rules, text, "150 тыс. человек")
    second = context_of(rules, text, "20 тыс.")
    assert (first.place, first.partner) == ("Таджикистан", "Россия")
    assert (second.place, second.partner) == ("Таджикистан", "Казахстан")


@pytest.mark.parametrize("text,span,place", [
    ("Выборы в Канаде прошли спокойно. В провинции Западный Ньюфаундленд либералы получили "
     "41% голосов.", "41%", "Западный Ньюфаундленд"),
    ("Выборы в Германии прошли спокойно. Голосовали и в земле Баден-Вюртемберг. В регионе "
     "явка составила 64%.", "64%", "Баден-Вюртемберг"),
], ids=["marker", "anaphora"])
def test_region_abroad_named_after_its_marker(rules, text, span, place):
    assert place_of(rules, text, span) == place


@pytest.mark.parametrize("text", [
    "Святыни на земле Израиля посетили туристы.",   # not an apposition: genitive
    "В регионе Иван Петров открыл завод.",          # a person's name
    "В регионе ХДС набрала голоса.",                # an abbreviation
], ids=["genitive", "person", "abbreviation"])
def test_no_region_after_marker(rules, text):
    assert not [m for m in all_places(text, rules) if m.place.id.startswith("region:")]


def test_group_acting_on_a_country(rules):
    text = "Беженцы в Европе.\nЗа год ЕС принял с территории Турции 8 тыс. беженцев."
    context = context_of(rules, text, "8 тыс. беженцев")
    assert (context.place, context.partner) == ("Евросоюз", "Турция")


def test_other_side_with_s(rules):
    text = ("Сотрудничество Казахстана.\n"
            "Число совместных предприятий Казахстана с Китаем достигло 700.")
    context = context_of(rules, text, "700")
    assert (context.place, context.partner) == ("Казахстан", "Китай")


@pytest.mark.parametrize("text", [
    "Жители гордятся историей своего города. Главным событием стал фестиваль.",  # a full stop
    "В родном городе Терезы открыли музей.",       # a person's name
    "В середине января с.г. Петров сообщил новость.",  # "с.г." is "сего года"
    "Парк открыли в центре города Для детей построили площадку.",  # a lost full stop
], ids=["full_stop", "person", "sego_goda", "preposition"])
def test_no_town_after_marker(rules, text):
    assert not [m for m in all_places(text, rules) if m.place.id.startswith("town:")]


def test_region_name_stays_on_its_line(rules):
    mentions = all_places("Завод находится в штате Техас\nReuters\nПомимо этого", rules)
    assert [m.place.name for m in mentions] == ["Техас"]


@pytest.mark.parametrize("text", [
    "Письмо Димитрия Ростовского, найденное в области, хранится в музее.",  # not of "область"
    "Коров завезли в хозяйство «Ивановское» этой области.",           # neuter: a farm's name
], ids=["epithet", "neuter"])
def test_adjective_that_cannot_stand_for_the_region(rules, text):
    assert all_places(text, rules) == []


def test_currency_issuer_is_no_place(rules):
    assert all_places("Доходы составили 3 млрд долларов США и 5 млн центов США.", rules) == []
    text = "Экспорт Казахстана.\nЭкспорт составил 3 млрд долларов США, из них 1,2 млрд долларов – нефть."
    assert place_of(rules, text, "1,2 млрд долларов") == "Казахстан"


def test_places_paired_with_figures_respectively(rules):
    text = ("Бедность в регионах России.\n"
            "В Курганской области и Алтайском крае бедные составляют 19 и 17% соответственно.")
    assert place_of(rules, text, "19") == "Курганская область"
    assert place_of(rules, text, "17%") == "Алтайский край"


def test_destination_after_dash_is_the_partner_of_the_origin(rules):
    text = ("Внутренняя миграция в Казахстане.\n"
            "Из Карагандинской области выбыло 20 тыс. человек, из них 8 тыс. – в Астану.")
    context = context_of(rules, text, "8 тыс.")
    assert (context.place, context.partner) == ("Карагандинская область", "Астана")


RU_TRANSFERS = "Переводы из России в страны Азии выросли, сообщил Банк России.\n"


@pytest.mark.parametrize("sentence,span,place,partner", [
    ("Средний перевод в Таджикистан составил 300 долларов.", "300 долларов", "Россия",
     "Таджикистан"),
    ("Безработица в Таджикистане составила 7%.", "7%", "Таджикистан", None),
], ids=["where_to", "where"])
def test_foreign_destination_is_the_partner(rules, sentence, span, place, partner):
    context = context_of(rules, RU_TRANSFERS + sentence, span)
    assert (context.place, context.partner) == (place, partner)


def test_region_in_the_title_is_not_a_national_release(rules):
    title = "В Якутии открыли центры профориентации"
    text = ("Власти Якутии открыли центры по примеру Тюмени, Нижнего Новгорода и Петербурга "
            "в рамках проекта РФ.\nВ центрах пройдут обучение 3 тыс. школьников.")
    assert place_of(rules, text, "3 тыс. школьников", title=title) == "Республика Саха (Якутия)"


def test_town_named_twice_does_not_outweigh_its_region(rules):
    title = "Бурятия подала заявку на создание особой зоны"
    text = ("Власти Бурятии подали заявку. Площадки разместят в городе Кяхтинск и поселке "
            "Нижний.\nВ Бурятии также заявили, что в Кяхтинск вложат 2 млрд рублей. Бюджет "
            "Бурятии выделит средства.\nВсего создадут 500 рабочих мест.")
    assert place_of(rules, text, "500", title=title) == "Республика Бурятия"


def test_unlisted_town_in_the_title_governs_the_document(rules):
    title = "В Арзамасе завершился фестиваль кино"
    text = "Фестиваль посетили более 4 тыс. зрителей, фильмы привезли из Польши."
    assert place_of(rules, text, "более 4 тыс. зрителей", title=title) == "Арзамас"


def test_lake_in_the_title_does_not_govern(rules):
    title = "Популяция соболя растет на Байкале"
    text = "Власти Бурятии подвели итоги учета.\nЧисленность соболя достигла 3 тыс. особей."
    assert place_of(rules, text, "3 тыс. особей", title=title) == "Республика Бурятия"


def test_place_inside_a_quoted_name_is_no_place(rules):
    assert all_places("Партия «Альтернатива для Германии» набрала 21% голосов.", rules) == []
    text = "Игры прошли на Сахалине.\nВ играх «Дети Азии» участвуют 1200 спортсменов."
    assert place_of(rules, text, "1200 спортсменов") == "Сахалинская область"


def test_place_inside_quoted_speech_stays(rules):
    text = ("«В Казахстане безработица снизилась до 4,8%, и это хороший результат для всей "
            "экономики», – сказал министр.")
    assert [m.place.name for m in all_places(text, rules)] == ["Казахстан"]


def test_other_country_named_more_than_the_city_is_a_place(rules):
    title = "Москва ответит на санкции"
    text = ("Конгресс США принял закон о санкциях. Санкции США расширят.\n"
            "Бюджет разведки США составит 70 млрд долларов.")
    assert place_of(rules, text, "70 млрд долларов", title=title) == "США"


def test_geographical_adjective_is_no_unlisted_place(rules):
    text = "Переговоры в Лондоне.\nШотландское правительство выделит 20 млн фунтов."
    assert place_of(rules, text, "20 млн фунтов") != "Шотландский"


def test_quoted_name_in_the_title_does_not_govern(rules):
    title = "«Олимп духа»: премьера фильма о чемпионах"
    text = "Премьера прошла в Казахстане.\nФильм посмотрели 300 зрителей."
    assert place_of(rules, text, "300 зрителей", title=title) == "Казахстан"


@pytest.mark.parametrize("text,span,place", [
    ("Госдеп оценил армию США.\nДоля новой техники в российских войсках выросла на 11%.",
     "11%", "Россия"),
    ("Клуб из США ведет переговоры.\nКлуб продаст армянского полузащитника за 22 млн евро.",
     "22 млн евро", "США"),
], ids=["territory", "nationality"])
def test_place_adjective_when_no_place_is_named(rules, text, span, place):
    assert place_of(rules, text, span) == place


def test_municipality_named_after_its_town(rules):
    text = ("Муниципальная программа городского округа Ступино Московской области.\n"
            "Программа утверждена по закону Московской области и закону Московской области "
            "о бюджете.\nТираж газет городского округа Ступино составляет 8000 экземпляров.\n"
            "Всего выходят 5 газет.")
    assert place_of(rules, text, "5 газет") == "Ступино"


def test_organization_after_municipality_marker_is_no_town(rules):
    text = "Командование Северо-Кавказским округом Росгвардии провело учения."
    assert not [m for m in all_places(text, rules) if m.place.id.startswith("town:")]


def test_town_named_in_passing_does_not_govern_news_from_a_country(rules):
    text = ("В Японии скончался старейший житель планеты.\n"
            "Он родился в городе Кётанго и прожил в Японии всю жизнь. Кётанго гордится им, "
            "а Япония чтит его память.\n"
            "У него осталось 7 детей.")
    assert place_of(rules, text, "7 детей") == "Япония"


def test_home_word_before_a_name_is_no_reference(rules):
    text = ("Миграция в Казахстане.\nВ Абайской области прибыло 3 тыс. человек.\n"
            "В регионе Улытау проживает 220 тыс. человек.")
    context = context_of(rules, text, "220 тыс. человек")
    assert context.place != "Абайская область"


def test_regional_capitals_are_listed_under_their_region(rules):
    mentions = all_places("В Петрозаводске и Ханты-Мансийском автономном округе", rules)
    assert [m.place.name for m in mentions] == ["Петрозаводск",
                                                 "Ханты-Мансийский автономный округ — Югра"]
    assert rules.gazetteer.country_of(mentions[0].place).name == "Россия"


def test_more_countries_with_iso_codes(rules):
    context = context_of(rules, "Экономика Норвегии выросла на 2%.", "2%")
    assert (context.place, context.place_code) == ("Норвегия", "NO")


@pytest.mark.parametrize("sentence,span", [
    ("В Омской, Томской и Новосибирской областях безработица составила 5%.", "5%"),
    ("Рождаемость упала на 15% в Республике Алтай, в Омской, Курской и Тверской областях.",
     "15%"),
    ("В Москве и Санкт-Петербурге цены выросли на 0,4%.", "0,4%"),
    ("Лидерами стали Омская область и Алтайский край, где цены выросли на 0,7%.", "0,7%"),
], ids=["before", "after", "two", "two where"])
def test_one_figure_for_a_list_of_regions_is_the_country(rules, sentence, span):
    assert place_of(rules, "Демография России.\n" + sentence, span) == "Россия"


def test_figures_paired_with_listed_regions_keep_them(rules):
    text = "Демография России.\nВ Омской области – 5%, в Томской – 6%, в Курской – 7%."
    assert place_of(rules, text, "6%") == "Томская область"


def test_place_right_after_each_figure_of_a_pair(rules):
    text = ("Цены в России.\nРост цен в ряде регионов страны объясняется дорогими овощами "
            "(на 2,1% в Томской области и на 1,7% в Алтайском крае).")
    assert place_of(rules, text, "2,1%") == "Томская область"
    assert place_of(rules, text, "1,7%") == "Алтайский край"


def test_figure_in_a_where_clause_is_about_its_place(rules):
    text = ("Мигранты из Таджикистана.\nМолодые таджики едут в Казахстан, где зарплаты "
            "примерно в 2 раза выше, чем дома.")
    assert place_of(rules, text, "примерно в 2 раза") == "Казахстан"


def test_capital_adjective_governs_every_figure_after_it_in_its_sentence(rules):
    text = ("Цены в Белоруссии.\nНа минском рынке картофель стоил в среднем 2 рубля ($0,8) "
            "за кг, то есть подорожал на 10%.")
    assert [place_of(rules, text, span) for span in ("2 рубля", "$0,8", "10%")] == ["Минск"] * 3


def test_cis_capitals_have_iso_codes(rules):
    context = context_of(rules, "Зарплаты в Узбекистане.\nВ Ташкенте средняя зарплата выросла на 12%.",
                         "12%")
    assert (context.place, context.place_code) == ("Ташкент", "UZ-TK")


def test_region_of_the_lead_is_the_home_though_other_regions_are_named(rules):
    # the country is named with three of its parts, but the lead is about one of them
    text = ("Власти Бурятии жалуются на отток молодежи. Глава Бурятии назвал причины.\n"
            "Выпускники уезжают в Иркутск и Новосибирск, реже в Москву, рассказали в "
            "правительстве Бурятии. Зарплаты в России растут, сказал он.\n"
            "За год число выпускников сократилось на 12%.")
    assert place_of(rules, text, "12%") == "Республика Бурятия"


def test_city_named_in_passing_in_news_on_the_country(rules):
    # "Москва" twice (a diaspora, a ministry) beside "Россия" many times is not the home
    text = ("Россия выдала больше патентов. В России работают мигранты. Россия ждет рост.\n"
            "Экономика России растет, в России мало рабочих. Россия и мигранты в России.\n"
            "Глава диаспоры в Москве и министр в Москве прокомментировали данные.\n"
            "Всего выдано 1,5 млн патентов.")
    assert place_of(rules, text, "1,5 млн патентов") == "Россия"


def test_far_east_is_the_federal_district(rules):
    mentions = all_places("Переселенцы едут на Дальний Восток, в регионы Дальнего Востока.", rules)
    assert [m.place.name for m in mentions] == ["Дальневосточный федеральный округ"] * 2


@pytest.mark.parametrize("sentence,span,partner", [
    ("Больше всего виз получили граждане Индии – 40 тыс.", "40 тыс.", "Индия"),
    ("Жителям Молдавии выдано 7 тыс. разрешений.", "7 тыс. разрешений", "Молдова"),
    # the people a listed figure counts come after its dash, not from the figure before it
    ("Патенты получили 9 тыс. выходцев из Армении, 3 тыс. – гражданам Грузии.", "3 тыс.",
     "Грузия"),
], ids=["citizens_of", "residents_of", "after_its_dash"])
@pytest.mark.parametrize("home", ["России", "Омской области"])
def test_people_of_another_country_give_the_partner(rules, sentence, span, partner, home):
    text = f"Мигранты в {home}. МВД подвело итоги года в {home}.\n" + sentence
    context = context_of(rules, text, span)
    assert context.partner == partner
    assert context.place == ("Россия" if home == "России" else "Омская область")


@pytest.mark.parametrize("text,span,place", [
    ("Минфин России заложил в бюджет нефть по $55 за баррель.", "$55", None),
    ("В России ожидают, что баррель марки Brent будет стоить $70.", "$70", None),
    ("Золото подорожало до $1900 за унцию, сообщили в России.", "$1900", None),
    # the barrel in another clause says nothing of the figure
    ("При цене барреля выше прогноза, бюджет России получит 2 трлн рублей.", "2 трлн рублей",
     "Россия"),
], ids=["per_barrel", "barrel_costs", "per_ounce", "other_clause"])
def test_world_market_price_has_no_place(rules, text, span, place):
    assert place_of(rules, "Бюджет России.\n" + text, span) == place


@pytest.mark.parametrize("sentence,span,place", [
    ("Безработица в Латвии – 7%, а в среднем по Евросоюзу – 6,2%.", "6,2%", "Евросоюз"),
    ("Цены в Латвии растут, средний рост цен по странам еврозоны составил 2,1%.", "2,1%",
     "еврозона"),
    # "по" in the name of a body: the group is not averaged over
    ("Комиссия Латвии по СНГ сообщила, что в Латвии работают 3 тыс. мигрантов.",
     "3 тыс. мигрантов", "Латвия"),
], ids=["eu_average", "eurozone", "body_name"])
def test_group_a_figure_is_averaged_over_is_the_place(rules, sentence, span, place):
    text = "Экономика Латвии. Латвия и Латвия.\n" + sentence
    assert place_of(rules, text, span) == place


@pytest.mark.parametrize("sentence,span,partner", [
    ("В прошлом году гражданство получили 52 тыс. таджиков.", "52 тыс. таджиков", "Таджикистан"),
    ("Около 40 тыс. грузинских граждан приехали на заработки.", "Около 40 тыс.", "Грузия"),
    # the country named before "жителей которого", which is not the place
    ("Первым идет Узбекистан, 61 тыс. жителей которого получили патенты.", "61 тыс. жителей",
     "Узбекистан"),
    # the figures that go on about them in the sentence, and in one opened by "Это"
    ("Патенты получили 9 тыс. белорусов (годом ранее – 12 тыс.).", "12 тыс.", "Беларусь"),
    ("Визы получили 8 тыс. вьетнамцев. Это на 15% больше, чем годом ранее.", "15%", "Вьетнам"),
    # the country right after a count of people by their origin noun
    ("В Россию въехали 12 тыс. граждан Армении и 20 тыс. граждан Грузии.", "20 тыс. граждан",
     "Грузия"),
    ("Патенты получили 5 тыс. выходцев из Армении.", "5 тыс. выходцев", "Армения"),
    # the origin of a flow carried to the later figures of its sentence
    ("На третьем месте выходцы из Армении — 7 тыс. граждан этой страны получили патенты (в "
     "2015 году — 9 тыс.).", "9 тыс.", "Армения"),
], ids=["nationals", "adjective_citizens", "whose_residents", "bracket", "this_is",
        "citizens_of_after", "natives_from_after", "flow_carried"])
def test_people_counted_by_their_country_give_the_partner(rules, sentence, span, partner):
    text = "Мигранты в России. МВД России подвело итоги года.\n" + sentence
    context = context_of(rules, text, span)
    assert (context.place, context.partner) == ("Россия", partner)


@pytest.mark.parametrize("sentence,span", [
    # people of the place the figure is about are no partner
    ("В России живут 110 млн русских и 5 млн татар, из них 20 тыс. россиян уехали.",
     "20 тыс. россиян"),
    # a count of other things after the people does not take their country
    ("В стране 2 млн сирийцев, они живут в 25 лагерях.", "25 лагерях"),
    # "Это" two sentences later does not reach back
    ("Визы получили 8 тыс. вьетнамцев. Визы выдают быстро. Это на 15% больше.", "15%"),
], ids=["home_people", "other_things", "not_next_sentence"])
def test_people_partner_does_not_spread(rules, sentence, span):
    text = "Мигранты в России. МВД России подвело итоги года.\n" + sentence
    assert context_of(rules, text, span).partner is None


def test_paragraph_opened_by_a_region_frames_its_figures(rules):
    text = ("Участки раздают на Дальнем Востоке. Дальний Восток ждет переселенцев.\n"
            "В Магаданской области за год выдали 900 участков. Приезжие получили 40 из них.\n"
            "Всего переселенцам отдали 300 гектаров.")
    assert place_of(rules, text, "40") == "Магаданская область"
    # the frame ends with its paragraph
    assert place_of(rules, text, "300 гектаров") == "Дальневосточный федеральный округ"


def test_a_trip_is_no_frame(rules):
    text = ("Экономика Турции растет. Турция и Турция.\n"
            "Во время поездки в Италию министр рассказал о планах. Турция получит 5 млрд евро.")
    assert place_of(rules, text, "5 млрд евро") == "Турция"


def test_town_opening_a_section_governs_it_to_the_next_subheading(rules):
    text = ("Власти Якутии говорят об оттоке жителей.\n"
            "Жизнь на севере\n"
            "В старом поселке Солнечный, центре района, осталось мало людей. Тут живут 900 человек.\n"
            "Хлеб в магазине стоит 80 рублей.\n"
            "Новые планы\n"
            "Республика выделит 2 млрд рублей.")
    assert place_of(rules, text, "900 человек") == "Солнечный"
    assert place_of(rules, text, "80 рублей") == "Солнечный"
    assert place_of(rules, text, "2 млрд рублей") == "Республика Саха (Якутия)"


@pytest.mark.parametrize("text,span,place", [
    ("Оленеводство развито в Чукотском АО. Сегодня здесь 90 тыс. оленей — это 30% от "
     "поголовья в Дальневосточном федеральном округе.", "30%", "Чукотский автономный округ"),
    # the base named by a home word is the place itself
    ("Население Чукотки растет. Приезжие составят 5% от населения региона.", "5%",
     "Чукотский автономный округ"),
], ids=["named_base", "home_word_base"])
def test_base_of_a_share_is_not_its_place(rules, text, span, place):
    assert place_of(rules, "Новости Чукотки. Чукотка.\n" + text, span) == place


@pytest.mark.parametrize("text,span,place", [
    ("По оценке МОТ, безработица в мире в 2024 году составила 5,0%.", "5,0%", "мир"),
    ("Во всем мире насчитывается около 280 млн мигрантов.", "около 280 млн мигрантов", "мир"),
    # "в мире моды" is a figure of speech, and the figure stays the country's
    ("В мире моды России заняты 40 тыс. человек.", "40 тыс. человек", "Россия"),
], ids=["in_the_world", "all_over_the_world", "world_of_fashion"])
def test_world_figures_have_the_world_as_place(rules, text, span, place):
    context = context_of(rules, "Рынок труда России.\n" + text, span)
    assert context.place == place
    assert context.place_code is None or place != "мир"


def test_people_of_a_country_give_the_home_of_a_text_naming_no_place(rules):
    # an opinion poll names no place, only the country's people
    text = ("Около 40% россиян ожидают роста цен, показал опрос. Еще 25% опрошенных не "
            "определились.\nПессимистов среди россиян стало больше.")
    assert place_of(rules, text, "25%") == "Россия"


def test_people_named_once_do_not_give_the_home(rules):
    text = "Около 40% опрошенных ожидают роста цен, как и многие россияне."
    assert place_of(rules, text, "Около 40%") is None


@pytest.mark.parametrize("title", [
    "Мэр_Новочеркасска_назвал_размер_пособия",  # a title taken from a file name
    "Мэр Новочеркасска назвал размер пособия",
], ids=["file_name", "plain"])
def test_unlisted_town_in_the_genitive_in_the_title_is_the_home(rules, title):
    text = "Пособие составило 300 рублей, сообщил глава города."
    assert place_of(rules, text, "300 рублей", title=title) == "Новочеркасск"


def test_example_region_in_the_lead_does_not_frame_a_comparison_of_regions(rules):
    # the lead's "в Крыму" is one example among many regions: the figures are the country's
    text = ("Доходы в стране падают. Например, в Крыму доходы выросли на 9%, Крым в лидерах.\n"
            "Рост отмечен в Бурятии, Дагестане, Ингушетии, Калмыкии и Амурской области. "
            "Правительство России довольно.\n"
            "Всего рост отмечен в 12 регионах.")
    assert place_of(rules, text, "12 регионах") == "Россия"


def test_region_under_a_wrong_administrative_noun(rules):
    mentions = all_places("В Чукотской автономной области спад составил 7%.", rules)
    assert [m.place.name for m in mentions] == ["Чукотский автономный округ"]
    mentions = all_places("В Чукотском районе спад составил 7%.", rules)
    assert [m.place.name for m in mentions] == ["Чукотский район"]


@pytest.mark.parametrize("first,place", [
    ("Депутаты внесли в Госдуму законопроект о пособиях.", "Россия"),
    ("В Москве обсудили законопроект о пособиях.", "Москва"),
], ids=["named_later", "named_first"])
def test_capital_named_in_passing_stands_for_its_country(rules, first, place):
    # the capital named only later (a speaker's city, an example) is no home of its own
    text = (first + "\nПособие составит 3 тыс. рублей.\n"
            "Очереди в детские сады велики в Москве, сказал депутат. В Москве их больше.")
    assert place_of(rules, text, "3 тыс. рублей") == place


@pytest.mark.parametrize("sentence,span,place", [
    # a list between the figure and the one before: the country's, the regions its breakdown
    ("Смертность в Тверской области — 2,5, в Орловской и Курской областях — 3,1.", "3,1",
     "Россия"),
    ("Спад сократился до 12%, а в Омской, Томской и Курской областях рост составил 9%.", "9%",
     "Россия"),
    # the figure before the list keeps its own place
    ("Смертность в Тверской области — 2,5, в Орловской и Курской областях — 3,1.", "2,5",
     "Тверская область"),
    # a figure for each place of the list
    ("Рост в Омской области (5%), в Томской области (6%) и в Курской области (7%).", "6%",
     "Томская область"),
    ("В Омской и Томской областях рост составил 5 и 6% соответственно.", "6%",
     "Томская область"),
], ids=["after_dash", "after_other_figure", "figure_before", "bracketed_each", "respectively"])
def test_several_regions_listed_before_one_of_several_figures(rules, sentence, span, place):
    text = "Регионы России. Данные по России.\n" + sentence
    assert place_of(rules, text, span) == place


def test_republic_named_with_a_lower_case_noun(rules):
    mentions = all_places("Рост отмечен в республике Алтай и в Алтайском крае.", rules)
    assert [m.place.name for m in mentions] == ["Республика Алтай", "Алтайский край"]


@pytest.mark.parametrize("sentence,span,place", [
    # in news on a city inside a region, "регион" is that region
    ("Строительство обойдется бюджету региона в 90 млн рублей.", "90 млн рублей",
     "Омская область"),
    # "город" is still the city
    ("Бюджет города получит 40 млн рублей.", "40 млн рублей", "Омск"),
], ids=["region", "city"])
def test_region_word_in_news_on_a_city_is_its_region(rules, sentence, span, place):
    text = "В Омске откроют центр. Центр в Омске.\n" + sentence
    assert place_of(rules, text, span, title="В Омске откроют центр") == place


def test_region_word_in_news_on_a_federal_city_is_the_city(rules):
    text = "В Москве откроют центр. Центр в Москве.\nБюджет региона получит 40 млн рублей."
    assert place_of(rules, text, "40 млн рублей", title="В Москве откроют центр") == "Москва"


@pytest.mark.parametrize("text", [
    "В Москве и в области, Ставрополье, станица; блат ЁЛКИ Ёлки",
    "сТанция ГОрод гОрод БЛ бл-а сΣ İстанбул Kазань 5Москва «Москва» Σ οΣ",
    "\U00010400\U00010428 Москва",  # a letter outside the Basic Multilingual Plane
])
def test_name_finder_misses_no_word_find_places_tests(rules, text):
    """Gazetteer.name_starts reads a text as written: every word find_places would look up
    (a capitalized one by `prefixes`, any other by `lower_prefixes`) must be one of its hits."""
    from migextract.places import _name_starts, _prefix, _words

    gazetteer = rules.gazetteer
    hits = set(_name_starts(text, gazetteer))
    for i, word in enumerate(m.group() for m in _words(text)[0]):
        prefixes = gazetteer.prefixes if word[:1].isupper() else gazetteer.lower_prefixes
        assert _prefix(word) not in prefixes or i in hits, word
