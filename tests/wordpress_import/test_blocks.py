"""Block-editor and classic markup that Markdown has no form for comes over as ours."""

from __future__ import annotations

from bs4 import BeautifulSoup

from freelancekit.wordpress_import.convert import Attachment, to_markdown


def html_of(markdown: str) -> BeautifulSoup:
    return BeautifulSoup(markdown, "html.parser")


def test_a_table_keeps_its_caption_footer_and_no_attribute_of_its_own():
    post = (
        '<!-- wp:table --><figure class="wp-block-table"><table class="has-fixed-layout" '
        'onclick="x()"><tbody><tr><td style="color:red">a</td><td colspan="2">b</td></tr>'
        "</tbody><tfoot><tr><td>total</td></tr></tfoot></table><figcaption>Rates</figcaption>"
        "</figure><!-- /wp:table -->"
    )
    table = html_of(to_markdown(post).markdown).table
    assert table.caption.get_text() == "Rates" and table.tfoot.get_text(strip=True) == "total"
    assert table.attrs == {} and table.td.attrs == {}
    assert table.find_all("td")[1]["colspan"] == "2"
    assert "| --- |" not in to_markdown(post).markdown  # not a Markdown table with a fake header


def test_buttons_with_or_without_their_group_become_links_styled_as_buttons():
    group = (
        '<!-- wp:buttons --><div class="wp-block-buttons"><!-- wp:button --><div class='
        '"wp-block-button"><a class="wp-block-button__link" href="/hire/">Hire me</a></div>'
        "<!-- /wp:button --></div><!-- /wp:buttons -->"
    )
    alone = (
        '<!-- wp:button --><div class="wp-block-button"><a class="wp-block-button__link" '
        'href="https://cal.example/book">Book a call</a></div><!-- /wp:button -->'
    )
    for post, text in [(group, "Hire me"), (alone, "Book a call")]:
        link = html_of(to_markdown(post).markdown).find("a", class_="button")
        assert link.get_text() == text


def test_a_gallery_without_ids_shows_the_images_uploaded_to_the_post():
    attachments = {
        "11": Attachment("https://old.example/b.jpg", alt="Second", parent="5", order=2),
        "10": Attachment("https://old.example/a.jpg", alt="First", parent="5", order=1),
        "12": Attachment("https://old.example/c.jpg", alt="Elsewhere", parent="6"),
    }
    markdown = to_markdown('[gallery columns="3"]', attachments, post_id="5").markdown
    alts = [img["alt"] for img in html_of(markdown).select("ul.gallery img")]
    assert alts == ["First", "Second"]
    converted = to_markdown("[gallery]", attachments, post_id="9")
    assert converted.markdown.strip() == ""
    assert converted.not_carried == ["a [gallery] with no images in the export left out"]
