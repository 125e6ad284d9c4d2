"""What a crawler that previews a shared article fetches: the article's own card."""

from __future__ import annotations

import io

import pytest
from PIL import Image

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("js", [True, False], ids=["js", "no-js"])
def test_a_shared_article_points_previews_at_its_card_which_loads(open_page, site, js):
    visit = open_page("pricing-freelance-writing/", js=js)
    page = visit.page

    def meta(selector: str) -> str:
        return page.locator(f"meta[{selector}]").get_attribute("content")

    image = meta('property="og:image"')
    assert image.startswith(site.at("images/cards/"))
    assert meta('name="twitter:image"') == image
    assert meta('name="twitter:card"') == "summary_large_image"
    title = page.locator("h1").first.inner_text()
    assert meta('property="og:image:alt"').startswith(title)
    assert meta('name="twitter:image:alt"') == meta('property="og:image:alt"')
    response = page.request.get(image)
    assert response.ok and response.headers["content-type"] == "image/png"
    with Image.open(io.BytesIO(response.body())) as card:
        assert card.size == (1200, 630)
    assert not visit.problems()
