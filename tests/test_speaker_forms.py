"""The speaker's form: a person's name and an organization's name in the nominative
(docs/annotation.md §4), each word inflected as itself, agreeing with the others."""

from __future__ import annotations

import pytest

from migextract.entities import nominative_phrase, normal_form
from migextract.pipeline import extract_text


@pytest.mark.parametrize(("surface", "normal"), [
    ("Роберта Брукса", "Роберт Брукс"),          # a surname pymorphy3 reads as an abbreviation
    ("Марка Халберта", "Марк Халберт"),          # "Марка" the name, not "марка"
    ("Юлия Плавника", "Юлий Плавник"),           # the surname's -а makes "Юлия" masculine
    ("Валентины Матвиенко", "Валентина Матвиенко"),  # an indeclinable surname stays
    ("Игоря Шевченко", "Игорь Шевченко"),
    ("Анны Поповой", "Анна Попова"),
    ("Жан-Клода Юнкера", "Жан-Клод Юнкер"),
    ("Роберт Брукс", "Роберт Брукс"),
    ("Юлия Плавник", "Юлия Плавник"),            # a woman: the surname does not decline
    ("Олега Дерипаски", "Олег Дерипаска"),     # a man's surname in -а
    ("Барака Обамы", "Барак Обама"),
    ("Гернот Эрлер", "Гернот Эрлер"),            # "Эрлера" is only a vocative
    ("Рене Вайлер", "Рене Вайлер"),              # an indeclinable first name has no say
    ("Есихидэ Суга", "Есихидэ Суга"),            # a guessed "суг" is no genitive
    ("Лира Игтисамова", "Лира Игтисамова"),      # a tie stays nominative
    ("Иванова", "Иванова"),                     # a surname alone: a tie stays nominative
    ("Вениамина Кондратьева", "Вениамин Кондратьев"),  # else the first name's likelier reading
    ("Марка Торнтона", "Марк Торнтон"),
    ("Яна Тоом", "Яна Тоом"),                    # a woman's surname in a consonant
    ("Антонина Саволюк", "Антонина Саволюк"),
    ("Тони Эстанг", "Тони Эстанг"),
    ("Ионин", "Ионин"),
    ("Джоковича", "Джокович"),                  # a surname alone, guessed by pymorphy3
    ("Поклонскую", "Поклонская"),
    ("Крэйг Риди", "Крэйг Риди"),                # foreign names pymorphy3 only guesses stay
    ("Энн-Мари Перри", "Энн-Мари Перри"),
])
def test_person_names_agree_in_the_nominative(surface, normal, rules):
    assert normal_form(surface, "PER", rules.gazetteer) == normal


@pytest.mark.parametrize(("phrase", "normal"), [
    ("Высшей школы экономики", "Высшая школа экономики"),  # not "высочайшая" via "высокий"
    ("Высшего арбитражного суда", "Высший арбитражный суд"),
    ("Большого театра", "Большой театр"),
])
def test_adjectives_keep_their_own_stem(phrase, normal):
    assert nominative_phrase(phrase) == normal


def test_speaker_from_a_sentence_keeps_the_surname_in_the_nominative(rules):
    text = "По словам Роберта Брукса, число приезжих выросло на 12 процентов."
    facts = extract_text(text, rules=rules).facts
    assert facts and facts[0].context.speaker == "Роберт Брукс"


def test_speaker_organization_with_a_superlative_adjective(rules):
    text = "По данным Высшей школы экономики, число приезжих выросло на 12 процентов."
    facts = extract_text(text, rules=rules).facts
    assert facts and facts[0].context.speaker == "Высшая школа экономики"


@pytest.mark.parametrize(("text", "speaker"), [
    # "по" and a dative open the clause: the name is a genitive, the guessed -а a case ending
    ("По оценке аналитика фирмы Арно Балхузена, число приезжих выросло на 12 процентов.",
     "Арно Балхузен"),
    ("По словам тренера Оливье Дешахта, число приезжих выросло на 12 процентов.",
     "Оливье Дешахт"),
    # a surname in -е after an indeclinable first name is indeclinable too, whatever the case
    ("По словам председателя комитета Тони Эстанге, число приезжих выросло на 12 процентов.",
     "Тони Эстанге"),
    # a verb follows: the name is its subject, in the nominative, a consonant stays
    ("Тренер Оливье Дешахт сообщил, что число приезжих выросло на 12 процентов.",
     "Оливье Дешахт"),
    ("Председатель комитета Тони Эстанг сообщил, что число приезжих выросло на 12 процентов.",
     "Тони Эстанг"),
])
def test_guessed_surname_after_an_indeclinable_first_name_follows_the_sentence(text, speaker,
                                                                               rules):
    facts = extract_text(text, rules=rules).facts
    assert facts and facts[0].context.speaker == speaker


@pytest.mark.parametrize(("surface", "case", "normal"), [
    ("Тони Эстанг", None, "Тони Эстанг"),        # no ending of a case: as written
    ("Тони Эстанге", None, "Тони Эстанге"),
    ("Оливье Дешахт", None, "Оливье Дешахт"),    # "Оливье" is no dative of "Оливья"
    ("Арно Балхузен", "gent", "Арно Балхузен"),
    ("Арно Балхузена", "gent", "Арно Балхузен"),
    ("Тони Сага", "nomn", "Тони Сага"),          # an -а before a verb is the nominative's
    ("Арно Балхузена", None, "Арно Балхузена"),  # no evidence for the genitive: as written
])
def test_guessed_surname_after_an_indeclinable_first_name(surface, case, normal, rules):
    assert normal_form(surface, "PER", rules.gazetteer, case) == normal
