/**
 * /veiligheid and /buurtpeiling without a code: a resident finds a buurt by name (type-ahead over
 * the public area list; a wijk that matches shows its buurten) and goes on to the neighbourhood
 * page or the questionnaire; or by address (the address combobox of web/src/ui/address/), which
 * goes straight to the buurt the address lies in.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaFeature } from '../../api/types.ts';
import { AddressSearch } from '../../ui/address/AddressSearch.tsx';
import { navLink } from '../../ui/nav-link.ts';
import { useAreaData } from '../../ui/map/use-area-data.ts';
import { matchAreas, publicAreaPath, pulsePath } from './paths.ts';

interface Props {
  target: 'area' | 'pulse';
  onNavigate(path: string): void;
}

type Area = { code: string; name: string; parentCode: string | null; level: 'wijk' | 'buurt' };
const toArea = (f: AreaFeature, level: Area['level']): Area => ({
  code: f.properties.code,
  name: f.properties.name,
  parentCode: f.properties.parentCode ?? null,
  level,
});

export function FindBuurtPage({ target, onNavigate }: Props) {
  const { t } = useTranslation();
  const { data } = useAreaData();
  const [query, setQuery] = useState('');
  const inputId = useId();
  const pathOf = (code: string) => (target === 'area' ? publicAreaPath(code) : pulsePath(code));
  const { buurten, wijken } = useMemo(() => {
    if (data.status !== 'ready') return { buurten: [] as Area[], wijken: [] as Area[] };
    return { buurten: data.buurten.map((b) => toArea(b, 'buurt')), wijken: data.wijken.map((w) => toArea(w, 'wijk')) };
  }, [data]);
  const hitWijken = matchAreas(wijken, query, 5);
  const hitBuurten = matchAreas(buurten, query);
  const count = hitWijken.length + hitBuurten.length;
  const link = (a: Area) => (
    <a {...navLink(pathOf(a.code), onNavigate)} data-code={a.code}>
      {a.name}
    </a>
  );

  return (
    <div className="page narrow find-buurt">
      <h1 tabIndex={-1}>{t(`perception.find.title.${target}`)}</h1>
      <p className="lead">{t(`perception.find.lead.${target}`)}</p>
      <AddressSearch
        id="find-buurt-address"
        label={t('perception.find.addressLabel')}
        onSelect={(place) => place.buurtCode && onNavigate(pathOf(place.buurtCode))}
      />
      <div className="field">
        <label htmlFor={inputId}>{t('perception.find.label')}</label>
        <input
          id={inputId}
          type="search"
          autoComplete="off"
          value={query}
          aria-describedby={`${inputId}-count`}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      {data.status === 'error' && (
        <p role="alert" className="alert">
          {data.detail}
        </p>
      )}
      <p id={`${inputId}-count`} role="status" aria-live="polite" className="hint">
        {data.status === 'loading' ? t('app.loading') : query.trim() ? t('perception.find.count', { count }) : t('perception.find.hint')}
      </p>
      <ul className="find-results" data-testid="find-results">
        {hitWijken.map((w) => (
          <li key={w.code}>
            <span className="muted">{t('perception.find.wijk')} </span>
            {target === 'area' ? link(w) : <strong>{w.name}</strong>}
            <ul>
              {buurten
                .filter((b) => b.parentCode === w.code)
                .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
                .map((b) => (
                  <li key={b.code}>{link(b)}</li>
                ))}
            </ul>
          </li>
        ))}
        {hitBuurten.map((b) => (
          <li key={b.code}>
            <span className="muted">{t('perception.find.buurt')} </span>
            {link(b)}
          </li>
        ))}
      </ul>
    </div>
  );
}
