"""The evaluation report: a markdown table (printed and written) and a chart comparing retrievers."""

from __future__ import annotations

from pathlib import Path

COLUMNS = ("mrr@10", "ndcg@10", "first_line_accuracy", "answer_accuracy", "citation_precision", "abstention_precision",
           "abstention_recall", "latency_p50_ms", "latency_p95_ms")


def table(summaries: dict, ks: list[int]) -> str:
    cols = [f"hit@{k}" for k in ks] + [f"recall@{k}" for k in ks if k in (5, 10)] + list(COLUMNS)
    lines = ["| retriever | " + " | ".join(cols) + " |", "|---" * (len(cols) + 1) + "|"]
    for name, s in summaries.items():
        if name == "task_register":
            continue
        cells = [f"{s[c]:.3f}" if isinstance(s[c], float) and "latency" not in c else str(s[c]) for c in cols]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def markdown(summaries: dict, ks: list[int], set_name: str) -> str:
    parts = [f"# Evaluation of `{set_name}`", "", table(summaries, ks), ""]
    if "task_register" in summaries:
        t = summaries["task_register"]
        parts += ["## Task register", "", f"precision {t['precision']:.3f}, recall {t['recall']:.3f} "
                  f"({t['matched']} of {t['gold']} gold tasks, {t['predicted']} predicted; due accuracy "
                  f"{t['due_accuracy']:.3f}, coordinators {t['coordinator_accuracy']:.3f}, metadata "
                  f"{t['metadata_accuracy']:.3f})", ""]
    first = next((k for k in summaries if k != "task_register"), None)
    if first:
        parts += [f"## Per tag ({first})", "", "| tag | questions | answer_accuracy | mrr@10 |", "|---|---|---|---|"]
        for tag, s in summaries[first]["per_tag"].items():
            parts.append(f"| {tag} | {s['questions']} | {s['answer_accuracy']:.3f} | {s['mrr@10']:.3f} |")
    return "\n".join(parts) + "\n"


def chart(summaries: dict, retrievers: list[str], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    metrics = ["hit@1", "hit@5", "mrr@10", "ndcg@10", "answer_accuracy", "citation_precision"]
    metrics = [x for x in metrics if x in summaries[retrievers[0]]]
    fig, ax = plt.subplots(figsize=(9, 4.2))
    width = 0.8 / len(retrievers)
    for i, r in enumerate(retrievers):
        ax.bar([j + i * width for j in range(len(metrics))], [summaries[r][x] for x in metrics], width, label=r)
    ax.set_xticks([j + width * (len(retrievers) - 1) / 2 for j in range(len(metrics))], metrics)
    ax.set_ylim(0, 1)
    ax.set_title("Retrievers compared on the benchmark set")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
