// Validates the hand-written event and attribution lexicons the extractor reads:
// server/extract/lexicons/{event-frames,reporting-verbs,modality,dates}.json.
// Users compare Isnad's events with GDELT, so every frame must carry a real CAMEO 1.1b3 code,
// its codebook label and the quad class of its root; and a word that sits in two frames of
// different roots would give the same sentence two codes, so that is allowed only where one
// frame is weak (it needs a participant on both sides). Phrases are keyed exactly as the
// extractor keys them (tokenize → norm), so a collision here is a collision at run time.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../server/extract/tokens.ts';

const lexiconDir = new URL('../../server/extract/lexicons/', import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, lexiconDir), 'utf8');
const load = (name: string): unknown => JSON.parse(read(name));

/** The key the extractor's gazetteers use for a phrase: its word tokens, normalised. */
const key = (phrase: string): string =>
  tokenize(phrase)
    .filter((t) => t.kind === 'word')
    .map((t) => t.norm)
    .join(' ');

// CAMEO 1.1b3 event codes below the root level, with the codebook's names (Schrodt 2012,
// Penn State Event Data Project; the same table GDELT and ICEWS code against).
const CODEBOOK = new Map(
  `
010 Make statement, not specified below
011 Decline comment
012 Make pessimistic comment
013 Make optimistic comment
014 Consider policy option
015 Acknowledge or claim responsibility
016 Deny responsibility
017 Engage in symbolic act
018 Make empathetic comment
019 Express accord
020 Make an appeal or request, not specified below
021 Appeal for material cooperation, not specified below
0211 Appeal for economic cooperation
0212 Appeal for military cooperation
0213 Appeal for judicial cooperation
0214 Appeal for intelligence
022 Appeal for diplomatic cooperation (such as policy support)
023 Appeal for aid, not specified below
0231 Appeal for economic aid
0232 Appeal for military aid
0233 Appeal for humanitarian aid
0234 Appeal for military protection or peacekeeping
024 Appeal for political reform, not specified below
0241 Appeal for change in leadership
0242 Appeal for policy change
0243 Appeal for rights
0244 Appeal for change in institutions, regime
025 Appeal to yield, not specified below
0251 Appeal for easing of administrative sanctions
0252 Appeal for easing of political dissent
0253 Appeal for release of persons or property
0254 Appeal for easing of economic sanctions, boycott, or embargo
0255 Appeal for target to allow international involvement (non-mediation)
0256 Appeal for de-escalation of military engagement
026 Appeal to others to meet or negotiate
027 Appeal to others to settle dispute
028 Appeal to engage in or accept mediation
030 Express intent to cooperate, not specified below
031 Express intent to engage in material cooperation, not specified below
0311 Express intent to cooperate economically
0312 Express intent to cooperate militarily
0313 Express intent to cooperate on judicial matters
0314 Express intent to cooperate on intelligence
032 Express intent to engage in diplomatic cooperation (such as policy support)
033 Express intent to provide material aid, not specified below
0331 Express intent to provide economic aid
0332 Express intent to provide military aid
0333 Express intent to provide humanitarian aid
0334 Express intent to provide military protection or peacekeeping
034 Express intent to institute political reform, not specified below
0341 Express intent to change leadership
0342 Express intent to change policy
0343 Express intent to provide rights
0344 Express intent to change institutions, regime
035 Express intent to yield, not specified below
0351 Express intent to ease administrative sanctions
0352 Express intent to ease popular dissent
0353 Express intent to release persons or property
0354 Express intent to ease economic sanctions, boycott, or embargo
0355 Express intent to allow international involvement (non-mediation)
0356 Express intent to de-escalate military engagement
036 Express intent to meet or negotiate
037 Express intent to settle dispute
038 Express intent to accept mediation
039 Express intent to mediate
040 Consult, not specified below
041 Discuss by telephone
042 Make a visit
043 Host a visit
044 Meet at a 'third' location
045 Mediate
046 Engage in negotiation
050 Engage in diplomatic cooperation, not specified below
051 Praise or endorse
052 Defend verbally
053 Rally support on behalf of
054 Grant diplomatic recognition
055 Apologize
056 Forgive
057 Sign formal agreement
060 Engage in material cooperation, not specified below
061 Cooperate economically
062 Cooperate militarily
063 Engage in judicial cooperation
064 Share intelligence or information
070 Provide aid, not specified below
071 Provide economic aid
072 Provide military aid
073 Provide humanitarian aid
074 Provide military protection or peacekeeping
075 Grant asylum
080 Yield, not specified below
081 Ease administrative sanctions, not specified below
0811 Ease restrictions on political freedoms
0812 Ease ban on political parties or politicians
0813 Ease curfew
0814 Ease state of emergency or martial law
082 Ease political dissent
083 Accede to requests or demands for political reform, not specified below
0831 Accede to demands for change in leadership
0832 Accede to demands for change in policy
0833 Accede to demands for rights
0834 Accede to demands for change in institutions, regime
084 Return, release, not specified below
0841 Return, release person(s)
0842 Return, release property
085 Ease economic sanctions, boycott, embargo
086 Allow international involvement, not specified below
0861 Receive deployment of peacekeepers
0862 Receive inspectors
0863 Allow humanitarian access
087 De-escalate military engagement
0871 Declare truce, ceasefire
0872 Ease military blockade
0873 Demobilize armed forces
0874 Retreat or surrender militarily
090 Investigate, not specified below
091 Investigate crime, corruption
092 Investigate human rights abuses
093 Investigate military action
094 Investigate war crimes
100 Demand, not specified below
101 Demand material cooperation, not specified below
1011 Demand economic cooperation
1012 Demand military cooperation
1013 Demand judicial cooperation
1014 Demand intelligence cooperation
102 Demand diplomatic cooperation (such as policy support)
103 Demand material aid, not specified below
1031 Demand economic aid
1032 Demand military aid
1033 Demand humanitarian aid
1034 Demand military protection or peacekeeping
104 Demand political reform, not specified below
1041 Demand change in leadership
1042 Demand policy change
1043 Demand rights
1044 Demand change in institutions, regime
105 Demand that target yields, not specified below
1051 Demand easing of administrative sanctions
1052 Demand easing of political dissent
1053 Demand release of persons or property
1054 Demand easing of economic sanctions, boycott, or embargo
1055 Demand that target allows international involvement (non-mediation)
1056 Demand de-escalation of military engagement
106 Demand meeting, negotiation
107 Demand settling of dispute
108 Demand mediation
110 Disapprove, not specified below
111 Criticize or denounce
112 Accuse, not specified below
1121 Accuse of crime, corruption
1122 Accuse of human rights abuses
1123 Accuse of aggression
1124 Accuse of war crimes
1125 Accuse of espionage, treason
113 Rally opposition against
114 Complain officially
115 Bring lawsuit against
116 Find guilty or liable (legally)
120 Reject, not specified below
121 Reject material cooperation
1211 Reject economic cooperation
1212 Reject military cooperation
122 Reject request or demand for material aid, not specified below
1221 Reject request for economic aid
1222 Reject request for military aid
1223 Reject request for humanitarian aid
1224 Reject request for military protection or peacekeeping
123 Reject request or demand for political reform, not specified below
1231 Reject request for change in leadership
1232 Reject request for policy change
1233 Reject request for rights
1234 Reject request for change in institutions, regime
124 Refuse to yield, not specified below
1241 Refuse to ease administrative sanctions
1242 Refuse to ease popular dissent
1243 Refuse to release persons or property
1244 Refuse to ease economic sanctions, boycott, or embargo
1245 Refuse to allow international involvement (non mediation)
1246 Refuse to de-escalate military engagement
125 Reject proposal to meet, discuss, or negotiate
126 Reject mediation
127 Reject plan, agreement to settle dispute
128 Defy norms, law
129 Veto
130 Threaten, not specified below
131 Threaten non-force, not specified below
1311 Threaten to reduce or stop aid
1312 Threaten with sanctions, boycott, embargo
1313 Threaten to reduce or break relations
132 Threaten with administrative sanctions, not specified below
1321 Threaten with restrictions on political freedoms
1322 Threaten to ban political parties or politicians
1323 Threaten to impose curfew
1324 Threaten to impose state of emergency or martial law
133 Threaten with political dissent, protest
134 Threaten to halt negotiations
135 Threaten to halt mediation
136 Threaten to halt international involvement (non-mediation)
137 Threaten with repression
138 Threaten with military force, not specified below
1381 Threaten blockade
1382 Threaten occupation
1383 Threaten unconventional violence
1384 Threaten conventional attack
1385 Threaten attack with WMD
139 Give ultimatum
140 Engage in political dissent, not specified below
141 Demonstrate or rally, not specified below
1411 Demonstrate for leadership change
1412 Demonstrate for policy change
1413 Demonstrate for rights
1414 Demonstrate for change in institutions, regime
142 Conduct hunger strike, not specified below
1421 Conduct hunger strike for leadership change
1422 Conduct hunger strike for policy change
1423 Conduct hunger strike for rights
1424 Conduct hunger strike for change in institutions, regime
143 Conduct strike or boycott, not specified below
1431 Conduct strike or boycott for leadership change
1432 Conduct strike or boycott for policy change
1433 Conduct strike or boycott for rights
1434 Conduct strike or boycott for change in institutions, regime
144 Obstruct passage, block, not specified below
1441 Obstruct passage to demand leadership change
1442 Obstruct passage to demand policy change
1443 Obstruct passage to demand rights
1444 Obstruct passage to demand change in institutions, regime
145 Protest violently, riot, not specified below
1451 Engage in violent protest for leadership change
1452 Engage in violent protest for policy change
1453 Engage in violent protest for rights
1454 Engage in violent protest for change in institutions, regime
150 Demonstrate military or police power, not specified below
151 Increase police alert status
152 Increase military alert status
153 Mobilize or increase police power
154 Mobilize or increase armed forces
155 Mobilize or increase cyber-forces
160 Reduce relations, not specified below
161 Reduce or break diplomatic relations
162 Reduce or stop material aid, not specified below
1621 Reduce or stop economic assistance
1622 Reduce or stop military assistance
1623 Reduce or stop humanitarian assistance
163 Impose embargo, boycott, or sanctions
164 Halt negotiations
165 Halt mediation
166 Expel or withdraw, not specified below
1661 Expel or withdraw peacekeepers
1662 Expel or withdraw inspectors, observers
1663 Expel or withdraw aid agencies
170 Coerce, not specified below
171 Seize or damage property, not specified below
1711 Confiscate property
1712 Destroy property
172 Impose administrative sanctions, not specified below
1721 Impose restrictions on political freedoms
1722 Ban political parties or politicians
1723 Impose curfew
1724 Impose state of emergency or martial law
173 Arrest, detain, or charge with legal action
174 Expel or deport individuals
175 Use tactics of violent repression
176 Attack cybernetically
180 Use unconventional violence, not specified below
181 Abduct, hijack, or take hostage
182 Physically assault, not specified below
1821 Sexually assault
1822 Torture
1823 Kill by physical assault
183 Conduct suicide, car, or other non-military bombing, not specified below
1831 Carry out suicide bombing
1832 Carry out vehicular bombing
1833 Carry out roadside bombing
1834 Carry out location bombing
184 Use as human shield
185 Attempt to assassinate
186 Assassinate
190 Use conventional military force, not specified below
191 Impose blockade, restrict movement
192 Occupy territory
193 Fight with small arms and light weapons
194 Fight with artillery and tanks
195 Employ aerial weapons, not specified below
1951 Employ precision-guided aerial munitions
1952 Employ remotely piloted aerial munitions
196 Violate ceasefire
200 Use unconventional mass violence, not specified below
201 Engage in mass expulsion
202 Engage in mass killings
203 Engage in ethnic cleansing
204 Use weapons of mass destruction, not specified below
2041 Use chemical, biological, or radiological weapons
2042 Detonate nuclear weapons
`
    .trim()
    .split('\n')
    .map((line) => {
      const sp = line.indexOf(' ');
      return [line.slice(0, sp), line.slice(sp + 1)] as const;
    }),
);

