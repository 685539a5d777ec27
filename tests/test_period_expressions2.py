"""Period expressions, second pass: seasons, months running into the next year, two years named
together, "годом позже", a rank span ("рекордные за последние восемь лет"), a half of a day, "в
начале июля 2017 года" and "в предыдущий год". Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from migextract.normalize import normalize_text
from migextract.periods import find_periods
from migextract.pipeline import extract_text

from .test_period_rules import _figure, _period


def _explicit(rules, phrase, reference_year=2017):
    return [(m.period_start, m.period_end)
            for m in find_periods(normalize_text(phrase), rules.periods, 0, reference_year, None)
            if m.kind == "explicit"]


@pytest.mark.parametrize("phrase, start, end", [
    ("летом 2017 года", date(2017, 6, 1), date(2017, 8, 31)),
    ("к весне 1944 года", date(1944, 3, 1), date(1944, 5, 31)),
    ("к лету 1944-го", date(1944, 6, 1), date(1944, 8, 31)),
    ("осенью этого года", date(2017, 9, 1), date(2017, 11, 30)),
    ("весной прошлого года", date(2016, 3, 1), date(2016, 5, 31)),
    ("зимой 2017/18 года", date(2017, 12, 1), date(2018, 2, 28)),
    ("зимой 2015-2016 годов", date(2015, 12, 1), date(2016, 2, 29)),
    ("зимой 2018 года", date(2017, 12, 1), date(2018, 2, 28)),  # the winter that ends in 2018
    ("в сентябре – апреле 2016–2017 годов", date(2016, 9, 1), date(2017, 4, 30)),
    ("октябрь-март 2015/16 года", date(2015, 10, 1), date(2016, 3, 31)),
    ("в 2019-м и 2020-м", date(2019, 1, 1), date(2020, 12, 31)),
    ("в 2014 и 2015 годах", date(2014, 1, 1), date(2015, 12, 31)),
    ("в начале июля 2017 года", date(2017, 7, 1), date(2017, 7, 31)),
    ("в середине марта 2016 года", date(2016, 3, 1), date(2016, 3, 31)),
    ("в конце апреля — начале мая 2016 года", date(2016, 4, 1), date(2016, 5, 31)),
    ("под занавес 2018 года", date(2018, 12, 31), date(2018, 12, 31)),
    ("с начала декабря по 7 января 2018 года", date(2017, 12, 1), date(2018, 1, 7)),
    ("с 20 декабря по 10 января 2019 года", date(2018, 12, 20), date(2019, 1, 10)),
    ("с 9 ноября по 30 декабря 2016 года", date(2016, 11, 9), date(2016, 12, 30)),
    ("в первые девять месяцев 2017 года", date(2017, 1, 1), date(2017, 9, 30)),
    ("за 9 мес. 2016 года", date(2016, 1, 1), date(2016, 9, 30)),
    ("в 2019/2020 годах", date(2019, 1, 1), date(2020, 12, 31)),
    ("в период отопительного сезона-2018/2019", date(2018, 1, 1), date(2019, 12, 31)),
])
def test_phrase_reads_as_period(rules, phrase, start, end):
    assert _explicit(rules, phrase) == [(start, end)]


@pytest.mark.parametrize("phrase", [
    "в первой половине дня",
    "во второй половине недели",
    "в первой половине сентября",
    "во второй половине XX века",
    "лето выдалось жарким",  # a season without a year dates nothing
    "счёт 2015/16 не закрыт",  # two numbers with a slash and no "год" or "в" before them
])
def test_phrase_is_no_half_year_or_season(rules, phrase):
    assert _explicit(rules, phrase) == []


def test_two_years_far_apart_are_two_periods(rules):
    assert _explicit(rules, "в 2010 и 2015 годах") == [
        (date(2010, 1, 1), date(2010, 12, 31)), (date(2015, 1, 1), date(2015, 12, 31))]


@pytest.mark.parametrize("text, span, start, end", [
    # a season dates its figure
    ("К весне 1998 года доля безработных снизилась до 11%, к лету 1998-го – до 9%.", "11%",
     date(1998, 3, 1), date(1998, 5, 31)),
    ("К весне 1998 года доля безработных снизилась до 11%, к лету 1998-го – до 9%.", "9%",
     date(1998, 6, 1), date(1998, 8, 31)),
    # months over two years
    ("Отопительный сезон пришёлся на октябрь–апрель 2012–2013 годов. За это время потребление "
     "газа составило 41 млрд кубометров.", "41 млрд кубометров",
     date(2012, 10, 1), date(2013, 4, 30)),
    # one figure for two years spans both
    ("По прогнозу министерства, в 2021-м зарплаты вырастут на 3%, а в 2022-м и 2023-м – "
     "примерно на 2%.", "3%",
     date(2021, 1, 1), date(2021, 12, 31)),
    ("По прогнозу министерства, в 2021-м зарплаты вырастут на 3%, а в 2022-м и 2023-м – "
     "примерно на 2%.", "примерно на 2%",
     date(2022, 1, 1), date(2023, 12, 31)),
    # two years read one to one (соответственно) stay one each
    ("В 2021 году курс составит 70 рублей, а в 2022 и 2023 годах — 72 и 75 рублей "
     "соответственно.", "72",
     date(2022, 1, 1), date(2022, 12, 31)),
    ("В 2021 году курс составит 70 рублей, а в 2022 и 2023 годах — 72 и 75 рублей "
     "соответственно.", "75 рублей",
     date(2023, 1, 1), date(2023, 12, 31)),
    # a year later
    ("В 2012 году инфляция составила 6,6%. Годом позже она снизилась до 6,5%.", "6,5%",
     date(2013, 1, 1), date(2013, 12, 31)),
    # a rank span leaves the stated year
    ("В 2019 году из страны вывели рекордные за последние пять лет $120 млрд.", "$120 млрд.",
     date(2019, 1, 1), date(2019, 12, 31)),
    # a rank span alone is still undated
    ("В 2019 году экспорт вырос на 4%. Сейчас курс достиг максимального за последние три года "
     "уровня в 80 рублей.", "80 рублей",
     None, None),
    # the preceding year is before the year in force
    ("В 2016 году товарооборот вырос на 4%, тогда как в предыдущий год упал на 21%.", "21%",
     date(2015, 1, 1), date(2015, 12, 31)),
    # from the middle of a year is an onset
    ("В 2013 году экспорт вырос на 2%. С середины 2014 года товарооборот с Европой сократился "
     "на 1,5% ВВП.", "1,5%",
     None, None),
    # bare season years after a named one
    ("В 2020/2021 годах сборы зерна составили 130 млн т, а в 2019/20 — 121 млн т.", "130 млн т",
     date(2020, 1, 1), date(2021, 12, 31)),
    ("В 2020/2021 годах сборы зерна составили 130 млн т, а в 2019/20 — 121 млн т.", "121 млн т.",
     date(2019, 1, 1), date(2020, 12, 31)),
    # the current school year is undated
    ("В 2012/2013 учебном году в школах края учились 480 тыс. детей. В текущем же учебном году "
     "их стало 610 тыс.", "610 тыс.",
     None, None),
])
def test_figure_gets_the_period(rules, text, span, start, end):
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, span)) == (start, end)


def test_half_of_a_day_is_no_half_year(rules):
    facts = extract_text("В 2020 году торги шли вяло. В первой половине дня индекс вырос на 1,2%.",
                         rules=rules).facts
    assert _period(_figure(facts, "1,2%")) != (date(2020, 1, 1), date(2020, 6, 30))


def test_school_years_give_no_span(rules):
    assert _explicit(rules, "в 2016/17 учебном году 934 тыс., а в 2015/16 — 910 тыс.") == []
