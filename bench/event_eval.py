"""Score event extraction against gold files: event recall, date exactness, actor and location F1.

Gold files (format of ../shared/gold/us-russia-miami-talks.json) give, for each event, its
interval and granularity, actors, locations and its sentence, either as text or, for the
TempEval-3 documents in bench/gold/ and the web articles in bench/gold-web/, as a span of the
document text (the article text itself stays outside the repository). A predicted event matches
a gold event when it comes from the same sentence; among several, the pairs sharing the most
names (then dates) are taken first. A gold file with a `scope` (first and last character read)
covers part of a long article: only events from that part are scored.

    python bench/event_eval.py [--gold bench/gold ../shared/gold] [--baseline] [--show]

Reported: recall (gold events matched), precision (predicted events matched), date exact (same
first and last day), date within gold (predicted interval inside the gold one), and actor and
location F1 over the matched pairs (names compared after the gold file's aliases).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from timex_eval import DEFAULT_DATA, load_document  # noqa: E402

from core.event_extractor import extract_events  # noqa: E402
from core.models import Article, Event  # noqa: E402
from core.reader import article_from_text  # noqa: E402

DEFAULT_GOLD = [ROOT / "bench" / "gold", ROOT.parent / "shared" / "gold"]
WEB_CACHE = ROOT / "bench" / ".cache"  # filled by bench/fetch_web_articles.py
SAMPLES = {"us-russia-miami-talks.json": ROOT / "resources" / "sample-article.txt"}


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    date_exact: int = 0
    date_within: int = 0
    counts: dict[str, list[int]] = field(default_factory=lambda: {"actors": [0, 0, 0],
                                                                   "locations": [0, 0, 0]})

    def add(self, other: Tally) -> None:
        for name in ("gold", "predicted", "matched", "date_exact", "date_within"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for key in self.counts:
            for i in range(3):
                self.counts[key][i] += other.counts[key][i]

    def f1(self, key: str) -> float:
        tp, fp, fn = self.counts[key]
        return 2 * tp / (2 * tp + fp + fn) if tp else (1.0 if not fp and not fn else 0.0)

    def summary(self) -> dict:
        m = max(self.matched, 1)
        return {"gold": self.gold, "predicted": self.predicted,
                "recall": round(self.matched / max(self.gold, 1), 3),
                "precision": round(self.matched / max(self.predicted, 1), 3),
                "date_exact": round(self.date_exact / m, 3),
                "date_within": round(self.date_within / m, 3),
                "actor_f1": round(self.f1("actors"), 3),
                "location_f1": round(self.f1("locations"), 3)}


def normalise(name: str, aliases: dict[str, str]) -> str:
    name = aliases.get(name, name)
    name = "".join(ch for ch in unicodedata.normalize("NFKD", name)
                   if not unicodedata.combining(ch))  # Cárdenas = Cardenas
    key = re.sub(r"^(the)\s+", "", name.strip(), flags=re.IGNORECASE)
    key = re.sub(r"[.,]|\b(inc|corp|co|ltd)\b\.?", "", key, flags=re.IGNORECASE)
    return " ".join(key.lower().split())


def load_gold(path: Path, data: Path) -> tuple[Article, list[dict], dict[str, str], list[int] | None]:
    """The article, gold events, name aliases and scope (characters read, or None) of a gold file."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    if gold.get("source", "").endswith(".txt"):  # a web article from a package's test data
        source = WEB_CACHE / gold["source"]
        if not source.exists():
            raise SystemExit(f"{path.name}: {source} is missing; run python bench/fetch_web_articles.py")
        article = article_from_text(source.read_text(encoding="utf-8"), gold["source"])
        article.published = gold["published"]
        for event in gold["events"]:
            s, e = event["span"]
            if hashlib.sha1(article.text[s:e].encode()).hexdigest() != event["sentence_sha1"]:
                raise ValueError(f"{path.name}: span {s}-{e} no longer holds its sentence")
    elif "source" in gold:
        text, dct, _ = load_document(data / gold["source"])
        article = article_from_text(text, gold["source"])
        article.published = dct
        for event in gold["events"]:
            s, e = event["span"]
            digest = hashlib.sha1(text[s:e].encode()).hexdigest()
            if digest != event["sentence_sha1"]:
                raise ValueError(f"{path.name}: span {s}-{e} no longer holds its sentence")
    else:
        source = SAMPLES.get(path.name)
        if source is None:
            raise ValueError(f"{path.name}: no article for this gold file")
        article = article_from_text(source.read_text(encoding="utf-8"), str(source))
        article.published = gold["published"]
        for event in gold["events"]:
            start = article.text.index(event["sentence"])
            event["span"] = [start, start + len(event["sentence"])]
    aliases = dict(gold.get("aliases", {}))
    aliases.update(gold.get("metonyms", {}))
    return article, gold["events"], aliases, gold.get("scope")


def within(pred: tuple[str, str], gold: tuple[str, str]) -> bool:
    p0, p1 = pred[0][:10] or "0000", pred[1][:10] or "9999"
    g0, g1 = gold[0][:10] or "0000", gold[1][:10] or "9999"
    return g0 <= p0 and p1 <= g1


