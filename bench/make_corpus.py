"""Make a synthetic database of N events shaped like real coverage, through core's store API.

Bursts around big days, a long tail of actors and places with a few very frequent ones, day-,
month- and year-granularity mixed with "on or before" dates, several events per article.

    python bench/make_corpus.py 1000000 --db /tmp/newsline-1m.db
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.models import Article, EntityRef, Event, When
from core.store import Store

VERBS = [("met", "meeting"), ("struck", "attack"), ("said", "statement"),
         ("signed a deal with", "agreement"), ("exchanged prisoners with", "exchange"),
         ("warned", "statement"), ("visited", "meeting"), ("shelled", "attack")]
START = date(2015, 1, 1)
SPAN_DAYS = 3650


def zipf_pick(rng: random.Random, names: list[str], s: float = 1.1) -> str:
    """A name from a long-tailed distribution: a few very frequent, most rare."""
    rank = min(len(names) - 1, int(rng.paretovariate(s)) - 1)
    return names[rank]


def make_events(rng: random.Random, count: int, actors: list[str], places: list[str],
                big_days: list[int], published: date) -> list[Event]:
    events = []
    for _ in range(count):
        if rng.random() < 0.7:
            day = START + timedelta(days=rng.choice(big_days) + int(rng.gauss(0, 3)))
        else:
            day = START + timedelta(days=rng.randrange(SPAN_DAYS))
        day = min(day, published)
        roll = rng.random()
        if roll < 0.7:
            when = When(day.isoformat(), day.isoformat(), "day", "on Monday", "relative-to-published")
        elif roll < 0.85:
            first = day.replace(day=1)
            last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
            when = When(first.isoformat(), last.isoformat(), "month", "in July", "relative-to-published")
        elif roll < 0.95:
            when = When("", published.isoformat(), "unknown", None, "published-date")
        else:
            when = When(f"{day.year}-01-01", f"{day.year}-12-31", "year", str(day.year), "explicit")
        who = [zipf_pick(rng, actors) for _ in range(rng.choice((1, 1, 2, 3)))]
        where = [zipf_pick(rng, places)]
        verb, kind = rng.choice(VERBS)
        other = zipf_pick(rng, actors)
        sentence = f"{who[0]} {verb} {other} in {where[0]}, officials said."
        events.append(Event(
            title=f"{who[0]} {verb} {other} in {where[0]}", type=kind, when=when,
            actors=[EntityRef(a, "person") for a in dict.fromkeys(who)],
            locations=[EntityRef(p, "city", 40 + rng.random(), 20 + rng.random()) for p in where],
            sentence=sentence, span=(0, len(sentence)),
        ))
    return events


def build(path: Path, total: int, per_article: int = 5, seed: int = 7) -> float:
    rng = random.Random(seed)
    actors = [f"Actor {i:05d}" for i in range(20000)]
    places = [f"Place {i:04d}" for i in range(3000)]
    big_days = [rng.randrange(SPAN_DAYS) for _ in range(60)]
    started = time.perf_counter()
    made = 0
    article_no = 0
    with Store(path) as store:
        store.match_stories = False  # synthetic reports are not matched into stories
        while made < total:
            with store.batch():
                for _ in range(2000):
                    if made >= total:
                        break
                    published = START + timedelta(days=rng.randrange(60, SPAN_DAYS + 60))
                    count = min(per_article, total - made)
                    events = make_events(rng, count, actors, places, big_days, published)
                    text = "\n".join(e.sentence for e in events) + f"\n#{article_no}"
                    store.add_article(Article(text=text, title=f"Article {article_no}",
                                              published=published.isoformat(),
                                              path=f"synthetic/{article_no}.txt"), events)
                    made += count
                    article_no += 1
            print(f"\r{made:,} events", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("events", type=int)
    parser.add_argument("--db", type=Path, required=True)
    args = parser.parse_args()
    if args.db.exists():
        args.db.unlink()
    seconds = build(args.db, args.events)
    print(f"{args.events:,} events written to {args.db} in {seconds:.1f} s")


if __name__ == "__main__":
    main()
