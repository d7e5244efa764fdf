// Hand-made extraction documents for the graph tests: the graph layer is tested on documents
// whose every node and edge is known in advance, independently of how well the extractor does.
// Offsets are computed from the texts, so a fixture cannot point at the wrong span.
import type { Claim, Entity, EntityType, Event, ExtractionDocument, Lang } from '../../server/extract/types.ts';
import type { ArticleInput } from '../../server/graph/article-rows.ts';

interface EntitySpec {
  id: string;
  type: EntityType;
  name: string;
  aliases?: string[];
  country?: string;
  role?: string;
  known?: boolean;
  /** Surface forms; every occurrence in the body becomes a mention. */
  forms: string[];
}

interface EventSpec {
  code: string;
  sentence: number;
  trigger: string;
  source: string[];
  target: string[];
  place?: string;
  date: string | null;
}

interface ClaimSpec {
  sentence: number;
  text: string;
  speaker: string | null;
  via?: string[];
  about?: string[];
  verb: string;
}

export interface FixtureSpec {
  lang: Lang;
  publishedAt: string | null;
  /** One sentence a line. */
  lines: string[];
  entities: EntitySpec[];
  events?: EventSpec[];
  claims?: ClaimSpec[];
  url?: string;
}

export interface Fixture {
  input: ArticleInput;
  doc: ExtractionDocument;
}

export function fixture(spec: FixtureSpec): Fixture {
  const text = spec.lines.join('\n');
  let offset = 0;
  const sentences = spec.lines.map((line, index) => {
    const s = { index, text: line, start: offset, end: offset + line.length, paragraph: index };
    offset += line.length + 1;
    return s;
  });
  const entities: Entity[] = spec.entities.map((e) => ({
    id: e.id,
    type: e.type,
    ...(e.type === 'COUNTRY' ? { code: e.id.slice('country:'.length) } : {}),
    name: e.name,
    aliases: e.aliases ?? e.forms,
    ...(e.country ? { country: e.country } : {}),
    ...(e.role ? { role: e.role } : {}),
    known: e.known ?? true,
    rule: e.known === false ? 'ner:title-pattern' : 'lexicon:actor',
    confidence: e.known === false ? 0.6 : 0.95,
    mentions: sentences.flatMap((s) => {
      // Longest forms first, and no mention inside another ("Putin" in "Vladimir Putin").
      const taken: [number, number][] = [];
      const found = [];
      for (const form of [...e.forms].sort((a, b) => b.length - a.length)) {
        for (let i = s.text.indexOf(form); i >= 0; i = s.text.indexOf(form, i + form.length)) {
          if (taken.some(([a, b]) => i < b && i + form.length > a)) continue;
          taken.push([i, i + form.length]);
          found.push({ sentence: s.index, start: s.start + i, end: s.start + i + form.length, text: form, rule: 'lexicon:alias', confidence: 0.9 });
        }
      }
      return found.sort((a, b) => a.start - b.start);
    }),
  }));
  const span = (sentence: number, part: string) => {
    const s = sentences[sentence]!;
    const i = s.text.indexOf(part);
    if (i < 0) throw new Error(`fixture: "${part}" is not in sentence ${sentence}`);
    return { start: s.start + i, end: s.start + i + part.length };
  };
  const events: Event[] = (spec.events ?? []).map((ev, n) => ({
    id: `e${n}`,
    code: ev.code,
    label: `CAMEO ${ev.code}`,
    quadClass: 1,
    sentence: ev.sentence,
    text: sentences[ev.sentence]!.text,
    ...span(ev.sentence, sentences[ev.sentence]!.text),
    source: ev.source,
    target: ev.target,
    place: ev.place ?? null,
    date: ev.date,
    mode: 'happened',
    quantities: [],
    trigger: ev.trigger,
    rule: 'event:verb-frame',
    confidence: 0.8,
  }));
  const claims: Claim[] = (spec.claims ?? []).map((c, n) => ({
    id: `c${n}`,
    sentence: c.sentence,
    text: c.text,
    ...span(c.sentence, c.text),
    speaker: c.speaker,
    via: c.via ?? [],
    verb: c.verb,
    stance: 'asserts',
    about: c.about ?? [],
    rule: 'claim:reporting-verb',
    confidence: 0.85,
  }));
  const doc: ExtractionDocument = {
    schema: 1,
    article: { lang: spec.lang, title: null, author: null, dateline: null, publishedAt: spec.publishedAt, source: null, rules: {} },
    related: [],
    boilerplate: [],
    sentences,
    entities,
    events,
    claims,
  };
  return { input: { text, url: spec.url ?? null, lang: spec.lang }, doc };
}

const PUTIN: EntitySpec = {
  id: 'actor:vladimir-putin',
  type: 'PERSON',
  name: 'Vladimir Putin',
  aliases: ['Vladimir Putin', 'Putin', 'فلاديمير بوتين', 'بوتين'],
  country: 'RU',
  role: 'President of Russia',
  forms: [],
};
const KIM: EntitySpec = {
  id: 'actor:kim-jong-un',
  type: 'PERSON',
  name: 'Kim Jong Un',
  aliases: ['Kim Jong Un', 'كيم جونغ أون'],
  country: 'KP',
  forms: [],
};
const RU: EntitySpec = { id: 'country:RU', type: 'COUNTRY', name: 'Russia', aliases: ['Russia', 'روسيا'], forms: [] };
const KP: EntitySpec = { id: 'country:KP', type: 'COUNTRY', name: 'North Korea', aliases: ['North Korea', 'كوريا الشمالية'], forms: [] };
const WSJ: EntitySpec = {
  id: 'actor:wall-street-journal',
  type: 'MEDIA',
  name: 'The Wall Street Journal',
  aliases: ['Wall Street Journal', 'وول ستريت جورنال'],
  country: 'US',
  forms: [],
};

