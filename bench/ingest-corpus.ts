// A deterministic synthetic corpus of Arabic news articles (~4 KB each) for bench/ingest.ts.
// Names, verbs, titles and dates come from the extractor's lexicons (server/extract/lexicons)
// and the ISO country data; bench/ingest-frames.json gives them realistic sentence frames.
// Articles share a pool of stories (who did what to whom, when), so that, as in real news,
// several articles report the same event and the graph merges them.
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { repoRoot } from '../server/config.ts';
import { countryByCode } from '../server/graph/countries.ts';
import { rng } from './support.ts';

const lexDir = path.join(repoRoot, 'server', 'extract', 'lexicons');
const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;

interface Frames {
  givenNames: string[];
  familyNames: string[];
  outlets: string[];
  clauses: string[];
  fillers: string[];
  hotCountries: string[];
  frames: { opening: string; event: string[]; claim: string[] };
}
interface CountryLex {
  namesAr: string[];
  demonymAr: string[];
  capitalAr: string[];
  citiesAr: string[];
}
interface EventFrame {
  code: string;
  ar: string[];
  targetPreps?: { ar?: string[] };
  weak?: boolean;
}
interface Title {
  ar: string[];
  gender: string;
  kind: string;
}
interface ReportingVerb {
  form: string;
  gender: string;
  number: string;
  tense: string;
  stance: string;
}

interface Country {
  code: string;
  name: string;
  demonym: string;
  cities: string[];
}
interface Person {
  phrase: string;
  country: Country;
}
interface Story {
  verb: string;
  prep: string;
  actor: Person;
  target: string;
  day: number;
  city: string;
}

const withPrep = (prep: string, word: string): string => {
  if (prep === '') return word;
  if (prep === 'ل') return word.startsWith('ال') ? `ل${word.slice(1)}` : `ل${word}`;
  if (prep.length === 1) return `${prep}${word}`;
  return `${prep} ${word}`;
};

export interface CorpusArticle {
  text: string;
  url: string;
  publishedAt: string;
  lang: 'ar';
  source: string;
}

export class Corpus {
  private readonly f: Frames;
  private readonly countries: Country[];
  private readonly people: Person[];
  private readonly stories: Story[];
  private readonly verbs: { verb: string; prep: string }[];
  private readonly reporting: string[];
  private readonly anon: string[];
  private readonly months: Map<number, string>;
  private readonly weekdays: string[];

