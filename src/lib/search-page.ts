/**
 * The search page's behaviour: read ?q=, ask Pagefind, list the results as links with
 * their excerpt. Pagefind is loaded from the built site at run time (never bundled), from
 * the base path the form carries, so the page works under any sub-path and offline.
 */
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

const MAX_RESULTS = 30;

export async function runSearchPage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('form[role="search"]');
  const input = document.querySelector<HTMLInputElement>('#search-q');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  if (!form || !input || !status || !list) return;
  const query = new URL(location.href).searchParams.get('q')?.trim() ?? '';
  input.value = query;
  if (!query) return;

  const base = form.dataset.pagefindBase ?? '/pagefind/';
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind.js`)) as Pagefind;
  const { results } = await pagefind.search(query);
  const data = await Promise.all(results.slice(0, MAX_RESULTS).map((r) => r.data()));
  list.replaceChildren(
    ...data.map((item) => {
      const li = document.createElement('li');
      const heading = document.createElement('h2');
      const link = document.createElement('a');
      link.href = item.url;
      link.textContent = item.meta.title ?? item.url;
      heading.append(link);
      const excerpt = document.createElement('p');
      // Pagefind's excerpt is escaped page text with <mark> around matches.
      excerpt.innerHTML = item.excerpt;
      li.append(heading, excerpt);
      return li;
    }),
  );
  status.textContent = results.length ? `${results.length} ${status.dataset.resultsLabel}` : (status.dataset.noneLabel ?? '');
}
