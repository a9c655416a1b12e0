#!/usr/bin/env python3
"""Outsider probe of the leak scan (issue 14): ten new dossiers made from the demo ones (prices scaled, new
discounts, new names), values planted in wordings written here, not in the scanner, exported as public memos
through the CLI (hta export --all) and read back with pdftotext; prints planted / refused / leaked (or harmless
refused) / not printed per kind, and every leak and harmless refusal.
Usage: bench/leak-probe.py APP_DIR OUT_DIR [SEED]   (APP_DIR: product/app/target/hta-workbench)"""
import json, random, subprocess, sys, os, re, shutil, math, glob

PROD = sys.argv[1]; OUT = sys.argv[2]; SEED = int(sys.argv[3]) if len(sys.argv) > 3 else 1
R = random.Random(SEED)
DEMO = os.path.join(PROD, 'demo-workspace')
LANG = {'no': 'nb', 'se': 'sv', 'dk': 'da', 'nice': 'en', 'smc': 'en'}
VAT = {'nb': 0.25, 'sv': 0.25, 'da': 0.25, 'en': 0.20}
MARK = 'Kolibrifjaer'

def fmt(x, lang, dec=0, sep=None):
    s = f"{x:,.{dec}f}"  # 1,234,567.89
    g = sep if sep is not None else {'nb': '\u00a0', 'sv': ' ', 'da': '.', 'en': ','}[lang]
    d = '.' if lang == 'en' else ','
    return s.replace(',', '\x00').replace('.', d).replace('\x00', g)

def cur(lang):
    return {'nb': 'kroner', 'sv': 'kronor', 'da': 'kroner', 'en': 'pounds'}[lang]

def letters(n):
    s = ''
    n += 1
    while n: n, r = divmod(n - 1, 26); s = chr(97 + r) + s
    return s

def money_items(d):
    """(path-setter, value, confidential, kind) of every amount."""
    out = []
    for p in d['prices']:
        out.append((p, 'amount', p.get('kind') in ('DISCOUNT', 'REBATE')))
    for f in d['economics']['figures']:
        out.append((f, 'value', (f.get('unit') or '') in ('percent', '%', 'years', 'months')))
    for b in d.get('budgetImpacts', []):
        for f in b.get('figures', []): out.append((f, 'value', False))
        for r in b.get('rows', []):
            for c in r.get('cells', []): out.append((c, 'value', False))
    return out

def new_dossier(base, k):
    d = json.loads(json.dumps(base))
    f = math.exp(R.uniform(math.log(0.2), math.log(4)))
    for obj, key, notmoney in money_items(d):
        if obj.get(key) is None: continue
        if notmoney:
            if obj.get('kind') in ('DISCOUNT', 'REBATE'):
                obj[key] = round(R.uniform(8, 62), R.choice([0, 1, 2]))
            continue
        obj[key] = round(obj[key] * f, R.choice([0, 0, 2]))
    d['product']['brandName'] = 'Vexo' + letters(k) + 'mab'
    return d

def secrets(d):
    s = []
    for p in d['prices']:
        if p.get('classification') == 'CONFIDENTIAL' and p.get('amount'):
            s.append(('pct' if p['kind'] in ('DISCOUNT', 'REBATE') else 'money', float(p['amount']), p))
    for f in d['economics']['figures']:
        if f.get('classification') == 'CONFIDENTIAL' and f.get('value') and (f.get('unit') or '').isupper():
            s.append(('money', float(f['value']), f))
    for b in d.get('budgetImpacts', []):
        for r in b.get('rows', []):
            for c in r.get('cells', []):
                if c.get('classification') == 'CONFIDENTIAL' and c.get('value'): s.append(('money', float(c['value']), c))
    return s

def publics(d):
    lists = [p for p in d['prices'] if p.get('classification') == 'PUBLIC' and p.get('amount') and p['kind'] not in ('DISCOUNT', 'REBATE')]
    patients = [float(x) for b in d.get('budgetImpacts', []) for x in b.get('patientsPerYear', []) if x]
    return lists, patients

def units(p):
    m = re.match(r'\s*(\d+)', p.get('pack') or '')
    return int(m.group(1)) if m and int(m.group(1)) > 1 else None