/** Quad classes by root: 01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict. */
const quadOfRoot = (root: number): number => (root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4);

const ARABIC = /^[\u0621-\u063A\u0641-\u064A ]+$/;
const ENGLISH = /^[a-z0-9][a-z0-9 '-]*$/;
const isStringList = (xs: unknown): xs is string[] =>
  Array.isArray(xs) && xs.every((x) => typeof x === 'string');
const tidy = (s: string) => s === s.trim() && !/\s{2}/.test(s) && s.length > 0;

interface Frame {
  code: string;
  label: string;
  quad: number;
  ar: string[];
  en: string[];
  targetPreps: { ar: string[]; en: string[] };
  symmetric: boolean;
  weak?: boolean;
  arParticiples?: string[];
}

describe('lexicon files', () => {
  it.each(['event-frames.json', 'reporting-verbs.json', 'modality.json', 'dates.json'])(
    '%s is valid JSON',
    (name) => {
      expect(() => JSON.parse(read(name))).not.toThrow();
    },
  );
});

describe('event frames (CAMEO)', () => {
  const frames = load('event-frames.json') as Frame[];

  it('is a list of frames with the documented fields', () => {
    expect(Array.isArray(frames)).toBe(true);
    expect(frames.length).toBeGreaterThanOrEqual(80);
    for (const f of frames) {
      const where = `${f.code} ${f.label}`;
      expect(
        Object.keys(f).every((k) =>
          ['code', 'label', 'quad', 'ar', 'en', 'targetPreps', 'symmetric', 'weak', 'arParticiples'].includes(k),
        ),
        where,
      ).toBe(true);
      expect(isStringList(f.ar) && isStringList(f.en), where).toBe(true);
      expect(isStringList(f.targetPreps?.ar) && isStringList(f.targetPreps?.en), where).toBe(true);
      expect(typeof f.symmetric, where).toBe('boolean');
      expect(f.weak === undefined || f.weak === true, where).toBe(true);
      expect(f.arParticiples === undefined || isStringList(f.arParticiples), where).toBe(true);
      // a strong frame must be usable in both languages; a weak one may only narrow one of them
      expect(f.ar.length + f.en.length, where).toBeGreaterThan(0);
      if (!f.weak) expect(f.ar.length > 0 && f.en.length > 0, where).toBe(true);
    }
  });

  it('uses real CAMEO codes, with the codebook label and the quad class of the root', () => {
    for (const f of frames) {
      expect(f.code, f.label).toMatch(/^\d{2,4}$/);
      const root = Number(f.code.slice(0, 2));
      expect(root, f.code).toBeGreaterThanOrEqual(1);
      expect(root, f.code).toBeLessThanOrEqual(20);
      expect(CODEBOOK.has(f.code), `${f.code} is not a CAMEO 1.1b3 code`).toBe(true);
      expect(f.label, f.code).toBe(CODEBOOK.get(f.code));
      expect(f.quad, f.code).toBe(quadOfRoot(root));
    }
  });

  it('leaves public statements (01) to the reporting verbs, except denials of responsibility (016)', () => {
    // «نفى X مسؤوليته», "X denied involvement" are events in CAMEO and in the hand annotations;
    // any other statement is a claim, read from reporting-verbs.json.
    expect(frames.filter((f) => f.code.startsWith('01') && f.code !== '016').map((f) => f.code)).toEqual([]);
  });

  it('covers every root from 02 to 20', () => {
    const roots = new Set(frames.map((f) => f.code.slice(0, 2)));
    for (let r = 2; r <= 20; r++) expect(roots.has(String(r).padStart(2, '0')), `root ${r}`).toBe(true);
  });

  it('spells forms as bare, single-spaced words in the right script', () => {
    for (const f of frames) {
      for (const w of [...f.ar, ...f.targetPreps.ar]) {
        expect(tidy(w) && ARABIC.test(w), `${f.code}: «${w}»`).toBe(true);
      }
      for (const w of [...f.en, ...f.targetPreps.en])
        expect(tidy(w) && ENGLISH.test(w), `${f.code}: "${w}"`).toBe(true);
    }
  });

  it('lists a form once per frame', () => {
    for (const f of frames) {
      for (const lang of ['ar', 'en'] as const) {
        const keys = f[lang].map(key);
        const dups = keys.filter((k, i) => keys.indexOf(k) !== i);
        expect(dups, `${f.code} ${lang}`).toEqual([]);
      }
    }
  });

  it('gives no form to two roots unless one of the frames is weak', () => {
    for (const lang of ['ar', 'en'] as const) {
      const owners = new Map<string, Frame[]>();
      for (const f of frames) for (const w of f[lang]) owners.set(key(w), [...(owners.get(key(w)) ?? []), f]);
      const clashes = [...owners]
        .filter(([, fs]) => new Set(fs.map((f) => f.code.slice(0, 2))).size > 1 && !fs.some((f) => f.weak))
        .map(([k, fs]) => `${k}: ${fs.map((f) => f.code).join(', ')}`);
      expect(clashes, lang).toEqual([]);
    }
  });

  it("reads the sample article's predicates as the hand annotation codes them", () => {
    // Not a list of the article's sentences: each is a common news predicate whose code
    // the gold file fixes, checked against the frame the extractor would pick for it.
    const frameOf = (phrase: string) => {
      const k = key(phrase);
      return frames.find((f) => f.ar.some((w) => key(w) === k) || f.en.some((w) => key(w) === k));
    };
    const expectRoot = (phrase: string, roots: string[]) => {
      const f = frameOf(phrase);
      expect(f, phrase).toBeDefined();
      expect(roots, `${phrase} → ${f?.code}`).toContain(f!.code.slice(0, 2));
    };
    expectRoot('زيارة', ['04']);
    expectRoot('التقى', ['04']);
    expectRoot('وقعا اتفاقية', ['05']);
    expectRoot('تبادلت', ['06', '07']);
    expectRoot('نقل التكنولوجيا العسكرية', ['07', '06']);
    expectRoot('زودت', ['07', '06']);
    expectRoot('منعت', ['12', '16']);
    expectRoot('حرب', ['19', '18']);
    expectRoot('فرض عقوبات', ['16']);
    expectRoot('visited', ['04']);
    expectRoot('imposed sanctions', ['16']);
    expectRoot('airstrikes', ['19']);
  });
});

const STANCES = new Set(['asserts', 'denies', 'warns', 'estimates', 'quotes']);

interface Verb {
  form: string;
  lemma?: string;
  gender?: string;
  number?: string;
  tense?: string;
  stance?: string;
  prep?: string;
  pattern?: string;
  weak?: boolean;
}

describe('reporting verbs', () => {
  const rv = load('reporting-verbs.json') as Record<string, unknown>;
  const ar = rv.ar as Verb[];

  it('has the documented lists', () => {
    expect(Object.keys(rv).sort()).toEqual([
      'ar',
      'arDocuments',
      'arPostposed',
      'arReported',
      'arSpeechNouns',
      'en',
      'enPostposed',
      'enReported',
    ]);
    expect(isStringList(rv.arSpeechNouns)).toBe(true);
    expect(isStringList(rv.arDocuments)).toBe(true);
    for (const list of ['ar', 'arPostposed', 'arReported', 'en', 'enPostposed', 'enReported']) {
      const xs = rv[list] as Verb[];
      expect(Array.isArray(xs) && xs.length > 0, list).toBe(true);
      for (const v of xs) {
        expect(typeof v.form === 'string' && tidy(v.form), `${list}: ${JSON.stringify(v)}`).toBe(true);
        expect(STANCES.has(v.stance ?? ''), `${list}: ${v.form} stance ${v.stance}`).toBe(true);
        expect((list.startsWith('ar') ? ARABIC : ENGLISH).test(v.form), `${list}: ${v.form}`).toBe(true);
      }
    }
  });

  it('gives every Arabic verb form its lemma, gender, number and tense', () => {
    for (const list of ['ar', 'arReported'] as const) {
      for (const v of rv[list] as Verb[]) {
        expect(typeof v.lemma === 'string' && v.lemma.length > 0, v.form).toBe(true);
        expect(['m', 'f'], v.form).toContain(v.gender);
        expect(['sg', 'dual', 'pl'], v.form).toContain(v.number);
        expect(['past', 'present'], v.form).toContain(v.tense);
      }
    }
  });

  it('has one reading per form, so a verb has one gender and stance', () => {
    for (const list of ['ar', 'arPostposed', 'arReported', 'en', 'enPostposed', 'enReported']) {
      const keys = (rv[list] as Verb[]).map((v) => key(v.form));
      expect(
        keys.filter((k, i) => keys.indexOf(k) !== i),
        list,
      ).toEqual([]);
    }
  });

  it('lists bare forms: no و/ف/س-prefixed copy of a listed form', () => {
    const forms = new Set(ar.map((v) => key(v.form)));
    const prefixed = ar.filter((v) => /^[وفس]/.test(v.form) && forms.has(key(v.form.slice(1))));
    expect(prefixed.map((v) => v.form)).toEqual([]);
  });

  it('covers the paradigm news uses for the common reporting verbs', () => {
    const need = [
      'قال',
      'ذكر',
      'أكد',
      'أضاف',
      'أوضح',
      'أشار',
      'اعتبر',
      'حذر',
      'نفى',
      'كشف',
      'أعلن',
      'صرح',
      'شدد',
      'أفاد',
      'رجح',
      'توقع',
      'رأى',
    ];
    for (const lemma of need) {
      const forms = ar.filter((v) => v.lemma === lemma);
      for (const [tense, gender, number] of [
        ['past', 'm', 'sg'],
        ['past', 'f', 'sg'],
        ['past', 'm', 'dual'],
        ['past', 'f', 'dual'],
        ['past', 'm', 'pl'],
        ['present', 'm', 'sg'],
        ['present', 'f', 'sg'],
        ['present', 'm', 'pl'],
      ]) {
        expect(
          forms.some((v) => v.tense === tense && v.gender === gender && v.number === number),
          `${lemma} ${tense} ${gender} ${number}`,
        ).toBe(true);
      }
    }
  });

  it('gives warning, denial and estimate verbs their stance', () => {
    const stance = (list: string, form: string) =>
      (rv[list] as Verb[]).find((v) => key(v.form) === key(form))?.stance;
    expect(stance('ar', 'حذرت')).toBe('warns');
    expect(stance('ar', 'نفى')).toBe('denies');
    expect(stance('ar', 'ترجح')).toBe('estimates');
    expect(stance('ar', 'قدرت')).toBe('estimates');
    expect(stance('ar', 'قالت')).toBe('asserts');
    expect(stance('arReported', 'نقلت')).toBe('quotes');
    expect(stance('en', 'warned')).toBe('warns');
    expect(stance('en', 'denied')).toBe('denies');
    expect(stance('en', 'estimated')).toBe('estimates');
    expect(stance('enPostposed', 'according to')).toBe('asserts');
  });

  it('gives the reported-speech patterns their X and Y', () => {
    for (const v of rv.enReported as Verb[]) expect(v.pattern, v.form).toMatch(/X.*Y/);
    for (const v of rv.arReported as Verb[]) expect(['عن', 'إلى'], v.form).toContain(v.prep);
  });
});

describe('modality', () => {
  const mod = load('modality.json') as Record<string, { ar: string[]; en: string[] }>;
  const modes = ['planned', 'possible', 'denied'] as const;
  const modeOf = (lang: 'ar' | 'en', w: string) =>
    modes.filter((m) => mod[m]![lang].some((x) => key(x) === key(w)));

  it('has the three modes, each in Arabic and English', () => {
    for (const m of modes) {
      expect(isStringList(mod[m]?.ar) && mod[m]!.ar.length > 0, m).toBe(true);
      expect(isStringList(mod[m]?.en) && mod[m]!.en.length > 0, m).toBe(true);
      for (const w of mod[m]!.ar) expect(tidy(w) && ARABIC.test(w), w).toBe(true);
      for (const w of mod[m]!.en) expect(tidy(w) && ENGLISH.test(w), w).toBe(true);
    }
  });

  it('puts no word in two modes', () => {
    for (const lang of ['ar', 'en'] as const) {
      const all = modes.flatMap((m) => mod[m]![lang].map(key));
      expect(
        all.filter((k, i) => all.indexOf(k) !== i),
        lang,
      ).toEqual([]);
    }
  });

  it('reads لم as did-not, لن as will-not, قد and "expected to" as possible, سوف and "will" as planned', () => {
    expect(modeOf('ar', 'لم')).toEqual(['denied']);
    expect(modeOf('ar', 'لن')).toEqual(['denied']);
    expect(modeOf('ar', 'قد')).toEqual(['possible']);
    expect(modeOf('ar', 'سوف')).toEqual(['planned']);
    expect(modeOf('en', 'expected to')).toEqual(['possible']);
    expect(modeOf('en', 'will')).toEqual(['planned']);
    expect(modeOf('en', "didn't")).toEqual(['denied']);
  });

  it('lists as not-negating only phrases that start with a negation word', () => {
    const nn = mod.notNegating;
    if (!nn) return;
    for (const lang of ['ar', 'en'] as const) {
      for (const p of nn[lang]) expect(modeOf(lang, p.split(' ')[0]!), p).toEqual(['denied']);
    }
  });
});

describe('date words', () => {
  const d = load('dates.json') as Record<string, Record<string, unknown>>;
  const lookup = (table: string, w: string) =>
    Object.entries(d[table]!).find(([k]) => key(k) === key(w))?.[1];

  it('has the documented tables', () => {
    expect(Object.keys(d).sort()).toEqual(
      [
        'amPmAr',
        'monthsAr',
        'monthsEn',
        'periodAr',
        'periodEn',
        'relativeAr',
        'relativeEn',
        'weekdaysAr',
        'weekdaysEn',
      ].sort(),
    );
  });

  it('maps months to 1..12, one month per spelling', () => {
    for (const t of ['monthsAr', 'monthsEn']) {
      const byKey = new Map<string, unknown>();
      for (const [k, v] of Object.entries(d[t]!)) {
        expect(Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 12, `${t} ${k}`).toBe(true);
        if (byKey.has(key(k))) expect(byKey.get(key(k)), `${t} ${k}`).toBe(v);
        byKey.set(key(k), v);
      }
    }
  });

  it('knows every month by its Egyptian/Gulf, Levantine and Maghrebi name', () => {
    const egypt = [
      'يناير',
      'فبراير',
      'مارس',
      'أبريل',
      'مايو',
      'يونيو',
      'يوليو',
      'أغسطس',
      'سبتمبر',
      'أكتوبر',
      'نوفمبر',
      'ديسمبر',
    ];
    const levant = [
      'كانون الثاني',
      'شباط',
      'آذار',
      'نيسان',
      'أيار',
      'حزيران',
      'تموز',
      'آب',
      'أيلول',
      'تشرين الأول',
      'تشرين الثاني',
      'كانون الأول',
    ];
    const maghreb = [
      'جانفي',
      'فيفري',
      'مارس',
      'أفريل',
      'ماي',
      'جوان',
      'جويلية',
      'أوت',
      'سبتمبر',
      'أكتوبر',
      'نوفمبر',
      'ديسمبر',
    ];
    const english = [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ];
    for (let m = 1; m <= 12; m++) {
      for (const names of [egypt, levant, maghreb])
        expect(lookup('monthsAr', names[m - 1]!), names[m - 1]).toBe(m);
      expect(lookup('monthsEn', english[m - 1]!), english[m - 1]).toBe(m);
    }
  });

  it('maps weekdays to 0 (Sunday) .. 6, every day in both languages', () => {
    for (const t of ['weekdaysAr', 'weekdaysEn']) {
      const days = new Set<unknown>(Object.values(d[t]!));
      expect([...days].sort(), t).toEqual([0, 1, 2, 3, 4, 5, 6]);
    }
    expect(lookup('weekdaysAr', 'الأحد')).toBe(0);
    expect(lookup('weekdaysAr', 'الأربعاء')).toBe(3);
    expect(lookup('weekdaysAr', 'السبت')).toBe(6);
    expect(lookup('weekdaysEn', 'Wednesday')).toBe(3);
  });

  it('gives relative days as whole day offsets, periods as unit±n, times as am/pm', () => {
    for (const t of ['relativeAr', 'relativeEn']) {
      for (const [k, v] of Object.entries(d[t]!))
        expect(Number.isInteger(v) && Math.abs(v as number) <= 7, `${t} ${k}`).toBe(true);
    }
    for (const t of ['periodAr', 'periodEn']) {
      for (const [k, v] of Object.entries(d[t]!))
        expect(v, `${t} ${k}`).toMatch(/^(day|week|month|year)[+-]\d+$/);
    }
    for (const [k, v] of Object.entries(d.amPmAr!)) expect(['am', 'pm'], k).toContain(v);
    expect(lookup('relativeAr', 'أمس')).toBe(-1);
    expect(lookup('relativeAr', 'أول أمس')).toBe(-2);
    expect(lookup('relativeEn', 'tomorrow')).toBe(1);
    expect(lookup('periodAr', 'الشهر الماضي')).toBe('month-1');
    expect(lookup('amPmAr', 'مساءً')).toBe('pm');
  });
});
