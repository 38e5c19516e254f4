#!/usr/bin/env python3
"""Validate the blind4 evaluation set.

Checks: corpora.yaml shape; ids (format, unique, prefix), langs, counts; every gold source exists and belongs to
that corpus (a concrete page, not a glob); every quote is an exact substring of its page; 1-3 keys, each a
substring of a gold quote; out-of-scope items have empty gold and key; for large, every quote lies inside one
"## "/"### " section; the counts in each file's header match.  With --oos it also greps the corpus for the main
terms of every out-of-scope question and prints the hits for manual review.

Run from anywhere:  python3 evals/knowledge/blind4/validate.py [--oos]
"""
import glob, os, re, sys, yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..'))   # /work/main

EXCLUDED = """gitlab/leadership__coaching.md gitlab/leadership__crucial-conversations.md gitlab/people-group__competencies.md
gitlab/people-group__guidance-on-feedback.md gitlab/people-group__learning-and-development__career-development__igp-guide.md
gitlab/people-group__quarterly-talent-review.md sourcegraph/benefits-pay-perks__pay-expenses__compensation__compensation-change-approvals.md
sourcegraph/departments__sales__sales-performance-goals.md gitlab/leadership__underperformance.md
gitlab/company__okrs__okrs-basics.md gitlab/people-group__360-feedback.md posthog/people__feedback.md
posthog/company__goal-setting.md sourcegraph/departments__people-talent__onboarding-feedback-milestones.md
sourcegraph/departments__people-talent__people-ops__process__compensation-and-leveling__compensation-role-changes.md
gitlab-2017-snapshot/leadership_1-1.md gitlab/people-group__promotions-transfers.md
gitlab/total-rewards__compensation__compensation-review-cycle.md gitlab/leadership__compensation-review-conversations.md
gitlab-2017-snapshot/people-operations_performance-reviews.md posthog/people__career-progression.md
sourcegraph/company-info-and-process__communication__1-1.md
sourcegraph/departments__people-talent__people-ops__process__compensation-and-leveling__preparing-for-calibrations.md
sourcegraph/company-info-and-process__working-at-sourcegraph__teammate-development__addressing-underperformance.md""".split()

EXPECTED = {
    'small': dict(prefix='b4s', en_answerable=16, zh_answerable=16, en_out_of_scope=8, zh_out_of_scope=8),
    'medium': dict(prefix='b4m', en_answerable=18, zh_answerable=18, en_out_of_scope=9, zh_out_of_scope=9),
    'large': dict(prefix='b4l', en_answerable=18, zh_answerable=18, en_out_of_scope=9, zh_out_of_scope=9),
}