  constructor(storyCount: number, seed = 1) {
    this.f = readJson<Frames>(path.join(repoRoot, 'bench', 'ingest-frames.json'));
    const lex = readJson<Record<string, CountryLex>>(path.join(lexDir, 'countries.json'));
    this.countries = Object.entries(lex)
      .map(([code, c]) => ({
        code,
        name: countryByCode(code)?.nameAr ?? c.namesAr[0] ?? '',
        demonym: c.demonymAr[0] ?? '',
        cities: [...c.capitalAr.slice(0, 1), ...c.citiesAr.slice(0, 3)],
      }))
      .filter((c) => c.name !== '' && c.demonym !== '' && c.cities.length > 0);
    const titles = readJson<Title[]>(path.join(lexDir, 'titles.json')).filter((t) => t.gender === 'm' && t.kind === 'office');
    this.verbs = readJson<EventFrame[]>(path.join(lexDir, 'event-frames.json'))
      .filter((e) => !e.weak && e.ar.length > 0 && !e.ar[0]!.includes(' '))
      .map((e) => ({ verb: e.ar[0]!, prep: e.targetPreps?.ar?.[0] ?? '' }));
    const rv = readJson<{ ar: ReportingVerb[] }>(path.join(lexDir, 'reporting-verbs.json')).ar;
    this.reporting = rv.filter((v) => v.gender === 'm' && v.number === 'sg' && v.tense === 'past' && v.stance === 'asserts').map((v) => v.form);
    const anon = readJson<{ heads: { ar: string[] }[] }>(path.join(lexDir, 'anonymous-sources.json')).heads;
    this.anon = anon.map((h) => h.ar[0]!).filter(Boolean);
    const dates = readJson<{ monthsAr: Record<string, number>; weekdaysAr: Record<string, number> | string[] }>(path.join(lexDir, 'dates.json'));
    this.months = new Map();
    for (const [name, n] of Object.entries(dates.monthsAr)) if (!this.months.has(n)) this.months.set(n, name);
    this.weekdays = Array.isArray(dates.weekdaysAr) ? dates.weekdaysAr : Object.keys(dates.weekdaysAr);

    const r = rng(seed);
    const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)]!;
    // Few countries carry most of the news, as in a real feed.
    const hot = this.countries.filter((c) => this.f.hotCountries.includes(c.code));
    const country = () => (r() < 0.75 ? pick(hot) : pick(this.countries));
    this.people = Array.from({ length: Math.max(50, Math.floor(storyCount / 2)) }, () => {
      const c = country();
      const title = pick(titles).ar[0]!;
      return { phrase: `${title} ${'ال' + c.demonym} ${pick(this.f.givenNames)} ${pick(this.f.familyNames)}`, country: c };
    });
    this.stories = Array.from({ length: storyCount }, () => {
      const v = pick(this.verbs);
      const actor = pick(this.people);
      const target = r() < 0.5 ? pick(this.people).phrase : country().name;
      return { ...v, actor, target, day: Math.floor(r() * 360), city: pick(actor.country.cities) };
    });
  }

  private date(day: number): { iso: string; ar: string; weekday: string } {
    const d = new Date(Date.UTC(2024, 0, 1) + day * 86_400_000);
    const iso = d.toISOString().slice(0, 10);
    return { iso, ar: `${d.getUTCDate()} ${this.months.get(d.getUTCMonth() + 1)} ${d.getUTCFullYear()}`, weekday: this.weekdays[d.getUTCDay()] ?? '' };
  }

  article(i: number): CorpusArticle {
    const r = rng(1_000_003 * (i + 1));
    const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)]!;
    const main = pick(this.stories);
    const published = main.day + (r() < 0.5 ? 0 : 1);
    const d = this.date(published);
    let rv = '';
    const fill = (frame: string, s: Story) =>
      ((rv = pick(this.reporting)), frame)
        .replaceAll('{CITY2}', pick(this.countries).cities[0]!)
        .replaceAll('{CITY}', s.city)
        .replaceAll('{DAY}', this.date(s.day).weekday)
        .replaceAll('{DATE}', d.ar)
        .replaceAll('{V}', s.verb)
        .replaceAll('{A}', s.actor.phrase)
        .replaceAll('{P}{B}', withPrep(s.prep, s.target))
        .replaceAll('{M}', pick(this.f.outlets))
        .replaceAll('{RV}', rv)
        .replaceAll('{INNA}', rv === 'قال' ? 'إن' : 'أن')
        .replaceAll('{CL}', pick(this.f.clauses))
        .replaceAll('{ANON}', pick(this.anon))
        .replaceAll('{DEMX}', s.actor.country.demonym)
        .replaceAll('{DEM}', 'ال' + s.actor.country.demonym)
        .replaceAll('{C}', s.actor.country.name);
    const lines = [fill(this.f.frames.opening, main)];
    // Stories near the main one in time, so that the events of one article are of its days.
    const near = () => {
      for (let k = 0; k < 8; k++) {
        const s = pick(this.stories);
        if (Math.abs(s.day - main.day) <= 3) return s;
      }
      return pick(this.stories);
    };
    let bytes = Buffer.byteLength(lines[0]!);
    while (bytes < 3900) {
      const x = r();
      const line =
        x < 0.35
          ? fill(pick(this.f.frames.event), near())
          : x < 0.7
            ? fill(pick(this.f.frames.claim), r() < 0.5 ? main : near())
            : pick(this.f.fillers);
      lines.push(line);
      bytes += Buffer.byteLength(line) + 1;
    }
    return {
      text: lines.join('\n'),
      url: `https://bench.isnad.invalid/article/${i}`,
      publishedAt: d.iso,
      lang: 'ar',
      source: pick(this.f.outlets),
    };
  }
}

/** Writes `count` articles as JSONL, streaming, and returns the file's size. */
export async function writeCorpus(file: string, count: number, seed = 1): Promise<number> {
  const corpus = new Corpus(Math.max(100, Math.floor(count / 4)), seed);
  const out = fs.createWriteStream(file);
  for (let i = 0; i < count; i++) {
    if (!out.write(`${JSON.stringify(corpus.article(i))}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return fs.statSync(file).size;
}
