/**
 * Phones hide the heading row of an `.inbox-table` and show each row as a card; this ref callback
 * copies every column heading into `data-label` of the cells below it, so each cell still says what
 * it is (ui.css shows the label before the cell on narrow screens). It follows changes to rows and
 * headings (new rows, another language) until the table leaves the page.
 * Use: `<table ref={labelCells} className="inbox-table">`.
 */
export function labelCells(table: HTMLTableElement | null): (() => void) | undefined {
  if (!table) return undefined;
  const apply = () => {
    const headings = Array.from(table.tHead?.rows[0]?.cells ?? [], (cell) => cell.textContent?.trim() ?? '');
    for (const body of Array.from(table.tBodies)) {
      for (const row of Array.from(body.rows)) {
        Array.from(row.cells).forEach((cell, i) => {
          const label = headings[i] ?? '';
          if (label && cell.dataset.label !== label) cell.dataset.label = label;
          else if (!label && cell.dataset.label !== undefined) delete cell.dataset.label;
        });
      }
    }
  };
  apply();
  const observer = new MutationObserver(apply);
  observer.observe(table, { childList: true, subtree: true, characterData: true });
  return () => observer.disconnect();
}
