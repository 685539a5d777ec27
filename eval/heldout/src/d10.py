from lib import *
def make():
    d=Doc({"doc":"tass_pskov_natural_decrease","source":"news/tass/articles/Естественная_убыль_населения_в_Псковской_области_за_10_лет_сократилась_в_два_раза.txt","date":None})
    NI="population.natural_increase"; s="естественная убыль населения"
    d.set(place="Псковская область",place_code="RU-PSK",speaker="Государственный комитет Псковской области по здравоохранению и фармации",period=Y(2017))
    d.f("10 лет",10,unit="year",subject="период",period=None,optional=True,note="time span of 'за 10 лет'")
    d.f("более чем в два раза",2,'gt',unit="times",subject=s,indicator=NI,direction="decrease",comparison="2006 год",note="change 2006→2017: period = the year reached, comparison = the base year; speaker from 'Об этом … сообщили в Государственном комитете' after")
    d.f("5 тыс. человек",5000,unit="person",counted="человек",subject=s,indicator=NI,direction="decrease",note="level reached after the decrease ('достигнув показателя'): direction as for a new level (part A NOTES 4)")
    d.f("10 лет",10,unit="year",subject="период",period=None,optional=True)
    d.f("более чем вдвое",2,'gt',unit="times",subject=s,indicator=NI,direction="decrease",comparison="2006 год")
    d.f("11,5 тыс. человек",11500,unit="person",counted="человек",subject=s,indicator=NI,period=Y(2006))
    d.f("5 тыс. человек",5000,unit="person",counted="человек",subject=s,indicator=NI,direction="decrease",note="'с 11,5 тыс. … до 5 тыс.': two figures, the new level carries the direction (part A NOTES 4)")
    d.f("десяти лет",10,'ge',unit="year",subject="период снижения смертности",period=None,optional=True,note="'как минимум последних десяти лет': time span")
    d.set(speaker="Игорь Потапов",period=("2018-01-01","2018-08-31"))
    d.f("16",16,unit="person",counted="ребенок",subject="число детей, умерших в первый год жизни",indicator="population.infant_mortality",note="'за восемь месяцев этого года': the year is 2018 (the next paragraph says 'в 2018 году'); unit and counted from the noun in the subject (part C NOTES 6)")
    d.f("в 1,5 раза",1.5,unit="times",subject="число детей, умерших в первый год жизни",indicator="population.infant_mortality",direction="decrease",comparison="аналогичный период прошлого года")
    d.set(speaker=None,period=Y(2018))
    d.f("примерно в два раза",2,'approx',unit="times",subject="смертность от отравлений алкоголем",direction="decrease",comparison="аналогичный период прошлого года",note="'С начала года' of 2018 (the same paragraph says 'в 2018 году'); new paragraph with no source named: speaker null; deaths from one cause: indicator null")
    d.f("19 человек",19,unit="person",counted="человек",subject="погибло от отравлений алкоголем")
    return d
