#!/usr/bin/env python3
"""Scale benchmark ([K]): grows a generated dataset through the services' own write paths, then times the read
queries at each size and prints p50/p99 and their growth against the smallest size measured.

Run through deploy/bench/scale.sh (it says which suite to start). Only Python's standard library is used.

Data, per 200 claims (one importBundle call: an article with its claims, chains and relations):
  - chains of 1-4 hops over about claims/50 sources, picked with Zipf popularity (s = 1.1);
  - statements of 12 words from a 30-word vocabulary (Zipf), one claim in 10,000 carrying the rare word "quasar";
  - 0-3 of 20 topics, the four markings (55 % CLEAR, 25 % GREEN, 15 % AMBER, 5 % RED), claimed over five years;
  - 4 relations (2 SUPPORTS, 1 CONTRADICTS, 1 DUPLICATES) and 2 verdicts (reviewClaim);
  - sources get an alias each, and one person in ten an EMPLOYED_BY affiliation to an outlet.
"""
import argparse
import bisect
import concurrent.futures
import http.client
import json
import math
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request

CLAIMS = os.environ.get("CORROBORATE_CLAIMS_URL", "http://127.0.0.1:8081")
SOURCES = os.environ.get("CORROBORATE_SOURCES_URL", "http://127.0.0.1:8082")
KEYCLOAK = os.environ.get("CORROBORATE_KEYCLOAK_URL", "http://127.0.0.1:8180")
DATABASE = os.environ.get("CORROBORATE_CLAIMS_DATABASE", "corroborate_claims_scale")
SOURCES_DATABASE = os.environ.get("CORROBORATE_SOURCES_DATABASE", "corroborate_sources_scale")
RESULTS = os.environ.get("CORROBORATE_SCALE_RESULTS", ".devstack/scale/results.json")
CLAIMS_METRICS = os.environ.get("CORROBORATE_CLAIMS_MANAGEMENT_URL", "http://127.0.0.1:9081") + "/q/metrics"
SOURCES_METRICS = os.environ.get("CORROBORATE_SOURCES_MANAGEMENT_URL", "http://127.0.0.1:9082") + "/q/metrics"

BUNDLE = 200
VOCABULARY = ("minister army ceasefire border report official troops attack statement talks sanctions "
              "drone village refugees election ministry spokesman aid convoy shelling agency embassy treaty "
              "prisoners casualties missile port grain harbour summit").split()
TOPICS = ["topic-%02d" % i for i in range(20)]
MARKINGS = ["CLEAR"] * 11 + ["GREEN"] * 5 + ["AMBER"] * 3 + ["RED"]
SOURCE_MARKINGS = ["CLEAR"] * 90 + ["GREEN"] * 6 + ["AMBER"] * 3 + ["RED"]
KINDS = (["PERSON"] * 8 + ["OUTLET"] * 5 + ["ORGANIZATION"] * 3 + ["GOVERNMENT_BODY"] * 2 + ["THINK_TANK"]
         + ["INTELLIGENCE_AGENCY"])
MAX_ALIASES = 30  # the services' limit on aliased fields per operation


class Tokens:
    """Password-grant tokens of the demo realm, renewed before they expire (the realm's lifespan is 5 minutes)."""

    def __init__(self, user):
        self.user, self.token, self.expires, self.lock = user, None, 0, threading.Lock()

    def get(self):
        with self.lock:
            if time.time() > self.expires - 60:
                body = urllib.parse.urlencode({"grant_type": "password", "client_id": "corroborate-test",
                                               "username": self.user, "password": self.user}).encode()
                url = KEYCLOAK + "/realms/corroborate/protocol/openid-connect/token"
                with urllib.request.urlopen(url, body, timeout=30) as answer:
                    token = json.load(answer)
                self.token, self.expires = token["access_token"], time.time() + token["expires_in"]
            return self.token


