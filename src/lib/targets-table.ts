/**
 * The targets table's sorting and department filter (目标与时限 page). Without JavaScript the
 * table reads in plan order and the controls stay hidden; this module shows them, puts a sort
 * button in each `th[data-sort]` (the header's `aria-sort` says the current order) and hides
 * the rows whose `data-departments` lack the chosen department, announcing the count.
 *
 * Rows carry `data-order` (plan order) and `data-deadline` (the year due, empty when none);
 * targets without a deadline sort last in either direction, ties keep plan order.
 */
const table = document.querySelector<HTMLTableElement>('table[data-targets-table]');
const controls = document.querySelector<HTMLElement>('[data-targets-controls]');

if (table && controls && table.tBodies[0]) {
  const body = table.tBodies[0];
  const rows = [...body.rows];
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('th[data-sort]')];
  const filter = controls.querySelector<HTMLSelectElement>('select[data-targets-filter]');
  const status = controls.querySelector<HTMLElement>('[data-targets-status]');
  const key = (row: HTMLTableRowElement, field: string) => (row.dataset[field] ? Number(row.dataset[field]) : null);

  const sortBy = (header: HTMLTableCellElement, direction: 'ascending' | 'descending') => {
    const field = header.dataset.sort!;
    const sign = direction === 'ascending' ? 1 : -1;
    const sorted = [...rows].sort((a, b) => {
      const [x, y] = [key(a, field), key(b, field)];
      if (x !== y) {
        if (x === null) return 1;
        if (y === null) return -1;
        return sign * (x - y);
      }
      return key(a, 'order')! - key(b, 'order')!;
    });
    body.append(...sorted);
    for (const h of headers) {
      if (h === header) h.setAttribute('aria-sort', direction);
      else h.removeAttribute('aria-sort');
    }
  };

  for (const header of headers) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.append(...header.childNodes);
    const arrow = document.createElement('span');
    arrow.className = 'sort-arrow';
    arrow.setAttribute('aria-hidden', 'true');
    button.append(arrow);
    header.append(button);
    button.addEventListener('click', () => sortBy(header, header.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending'));
  }
  const initial = headers.find((h) => h.dataset.sort === 'order');
  if (initial) initial.setAttribute('aria-sort', 'ascending');

  filter?.addEventListener('change', () => {
    const id = filter.value;
    let shown = 0;
    for (const row of rows) {
      row.hidden = id !== '' && !(row.dataset.departments ?? '').split(' ').includes(id);
      if (!row.hidden) shown++;
    }
    if (status) status.textContent = (status.dataset.template ?? '').replace('{shown}', String(shown)).replace('{total}', String(rows.length));
  });

  controls.hidden = false;
}
