"""The storefront as readers use it: working hours in their own time zone, with
and without JavaScript, and the portfolio's filters by keyboard."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from conftest import dumps, every_way, run_axe

pytestmark = pytest.mark.browser

HIRE = "hire-me/"
# The fixture's owner works Sun-Thu 09:00-17:00 in Amman (UTC+03:00 all year).
WEDNESDAY = datetime(2026, 12, 9, 10, 0, tzinfo=UTC)  # 13:00 in Amman: working
FRIDAY = datetime(2026, 12, 11, 10, 0, tzinfo=UTC)  # Amman's weekend


def live_lines(page) -> list[str]:
    return page.locator("[data-hours-live] p").all_inner_texts()


@pytest.mark.parametrize(
    ("zone", "until", "overlap"),
    [
        ("America/New_York", "09:00", None),  # Amman's 09:00-17:00 is New York's 01:00-09:00
        ("Europe/Berlin", "15:00", ("09:00", "15:00")),
        ("Asia/Tokyo", "23:00", ("15:00", "17:00")),
    ],
)
def test_working_hours_in_the_readers_time_zone(open_page, zone, until, overlap):
    visit = open_page(HIRE, zone=zone, now=WEDNESDAY)
    box = visit.page.locator("[data-working-hours]")
    assert box.get_attribute("data-timezone") == "Asia/Amman"
    lines = live_lines(visit.page)
    assert lines[0] == "It is 13:00 on Wednesday in Amman: I am working now."
    assert lines[1] == f"Today I work until {until} your time ({zone})."
    if overlap:
        assert lines[2] == (
            f"That overlaps a 09:00 to 17:00 working day where you are from {overlap[0]} "
            f"to {overlap[1]}."
        )
    else:
        assert lines[2].startswith("That does not overlap")
    assert visit.problems() == {}


def test_off_hours_name_the_next_working_day_in_the_readers_time(open_page):
    visit = open_page(HIRE, zone="Europe/Berlin", now=FRIDAY)
    assert live_lines(visit.page)[:2] == [
        "It is 13:00 on Friday in Amman: I am not working now.",
        "My next working hours are Sunday, 07:00 to 15:00 your time (Europe/Berlin).",
    ]


def test_a_reader_in_the_owners_time_zone(open_page):
    visit = open_page(HIRE, zone="Asia/Amman", now=WEDNESDAY)
    assert live_lines(visit.page)[1] == "You are in my time zone."


def test_without_javascript_the_hours_have_their_offset_and_a_table(open_page):
    visit = open_page(HIRE, js=False, zone="Asia/Tokyo")
    page = visit.page
    text = page.locator(".working-hours > p").first.inner_text()
    assert text.startswith("Sunday to Thursday, 09:00 to 17:00 in Amman (UTC+03:00).")
    assert "I reply within two working days." in text
    assert not page.locator("[data-hours-live]").is_visible()  # empty, and not shown
    rows = dict(
        zip(
            page.locator(".working-hours__table tbody th").all_inner_texts(),
            page.locator(".working-hours__table tbody td").all_inner_texts(),
            strict=True,
        )
    )
    assert rows["Tokyo UTC+09:00"] == "15:00 to 23:00"
    assert rows["Dubai UTC+04:00"] == "10:00 to 18:00"  # zones without summer time: any day
    assert visit.problems() == {}


def test_the_hire_page_with_its_hours_is_accessible_every_way(open_page):
    visit = open_page(HIRE, width=360, zone="Asia/Tokyo", now=WEDNESDAY)
    found = every_way(visit.page, run_axe)
    assert found == {}, dumps(found)


def test_portfolio_filters_work_by_keyboard_without_javascript(open_page):
    visit = open_page("portfolio/", js=False)
    page = visit.page
    page.wait_for_load_state("networkidle")  # leaving sooner cancels the icon's request
    link = page.locator("nav.portfolio-filters a", has_text="Editing")
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/portfolio/service/editing/")
    assert page.locator("h1").inner_text() == "Projects: Editing"
    current = page.locator('nav.portfolio-filters a[aria-current="page"]')
    assert current.inner_text().startswith("Editing")
    assert page.locator(".project-card").count() == 5
    assert visit.problems() == {}


def fill_brief(page) -> None:
    page.locator("#enquiry-name").fill("Mia Chen, Harbour Apps")
    page.locator("#enquiry-what").fill("Onboarding guides for our app & a style sheet\nSecond line")
    page.locator("#enquiry-for").fill("New users in Canada and Mexico")
    page.locator("#enquiry-deadline").fill("2027-02-15")
    page.locator("#enquiry-city").fill("Vancouver")
    page.locator("#enquiry-budget").select_option(index=2)


def test_the_enquiry_form_composes_an_email_by_keyboard(open_page):
    visit = open_page(HIRE)
    page = visit.page
    form = page.locator("form#enquiry")
    assert form.is_visible()
    fill_brief(page)
    page.locator("#enquiry-budget").focus()
    page.keyboard.press("Tab")  # to "Write the e-mail"
    assert page.evaluate("document.activeElement.textContent") == "Write the e-mail"
    page.keyboard.press("Enter")
    link = form.get_attribute("data-mailto")
    assert link.startswith("mailto:noor@fixture-site.example?subject=")
    from urllib.parse import parse_qs, urlsplit

    query = parse_qs(urlsplit(link).query)
    assert query["subject"] == ["Project enquiry: Onboarding guides for our app & a style sheet"]
    body = query["body"][0]
    assert "Who I am: Mia Chen, Harbour Apps\r\n" in body
    assert "Onboarding guides for our app & a style sheet\r\nSecond line" in body
    assert "Deadline: 15 February 2027 (Vancouver)" in body
    assert "Who it is for: New users in Canada and Mexico" in body
    assert page.locator("[data-enquiry-status]").get_attribute("role") == "status"
    assert [e for e in visit.console_errors if "mailto" not in e] == []
    assert not visit.external and not visit.failed


def test_the_enquiry_form_asks_for_what_it_needs(open_page):
    visit = open_page(HIRE)
    page = visit.page
    page.locator("form#enquiry button[type=submit]").click()
    assert page.locator("form#enquiry").get_attribute("data-mailto") is None
    assert page.evaluate("document.activeElement.id") == "enquiry-name"  # the first missing


def test_the_enquiry_text_can_be_copied(open_page):
    visit = open_page(HIRE)
    page = visit.page
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    fill_brief(page)
    page.locator("[data-enquiry-copy]").click()
    status = page.locator("[data-enquiry-status]")
    status.filter(has_text="Copied").wait_for()  # (the CSP forbids wait_for_function's eval)
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("Subject: Project enquiry: Onboarding guides")
    assert "Budget: 500 to 1,000 EUR" in copied  # ranges scaled to the services' prices
    assert visit.problems() == {}


def test_without_javascript_the_form_is_hidden_and_the_email_link_stays(open_page):
    visit = open_page(HIRE, js=False)
    page = visit.page
    assert page.locator("form#enquiry").count() == 1
    assert not page.locator("form#enquiry").is_visible()
    link = page.locator('.cta--hire a[href^="mailto:noor@fixture-site.example"]')
    assert link.is_visible()


@pytest.mark.parametrize(
    "path",
    ["", "services/", "testimonials/", HIRE, "portfolio/", "portfolio/country/in/", "blog/"],
)
def test_storefront_pages_fit_a_320px_phone_without_javascript(open_page, path):
    from conftest import horizontal_overflow

    visit = open_page(path, width=320, js=False)
    assert horizontal_overflow(visit.page) == 0, path
    visit.page.emulate_media(color_scheme="dark")
    assert horizontal_overflow(visit.page) == 0, path
    assert visit.problems() == {}