class GraphQL:
    """One keep-alive connection per thread to one service's /graphql."""

    def __init__(self, base, tokens):
        self.url, self.tokens, self.local = urllib.parse.urlparse(base), tokens, threading.local()

    def post(self, query, variables=None):
        body = json.dumps({"query": query, "variables": variables or {}}).encode()
        for attempt in range(3):
            try:
                connection = getattr(self.local, "connection", None)
                if connection is None:
                    connection = http.client.HTTPConnection(self.url.hostname, self.url.port, timeout=120)
                    connection.connect()
                    # http.client writes headers and body apart: with Nagle's algorithm and delayed ACKs, that cost
                    # 40 ms a request.
                    connection.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                    self.local.connection = connection
                connection.request("POST", "/graphql", body, {"Content-Type": "application/json",
                                                              "Authorization": "Bearer " + self.tokens.get()})
                answer = connection.getresponse()
                return answer.status, answer.read()
            except (http.client.HTTPException, OSError):
                self.local.connection = None
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def data(self, query, variables=None):
        for attempt in range(5):
            status, raw = self.post(query, variables)
            answer = json.loads(raw)
            # A busy machine can make one service time out calling the other; an UNAVAILABLE answer stored nothing.
            unavailable = [e for e in answer.get("errors") or [] if e.get("extensions", {}).get("code") == "UNAVAILABLE"]
            if not unavailable or attempt == 4:
                break
            time.sleep(2 ** attempt)
        if status != 200 or answer.get("errors"):
            raise RuntimeError("%s answered %s: %s" % (self.url.netloc, status, raw[:500].decode(errors="replace")))
        return answer["data"]


def zipf_picker(count, s, rng):
    """Picks an index in [0, count) with probability proportional to 1 / (rank + 1)^s."""
    weights = [1 / (rank + 1) ** s for rank in range(count)]
    cumulative, total = [], 0.0
    for weight in weights:
        total += weight
        cumulative.append(total)
    return lambda: min(bisect.bisect_left(cumulative, rng.random() * total), count - 1)


def aliased(field_template, items, declare):
    """One operation with up to MAX_ALIASES aliased mutations, their inputs as variables."""
    head = ", ".join("$i%d: %s" % (n, declare) for n in range(len(items)))
    body = " ".join("m%d: %s" % (n, field_template.replace("$input", "$i%d" % n)) for n in range(len(items)))
    return "mutation(%s) { %s }" % (head, body), {"i%d" % n: item for n, item in enumerate(items)}


def in_parallel(work, items, workers, label):
    started, done = time.time(), 0
    with concurrent.futures.ThreadPoolExecutor(workers) as pool:
        for _ in pool.map(work, items):
            done += 1
            if done % 50 == 0 or done == len(items):
                print("\r    %s: %d/%d (%.0f s)" % (label, done, len(items), time.time() - started), end="", flush=True)
    if items:
        print()
    return time.time() - started


# ---------------------------------------------------------------------------------------------------------------- data

