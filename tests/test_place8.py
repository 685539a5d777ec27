"""Place rules of the eighth place pass (place8): place and partner in foreign and
multi-country news, found on unannotated RT/НГ articles. Each case failed before its rule was
added. The sentences are ours."""

from __future__ import annotations

from .conftest import context_of

_UKRAINE = "Украина наращивает торговлю. Экономика Украины растёт. Украина ищет рынки сбыта.\n"
_UKRAINE_TITLE = "Долги Украины"
_USA = "США наращивают долг. Долг США растёт. США занимают всё больше.\n"


def _of(rules, text, span, title=None):
    context = context_of(rules, text, span, title=title)
    return context.place, context.partner


# a place in the dative right after a verb or noun of transfer is who receives: the other side
# of a payment between places (partner), the payer the place


def test_the_dative_recipient_of_a_payment_is_the_partner(rules):
    text = _UKRAINE + "В этом году Украина должна будет выплатить России около $3 млрд."
    assert _of(rules, text, "около $3 млрд.", _UKRAINE_TITLE) == ("Украина", "Россия")


def test_the_payer_in_the_accusative_is_the_place(rules):
    text = _UKRAINE + "Лондонский суд обязал Украину выплатить России $3 млрд."
    assert _of(rules, text, "$3 млрд.", _UKRAINE_TITLE) == ("Украина", "Россия")


def test_a_debtor_and_its_creditor_in_the_dative(rules):
    text = _USA + "США задолжали Китаю $1,3 трлн."
    assert _of(rules, text, "$1,3 трлн.", "Долги США") == ("США", "Китай")


def test_the_document_country_as_recipient_stays_the_place(rules):
    text = _UKRAINE + "За четыре года фонд планировал выделить Украине $17,5 млрд."
    assert _of(rules, text, "$17,5 млрд.", _UKRAINE_TITLE) == ("Украина", None)


def test_a_recipient_with_no_giving_place_is_the_place(rules):
    text = _USA + "По данным отчёта, фонд выделил Грузии $14 млн."
    assert _of(rules, text, "$14 млн.", "Долги США")[0] == "Грузия"


def test_the_capital_of_the_document_country_paid_is_the_country(rules):
    text = _UKRAINE + "Премьер заявил, что «Газпром» должен выплатить Киеву $8,5 млрд."
    assert _of(rules, text, "$8,5 млрд.", _UKRAINE_TITLE) == ("Украина", None)


def test_after_a_noun_a_form_that_may_be_genitive_is_not_a_recipient(rules):
    text = _USA + "Помощь России союзникам составила $2 млрд."
    assert _of(rules, text, "$2 млрд.", "Долги США")[1] is None


def test_a_foreign_payer_of_the_document_country_is_the_partner(rules):
    text = _UKRAINE + "Китай обещал предоставить Украине кредит на $7 млрд."
    assert _of(rules, text, "$7 млрд.", _UKRAINE_TITLE) == ("Украина", "Китай")


# a capital in the title stands for its state when the text names the country more often than
# the city; foreign capitals the gazetteer lists act for their states like the CIS ones


def test_a_capital_in_the_title_over_a_text_on_its_country_is_the_country(rules):
    text = "Германия ужесточает правила. Власти Германии недовольны. За год подано 745 тыс. заявлений."
    assert _of(rules, text, "745 тыс. заявлений", "Берлин рассчитывает избавиться от беженцев")[0] \
        == "Германия"


def test_a_capital_in_the_title_of_news_on_the_city_stays_the_city(rules):
    text = ("Киев обновит дороги. В Киеве отремонтируют 120 км улиц. Власти Киева выделят на это "
            "средства. Жители Киева ждут. На Украине ремонтируют и другие дороги.")
    assert _of(rules, text, "120 км", "Киев обновит дороги")[0] == "Киев"


def test_a_foreign_capital_paid_in_news_on_its_country_is_the_country(rules):
    text = ("Турция принимает беженцев. Турция просит денег. Турция ждёт.\n"
            "Президент жаловался, что ЕС не спешит выплатить Анкаре 6 млрд евро.")
    assert _of(rules, text, "6 млрд евро", "Беженцы в Турции") == ("Турция", "Евросоюз")


def test_an_offer_to_the_document_countrys_capital_is_the_country(rules):
    text = _UKRAINE + "При этом поставщик предлагает Киеву газ по цене около $195 за 1 тыс. кубометров."
    assert _of(rules, text, "около $195", _UKRAINE_TITLE)[0] == "Украина"


def test_a_foreign_capital_acting_towards_another_state_is_its_country(rules):
    text = ("Арктика богата ресурсами. Россия и Канада спорят о шельфе. Россия строит ледоколы.\n"
            "Споры между Россией и Норвегией начались в 1977 году, когда Осло ввёл 200-мильную "
            "зону.")
    assert _of(rules, text, "200", "Край льда")[0] == "Норвегия"

