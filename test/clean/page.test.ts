// The page-level article extractor (page/* rules): on a whole scraped page it keeps the
// article and removes the chrome around it, each removal with its id and reason; on
// article-only input it removes only a comment thread below the article. Pages here are invented in the
// genre's style.
import { describe, expect, it } from 'vitest';
import { clean, restore } from '../../src/clean/index.js';
import { editViolation } from './support/invariants.js';

// prettier-ignore
const MENU = ['Home', 'World', 'Politics', 'Business', 'Tech', 'Science', 'Health', 'Sport', 'Culture', 'Opinion', 'Video', 'Podcasts', 'Newsletters', 'Sign in', 'Subscribe', 'Search'];
const TITLE = 'Port workers in Valdora end strike after pay deal - The Daily Ledger';
const BODY = [
  'Dock workers at the port of Valdora returned to work on Thursday after their union accepted a two-year pay deal, ending a nine-day strike that had left dozens of container ships waiting offshore.',
  'The agreement raises wages by 6 percent this year and a further 4 percent next year, the union said in a statement, and adds a bonus for night shifts that workers had demanded since the spring.',
  'What changes for shippers',
  'Port officials said the backlog of ships would take about a week to clear, and that priority would go to vessels carrying food and medical supplies.',
  '“We are relieved that the port is moving again, but the losses of the last nine days will not be recovered quickly,” said Mara Olen, who heads the regional exporters’ association.',
  'The strike was the longest at the port since 2009, when a dispute over pensions halted work for two weeks.',
];
// prettier-ignore
const AFTER = ['Related stories', 'Valdora port traffic hits record high', 'Union leaders meet minister over pensions', 'Shipping rates climb as strikes spread',
  'Comments', 'J. Fenn', 'About time they settled this.', 'Reply', 'Privacy Policy', 'Terms of Use', 'Contact Us', 'About Us', 'Advertise', 'Careers', '© 2024 The Daily Ledger. All rights reserved.'];

const page = [TITLE, ...MENU, ...BODY, 'Share', 'Facebook', 'Twitter', 'Email', ...AFTER].join('\n\n');

describe('page extractor on a whole page', () => {
  const result = clean(page);

  it('keeps every line of the article, the subheading between body paragraphs included', () => {
    for (const line of BODY) expect(result.text).toContain(line);
  });

  it('removes the menu, the related list, the comments and the footer', () => {
    // Recall first: the menu line right before the article may stay (the region's edge).
    for (const line of [...MENU.slice(0, -1), ...AFTER.slice(1)]) expect(result.text.split('\n\n')).not.toContain(line);
  });

  it('records each page-level removal under a page/ id with its reason', () => {
    const pageEdits = result.edits.filter((e) => e.rule.startsWith('page/'));
    expect(pageEdits.length).toBeGreaterThan(0);
    for (const e of pageEdits) {
      expect([
        'page/before-article',
        'page/after-article',
        'page/inside-article',
        'page/comments',
        'page/related',
      ]).toContain(e.rule);
      expect(e.reason).toMatch(/tokens?.*(before|after|inside|heading)/);
    }
    expect(pageEdits.find((e) => e.before.includes('Politics'))?.rule).toBe('page/before-article');
  });

  it('restores exactly and keeps every edit invariant', () => {
    expect(restore(result)).toBe(page);
    expect(editViolation(page, result)).toBeNull();
  });

  it('can be switched off as a whole or by id', () => {
    expect(clean(page, { disable: ['page/'] }).edits.some((e) => e.rule.startsWith('page/'))).toBe(false);
    expect(clean(page, { disable: ['page/before-article'] }).text).toContain('Politics');
  });
});

describe('page extractor leaves article-only input alone', () => {
  const article = [...BODY, 'He resigned.', 'No concessions', 'Talks resume in January.'].join('\n\n');
  it.each([
    ['an article with short lines at the end', article],
    ['an article with a short line at the start', ['Analysis', ...BODY].join('\n\n')],
  ])('%s', (_why, raw) => {
    expect(clean(raw).edits.filter((e) => e.rule.startsWith('page/'))).toEqual([]);
  });
});