def score_document(events: list[Event], gold: list[dict], aliases: dict[str, str],
                   show: bool = False) -> Tally:
    tally = Tally(gold=len(gold), predicted=len(events))
    names_of = [{"actors": {normalise(a.name, aliases) for a in e.actors},
                 "locations": {normalise(loc.name, aliases) for loc in e.locations}} for e in events]
    pairs = []  # (score, gold index, event index) for events of the gold event's sentence
    for j, g in enumerate(gold):
        g_names = {k: {normalise(n, aliases) for n in g[k]} for k in ("actors", "locations")}
        gold_when = (g["when"]["start"], g["when"]["end"])
        for i, e in enumerate(events):
            if not (e.span[0] < g["span"][1] and g["span"][0] < e.span[1]):
                continue
            when = (e.when.start, e.when.end)
            score = len(names_of[i]["actors"] & g_names["actors"]) + \
                len(names_of[i]["locations"] & g_names["locations"]) + \
                0.5 * within(when, gold_when) + 0.25 * (when == gold_when)
            pairs.append((-score, j, i))
    # Pairs are taken best first, so that of two events in one sentence each meets its own
    # gold event (not the first gold event taking the other's better match).
    chosen: dict[int, int] = {}
    used: set[int] = set()
    for _score, j, i in sorted(pairs):
        if j not in chosen and i not in used:
            chosen[j] = i
            used.add(i)
    for j, g in enumerate(gold):
        best = chosen.get(j)
        if best is None:
            if show:
                print(f"  MISSED  {g['summary']}")
            continue
        e = events[best]
        tally.matched += 1
        pred_when = (e.when.start, e.when.end)
        gold_when = (g["when"]["start"], g["when"]["end"])
        exact = pred_when == gold_when
        tally.date_exact += exact
        tally.date_within += within(pred_when, gold_when)
        misses: dict[str, tuple[list[str], list[str]]] = {}
        for key, refs in (("actors", e.actors), ("locations", e.locations)):
            predicted = {normalise(r.name, aliases) for r in refs}
            wanted = {normalise(n, aliases) for n in g[key]}
            counts = tally.counts[key]
            counts[0] += len(predicted & wanted)
            counts[1] += len(predicted - wanted)
            counts[2] += len(wanted - predicted)
            if show:
                misses[key] = (sorted(wanted - predicted), sorted(predicted - wanted))
        if show:
            flag = "ok  " if exact else "DATE"
            print(f"  {flag}    {e.title!r} {pred_when} vs {gold_when}; "
                  f"actors {sorted(a.name for a in e.actors)} vs {g['actors']}; "
                  f"places {sorted(loc.name for loc in e.locations)} vs {g['locations']}")
            for key, (missing, extra) in misses.items():
                if missing or extra:
                    print(f"          {key}: missing {missing} extra {extra}")
    if show:
        for i, e in enumerate(events):
            if i not in used:
                print(f"  EXTRA   {e.title!r} {e.when.start}..{e.when.end}")
    return tally


def baseline_events(article: Article) -> list[Event]:
    """Every sentence with a named entity, dated by dateparser's first hit, else the publication
    date; spaCy's entities as they are (the reference point of the issue)."""
    from dateparser.search import search_dates

    from core.models import EntityRef, When
    from core.nlp import pipeline

    out = []
    doc = pipeline()(article.text)
    for sent in doc.sents:
        if not sent.ents or not sent.text.strip():
            continue
        hits = search_dates(sent.text, settings={"RELATIVE_BASE": __import__("datetime").datetime
                                                 .fromisoformat(article.published)})
        day = hits[0][1].date().isoformat() if hits else article.published
        actors = [EntityRef(e.text, "x") for e in sent.ents if e.label_ in {"PERSON", "ORG", "NORP"}]
        places = [EntityRef(e.text, "x") for e in sent.ents if e.label_ in {"GPE", "LOC", "FAC"}]
        out.append(Event(sent.text[:60], "event", When(day, day, "day", None, "explicit"),
                         actors, places, sent.text, (sent.start_char, sent.end_char)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, nargs="+", default=DEFAULT_GOLD)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--baseline", action="store_true", help="score the naive baseline")
    parser.add_argument("--show", action="store_true", help="print each match and miss")
    args = parser.parse_args()
    files = sorted(p for folder in args.gold if folder.exists() for p in folder.glob("*.json"))
    total = Tally()
    for path in files:
        article, gold, aliases, scope = load_gold(path, args.data)
        events = baseline_events(article) if args.baseline else extract_events(article)
        if scope:  # a long article read in part: only what its gold covers is scored
            events = [e for e in events if scope[0] <= e.span[0] < scope[1]]
        if args.show:
            print(path.name)
        tally = score_document(events, gold, aliases, args.show)
        total.add(tally)
        s = tally.summary()
        print(f"{path.stem:28} gold {s['gold']:3d} pred {s['predicted']:3d} recall {s['recall']:.2f}"
              f" date exact {s['date_exact']:.2f} within {s['date_within']:.2f}"
              f" actor F1 {s['actor_f1']:.2f} location F1 {s['location_f1']:.2f}")
    summary = total.summary()
    summary["documents"] = len(files)
    summary["system"] = "baseline" if args.baseline else "newsline"
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