def all_sources(sources):
    found, after = [], None
    while True:
        page = sources.data("query($after: String) { sources(first: 100, after: $after) { pageInfo { endCursor"
                            " hasNextPage } edges { node { id name kind } } } }", {"after": after})["sources"]
        found += [edge["node"] for edge in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            return [s for s in found if s["name"].startswith("Scale ")]
        after = page["pageInfo"]["endCursor"]


def grow_sources(sources, wanted, rng):
    known = all_sources(sources)
    missing = wanted - len(known)
    if missing > 0:
        inputs = []
        for n in range(len(known), wanted):
            kind = rng.choice(KINDS)
            inputs.append({"name": "Scale %s %07d" % (kind.lower().replace("_", " "), n), "kind": kind,
                           "aliases": ["S%07d" % n], "marking": rng.choice(SOURCE_MARKINGS)})
        batches = [inputs[i:i + MAX_ALIASES] for i in range(0, len(inputs), MAX_ALIASES)]
        took = in_parallel(lambda batch: sources.data(*aliased("createSource(input: $input) { id }", batch,
                                                                   "CreateSourceInput!")), batches, 3, "sources")
        print("    %d sources in %.0f s (%.0f sources/s)" % (missing, took, missing / took))
        fresh = [s for s in all_sources(sources) if int(s["name"][-7:]) >= len(known)]
        people = [s for s in fresh if s["kind"] == "PERSON"]
        outlets = [s for s in all_sources(sources) if s["kind"] == "OUTLET"]
        links = [{"sourceId": p["id"], "targetSourceId": rng.choice(outlets)["id"], "type": "EMPLOYED_BY",
                  "validFrom": "2020-01-01"} for p in people[::10]] if outlets else []
        batches = [links[i:i + MAX_ALIASES] for i in range(0, len(links), MAX_ALIASES)]
        in_parallel(lambda batch: sources.data(*aliased("affiliate(input: $input) { id }", batch, "AffiliateInput!")),
                    batches, 3, "affiliations")
        known = all_sources(sources)
    known.sort(key=lambda s: s["name"][-7:])  # creation order: the popularity rank
    return known


def scale_bundles(claims):
    return claims.data('{ articles(first: 1, filter: {search: "scale bundle"}) { totalCount } }')["articles"]["totalCount"]


def bundle_input(index, sources, pick, outlets, rng):
    items, epoch = [], 1577836800  # 2020-01-01
    for n in range(BUNDLE):
        words = [VOCABULARY[min(int(rng.paretovariate(1.0)) - 1, 29)] for _ in range(12)]
        if rng.random() < 1e-4:
            words[rng.randrange(12)] = "quasar"
        length = 1 + min(int(rng.expovariate(1.2)), 3)
        hops = []
        while len(hops) < length:  # a source appears once in a chain
            candidate = sources[pick()]["id"]
            if candidate not in hops:
                hops.append(candidate)
        chain = [{"role": "ORIGIN", "sourceId": hops[0], "channel": "STATEMENT"}]
        chain += [{"role": "RELAY", "sourceId": hop, "verb": rng.choice(["QUOTED", "REPORTED", "CITED"])}
                  for hop in hops[1:]]
        items.append({"key": "c%d" % n, "statement": " ".join(words).capitalize() + ".",
                      "claimedAt": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(epoch + rng.randrange(5 * 365 * 86400))),
                      "topics": rng.sample(TOPICS, rng.choice([0, 1, 1, 2, 3])), "marking": rng.choice(MARKINGS),
                      "attribution": chain})
    relations = [{"fromKey": "c%d" % a, "toKey": "c%d" % b, "type": t} for a, b, t in
                 [(1, 0, "SUPPORTS"), (2, 0, "SUPPORTS"), (3, 0, "CONTRADICTS"), (4, 5, "DUPLICATES")]]
    return {"article": {"url": "https://scale.example/articles/%08d" % index, "title": "Scale bundle %d" % index,
                        "publisherSourceId": rng.choice(outlets)["id"], "marking": "CLEAR"},
            "claims": items, "relations": relations}


IMPORT = ("mutation($input: BundleInput!) { importBundle(input: $input) { id"
          " claims(first: 2) { edges { node { id } } } } }")
REVIEW = "reviewClaim(input: $input) { id }"


def grow_claims(claims, wanted, sources, rng):
    have = scale_bundles(claims)
    target = math.ceil(wanted / BUNDLE)
    if have >= target:
        return
    pick = zipf_picker(len(sources), 1.1, rng)
    outlets = [s for s in sources if s["kind"] == "OUTLET"] or sources
    verdicts, lock = [], threading.Lock()

    def load(index):
        data = claims.data(IMPORT, {"input": bundle_input(index, sources, pick, outlets, random.Random(index))})
        with lock:
            for edge in data["importBundle"]["claims"]["edges"]:
                verdicts.append({"claimId": edge["node"]["id"], "credibility": 1 + index % 6, "rationale": "Scale verdict",
                                 "status": ["CONFIRMED", "REFUTED", "MISLEADING", "UNPROVEN"][index % 4]})

    took = in_parallel(load, list(range(have, target)), 3, "bundles")
    count = (target - have) * BUNDLE
    print("    %d claims in %.0f s: %.0f claims/s through importBundle" % (count, took, count / took))
    batches = [verdicts[i:i + MAX_ALIASES] for i in range(0, len(verdicts), MAX_ALIASES)]
    took = in_parallel(lambda batch: claims.data(*aliased(REVIEW, batch, "ReviewClaimInput!")), batches, 3, "verdicts")
    print("    %d verdicts in %.0f s" % (len(verdicts), took))


# ------------------------------------------------------------------------------------------------------------- queries

