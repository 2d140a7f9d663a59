"""Coding articles with PETRARCH dictionaries alone and their pattern semantics: what
`--only-dictionaries` gives when every `--dictionary` is a PETRARCH one. Same interface as
`eventwire.Coder` (`article`, `code`, `code_many`, `nlp`, `knowledge`), same records out: each
triplet the engine finds becomes an `EventMention` whose trigger is the verb and whose actors' text
and span are the words of the noun phrase that gave the code. Codes outside the CAMEO codebook (test
dictionaries' private codes) are counted in `dropped`, not output.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .. import nlp
from ..clean import clean
from ..coder import ArticleCoder
from ..knowledge import HERE, Knowledge
from ..records import ActorRef, Article, CodedArticle, EventMention, TextRef
from .dictionaries import load_dictionaries
from .engine import NULL, Engine


class PetrarchCoder(ArticleCoder):
    def __init__(self, settings, *, model: str = nlp.MODEL) -> None:
        self.settings = settings
        self.nlp = nlp.load(model)
        self.knowledge = Knowledge()
        self.knowledge.add_codebook(HERE / "cameo.csv")
        problems: list | None = [] if settings.skip_bad_lines else None
        self.dictionaries = load_dictionaries(settings.dictionaries, problems=problems)
        self.knowledge.warnings += [f"{p} (skipped)" for p in problems or ()]
        self.engine = Engine(self.dictionaries)

    def code_many(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        for art in articles:
            yield self._code(art)

    def _code(self, art: Article) -> CodedArticle:
        cleaned = clean(art.raw)
        date = re.sub(r"\D", "", art.date or "")[:8] or None
        texts = [p.text for p in cleaned.paragraphs]
        if any(self.engine.discarded(t) == "storydiscard" for t in texts):
            return CodedArticle(art, (), (), dropped={"storydiscard": 1})
        events: list[EventMention] = []
        dropped: dict[str, int] = {}
        n_sent = 0
        for para, doc in zip(cleaned.paragraphs, self.nlp.pipe(texts, batch_size=32), strict=True):
            for sent in doc.sents:
                n_sent += 1
                alone = sent.as_doc()
                result = self.engine.code(alone, date)
                if result.error:
                    dropped[result.error] = dropped.get(result.error, 0) + 1
                    continue
                for e in result.events:
                    if e.code not in self.knowledge.codebook:
                        dropped["code-not-in-cameo"] = dropped.get("code-not-in-cameo", 0) + 1
                        continue
                    verb = alone[e.verb]
                    base = para.start + sent.start_char
                    start = base + verb.idx

                    def ref(code: str, _r=result, _doc=alone, _base=base) -> ActorRef:
                        a, b = _r.spans.get(code, (0, len(_doc)))
                        words = _doc[a:b]
                        return _ref(code, words.text, (_base + words.start_char,
                                                       _base + words.end_char))

                    cameo, plover = self.knowledge.cameo(e.code)
                    events.append(EventMention(
                        id=f"{art.id}-e{len(events) + 1}", article_id=art.id,
                        sentence=n_sent - 1, text=sent.text,
                        trigger=TextRef(verb.text, (start, start + len(verb.text))),
                        source=ref(e.source),
                        target=None if e.target == NULL else ref(e.target),
                        cameo=cameo, plover=plover, evidence=("petrarch pattern",)))
        actors = tuple({a.code: a for ev in events for a in (ev.source, ev.target) if a}.values())
        return CodedArticle(art, tuple(events), actors, dropped=dropped)


def _ref(code: str, text: str, span: tuple[int, int]) -> ActorRef:
    country = code[:3] if code[:3] not in (NULL, "") and not code.startswith('"') else None
    agent = code[3:6] or None if country else None
    return ActorRef(code, country, agent, text, code, span, how="name")