describe('a lean page: its <title> line and the headline printed again make it a whole page', () => {
  const HEADLINE = 'Port workers in Valdora end strike after pay deal';
  // prettier-ignore
  const LEAN_MENU = ['Home', 'News', 'Sport', 'Weather', 'Contact'];
  const LEAN_FOOTER = ['About us', 'Privacy', 'Advertise'];
  it.each([
    ['the site after the headline', `${HEADLINE} | The Daily Ledger`],
    ['the site before the headline', `The Daily Ledger - ${HEADLINE}`],
  ])('with %s: the menu and the footer go, the article stays', (_why, title) => {
    const raw = [title, ...LEAN_MENU, HEADLINE, ...BODY, ...LEAN_FOOTER].join('\n\n');
    const result = clean(raw);
    for (const line of BODY) expect(result.text).toContain(line);
    const lines = result.text.split('\n\n');
    for (const line of [...LEAN_MENU, ...LEAN_FOOTER]) expect(lines).not.toContain(line);
    expect(restore(result)).toBe(raw);
  });
  it('a results list under a headline that is no <title> pair stays whole', () => {
    // prettier-ignore
    const results = ['SOCCER - VALDORA LEAGUE RESULTS', 'Results of Valdora league matches', 'played on Saturday:',
      'Harbour 2 Northgate 1', 'Mill Town 0 Rovers 0', 'Eastfield 3 Quay 2', 'Port United 1 Old Boys 1',
      'Standings:', 'Harbour 9', 'Rovers 7', 'Eastfield 6', 'Quay 4', 'Old Boys 2'];
    const raw = results.join('\n\n');
    expect(clean(raw).edits.filter((e) => e.rule.startsWith('page/'))).toEqual([]);
  });
});

describe('on article-only input, a comment thread below the article goes', () => {
  const article = BODY.join('\n\n');
  // [why, what follows the article, lines that must go, lines that must stay]
  // prettier-ignore
  const THREADS: ReadonlyArray<readonly [string, readonly string[], readonly string[], readonly string[]]> = [
    ['names, comments and Reply lines under "Comments"',
      ['Comments', 'J. Fenn', 'About time they settled this, the ships waited long enough.', 'Reply', 'Rosa M.', 'Who pays for the delays now?', 'Reply'],
      ['J. Fenn', 'About time they settled this, the ships waited long enough.', 'Who pays for the delays now?', 'Reply'], []],
    ['a count heading with time stamps and like buttons',
      ['3 comments', 'Tom K', '2 hours ago', 'The union got a fair deal in the end.', 'Like · Reply'],
      ['Tom K', '2 hours ago', 'The union got a fair deal in the end.', 'Like · Reply'], []],
    ['a Portuguese thread (Responder)',
      ['Comentários', 'Ana Souza', 'Finalmente um acordo justo para os trabalhadores do porto.', 'Responder'],
      ['Ana Souza', 'Finalmente um acordo justo para os trabalhadores do porto.'], []],
    // Negatives: the article's own "Reactions" section, and a heading with no thread shape.
    ['an article section headed "Reactions" (no comment controls): stays',
      ['Reactions', 'The exporters’ association welcomed the deal and said it would review its forecasts.', 'Shipping companies said they expected rates to fall again by the end of the month.'],
      [], ['The exporters’ association welcomed the deal and said it would review its forecasts.', 'Shipping companies said they expected rates to fall again by the end of the month.']],
    ['a comments heading with no controls or time stamps: the paragraph after it stays',
      ['Comments', 'The port authority will publish its review of the strike in January.'],
      [], ['The port authority will publish its review of the strike in January.']],
  ];
  it.each(THREADS)('%s', (_why, after, gone, kept) => {
    const raw = [article, ...after].join('\n\n');
    const result = clean(raw);
    const lines = result.text.split('\n\n');
    for (const line of BODY) expect(result.text).toContain(line);
    for (const line of gone) expect(lines).not.toContain(line);
    for (const line of kept) expect(lines).toContain(line);
    if (gone.length) expect(result.edits.some((e) => e.rule === 'page/comments')).toBe(true);
    expect(restore(result)).toBe(raw);
  });
});

