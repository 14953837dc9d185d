"""Score the temporal tagger on TempEval-3 TimeML corpora (TimeBank, AQUAINT).

Prints, per corpus and overall: strict and relaxed span precision/recall/F1, type accuracy and
value accuracy over the relaxed matches, value F1 (= relaxed F1 x value accuracy, as TempEval-3
defines it), and documents per second (median of several runs).

    python bench/timex_eval.py [--data ../shared/data/tempeval3-train] [--errors N]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.time_tagger import tag_times

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "tempeval3-train"


@dataclass
class Gold:
    start: int
    end: int
    text: str
    type: str
    value: str


def load_document(path: Path) -> tuple[str, str, list[Gold]]:
    """The text inside <TEXT> with tags removed, the creation date, and the gold TIMEX3s."""
    root = ElementTree.parse(path).getroot()
    dct_node = root.find("./DCT/TIMEX3")
    dct = dct_node.get("value")[:10]
    text_node = root.find("TEXT")
    parts: list[str] = []
    gold: list[Gold] = []

    def walk(node: ElementTree.Element) -> None:
        if node.text:
            start = sum(len(p) for p in parts)
            parts.append(node.text)
            if node.tag == "TIMEX3":
                gold.append(Gold(start, start + len(node.text), node.text, node.get("type"),
                                 node.get("value")))
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(text_node)
    return "".join(parts), dct, gold


def canonical_value(value: str) -> str:
    """One spelling for TIMEX3 values that name the same thing: "2000-W7" and "2000-W07",
    "1949-XX" and "1949", "199X" and "199" (a decade). Used only for the secondary figure."""
    value = re.sub(r"-W(\d)(?!\d)", r"-W0\1", value)
    value = re.sub(r"^(\d{4}(?:-\d{2})?)(?:-XX)+$", r"\1", value)
    return re.sub(r"^(\d{3})X$", r"\1", value)


def score(documents, predictions) -> dict:
    n_gold = n_pred = strict = relaxed = type_ok = value_ok = same_value = 0
    for (_, _, gold), pred in zip(documents, predictions, strict=True):
        n_gold += len(gold)
        n_pred += len(pred)
        for g in gold:
            if any(p.start == g.start and p.end == g.end for p in pred):
                strict += 1
            overlap = [p for p in pred if p.start < g.end and g.start < p.end]
            if overlap:
                relaxed += 1
                p = overlap[0]
                type_ok += p.type == g.type
                value_ok += p.value == g.value
                same_value += canonical_value(p.value) == canonical_value(g.value)
    def f1(p, r):
        return 2 * p * r / (p + r) if p + r else 0.0
    sp, sr = strict / max(n_pred, 1), strict / max(n_gold, 1)
    rp, rr = relaxed / max(n_pred, 1), relaxed / max(n_gold, 1)
    relaxed_f1 = f1(rp, rr)
    value_acc = value_ok / max(relaxed, 1)
    return {
        "gold": n_gold, "predicted": n_pred,
        "strict_p": sp, "strict_r": sr, "strict_f1": f1(sp, sr),
        "relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": relaxed_f1,
        "type_accuracy": type_ok / max(relaxed, 1), "value_accuracy": value_acc,
        "value_f1": relaxed_f1 * value_acc,
        "value_f1_equivalent": relaxed_f1 * same_value / max(relaxed, 1),
    }


def show_errors(documents, predictions, limit: int) -> None:
    shown = 0
    for (text, dct, gold), pred in zip(documents, predictions, strict=True):
        for g in gold:
            overlap = [p for p in pred if p.start < g.end and g.start < p.end]
            if not overlap:
                print(f"MISS  {g.text!r:40} {g.type:8} {g.value:12}  dct={dct}")
            elif overlap[0].value != g.value or overlap[0].type != g.type:
                p = overlap[0]
                kind = "VALUE" if p.value != g.value else "TYPE "
                print(f"{kind} {g.text!r:40} {g.type:8} {g.value:12} "
                      f"got {p.text!r} {p.type} {p.value}  dct={dct}")
            else:
                continue
            shown += 1
        for p in pred:
            if not any(p.start < g.end and g.start < p.end for g in gold):
                context = text[max(0, p.start - 30):p.end + 30]
                print(f"FALSE {p.text!r:40} {p.type:8} {p.value:12}  ctx={context!r}")
                shown += 1
        if shown >= limit:
            return


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--errors", type=int, default=0, help="print up to N errors")
    args = parser.parse_args()
    corpora = sorted(p for p in args.data.iterdir() if p.is_dir())
    all_docs, all_preds, report = [], [], {}
    total_docs = 0
    timings = []
    for corpus in corpora:
        docs = [load_document(p) for p in sorted(corpus.glob("*.tml"))]
        preds = [tag_times(text, dct) for text, dct, _ in docs]
        report[corpus.name] = score(docs, preds)
        all_docs += docs
        all_preds += preds
        total_docs += len(docs)
    for _ in range(args.runs):
        t0 = time.perf_counter()
        for text, dct, _ in all_docs:
            tag_times(text, dct)
        timings.append(time.perf_counter() - t0)
    report["overall"] = score(all_docs, all_preds)
    if args.errors:
        show_errors(all_docs, all_preds, args.errors)
    print(f"{'corpus':10} {'gold':>5} {'pred':>5} {'strictF1':>8} {'relP':>6} {'relR':>6} "
          f"{'relF1':>6} {'type':>6} {'value':>6} {'valueF1':>7}")
    for name, r in report.items():
        print(f"{name:10} {r['gold']:5d} {r['predicted']:5d} {r['strict_f1']:8.3f} "
              f"{r['relaxed_p']:6.3f} {r['relaxed_r']:6.3f} {r['relaxed_f1']:6.3f} "
              f"{r['type_accuracy']:6.3f} {r['value_accuracy']:6.3f} {r['value_f1']:7.3f}")
    print(f"value F1 counting equivalent spellings as equal (W7 = W07, 1949-XX = 1949, 199X = 199): "
          f"{report['overall']['value_f1_equivalent']:.3f}")
    docs_per_s = total_docs / statistics.median(timings)
    print(f"documents: {total_docs}, runs: {args.runs}, median docs/s: {docs_per_s:.0f} (one core)")
    summary = {k: round(v, 4) if isinstance(v, float) else v for k, v in report["overall"].items()}
    summary["docs_per_s"] = round(docs_per_s, 1)
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
