"""Build a gold file from surface strings listed in reading order.

Each passage script (``prov2026-013.py`` …) lists its spans as ``(label,
surface, required, attrs)`` in reading order; ``Ann.s`` finds the surface from
the start of the previous span on (``ctx=`` narrows the search to a longer
string around it), so a repeated string is told apart by its position, and
every span is checked: ``text == passage[start:end]``. The passage is
rebuilt from ``$TEXTMINE_SHARED`` or ``../shared`` (``data/political/dev.jsonl``);
it is never stored here. Traditional passages are annotated on the
simplified text (OpenCC ``s2t`` keeps the length) and written with the
traditional surface.
"""
import json
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def _shared():
    """$TEXTMINE_SHARED, else the nearest ``shared`` folder beside the repository or above it."""
    if os.environ.get("TEXTMINE_SHARED"):
        return Path(os.environ["TEXTMINE_SHARED"])
    for up in ROOT.parents:
        if (up / "shared" / "data" / "political" / "dev.jsonl").exists():
            return up / "shared"
    return ROOT.parent / "shared"


SHARED = _shared()
GOLD = Path(__file__).resolve().parents[1]


def _load():
    docs = {}
    with open(SHARED / "data" / "political" / "dev.jsonl", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                docs[d["id"]] = d
    return docs


D = _load()

P, DEP, SL, DT, PE = 'PLACE', 'DEPARTMENT', 'SLOGAN', 'DATE', 'PERSON'
#: Attributes of the central organs and the leader's title, as most passages annotate them.
CC = {'level': 'central', 'kind': 'party', 'canonical': '中共中央'}
CMC = {'level': 'central', 'kind': 'state', 'canonical': '中央军事委员会'}
PB = {'level': 'central', 'kind': 'party', 'canonical': '中共中央政治局'}
TITLE = '中共中央总书记、国家主席、中央军委主席'


class Ann:
    def __init__(self, doc, a, b, script='simplified'):
        self.doc, self.a, self.b, self.script = doc, a, b, script
        t = D[doc]['text'][a:b]
        if script == 'traditional':
            import opencc
            t2 = opencc.OpenCC('s2t').convert(t)
            assert len(t2) == len(t)
            self.simp, t = t, t2
        else:
            self.simp = t
        self.p = t
        self.cur = 0
        self.spans = []

    def s(self, label, text, req=True, ctx=None, at=None, **attrs):
        have = {(x['label'], x['start'], x['end']) for x in self.spans}
        while True:
            sp = self._s(label, text, req, ctx, at, **attrs)
            if (label, sp['start'], sp['end']) not in have or at is not None:
                break
            self.spans.pop()
            self.cur = sp['start'] + 1
        return sp

    def figure(self, t, v, u, subj, ap='exact', req=True, ctx=None):
        """A FIGURE with its attributes (value, unit, subject, approximation)."""
        return self.s('FIGURE', t, req, ctx=ctx, value=v, approx=ap, unit=u, subject=subj)

    def date(self, t, v, ctx=None, req=True, **attrs):
        """A DATE with its ``value`` (and ``resolved`` or other attributes when given)."""
        return self.s(DT, t, req, ctx=ctx, value=v, **attrs)

    def unquoted(self, t, k='formula', req=True, **kw):
        """An unquoted SLOGAN of kind ``k``."""
        return self.s(SL, t, req, kind=k, quoted=False, **kw)

    def quoted(self, t, k='formula', req=True, **kw):
        """A quoted SLOGAN of kind ``k``."""
        return self.s(SL, t, req, kind=k, quoted=True, **kw)

    def leader(self):
        """中共中央总书记、国家主席、中央军委主席习近平: the two organs and the person with the title."""
        self.s(DEP, '中共中央', **CC)
        self.s(DEP, '中央军委', **CMC)
        self.s(PE, '习近平', title=TITLE)

    def _s(self, label, text, req=True, ctx=None, at=None, **attrs):
        src = self.simp  # annotate on the simplified form (same length)
        if at is not None:
            start = at
        elif ctx is not None:
            i = src.find(ctx, self.cur)
            if i < 0:
                raise SystemExit(f'ctx not found after {self.cur}: {ctx!r}')
            j = src.find(text, i)
            if j < 0 or j + len(text) > i + len(ctx):
                raise SystemExit(f'text {text!r} not in ctx {ctx!r}')
            start = j
        else:
            start = src.find(text, self.cur)
            if start < 0:
                raise SystemExit(f'not found after {self.cur}: {text!r} (cursor ctx {src[self.cur-10:self.cur+10]!r})')
        end = start + len(text)
        assert src[start:end] == text
        self.cur = start
        sp = {'label': label, 'start': start, 'end': end, 'text': self.p[start:end], 'required': req}
        if attrs:
            sp['attrs'] = attrs
        self.spans.append(sp)
        return sp

    def tosc(self, x):
        import opencc
        return opencc.OpenCC('s2t').convert(x)

    def write(self, path=None):
        path = path or GOLD / f'{self.doc}-{self.a}-{self.b}.json'
        spans = sorted(self.spans, key=lambda s: (s['start'], s['end'], s['label']))
        keys = [(s['label'], s['start'], s['end']) for s in spans]
        dup = {k for k in keys if keys.count(k) > 1}
        assert not dup, dup
        if self.script == 'traditional':
            for s in spans:
                at = s.get('attrs', {})
                u = at.get('unit')
                if u:
                    simp_span = self.simp[s['start']:s['end']]
                    j = simp_span.rfind(u)
                    if j >= 0:  # the unit as written in the (traditional) text
                        at['unit'] = self.p[s['start'] + j:s['start'] + j + len(u)]
                        u = None
                for k in (['unit'] if u else []) + ['subject', 'title', 'canonical']:
                    if isinstance(at.get(k), str):
                        at[k] = self.tosc(at[k])
        for s in spans:
            assert self.p[s['start']:s['end']] == s['text']
        out = {'document': self.doc, 'source_range': [self.a, self.b], 'script': self.script,
               'guide': 'ANNOTATION.md', 'spans': spans}
        with open(path, 'w', encoding='utf-8') as f:
            f.write('{\n')
            for k in ('document', 'source_range', 'script', 'guide'):
                f.write(f'  {json.dumps(k)}: {json.dumps(out[k], ensure_ascii=False)},\n')
            f.write('  "spans": [\n')
            f.write(',\n'.join('    ' + json.dumps(s, ensure_ascii=False) for s in spans))
            f.write('\n  ]\n}\n')
        return spans

    def review(self):
        for s in sorted(self.spans, key=lambda s: (s['start'], s['end'])):
            l = self.p[max(0, s['start']-8):s['start']].replace('\n', '⏎')
            r = self.p[s['end']:s['end']+8].replace('\n', '⏎')
            print(f"{s['start']:5d} {s['end']:5d} {s['label'][:4]} {'R' if s['required'] else 'o'} {l}[{s['text']}]{r} {s.get('attrs','')}")

def all_occ(A, label, text, req=True, within=None, **attrs):
    """Annotate every occurrence of text (optionally only inside [a, b) ranges)."""
    i = A.simp.find(text)
    n = 0
    while i >= 0:
        if within is None or any(a <= i and i + len(text) <= b for a, b in within):
            A.s(label, text, req, at=i, **attrs)
            n += 1
        i = A.simp.find(text, i + 1)
    return n
