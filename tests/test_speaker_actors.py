"""Speakers written as the actor, orderer or author of what the text reports, each construction on
sentences written for the test: a named organization that conducted a poll or study ("Компания
Elabe провела опрос …"), a person named as the author of a document after a title in the
genitive ("— говорится в обращении председателя партии «Новый путь» Ивана Сидорова"), a pronoun
after a source marker ("пишет он в блоге «Эха Москвы»": the person, not the medium) and
"как утверждает X"."""

from __future__ import annotations

import pytest

from migextract.pipeline import extract_text


def _speakers(text: str) -> dict[str, str | None]:
    return {f.span: f.context.speaker for f in extract_text(text).facts}


@pytest.mark.parametrize("sentence, speaker", [
    ("Компания Elabe провела опрос, согласно которому 38% французов недовольны реформой.",
     "Elabe"),
    ("В марте Левада-центр провёл опрос: 38% россиян недовольны реформой.", "Левада-центр"),
    ("ВЦИОМ провёл исследование, 38% опрошенных недовольны реформой.", "ВЦИОМ"),
])
def test_the_one_who_conducted_the_poll_speaks_for_its_figures(sentence, speaker):
    got = _speakers("Реформа\n" + sentence)["38%"]
    assert got is not None and speaker.lower() in got.lower()


def test_an_organization_not_named_does_not_conduct_the_poll():
    # "организация" may stand for one the text brought in without making it a source
    text = ("Реформа\nПо данным Росстата, безработица составила 4,1%.\n"
            "Весной на реформу обратила внимание коалиция Народный союз.\n"
            "Организация провела исследование в 30 регионах, 87% опрошенных семей поддержали "
            "программу.")
    assert _speakers(text)["87%"] != "Росстат"


def test_the_author_of_the_document_after_a_title_in_the_genitive():
    text = ("Бюджет\n«Рост ВВП в 3% нереален, инфляция дойдёт до 18%», — говорится в обращении "
            "председателя партии «Новый путь» Ивана Сидорова к парламенту.")
    speakers = _speakers(text)
    assert speakers["3%"] == speakers["18%"] == "Иван Сидоров"


def test_the_office_that_issues_the_document_still_speaks():
    text = ("Бюджет\n«Дефицит бюджета составит 2,4%», — говорится в сообщении пресс-службы "
            "Министерства финансов.")
    assert "Министерств" in (_speakers(text)["2,4%"] or "")


def test_a_pronoun_after_the_marker_is_the_person_not_the_medium():
    text = ("Экономика\nЭкономист Игорь Петров полагает, что план невыполним. Для этого, пишет "
            "он в блоге «Эха Москвы», рост ВВП должен составить 5,2% в год.")
    assert _speakers(text)["5,2%"] == "Игорь Петров"


def test_as_someone_claims():
    text = ("Газ\nВ докладе эксперта Роберта Брукса рассматриваются несколько сценариев.\n"
            "Как утверждает Брукс, Европе потребуется больше сжиженного газа (рост на 25—50%).")
    assert "Брукс" in (_speakers(text)["25—50%"] or "")


@pytest.mark.parametrize("sentence", [
    "В таком же опросе, проводившемся по заказу Института Гэллапа, за реформу были 37%.",
    "Опрос, проведённый по заказу Института Гэллапа, показал, что за реформу 37%.",
])
def test_the_one_who_ordered_the_poll(sentence):
    assert "Гэллап" in (_speakers("Реформа\n" + sentence)["37%"] or "")


def test_an_abbreviation_of_a_name_the_text_shortens():
    # the text leaves "изучения" out of the name it abbreviates: its own form is the speaker
    text = ("Питание\nПо данным Всероссийского центра общественного мнения (ВЦИОМ), 30% "
            "россиян следят за питанием.\nПо данным ВЦИОМа, 20% опрошенных не едят фрукты.")
    speakers = _speakers(text)
    assert speakers["30%"] == speakers["20%"] == "Всероссийский центр общественного мнения"


def test_words_that_do_not_spell_the_abbreviation_are_not_its_name():
    text = ("Питание\nПо данным центра питания (ВЦИОМ), 30% россиян следят за питанием.\n"
            "По данным ВЦИОМа, 20% опрошенных не едят фрукты.")
    assert "центр питания" not in (_speakers(text)["20%"] or "").lower()


@pytest.mark.parametrize("sentence", [
    "Ранее Институт Гэллапа подсчитал, что в 2014 году в стране жили 43,6 млн мигрантов.",
    "Институт Гэллапа выяснил, что в 2014 году в стране жили 43,6 млн мигрантов.",
])
def test_the_one_who_counted_or_found_out(sentence):
    assert "Гэллап" in (_speakers("Мигранты\n" + sentence)["43,6 млн мигрантов"] or "")


def test_there_is_the_organization_just_named():
    text = ("Доходы\nЗарплаты ещё не вернулись к докризисному уровню, отмечали во ВШЭ. При "
            "этом там подчеркнули, что доля социальных выплат в доходах составила 19,8%.")
    assert _speakers(text)["19,8%"] == "ВШЭ"


def test_a_place_where_something_was_found_out_is_no_source():
    text = ("Мыши\nВ Вашингтоне выяснили, что 35% белков клеток по-разному ведут себя у самцов "
            "и самок.")
    assert _speakers(text)["35%"] is None


def test_considered_is_no_count():
    text = ("Футбол\nДебют спустя 15 дней после получения гражданства чуть не обернулся "
            "скандалом: в ФИФА посчитали, что не все бумаги были оформлены.")
    assert _speakers(text)["15 дней"] is None
