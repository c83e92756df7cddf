/**
 * The search page's behaviour. The query and filters live in the URL (?q=&chapter=&dept=, and
 * the archive's &notice=&gov=&year=&issuer=; each filter is a <select data-filter> of the form):
 * a search can be shared, bookmarked and reloaded, and each search is a history entry, so the
 * back button returns to the previous one. Pagefind is loaded from the built site at run time
 * (never bundled), from the base path the form carries, so the page works under any
 * sub-path and offline; it runs on the main thread (no worker file to fetch).
 *
 * The result count (or what was not found) is announced once per search through the polite
 * status region; the list itself is not a live region. When an archive has more candidate pages
 * than are checked at once (engine.ts), the count says how many are still to check, and a button
 * below the list checks more; focus then moves to the first new result.
 */
import { format } from '../../i18n/format.ts';
import { loadConversion } from './convert.ts';
import type { SearchData } from './data.ts';
import { SearchEngine, type Outcome, type PagefindApi } from './engine.ts';
import { renderHit } from './render.ts';
import type { SearchChoice } from './choices.ts';

interface PagefindModule {
  createInstance(options: { basePath?: string; noWorker?: boolean; metaCacheTag?: string }): PagefindApi & { init(): Promise<unknown> };
}

interface Elements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  /** The filters: each select's name is its URL parameter, its data-filter the Pagefind filter. */
  filters: HTMLSelectElement[];
  status: HTMLElement;
  notes: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement | null;
}

/**
 * `indexTag` is the index's tag the build stamped into the page (src/lib/search/index-marks.ts):
 * Pagefind then fetches `pagefind-entry.json?ts=<tag>`, the URL the page has preloaded.
 */
async function createEngine(pagefindBase: string, indexTag: string | undefined, dataUrl: string): Promise<SearchEngine> {
  const [module, data] = await Promise.all([
    import(/* @vite-ignore */ `${pagefindBase}pagefind.js`) as Promise<PagefindModule>,
    fetch(dataUrl).then((response) => {
      if (!response.ok) throw new Error(`${dataUrl}: HTTP ${response.status}`);
      return response.json() as Promise<SearchData>;
    }),
  ]);
  const pagefind = module.createInstance({ basePath: pagefindBase, noWorker: true, metaCacheTag: indexTag });
  // Pagefind's wasm and page list, fetched now rather than with the first query's words.
  await pagefind.init();
  return new SearchEngine(pagefind, loadConversion(data.convert), { longWords: data.longWords, gapPairs: data.gapPairs ?? [], chunkStarts: data.chunkStarts ?? [], commonWords: data.commonWords ?? [] });
}

/** A pause in typing this long runs the search unseen. */
const PAUSE_MS = 150;

