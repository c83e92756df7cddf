import type { Notice } from '../../scripts/lib/model.ts';
import { paragraphsInOrder } from '../../scripts/lib/model-queries.ts';

/**
 * Every string of text the model holds for a notice (chrome, metadata, titles, masthead, letter,
 * headings, item markers, paragraphs, signatures), for checking that no character of the source
 * was lost on the way in.
 */
export function modelStrings(notice: Notice): string[] {
  const { cover, plan } = notice;
  return [
    ...notice.chrome.lines.map((l) => l.text),
    ...notice.metadata.flatMap((f) => [f.label, f.value ?? '']),
    ...(cover ? [...cover.titleLines, ...cover.masthead.map((m) => m.text), cover.addressees, cover.issuer ?? '', cover.date ?? '', cover.publicationNote ?? ''] : []),
    plan.title,
    ...plan.masthead.map((m) => m.text),
    ...plan.chapters.flatMap((c) => [c.marker, c.title]),
    ...plan.measures.flatMap((m) => [m.marker, m.title]),
    ...paragraphsInOrder(notice).flatMap(({ paragraph: p }) => [p.item?.marker ?? '', p.heading ?? '', ...p.segments.map((s) => s.text)]),
    plan.signature?.issuer ?? '',
    plan.signature?.date ?? '',
    // A repeated metadata row is kept in the damage report that names it.
    ...notice.damage.filter((d) => d.kind === 'metadata-duplicate').map((d) => d.text),
  ];
}

/** Han characters of `source` that `strings` do not account for (as a multiset), in source order. */
export function missingHan(source: string, strings: string[]): string[] {
  const counts = new Map<string, number>();
  for (const c of strings.join('').match(/\p{Script=Han}/gu) ?? []) counts.set(c, (counts.get(c) ?? 0) + 1);
  const missing: string[] = [];
  for (const c of source.match(/\p{Script=Han}/gu) ?? []) {
    const left = counts.get(c) ?? 0;
    if (left === 0) missing.push(c);
    else counts.set(c, left - 1);
  }
  return missing;
}