describe('the article language comes from its body', () => {
  // prettier-ignore
  const portuguese = [
    'Menu', 'Início', 'Política',
    'O governo anunciou nesta quinta-feira um novo pacote de medidas para conter a alta dos preços dos alimentos, que inclui a redução de impostos sobre a cesta básica.',
    'Segundo o ministro da Fazenda, as medidas devem entrar em vigor no próximo mês e terão um custo estimado de 12 bilhões de reais por ano para os cofres públicos.',
    'A oposição criticou o anúncio e disse que o governo demorou a agir diante da inflação, que já acumula alta de 8 por cento nos últimos doze meses.',
  ].join('\n\n');

  it('keeps a Portuguese article in Portuguese (default hint eng) and reports por', () => {
    const result = clean(portuguese);
    expect(result.metadata.language).toBe('por');
    expect(result.edits.filter((e) => e.category === 'foreign-language')).toEqual([]);
    expect(result.text).toContain('A oposição criticou o anúncio');
  });

  it('still removes a passage in another language than the body', () => {
    const raw = `${BODY.join('\n\n')}\n\nБайден выразил сожаление, что не смог увидеться лично с Путиным на этой неделе.`;
    const result = clean(raw);
    expect(result.metadata.language).toBe('eng');
    expect(result.edits.find((e) => e.category === 'foreign-language')?.language).toBe('rus');
  });

  // A script the detector names by itself (Bengali here): a paragraph of it in an English
  // article is a foreign passage in that language; a name in it inside an English sentence is not.
  const BENGALI_QUOTE = 'মন্ত্রী বলেন, বন্দরের কাজ আবার শুরু হওয়ায় আমরা স্বস্তি পেয়েছি, তবে ক্ষতি পুষিয়ে নিতে সময় লাগবে।';
  it.each([
    ['a Bengali paragraph', BENGALI_QUOTE, 'ben'],
    [
      'an English sentence quoting a Bengali name',
      'The minister, who spoke to reporters in বন্দর নগরী on Friday, said the port would reopen.',
      undefined,
    ],
  ])('in an English article, %s', (_what, paragraph, removedAs) => {
    const result = clean([BODY[0]!, paragraph, BODY[1]!, BODY[3]!].join('\n\n'));
    expect(result.metadata.language).toBe('eng');
    expect(result.edits.find((e) => e.category === 'foreign-language')?.language).toBe(removedAs);
    expect(result.text.includes(paragraph)).toBe(removedAs === undefined);
  });

  // A short article in another script, framed by English chrome: a cookie banner above, link
  // lists and a copyright line below, long enough together to outweigh a brief's paragraphs.
  // The main run of prose decides (the chrome is not part of it), and a Han, Kana or Hangul
  // character weighs what it says (three or two Latin letters), not one.
  const COOKIES =
    'This site relies on cookies to give readers a smoother visit, to tailor the adverts and content shown, and to count traffic. Keep browsing and you accept that they are set.';
  // prettier-ignore
  const FOOTER = ['Related articles', 'Scientists discover a new species of frog in the rainforest', 'Stock markets fall for a third day as investors weigh the outlook',
    'Share on Facebook', 'Privacy Policy', 'Contact Us', '© 2024 Example Media Group. All rights reserved. Reproduction without permission is prohibited.'];
  const framed = (body: readonly string[]) => [COOKIES, ...MENU, ...body, ...FOOTER].join('\n');
  const BRIEFS: ReadonlyArray<readonly [string, readonly string[]]> = [
    [
      'cmn',
      [
        '总理周二表示，政府将通过能源和食品方面的新措施支持家庭。',
        '据财政部称，这些措施在未来六个月内的成本将达到八亿美元。',
        '部长在首都举行的新闻发布会上说：“我们不会让任何人掉队。”',
        '反对派批评这些措施不够充分，并要求永久降低基本商品的税收。',
        '市场反应积极，股市收盘上涨百分之一点二。',
      ],
    ],
    [
      'jpn',
      [
        '首相は火曜日、政府がエネルギーと食料の分野で新たな措置を講じ、家計を支援すると述べた。',
        '財務省によると、措置の費用は今後6か月で8億ドルに達する見通しだ。',
        '大臣は首都で開いた記者会見で「誰一人取り残さない」と語った。',
        '野党は措置が不十分だと批判し、生活必需品にかかる税の恒久的な引き下げを求めた。',
        '市場は好意的に反応し、株式市場は1.2%高で取引を終えた。',
      ],
    ],
    [
      'kor',
      [
        '총리는 화요일 정부가 에너지와 식품 분야의 새로운 대책으로 가계를 지원할 것이라고 밝혔다.',
        '재무부에 따르면 이번 대책의 비용은 향후 6개월 동안 8억 달러에 이를 것으로 보인다.',
        '장관은 수도에서 열린 기자회견에서 "아무도 뒤처지게 하지 않겠다"고 말했다.',
        '야당은 이번 대책이 불충분하다고 비판하며 생필품에 대한 세금의 영구적인 인하를 요구했다.',
        '시장은 긍정적으로 반응했으며 증시는 1.2% 상승 마감했다.',
      ],
    ],
    [
      'ell',
      [
        'Ο πρωθυπουργός δήλωσε την Τρίτη ότι η κυβέρνηση θα στηρίξει τα νοικοκυριά με νέα μέτρα για την ενέργεια και τα τρόφιμα.',
        'Σύμφωνα με το υπουργείο Οικονομικών, το κόστος των μέτρων θα φτάσει τα 800 εκατομμύρια ευρώ μέσα στο επόμενο εξάμηνο.',
        '«Δεν θα αφήσουμε κανέναν πίσω», είπε ο υπουργός σε συνέντευξη Τύπου στην Αθήνα.',
        'Η αντιπολίτευση επέκρινε τα μέτρα ως ανεπαρκή και ζήτησε μόνιμη μείωση του ΦΠΑ στα βασικά αγαθά.',
        'Οι αγορές αντέδρασαν θετικά, με το χρηματιστήριο να κλείνει με άνοδο 1,2%.',
      ],
    ],
    [
      'arb',
      [
        'أعلن رئيس الوزراء يوم الثلاثاء أن الحكومة ستدعم الأسر بإجراءات جديدة في مجالي الطاقة والغذاء.',
        'وبحسب وزارة المالية، فإن تكلفة هذه الإجراءات ستصل إلى 800 مليون دولار خلال الأشهر الستة المقبلة.',
        'وقال الوزير في مؤتمر صحفي في العاصمة: "لن نترك أحدا خلفنا".',
        'وانتقدت المعارضة هذه الإجراءات واعتبرتها غير كافية، وطالبت بخفض دائم للضرائب على السلع الأساسية.',
        'وتفاعلت الأسواق بشكل إيجابي، إذ أغلقت البورصة على ارتفاع بنسبة 1.2 في المئة.',
      ],
    ],
    [
      'hin',
      [
        'प्रधानमंत्री ने मंगलवार को कहा कि सरकार ऊर्जा और भोजन के क्षेत्र में नए उपायों से परिवारों की मदद करेगी।',
        'वित्त मंत्रालय के अनुसार, इन उपायों की लागत अगले छह महीनों में 800 मिलियन डॉलर तक पहुंच जाएगी।',
        'मंत्री ने राजधानी में एक संवाददाता सम्मेलन में कहा, "हम किसी को पीछे नहीं छोड़ेंगे।"',
        'विपक्ष ने इन उपायों को अपर्याप्त बताते हुए उनकी आलोचना की और बुनियादी वस्तुओं पर करों में स्थायी कटौती की मांग की।',
        'बाजारों ने सकारात्मक प्रतिक्रिया दी और शेयर बाजार 1.2 प्रतिशत की बढ़त के साथ बंद हुआ।',
      ],
    ],
    [
      'npi',
      [
        'प्रधानमन्त्रीले मङ्गलबार सरकारले ऊर्जा र खाद्यान्नका नयाँ उपायमार्फत परिवारहरूलाई सहयोग गर्ने बताउनुभयो।',
        'अर्थ मन्त्रालयका अनुसार यी उपायको लागत आगामी छ महिनामा ८० करोड डलर पुग्नेछ।',
        'मन्त्रीले राजधानीमा आयोजित पत्रकार सम्मेलनमा भन्नुभयो, "हामी कसैलाई पछाडि छोड्ने छैनौँ।"',
        'विपक्षी दलहरूले यी उपायहरू अपर्याप्त भएको भन्दै आधारभूत वस्तुमा करको स्थायी कटौतीको माग गरेका छन्।',
        'बजारले सकारात्मक प्रतिक्रिया दियो र सेयर बजार १.२ प्रतिशतको वृद्धिसहित बन्द भयो।',
      ],
    ],
    [
      'tha',
      [
        'นายกรัฐมนตรีกล่าวเมื่อวันอังคารว่ารัฐบาลจะช่วยเหลือครัวเรือนด้วยมาตรการใหม่ด้านพลังงานและอาหาร',
        'ตามข้อมูลของกระทรวงการคลัง ค่าใช้จ่ายของมาตรการจะสูงถึง 800 ล้านดอลลาร์ในช่วงหกเดือนข้างหน้า',
        'รัฐมนตรีกล่าวในการแถลงข่าวที่เมืองหลวงว่า "เราจะไม่ทิ้งใครไว้ข้างหลัง"',
        'ฝ่ายค้านวิจารณ์ว่ามาตรการดังกล่าวไม่เพียงพอ และเรียกร้องให้ลดภาษีสินค้าจำเป็นอย่างถาวร',
        'ตลาดตอบรับในเชิงบวก โดยตลาดหุ้นปิดบวก 1.2 เปอร์เซ็นต์',
      ],
    ],
    [
      'ukr',
      [
        "Прем'єр-міністр у вівторок заявив, що уряд підтримає домогосподарства новими заходами у сфері енергетики та продовольства.",
        'За даними Міністерства фінансів, вартість заходів сягне 800 мільйонів доларів протягом наступних шести місяців.',
        '«Ми нікого не залишимо позаду», — сказав міністр на пресконференції у столиці.',
        'Опозиція розкритикувала заходи як недостатні та вимагала постійного зниження податків на основні товари.',
        'Ринки відреагували позитивно, біржа закрилася зростанням на 1,2 відсотка.',
      ],
    ],
    [
      'ben',
      [
        'প্রধানমন্ত্রী মঙ্গলবার বলেছেন, সরকার জ্বালানি ও খাদ্যের ক্ষেত্রে নতুন পদক্ষেপের মাধ্যমে পরিবারগুলোকে সহায়তা করবে।',
        'অর্থ মন্ত্রণালয়ের হিসাব অনুযায়ী, আগামী ছয় মাসে এসব পদক্ষেপে খরচ হবে ৮০ কোটি ডলার।',
        'রাজধানীতে এক সংবাদ সম্মেলনে মন্ত্রী বলেন, "আমরা কাউকে পিছনে ফেলে যাব না।"',
        'বিরোধী দল এসব পদক্ষেপকে অপর্যাপ্ত বলে সমালোচনা করেছে এবং নিত্যপ্রয়োজনীয় পণ্যের ওপর কর স্থায়ীভাবে কমানোর দাবি জানিয়েছে।',
        'বাজার ইতিবাচক সাড়া দিয়েছে, শেয়ারবাজার ১.২ শতাংশ বেড়ে দিন শেষ করেছে।',
      ],
    ],
    [
      'amh',
      [
        'ጠቅላይ ሚኒስትሩ ማክሰኞ እንደተናገሩት መንግሥት በኃይልና በምግብ ዘርፍ በሚወሰዱ አዳዲስ እርምጃዎች ቤተሰቦችን ይደግፋል።',
        'የገንዘብ ሚኒስቴር እንዳስታወቀው የእርምጃዎቹ ወጪ በሚቀጥሉት ስድስት ወራት 800 ሚሊዮን ዶላር ይደርሳል።',
        'ሚኒስትሩ በዋና ከተማዋ በሰጡት ጋዜጣዊ መግለጫ "ማንንም ወደ ኋላ አንተውም" ብለዋል።',
        'ተቃዋሚ ፓርቲዎች እርምጃዎቹ በቂ አይደሉም በማለት ተችተዋል፤ በመሠረታዊ ሸቀጦች ላይ የሚጣለው ግብር በቋሚነት እንዲቀነስም ጠይቀዋል።',
        'ገበያው በአዎንታዊ መልኩ ምላሽ የሰጠ ሲሆን የአክሲዮን ገበያው በ1.2 በመቶ ጭማሪ ተዘግቷል።',
      ],
    ],
  ];

  it.each(BRIEFS)('keeps a bare brief in %s, every paragraph, and reports its language', (language, body) => {
    const raw = body.join('\n\n');
    const result = clean(raw);
    expect(result.metadata.language).toBe(language);
    expect(result.text).toBe(raw);
  });

  it.each(BRIEFS)('keeps a brief in %s framed by English chrome, and reports its language', (language, body) => {
    const result = clean(framed(body));
    expect(result.metadata.language).toBe(language);
    for (const paragraph of body) expect(result.text).toContain(paragraph);
    expect(result.text).not.toContain(COOKIES);
  });

  // A whole page in the article's own language: its menus (twice, as sites repeat them), a
  // cookie notice, related headlines and footer links go, by the page extractor, whatever the
  // script; the article stays. (Devanagari words keep their vowel signs; । ends a sentence; a
  // Thai word is about four characters, so Thai menus are short.)
  const NATIVE_CHROME: ReadonlyArray<
    readonly [string, { title: string; more: string; menu: string[]; cookie: string; after: string[] }]
  > = [
    [
      'hin',
      {
        title: 'सरकार ने महंगाई से निपटने के लिए नए उपायों की घोषणा की',
        more: 'समाचार',
        menu: ['होम', 'देश', 'विदेश', 'राजनीति', 'व्यापार', 'खेल', 'मनोरंजन', 'खोजें'],
        cookie: 'हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं। ब्राउज़िंग जारी रखकर आप इसके लिए सहमति देते हैं।',
        after: [
          'यह भी पढ़ें',
          'ईंधन की कीमतों में फिर बढ़ोतरी',
          'दक्षिणी क्षेत्र में 4.5 तीव्रता का भूकंप',
          'जनवरी से पेंशन में क्या बदलेगा',
          'हमारे बारे में',
          'विज्ञापन',
          'उपयोग की शर्तें',
          'संपर्क करें',
          'न्यूज़लेटर',
          '© 2024 सर्वाधिकार सुरक्षित',
        ],
      },
    ],
    [
      'ell',
      {
        title: 'Η κυβέρνηση ανακοίνωσε νέα μέτρα για την ακρίβεια',
        more: 'ειδήσεις',
        menu: ['Αρχική', 'Ελλάδα', 'Κόσμος', 'Πολιτική', 'Οικονομία', 'Αθλητισμός', 'Πολιτισμός', 'Αναζήτηση'],
        cookie:
          'Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας. Συνεχίζοντας την περιήγηση αποδέχεστε τη χρήση τους.',
        after: [
          'Διαβάστε επίσης',
          'Νέα αύξηση στις τιμές των καυσίμων',
          'Σεισμός 4,5 Ρίχτερ στην Κρήτη',
          'Τι αλλάζει στις συντάξεις από τον Ιανουάριο',
          'Ποιοι είμαστε',
          'Διαφήμιση',
          'Όροι χρήσης',
          'Επικοινωνία',
          'Newsletter',
          '© 2024 Example Media. Με την επιφύλαξη παντός δικαιώματος.',
        ],
      },
    ],
    [
      'cmn',
      {
        title: '政府宣布应对物价上涨的新措施',
        more: '新闻',
        menu: ['首页', '国内', '国际', '财经', '体育', '文化', '旅游', '搜索'],
        cookie: '本网站使用cookie以改善您的体验。继续浏览即表示您同意使用cookie。',
        after: [
          '相关新闻',
          '燃油价格再次上涨',
          '南部地区发生4.5级地震',
          '明年一月起养老金有哪些变化',
          '关于我们',
          '广告服务',
          '使用条款',
          '联系我们',
          '订阅',
          '© 2024 示例传媒 版权所有',
        ],
      },
    ],
    [
      'arb',
      {
        title: 'الحكومة تعلن عن إجراءات جديدة لمواجهة ارتفاع الأسعار',
        more: 'أخبار',
        menu: ['الرئيسية', 'محلي', 'عربي ودولي', 'سياسة', 'اقتصاد', 'رياضة', 'ثقافة', 'بحث'],
        cookie: 'نستخدم ملفات تعريف الارتباط لتحسين تجربتك. باستمرارك في التصفح فإنك توافق على استخدامها.',
        after: [
          'اقرأ أيضا',
          'ارتفاع جديد في أسعار الوقود',
          'زلزال بقوة 4.5 درجات يضرب المنطقة',
          'ما الذي يتغير في المعاشات اعتبارا من يناير',
          'من نحن',
          'أعلن معنا',
          'شروط الاستخدام',
          'اتصل بنا',
          'النشرة البريدية',
          '© 2024 جميع الحقوق محفوظة',
        ],
      },
    ],
    [
      'kor',
      {
        title: '정부, 물가 상승 대응 위한 새 대책 발표',
        more: '뉴스',
        menu: ['홈', '정치', '경제', '사회', '국제', '스포츠', '문화', '검색'],
        cookie:
          '이 웹사이트는 더 나은 서비스를 위해 쿠키를 사용합니다. 계속 이용하시면 쿠키 사용에 동의하는 것으로 간주됩니다.',
        after: [
          '관련 기사',
          '연료 가격 또다시 상승',
          '남부 지역 규모 4.5 지진 발생',
          '내년 1월부터 연금 이렇게 바뀐다',
          '회사소개',
          '광고안내',
          '이용약관',
          '고객센터',
          '뉴스레터',
          '© 2024 예시미디어. 무단 전재 및 재배포 금지.',
        ],
      },
    ],
    [
      'tha',
      {
        title: 'รัฐบาลประกาศมาตรการใหม่รับมือค่าครองชีพสูง',
        more: 'ข่าว',
        menu: ['หน้าแรก', 'การเมือง', 'เศรษฐกิจ', 'ต่างประเทศ', 'กีฬา', 'บันเทิง', 'ท่องเที่ยว', 'ค้นหา'],
        cookie: 'เว็บไซต์นี้ใช้คุกกี้เพื่อปรับปรุงประสบการณ์ของคุณ การใช้งานต่อถือว่าคุณยอมรับการใช้คุกกี้',
        after: [
          'ข่าวที่เกี่ยวข้อง',
          'ราคาน้ำมันปรับขึ้นอีกครั้ง',
          'แผ่นดินไหวขนาด 4.5 ทางภาคใต้',
          'เงินบำนาญเปลี่ยนแปลงอย่างไรตั้งแต่มกราคม',
          'เกี่ยวกับเรา',
          'ลงโฆษณา',
          'ข้อกำหนดการใช้งาน',
          'ติดต่อเรา',
          'จดหมายข่าว',
          '© 2024 สงวนลิขสิทธิ์',
        ],
      },
    ],
    [
      'ben',
      {
        title: 'মূল্যবৃদ্ধি মোকাবিলায় সরকারের নতুন পদক্ষেপ ঘোষণা',
        more: 'সংবাদ',
        menu: ['প্রচ্ছদ', 'দেশ', 'বিদেশ', 'রাজনীতি', 'অর্থনীতি', 'খেলা', 'বিনোদন', 'খুঁজুন'],
        cookie: 'আপনার অভিজ্ঞতা উন্নত করতে আমরা কুকি ব্যবহার করি। ব্রাউজ করা চালিয়ে গেলে আপনি এতে সম্মতি দিচ্ছেন।',
        after: [
          'আরও পড়ুন',
          'জ্বালানির দাম আবার বাড়ল',
          'দক্ষিণাঞ্চলে ৪.৫ মাত্রার ভূমিকম্প',
          'জানুয়ারি থেকে পেনশনে কী বদলাচ্ছে',
          'আমাদের সম্পর্কে',
          'বিজ্ঞাপন',
          'ব্যবহারের শর্তাবলি',
          'যোগাযোগ',
          'নিউজলেটার',
          '© ২০২৪ সর্বস্বত্ব সংরক্ষিত',
        ],
      },
    ],
  ];

  it.each(NATIVE_CHROME)('removes the chrome of a whole page in %s and keeps its article', (language, chrome) => {
    const body = BRIEFS.find(([code]) => code === language)![1];
    const menu = [...chrome.menu, ...chrome.menu.map((item) => `${item} ${chrome.more}`)];
    const raw = [`${chrome.title} | Example News`, chrome.cookie, ...menu, chrome.title, ...body, ...chrome.after].join(
      '\n',
    );
    const result = clean(raw);
    expect(result.metadata.language).toBe(language);
    for (const paragraph of body) expect(result.text).toContain(paragraph);
    const kept = new Set(result.text.split('\n'));
    expect(menu.filter((line) => kept.has(line))).toEqual([]);
    expect(chrome.after.filter((line) => kept.has(line))).toEqual([]);
  });

  // A brief of a few one-sentence paragraphs (under 80 characters each) is less prose than an
  // English cookie banner and copyright line around it, and the language is read before the
  // rules know those for chrome: the first reading removes the brief as foreign passages (or,
  // lines too short to judge, keeps them as English). What went as foreign then outweighs what
  // was kept, or what was kept is in another script, so the page is read again in that language.
  // prettier-ignore
  const ONE_SENTENCE_BRIEFS: ReadonlyArray<readonly [string, readonly string[]]> = [
    ['ell', ['Σεισμός 4,5 Ρίχτερ σημειώθηκε χθες το βράδυ ανοιχτά της Ζακύνθου.', 'Δεν αναφέρθηκαν ζημιές ούτε τραυματισμοί.',
      'Το επίκεντρο βρισκόταν 30 χιλιόμετρα δυτικά του νησιού.', 'Οι αρχές καλούν τους κατοίκους σε ψυχραιμία.']],
    ['rus', ['Землетрясение магнитудой 4,5 произошло вчера вечером у побережья Крыма.', 'О разрушениях и пострадавших не сообщается.',
      'Эпицентр находился в 30 километрах к западу от города.', 'Власти призывают жителей сохранять спокойствие.']],
    ['arb', ['وقع زلزال بقوة 4.5 درجات مساء أمس قبالة الساحل.', 'لم ترد تقارير عن أضرار أو إصابات.',
      'كان مركز الزلزال على بعد 30 كيلومترا غرب المدينة.', 'تدعو السلطات السكان إلى الهدوء.']],
    ['spa', ['Un terremoto de magnitud 4,5 sacudió anoche la costa de Málaga.', 'No se registraron daños ni heridos.',
      'El epicentro se situó a 30 kilómetros al sur de la ciudad.', 'Las autoridades piden calma a los vecinos.']],
    ['fra', ['Un séisme de magnitude 4,5 a secoué hier soir la côte.', 'Aucun dégât ni blessé n’a été signalé.',
      'L’épicentre se trouvait à 30 kilomètres à l’ouest de la ville.', 'Les autorités appellent les habitants au calme.']],
    ['cmn', ['昨晚沿海发生四点五级地震。', '目前没有损失和伤亡报告。', '震中位于城市以西三十公里。', '当局呼吁居民保持冷静。']],
    ['deu', ['Ein Erdbeben der Stärke 4,5 hat gestern Abend die Küste erschüttert.', 'Berichte über Schäden oder Verletzte gibt es nicht.',
      'Das Epizentrum lag 30 Kilometer westlich der Stadt.', 'Die Behörden rufen die Bewohner zur Ruhe auf.']],
    // Latin-script languages with few stopwords in a short line: the sentences are their
    // language's own because, together, they are detected as it
    ['tur', ['Dün akşam kıyı açıklarında 4,5 büyüklüğünde bir deprem meydana geldi.', 'Hasar ya da yaralanma bildirilmedi.',
      'Depremin merkezi şehrin 30 kilometre batısındaydı.', 'Yetkililer halkı sakin olmaya çağırdı.']],
    ['vie', ['Một trận động đất mạnh 4,5 độ đã xảy ra ngoài khơi tối qua.', 'Chưa có báo cáo về thiệt hại hay thương vong.',
      'Tâm chấn nằm cách thành phố 30 km về phía tây.', 'Chính quyền kêu gọi người dân bình tĩnh.']],
    ['ben', ['গতকাল সন্ধ্যায় উপকূলে ৪.৫ মাত্রার ভূমিকম্প হয়েছে।', 'কোনো ক্ষয়ক্ষতি বা হতাহতের খবর পাওয়া যায়নি।',
      'ভূমিকম্পের কেন্দ্র ছিল শহর থেকে ৩০ কিলোমিটার পশ্চিমে।', 'কর্তৃপক্ষ বাসিন্দাদের শান্ত থাকার আহ্বান জানিয়েছে।']],
    ['tam', ['நேற்று மாலை கடற்கரை அருகே 4.5 ரிக்டர் அளவில் நிலநடுக்கம் ஏற்பட்டது.', 'சேதம் அல்லது உயிரிழப்பு குறித்து தகவல் இல்லை.',
      'நிலநடுக்கத்தின் மையம் நகரிலிருந்து 30 கிலோமீட்டர் மேற்கே இருந்தது.', 'மக்கள் அமைதியாக இருக்குமாறு அதிகாரிகள் கேட்டுக்கொண்டனர்.']],
    ['amh', ['ትናንት ምሽት በባሕሩ ዳርቻ በሬክተር 4.5 የሚለካ የመሬት መንቀጥቀጥ ተከስቷል።', 'የደረሰ ጉዳት ወይም የተጎዳ ሰው የለም።',
      'የመንቀጥቀጡ ማዕከል ከከተማዋ በስተ ምዕራብ 30 ኪሎ ሜትር ርቀት ላይ ነበር።', 'ባለሥልጣናት ነዋሪዎች እንዲረጋጉ ጥሪ አቅርበዋል።']],
  ];

  it.each(ONE_SENTENCE_BRIEFS)(
    'keeps a brief of one-sentence paragraphs in %s framed by English chrome',
    (language, brief) => {
      const result = clean(framed(brief));
      expect(result.metadata.language).toBe(language);
      for (const paragraph of brief) expect(result.text).toContain(paragraph);
      const kept = new Set(result.text.split('\n'));
      expect([COOKIES, ...FOOTER].filter((line) => kept.has(line))).toEqual([]);
    },
  );

  it('still removes one long foreign paragraph from a short English article', () => {
    const quote =
      'La vivienda es un derecho y no un negocio, y por eso vamos a proteger a las familias que no pueden pagar el alquiler.';
    const result = clean([BODY[0]!, quote, BODY[1]!].join('\n\n'));
    expect(result.metadata.language).toBe('eng');
    expect(result.text).not.toContain(quote);
    expect(result.text).toContain(BODY[1]);
  });

  it("keeps an English article framed by another language's chrome in English", () => {
    const ENGLISH = [BODY[0]!, BODY[1]!, BODY[3]!];
    // prettier-ignore
    const greekChrome = ['Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας στον ιστότοπό μας, να εξατομικεύσουμε περιεχόμενο και διαφημίσεις και να αναλύσουμε την επισκεψιμότητά μας.',
      'Αρχική', 'Κόσμος', 'Πολιτική', ...ENGLISH, 'Σχετικά άρθρα', 'Πτώση στα χρηματιστήρια για τρίτη συνεχόμενη ημέρα',
      '© 2024 Example Media. Με την επιφύλαξη παντός δικαιώματος. Απαγορεύεται η αναδημοσίευση χωρίς άδεια.'];
    const result = clean(greekChrome.join('\n'));
    expect(result.metadata.language).toBe('eng');
    for (const paragraph of ENGLISH) expect(result.text).toContain(paragraph);
  });

  it('treats the language option as a hint, not a deletion order', () => {
    const result = clean(BODY.join('\n\n'), { language: 'spa' });
    expect(result.metadata.language).toBe('eng');
    expect(result.text).toContain(BODY[0]);
  });
});
