"""Subjects built for shares the text never names as one phrase: a percent of a whole given by
singular adjectives and a noun in the genitive ("60% общего объема мусора"), a prepositional
phrase before such a percent (where the share goes, not what is measured), an infinitive that
takes the share as its object, a whole named by a pronoun ("13% от их общего числа") or by a
relative clause ("мусора, около 50% которого …"), and a bracketed percent of its own whole.

Each sentence is written for this test on a construction seen in news; the expected subject is
that of the figure whose span is given (the first figure when none is)."""

from __future__ import annotations

import pytest

from .conftest import subject_of as _subject


@pytest.mark.parametrize("text, span, subject", [
    # singular adjectives in the genitive leading to a genitive noun: the whole of the share
    ("Около 100% запланированной поддержки было оказано сразу.", None,
     "доля запланированной поддержки"),
    ("Почти 40% областной казны уходит на зарплаты.", None,
     "доля областной казны, уходящей на зарплаты"),
    # … with the genitives after the measure noun, and without a possessive "свой"
    ("Около 30% общего объема выручки приходится на экспорт.", None,
     "доля общего объема выручки"),
    ("Область потратила на дороги 12% своего бюджета.", None,
     "доля бюджета, потраченного областью"),
    # a prepositional phrase right before a percent of a whole says where the share goes
    ("Область потратила на дороги 12% бюджета.", None, "доля бюджета, потраченного областью"),
    # an infinitive takes the share as its object, with its complement before or after
    ("Это позволит около 60% общего объема мусора направлять на вторичную переработку.", None,
     "доля общего объема мусора, направляемого на вторичную переработку"),
    ("Комплексы позволят направлять на переработку около 60% общего объема мусора.", None,
     "доля общего объема мусора, направляемого на переработку"),
    ("Власти планируют потратить на дороги 12% бюджета.", None,
     "доля бюджета, потраченного на дороги"),
    # "это N% от их общего числа": the whole is what the figure before counted
    ("В 2018 году было выдано 200 тыс. патентов. Это 20% от их общего количества.", "20%",
     "доля выданных патентов"),
    ("В прошлом году в город приехали 500 мигрантов. Это 13% от их общего числа.", "13%",
     "доля приехавших"),
    # "N% которого/которых": a share of the noun the relative clause is attached to
    ("Ежегодно образуется 240 тыс. т мусора, около 50% которого сортируется на заводе.",
     "около 50%", "доля мусора, сортирующегося на заводе"),
    ("В городе 300 тыс. жителей, 40% которых пользуются метро.", "40%",
     "доля жителей, пользующихся метро"),
    # a bracketed percent with its own whole is a share of that whole, not of the phrase before
    ("Японцы редко страдают от ожирения (не более 3% населения).", None, "доля населения"),
])
def test_built_share(text, span, subject):
    assert _subject(text, span) == subject


@pytest.mark.parametrize("text, span, subject", [
    # a plural adjective or a noun is a group on its own, as before
    ("Около 60% опрошенных хотят уехать за границу.", None,
     "доля опрошенных, хотящих уехать за границу"),
    ("На социальную сферу придется 67% расходов.", None, "доля расходов"),
    # adjectives that do not lead to a noun in the genitive make no whole
    ("Ставка составила 7% годовых.", None, "ставка"),
    # a stated whole without a pronoun keeps its words
    ("В 2018 году в регион прибыли 2 тыс. переселенцев, это 13% от общего числа участников "
     "программы.", "13%", "доля от общего числа участников программы"),
])
def test_unchanged(text, span, subject):
    assert _subject(text, span) == subject


@pytest.mark.parametrize("text, span, subject", [
    # the subject of a price verb behind a relative clause or a future auxiliary
    ("Строительство второго забора, который будет закончен к 1 мая, будет стоить 28,4 млрд "
     "форинтов.", None, "цена строительства второго забора"),
    ("Новый стадион будет стоить 5 млрд рублей.", None, "цена нового стадиона"),
    # … or the antecedent of "который", the subject of the price verb, in any case
    ("Мост, который у нас без малого стоит 2,04 млрд рублей, построят к лету.", None,
     "цена моста"),
    ("Как только приступим к работам по мосту, который стоит 2,04 млрд рублей, вопрос будет "
     "открыт.", None, "цена моста"),
])
def test_price_of_subject(text, span, subject):
    assert _subject(text, span) == subject


@pytest.mark.parametrize("text, span, subject", [
    # a genitive before the dash of a gapped clause takes the head of the subject before, also
    # with a prepositional phrase of its own and after the change's new level
    ("Количество кафе выросло на 10% до 120, а мест в ресторанах - на 5%.", "5%",
     "количество мест в ресторанах"),
    ("Число гостиниц увеличилось в 3 раза до 64, номеров в гостиницах - в 4 раза.", "в 4 раза",
     "число номеров в гостиницах"),
    # … and a nominative one after a figure carried from the one before
    ("Число гостиниц увеличилось в 3 раза, номеров - в 4 раза почти до 2,8 тыс., количество "
     "занятых в туризме - до 3,9 тыс.", "3,9 тыс.", "количество занятых в туризме"),
])
def test_gapped_list(text, span, subject):
    assert _subject(text, span) == subject


@pytest.mark.parametrize("text, span, subject", [
    # "у N% X": the share of the group of whom the rest of the clause is said (period and place
    # words left out with their prepositions)
    ("В 2017 году вознаграждение выросло у 44% респондентов.", None,
     "доля респондентов, у которых вознаграждение выросло"),
    ("В Москве зарплата снизилась у 30% работников.", None,
     "доля работников, у которых зарплата снизилась"),
    ("У 60% опрошенных выступление вызвало воодушевление.", None,
     "доля опрошенных, у которых выступление вызвало воодушевление"),
    # a clause with no verb says nothing of the group
    ("У 20% опрошенных нет сбережений.", None, "доля опрошенных"),
])
def test_share_having(text, span, subject):
    assert _subject(text, span) == subject
