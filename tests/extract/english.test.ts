// The English side of the extractor, rule by rule, on short made-up articles in the styles of
// agencies and newspapers (the fixture articles are scored in scores.test.ts).
import { describe, expect, it } from 'vitest';
import { extract, ExtractionError, type ExtractionDocument } from '../../server/extract/index.ts';

const byName = (doc: ExtractionDocument, name: string) =>
  doc.entities.find((e) => e.name === name || e.aliases.includes(name) || e.mentions.some((m) => m.text === name));
const idOf = (doc: ExtractionDocument, name: string) => byName(doc, name)?.id;
const claimWith = (doc: ExtractionDocument, words: string) => doc.claims.find((c) => c.text.includes(words));
const eventBy = (doc: ExtractionDocument, trigger: string) => doc.events.find((e) => e.trigger === trigger);

describe('language', () => {
  it('reads English news as English', () => {
    expect(extract('The minister said on Monday that talks with the union would resume next week.').article.lang).toBe('en');
    // a one-line item with no function word but its weekday
    expect(extract('Kim Jong Un met Putin in Pyongyang on Wednesday.').article.lang).toBe('en');
  });

  it.each([
    ['French', "Le ministre a déclaré lundi que les négociations avec le syndicat reprendraient la semaine prochaine à Paris, selon l'agence, qui cite une source proche du dossier."],
    ['German', 'Der Minister sagte am Montag in Berlin, die Gespräche mit der Gewerkschaft würden in der kommenden Woche fortgesetzt, wie die Agentur unter Berufung auf Kreise meldete.'],
    ['Dutch', 'De minister zei maandag in Den Haag dat de gesprekken met de vakbond volgende week worden hervat, meldde het persbureau op basis van bronnen rond het overleg.'],
    ['Persian', 'وزیر امور خارجه ایران روز دوشنبه گفت که گفتگوها با کشورهای اروپایی هفته آینده در ژنو ادامه پیدا خواهد کرد و این یک گام مهم است.'],
    ['Russian', 'Министр заявил в понедельник, что переговоры с профсоюзом возобновятся на следующей неделе.'],
  ])('refuses %s with a clear unsupported-language error', (language, text) => {
    let error: unknown;
    try {
      extract(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ExtractionError);
    expect((error as ExtractionError).code).toBe('UNSUPPORTED_LANGUAGE');
    expect((error as Error).message).toMatch(/unsupported language/);
    if (language !== 'Russian') expect((error as Error).message).toContain(language);
  });
});

describe('English article structure', () => {
  it('reads an agency dateline with the source in parentheses, and the byline and date line above it', () => {
    const text = [
      'Ministers agree to extend grain corridor',
      '',
      'By Anna Berg and Omar Haddad',
      '',
      'March 4, 2025 7:15 PM GMT+2 Updated 3 hours ago',
      '',
      'ANKARA (Reuters) - Turkish Foreign Minister Hakan Fidan said on Tuesday that the grain corridor would stay open.',
    ].join('\n');
    const doc = extract(text);
    expect(doc.article).toMatchObject({
      lang: 'en',
      title: 'Ministers agree to extend grain corridor',
      author: 'Anna Berg and Omar Haddad',
      dateline: 'ANKARA',
      source: 'Reuters',
      publishedAt: '2025-03-04T19:15:00+02:00',
    });
    expect(doc.sentences).toHaveLength(1);
    expect(doc.sentences[0]!.text.startsWith('Turkish Foreign Minister')).toBe(true);
  });

  it('reads a dash dateline with a country, a yearless agency date, writers filing from two cities, and a time-only update line', () => {
    const a = extract('By Lena Park\nJune 3, 2024\nUpdated 9:05 p.m. ET\n\nKYIV, Ukraine — Officials said the bridge had reopened.');
    expect(a.article).toMatchObject({ author: 'Lena Park', dateline: 'KYIV', publishedAt: '2024-06-03' });
    expect(a.sentences[0]!.text).toBe('Officials said the bridge had reopened.');
    const b = extract('Headline here about the summit\n\nJune 19, 2024 2:33 PM GMT+3\n\nSEOUL, June 19 (Reuters) - The summit opened in Seoul on Wednesday.');
    expect(b.article).toMatchObject({ dateline: 'SEOUL', source: 'Reuters', publishedAt: '2024-06-19T14:33:00+03:00' });
    const c = extract('Rates held as inflation cools\n\nMaria Lopez in Madrid and Tom Reed in London\nJanuary 13 2025\n\nThe central bank kept rates unchanged on Monday, officials said.');
    expect(c.article).toMatchObject({ author: 'Maria Lopez and Tom Reed', dateline: null, publishedAt: '2025-01-13' });
  });

  it('reads a writer\'s name over the outlet, or in capitals under the date line, and a dateline after a "Short Url" line', () => {
    const bbc = extract('Leaders agree to talks\n\n14 December 2023\n\nLaura Mendes\nBBC News\n\nThe leaders met on Thursday, officials said.', { lang: 'en' });
    expect(bbc.article).toMatchObject({ author: 'Laura Mendes', publishedAt: '2023-12-14' });
    const hindu = extract('Border deal reached\n\nUpdated - October 22, 2024 09:41 pm IST - NEW DELHI\nANANYA RAGHAVAN\n\nIndia and China reached a deal on Monday, officials said.', { lang: 'en' });
    expect(hindu.article).toMatchObject({ author: 'ANANYA RAGHAVAN', dateline: 'NEW DELHI' });
    // a title-case line under the date is the body's, not a writer
    const lead = extract('Border deal reached\n\nOctober 22, 2024\nMinisters Meet Again\n\nIndia and China reached a deal on Monday.', { lang: 'en' });
    expect(lead.article.author).toBeNull();
    const gulf = extract('Parliament elects a president\n\nUpdated 09 January 2025\n\nFollow\n\nShort Url\n\nBEIRUT: Parliament on Thursday elected a president.', { lang: 'en' });
    expect(gulf.article.dateline).toBe('BEIRUT');
    expect(gulf.sentences[0]!.text).toBe('Parliament on Thursday elected a president.');
  });

  it('takes a byline\'s city as the dateline when the body has none ("By X / in Dakar")', () => {
    const doc = extract('Vote count begins\n\nBy Fatou Diallo\nin Dakar\n25 March 2024\n\nVoters queued from dawn on Sunday, the electoral commission said.');
    expect(doc.article).toMatchObject({ author: 'Fatou Diallo', dateline: 'Dakar', publishedAt: '2024-03-25' });
  });

  it('keeps related-link blocks, standfirsts and share lines out of the body, with sentence offsets into the text', () => {
    const text = [
      'Envoy quits over stalled talks',
      '',
      'The veteran diplomat said the process had lost its purpose.',
      '',
      'By Sam Cole',
      'May 2, 2024',
      '',
      'GENEVA — The United Nations envoy resigned on Thursday. "The talks have failed," he told reporters.',
      '',
      'READ MORE',
      'Why the Geneva talks stalled',
      'Who could replace the envoy',
      '',
      'Share',
      '',
      'Diplomats said a successor could be named next month.',
    ].join('\n');
    const doc = extract(text);
    expect(doc.related).toEqual(['Why the Geneva talks stalled', 'Who could replace the envoy']);
    expect(doc.sentences.map((s) => s.text)).toEqual([
      'The United Nations envoy resigned on Thursday.',
      '"The talks have failed," he told reporters.',
      'Diplomats said a successor could be named next month.',
    ]);
    for (const s of doc.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('English entities', () => {
  it('joins name variants of a lexicon actor and gives it the id the Arabic side gives', () => {
    const en = extract('Kim Jong Un met Russian officials. Kim Jong-un later said the talks went well. Kim thanked the delegation.');
    const kim = en.entities.filter((e) => e.id === 'actor:kim-jong-un');
    expect(kim).toHaveLength(1);
    expect(kim[0]!.mentions.map((m) => m.text)).toEqual(['Kim Jong Un', 'Kim Jong-un', 'Kim']);
    const ar = extract('التقى الزعيم الكوري الشمالي كيم جونغ أون مسؤولين روساً في بيونغ يانغ.');
    expect(ar.entities.map((e) => e.id)).toContain('actor:kim-jong-un');
    expect(ar.entities.map((e) => e.id)).toContain('country:KP');
  });

  it('finds people after titles the lexicon knows, and after descriptions it does not', () => {
    const doc = extract(
      [
        'Foreign Ministry spokeswoman Mao Ning said China opposed the move.',
        'Defense Secretary Lloyd Austin spoke to his counterpart.',
        'Presidential adviser Rustam Kariev welcomed the decision.',
        'Helga Mørk, a researcher at the Nordic Institute for Security Studies, said the risk was growing.',
        '"We will not give up," said Tariq Benali, 34, a fisherman from the port.',
      ].join(' '),
    );
    for (const name of ['Mao Ning', 'Lloyd Austin', 'Rustam Kariev', 'Helga Mørk', 'Tariq Benali']) {
      expect(byName(doc, name)?.type, name).toBe('PERSON');
    }
    expect(byName(doc, 'Nordic Institute for Security Studies')?.type).toBe('ORGANIZATION');
  });

  it('finds organisations by their head noun and joins "the command" and "the ministry" to them', () => {
    const doc = extract(
      'The Western Regional Command said its units were on alert. The command added that no shots were fired. ' +
        "Kenya's Interior Ministry said roads were closed. The ministry said they would reopen on Friday.",
    );
    const command = byName(doc, 'Western Regional Command')!;
    expect(command.type).toBe('ORGANIZATION');
    expect(command.mentions.map((m) => m.text)).toContain('The command');
    const ministry = doc.entities.find((e) => e.id === 'actor:ke-interior-ministry')!;
    expect(ministry.mentions.map((m) => m.text)).toEqual(["Kenya's Interior Ministry", 'The ministry']);
  });

  it('reads unnamed sources and their later back-references as one actor', () => {
    const doc = extract('A senior European official said the talks would resume. "We are close," the official said.');
    const official = byName(doc, 'senior European official')!;
    expect(official).toBeDefined();
    expect(official.mentions.map((m) => m.text)).toEqual(['senior European official', 'the official']);
    expect(doc.claims.every((c) => c.speaker === official.id)).toBe(true);
  });
});

describe('English attribution', () => {
  it('reads "X said", "said X", "according to X" and "X told <outlet>" with their chain', () => {
    const doc = extract(
      [
        'Brazilian Foreign Minister Mauro Vieira said on Monday that the summit would go ahead.',
        '"The date is fixed," said Celso Amorim, an adviser to the president.',
        'Exports rose 4% in May, according to the Central Bank of Brazil.',
        'Amorim told the Financial Times that the agenda was still open.',
      ].join(' '),
    );
    expect(claimWith(doc, 'the summit would go ahead')).toMatchObject({ speaker: 'actor:mauro-vieira', via: [] });
    expect(claimWith(doc, 'The date is fixed')).toMatchObject({ speaker: idOf(doc, 'Celso Amorim') });
    expect(claimWith(doc, 'Exports rose')!.speaker).toBe(idOf(doc, 'Central Bank of Brazil'));
    const ft = claimWith(doc, 'the agenda was still open')!;
    expect(ft.speaker).toBe(idOf(doc, 'Celso Amorim'));
    expect(ft.via).toEqual([idOf(doc, 'Financial Times')]);
  });

  it('gives every sentence of a quotation its speaker, before and after the attribution', () => {
    const doc = extract(
      'Farida Osei, a nurse at the clinic, described the night. "We had no power. We worked by torchlight," Osei said. "Nobody slept."',
    );
    const osei = idOf(doc, 'Farida Osei');
    for (const words of ['We had no power', 'We worked by torchlight', 'Nobody slept']) {
      expect(claimWith(doc, words)?.speaker, words).toBe(osei);
    }
  });

  it('reads a source set off by an aside, an organisation\'s unnamed spokesperson as the organisation, "the company", and a described name after "according to"', () => {
    const doc = extract(
      'Strikes were planned, officials said on Monday.\n' +
        'Two US officials, speaking on condition of anonymity, told The Washington Post that the Pentagon had drawn up new options. ' +
        '"This is unacceptable," a White House spokesperson said. ' +
        'Orion Shipping Group said in a statement that its vessel had been hit. "Our crew is safe," the company said. ' +
        'Freight rates have doubled since January, according to Freightos, a booking platform.',
    );
    expect(claimWith(doc, 'the Pentagon had drawn')).toMatchObject({ speaker: idOf(doc, 'Two US officials'), via: [idOf(doc, 'The Washington Post')] });
    expect(claimWith(doc, 'This is unacceptable')!.speaker).toBe(idOf(doc, 'White House'));
    expect(claimWith(doc, 'Our crew is safe')!.speaker).toBe(idOf(doc, 'Orion Shipping Group'));
    expect(claimWith(doc, 'Freight rates')!.speaker).toBe(idOf(doc, 'Freightos'));
  });
  it('reads "the ministry quoted X as saying": the speaker through the ministry', () => {
    const doc = extract('The Chinese Foreign Ministry quoted Wang Yi as saying the agreement was "a victory for dialogue".');
    const c = claimWith(doc, 'the agreement was')!;
    expect(c.speaker).toBe('actor:wang-yi');
    expect(c.via).toEqual(['actor:cn-foreign-ministry']);
    expect(c.rule).toBe('claim.en-reported');
  });

  it('reads "<outlet> reported" and "his spokesman" as links of the chain', () => {
    const doc = extract(
      'Iranian Foreign Minister Abbas Araghchi told state television that talks would continue, Reuters reported. ' +
        'UN Secretary-General Antonio Guterres condemned the attack, his spokesman Stephane Dujarric told reporters.',
    );
    const a = claimWith(doc, 'talks would continue')!;
    expect(a.speaker).toBe('actor:abbas-araghchi');
    expect(a.via).toContain('actor:reuters');
    const g = claimWith(doc, 'condemned the attack')!;
    expect(g.speaker).toBe('actor:antonio-guterres');
    expect(g.via).toEqual([idOf(doc, 'Stephane Dujarric')]);
  });

  it('resolves "he said" and "it said" to the last speaker of that kind', () => {
    const doc = extract(
      'Hungarian Prime Minister Viktor Orban said the plan was unfair. The European Commission said it would reply. "We will study it," it said. "It is a bad plan," he said.',
    );
    expect(claimWith(doc, 'We will study it')!.speaker).toBe(claimWith(doc, 'it would reply')!.speaker);
    expect(claimWith(doc, 'It is a bad plan')!.speaker).toBe('actor:viktor-orban');
  });
});

describe('English attribution of described speakers', () => {
  it('takes the quotation before a speaker described ahead of the name, also with a middle initial', () => {
    const doc = extract('“The reform is working,” the central bank’s deputy governor, Sarah K. Okafor, said in a statement issued after the meeting.', { lang: 'en' });
    expect(doc.claims).toHaveLength(1);
    expect(doc.claims[0]!.text).toBe('The reform is working');
    expect(doc.claims[0]!.speaker).toBe(idOf(doc, 'Sarah K. Okafor') ?? idOf(doc, 'Okafor'));
  });
  it('gives a speaker in apposition with a middle initial the claim, not the body before him', () => {
    const doc = extract('In Moscow, the Kremlin spokesman, Dmitri S. Peskov, told reporters that Russia would respond.', { lang: 'en' });
    expect(claimWith(doc, 'Russia would respond')?.speaker).toBe('actor:dmitry-peskov');
    expect(doc.entities.map((e) => e.name)).not.toContain('Dmitri S');
  });
  it('reads ", accusing X of …" as the clause subject\'s, with X its object', () => {
    const doc = extract('President William Ruto had delayed the vote since March, accusing the opposition of stoking unrest.', { lang: 'en' });
    const c = claimWith(doc, 'stoking unrest');
    expect(c?.speaker).toBe(idOf(doc, 'William Ruto'));
  });
});

describe('English attribution set off inside its content, and sources described after their noun', () => {
  it('gives "X, he insisted, Y" the whole sentence, spoken by the last speaker', () => {
    const doc = extract('President Irfaan Ali met the press on Thursday. “Guyana is not the aggressor,” Mr. Ali told reporters. The border, he insisted, was “not up for discussion”. Nobody, he warned, should doubt it.', { lang: 'en' });
    expect(idOf(doc, 'Irfaan Ali')).toBeDefined();
    const ali = idOf(doc, 'Irfaan Ali');
    expect(claimWith(doc, 'Guyana is not the aggressor')?.speaker).toBe(ali);
    const border = claimWith(doc, 'not up for discussion');
    expect(border?.text.startsWith('The border, he insisted, was')).toBe(true);
    expect(border?.speaker).toBe(ali);
    expect(claimWith(doc, 'Nobody, he warned')?.speaker).toBe(ali);
  });
  it('gives a relative clause\'s verb its antecedent: ", who visited Beirut", ", who described X as …"', () => {
    const doc = extract('US envoy Amos Hochstein, who visited Beirut on Monday, had pressed politicians to end the deadlock. The meeting was hosted by Prime Minister Ralph Gonsalves, who described the atmosphere as "frank but respectful".', { lang: 'en' });
    expect(eventBy(doc, 'visited')).toMatchObject({ source: ['actor:amos-hochstein'], target: ['country:LB'] });
    expect(claimWith(doc, 'frank but respectful')?.speaker).toBe(idOf(doc, 'Ralph Gonsalves'));
  });
  it('finds a speaker past a description and a relative clause set off by commas', () => {
    const doc = extract('Gebran Bassil, head of the Free Patriotic Movement, whose bloc withheld its votes, said the election had been “imposed from outside.”', { lang: 'en' });
    expect(claimWith(doc, 'imposed from outside')?.speaker).toBe(idOf(doc, 'Gebran Bassil'));
  });
  it('finds the speaker before a place or a describing phrase, and names a bare source by that phrase', () => {
    const diplomat = extract('A Western diplomat in Beirut, speaking on condition of anonymity, said the real test would come “in the next 60 days”.', { lang: 'en' });
    const c = claimWith(diplomat, 'in the next 60 days');
    expect(c?.speaker).toBe(idOf(diplomat, 'Western diplomat'));
    // the content starts at the verb's object, not at a quotation further on
    expect(c?.text.startsWith('the real test would come')).toBe(true);
    const officials = extract('Officials familiar with the negotiations said the arrangement covered both friction points.', { lang: 'en' });
    expect(claimWith(officials, 'covered both friction points')?.speaker).toBe(idOf(officials, 'Officials familiar with the negotiations'));
    const bare = extract('Diplomats said Saudi Arabia had played a decisive role.', { lang: 'en' });
    expect(claimWith(bare, 'decisive role')?.speaker).toBe(idOf(bare, 'Diplomats'));
  });
});

describe('English events of a part of a body, at a country\'s place', () => {
  it('gives "a contingent of X" to X, and "landed in Haiti\'s capital" Haiti as its target', () => {
    const doc = extract('A delegation of Hamas leaders arrived in Egypt\'s capital on Monday for talks.', { lang: 'en' });
    const ev = eventBy(doc, 'arrived in');
    expect(ev?.source).toEqual(['actor:hamas']);
    expect(ev?.target).toEqual(['country:EG']);
  });
});

describe('English events', () => {
  it('finds the subject before "of <country>" and the target before a comma that ends the object', () => {
    const doc = extract('Prime Minister Ulf Kristersson of Sweden welcomed the vote on Tuesday. The IMF on Wednesday reached a staff-level agreement with Pakistan, officials said. Finance Minister Muhammad Aurangzeb thanked the IMF team. Niger has revoked a military agreement with the United States. New Delhi later banned more than 200 Chinese apps.', { lang: 'en' });
    expect(eventBy(doc, 'welcomed')?.source).toEqual([idOf(doc, 'Ulf Kristersson')]);
    expect(doc.events.find((e) => e.code.startsWith('057'))?.target).toEqual(['country:PK']);
    expect(eventBy(doc, 'thanked')?.code).toBe('051');
    expect(eventBy(doc, 'revoked')).toMatchObject({ source: ['country:NE'], target: ['country:US'] });
    expect(eventBy(doc, 'banned')).toMatchObject({ source: ['country:IN'], target: ['country:CN'] });
  });

  it('gives the acts of a state\'s organ named with its possessive to the state ("Niger\'s rulers")', () => {
    const doc = extract('Niger’s rulers have already expelled French troops and announced in January that they would leave the regional bloc.', { lang: 'en' });
    expect(eventBy(doc, 'expelled')).toMatchObject({ source: ['country:NE'], target: ['country:FR'] });
    expect(claimWith(doc, 'leave the regional bloc')?.speaker).toBe('country:NE');
  });

  it('gives the subject of a verb of aspect the act that follows it ("kept supplying", "continued to attack")', () => {
    const doc = extract('US officials said Iran had kept supplying the Houthis with drones. Russia continued to attack Ukraine overnight.', { lang: 'en' });
    expect(eventBy(doc, 'supplying')).toMatchObject({ source: ['country:IR'], target: ['actor:houthis'] });
    expect(eventBy(doc, 'attack')).toMatchObject({ source: ['country:RU'], target: ['country:UA'] });
  });

  it('gives an act whose subject is a weapon to the agent that fired it', () => {
    const doc = extract('A drone launched by the Houthis attacked Israel on Monday, officials said.', { lang: 'en' });
    expect(eventBy(doc, 'attacked')).toMatchObject({ source: ['actor:houthis'], target: ['country:IL'] });
  });

  it('codes verbs with their subject and object, and resolves weekdays against the publication date', () => {
    const doc = extract(
      'PARIS, Feb 27, 2024 (AFP) - French President Emmanuel Macron met Chancellor Olaf Scholz in Berlin on Monday. ' +
        'Germany and France signed a defence agreement on Tuesday. Last month, Russian forces attacked Ukraine.',
    );
    expect(eventBy(doc, 'met')).toMatchObject({ code: '040', source: ['actor:emmanuel-macron'], target: ['actor:olaf-scholz'], date: '2024-02-26' });
    expect(eventBy(doc, 'signed')).toMatchObject({ source: ['country:DE'], target: ['country:FR'], date: '2024-02-27' });
    expect(eventBy(doc, 'signed')!.code.startsWith('05')).toBe(true);
    const attack = eventBy(doc, 'attacked')!;
    expect(attack.code).toBe('190');
    expect(attack.target).toEqual(['country:UA']);
    expect(attack.date).toBeNull();
  });

  it('reads passives, light verbs and possessed nouns, and drops negated events', () => {
    const doc = extract(
      'WASHINGTON, May 2, 2024 (Reuters) - Pakistani Prime Minister Shehbaz Sharif was received by Saudi Crown Prince Mohammed bin Salman. ' +
        "Iran's Revolutionary Guard launched large-scale drills near the strait. " +
        'Sharif, on his first visit to Saudi Arabia, praised the kingdom. ' +
        'The United States would not send troops to Iraq.',
    );
    expect(doc.events.find((e) => e.rule === 'event.en-passive')).toMatchObject({ source: ['actor:mohammed-bin-salman'] });
    expect(eventBy(doc, 'drills')).toMatchObject({ code: '150', rule: 'event.en-light-verb', source: ['actor:ir-revolutionary-guard'] });
    expect(eventBy(doc, 'visit')).toMatchObject({ code: '042', target: ['country:SA'] });
    expect(doc.events.some((e) => e.trigger === 'send troops')).toBe(false);
  });
});

describe('English bad input', () => {
  it('a sentence of 3,000 words full of verbs and names, 800 nested quotes and a 5,000-comma list finish', { timeout: 60_000 }, () => {
    const words = Array.from({ length: 3000 }, (_, i) => (i % 7 === 0 ? 'said' : i % 5 === 0 ? 'Russia' : i % 11 === 0 ? 'Vladimir Putin' : 'word')).join(' ');
    expect(extract(`WASHINGTON (Reuters) - ${words}.`).article.dateline).toBe('WASHINGTON');
    expect(extract('The newspaper said that ' + '"he said that '.repeat(800) + 'something' + '"'.repeat(800)).article.lang).toBe('en');
    expect(extract('The minister said that ' + 'officials, '.repeat(5000) + 'agreed.').sentences).toHaveLength(1);
  });
});