# main terms of each out-of-scope question, grepped (case-insensitive regex) over that item's corpus
OOS_TERMS = {
    'b4s-en-017': [r'vacation', r'\bPTO\b', r'paid time off', r'days? off'],
    'b4s-en-018': [r'severance', r'notice pay'],
    'b4s-en-019': [r'vest', r'refresh'],
    'b4s-en-020': [r'visa', r'H-1B', r'immigration', r'sponsor'],
    'b4s-en-021': [r'referral'],
    'b4s-en-022': [r'carry[- ]?over', r'roll[- ]?over', r'\bPTO\b'],
    'b4s-en-023': [r'resign', r'notice period', r'voluntary'],
    'b4s-en-024': [r'401', r'retirement', r'pension'],
    'b4s-zh-017': [r'maternity', r'parental', r'产假'],
    'b4s-zh-018': [r'bonus', r'13th', r'年终奖'],
    'b4s-zh-019': [r'social (insurance|security)', r'housing fund', r'五险', r'公积金'],
    'b4s-zh-020': [r'probation', r'试用期'],
    'b4s-zh-021': [r'overtime', r'加班'],
    'b4s-zh-022': [r'Growth and Development', r'tuition', r'stipend', r'budget'],
    'b4s-zh-023': [r'travel', r'hotel', r'expense', r'reimburs'],
    'b4s-zh-024': [r'sick', r'病假', r'medical'],
    'b4m-en-019': [r'sick'],
    'b4m-en-020': [r'visa', r'immigration', r'sponsor', r'relocat'],
    'b4m-en-021': [r'probation'],
    'b4m-en-022': [r'Modern Health', r'session', r'EAP', r'Employee Assistance'],
    'b4m-en-023': [r'vest', r'cliff', r'RSU'],
    'b4m-en-024': [r'interim bonus', r'Calculation of Interim'],
    'b4m-en-025': [r'severance', r'layoff', r'redundan', r'eliminat'],
    'b4m-en-026': [r'stipend', r'internet', r'co-?working'],
    'b4m-en-027': [r'withholding', r'\btax', r'W-4'],
    'b4m-zh-019': [r'maternity', r'paternity', r'parental'],
    'b4m-zh-020': [r'social (insurance|security)', r'housing fund', r'pension', r'社保', r'公积金'],
    'b4m-zh-021': [r'vacation', r'\bPTO\b', r'paid time off', r'annual leave', r'carry'],
    'b4m-zh-022': [r'insurance', r'health plan', r'dependent', r'保险'],
    'b4m-zh-023': [r'resign', r'notice period', r'voluntary'],
    'b4m-zh-024': [r'referral', r'内推'],
    'b4m-zh-025': [r'travel', r'per diem', r'hotel', r'meal', r'expense'],
    'b4m-zh-026': [r'year-end bonus', r'13th', r'annual bonus', r'年终奖'],
    'b4m-zh-027': [r'Growth and Development', r'tuition', r'learning budget'],
    'b4l-en-019': [r'bereavement', r'funeral', r'compassionate'],
    'b4l-en-020': [r'nomad', r'another country', r'abroad', r'relocat'],
    'b4l-en-021': [r'health insurance', r'medical (plan|insurance)', r'open enrollment', r'benefits'],
    'b4l-en-022': [r'non-?compete', r'restrictive covenant'],
    'b4l-en-023': [r'background check', r'background'],
    'b4l-en-024': [r'side (job|project|gig)', r'moonlight', r'outside (work|employment|activities)'],
    'b4l-en-025': [r'laptop', r'hardware', r'equipment'],
    'b4l-en-026': [r'tuition', r'degree', r'reimburs'],
    'b4l-en-027': [r'exercise', r'\btax', r'stock option'],
    'b4l-zh-019': [r'wedding', r'marriage', r'婚假'],
    'b4l-zh-020': [r'sick', r'病假', r'medical'],
    'b4l-zh-021': [r'probation', r'试用期'],
    'b4l-zh-022': [r'meal', r'commut', r'transport', r'allowance', r'餐补', r'交通'],
    'b4l-zh-023': [r'social (insurance|security)', r'Shanghai', r'社保', r'上海'],
    'b4l-zh-024': [r'unvested', r'vest', r'stock option', r'期权'],
    'b4l-zh-025': [r'health check', r'physical exam', r'medical', r'体检'],
    'b4l-zh-026': [r'electricity', r'internet', r'home office', r'stipend', r'reimburs'],
    'b4l-zh-027': [r'export', r'Excel', r'csv', r'导出'],
}


def load(name):
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        return f.read()


def expand(globs_):
    out = []
    for g in globs_:
        out += sorted(os.path.relpath(p, ROOT) for p in glob.glob(os.path.join(ROOT, g)))
    return out


def section_ok(text, quote):
    """True if some occurrence of quote contains no section start ('## ' / '### ' at line start) after its first char."""
    start = 0
    while True:
        i = text.find(quote, start)
        if i < 0:
            return False
        inner = text[i + 1:i + len(quote)]
        prev_nl = (text[i - 1] == '\n') if i > 0 else True
        bad = re.search(r'\n(## |### )', inner) is not None
        if not bad:
            return True
        start = i + 1


