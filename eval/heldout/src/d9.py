from lib import *
A='news/tass/articles/'
def make():
    d=Doc({"doc":"tass_volgograd_compatriots","source":A+"Волгоградская_область_намерена_принять_в_этом_году_1,2_тыс._соотечественников_из-за_рубежа.txt","date":None})
    d.set(place="Волгоградская область",place_code="RU-VGG",speaker="пресс-служба правительства Волгоградской области",period=Y(2019))
    d.f("более 1,2 тыс. человек",1200,'gt',unit="person",counted="человек",subject="прием соотечественников",indicator="migration.compatriots",note="planned intake; speaker named in the lead after the figures ('сообщили … в пресс-службе правительства региона')")
    d.f("6 млн рублей",6e6,unit="RUB",subject="средства на помощь соотечественникам",note="federal and regional money together: indicator null (part A NOTES 10)")
    d.f("Более 6 млн рублей",6e6,'gt',unit="RUB",subject="средства на помощь соотечественникам")
    d.f("семь лет",7,unit="year",subject="срок реализации программы переселения",period=None,optional=True,note="'последние семь лет': time span that dates the next figure")
    d.f("более 15 тыс. человек",15000,'gt',unit="person",counted="человек",subject="прибыло на постоянное проживание",indicator="migration.compatriots",period=None,note="participants of the compatriots programme; 'За это время' (last seven years) has no anchor: period null; several origin countries: partner null (part B NOTES 10); the press service is carried to this paragraph (it goes on with the same release)")
    return d
def make2():
    d=Doc({"doc":"tass_yamal_compatriots","source":A+"Около_500_человек_ожидают_на_Ямале_по_программе_переселения_соотечественников_до_2021_года.txt","date":None})
    P=("2019-01-01","2021-12-31")
    d.set(place="Ямало-Ненецкий автономный округ",place_code="RU-YAN",speaker="пресс-служба департамента внешних связей ЯНАО",period=P,indicator="migration.compatriots")
    d.f("около 500 человек",500,'approx',unit="person",counted="человек",subject="участники госпрограммы по добровольному переселению соотечественников",note="'за три года' = the programme period 2019-2021 stated in the next sentence")
    d.f("три года",3,unit="year",subject="срок программы",indicator=None,optional=True,note="time span of 'за три года'")
    d.f("480 человек",480,unit="person",counted="человек",subject="плановые показатели по приему соотечественников")
    d.f("195 участников",195,unit="person",counted="участник",subject="участники государственной программы",parent="480 человек")
    d.f("285 членов",285,unit="person",counted="член",subject="члены семей участников",parent="480 человек",note="'членов их семей': the counted noun is 'член'")
    d.set(period=Y(2018))
    d.f("153 человека",153,unit="person",counted="человек",subject="планировалось принять",note="'уточнил он' = the press-service interlocutor")
    d.f("233 человека",233,unit="person",counted="человек",subject="переселилось")
    return d
