import type { DutyRole, Notice } from '../model.ts';
import { targetsOpenData } from '../targets/targets-open-data.ts';
import { correctedParagraphText, correctedText, departmentsOfMeasure, documentTitle } from '../model-queries.ts';
import { isoDate } from '../parse/dates.ts';
import { markerLabel } from '../parse/numbering.ts';
import { toCsv } from './csv.ts';
import type { CitationLinks } from '../citations/link-citations.ts';

/** Absolute URLs of the pages a notice's data points to. */
export interface PageUrls {
  notice: string;
  fullText: string;
  measure: (number: number) => string;
  department: (id: string) => string;
  seed: string;
  data: string;
  csv: string;
}

const OPEN_DATA_VERSION = 1;

/**
 * The open-data view of a notice: the whole model, flattened for reuse, with the URL of
 * every page and paragraph, plus the zh-Hant titles and URLs. Documented in README.md ("Open data").
 *
 * openData(notice, urls).plan.measures[0] -> { number: 1, id: 'm01', title: '强化基本公共服务保障', url: 'https://…/measures/1/', paragraphs: […], departments: ['fazhan-gaige', …] }
 */
export function openData(notice: Notice, urls: PageUrls, hant: { notice: Notice; urls: PageUrls }, citations: { links: CitationLinks; noticeUrl: (slug: string) => string } = { links: { cites: [], citedBy: [] }, noticeUrl: () => '' }) {
  const { links, noticeUrl } = citations;
  return {
    schemaVersion: OPEN_DATA_VERSION,
    slug: notice.slug,
    url: urls.notice,
    fullTextUrl: urls.fullText,
    responsibilityCsvUrl: urls.csv,
    source: { file: notice.file, url: urls.seed, sha256: notice.sha256, encoding: notice.encoding, site: notice.chrome.siteName, classification: notice.chrome.breadcrumb },
    metadata: Object.fromEntries(notice.metadata.map((f) => [f.key, f.value])),
    // The metadata's dates in ISO form (null where empty or not a valid date).
    metadataDates: Object.fromEntries(notice.metadata.filter((f) => /Date$/.test(f.key)).map((f) => [f.key, isoDate(f.value)])),
    // Title, document number, issuer and date: from the metadata, or derived from the document (`from` says where).
    facts: notice.facts,
    sourceScript: notice.sourceScript,
    layout: notice.layout,
    cover: notice.cover && {
      title: notice.cover.title,
      addressees: notice.cover.addressees,
      body: notice.cover.body.map(correctedParagraphText),
      issuer: notice.cover.issuer,
      date: notice.cover.datePieces ? correctedText(notice.cover.datePieces) : notice.cover.date,
      publicationNote: notice.cover.publicationNote,
    },
    plan: {
      title: notice.plan.title,
      preamble: notice.plan.preamble.map(correctedParagraphText),
      signature: notice.plan.signature,
      chapters: notice.plan.chapters.map((c) => ({
        number: c.number,
        numeral: c.numeral,
        label: markerLabel(c.style, c.numeral),
        id: c.id,
        title: c.title,
        url: `${urls.fullText}#${c.id}`,
        text: c.paragraphs.map((p) => ({ id: p.id, url: `${urls.fullText}#${p.id}`, text: correctedParagraphText(p) })),
        measures: c.measures,
      })),
      measures: notice.plan.measures.map((m) => ({
        number: m.number,
        numeral: m.numeral,
        label: markerLabel(m.style, m.numeral),
        id: m.id,
        title: m.title,
        chapter: m.chapter,
        url: urls.measure(m.number),
        departments: departmentsOfMeasure(m),
        paragraphs: m.paragraphs.map((p) => ({
          id: p.id,
          url: `${urls.measure(m.number)}#${p.id}`,
          item: p.item ? p.item.marker.trim() : null,
          heading: p.heading,
          text: correctedParagraphText(p),
          corrections: notice.corrections.filter((c) => c.place === p.id).map((c) => c.id),
          responsibilities: p.segments.flatMap((s) =>
            s.kind === 'responsibility'
              ? [{ id: s.id, text: s.text, form: s.form, departments: s.departments.map((d) => d.id), roles: s.departments.map((d) => d.role), note: s.note, covers: s.covers ?? null }]
              : [],
          ),
        })),
      })),
    },
    // The government that issued the notice; each department's own jurisdiction may be a level above (市… in a district's notice).
    jurisdiction: notice.jurisdiction,
    departments: notice.departments.map((d) => ({
      id: d.id,
      uid: d.uid,
      name: d.name,
      kind: d.kind,
      jurisdiction: d.jurisdiction,
      inVocabulary: d.inVocabulary,
      spellings: d.spellings,
      url: urls.department(d.id),
      duties: d.duties,
    })),
    damage: notice.damage,
    corrections: notice.corrections.map((c) => ({ id: c.id, number: c.number, place: c.place, status: c.status, original: c.original, corrected: c.corrected, reason: c.reason, evidence: c.evidence })),
    // The quantified and dated targets (scripts/lib/targets/), each with its paragraph's URL, and every other number with the reason it is not one.
    ...targetsOpenData(notice, urls),
    // Other documents the notice cites (target: the archive's notice, by number or title), and the archive's notices citing it.
    citations: links.cites.map((c) => ({ id: c.id, paragraph: c.paragraph, measure: c.measure, title: c.title, number: c.number, target: c.target, targetUrl: c.target ? noticeUrl(c.target) : null, matchedBy: c.matchedBy })),
    citedBy: links.citedBy.map((c) => ({ notice: c.notice, url: noticeUrl(c.notice), citation: c.citation.id, paragraph: c.citation.paragraph })),
    zhHant: traditionalView(hant.notice, hant.urls),
  };
}

