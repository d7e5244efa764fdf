// The schema (cypher/schema.cypher) on the real database: constraints hold, the name indexes find
// Arabic names across spellings, and values round-trip.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applySchema } from '../../server/graph/schema.ts';
import { loadStatements } from '../../server/graph/cypher.ts';
import { fulltextQuery } from '../../server/graph/search-normalize.ts';
import { useTestDb } from '../setup/db.ts';

const db = useTestDb();

async function run(query: string, params: Record<string, unknown> = {}) {
  const { records } = await db.driver.executeQuery(query, params, { database: db.database });
  return records.map((r) => r.toObject());
}

async function search(index: 'entity_names_ar' | 'entity_names_en', text: string, prefix = false) {
  const q = fulltextQuery(text, { prefix });
  if (q === null) return [];
  const rows = await run(
    'CALL db.index.fulltext.queryNodes($index, $q) YIELD node, score RETURN node.id AS id ORDER BY score DESC, id',
    { index, q },
  );
  return rows.map((r) => r.id as string);
}

// Names as an extractor would write them (docs/graph-model.md): a person with Arabic and English
// names and aliases, and people whose names carry each alef/hamza form.
async function writeEntities() {
  await run('UNWIND $rows AS row CREATE (n:Entity) SET n = row.props, n:$(row.label)', {
    rows: [
      entity('actor:vladimir-putin', 'Actor', 'Vladimir Putin', 'فلاديمير بوتين', ['بوتين', 'الرئيس الروسي']),
      entity('actor:ahmed-ibrahim', 'Actor', 'Ahmed Ibrahim', 'أحمد إبراهيم', []),
      entity('actor:amna-saleh', 'Actor', 'Amna Saleh', 'آمنة صالح', []),
      entity('actor:ismail-bare', 'Actor', 'Ismail Haniyeh', 'اسماعيل هنية', []),
      entity('place:alexandria', 'Place', 'Alexandria', 'الإسكندرية', ['الاسكندرية']),
      entity('country:RU', 'Country', 'Russia', 'روسيا', ['روسيا الاتحادية', 'Russian Federation']),
    ],
  });
}

function entity(id: string, label: string, nameEn: string, nameAr: string, aliases: string[]) {
  return {
    label,
    props: { id, name: nameEn, nameEn, nameAr, aliases, aliasText: aliases.join(' | ') },
  };
}

describe('constraints', () => {
  it('exist for every id the graph model declares', async () => {
    const rows = await run(
      "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] AS label, properties",
    );
    const labels = rows.filter((r) => (r.properties as string[]).join() === 'id').map((r) => r.label);
    expect(labels.sort()).toEqual([
      'Actor',
      'Article',
      'Claim',
      'Country',
      'Entity',
      'Event',
      'Place',
      'Sentence',
    ]);
  });

  it('reject a second node with the same id', async () => {
    await run("CREATE (:Article {id: 'article:0123456789abcdef'})");
    await expect(run("CREATE (:Article {id: 'article:0123456789abcdef'})")).rejects.toMatchObject({
      code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
    });
    await run("CREATE (:Claim {id: 'claim:1:0'})");
    await expect(run("CREATE (:Claim {id: 'claim:1:0'})")).rejects.toThrow(/already exists/);
  });

  it('reject the same entity id under two labels', async () => {
    await run("CREATE (:Actor:Entity {id: 'actor:x'})");
    await expect(run("CREATE (:Place:Entity {id: 'actor:x'})")).rejects.toMatchObject({
      code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
    });
  });

  it('let MERGE by id keep one node', async () => {
    for (let i = 0; i < 3; i++) await run("MERGE (:Country:Entity {id: 'country:KP'})");
    expect(await run("MATCH (n:Country {id: 'country:KP'}) RETURN n")).toHaveLength(1);
  });
});

describe('the schema', () => {
  it('applies again without error or change, and leaves every index online', async () => {
    const before = await run('SHOW INDEXES YIELD name RETURN name ORDER BY name');
    const applied = await applySchema(db.driver, db.database);
    expect(applied.statements).toBe(loadStatements('schema').length);
    const after = await run('SHOW INDEXES YIELD name, state RETURN name, state ORDER BY name');
    expect(after.map((r) => r.name)).toEqual(before.map((r) => r.name));
    expect(after.filter((r) => r.state !== 'ONLINE')).toEqual([]);
    expect(after.map((r) => r.name)).toEqual(expect.arrayContaining(['entity_names_ar', 'entity_names_en']));
  });

  it('fails, naming it, when an index was skipped for an equivalent one under another name', async () => {
    await run('DROP INDEX entity_names_en');
    await run(
      "CREATE FULLTEXT INDEX stray FOR (n:Entity) ON EACH [n.name, n.nameEn, n.aliasText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard'}}",
    );
    try {
      await expect(applySchema(db.driver, db.database)).rejects.toThrow(
        /entity_names_en not in the database/,
      );
    } finally {
      await run('DROP INDEX stray');
      await applySchema(db.driver, db.database);
    }
    expect((await run('SHOW INDEXES YIELD name RETURN name')).map((r) => r.name)).toContain(
      'entity_names_en',
    );
  });
});

