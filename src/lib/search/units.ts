/**
 * The units a notice's full-text page is searched as. The search index holds one page per
 * notice for its measures (the full-text page), not one page per measure: an archive of 1,000
 * notices then has 2,000 indexed pages a script instead of 35,000, and Pagefind's page list, its
 * index chunks and its build time shrink with it. A result is still a measure: the page's text
 * is cut back into its measures (and the chapters' own text) by the section anchors Pagefind
 * keeps, and each unit is checked, filtered and linked on its own, to its measure's page.
 *
 * What the cut needs besides the text travels with the page as Pagefind meta `units` (JSON, in
 * the page's fragment only): for each unit its section id, page, number, chapter filter value
 * and departments. The build writes it (./notice-units.ts); the search page reads it (./page-text.ts).
 */

/** One unit: [section id, URL, measure number (null: a chapter's own text), chapter filter value, indexes into `departments`, title ('' for a measure: its heading's text)]. */
export type UnitEntry = [id: string, url: string, number: number | null, chapter: string | null, departments: number[], title: string];

export interface UnitsMeta {
  /** Department filter values (uids) the units refer to by index. */
  departments: string[];
  units: UnitEntry[];
}

/** Pagefind meta key of the units. */
export const UNITS_META = 'units';