# sentences, in each language, around {X}; mine, written for this probe
S = {
 'plain': {'nb': 'Den nye prisen blir {X} {C}.', 'sv': 'Det nya priset landar på {X} {C}.', 'da': 'Den nye pris lander på {X} {C}.', 'en': 'The price lands at {X} {C}.'},
 'code': {'nb': 'Beløp: NOK {X}.', 'sv': 'Belopp: {X} SEK.', 'da': 'Beløb: DKK {X}.', 'en': 'Amount: GBP {X}.'},
 'mill': {'nb': 'Omtrent {X} millioner kroner.', 'sv': 'Ungefär {X} miljoner kronor.', 'da': 'Omkring {X} millioner kroner.', 'en': 'About {X} million pounds.'},
 'vat': {'nb': 'Med moms blir det {X} kr.', 'sv': 'Med moms blir det {X} kr.', 'da': 'Med moms bliver det {X} kr.', 'en': 'With VAT it comes to £{X}.'},
 'month': {'nb': 'Hver måned betaler sykehuset {X} kr.', 'sv': 'Varje månad betalar regionen {X} kr.', 'da': 'Hver måned betaler regionen {X} kr.', 'en': 'Each month the NHS pays £{X}.'},
 'week': {'nb': 'Ukentlig kostnad: {X} kr.', 'sv': 'Veckokostnad: {X} kr.', 'da': 'Ugentlig udgift: {X} kr.', 'en': 'Weekly cost: £{X}.'},
 'day': {'nb': 'Det gir {X} kr om dagen.', 'sv': 'Det ger {X} kr om dagen.', 'da': 'Det giver {X} kr om dagen.', 'en': 'That gives £{X} a day.'},
 'three': {'nb': 'For tre år samlet: {X} kr.', 'sv': 'För tre år totalt: {X} kr.', 'da': 'For tre år i alt: {X} kr.', 'en': 'Over three years: £{X}.'},
 'perpat': {'nb': 'Fordelt på pasientene blir det {X} kr hver.', 'sv': 'Fördelat på patienterna blir det {X} kr var.', 'da': 'Fordelt på patienterne bliver det {X} kr hver.', 'en': 'Shared across the patients that is £{X} each.'},
 'vatmonth': {'nb': 'Med moms, per måned: {X} kr.', 'sv': 'Med moms, per månad: {X} kr.', 'da': 'Med moms, om måneden: {X} kr.', 'en': 'With VAT, per month: £{X}.'},
 'patmonth': {'nb': 'Per pasient hver måned: {X} kr.', 'sv': 'Per patient varje månad: {X} kr.', 'da': 'Pr. patient hver måned: {X} kr.', 'en': 'Per patient each month: £{X}.'},
 'net': {'nb': 'Etter rabatten koster pakningen {X} kr.', 'sv': 'Efter rabatten kostar förpackningen {X} kr.', 'da': 'Efter rabatten koster pakningen {X} kr.', 'en': 'After the discount a pack costs £{X}.'},
 'netunit': {'nb': 'Etter rabatten koster hver enhet {X} kr.', 'sv': 'Efter rabatten kostar varje enhet {X} kr.', 'da': 'Efter rabatten koster hver enhed {X} kr.', 'en': 'After the discount each unit costs £{X}.'},
 'disc': {'nb': 'Rabatten ligger rundt {X} prosent.', 'sv': 'Rabatten ligger runt {X} procent.', 'da': 'Rabatten ligger omkring {X} procent.', 'en': 'The discount is around {X} per cent.'},
 'share': {'nb': 'Avtaleprisen er {X} % av listeprisen.', 'sv': 'Avtalspriset är {X} % av listpriset.', 'da': 'Aftaleprisen er {X} % af listeprisen.', 'en': 'The agreed price is {X}% of the list price.'},
 'gap': {'nb': 'Avstanden til listeprisen er {X} kr.', 'sv': 'Skillnaden mot listpriset är {X} kr.', 'da': 'Forskellen til listeprisen er {X} kr.', 'en': 'The gap to the list price is £{X}.'},
 # harmless
 'h-listunit': {'nb': 'Til listepris koster hver enhet {X} kr.', 'sv': 'Till listpris kostar varje enhet {X} kr.', 'da': 'Til listepris koster hver enhed {X} kr.', 'en': 'At list price each unit costs £{X}.'},
 'h-listvat': {'nb': 'Listeprisen med moms er {X} kr.', 'sv': 'Listpriset med moms är {X} kr.', 'da': 'Listeprisen med moms er {X} kr.', 'en': 'The list price with VAT is £{X}.'},
 'h-listmonth': {'nb': 'Til listepris blir det {X} kr i måneden.', 'sv': 'Till listpris blir det {X} kr i månaden.', 'da': 'Til listepris bliver det {X} kr om måneden.', 'en': 'At list price that is £{X} a month.'},
 'h-other': {'nb': 'Et helt annet preparat koster {X} kr.', 'sv': 'Ett helt annat preparat kostar {X} kr.', 'da': 'Et helt andet præparat koster {X} kr.', 'en': 'A different product costs £{X}.'},
 'h-grant': {'nb': 'Forskergruppen fikk {X} i støtte.', 'sv': 'Forskargruppen fick {X} i anslag.', 'da': 'Forskergruppen fik {X} i støtte.', 'en': 'The group won a {X} grant.'},
 'h-count': {'nb': 'Det ble skrevet ut {X} resepter.', 'sv': 'Det skrevs ut {X} recept.', 'da': 'Der blev udskrevet {X} recepter.', 'en': 'There were {X} prescriptions.'},
 'h-share': {'nb': '{X} % av pasientene svarte.', 'sv': '{X} % av patienterna svarade.', 'da': '{X} % af patienterne svarede.', 'en': '{X}% of patients responded.'},
 'h-dose': {'nb': 'Dosen var {X} mg/kg.', 'sv': 'Dosen var {X} mg/kg.', 'da': 'Dosis var {X} mg/kg.', 'en': 'The dose was {X} mg/kg.'},
 'h-ref': {'nb': 'Se sak {X}.', 'sv': 'Se ärende {X}.', 'da': 'Se sag {X}.', 'en': 'See appraisal {X}.'},
}

