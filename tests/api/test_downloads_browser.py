"""The dashboard's download links in Chromium (issue 16, items 3 and 7): filter a page, click its
CSV link, and the file saved holds exactly the rows the page's filters keep."""
from __future__ import annotations

import csv
import io
import re

from .stored import stored_events
from .test_browser import page, pytestmark, server  # noqa: F401 - fixtures and the skip without Chromium


def download(page, selector: str) -> tuple[str, list[dict]]:
    """Click the link ``selector``; the suggested file name and the CSV rows saved."""
    with page.expect_download() as info:
        page.click(selector)
    d = info.value
    return d.suggested_filename, list(csv.DictReader(io.StringIO(open(d.path(), encoding="utf-8").read())))


def test_the_download_links_save_the_rows_of_the_filtered_page(server, page, store_path):  # noqa: F811
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))

    # the quotes explorer, filtered by speaker; its page shows 25 at a time, the file holds all
    page.goto(server + "/quotes")
    page.fill('input[name="speaker"]', "Donald Trump")
    page.click('#quote-search button[type="submit"]')
    page.wait_for_url("**/quotes?*speaker=Donald+Trump*")
    shown = int(re.match(r"([\d,]+) quotes", page.locator("#quote-count").inner_text()).group(1).replace(",", ""))
    name, quotes = download(page, "#downloads-quotes a.download-csv")
    assert name == "dateline-quotes.csv"
    assert len(quotes) == shown >= 3 and {q["speaker_name"] for q in quotes} == {"Donald Trump"}
    texts = [t.strip() for t in page.locator("li.quote blockquote").all_inner_texts()]
    # the page shows the newest first; the file holds them all, in the order they were stored
    assert len(texts) == min(shown, 25) and set(texts) <= {q["text"] for q in quotes}

    # the network, filtered by type and actor country: the events file follows the form
    # (the type of the store's first event with an actor of the USA)
    stored = stored_events(store_path)
    typ = next(e["type"] for e in stored if "USA" in {c for _, c in e["actor"]})
    page.goto(server + "/network")
    page.select_option('select[name="type"]', typ)
    page.fill('input[name="actor_country"]', "USA")
    page.click('form.filters button[type="submit"]')
    page.wait_for_url(f"**/network?*type={typ}*")
    name, events = download(page, "#downloads-events a.download-csv")
    assert name == "dateline-events.csv"
    expected = [e["id"] for e in stored if e["type"] == typ and "USA" in {c for _, c in e["actor"]}]
    assert [int(e["event_id"]) for e in events] == expected
    assert events and {e["event_type"] for e in events} == {typ}
    assert all("USA" in e["actor_countries"].split(";") for e in events)
    unfiltered = page.locator("#downloads-events a.download-csv").get_attribute("href")
    assert unfiltered.startswith("/api/events.csv?") and "nodes" not in unfiltered
    page.goto(server + "/")
    _, everything = download(page, "#downloads-events a.download-csv")
    assert [int(e["event_id"]) for e in everything] == [e["id"] for e in stored] and len(everything) > len(events)
    assert not errors, errors
