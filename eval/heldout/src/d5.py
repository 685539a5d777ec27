from lib import *
def make():
    d=Doc({"doc":"tass_kirov_wage_arrears","source":"news/tass/articles/Долги_по_зарплате_в_Кировской_области_выросли_за_год_на_14%.txt","date":None})
    P=("2019-01-01","2019-01-01")
    d.set(place="Кировская область",place_code="RU-KIR",speaker="Владимир Климов",period=P)
    s="задолженность по зарплате"
    d.f("146,5 млн рублей",146.5e6,unit="RUB",subject=s,note="wage arrears have no indicator (part B NOTES 11); speaker named in the lead after the figures")
    d.f("почти на 14%",14,'approx',unit="percent",subject=s,direction="increase",comparison="аналогичный показатель прошлого года",note="'превышает … почти на 14%': change over a year; 'на' inside the span (part A NOTES 6)")
    d.f("27 организаций",27,unit="item",counted="организация",subject="организации, имеющие задолженность по зарплате")
    d.f("146,5 млн рублей",146.5e6,unit="RUB",subject=s,note="repeat inside the quote: full figure (part B NOTES 13)")
    d.f("17,9 млн рублей",17.9e6,unit="RUB",subject=s,direction="increase",comparison="годовая давность")
    d.f("почти 14%",14,'approx',unit="percent",subject=s,direction="increase",comparison="годовая давность")
    d.f("92%",92,unit="percent",subject="доля задолженности",breakdown="организации, признанные банкротами")
    d.set(speaker="Дмитрий Кротов",breakdown="Сосновский судостроительный завод")
    d.f("253 работникам",253,unit="person",counted="работник",subject="работники, перед которыми есть задолженность по зарплате")
    d.f("37,5 млн рублей",37.5e6,unit="RUB",subject=s)
    d.set(speaker="Максим Кочетков",breakdown=None)
    d.f("Порядка 80%",80,'approx',unit="percent",subject="доля задолженности",breakdown="топ-менеджмент",note="speaker from '- рассказал … Максим Кочетков' after the quote")
    d.set(period=None)
    d.f("от 300 тыс. рублей",300000,'ge',unit="RUB",subject="зарплата",breakdown="гендиректор и заместители",note="past wages of the plant ('составляла'): the 1 Jan 2019 date of the arrears is not carried (part C NOTES 7)")
    d.f("12-17 тыс. рублей",14500,'range',12000,17000,unit="RUB",subject="зарплата",breakdown="обычный рабочий")
    d.f("43 человек",43,unit="person",counted="человек",subject="численность персонала завода",direction="decrease",note="'оптимизирована до 43 человек': new level after a change, exact")
    return d
