/**
 * Address search as an ARIA 1.2 combobox: an input with a listbox of results (addresses, streets,
 * buurten, wijken) from the server, arrow keys to move, Enter to choose, Escape to close; the
 * number of results is announced (aria-live), and when the server has no address data it says so.
 * `onSelect` gets the point, a label and the buurt. Usable before any map has loaded.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { placeOfResult, type AddressResult, type ChosenPlace } from './api.ts';
import { useAddressSearch } from './use-address-search.ts';
import './i18n.ts';
import './address.css';

interface Props {
  onSelect(place: ChosenPlace): void;
  /** Defaults to "Zoek een adres, straat, postcode of buurt". */
  label?: string;
  id?: string;
}

export function AddressSearch({ onSelect, label, id }: Props) {
  const { t } = useTranslation();
  const own = useId();
  const base = id ?? `address-${own.replace(/:/g, '')}`;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const state = useAddressSearch(text, open);
  const results: AddressResult[] = state.status === 'ready' ? state.results : [];
  const expanded = open && results.length > 0;
  const optionId = (i: number) => `${base}-option-${i}`;

  function choose(r: AddressResult) {
    setText(r.label);
    setOpen(false);
    setActive(-1);
    onSelect(placeOfResult(r));
  }
  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (!results.length) return;
      const last = results.length - 1;
      if (e.key === 'ArrowDown') setActive((a) => (a >= last ? 0 : a + 1));
      else setActive((a) => (a <= 0 ? last : a - 1));
    } else if (e.key === 'Enter') {
      // Never sends the surrounding form: Enter here chooses (the active result, or the only one).
      e.preventDefault();
      const r = results[active] ?? (results.length === 1 ? results[0] : undefined);
      if (expanded && r) choose(r);
    } else if (e.key === 'Escape') {
      if (expanded) e.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  return (
    <div className="field address-search">
      <label htmlFor={base}>{label ?? t('address.searchLabel')}</label>
      <p id={`${base}-hint`} className="hint">
        {t('address.searchHint')}
      </p>
      <div className="address-combobox">
        <input
          id={base}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={`${base}-listbox`}
          aria-describedby={`${base}-hint ${base}-status`}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          value={text}
          maxLength={100}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => text.trim() && setOpen(true)}
        />
        <div
          id={`${base}-listbox`}
          role="listbox"
          aria-label={label ?? t('address.searchLabel')}
          hidden={!expanded}
          className="address-options"
        >
          {results.map((r, i) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled on the combobox input (aria-activedescendant), as ARIA 1.2 prescribes.
            <div
              key={`${r.kind}-${r.label}-${r.lat}`}
              id={optionId(i)}
              role="option"
              tabIndex={-1}
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(r)}
            >
              <span>{r.label}</span> <span className="muted small">{t(`address.kind_${r.kind}`)}</span>
            </div>
          ))}
        </div>
      </div>
      <p id={`${base}-status`} className="hint address-status" role="status" aria-live="polite" data-testid="address-status">
        {statusText(state, open, t)}
      </p>
    </div>
  );
}

function statusText(state: ReturnType<typeof useAddressSearch>, open: boolean, t: (k: string, o?: Record<string, unknown>) => string) {
  if (state.status === 'busy') return t('address.searching');
  if (state.status === 'error') return t('address.failed', { detail: state.detail });
  if (state.status !== 'ready' || !open) return '';
  const notice = state.source === 'areas' ? ` ${t('address.sourceAreas')}` : state.source === 'pdok' ? ` ${t('address.sourcePdok')}` : '';
  const count = state.results.length ? t('address.results', { count: state.results.length }) : t('address.none', { q: state.q });
  return count + notice;
}