def main():
    errors = []
    corpora = yaml.safe_load(load('corpora.yaml'))
    assert set(corpora) == {'small', 'medium', 'large'}, corpora.keys()
    small = corpora['small']
    if len(small) != 8:
        errors.append(f'small has {len(small)} pages, expected 8')
    books = set()
    for p in small:
        if not os.path.isfile(os.path.join(ROOT, p)):
            errors.append(f'small page missing: {p}')
        rel = p.split('handbooks/', 1)[1]
        books.add(rel.split('/')[0])
        if rel in EXCLUDED:
            errors.append(f'small page is on the exclusion list: {p}')
    if len(books) < 2:
        errors.append('small uses fewer than two handbooks')
    if corpora['large'] != {'split_from': 'medium', 'split_at': ['## ', '### ']}:
        errors.append(f'large definition unexpected: {corpora["large"]}')
    medium_pages = expand(corpora['medium'])
    allowed = {'small': set(small), 'medium': set(medium_pages), 'large': set(medium_pages)}
    texts = {p: open(os.path.join(ROOT, p), encoding='utf-8').read() for p in set(small) | set(medium_pages)}

    summary = {}
    all_items = {}
    for name, exp in EXPECTED.items():
        raw = load(name + '.yaml')
        items = yaml.safe_load(raw)
        all_items[name] = items
        ids = set()
        counts = dict(en_answerable=0, zh_answerable=0, en_out_of_scope=0, zh_out_of_scope=0)
        pages_used = set()
        for it in items:
            iid = it.get('id')
            if set(it) != {'id', 'lang', 'question', 'gold', 'key'}:
                errors.append(f'{iid}: fields {sorted(it)}')
            if not re.fullmatch(exp['prefix'] + r'-(en|zh)-\d{3}', str(iid)):
                errors.append(f'{name}: bad id {iid}')
            if iid in ids:
                errors.append(f'{name}: duplicate id {iid}')
            ids.add(iid)
            lang = it.get('lang')
            if lang not in ('en', 'zh') or not str(iid).startswith(f"{exp['prefix']}-{lang}-"):
                errors.append(f'{iid}: lang {lang} does not match id')
            q = it.get('question')
            if not isinstance(q, str) or not q.strip():
                errors.append(f'{iid}: empty question')
            elif lang == 'zh' and not re.search(r'[\u4e00-\u9fff]', q):
                errors.append(f'{iid}: zh question without Chinese characters')
            gold, key = it.get('gold'), it.get('key')
            if not gold:
                if gold != [] or key != []:
                    errors.append(f'{iid}: out-of-scope item must have gold [] and key []')
                counts[f'{lang}_out_of_scope'] += 1
                continue
            counts[f'{lang}_answerable'] += 1
            for g in gold:
                src, quote = g.get('source'), g.get('quote')
                if src not in allowed[name]:
                    errors.append(f'{iid}: source not a page of the {name} corpus: {src}')
                    continue
                pages_used.add(src)
                if not quote or quote not in texts[src]:
                    errors.append(f'{iid}: quote not found verbatim in {src}: {quote!r:.120}')
                    continue
                if name == 'large' and not section_ok(texts[src], quote):
                    errors.append(f'{iid}: quote crosses a ##/### section boundary in {src}')
            if not isinstance(key, list) or not 1 <= len(key) <= 3:
                errors.append(f'{iid}: key must hold 1-3 strings')
            else:
                for k in key:
                    if not any(k in g.get('quote', '') for g in gold):
                        errors.append(f'{iid}: key {k!r} not in any gold quote')
        for k in counts:
            if counts[k] != exp[k]:
                errors.append(f'{name}: {k} = {counts[k]}, expected {exp[k]}')
        line = f"total {len(items)}; " + ', '.join(f'{k} {counts[k]}' for k in counts)
        m = re.search(r'^# Counts \(computed by validate.py\): (.*)$', raw, re.M)
        if not m or m.group(1).strip() != line:
            errors.append(f'{name}: header counts do not match: {m.group(1) if m else None!r} vs {line!r}')
        summary[name] = (line, len(pages_used))

    if '--oos' in sys.argv:
        print('--- out-of-scope term hits (review by hand) ---')
        for name, items in all_items.items():
            pages = small if name == 'small' else medium_pages
            for it in items:
                if it['gold']:
                    continue
                terms = OOS_TERMS.get(it['id'])
                if not terms:
                    errors.append(f"{it['id']}: no OOS terms listed")
                    continue
                hits = []
                for t in terms:
                    rx = re.compile(t, re.I)
                    for p in pages:
                        for ln in texts[p].splitlines():
                            if rx.search(ln):
                                hits.append((t, p.split('corpus/', 1)[1], ln.strip()[:160]))
                print(f"{it['id']} {it['question']}  -> {len(hits)} line hits")
                for h in hits[:6]:
                    print('     ', h)

    for name, (line, n) in summary.items():
        print(f'{name}: {line}; distinct gold pages {n}')
    if errors:
        print('ERRORS:')
        for e in errors:
            print(' -', e)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