export function runSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#search-q');
  const status = document.querySelector<HTMLElement>('#search-status');
  const notes = document.querySelector<HTMLElement>('#search-notes');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  if (!form || !input || !status || !notes || !list) return;
  const el: Elements = {
    form,
    input,
    status,
    notes,
    list,
    more: document.querySelector<HTMLButtonElement>('#search-more'),
    filters: [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')],
  };
  const paramNames = ['q', ...el.filters.map((s) => s.name)];
  const chapterSelect = el.filters.find((s) => s.dataset.filter === 'chapter');
  const text = { ...status.dataset, ...notes.dataset } as Record<string, string>;
  const baseTitle = document.title;
  const options = (select: HTMLSelectElement | undefined) => new Map([...(select?.options ?? [])].filter((o) => o.value).map((o) => [o.value, o.text]));
  let chapters = options(chapterSelect);
  /**
   * An archive's choices come from a file of their own (they grow with the archive: 41 KB at
   * 1,000 notices). A search without filters does not need them (its results name their
   * chapters from the index), so they load once it is shown, at once when the page opens
   * without a query or with a filter, and as soon as the reader reaches a filter.
   */
  let choicesLoad: Promise<void> | null = null;
  const choicesReady = (): Promise<void> => {
    if (!form.dataset.choices) return Promise.resolve();
    choicesLoad ??= fillChoices(form.dataset.choices, el.filters).then(
      () => void (chapters = options(chapterSelect)),
      (error: unknown) => {
        choicesLoad = null;
        throw error;
      },
    );
    return choicesLoad;
  };
  const loadChoices = () => void choicesReady().catch((error: unknown) => console.warn('search choices:', error));
  for (const type of ['focusin', 'pointerdown'] as const) form.addEventListener(type, (event) => (event.target instanceof HTMLSelectElement ? loadChoices() : undefined));
  let engine: Promise<SearchEngine> | null = null;
  let sequence = 0;
  let lastStatus = '';
  /** The search shown and how many pages of its results. */
  let current: { params: URLSearchParams; pages: number } | null = null;

  const getEngine = () => {
    engine ??= createEngine(form.dataset.pagefindBase ?? '/pagefind/', form.dataset.pagefindTag, form.dataset.searchData ?? 'search-data.json');
    engine.catch(() => (engine = null));
    return engine;
  };
  // A reader who starts typing is about to search: the engine loads while they type, not after
  // Enter, and once they pause, the search runs unseen (its index chunks and candidates then wait
  // in the engine's caches, so Enter only shows them). Not while an input method is composing.
  el.input.addEventListener('input', () => void getEngine().catch(() => undefined), { once: true });
  let pause: ReturnType<typeof setTimeout> | undefined;
  const prepare = () => {
    const query = el.input.value.trim();
    const filters = Object.fromEntries(el.filters.filter((s) => s.value).map((s) => [s.dataset.filter!, s.value]));
    if (query) void getEngine().then((e) => e.search(query, filters)).catch(() => undefined);
  };
  el.input.addEventListener('input', (event) => {
    clearTimeout(pause);
    if (!(event as InputEvent).isComposing) pause = setTimeout(prepare, PAUSE_MS);
  });
  // An input method hands over a whole word at once: no need to wait.
  el.input.addEventListener('compositionend', () => {
    clearTimeout(pause);
    prepare();
  });

  const fill = (params: URLSearchParams) => {
    el.input.value = params.get('q') ?? '';
    for (const select of el.filters) setSelect(select, params.get(select.name));
  };

  const announce = (message: string) => {
    // Clear first so that the same message for a new search is announced again.
    el.status.textContent = '';
    const set = () => (el.status.textContent = message);
    if (message === lastStatus) setTimeout(set, 100);
    else set();
    lastStatus = message;
  };

  const show = async (params: URLSearchParams, measured: boolean, pages = 1) => {
    // A filter in the URL needs its choices in the form; a query alone does not wait for them.
    if (el.filters.some((s) => params.get(s.name)) || !params.get('q')) await choicesReady().catch((error: unknown) => console.warn('search choices:', error));
    fill(params);
    const id = ++sequence;
    const query = (params.get('q') ?? '').trim();
    const filters = Object.fromEntries(el.filters.filter((s) => s.value).map((s) => [s.dataset.filter!, s.value]));
    document.title = query ? `${query} - ${baseTitle}` : baseTitle;
    current = { params, pages };
    if (el.more) el.more.hidden = true;
    if (!query && Object.keys(filters).length === 0) {
      el.list.replaceChildren();
      el.notes.replaceChildren();
      el.status.textContent = lastStatus = '';
      el.list.dataset.searchDone = String(id);
      return;
    }
    el.list.setAttribute('aria-busy', 'true');
    try {
      const shown = el.list.children.length;
      const outcome = await (await getEngine()).search(query, filters, pages);
      if (id !== sequence) return;
      render(outcome, params);
      if (pages > 1) el.list.children[shown]?.querySelector('a')?.focus();
      if (measured) performance.measure('search', 'search-submit');
    } catch (error) {
      if (id !== sequence) return;
      console.warn('search failed:', error);
      el.list.replaceChildren();
      el.notes.replaceChildren(paragraph([text.error ?? '', ' ', link(form.dataset.fullText, text.fullText)]));
      announce(text.error ?? '');
    } finally {
      if (id === sequence) {
        el.list.removeAttribute('aria-busy');
        el.list.dataset.searchDone = String(id);
        // The results are shown: next, the filter choices, for the reader's next step.
        setTimeout(loadChoices, 0);
      }
    }
  };

  const render = (outcome: Outcome, params: URLSearchParams) => {
    const labels = { chapters, overview: el.list.dataset.overview ?? '' };
    el.list.replaceChildren(...outcome.hits.map((hit) => renderHit(hit, labels)));
    const filtered = el.filters.some((s) => s.value);
    const missing = outcome.terms.filter((t) => !t.found);
    let message: string;
    if (outcome.filterOnly) message = format(text.measureCount ?? '{count}', { count: outcome.hits.length });
    else if (outcome.hits.length > 0) message = `${outcome.hits.length} ${text.results ?? ''}`;
    else if (outcome.unchecked > 0) message = text.noneYet ?? '';
    else if (missing.length > 0) message = format(text.notFound ?? '{terms}', { terms: missing.map((t) => t.display).join('、') }) + (filtered ? (text.inFilters ?? '') : '');
    else message = text.noneTogether ?? '';
    if (outcome.unchecked > 0) message += `；${format(text.unchecked ?? '{count}', { count: outcome.unchecked })}`;
    announce(message);
    if (el.more) el.more.hidden = outcome.unchecked === 0;

    const parts: HTMLElement[] = [];
    const converted = outcome.terms.filter((t) => t.converted);
    if (converted.length > 0) {
      const query = outcome.terms.map((t) => t.converted ?? t.text).join(' ');
      parts.push(paragraph([format(text.converted ?? '{query}', { query })]));
    }
    const found = outcome.terms.filter((t) => t.found);
    if (missing.length > 0 && found.length > 0) {
      const query = found.map((t) => (t.quoted ? `"${t.display}"` : t.display)).join(' ');
      parts.push(paragraph([text.tryWithout ?? '', link(searchUrl(params, query), query)]));
    }
    const lone = outcome.terms.length === 1 ? outcome.terms[0] : undefined;
    if (lone && !lone.found && !lone.quoted) {
      const words = splitWords(lone.display, document.documentElement.lang);
      if (words.length > 1) parts.push(paragraph([text.trySeparate ?? '', link(searchUrl(params, words.join(' ')), words.join(' '))]));
    }
    el.notes.replaceChildren(...parts);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    performance.clearMarks('search-submit');
    performance.mark('search-submit');
    const params = new URLSearchParams();
    const data = new FormData(form);
    for (const name of paramNames) {
      const value = String(data.get(name) ?? '').trim();
      if (value) params.set(name, value);
    }
    const url = new URL(location.href);
    url.search = params.toString();
    if (url.href !== location.href) history.pushState(null, '', url);
    void show(params, true);
  });
  el.more?.addEventListener('click', () => {
    if (current) void show(current.params, false, current.pages + 1);
  });
  window.addEventListener('popstate', () => void show(new URL(location.href).searchParams, false));
  void show(new URL(location.href).searchParams, false);
}

