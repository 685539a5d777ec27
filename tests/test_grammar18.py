"""grammar18 (an audit of НГ and RT news): power in megawatts (`MW`, docs/annotation.md §6.23)
from W, kW, MW, GW, TW and PW; energy in megawatt-hours (`MWh`), so that "кВт·ч" is never a power;
minutes (`min`), millimetres (`mm`) and centimetres (`cm`) as units of their own; a Celsius "С"
glued to a signed number ("+40С"); the Egyptian pound. Sentences written for these tests, and
two corpus articles read from ../shared/corpus at test time."""

from __future__ import annotations

import json
import zipfile

import pytest

from migextract.pipeline import extract_text
from migextract.records import is_currency


def _facts(text: str) -> dict[str, tuple]:
    return {f.span: (f.quantity.value, f.quantity.unit, f.quantity.qualifier)
            for f in extract_text(text).facts}


@pytest.mark.parametrize("text,span,expected", [
    ("Мощность новой станции составит 400 МВт.", "400 МВт", (400, "MW", "exact")),
    ("Мощность АЭС достигнет 1,2 ГВт к 2025 году.", "1,2 ГВт", (1200, "MW", "exact")),
    ("Установка мощностью 500 кВт работает с весны.", "500 кВт", (0.5, "MW", "exact")),
    ("Лазер выдает излучение мощностью 1000 Вт.", "1000 Вт", (0.001, "MW", "exact")),
    ("Мощность импульса достигла 2 петаватт.", "2 петаватт", (2e9, "MW", "exact")),
    ("В стране введено около 76 тыс. МВт солнечных станций.", "около 76 тыс. МВт",
     (76000, "MW", "approx")),
    ("Ветряки дают более 300 гигаватт.", "более 300 гигаватт", (300000, "MW", "gt")),
    ("Мощности растут в среднем на 0,5 ГВт в год.", "0,5 ГВт", (500, "MW", "exact")),
], ids=["mw", "gw", "kw", "w", "pw_word", "scaled_mw", "gw_word", "gw_per_year"])
def test_power_is_read_in_megawatts(text, span, expected):
    assert _facts(text)[span] == expected


@pytest.mark.parametrize("text,span,expected", [
    ("Выработка ГЭС составила 178,9 млрд кВт-ч.", "178,9 млрд кВт-ч", (178.9e6, "MWh")),
    ("Потребление составило 1,1 трлн кВт·ч за год.", "1,1 трлн кВт·ч", (1.1e9, "MWh")),
    ("Ферма потребляет 2 кВт⋅ч.", "2 кВт⋅ч", (0.002, "MWh")),
    ("Станция продаст более 43 900 МВт-ч в год.", "более 43 900 МВт-ч", (43900, "MWh")),
    ("Энергия ветра даст 888 ТВт-ч электричества.", "888 ТВт-ч", (888e6, "MWh")),
    ("Выработано 1 млрд киловатт-часов.", "1 млрд киловатт-часов", (1e6, "MWh")),
], ids=["kwh_dash", "kwh_dot", "kwh_dot_operator", "mwh", "twh", "kwh_words"])
def test_energy_is_megawatt_hours_not_power(text, span, expected):
    assert _facts(text)[span][:2] == expected


@pytest.mark.parametrize("text,span,expected", [
    ("Он оформил хет-трик за 23 минуты.", "23 минуты", (23, "min", "exact")),
    ("Игрок не был готов провести на поле все 90 минут.", "90 минут", (90, "min", "exact")),
    ("Самолеты взлетели спустя шесть минут после запуска.", "шесть минут",
     (6, "min", "exact")),
    ("Перерыв длился около 15 мин., затем игра продолжилась.", "около 15 мин.",
     (15, "min", "approx")),
], ids=["digits", "all_90", "words", "abbreviation"])
def test_minutes_are_a_unit(text, span, expected):
    assert _facts(text)[span] == expected


def test_a_minute_before_an_event_stays_no_figure():
    assert not any("минут" in span for span in _facts("Лишь за 10 минут до конца он пробил."))


@pytest.mark.parametrize("text,span,expected", [
    ("Нашли гильзы калибра 9 мм.", "9 мм", (9, "mm")),
    ("Изъяли 50 патронов калибра 5,45 миллиметра.", "5,45 миллиметра", (5.45, "mm")),
    ("Выпало до 30 миллиметров осадков.", "до 30 миллиметров", (30, "mm")),
    ("Его рост 216 см, вес 120 кг.", "216 см", (216, "cm")),
    ("Рост женщин остается на уровне 170 сантиметров.", "170 сантиметров", (170, "cm")),
], ids=["mm", "mm_word", "mm_bound", "cm", "cm_word"])
def test_millimetres_and_centimetres(text, span, expected):
    assert _facts(text)[span][:2] == expected


