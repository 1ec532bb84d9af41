"""What the hand-written gold scripts of a batch share (build/<batch>-src/gold_<batch>.py): a directive's opening cut
as the metric matches it, and gold/<batch>.jsonl and questions/<batch>.jsonl written from what the script declares.
The gold itself is written by hand from the document text, in the script."""
import json
import os

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def cut(action, n=10):
    """The hand-chosen opening, cut at 10 whitespace tokens, trailing ",;:." stripped."""
    return " ".join(action.split()[:n]).rstrip(",;:.")


class Batch:
    """One batch's documents and questions: `doc(...)` and `q(...)` as the scripts call them, then `write()`."""

    def __init__(self, name, split="dev"):
        self.name, self.split, self.docs, self.questions = name, split, [], []

    def doc(self, file, layout, number, date, issuer, signer, title, rows, doc_type="THÔNG BÁO"):
        """Each row: (assignee, coordinators, due, deadlines, recurring, section, action)."""
        rows = [r[:6] + (cut(r[6]),) for r in rows]
        self.docs.append({"file": file, "split": self.split, "layout": layout,
                          "metadata": {"number": number, "date": date, "doc_type": doc_type, "issuer": issuer,
                                       "signer": signer, "signer_title": title},
                          "directives": [dict(zip(("assignee", "coordinators", "due", "deadlines", "recurring",
                                                   "section", "action"), r)) for r in rows]})

    def q(self, question, source, must, tags):
        self.questions.append({"id": f"{self.name}q{len(self.questions) + 1:02d}", "question": question,
                               "gold_sources": [source] if source else [], "must_contain": must,
                               "answerable": source is not None, "split": self.split, "tags": tags})

    def write(self):
        for folder, rows in (("gold", self.docs), ("questions", self.questions)):
            with open(os.path.join(ROOT, folder, f"{self.name}.jsonl"), "w", encoding="utf-8") as f:
                f.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
        print(len(self.docs), "documents,", sum(len(d["directives"]) for d in self.docs), "directives,",
              len(self.questions), "questions")
