// Arabic claims, construction by construction, on short made-up sentences in the styles of other
// outlets (agencies, Gulf, Levant and Maghreb dailies, ministries); the fixture articles are scored
// in scores.test.ts.
import { describe, expect, it } from 'vitest';
import { extract, type ExtractionDocument } from '../../server/extract/index.ts';

const claimWith = (doc: ExtractionDocument, words: string) => doc.claims.find((c) => c.text.includes(words));
const idOf = (doc: ExtractionDocument, name: string) =>
  doc.entities.find((e) => e.name === name || e.aliases.includes(name) || e.mentions.some((m) => m.text === name))?.id;

describe('reported speech', () => {
  it('reaches the «عن» past a long agency name with its acronym in quotes', () => {
    const doc = extract('ونقلت وكالة الأنباء السعودية الرسمية «واس» عن مصدر مسؤول قوله إن المملكة تتابع بقلق بالغ تطورات الأوضاع.');
    const c = claimWith(doc, 'المملكة تتابع بقلق');
    expect(c?.rule).toBe('claim.reported');
    expect(c?.via).toEqual(['actor:spa']);
    expect(c?.speaker).toMatch(/^actor:anon-/);
  });

  it('goes on with a participle after the reported clause, same speaker and chain', () => {
    const doc = extract(
      'ونقلت قناة الجزيرة عن مسؤول أمني عراقي قوله إن الهجوم استهدف قافلة للإمدادات، مشيرا إلى أن التحقيقات ما زالت جارية.',
    );
    const first = claimWith(doc, 'الهجوم استهدف قافلة');
    const second = claimWith(doc, 'التحقيقات ما زالت جارية');
    expect(second?.rule).toBe('claim.participle');
    expect(second?.speaker).toBe(first?.speaker);
    expect(second?.via).toEqual(['actor:al-jazeera']);
  });
});

describe('clauses that open a second claim of the same speaker', () => {
  it.each([
    ['لكنه أضاف', 'وقال الرئيس الجزائري عبد المجيد تبون إن الحوار هو السبيل الوحيد، لكنه أضاف أن الجزائر لن تقبل أي تدخل في شؤونها.'],
    ['لكنه رأى', 'وقال الرئيس الجزائري عبد المجيد تبون إن الحوار هو السبيل الوحيد، لكنه رأى أن الجزائر لن تقبل أي تدخل في شؤونها.'],
  ])('«%s» after a claim is its own claim by the same speaker', (_, text) => {
    const doc = extract(text);
    const first = claimWith(doc, 'الحوار هو السبيل');
    const second = claimWith(doc, 'لن تقبل أي تدخل');
    expect(first?.text).not.toContain('لن تقبل');
    expect(second?.speaker).toBe('actor:abdelmadjid-tebboune');
  });

  it('«حيث أكد X» inside a spokesman\'s report is X speaking through the spokesman', () => {
    const doc = extract(
      'وقال المتحدث باسم الرئاسة الفرنسية جان لوك مارتان إن الاتصال تناول الأوضاع في لبنان، حيث أكد الرئيس إيمانويل ماكرون ضرورة التوصل إلى وقف لإطلاق النار.',
    );
    const inner = claimWith(doc, 'ضرورة التوصل');
    expect(inner?.speaker).toBe('actor:emmanuel-macron');
    expect(inner?.via).toHaveLength(1);
    expect(inner?.via[0]).toBe(claimWith(doc, 'الاتصال تناول')?.speaker);
  });
});