PAGE = ("query($after: String, $filter: ClaimFilter, $order: ClaimOrder) { claims(first: 50, after: $after,"
        " filter: $filter, orderBy: $order) { %s pageInfo { endCursor hasNextPage } edges { node { id statement status"
        " credibility marking attribution { role source { id } } } } } }")
WITH_COUNT, WITHOUT_COUNT = PAGE % "totalCount", PAGE % ""
OF_SOURCE = ("query($ids: [String!]!) { claimsBySources(sourceIds: $ids, first: 50) { sourceId claims { totalCount"
             " edges { node { id statement } } } } }")
CORROBORATION = ("query($id: ID!) { claim(id: $id) { corroboration { independentOrigins circularReporting"
                 " suggestedCredibility explanation supporting { claimId originSourceId } originGroups { sourceIds"
                 " reason } contradicting { independentOrigins } } } }")


def queries(viewer, sources):
    """The measured queries: (name, query, variables), each run by a GREEN viewer as in the issue."""
    popular, middling = sources[0]["id"], sources[min(100, len(sources) - 1)]["id"]
    deep = None
    for _ in range(100):  # the cursor after 100 pages of 50, newest first
        deep = viewer.data(WITH_COUNT, {"after": deep})["claims"]["pageInfo"]["endCursor"]
    related = viewer.data('{ claims(first: 1, filter: {circularReporting: true}) { edges { node { id } } } }')
    related = related["claims"]["edges"]
    month = {"claimedFrom": "2022-03-01T00:00:00Z", "claimedTo": "2022-03-31T23:59:59Z"}
    measured = [
        ("list, newest first", WITH_COUNT, {}),
        ("list, newest first, no totalCount", WITHOUT_COUNT, {}),
        ("list by claimedAt", WITH_COUNT, {"order": {"field": "CLAIMED_AT", "direction": "DESC"}}),
        ("page 101 by cursor", WITH_COUNT, {"after": deep}),
        ("search, no match", WITH_COUNT, {"filter": {"search": "zyxwvut"}}),
        ("search, rare term", WITH_COUNT, {"filter": {"search": "quasar"}}),
        ("search, common term", WITH_COUNT, {"filter": {"search": VOCABULARY[0]}}),
        ("status filter (CONFIRMED)", WITH_COUNT, {"filter": {"status": ["CONFIRMED"]}}),
        ("credibility filter (1)", WITH_COUNT, {"filter": {"credibility": [1]}}),
        ("topic filter", WITH_COUNT, {"filter": {"topics": [TOPICS[5]]}}),
        ("marking filter (GREEN)", WITH_COUNT, {"filter": {"markings": ["GREEN"]}}),
        ("claimed in one month", WITH_COUNT, {"filter": month}),
        ("source filter, most popular", WITH_COUNT, {"filter": {"sourceIds": [popular]}}),
        ("source filter, 100th", WITH_COUNT, {"filter": {"sourceIds": [middling]}}),
        ("origin filter", WITH_COUNT, {"filter": {"originSourceIds": [middling]}}),
        ("relay filter", WITH_COUNT, {"filter": {"relaySourceIds": [middling]}}),
        ("circular reporting", WITH_COUNT, {"filter": {"circularReporting": True}}),
        ("a source's claims (claimsBySources)", OF_SOURCE, {"ids": [middling]}),
    ]
    if related:
        measured.append(("corroboration of a claim", CORROBORATION, {"id": related[0]["node"]["id"]}))
    return measured