/** Put an archive's choices (search-choices.json) into the form's selects, as options and labelled groups. */
async function fillChoices(url: string, selects: HTMLSelectElement[]): Promise<void> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const { choices } = (await response.json()) as { choices: SearchChoice[] };
  for (const choice of choices) {
    const select = selects.find((s) => s.name === choice.param);
    if (!select) continue;
    for (const group of choice.groups) {
      const options = group.options.map((o) => new Option(o.label, o.value));
      if (group.label === null) select.append(...options);
      else {
        const optgroup = document.createElement('optgroup');
        optgroup.label = group.label;
        optgroup.append(...options);
        select.append(optgroup);
      }
    }
  }
}

/**
 * Select the URL's value. A department link written before departments had uids (?dept=minzheng)
 * still selects the one department whose uid ends in that id.
 */
function setSelect(select: HTMLSelectElement, value: string | null): void {
  select.value = value ?? '';
  if (select.value === (value ?? '')) return;
  const legacy = value && !value.includes('/') ? [...select.options].filter((o) => o.value.endsWith(`/${value}`)) : [];
  select.value = legacy.length === 1 ? legacy[0]!.value : '';
}

function paragraph(children: (Node | string)[]): HTMLParagraphElement {
  const p = document.createElement('p');
  p.append(...children);
  return p;
}

function link(href: string | undefined, label: string | undefined): Node {
  if (!href || !label) return document.createTextNode('');
  const a = document.createElement('a');
  a.href = href;
  a.textContent = label;
  return a;
}

/** This search page with another query, keeping the filters. */
function searchUrl(params: URLSearchParams, query: string): string {
  const next = new URLSearchParams(params);
  next.set('q', query);
  return `?${next.toString()}`;
}

/** Words of a term, by the browser's segmenter (社区养老服务 -> 社区 养老 服务). */
function splitWords(term: string, lang: string): string[] {
  if (typeof Intl.Segmenter !== 'function') return [];
  const segmenter = new Intl.Segmenter(lang || 'zh', { granularity: 'word' });
  return [...segmenter.segment(term)].filter((s) => s.isWordLike).map((s) => s.segment);
}
