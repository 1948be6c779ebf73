"""Made-up furniture for generated pages: names, places, dates, sections, page labels.

These are the only invented strings on a page. Names are built the way real ones are (a common
surname plus one or two given-name characters; a common English first and last name), so a
splitter cannot learn a fixed list; places, sections and papers are ordinary newspaper vocabulary.
"""

from __future__ import annotations

import datetime
import random

ZH_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
)
ZH_GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志新文斌宇浩凯晨欣怡婷雪"
    "琳颖佳雨嘉思博宁坤林峰亮成海涛晓楠昊然宏彬梅蕾倩瑶慧俊鑫帆睿晗悦轩哲航昕蔚岚璐琦珂"
)
ZH_CITIES = ("北京", "上海", "天津", "重庆", "郑州", "广州", "成都", "武汉", "杭州", "南京", "西安",
             "长沙", "济南", "沈阳", "昆明", "福州", "合肥", "南昌", "太原", "兰州")
ZH_PROVINCES = ("河南", "河北", "湖南", "湖北", "山东", "山西", "浙江", "江苏", "安徽", "福建",
                "广东", "四川", "云南", "陕西", "甘肃", "辽宁", "吉林", "江西", "贵州", "海南")
ZH_SECTIONS = ("要闻", "综合", "经济", "社会", "文化", "科技", "城事", "民生", "视点", "专版")
ZH_WEEKDAYS = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
ZH_NUMERALS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")
ZH_BYLINE_MARKS = ("□", "■", "◎")

EN_FIRST = ("James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David",
            "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas",
            "Sarah", "Charles", "Karen", "Daniel", "Nancy", "Matthew", "Lisa", "Anthony", "Emily",
            "Mark", "Michelle", "Steven", "Laura", "Andrew", "Rachel", "Kevin", "Anna", "Brian",
            "Helen", "Peter", "Maria", "Paul", "Julia", "Nicholas", "Grace", "Samuel", "Claire")
EN_LAST = ("Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Wilson",
           "Anderson", "Taylor", "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris",
           "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott",
           "Hill", "Green", "Adams", "Baker", "Nelson", "Carter", "Mitchell", "Roberts", "Turner",
           "Phillips", "Campbell", "Parker", "Evans", "Edwards", "Collins", "Stewart", "Morris")
EN_DATELINE_CITIES = ("WASHINGTON", "LONDON", "BERLIN", "PARIS", "TOKYO", "BRUSSELS", "GENEVA",
                      "NEW YORK", "SAN FRANCISCO", "CHICAGO", "BOSTON", "SEATTLE", "TORONTO")
EN_WIRES = ("AP", "Reuters", "AFP")
EN_SECTIONS = ("TECHNOLOGY", "BUSINESS", "NATIONAL", "WORLD", "SCIENCE", "METRO", "INNOVATION")
EN_STAFF_TITLES = ("Staff Writer", "Technology Correspondent", "Staff Reporter", "Special to The Times")


def zh_name(rng: random.Random) -> str:
    given_len = 1 if rng.random() < 0.3 else 2
    return rng.choice(ZH_SURNAMES) + "".join(rng.choice(ZH_GIVEN) for _ in range(given_len))


def zh_names(rng: random.Random, k: int) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        n = zh_name(rng)
        if n not in out:
            out.append(n)
    return out


def zh_paper(rng: random.Random) -> str:
    return rng.choice(ZH_PROVINCES) + "日报"


def zh_page_label(n: int) -> str:
    """``第二版`` style, as continuation markers print it."""
    return f"第{ZH_NUMERALS[n - 1]}版"


def en_name(rng: random.Random) -> str:
    return f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}"


def random_date(rng: random.Random) -> datetime.date:
    return datetime.date(2020, 1, 1) + datetime.timedelta(days=rng.randrange(0, 6 * 365))


def zh_date(d: datetime.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def en_date(d: datetime.date) -> str:
    return f"{d:%A}, {d:%B} {d.day}, {d.year}"