describe('the arabic name index', () => {
  it('finds a full name from one of its words', async () => {
    await writeEntities();
    expect(await search('entity_names_ar', 'بوتين')).toEqual(['actor:vladimir-putin']);
    expect(await search('entity_names_ar', 'فلاديمير بوتين')).toEqual(['actor:vladimir-putin']);
    // Through the aliases too, with the article prefix stemmed away.
    expect(await search('entity_names_ar', 'روسي')).toContain('actor:vladimir-putin');
  });

  it('matches names across alef/hamza forms, both ways', async () => {
    await writeEntities();
    // Stored with hamza (أحمد إبراهيم), searched bare and with the other forms.
    for (const q of ['احمد', 'أحمد', 'إحمد', 'آحمد', 'ابراهيم', 'إبراهيم', 'احمد ابراهيم']) {
      expect(await search('entity_names_ar', q), q).toEqual(['actor:ahmed-ibrahim']);
    }
    // Stored with madda (آمنة), searched bare; stored bare (اسماعيل), searched with hamza.
    expect(await search('entity_names_ar', 'امنه')).toEqual(['actor:amna-saleh']);
    expect(await search('entity_names_ar', 'إسماعيل')).toEqual(['actor:ismail-bare']);
    expect(await search('entity_names_ar', 'الإسكندرية')).toEqual(['place:alexandria']);
  });

  it('ignores harakat, tatweel, alef wasla and Persian letters in the query', async () => {
    await writeEntities();
    expect(await search('entity_names_ar', 'بُوتِين')).toEqual(['actor:vladimir-putin']);
    expect(await search('entity_names_ar', 'بـــوتين')).toEqual(['actor:vladimir-putin']);
    expect(await search('entity_names_ar', 'ٱحمد')).toEqual(['actor:ahmed-ibrahim']);
    expect(await search('entity_names_ar', 'فلادیمیر')).toEqual(['actor:vladimir-putin']);
    expect(await search('entity_names_ar', '\u200fبوتين\u200f')).toEqual(['actor:vladimir-putin']);
  });

  it('matches a prefix across hamza forms', async () => {
    await writeEntities();
    expect(await search('entity_names_ar', 'أحم', true)).toEqual(['actor:ahmed-ibrahim']);
    expect(await search('entity_names_ar', 'بوت', true)).toEqual(['actor:vladimir-putin']);
  });

  it('treats query syntax in user text as text', async () => {
    await writeEntities();
    for (const q of ['بوتين (', '"بوتين', 'بوتين AND', 'name:بوتين', 'بوتين~ ^2 [a TO b]', '\\']) {
      await expect(search('entity_names_ar', q), q).resolves.toBeDefined();
    }
    expect(await search('entity_names_ar', '(بوتين)')).toEqual(['actor:vladimir-putin']);
  });

  it('never fails to parse a query built from any user text', async () => {
    await writeEntities();
    const chars = [...'بوتينأإآاةى ٱیک', ...'abcXYZ 09', ...'+-&|!(){}[]^"~*?:\\/\'`;,.', '\u200f', '\t'];
    const text = fc.array(fc.constantFrom(...chars), { maxLength: 40 }).map((a) => a.join(''));
    await fc.assert(
      fc.asyncProperty(text, fc.boolean(), async (t, prefix) => {
        for (const index of ['entity_names_ar', 'entity_names_en'] as const) await search(index, t, prefix);
      }),
      { numRuns: 150 },
    );
  });
});

describe('the english name index', () => {
  it('finds names case-insensitively and stemmed', async () => {
    await writeEntities();
    expect(await search('entity_names_en', 'putin')).toEqual(['actor:vladimir-putin']);
    expect(await search('entity_names_en', "Putin's")).toEqual(['actor:vladimir-putin']);
    expect(await search('entity_names_en', 'russian federation')).toEqual(['country:RU']);
    expect(await search('entity_names_en', 'Alex', true)).toEqual(['place:alexandria']);
  });
});

describe('a write then a read', () => {
  it('round-trips strings, lists, numbers, booleans and dates', async () => {
    const props = {
      id: 'article:00000000000000aa',
      title: 'بوتين يصل إلى بيونغ يانغ',
      text: 'نص\nبسطرين «مقتبس» — and English, emoji 🙂, RTL mark \u200f.',
      sentenceCount: 12,
      confidence: 0.85,
      known: true,
      aliases: ['بوتين', 'Putin'],
    };
    await run('CREATE (a:Article) SET a = $props, a.publishedDate = date($date)', {
      props,
      date: '2024-06-19',
    });
    const [row] = await run(
      'MATCH (a:Article {id: $id}) RETURN properties(a) AS p, toString(a.publishedDate) AS d, a.publishedDate.year AS y',
      { id: props.id },
    );
    const { publishedDate: _date, ...stored } = row!.p as Record<string, unknown>;
    expect(stored).toEqual(props);
    expect(row!.d).toBe('2024-06-19');
    // Integers come back as plain numbers (server/graph/driver.ts).
    expect(row!.y).toBe(2024);
  });
});
