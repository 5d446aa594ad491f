/**
 * The filter box of a list page: hides the entries of this page's list that do not contain every
 * word typed (case and accents ignored), and says how many are shown. The box is hidden in the
 * page and shown here, where it can work.
 */

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

for (const box of document.querySelectorAll<HTMLElement>('[data-filter-list]')) {
  const list = document.getElementById(box.dataset.filterList ?? '');
  const input = box.querySelector('input');
  const status = box.querySelector<HTMLElement>('.list-filter-status');
  if (!list || !input) continue;
  // The list itself, or a container of several (the two groups of /stale/).
  const entries = list.querySelectorAll<HTMLLIElement>(list.matches('ul, ol') ? ':scope > li' : ':scope > ul > li, :scope > ol > li');
  const items = [...entries].map((li) => ({ li, text: fold(li.textContent ?? '') }));
  const apply = () => {
    const words = fold(input.value).split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const { li, text } of items) {
      const match = words.every((word) => text.includes(word));
      li.hidden = !match;
      if (match) shown++;
    }
    if (status) status.textContent = words.length === 0 ? '' : `${shown} of ${items.length} on this page`;
  };
  input.addEventListener('input', apply);
  box.hidden = false;
  // A value the browser restored (back/forward) is applied at once.
  if (input.value) apply();
}