def measure(viewer, query, variables, clients, requests):
    for _ in range(max(5, requests // 10)):
        viewer.data(query, variables)
    times, failures = [], []

    def one(_):
        begun = time.perf_counter()
        status, raw = viewer.post(query, variables)
        times.append((time.perf_counter() - begun) * 1000)
        if status != 200 or b'"errors"' in raw:
            failures.append(raw[:300])

    with concurrent.futures.ThreadPoolExecutor(clients) as pool:
        list(pool.map(one, range(requests)))
    if failures:
        raise RuntimeError("errors while measuring: %s" % failures[0])
    times.sort()
    return {"p50": statistics.median(times), "p99": times[min(len(times) - 1, int(len(times) * 0.99))]}


def metric(url, name):
    with urllib.request.urlopen(url, timeout=10) as answer:
        for line in answer.read().decode().splitlines():
            if line.startswith(name + " "):
                return float(line.split()[1])
    raise RuntimeError("%s has no metric %s" % (url, name))


def quiet_feed():
    """
    Waits until sources-service has applied every claim event: measuring while it catches up measures the catch-up.
    Statistics are refreshed every minute meanwhile, as autovacuum would: where it is off (this machine's PostgreSQL),
    the feed's prepared statements keep the plans made while its tables were empty, and a sequential scan of
    claim_outcome per batch held the feed at 350 events/s at 600,000 outcomes (5,100/s after an ANALYZE).
    """
    began = time.time()
    analyzed = began
    while True:
        head = metric(CLAIMS_METRICS, "corroborate_feed_head_position")
        applied = metric(SOURCES_METRICS, "corroborate_feed_position")
        if applied >= head and time.time() - began > 6:  # the head is refreshed every 5 s
            print("    feed applied up to %d (waited %.0f s)" % (applied, time.time() - began))
            return
        if time.time() - analyzed > 60:
            psql(SOURCES_DATABASE, "ANALYZE")
            analyzed = time.time()
        time.sleep(2)


def psql(database, command):
    try:
        subprocess.run(["psql", "-q", "-h", os.environ.get("PGHOST", "127.0.0.1"), "-U",
                        os.environ.get("PGUSER", "postgres"), "-d", database, "-c", command], check=True)
    except (OSError, subprocess.CalledProcessError) as e:
        print("    (%s of %s not run: %s)" % (command, database, e))


def vacuum():
    """A steady state, as autovacuum leaves it after a bulk load: visibility map and statistics up to date."""
    psql(DATABASE, "VACUUM (ANALYZE)")
    psql(SOURCES_DATABASE, "VACUUM (ANALYZE)")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sizes", nargs="+", type=int, help="claim counts to grow to and measure, ascending")
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--no-measure", action="store_true", help="only grow the dataset")
    args = parser.parse_args()

    writer, viewer = Tokens("eddie"), Tokens("vera")  # editor with RED clearance; viewer with GREEN clearance
    claims, sources_api = GraphQL(CLAIMS, writer), GraphQL(SOURCES, writer)
    viewer_api = GraphQL(CLAIMS, viewer)
    results = json.load(open(RESULTS)) if os.path.exists(RESULTS) else {}
    rng = random.Random(42)
    for size in args.sizes:
        print("== %d claims" % size)
        sources = grow_sources(sources_api, max(100, size // 50), rng)
        grow_claims(claims, size, sources, rng)
        if args.no_measure:
            continue
        quiet_feed()
        vacuum()
        figures = {}
        for name, query, variables in queries(viewer_api, sources):
            figures[name] = measure(viewer_api, query, variables, args.clients, args.requests)
            print("    %-38s p50 %7.1f ms   p99 %7.1f ms" % (name, figures[name]["p50"], figures[name]["p99"]))
        results[str(size)] = figures
        os.makedirs(os.path.dirname(RESULTS), exist_ok=True)
        with open(RESULTS, "w") as out:
            json.dump(results, out, indent=1)

    sizes = sorted(results, key=int)
    if len(sizes) > 1:
        base = sizes[0]
        print("\np99 in ms (%d clients, %d requests each), and growth against %s claims" % (args.clients, args.requests, base))
        print("| query | " + " | ".join("%s claims" % format(int(s), ",") for s in sizes) + " | "
              + " | ".join("%s ÷ %s" % (s, base) for s in sizes[1:]) + " |")
        print("|---" * (2 * len(sizes)) + "|")
        for name in results[base]:
            row = [results[s].get(name, {}).get("p99") for s in sizes]
            cells = ["%.1f" % v if v is not None else "-" for v in row]
            growth = ["%.2f×" % (v / row[0]) if v is not None else "-" for v in row[1:]]
            print("| %s | %s | %s |" % (name, " | ".join(cells), " | ".join(growth)))


if __name__ == "__main__":
    try:
        main()
    except (RuntimeError, OSError) as e:
        sys.exit("scale.py: %s" % e)
