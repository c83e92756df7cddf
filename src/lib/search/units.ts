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
 * and departments, and the chapters' headings (results name their chapter with them). The build writes it (./notice-units.ts); the search page reads it (./page-text.ts).
 */

/**
 * One unit: [section id, URL, measure number (null: a chapter's own text), chapter filter
 * value, indexes into `departments`]. Its title is its heading: a measure's is indexed with its
 * text (the heading anchor's text), a chapter's is in `chapters`.
 */
export type UnitEntry = [id: string, url: string, number: number | null, chapter: string | null, departments: number[]];

export interface UnitsMeta {
  /** Department filter values (uids) the units refer to by index. */
  departments: string[];
  /** Chapter filter value -> the chapter's heading (一、加强公益性基础性服务供给). */
  chapters: Record<string, string>;
  units: UnitEntry[];
}

/** Pagefind meta key of the units. */
export const UNITS_META = 'units';
