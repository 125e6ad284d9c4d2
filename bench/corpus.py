"""A seeded corpus of synthetic tip articles for `invoke bench` (and nothing else)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

TAGS = (
    "outsourcing",
    "briefs",
    "remote teams",
    "pricing",
    "clients",
    "time zones",
    "contracts",
    "editing",
    "freelancing",
    "hiring",
    "feedback",
    "workflow",
)
CATEGORIES = ("Outsourcing Articles", "Freelance Writing")
COUNTRIES = (
    "India",
    "China",
    "Singapore",
    "Canada",
    "Germany",
    "the UK",
    "France",
    "Israel",
    "New Zealand",
    "Australia",
    "Brazil",
    "Panama",
    "Anguilla",
)
WORDS = [
    "brief",
    "client",
    "writer",
    "deadline",
    "draft",
    "review",
    "scope",
    "budget",
    "invoice",
    "timezone",
    "call",
    "feedback",
    "outline",
    "editor",
    "agency",
    "freelancer",
    "contract",
    "revision",
    "audience",
    "tone",
    "style",
    "research",
    "interview",
    "source",
    "deliverable",
    "milestone",
    "handover",
    "template",
    "checklist",
]


def sentence(rng: random.Random, low: int = 8, high: int = 18) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    return " ".join(words).capitalize() + "."


def paragraph(rng: random.Random) -> str:
    return " ".join(sentence(rng) for _ in range(rng.randint(3, 6)))


def article_text(number: int, rng: random.Random, start: datetime) -> str:
    """One tip article: numbered H2 tips, a list, code, a quote, sometimes a quote box."""
    date = start + timedelta(hours=7 * number)
    tags = ", ".join(rng.sample(TAGS, 3))
    parts = [
        f"Title: Tip {number}: {sentence(rng, 4, 7)[:-1]}",
        f"Date: {date:%Y-%m-%d %H:%M}",
        f"Category: {rng.choice(CATEGORIES)}",
        f"Tags: {tags}",
        f"Slug: tip-{number}",
        f"Summary: {sentence(rng)}",
        "",
        paragraph(rng),
    ]
    for tip in range(1, rng.randint(3, 6) + 1):
        parts += ["", f"## {tip}. {sentence(rng, 3, 6)[:-1]}", "", paragraph(rng)]
        if tip == 2:
            parts += ["", *[f"- {sentence(rng, 3, 8)}" for _ in range(4)]]
        if tip == 3:
            parts += [
                "",
                "```python",
                f"hours = {{'brief': {number % 7 + 1}, 'review': 2}}",
                "print(sum(hours.values()))",
                "```",
            ]
    parts += ["", f"> {sentence(rng)}"]
    if number % 5 == 0:
        parts += ["", "> [!TWEET]", f"> {sentence(rng, 8, 14)} #tips"]
    return "\n".join(parts) + "\n"


def project_text(number: int, rng: random.Random) -> str:
    return (
        f"Title: Project {number}\nClient: Client {number}\n"
        f"Country: {COUNTRIES[number % len(COUNTRIES)]}\nYear: {2015 + number % 11}\n"
        f"Services: Editing, Copywriting\nSummary: {sentence(rng)}\n\n{paragraph(rng)}\n"
    )


def write_corpus(folder: Path, articles: int, seed: int = 2026) -> Path:
    """Write `articles` tip articles (and a few portfolio entries) under folder/content."""
    rng = random.Random(seed)
    content = folder / "content"
    for sub in ("articles", "pages", "portfolio"):
        (content / sub).mkdir(parents=True, exist_ok=True)
    start = datetime(2018, 1, 1, 9, 0)
    for number in range(1, articles + 1):
        (content / "articles" / f"tip-{number}.md").write_text(
            article_text(number, rng, start), encoding="utf-8"
        )
    for number in range(1, max(2, articles // 50) + 1):
        (content / "portfolio" / f"project-{number}.md").write_text(
            project_text(number, rng), encoding="utf-8"
        )
    (content / "pages" / "portfolio.md").write_text(
        "Title: Portfolio\nSlug: portfolio\nTemplate: portfolio\n\nWork.\n", encoding="utf-8"
    )
    return content
