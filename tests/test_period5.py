"""The reference year of an undated text: a year that names a thing, and the onset of a law or
plan said in the future (period5 pass). The sentences are ours."""
from migextract.context.dating import reference_year
from migextract.rules import load_rules

RULES = load_rules()


def _year(text: str) -> int | None:
    return reference_year(None, text, RULES.periods, RULES.context.speech)


def test_year_naming_an_event_does_not_date_the_clause():
    # "Олимпиада 2014 года" names the games; the text is of 2008, not after 2014
    text = ("Власти начали выкуп земель под зимнюю Олимпиаду 2014 года. "
            "В 2008 году владельцы получили компенсации на 3 млрд рублей.")
    assert _year(text) == 2009


def test_year_after_a_word_of_time_still_dates_the_clause():
    text = "В первом полугодии 2016 года доходы населения снизились на 7%."
    assert _year(text) == 2016


def test_onset_of_a_whole_year_in_the_future_is_said_before_it():
    text = ("С 1 января 2018 года начнёт действовать закон о выплатах на первого ребёнка. "
            "Средняя выплата составит 10 523 рубля.")
    assert _year(text) == 2017


def test_onset_with_a_verb_of_plan():
    text = "С 2019 года в стране планируется повысить пенсионный возраст."
    assert _year(text) == 2018


def test_onset_in_the_past_is_no_plan():
    text = "С 1 января 2017 года закон вступил в силу, и выплаты выросли на 5%."
    assert _year(text) != 2016


# --- lead figures that wait for a period named later ----------------------------------------

from migextract.pipeline import extract_document  # noqa: E402
from migextract.records import SourceRecord  # noqa: E402


def _periods(text: str) -> dict[str, tuple]:
    result = extract_document(SourceRecord("t", text, "t"), RULES)
    return {f.span: (f.context.period_start, f.context.period_end) for f in result.facts}


def test_poll_share_in_the_present_waits_for_no_later_period():
    text = ("Лишь 34% опрошенных граждан считают новые цели достижимыми. "
            "В 2016 году с текстом доклада были знакомы 43% опрошенных.")
    periods = _periods(text)
    assert periods["34%"] == (None, None)
    assert periods["43%"][0] is not None


def test_forecast_in_the_lead_waits_for_no_later_period():
    text = ("Пекари намерены поднять цены на хлеб на 18%. Подорожание будет постепенным — "
            "по 1,5% в месяц.\nС января по октябрь 2017 года хлеб подорожал на 12%.")
    periods = _periods(text)
    assert periods["18%"] == (None, None)
    assert periods["1,5%"] == (None, None)


def test_past_lead_figure_still_takes_the_period_named_after_it():
    text = ("Средняя продолжительность жизни достигла 72,5 лет. По данным Росстата за семь "
            "месяцев 2018 года, смертность снизилась на 4%.")
    periods = _periods(text)
    assert periods["72,5 лет"][0] is not None


def test_year_of_a_ranking_still_dates_its_clause():
    # "сериалом 2016 года" is no event named by its year: "стала" dates the text after 2016
    text = "Сериал стал самым скачиваемым сериалом 2016 года, его скачали 10 млн раз."
    assert _year(text) == 2017


def test_text_naming_its_own_year():
    text = ("Страна планировала завершить работу к 2020 году, но завершает её в текущем 2017 "
            "году. В 2010 году было уничтожено 40% запасов.")
    assert _year(text) == 2017


def test_a_plan_by_a_year_made_in_the_past_is_no_horizon_reached():
    # "планировала завершить к 2020 году" says nothing of a text written after 2020
    text = ("Страна планировала завершить уничтожение запасов к 2020 году. "
            "В 2016 году было уничтожено 90% запасов.")
    assert _year(text) == 2017