describe('verbs and participles that take their content without أن', () => {
  it('«أعرب عن», «دعا إلى»: the content follows the verb\'s preposition', () => {
    const doc = extract('ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش جميع الأطراف إلى ضبط النفس وتجنب التصعيد.');
    const c = claimWith(doc, 'ضبط النفس');
    expect(c?.rule).toBe('claim.prep');
    expect(c?.speaker).toBe('actor:antonio-guterres');
    expect(c?.text.startsWith('ضبط النفس')).toBe(true);
  });

  it('«أعرب عن» does not run on to a later participle\'s أن', () => {
    const doc = extract('وأعرب الرئيس الجزائري عبد المجيد تبون عن قلقه البالغ من التصعيد، مؤكدا أن بلاده ستواصل جهود الوساطة.');
    expect(claimWith(doc, 'قلقه البالغ')?.speaker).toBe('actor:abdelmadjid-tebboune');
    expect(claimWith(doc, 'ستواصل جهود الوساطة')?.speaker).toBe('actor:abdelmadjid-tebboune');
  });

  it('«مجددا رفض …», «مشددا على …»: a participle with an object is a claim of the main speaker', () => {
    const doc = extract('وقال الرئيس الجزائري عبد المجيد تبون إن بلاده تدعم الحل السياسي، مجددا رفض الجزائر القاطع لأي تدخل عسكري.');
    const c = claimWith(doc, 'رفض الجزائر القاطع');
    expect(c?.rule).toBe('claim.participle-object');
    expect(c?.speaker).toBe('actor:abdelmadjid-tebboune');
  });

  it.each([
    ['داعيا إلى', 'وقال الرئيس الجزائري عبد المجيد تبون إن بلاده تدعم الحل السياسي، داعيا إلى حوار شامل بين الفرقاء.'],
    ['داعيا X إلى', 'وقال الرئيس الجزائري عبد المجيد تبون إن بلاده تدعم الحل السياسي، داعيا الفرقاء الليبيين إلى حوار شامل.'],
  ])('«%s …» states a call, not a claim', (_, text) => {
    const doc = extract(text);
    expect(claimWith(doc, 'حوار شامل')).toBeUndefined();
    expect(claimWith(doc, 'تدعم الحل السياسي')?.speaker).toBe('actor:abdelmadjid-tebboune');
  });

  it('«وصفه بأنه»: the description is the claim, of the sentence\'s earlier subject', () => {
    const doc = extract('دان الرئيس الفرنسي إيمانويل ماكرون الهجوم، ووصفه بأنه "عمل إرهابي جبان".');
    const c = claimWith(doc, 'عمل إرهابي جبان');
    expect(c?.speaker).toBe('actor:emmanuel-macron');
  });
});

describe('the chain through another outlet', () => {
  it('«في مقابلة مع شبكة «سي إن إن»»: the words reach the article through the outlet', () => {
    const doc = extract('وقال الرئيس الفرنسي إيمانويل ماكرون في مقابلة مع شبكة «سي إن إن» إن أوروبا يجب أن تعتمد على نفسها في الدفاع.');
    const c = claimWith(doc, 'أوروبا يجب');
    expect(c?.speaker).toBe('actor:emmanuel-macron');
    expect(c?.via).toEqual([idOf(doc, 'سي إن إن')]);
  });

  it('words said to the article\'s own outlet («لـ"الخليج"») have no chain', () => {
    const doc = extract('وقال الرئيس الفرنسي إيمانويل ماكرون لـ«الخليج» إن أوروبا يجب أن تعتمد على نفسها في الدفاع.');
    expect(claimWith(doc, 'أوروبا يجب')?.via).toEqual([]);
  });
});

describe('quotations across sentences', () => {
  it('each sentence of a running quote carries its own claim, by the same speaker', () => {
    const doc = extract(
      'وقال الرئيس الجزائري عبد المجيد تبون: "لن نسمح بأي مساس بسيادتنا. وسنرد على كل استفزاز بالحزم اللازم".',
    );
    const first = claimWith(doc, 'لن نسمح');
    const second = claimWith(doc, 'وسنرد على كل استفزاز');
    expect(first?.text).not.toContain('وسنرد');
    expect(second?.rule).toBe('claim.continued');
    expect(second?.speaker).toBe('actor:abdelmadjid-tebboune');
    expect(second?.sentence).toBe((first?.sentence ?? 0) + 1);
  });
});

describe('speakers the lexicon does not know', () => {
  it.each([
    ['«الناطق باسمه»', 'أصدر الاتحاد العام التونسي للشغل بيانا. وقال الناطق باسمه سامي الطاهري لـ"الشروق" إن الإضراب سيتواصل.', 'سامي الطاهري'],
    [
      'a title, an organisation with its acronym in quotes',
      'وقال المتحدث باسم بعثة الأمم المتحدة الخاصة في ليبيا «أونسميل» جان العلم إن الحوار سيستأنف الأسبوع المقبل.',
      'جان العلم',
    ],
  ])('%s: the person named after the title speaks', (_, text, name) => {
    const doc = extract(text);
    const id = idOf(doc, name);
    expect(id).toBeDefined();
    expect(doc.claims.at(-1)?.speaker).toBe(id);
  });
});