def oracle(secs, pats, vat, lists):
    f = [1, 1 + vat, 1 / (1 + vat), 1 / 12, 12, 1 / 52, 52, 1 / 365, 365] + list(range(2, 11)) + [0.5, 1 / 3, 0.25]
    f += [1 / p for p in pats if p > 0] + [p for p in pats]
    f2 = f + [a * b for a in f for b in f]
    out = [v * x for t, v, _ in secs if t == 'money' for x in f2]
    for t, v, _ in secs:
        if t == 'pct':
            for L in lists: out += [float(L['amount']) * (1 - v / 100) * x for x in f2]
    return out

def away(x, orc, rel):
    return all(abs(x - o) > rel * o for o in orc if o > 0)

def probes(d, lang):
    secs = secrets(d); lists, pats = publics(d); vat = VAT[lang]; C = cur(lang)
    money = [s for s in secs if s[0] == 'money' and s[1] >= 1000]
    pct = [s for s in secs if s[0] == 'pct']
    out = []
    if money:
        t, v, item = R.choice(money)
        u = units(item) if 'pack' in item else None
        out.append(('plain', fmt(v, lang, 0), True))
        out.append(('code', fmt(v, lang, 0, sep=R.choice([' ', '\u202f', '.', "'"])), True))
        if v > 2e6: out.append(('mill', fmt(v / 1e6, lang, 2), True))
        out.append(('vat', fmt(v * (1 + vat), lang, 0), True))
        out.append(('month', fmt(v / 12, lang, 0), True))
        out.append(('week', fmt(v / 52, lang, 0), True))
        out.append(('day', fmt(v / 365, lang, 0), True))
        out.append(('three', fmt(v * 3, lang, 0), True))
        if pats: out.append(('perpat', fmt(v / pats[0], lang, 0), True))
        out.append(('vatmonth', fmt(v * (1 + vat) / 12, lang, 0), True))
        if pats: out.append(('patmonth', fmt(v / pats[0] / 12, lang, 0), True))
        same = [L for L in lists if L.get('jurisdiction') == item.get('jurisdiction')]
        if same and 'kind' in item:
            L = float(same[0]['amount'])
            out.append(('share', fmt(100 * v / L, lang, 1), True))
            out.append(('gap', fmt(L - v, lang, 0), True))
    if pct and lists:
        t, dsc, item = R.choice(pct)
        same = [L for L in lists if L.get('jurisdiction') == item.get('jurisdiction')] or lists
        L = float(same[0]['amount']); u = units(same[0])
        out.append(('net', fmt(L * (1 - dsc / 100), lang, 0), True))
        if u: out.append(('netunit', fmt(L * (1 - dsc / 100) / u, lang, 0), True))
        out.append(('disc', str(round(dsc)), True))
    # harmless
    orc = oracle(secs, pats, vat, lists)
    if lists:
        L = lists[R.randrange(len(lists))]; Lv = float(L['amount']); u = units(L)
        if u: out.append(('h-listunit', fmt(Lv / u, lang, 0), False))
        out.append(('h-listvat', fmt(Lv * (1 + vat), lang, 0), False))
        out.append(('h-listmonth', fmt(Lv / 12, lang, 0), False))
    base = money[0][1] if money else 1e6
    for _ in range(200):
        x = round(base * math.exp(R.uniform(-2, 2)))
        if away(x, orc, 0.03): out.append(('h-other', fmt(x, lang, 0), False)); break
    for _ in range(200):
        k = R.randint(11, 95)
        g = k * 1000
        if away(g, orc, 0.06):
            out.append(('h-grant', ('£%dk' % k) if lang == 'en' else fmt(g, lang, 0) + ' kr', False)); break
    out.append(('h-count', fmt(R.uniform(1.1, 9.9), lang, 1) + {'nb': ' millioner', 'sv': ' miljoner', 'da': ' millioner', 'en': ' million'}[lang], False))
    if pct: out.append(('h-share', fmt(pct[0][1], lang, 1), False))
    else: out.append(('h-share', fmt(R.uniform(10, 90), lang, 1), False))
    out.append(('h-dose', fmt(R.uniform(0.5, 9.9), lang, 2), False))
    out.append(('h-ref', 'ID%d_%03d' % (R.randint(2019, 2026), R.randint(1, 199)), False))
    return out

