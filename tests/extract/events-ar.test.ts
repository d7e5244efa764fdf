// Arabic events, construction by construction, on short made-up sentences in the styles of other
// outlets; the fixture articles are scored in scores.test.ts.
import { describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.ts';

const events = (text: string) => extract(text).events;

describe('split predicates', () => {
  it('«فرضت X، الخميس، عقوبات»: the phrase\'s frame, not the bare verb\'s weak one, and one event', () => {
    const evs = events('فرضت وزارة الخزانة البريطانية، الخميس، عقوبات جديدة على شركات روسية.');
    expect(evs.map((e) => e.code)).toEqual(['163']);
    expect(evs[0]!.source).toEqual(['actor:gb-finance-ministry']);
  });

  it('the object of a split predicate may stand far behind a long subject', () => {
    const evs = events(
      'وقّع وزير الطاقة السعودي الأمير عبد العزيز بن سلمان، أمس الأحد في الرياض، مع نظيره الروسي ألكسندر نوفاك، اتفاقية للتعاون في مجال الطاقة.',
    );
    expect(evs.find((e) => e.trigger.startsWith('وقّع'))?.code).toBe('057');
  });
});

describe('split predicates of more than two words', () => {
  it('«وقع … مذكرة تفاهم»: the verb and the whole object phrase far behind a long subject', () => {
    const evs = events('ووقع وزير الخارجية المغربي ناصر بوريطة ونظيره الموريتاني محمد سالم ولد مرزوك مذكرة تفاهم للتعاون في مجال الطاقة.');
    expect(evs.map((e) => e.code)).toContain('057');
  });
  it('the object\'s later words name no event of their own («دعا … إلى وقف إطلاق النار» is no shooting)', () => {
    const evs = events('ودعا وزير الخارجية الأردني أيمن الصفدي إلى وقف إطلاق النار في السودان.');
    expect(evs.map((e) => e.code)).toEqual(['0256']);
  });
  it('not on the head of the object alone («إطلاق» without «النار»)', () => {
    expect(events('وأوقف الجيش إطلاق الصواريخ التجريبية على المنطقة.').some((e) => e.code.startsWith('087'))).toBe(false);
  });
});

describe('a verbal noun after a light verb', () => {
  it('«قامت القوات باعتقال …», «ردّت باستهداف …»: the noun is the act, its subject before it', () => {
    const arrest = events('وقامت الشرطة التونسية باعتقال عشرة مهاجرين في صفاقس.').find((e) => e.code.startsWith('17'));
    expect(arrest?.source).toEqual(['country:TN']);
    const reply = events('وقالت وزارة الدفاع الإيرانية إن قواتها ردت باستهداف قواعد أمريكية.').find((e) => e.code.startsWith('19'));
    expect(reply?.source).toEqual(['country:IR']);
    expect(reply?.target).toEqual(['country:US']);
  });
  it('«سارعت X إلى إدانة …», «لجأت X إلى فرض …»: the noun after «إلى» is the act of the subject before it', () => {
    const condemn = events('وسارعت تركيا إلى إدانة الهجوم الذي استهدف قافلة المساعدات.').find((e) => e.trigger === 'إدانة');
    expect(condemn?.source).toEqual(['country:TR']);
    const reject = events('وبادرت الحكومة الليبية إلى رفض قرار البرلمان.').find((e) => e.code.startsWith('12'));
    expect(reject).toBeDefined();
  });
  it('but not after a verb that only moves toward it («توجه الوفد إلى اجتماع …»)', () => {
    expect(events('وتوجه الوفد المصري إلى اجتماع الأمم المتحدة في جنيف.').some((e) => e.code.startsWith('04'))).toBe(false);
  });
  it('but a noun after «ب» with no light verb before it names no event of its own', () => {
    expect(events('وندد الوزير الفرنسي باعتقال الصحفيين في إيران.').some((e) => e.code.startsWith('17'))).toBe(false);
  });
});

describe('regret', () => {
  it('«أعربت X عن "أسفها" لـ…» disapproves (110), in Arabic and English', () => {
    const ar = events('وأعربت وزارة الخارجية الكندية عن "أسفها" لقرار الحكومة الإثيوبية.').find((e) => e.code === '110');
    expect(ar?.source).toEqual(['actor:ca-foreign-ministry']);
    expect(events('Canada regretted the Ethiopian decision on Monday.').some((e) => e.code === '110')).toBe(true);
  });
});

describe('one act told twice in a sentence', () => {
  it('is one event: the weapon after the verb is not a second strike', () => {
    const evs = events('شنت طائرات حربية إسرائيلية فجر اليوم غارات على سوريا.');
    expect(evs.filter((e) => e.code.startsWith('19'))).toHaveLength(1);
  });
});

describe('forces named by a pronoun suffix', () => {
  it.each([
    ['قواته قصفت', 'وقال الجيش الإسرائيلي إن قواته قصفت مواقع لحزب الله في جنوب لبنان.', 'actor:il-army', '190'],
    ['قواتها نفذت … ضربة', 'وأعلنت وزارة الدفاع الروسية أن قواتها نفذت ليلا "ضربة مكثفة" على مطارات عسكرية في أوكرانيا.', 'actor:ru-defense-ministry', '195'],
    ['طائراتها المسيرة استهدفت', 'وأعلنت وزارة الدفاع الروسية أن طائراتها المسيرة استهدفت مستودعات للوقود في أوكرانيا.', 'actor:ru-defense-ministry', '190'],
  ])('«%s»: the actor the clause reports acts', (_, text, source, code) => {
    const ev = events(text).find((e) => e.code === code);
    expect(ev?.source).toEqual([source]);
    expect(ev?.rule).toBe('event.possessed-subject');
  });
});

describe('nouns that name no event of their own', () => {
  it('what a denial denies is its content, not a second event', () => {
    expect(events('ونفت موسكو مراراً تزويد إيران بأسلحة متطورة.').map((e) => e.code)).toEqual(['016']);
  });

  it('a possessed abstract noun («استثماراتها») is a topic, a possessed visit after «خلال» is an event', () => {
    expect(events('وقالت شركة توتال إنها ستضاعف استثماراتها في مصر.')).toEqual([]);
    const evs = events('والتقى الرئيس الفرنسي إيمانويل ماكرون خلال زيارته إلى القاهرة الرئيس عبد الفتاح السيسي.');
    expect(evs.find((e) => e.trigger === 'زيارته')?.code).toBe('042');
  });
});

describe('acts announced, and acts in a circumstantial participle', () => {
  it('gives the act a subject announces or decides to that subject, with its object as the target', () => {
    const evs = events('أعلنت الحكومة التونسية، مساء الأحد، قطع العلاقات الدبلوماسية مع إيران.');
    expect(evs[0]).toMatchObject({ code: '161', source: ['actor:tn-government'], target: ['country:IR'] });
  });
  it('gives «، متهماً X بـ…» and «، مطالبةً X بـ…» to the clause\'s subject, with X the target', () => {
    const evs = events('انتقدت الحكومة الجزائرية القرار بشدة، متهمة المغرب بتأجيج التوتر في المنطقة.');
    expect(evs.find((e) => e.code === '112')).toMatchObject({ source: ['actor:dz-government'], target: ['country:MA'] });
    const demand = events('رأت حركة حماس أن المقترح لا يلبي شروطها، مطالبة مصر بالضغط على الطرف الآخر.');
    expect(demand.find((e) => e.code.startsWith('10'))).toMatchObject({ source: ['actor:hamas'], target: ['country:EG'] });
    // a participle that opens no circumstantial clause is no event
    expect(events('وقال إن المتهمين مثلوا أمام المحكمة.').some((e) => e.code === '112')).toBe(false);
  });
});

describe('verb-first clauses', () => {
  it('take the target after the subject, not from the subject\'s title before it', () => {
    const evs = events('وفي نيويورك، طالب الأمين العام للأمم المتحدة أنطونيو غوتيريش الحوثيين بالإفراج عن جميع الموظفين.');
    expect(evs[0]).toMatchObject({ source: ['actor:antonio-guterres'], target: ['actor:houthis'] });
  });
  it('go on with the last act\'s actor after «كما», the noun after the verb being its object', () => {
    const evs = events('وكان وزير الإعلام اليمني معمر الإرياني قد أدان، أمس الأحد، ما جرى. كما دعا الأمم المتحدة إلى نقل مقرات وكالاتها إلى عدن.');
    expect(evs.find((e) => e.code.startsWith('02'))).toMatchObject({ source: ['actor:moammar-al-eryani'], target: ['actor:united-nations'] });
  });
});

describe('light phrases of consulting and praising', () => {
  it('reads «أجرى اتصالات مع», «عقد اجتماعاً» and «أعرب عن تقديره لـ» as events', () => {
    expect(events('وأجرى المبعوث الأمريكي ريتشارد نورلاند اتصالات مع رئيس المجلس الرئاسي محمد المنفي.')[0]?.code).toBe('040');
    expect(events('وعقد مجلس الوزراء العراقي اجتماعا طارئا في بغداد.')[0]?.code).toBe('040');
    const praise = events('وأعرب الرئيس جو بايدن خلال الاتصال عن تقديره لجهود دولة قطر في الوساطة.');
    expect(praise[0]).toMatchObject({ code: '051', source: ['actor:joe-biden'], target: ['country:QA'] });
  });
});

describe('the pluperfect «وكان X قد …» and an interviewer', () => {
  it('takes the subject after «كان» past its description, and never the outlet the speaker talked to', () => {
    const evs = events('وكان قائد الإدارة السورية الجديدة أحمد الشرع، المعروف بأبي محمد الجولاني، قد دعا في مقابلة مع هيئة الإذاعة البريطانية «بي بي سي» إلى رفع العقوبات المفروضة على سوريا.');
    expect(evs).toHaveLength(1);
    expect(evs[0]).toMatchObject({ code: '020', source: ['actor:ahmed-al-sharaa'], target: ['country:SY'] });
  });
});