describe('organisations named in quotes after their head noun', () => {
  it('«بنك "جي بي مورغان"» also goes by the quoted name, the one other articles use', () => {
    const doc = extract('وتوقع بنك «جي بي مورغان» في مذكرة للعملاء أن يرتفع سعر خام برنت إلى 90 دولارا.');
    const bank = doc.entities.find((e) => e.aliases.includes('جي بي مورغان'));
    expect(bank?.type).toBe('ORGANIZATION');
    expect(doc.claims[0]?.speaker).toBe(bank?.id);
  });
});

describe('where one claim ends and the next begins', () => {
  it('«، وهو ما وصفه X بأنه "عار"»: the description is X\'s claim, even of one quoted word', () => {
    const doc = extract('وأعلنت الحكومة الإسرائيلية توسيع الاستيطان في الضفة الغربية، وهو ما وصفه الرئيس الفرنسي إيمانويل ماكرون بأنه "خطأ".');
    const c = doc.claims.find((x) => x.text === 'خطأ');
    expect(c?.speaker).toBe('actor:emmanuel-macron');
  });

  it('«نفت X …، فيما قال Y إن …»: the denial\'s content stops where Y\'s report opens', () => {
    const doc = extract('ونفت طهران مراراً تزويد روسيا بطائرات مسيرة، فيما قال الكرملين إن التعاون مع إيران "شأن ثنائي".');
    expect(claimWith(doc, 'شأن ثنائي')?.speaker).toBe('actor:ru-presidency');
    expect(claimWith(doc, 'تزويد روسيا')?.text).not.toContain('الكرملين');
  });

  it('«مشروع قرار يدعو إلى …»: a present verb describing a noun has no speaker of its own', () => {
    const doc = extract('وقال الرئيس الفرنسي إيمانويل ماكرون إن بلاده ستقدم مشروع قرار يدعو إلى وقف فوري لإطلاق النار.');
    expect(doc.claims).toHaveLength(1);
    expect(doc.claims[0]?.speaker).toBe('actor:emmanuel-macron');
  });

  it('«مضيفا "…"»: a quotation right after the participle is its content', () => {
    const doc = extract('وقال الرئيس الفرنسي إيمانويل ماكرون إن الوضع خطير، مضيفا "لن نقف مكتوفي الأيدي".');
    expect(claimWith(doc, 'لن نقف مكتوفي الأيدي')?.rule).toBe('claim.participle');
  });

  it('«في بيان على منصة "تلغرام"، …»: a quoted platform name inside a circumstance is not the content', () => {
    const doc = extract('ونفت حركة حماس، في بيان على منصة "تلغرام"، مسؤوليتها عن إطلاق الصواريخ.');
    const c = doc.claims[0];
    expect(c?.text).toContain('مسؤوليتها عن إطلاق الصواريخ');
    expect(c?.speaker).toBe(idOf(doc, 'حماس'));
  });
});

describe('participles after a clause with its own subject', () => {
  it('goes with the person a «فيما» clause names, not with the earlier speaker', () => {
    const doc = extract(
      'وقالت وزيرة الخارجية سلمى الحسن إن المحادثات كانت صريحة، فيما رحب السفير الأردني لدى الرباط خالد المومني بالنتائج، معتبرا أنها "خطوة أولى مهمة".',
    );
    expect(claimWith(doc, 'خطوة أولى مهمة')?.speaker).toBe(idOf(doc, 'خالد المومني'));
    expect(claimWith(doc, 'المحادثات كانت صريحة')?.speaker).toBe(idOf(doc, 'سلمى الحسن'));
  });
});

