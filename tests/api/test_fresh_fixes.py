"""What a fresh user of the dashboard and the API ran into (issue 16): a network node is one
actor (name and country) whose count is the total of the list it opens; sector and kind are
an actor's commonest; links select what they counted; unknown page parameters, paging past
the end, untitled articles, export filters from a page URL and control characters."""
from __future__ import annotations

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

from .stored import involving, stored_events


def _total(client, href: str) -> int:
    page = client.get(unescape(href))
    assert page.status_code == 200, href
    return int(re.search(r'<p class="note" id="event-count">([\d,]+) events', page.text).group(1).replace(",", ""))


def test_network_node_is_one_actor_and_opens_as_many_events_as_it_counts(placed_client, placed_store_path):
    stored = stored_events(placed_store_path)
    html = placed_client.get("/network", params={"nodes": 200}).text
    nodes = re.findall(r'<a class="node-link" href="([^"]+)"><g class="node" data-name="([^"]+)" data-country="([^"]*)"'
                       r'.*?<title>([^<]+): (\d+) events as actor or recipient</title>', html)
    keys = [(unescape(n), c or None) for _, n, c, _, _ in nodes]
    assert len(keys) == len(set(keys))
    # "police" is two actors in this store (El Paso, USA; Tamil Nadu, IND): the node is El Paso's
    assert ("police", "USA") in keys and len(involving(stored, party=("police", "IND")))
    for (href, name, country, label, count), key in zip(nodes, keys):
        assert unescape(label) == key[0] + (f" ({key[1]})" if key[1] else "")
        assert "party_id" in parse_qs(urlsplit(unescape(href)).query)
        assert int(count) == len(involving(stored, party=key)) == _total(placed_client, href), key
    # under a filter the node's count and its list agree too
    typ = stored[0]["type"]
    filtered = placed_client.get("/network", params={"type": typ}).text
    for href, count in re.findall(r'<a class="node-link" href="([^"]+)">.*?: (\d+) events as actor or recipient', filtered):
        assert f"type={typ}" in unescape(href) and int(count) == _total(placed_client, href)
