import { getCollection, getEntry } from 'astro:content';
import type { Notice } from '../../scripts/lib/model.ts';

/** All notices, in seed-file order. */
export async function getNotices(): Promise<Notice[]> {
  const entries = await getCollection('notices');
  return entries.map((e) => e.data).sort((a, b) => a.file.localeCompare(b.file));
}

/** The rendered MDX entry of one measure. */
export async function getMeasureEntry(slug: string, id: string) {
  const entry = await getEntry('measures', `${slug}/measures/${id}`);
  if (!entry) throw new Error(`content/${slug}/measures/${id}.mdx is missing: run npm run content`);
  return entry;
}

/** The rendered MDX entry of the cover notice body or the preamble. */
export async function getOverviewEntry(slug: string, part: 'cover' | 'preamble') {
  const entry = await getEntry('overviews', `${slug}/${part}`);
  if (!entry) throw new Error(`content/${slug}/${part}.mdx is missing: run npm run content`);
  return entry;
}

/** Chinese measure label as used in the UI: （一）. */
export function measureLabel(numeral: string): string {
  return `（${numeral}）`;
}
