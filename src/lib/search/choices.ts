import type { UiKey } from '../../i18n/ui.ts';
import type { DepartmentSummary } from '../../../scripts/lib/model.ts';
import type { NoticeSummary } from '../../../scripts/lib/notice-summary.ts';
import { DEPARTMENT_KINDS } from '../department-kinds.ts';
import { documentTitle } from '../../../scripts/lib/model-queries.ts';
import type { Script } from '../../../scripts/lib/script/scripts.ts';
import { facetValues, newestFirst } from '../archive.ts';
import { chapterLabel } from '../notices.ts';
import { chapterFilter } from './filters.ts';

/** One filter of the search page with its choices, in groups (a group without a label is a plain list). */
export interface SearchChoice {
  /** URL parameter, the select's name. */
  param: string;
  /** Pagefind filter the values select (data-pagefind-filter on the pages). */
  filter: string;
  label: string;
  /** The first option, meaning no filter. */
  all: string;
  groups: { label: string | null; options: { value: string; label: string }[] }[];
}


/**
 * The search page's filters and their choices: in an archive, notice, government (districts
 * indented under their city), year and issuer; always chapter (grouped by notice) and department
 * (by uid, grouped by government and kind; the government is named when there are several).
 */
export function searchChoices(notices: NoticeSummary[], script: Script, t: (key: UiKey) => string): SearchChoice[] {
  const archive: SearchChoice[] =
    notices.length < 2
      ? []
      : [
          { param: 'notice', filter: 'notice', label: t('search.notice'), all: t('search.allNotices'), groups: [{ label: null, options: newestFirst(notices).map((n) => ({ value: n.slug, label: documentTitle(n) })) }] },
          ...(['jurisdiction', 'year', 'issuer'] as const).map((facet) => ({
            param: facet === 'jurisdiction' ? 'gov' : facet,
            filter: facet,
            label: t(`search.${facet}` as UiKey),
            all: t(`search.all.${facet}` as UiKey),
            groups: [{ label: null, options: facetValues(notices, facet, '', script).filter((v) => v.id !== 'unknown').map((v) => ({ value: v.id, label: v.parent ? `　${v.short}` : v.label })) }],
          })),
        ];
  const chapters: SearchChoice = {
    param: 'chapter',
    filter: 'chapter',
    label: t('search.chapter'),
    all: t('search.allChapters'),
    groups: notices.map((notice) => ({ label: notice.plan.title, options: notice.plan.chapters.map((c) => ({ value: chapterFilter(notice.slug, c.id), label: `${chapterLabel(c)}${c.title}` })) })),
  };
  const departments = new Map<string, DepartmentSummary>();
  for (const notice of notices) for (const d of notice.departments) if (!departments.has(d.uid)) departments.set(d.uid, d);
  const governments = [...new Set([...departments.values()].map((d) => d.jurisdiction?.name ?? ''))];
  const departmentGroups = governments.flatMap((government) =>
    DEPARTMENT_KINDS.map((kind) => ({
      label: governments.length > 1 && government ? `${t(`dept.kind.${kind}` as UiKey)}（${government}）` : t(`dept.kind.${kind}` as UiKey),
      options: [...departments.values()].filter((d) => d.kind === kind && (d.jurisdiction?.name ?? '') === government).map((d) => ({ value: d.uid, label: d.name })),
    })).filter((g) => g.options.length > 0),
  );
  return [...archive, chapters, { param: 'dept', filter: 'department', label: t('search.department'), all: t('search.allDepartments'), groups: departmentGroups }];
}

/** File name of an archive's search choices, beside its search page's folder: /search-choices.json, /zh-hant/search-choices.json. */
export const SEARCH_CHOICES_FILE = 'search-choices.json';
