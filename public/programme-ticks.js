// @ts-check
/**
 * Keeps a programme's ticks in this browser (markup in
 * components/programme/tick-grid.tsx). Plain JavaScript rather than a React
 * client component: pages ship without the framework runtime. It sends
 * nothing and sets no cookie: the ticks stay in localStorage, one key per
 * programme option. Without it the boxes are plain checkboxes and the page,
 * its tables and the printed tick sheet work the same.
 */

const PREFIX = "hp-ticks:";

/**
 * localStorage, or null where the browser refuses it (private modes, storage
 * turned off): then the boxes stay plain and nothing claims to keep them.
 * @returns {Storage | null}
 */
function storage() {
  try {
    const store = window.localStorage;
    store.getItem(PREFIX);
    return store;
  } catch {
    return null;
  }
}

/**
 * @param {HTMLElement} grid
 * @param {Storage} store
 */
function keepTicks(grid, store) {
  const key = PREFIX + (grid.dataset.ticks ?? "");
  /** @type {HTMLInputElement[]} */
  const boxes = [...grid.querySelectorAll('input[type="checkbox"]')];
  const saved = grid.querySelector(".hp-ticks__saved");
  const clear = grid.querySelector(".hp-ticks__clear");
  const status = grid.querySelector(".hp-ticks__status");
  if (!(saved instanceof HTMLElement) || !clear || !status) return;

  /** @type {unknown} */
  let ticked = [];
  try {
    ticked = JSON.parse(store.getItem(key) ?? "[]");
  } catch {
    // A value another version wrote: start again rather than fail.
  }
  const names = new Set(Array.isArray(ticked) ? ticked : []);
  for (const box of boxes) box.checked = names.has(box.name);

  const save = () => {
    const checked = boxes.filter((box) => box.checked).map((box) => box.name);
    try {
      if (checked.length > 0) store.setItem(key, JSON.stringify(checked));
      else store.removeItem(key);
    } catch {
      status.textContent = "Could not save your ticks in this browser.";
    }
  };
  grid.addEventListener("change", save);
  clear.addEventListener("click", () => {
    for (const box of boxes) box.checked = false;
    save();
    status.textContent = "All ticks cleared.";
  });
  saved.hidden = false;
}

const store = storage();
if (store) {
  for (const grid of document.querySelectorAll("[data-ticks]")) {
    if (grid instanceof HTMLElement) keepTicks(grid, store);
  }
}
