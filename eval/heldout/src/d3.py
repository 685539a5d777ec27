from lib import *
def rt_vydvorenie():
    d=Doc({"doc":"rt_392286_vydvorenie","source":"news/rt_ng/russia_today_6.jsonlines.zip","member":"russia_today_6.jsonlines","line":60,"field":"content","date":None})
    d.set(place="Россия",place_code="RU",speaker="МВД России",period=Y(2016))
    s="количество высланных иностранцев и лиц без гражданства"
    d.f("51,2%",51.2,unit="percent",subject=s,direction="decrease",comparison="2015 год",note="speaker from 'Такие данные RT предоставили в МВД России' right after")
    d.f("55 190 человек",55190,unit="person",counted="человек",subject=s)
    d.f("113 140",113140,unit="person",counted="человек",subject=s,period=Y(2015),note="elided unit")
    d.at("В 2016 году было выявлено")
    s="выявленные административные правонарушения"
    d.f("30%",30,unit="percent",subject=s,direction="decrease",comparison="2015 год",note="paragraph goes on with the MVD data: speaker carried (part C NOTES 8)")
    d.f("1 555 511 случаев",1555511,unit="item",counted="случай",subject=s,note="'всего' (= in total) is not a qualifier and stays outside")
    d.f("2 225 017",2225017,unit="item",counted="случай",subject=s,period=Y(2015))
    s="решения о наложении штрафов"
    d.f("20%",20,unit="percent",subject=s,direction="decrease",comparison="2015 год",note="'в прошлом году' follows 'В 2016 году' and is set against 'в 2015-м': 2016")
    d.f("1 464 171",1464171,unit="item",counted="решение",subject=s,note="unit and counted from the noun in the subject (part C NOTES 6)")
    d.f("1 829 036",1829036,unit="item",counted="решение",subject=s,period=Y(2015))
    d.f("двух",2,unit="item",counted="штраф",subject="неоплаченные штрафы, достаточные для выдворения",speaker=None,period=None,optional=True,note="condition of a rule, not a statistic (like part C's terms of an agreement)")
    s="число депортированных"
    d.f("11%",11,unit="percent",subject=s,direction="increase",comparison="2015 год")
    d.f("4852 мигрантов",4852,unit="person",counted="мигрант",subject=s)
    d.f("4353",4353,unit="person",counted="мигрант",subject=s,period=Y(2015))
    d.set(speaker="Усман Баратов",period=None,partner="Узбекистан")
    d.f("3 млн человек",3e6,unit="person",counted="человек",subject="число граждан Узбекистана в России",indicator="migration.foreigners",note="'доходило до' is a verb of change: new level, exact; 'Три года назад' is relative and the document has no date: period null; origin → partner (part C NOTES 10)")
    d.f("около 1 млн",1e6,'approx',unit="person",counted="человек",subject="число граждан Узбекистана в России",indicator="migration.foreigners")
    d.set(partner=None)
    d.f("более 12 лет",12,'gt',unit="year",subject="незаконное проживание семьи",place="Москва",place_code="RU-MOW",optional=True,note="anecdotal duration")
    d.f("15 лет",15,unit="year",subject="проживание семьи в тайге",optional=True,note="anecdotal duration")
    return d