describe('a statement that speaks for its issuer', () => {
  it('gives «وأضاف البيان أن …» to whoever was last reported, whatever the verb\'s gender', () => {
    const doc = extract(
      'وقالت وزارة الخارجية القطرية في بيان إن الدوحة تتابع الأوضاع عن كثب. وأضاف البيان أن "الحوار هو السبيل الوحيد".',
    );
    const c = claimWith(doc, 'الحوار هو السبيل الوحيد');
    expect(c?.rule).toBe('claim.document');
    expect(c?.speaker).toBe(claimWith(doc, 'الدوحة تتابع')?.speaker);
    expect(c?.speaker).toBeTruthy();
  });
});

describe('anonymous sources', () => {
  it('speak when their verb follows them, also after «غير أن» and with a nationality inside the phrase', () => {
    const doc = extract('ولم يعلق الجيش على الغارات، غير أن مصادر عراقية مطلعة أكدت لـ«المدى» أن القصف طال مخازن للأسلحة.');
    expect(claimWith(doc, 'القصف طال مخازن')?.speaker).toBe('actor:anon-sources-iq');
  });
  it('are read in the dual and in the accusative after «لكن», with the verb after their affiliation', () => {
    const dual = extract('ونقلت وكالة رويترز عن مصدرين أمنيين قولهما إن الهجوم نُفذ بطائرات مسيرة.');
    expect(claimWith(dual, 'الهجوم نُفذ')?.speaker).toMatch(/^actor:anon-sources/);
    expect(claimWith(dual, 'الهجوم نُفذ')?.via).toEqual(['actor:reuters']);
    const after = extract('ولم تعلق الحكومة رسمياً، لكن مصدراً في وزارة الخارجية قال إن البلاد ترفض أي تدخل في شؤونها.');
    expect(claimWith(after, 'البلاد ترفض أي تدخل')?.speaker).toMatch(/^actor:anon-sources/);
  });
});

describe('a joint statement', () => {
  it('speaks through the first of the leaders who issued it, in the plural and as «البيان»', () => {
    const doc = extract('أصدر الشيخ تميم بن حمد آل ثاني والرئيس عبدالفتاح السيسي والرئيس جو بايدن بيانا مشتركا، أكدوا فيه أن المحادثات كانت جادة وبناءة.\nوأوضح البيان أن الوسطاء قدموا مقترحا جديدا.');
    expect(claimWith(doc, 'المحادثات كانت جادة')?.speaker).toBe('actor:tamim-bin-hamad-al-thani');
    expect(claimWith(doc, 'الوسطاء قدموا')?.speaker).toBe('actor:tamim-bin-hamad-al-thani');
  });
});

describe('a speaker with its acronym in brackets', () => {
  it('reaches the complementizer or the verb\'s preposition past the brackets', () => {
    const who = extract('وقالت منظمة الصحة العالمية (WHO) إن المستشفيات تعمل بأقل من طاقتها.');
    expect(claimWith(who, 'المستشفيات تعمل')).toMatchObject({ speaker: 'actor:who', text: 'المستشفيات تعمل بأقل من طاقتها' });
    const unama = extract('وأعربت بعثة الأمم المتحدة لمساعدة أفغانستان (يوناما) عن قلقها من سقوط ضحايا مدنيين.');
    expect(claimWith(unama, 'سقوط ضحايا')).toMatchObject({ speaker: 'actor:unama', text: 'قلقها من سقوط ضحايا مدنيين' });
  });
});

describe('what a speaker called something, and whom it held responsible', () => {
  it('reads «ما وصفه بـ"…"» before a comma, and «، محمّلاً X …» / «، متهماً X بـ…» as the same speaker\'s', () => {
    const doc = extract('وأدان الوزير معمر الإرياني ما وصفه بـ"الاختطاف الممنهج"، محمّلا الحوثيين "المسؤولية الكاملة" عن حياة المحتجزين.');
    expect(claimWith(doc, 'الاختطاف الممنهج')?.speaker).toBe('actor:moammar-al-eryani');
    expect(claimWith(doc, 'المسؤولية الكاملة')?.speaker).toBe('actor:moammar-al-eryani');
    const accuse = extract('وأعلنت الحكومة التونسية قطع العلاقات مع إيران، متهمة طهران بالتدخل في شؤونها الداخلية.');
    expect(claimWith(accuse, 'بالتدخل في شؤونها')?.speaker).toBe('actor:tn-government');
  });
});
