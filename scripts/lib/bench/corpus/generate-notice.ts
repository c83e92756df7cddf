import words from './words.json' with { type: 'json' };

/** A deterministic random source (mulberry32): the same seed gives the same archive on every machine. */
export function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}

type Random = ReturnType<typeof randomSource>;

const HAN_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 -> 一, 12 -> 十二, 29 -> 二十九 (up to 99). */
function hanNumeral(n: number): string {
  if (n < 10) return HAN_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : HAN_DIGITS[tens]}十${ones ? HAN_DIGITS[ones] : ''}`;
}

/** 二〇二二年三月五日, the way signatures write dates. */
function hanDate(year: number, month: number, day: number): string {
  return `${[...String(year)].map((d) => HAN_DIGITS[Number(d)]).join('')}年${hanNumeral(month)}月${hanNumeral(day)}日`;
}

/** The departments of one clause, and how the clause writes them. */
function clause(random: Random, prefix: string, form: 'verbal' | 'lead' | 'labelled', damaged: boolean): string {
  const names = Array.from({ length: random.int(1, 3) }, () => (random.chance(0.12) ? random.pick(words.generic) : prefix + random.pick(words.departments)));
  const unique = [...new Set(names)];
  const separator = damaged && unique.length > 1 && random.chance(0.5) ? '' : '、';
  const open = damaged && separator === '、' ? '' : '（';
  if (form === 'lead' && unique.length > 1) return `${open}${unique[0]}牵头，${unique.slice(1).join(separator)}配合）`;
  if (form === 'labelled' && unique.length > 1) return `${open}牵头单位：${unique[0]}；责任单位：${unique.slice(1).join(separator)}）`;
  return `${open}${unique.join(separator)}${unique.length > 1 ? '按职责分工负责' : '负责'}）`;
}

/**
 * One generated notice: a government of the vocabulary, a title, metadata in one of three
 * layouts (or none), a covering letter or not, an outline of one to three levels with 5 to 60
 * measures, responsibility clauses in four forms (some damaged), and a signature. Invented
 * text throughout, built from the vocabulary in words.json.
 *
 * generateNotice(7, 1) -> '索引号：…\n发布机构：天津市河西区人民政府办公室\n…（一）加快居家养老建设。…（区民政局负责）…'
 */
export function generateNotice(index: number, seed: number): string {
  const random = randomSource(seed * 100_003 + index);
  const government = random.pick(words.governments);
  const municipal = random.chance(0.2);
  const district = municipal ? '' : random.pick(government.districts);
  const issuer = municipal ? `${government.city}人民政府办公厅` : `${government.city}${district}人民政府办公室`;
  const prefix = municipal ? '市' : '区';
  const year = random.int(2018, 2025);
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  const serial = random.int(1, 60);
  const short = municipal ? government.cityShort : district[0]!;
  const documentNumber = `${short}政办发〔${year}〕${serial}号`;
  const subject = random.pick(words.subjects);
  const type = random.pick(words.types);
  const place = municipal ? government.city : district;
  const planTitle = `${place}${subject.name}${type}（${year}—${year + random.int(1, 3)}年）`;
  const letterTitle = `${issuer}关于印发${planTitle}的通知`;
  const withLetter = random.chance(0.7);
  const depth = random.pick([1, 2, 2, 2, 3]);
  const measureCount = random.int(5, 60);
  const lines: string[] = [];

  const metadata: [string, string][] = [
    ['索引号', `${random.int(10000000, 99999999)}/${year}-${String(serial).padStart(5, '0')}`],
    ['发布机构', issuer],
    ['文号', documentNumber],
    ['主题分类', subject.topic],
    ['成文日期', `${year}年${month}月${day}日`],
    ['名称', withLetter ? letterTitle : planTitle],
  ];
  const layout = random.pick(['lines', 'inline', 'none'] as const);
  if (layout === 'lines') for (const [label, value] of metadata) lines.push(label, value);
  if (layout === 'inline') for (const [label, value] of metadata) lines.push(`${label}：${value}`);

  if (withLetter) {
    lines.push(letterTitle, documentNumber, municipal ? '各区人民政府，市政府各委、办、局：' : '各乡镇人民政府、街道办事处，区政府各委、办、局：');
    lines.push(`经${municipal ? '市' : '区'}人民政府同意，现将《${planTitle}》印发给你们，请认真贯彻落实。`);
    lines.push(issuer, hanDate(year, month, day), '（此件公开发布）');
  }
  lines.push(planTitle);
  lines.push(`为进一步推动${subject.name}高质量发展，更好满足群众多层次需求，结合我${municipal ? '市' : '区'}实际，制定本方案。`);

  const chapters = depth === 1 ? 1 : Math.min(random.int(3, 9), measureCount);
  let measure = 0;
  for (let c = 1; c <= chapters; c++) {
    if (depth > 1) lines.push(`${hanNumeral(c)}、${random.pick(words.chapterTitles)}`);
    const inChapter = c === chapters ? measureCount - measure : Math.max(1, Math.round(measureCount / chapters));
    for (let m = 0; m < inChapter && measure < measureCount; m++) {
      measure++;
      const numeral = depth === 1 ? `${hanNumeral(measure)}、` : `（${hanNumeral(m + 1)}）`;
      const word = random.pick(subject.words);
      const body = Array.from({ length: random.int(1, 3) }, () =>
        random
          .pick(words.sentences)
          .replace('{year}', String(year + random.int(1, 3)))
          .replace('{n}', String(random.int(2, 50)))
          .replace('{word}', word)
          .replace('{word2}', random.pick(subject.words)),
      ).join('');
      const form = random.pick(['verbal', 'verbal', 'lead', 'labelled', 'lines'] as const);
      const damaged = random.chance(0.06);
      const title = `${random.pick(words.actions)}${word}${random.pick(words.objects)}。`;
      if (form === 'lines') {
        lines.push(`${numeral}${title}${body}`);
        lines.push(`牵头单位：${prefix}${random.pick(words.departments)}`, `责任单位：${random.pick(words.generic)}，${prefix}${random.pick(words.departments)}`);
      } else {
        lines.push(`${numeral}${title}${body}${clause(random, prefix, form, damaged)}`);
      }
      if (depth === 3) {
        for (let item = 1; item <= random.int(0, 3); item++) lines.push(`${item}.${random.pick(subject.words)}。${random.pick(words.sentences).replace(/\{\w+\}/g, word)}${clause(random, prefix, 'verbal', false)}`);
      }
    }
  }
  if (!withLetter) lines.push(issuer, `${year}年${month}月${day}日`);
  const text = lines.join('\n\n');
  // Some pages keep blank lines made of spaces: the reader reports them.
  return `${random.chance(0.1) ? text.replace('\n\n', '\n  \n') : text}\n`;
}
