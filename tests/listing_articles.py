"""Articles that start the way real blogs' posts do, for the listing pages' cards.

Several open with the same headings (their ids clashed on one listing page),
every level from h1 to h6 (a heading that skips a level is a build error,
plugins/outline), and the first blocks hold what a card
must not show: footnotes, in-page links and anchors, a table, code, a quote box,
a video, a table of contents.
"""

from site_kit import article

LONG_OPENING = " ".join(["Clients"] + ["read every word of a brief twice"] * 12) + "."

BODIES = {
    "markup-one": "# Header one\n\n## Header two\n\n### Header three\n\n#### Header four\n\n"
    "##### Header five\n\n###### Header six\n\nThe end of the headings.",
    "markup-two": "# Header one\n\n## Header two\n\n### Header three\n\nShort text.",
    "quotes-one": "## Blockquotes\n\nSingle line blockquote:\n\n> Stay hungry. Stay foolish.\n\n"
    "## Blockquotes\n\nAgain.",
    "quotes-two": "## Blockquotes\n\n> ## Inside a quote\n>\n> A quote with a heading.\n",
    "notes": "A claim[^1] with [a link below](#details) and "
    '<a id="anchor" name="anchor">an anchor</a>.\n\n'
    "| a | b |\n|---|---|\n| 1 | 2 |\n\n```\ncode here\n```\n\n"
    "## Details\n\nMore.\n\n[^1]: The note.",
    "long-opening": f"*Emphasis* and [a link](https://example.org/) then {LONG_OPENING}\n\n"
    "Second paragraph.",
    "list-first": "- one item\n- two items\n- three items\n\n## Next steps\n\nText after.",
    "quote-box": "> [!TWEET]\n> Clients rarely mind paying for speed.\n\n"
    "https://www.youtube.com/watch?v=aqz-KE-bpKQ\n\nAfter the box and the video.",
    "contents": "[TOC]\n\n## Header one\n\n"
    '<p dir="rtl" lang="ar">نص عربي قصير.</p>\n\n## Header two\n\nText.',
}


def listing_articles() -> dict[str, str]:
    """{path: text} of the articles above, all in one category and tag."""
    return {
        f"articles/{slug}.md": article(
            slug=slug,
            title=slug.replace("-", " ").capitalize(),
            date=f"2026-01-{day:02d}",
            body=body,
        )
        for day, (slug, body) in enumerate(BODIES.items(), start=1)
    }
