/**
 * `/papers/`: reorder the list newest first (as built), oldest first, most cited or by title.
 * The buttons stay hidden without script, where the built order is the one there is.
 */

type Order = 'newest' | 'oldest' | 'cited' | 'title';

const controls = document.querySelector<HTMLElement>('[data-sort-papers]');
const list = document.querySelector<HTMLElement>('.paper-list');

if (controls && list) {
  const items = [...list.querySelectorAll<HTMLLIElement>(':scope > li')];
  const number = (li: HTMLLIElement, key: string) => Number(li.dataset[key] ?? 0);
  const title = (li: HTMLLIElement) => li.querySelector('a')?.textContent ?? '';
  const compare: Record<Order, (a: HTMLLIElement, b: HTMLLIElement) => number> = {
    newest: (a, b) => number(a, 'order') - number(b, 'order'),
    oldest: (a, b) => undatedLast(a, b) || number(a, 'date') - number(b, 'date') || number(a, 'order') - number(b, 'order'),
    cited: (a, b) => number(b, 'cited') - number(a, 'cited') || number(a, 'order') - number(b, 'order'),
    title: (a, b) => title(a).localeCompare(title(b)) || number(a, 'order') - number(b, 'order'),
  };
  function undatedLast(a: HTMLLIElement, b: HTMLLIElement): number {
    return Number(number(a, 'date') < 0) - Number(number(b, 'date') < 0);
  }
  for (const button of controls.querySelectorAll<HTMLButtonElement>('button[data-sort]')) {
    button.addEventListener('click', () => {
      const order = button.dataset.sort as Order;
      list.replaceChildren(...[...items].sort(compare[order]));
      for (const other of controls.querySelectorAll('button[data-sort]')) other.setAttribute('aria-pressed', String(other === button));
    });
  }
  controls.hidden = false;
}