@pytest.mark.parametrize("text", [
    "Давление составит 760 мм рт. ст.",
    "Атмосферное давление составит 737 миллиметров ртутного столба.",
], ids=["abbreviated", "words"])
def test_millimetres_of_mercury_are_no_length(text):
    assert all(unit != "mm" for _, unit, _ in _facts(text).values())


@pytest.mark.parametrize("text,span,expected", [
    ("Температура в кабине достигала +60С, на улице было +40С.", "+40С", (40, "deg")),
    ("Температура асфальта достигала 50-60С днем.", "50-60С", (55, "deg")),
    ("В Мельбурне было +37 С˚.", "+37 С˚", (37, "deg")),
], ids=["signed", "range", "letter_then_ring"])
def test_a_glued_celsius_is_a_temperature(text, span, expected):
    assert _facts(text)[span][:2] == expected


def test_a_model_code_with_a_glued_letter_stays_no_figure():
    assert _facts("Самолеты несли бомбы КАБ-500С и ракеты.") == {}


def test_the_egyptian_pound():
    text = "Курс упал с 13 египетских фунтов за доллар."
    assert _facts(text)["13 египетских фунтов"][:2] == (13, "EGP")


def _rt_article(corpus, name: str, words: tuple[str, ...]) -> str:
    """The first RT article of archive `name` whose text holds all `words`."""
    with zipfile.ZipFile(corpus / "news" / "rt_ng" / name) as archive:
        for member in archive.namelist():
            for line in archive.open(member):
                text = json.loads(line).get("content") or ""
                if all(word in text for word in words):
                    return text
    pytest.skip(f"no article with {words} in {name}")


def test_power_in_a_corpus_article(corpus):
    """A laser article: petawatts and watts are power in MW, not a counted "петаватт"."""
    text = _rt_article(corpus, "russia_today_3.jsonlines.zip", ("петаватт", "1000 Вт"))
    facts = _facts(text)
    assert facts["2 петаватт"][:2] == (2e9, "MW")
    assert facts["1000 Вт"][:2] == (0.001, "MW")


def test_minutes_in_a_corpus_article(corpus):
    """A football review: "за 23 минуты" is 23 minutes, not 23 counted "минута"."""
    text = _rt_article(corpus, "russia_today_6.jsonlines.zip", ("хет-трик за 23 минуты",))
    assert _facts(text)["23 минуты"][:2] == (23, "min")


@pytest.mark.parametrize("text,span,expected", [
    ("Кандидаты набрали немногим более 15 и 6% соответственно.", "немногим более 15",
     (15, "percent", "gt")),
    ("Прибыло немногим больше, чем 1 тыс. человек.", "немногим больше, чем 1 тыс. человек",
     (1000, "person", "gt")),
    ("Задолженность выросла практически на 2,5 млрд рублей.", "практически на 2,5 млрд рублей",
     (2.5e9, "RUB", "approx")),
    ("В акции участвовали без малого 300 человек.", "без малого 300 человек",
     (300, "person", "approx")),
], ids=["nemnogim_bolee", "nemnogim_bolshe_chem", "prakticheski", "bez_malogo"])
def test_qualifiers_the_rulebook_lists(text, span, expected):
    assert _facts(text)[span] == expected


@pytest.mark.parametrize("text,span,counted", [
    ("Рейтинг 100 наиболее влиятельных политиков России вышел в феврале.", "100", "политик"),
    ("В природе существует от 1 млн до 10 млн неизвестных пока видов.", "от 1 млн до 10 млн",
     "вид"),
], ids=["adverb_before_adjective", "adverb_after_adjective"])
def test_an_adverb_among_the_attributes_keeps_the_counted_noun(text, span, counted):
    fact = next(f for f in extract_text(text).facts if f.span == span)
    assert fact.quantity.counted == counted


def test_an_adverb_right_after_the_number_ends_the_figure():
    assert _facts("Он набрал 15 очень быстро.")["15"][1] is None


@pytest.mark.parametrize("text", [
    "ТАПИ нужно рассматривать как эпизод «платформы С5+1».",
    "Формат G7+1 обсуждали на саммите.",
], ids=["cyrillic", "latin"])
def test_a_name_ending_in_digits_plus_a_number_is_no_figure(text):
    assert _facts(text) == {}


def test_an_age_passed_is_no_period():
    text = "В выборах участвовали все 267 граждан, которым перевалило за 100 лет."
    assert _facts(text)["100 лет"] == (100, "year", "gt")


@pytest.mark.parametrize("unit,money", [("MW", False), ("MWh", False), ("RUB", True),
                                        ("KZT", True), ("percent", False), (None, False)])
def test_only_three_capitals_are_money(unit, money):
    assert is_currency(unit) is money


def test_power_is_not_read_as_money():
    fact = next(f for f in extract_text("На Украине введено 400 МВт солнечных станций.").facts
                if f.span == "400 МВт")
    assert not any("money" in rule for rule in fact.context.rules)
