"""Name pools for the demo company's people (fictional)."""

from __future__ import annotations

import random

ZH_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁沈任姚卢钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万钱严覃洪武戴莫孔汤向常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
ZH_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏辉建文斌宇浩凯晨思雨欣怡子涵梓轩一诺佳琪嘉欣晓东志远海燕俊杰雪梅晓峰振宇梦瑶逸飞若曦天佑诗雨铭泽"
EN_FIRST = [
    "Olivia",
    "Liam",
    "Emma",
    "Noah",
    "Ava",
    "Ethan",
    "Sophia",
    "Lucas",
    "Mia",
    "Mason",
    "Chloe",
    "Logan",
    "Grace",
    "Owen",
    "Hannah",
    "Caleb",
    "Zoe",
    "Nathan",
    "Leah",
    "Isaac",
    "Maya",
    "Ryan",
    "Nora",
    "Adrian",
    "Claire",
    "Daniel",
    "Priya",
    "Arjun",
    "Aisha",
    "Omar",
    "Fatima",
    "Marcus",
    "Elena",
    "Gabriel",
    "Rachel",
    "Simon",
    "Megan",
    "Tyler",
    "Jasmine",
    "Kevin",
    "Natalie",
    "Brandon",
    "Vanessa",
    "Derek",
    "Amelia",
    "Julian",
    "Sarah",
    "Patrick",
    "Laura",
    "Victor",
    "Hazel",
    "Trevor",
    "Irene",
    "Colin",
    "Felicity",
    "Wesley",
    "Lydia",
    "Graham",
    "Jade",
]
EN_LAST = [
    "Smith",
    "Johnson",
    "Brown",
    "Taylor",
    "Wilson",
    "Martin",
    "Anderson",
    "Thompson",
    "White",
    "Clarke",
    "Campbell",
    "Stewart",
    "MacDonald",
    "Roy",
    "Tremblay",
    "Gagnon",
    "Lee",
    "Wong",
    "Singh",
    "Patel",
    "Nguyen",
    "Kim",
    "Murphy",
    "O'Brien",
    "Fraser",
    "Morrison",
    "Bennett",
    "Hughes",
    "Reid",
    "Sinclair",
    "Fletcher",
    "Holloway",
    "Chambers",
    "Whitaker",
    "Donovan",
    "Gallagher",
    "Hastings",
    "Lawson",
    "Mercer",
    "Prescott",
]
SG_NAMES = [
    "Tan Wei Ling",
    "Lim Jun Hao",
    "Ng Hui Min",
    "Goh Kai Xiang",
    "Ong Shu Fen",
    "Teo Jia Hui",
    "Chua Zhi Wei",
    "Koh Mei Ling",
    "Lee Xin Yi",
    "Wong Jia Jun",
    "Nur Aisyah",
    "Muhammad Hafiz",
    "Siti Nurhaliza",
    "Farhan Ismail",
    "Priya Raman",
    "Arvind Kumar",
    "Deepa Nair",
    "Rajesh Menon",
    "Chen Yu Ting",
    "Lau Wen Jie",
    "Sim Li Ting",
    "Yeo Zhen Hao",
    "Toh Pei Shan",
    "Low Kah Wai",
    "Foo Xiu Mei",
    "Aaron Tan",
    "Rachel Lim",
    "Bryan Ng",
    "Cheryl Goh",
    "Darren Ong",
    "Felicia Teo",
    "Marcus Chua",
]


def zh_name(rng: random.Random, used: set[str]) -> str:
    while True:
        given = rng.choice(ZH_GIVEN) + (rng.choice(ZH_GIVEN) if rng.random() < 0.7 else "")
        name = rng.choice(ZH_SURNAMES[:80]) + given
        if name not in used:
            used.add(name)
            return name


def en_name(rng: random.Random, used: set[str], singapore: bool = False) -> str:
    for _ in range(200):
        if singapore and rng.random() < 0.6:
            name = rng.choice(SG_NAMES)
        else:
            name = f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}"
        if name not in used:
            used.add(name)
            return name
    raise RuntimeError("name pool exhausted")
