/**
 * A searchable list of all buurten, the keyboard route to the map: type to filter, arrow keys to
 * move, Enter to choose. Buurten without a polygon are listed too, marked as such.
 */
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaFeature } from '../../api/types.ts';
import { filterAreas, sortByName } from '../../ui/map/area-filter.ts';

interface Props {
  buurten: AreaFeature[];
  selectedCode: string | null;
  onChoose(code: string): void;
}

export function AreaList({ buurten, selectedCode, onChoose }: Props) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const id = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const items = useMemo(
    () =>
      sortByName(
        buurten.map((f) => ({ ...f.properties, hasGeometry: f.geometry !== null })),
        i18n.language,
      ),
    [buurten, i18n.language],
  );
  const shown = filterAreas(items, query);

  function focusItem(index: number) {
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button');
    if (!buttons || buttons.length === 0) return;
    buttons[Math.max(0, Math.min(index, buttons.length - 1))]?.focus();
  }

  function onInputKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      focusItem(0);
    } else if (event.key === 'Enter' && shown.length === 1 && shown[0]) {
      event.preventDefault();
      onChoose(shown[0].code);
    }
  }

  function onItemKey(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: shown.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      if (event.key === 'ArrowUp' && index === 0) inputRef.current?.focus();
      else focusItem(moves[event.key] as number);
    } else if (event.key === 'Escape') {
      inputRef.current?.focus();
    }
  }

  return (
    <section className="area-list" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('list.title')}</h2>
      <label htmlFor="area-search">{t('list.search')}</label>
      <input
        id="area-search"
        ref={inputRef}
        type="search"
        autoComplete="off"
        value={query}
        aria-describedby={`${id}-hint ${id}-count`}
        aria-controls={`${id}-list`}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onInputKey}
      />
      <p id={`${id}-hint`} className="hint">
        {t('list.searchHint')}
      </p>
      <p id={`${id}-count`} className="hint" role="status">
        {t('list.count', { shown: shown.length, total: items.length })}
      </p>
      {shown.length === 0 && <p>{t('list.none')}</p>}
      <ul id={`${id}-list`} ref={listRef} className="area-items">
        {shown.map((area, index) => (
          <li key={area.code}>
            <button
              type="button"
              data-code={area.code}
              aria-pressed={area.code === selectedCode}
              onClick={() => onChoose(area.code)}
              onKeyDown={(e) => onItemKey(e, index)}
            >
              <span className="area-name">{area.name}</span>
              <span className="area-code">{area.code}</span>
              {!area.hasGeometry && <span className="badge">{t('list.noPolygon')}</span>}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
