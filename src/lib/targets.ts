/**
 * Build-time helpers for the 目标与时限 (targets) and 责任分工矩阵 (matrix) pages: the targets of
 * a notice in either script, the timeline's stations, and the department × chapter counts.
 *
 * Targets are always read by rules from the zh-Hans model (the rules are written for Simplified
 * text); a zh-Hant page pairs them by id with the converted texts: every human-readable field
 * passes through toHant, ids, numbers and offsets stay as they are.
 */
import { toHant } from '../i18n/convert.ts';
import { excludedNumbers, extractTargets, type Target } from '../../scripts/lib/targets/extract-targets.ts';
import type { Notice } from '../../scripts/lib/model.ts';
import type { Script } from '../../scripts/lib/script/scripts.ts';
import { getNotices, loadNotice } from './notices.ts';
import { href, inScript } from './urls.ts';

/** URLs of the targets and matrix pages and the targets CSV (kept here, beside the pages, not in urls.ts). */
export function pageUrls(script: Script) {
  return {
    targets: (slug: string) => inScript(script, `/${slug}/targets/`),
    matrix: (slug: string) => inScript(script, `/${slug}/matrix/`),
    targetsCsv: (slug: string) => href(`/data/${slug}-targets.csv`),
  };
}

/** A target's strings in Traditional Chinese; ids, values and offsets unchanged. */
function targetToHant(t: Target): Target {
  return {
    ...t,
    text: toHant(t.text),
    phrase: toHant(t.phrase),
    action: toHant(t.action),
    quantities: t.quantities.map((q) => ({ ...q, unit: toHant(q.unit), text: toHant(q.text) })),
    deadline: t.deadline && { ...t.deadline, text: toHant(t.deadline.text) },
  };
}

const cache = new Map<string, Promise<Target[]>>();

/**
 * The targets of notice `slug` with their texts in `script`, in plan order.
 *
 * await targetsIn('zh-Hant', 'jizhou-2022-16')[3] -> { id: 't04', action: '新增養老床位', quantities: [{ value: 200, text: '200張', … }], … }
 */
export function targetsIn(script: Script, slug: string): Promise<Target[]> {
  const key = `${script}/${slug}`;
  let targets = cache.get(key);
  if (!targets) {
    targets = (async () => {
      if (!(await getNotices('zh-Hans')).some((n) => n.slug === slug)) throw new Error(`targets: no zh-Hans notice ${slug}`);
      const found = extractTargets(await loadNotice('zh-Hans', slug));
      return script === 'zh-Hans' ? found : found.map(targetToHant);
    })();
    cache.set(key, targets);
  }
  return targets;
}

/** The sort key of a target by deadline: the year it is due (end of a range); null when none is written. */
export function deadlineKey(t: Target): number | null {
  return t.deadline?.year ?? null;
}

/** One station of the timeline: a year, the targets due in it, the ranges ending there. */
export interface Station {
  year: number;
  /** Targets due in this year (a range counts at its last year). */
  due: Target[];
  /** True for the planning horizon after the last deadline (no target is due there). */
  horizon: boolean;
}

/**
 * The plan's long-range horizon: the latest year named in the title of a plan the measures
 * ask for (`《蓟州区2021—2035年养老服务设施规划》`, damaged in the source as `20212035年`), when
 * it lies after every deadline; with the paragraph naming it. Read from the numbers the
 * target rules exclude as document-title years or damaged year ranges, never typed in.
 *
 * planningHorizon(notice, 2025) -> { year: 2035, paragraph: 'm02-p4', measure: 2 }
 */
export function planningHorizon(notice: Notice, after: number): { year: number; paragraph: string; measure: number } | null {
  let best: { year: number; paragraph: string; measure: number } | null = null;
  for (const e of excludedNumbers(notice)) {
    if (e.measure === null || !['damaged-source', 'document-title-year', 'document-title'].includes(e.reason)) continue;
    if (!/^\d{4}(\d{4})?$/.test(e.text) || !/年/.test(e.match)) continue;
    for (const year of (e.text.match(/\d{4}/g) ?? []).map(Number)) {
      if (year > after && year < 2100 && (!best || year > best.year)) best = { year, paragraph: e.location, measure: e.measure };
    }
  }
  return best;
}

/**
 * The stations of the timeline, in year order: every year a target is due or a range starts,
 * then the planning horizon if there is one.
 */
export function timelineStations(targets: Target[], horizon: number | null): Station[] {
  const years = new Set<number>();
  for (const t of targets) {
    if (!t.deadline) continue;
    years.add(t.deadline.year);
    if (t.deadline.from !== null) years.add(t.deadline.from);
  }
  const stations: Station[] = [...years].sort((a, b) => a - b).map((year) => ({ year, due: targets.filter((t) => t.deadline?.year === year), horizon: false }));
  if (horizon !== null && !years.has(horizon)) stations.push({ year: horizon, due: [], horizon: true });
  return stations;
}

/**
 * The number of responsibility clauses naming each department in each chapter, departments
 * sorted by their total (most first; ties in order of first appearance).
 *
 * responsibilityMatrix(notice)[0] -> { department: { id: 'minzheng', … }, counts: [12, 7, 2, 2, 1, 1, 1, 3, 0], total: 29, firstMeasure: [1, 4, 7, …] }
 */
export function responsibilityMatrix(notice: Notice) {
  const chapters = notice.plan.chapters;
  return notice.departments
    .map((department, order) => {
      const inChapter = chapters.map((c) => department.duties.filter((d) => c.measures.includes(d.measure)));
      return {
        department,
        order,
        counts: inChapter.map((duties) => duties.length),
        /** Of those, the clauses making it the lead (牵头). */
        leads: inChapter.map((duties) => duties.filter((d) => d.role === 'lead').length),
        /** The first measure of each chapter whose clauses name the department (null: none). */
        firstMeasure: inChapter.map((duties) => (duties.length ? Math.min(...duties.map((d) => d.measure)) : null)),
        total: department.duties.length,
      };
    })
    .sort((a, b) => b.total - a.total || a.order - b.order);
}

/** Lower bounds of the shading buckets of the matrix: 1, 2, 3–4, 5–7, 8 and more. */
export const LOAD_BUCKETS = [1, 2, 3, 5, 8] as const;

/** The shading bucket of a count: 0 for none, 1 … 5 (see LOAD_BUCKETS). */
export function loadBucket(count: number): number {
  let bucket = 0;
  LOAD_BUCKETS.forEach((from, i) => {
    if (count >= from) bucket = i + 1;
  });
  return bucket;
}