/** English report of Putin's visit to Pyongyang, with a URL (so a later edit keeps its id). */
export const visitEn = (edit = false): Fixture =>
  fixture({
    lang: 'en',
    url: 'https://example.test/news/putin-pyongyang',
    publishedAt: '2024-06-19T10:00:00+03:00',
    lines: edit
      ? [
          'Russian President Vladimir Putin arrived in North Korea on Wednesday for a rare visit.',
          'The Wall Street Journal said the trip marks a new era of partnership.',
        ]
      : [
          'Russian President Vladimir Putin arrived in North Korea on Wednesday.',
          'Putin met Kim Jong Un in Pyongyang and signed a partnership treaty with him.',
          'The Wall Street Journal said the visit opens a new era, according to officials.',
        ],
    entities: [
      { ...PUTIN, forms: ['Vladimir Putin', 'Putin'] },
      { ...RU, forms: ['Russian'] },
      { ...KP, forms: ['North Korea'] },
      { ...WSJ, forms: ['The Wall Street Journal'] },
      ...(edit
        ? []
        : [
            { ...KIM, forms: ['Kim Jong Un'] },
            { id: 'place:pyongyang', type: 'PLACE' as const, name: 'Pyongyang', country: 'KP', forms: ['Pyongyang'] },
            { id: 'actor:anonymous-officials', type: 'GROUP' as const, name: 'officials', known: false, forms: ['officials'] },
          ]),
    ],
    events: edit
      ? [{ code: '042', sentence: 0, trigger: 'arrived', source: ['actor:vladimir-putin'], target: ['country:KP'], date: '2024-06-19' }]
      : [
          { code: '042', sentence: 0, trigger: 'arrived', source: ['actor:vladimir-putin'], target: ['country:KP'], date: '2024-06-19' },
          {
            code: '057',
            sentence: 1,
            trigger: 'signed',
            source: ['actor:vladimir-putin'],
            target: ['actor:kim-jong-un'],
            place: 'place:pyongyang',
            date: '2024-06-19',
          },
        ],
    claims: edit
      ? [{ sentence: 1, text: 'the trip marks a new era of partnership', speaker: 'actor:wall-street-journal', verb: 'said', about: ['country:KP'] }]
      : [
          {
            sentence: 2,
            text: 'the visit opens a new era',
            speaker: 'actor:anonymous-officials',
            via: ['actor:wall-street-journal'],
            verb: 'said',
            about: ['country:KP', 'country:RU'],
          },
        ],
  });

/** Arabic report of the same visit a day later: the same actors and the same Event. */
export const visitAr = (): Fixture =>
  fixture({
    lang: 'ar',
    publishedAt: '2024-06-20',
    lines: [
      'وصل الرئيس الروسي فلاديمير بوتين إلى كوريا الشمالية في زيارة نادرة.',
      'وقالت صحيفة وول ستريت جورنال إن بوتين يسعى لكسب حلفاء جدد.',
    ],
    entities: [
      { ...PUTIN, forms: ['فلاديمير بوتين', 'بوتين'] },
      { ...RU, forms: ['الروسي'] },
      { ...KP, forms: ['كوريا الشمالية'] },
      { ...WSJ, forms: ['وول ستريت جورنال'] },
    ],
    events: [{ code: '043', sentence: 0, trigger: 'وصل', source: ['actor:vladimir-putin'], target: ['country:KP'], date: '2024-06-20' }],
    claims: [
      { sentence: 1, text: 'بوتين يسعى لكسب حلفاء جدد', speaker: 'actor:wall-street-journal', verb: 'قالت', about: ['actor:vladimir-putin'] },
    ],
  });

/** A later visit (a week on): same participants and root, but another Event. */
export const laterVisit = (): Fixture =>
  fixture({
    lang: 'en',
    publishedAt: '2024-06-26',
    lines: ['Vladimir Putin travelled to North Korea again on Wednesday, a week after his first trip.'],
    entities: [
      { ...PUTIN, forms: ['Vladimir Putin'] },
      { ...KP, forms: ['North Korea'] },
    ],
    events: [{ code: '042', sentence: 0, trigger: 'travelled', source: ['actor:vladimir-putin'], target: ['country:KP'], date: '2024-06-26' }],
  });

/** An article whose only actor is detected in text (known: false), with an undated event. */
export const textOnly = (): Fixture =>
  fixture({
    lang: 'en',
    publishedAt: null,
    lines: ['Spokesman Ali Rahimi criticised Russia over the strikes.', 'Rahimi criticised Russia again later.'],
    entities: [
      { id: 'actor:ali-rahimi', type: 'PERSON', name: 'Ali Rahimi', known: false, forms: ['Ali Rahimi', 'Rahimi'] },
      { ...RU, forms: ['Russia'] },
    ],
    events: [
      { code: '111', sentence: 0, trigger: 'criticised', source: ['actor:ali-rahimi'], target: ['country:RU'], date: null },
      { code: '111', sentence: 1, trigger: 'criticised', source: ['actor:ali-rahimi'], target: ['country:RU'], date: null },
    ],
  });
