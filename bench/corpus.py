"""Generated wire copy for benchmarks: realistic-length articles (about 400-800 words) built from
the team's own sentence templates with real country and office names. Deterministic per seed."""

from __future__ import annotations

import random

COUNTRIES = [("Kenya", "Kenyan", "Nairobi"), ("Ethiopia", "Ethiopian", "Addis Ababa"),
             ("Serbia", "Serbian", "Belgrade"), ("Kosovo", "Kosovar", "Pristina"),
             ("India", "Indian", "New Delhi"), ("Pakistan", "Pakistani", "Islamabad"),
             ("Peru", "Peruvian", "Lima"), ("Chile", "Chilean", "Santiago"),
             ("Japan", "Japanese", "Tokyo"), ("Vietnam", "Vietnamese", "Hanoi"),
             ("Egypt", "Egyptian", "Cairo"), ("Sudan", "Sudanese", "Khartoum"),
             ("Poland", "Polish", "Warsaw"), ("Belarus", "Belarusian", "Minsk")]
ROLES = ["foreign minister", "defence minister", "president", "prime minister", "army chief"]
NAMES = ["Amina Odhiambo", "Tomas Varga", "Rahul Mehta", "Lucia Quispe", "Kenji Arai",
         "Nadia Farouk", "Piotr Nowak", "Selam Tesfaye", "Marko Ilic", "Ana Rojas"]
TEMPLATES = [
    "{A_adj} {role} {name} held talks with {B_adj} officials in {B_cap} on {day}, the ministry "
    "said in a statement.",
    "{A} accused {B} of violating the ceasefire along the border, a government spokesman told "
    "reporters.",
    "Troops from {A} shelled positions held by {B_adj} forces near the frontier overnight, "
    "according to local officials.",
    "{A_cap} has repeatedly called for a ceasefire and offered to mediate between the two sides.",
    "The {B_adj} defence ministry said its forces had not crossed into {A} and denied the reports.",
    "\"We will not accept any threat to our sovereignty,\" {name} said at a news conference.",
    "{A} and {B} signed an agreement on trade and border security after two days of talks.",
    "Police in {A_cap} arrested dozens of protesters who rallied against the government on {day}.",
    "{B} expelled two {A_adj} diplomats and recalled its ambassador for consultations.",
    "The United Nations urged both governments to resume negotiations without preconditions.",
    "{A_adj} officials said humanitarian aid convoys had reached the region for the first time "
    "in weeks.",
    "Analysts said the dispute could escalate if neither side agreed to withdraw its troops.",
    "{name}, who took office last year, praised {B} for its cooperation on security.",
    "Residents said fighting between {A_adj} troops and rebels had forced thousands to flee.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def article(rng: random.Random) -> str:
    a, b = rng.sample(COUNTRIES, 2)
    paragraphs = []
    words = 0
    target = rng.randint(400, 800)
    while words < target:
        sentences = []
        for _ in range(rng.randint(2, 3)):
            t = rng.choice(TEMPLATES)
            s = t.format(A=a[0], A_adj=a[1], A_cap=a[2], B=b[0], B_adj=b[1], B_cap=b[2],
                         role=rng.choice(ROLES), name=rng.choice(NAMES), day=rng.choice(DAYS))
            sentences.append(s)
            words += len(s.split())
        paragraphs.append(_wrap(" ".join(sentences), 90))
    return "\n\n".join(paragraphs) + "\n"


def _wrap(text: str, width: int) -> str:
    lines, line = [], ""
    for word in text.split():
        if len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "\n".join(lines)


def articles(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return [article(rng) for _ in range(n)]