def main():
    if os.path.exists(OUT): shutil.rmtree(OUT)
    ws = os.path.join(OUT, 'ws'); os.makedirs(ws); memos = os.path.join(OUT, 'memos'); os.makedirs(memos)
    bases = [json.load(open(os.path.join(DEMO, f))) for f in ('hemgenix.json', 'zolgensma.json', 'blincyto.json')]
    plan = {}
    n = 0
    for k in range(10):
        base = new_dossier(bases[k % len(bases)], k)
        for si, sub in enumerate(base['submissions']):
            if not sub.get('sections'): continue
            lang = LANG.get(sub['jurisdiction'])
            if not lang: continue
            for kind, x, harmful in probes(base, lang):
                d = json.loads(json.dumps(base))
                d['id'] = 'p%d-%s-%s' % (k, sub['jurisdiction'], letters(n))
                d['product']['brandName'] = 'Vexo' + letters(n) + 'mab'
                d['submissions'] = [s for s in d['submissions'] if s is not None and s['jurisdiction'] == sub['jurisdiction']]
                text = ' %s %s %s ' % (MARK, S[kind][lang].replace('{X}', x).replace('{C}', cur(lang)), MARK)
                for sec in d['submissions'][0]['sections'].values():
                    for p in sec['paragraphs']: p.append({'text': text, 'classification': 'PUBLIC'})
                json.dump(d, open(os.path.join(ws, d['id'] + '.json'), 'w'), ensure_ascii=False)
                plan[d['id']] = (kind, harmful, text.strip(), d['product']['brandName'])
                n += 1
    r = subprocess.run([os.path.join(PROD, 'bin', 'hta'), '--data-dir', os.path.join(OUT, 'data'), 'export', '--all',
                        '--variant', 'public', '--workspace', ws, '--out-dir', memos], capture_output=True, text=True)
    refused = {}
    for line in r.stderr.splitlines():
        m = re.match(r'  - ([^/]+)/([^/]+)/([^/]+)/public: (.*)', line)
        if m: refused.setdefault(m.group(1), []).append(m.group(4))
    printed = {}
    for pdf in glob.glob(os.path.join(memos, '*.pdf')):
        txt = subprocess.run(['pdftotext', pdf, '-'], capture_output=True, text=True).stdout
        for did, (kind, harmful, text, brand) in plan.items():
            if brand in os.path.basename(pdf) or brand in txt:
                printed.setdefault(did, []).append(MARK in txt)
    stats = {}
    fails = []
    for did, (kind, harmful, text, brand) in plan.items():
        st = stats.setdefault((harmful, kind), [0, 0, 0, 0])  # planted, refused, leaked/harmless-refused, not printed
        st[0] += 1
        ref = [x for x in refused.get(did, []) if 'required fields' not in x]
        if harmful:
            if ref: st[1] += 1
            elif any(printed.get(did, [])): st[2] += 1; fails.append('LEAK %s %s' % (did, text))
            else: st[3] += 1
        else:
            if ref: st[2] += 1; fails.append('HARMLESS REFUSED %s %s :: %s' % (did, text, ref[0][:300]))
            elif not any(printed.get(did, [])): st[3] += 1
    print('%-14s %8s %8s %8s %8s' % ('probe', 'planted', 'refused', 'leak/h-r', 'unprinted'))
    for (harmful, kind), st in sorted(stats.items()):
        print('%-14s %8d %8d %8d %8d' % (kind, *st))
    hp = sum(st[0] - st[3] for (h, k), st in stats.items() if not h); hr = sum(st[2] for (h, k), st in stats.items() if not h)
    lp = sum(st[0] - st[3] for (h, k), st in stats.items() if h); lk = sum(st[2] for (h, k), st in stats.items() if h)
    print('harmful printed %d, leaked %d; harmless printed %d, refused %d (%.1f %%); exit %d' % (lp, lk, hp, hr, 100.0 * hr / max(1, hp), r.returncode))
    for f in fails: print(f)
    print(r.stdout[-300:])

main()