/** Titles, names and URLs of the zh-Hant edition, for readers and tools that want the Traditional pages. */
function traditionalView(notice: Notice, urls: PageUrls) {
  return {
    url: urls.notice,
    fullTextUrl: urls.fullText,
    title: documentTitle(notice),
    planTitle: notice.plan.title,
    chapters: notice.plan.chapters.map((c) => ({ id: c.id, title: c.title, url: `${urls.fullText}#${c.id}` })),
    measures: notice.plan.measures.map((m) => ({ id: m.id, number: m.number, title: m.title, url: urls.measure(m.number) })),
    departments: notice.departments.map((d) => ({ id: d.id, name: d.name, url: urls.department(d.id) })),
  };
}

/**
 * The responsibility matrix as CSV: one row per department and role (lead 牵头, responsible
 * 负责, cooperating 配合), one column per measure, each cell the number of clauses of that
 * measure giving the department that role (empty for none). Starts with a UTF-8 BOM so that
 * spreadsheet programs read the Chinese correctly.
 *
 * responsibilityCsv(notice) -> '\uFEFFid,责任单位,类型,辖区,角色,(一),(二),…,合计\r\nminzheng,区民政局,district,天津市蓟州区,负责,1,3,…,29\r\n…'
 */
export function responsibilityCsv(notice: Notice): string {
  const measures = notice.plan.measures;
  const header = ['id', '责任单位', '类型', '辖区', '角色', ...measures.map((m) => `(${m.numeral})`), '合计'];
  const rows = notice.departments.flatMap((d) =>
    ROLES.flatMap(([role, word]) => {
      const duties = d.duties.filter((x) => x.role === role);
      if (duties.length === 0) return [];
      const counts = measures.map((m) => duties.filter((x) => x.measure === m.number).length);
      return [[d.id, d.name, d.kind, d.jurisdiction?.name ?? '', word, ...counts.map((c) => (c ? c : '')), duties.length]];
    }),
  );
  return toCsv([header, ...rows]);
}

const ROLES: [DutyRole, string][] = [
  ['lead', '牵头'],
  ['responsible', '负责'],
  ['cooperating', '配合'],
];
