/** Choose a wijk or buurt (newest area division) and open its safety profile; or the whole gemeente. */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getAreas, getVintages } from '../../api/endpoints.ts';
import type { AreaFeature } from '../../api/types.ts';
import { errorText } from '../../ui/use-async.ts';

interface Props {
  gemeenteCode: string | null;
  onOpen(code: string): void;
}

const byName = (a: AreaFeature, b: AreaFeature) => a.properties.name.localeCompare(b.properties.name, 'nl');

export function AreaPicker({ gemeenteCode, onOpen }: Props) {
  const { t } = useTranslation();
  const [areas, setAreas] = useState<{ wijken: AreaFeature[]; buurten: AreaFeature[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [wijk, setWijk] = useState('');
  const [buurt, setBuurt] = useState('');

  useEffect(() => {
    let live = true;
    getVintages()
      .then(async (v) => {
        const year = v[0]?.year;
        if (!year) throw new Error('no area vintages');
        const [w, b] = await Promise.all([getAreas('wijk', year), getAreas('buurt', year)]);
        if (live) setAreas({ wijken: [...w.features].sort(byName), buurten: [...b.features].sort(byName) });
      })
      .catch((e: unknown) => live && setError(errorText(e)));
    return () => {
      live = false;
    };
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    const code = buurt || wijk || gemeenteCode;
    if (code) onOpen(code);
  }

  if (error)
    return (
      <p role="alert" className="alert">
        {error}
      </p>
    );
  if (!areas) return <p role="status">{t('app.loading')}</p>;
  const buurten = areas.buurten.filter((b) => !wijk || b.properties.parentCode === wijk);
  return (
    <form className="panel-card area-picker" onSubmit={submit}>
      <h2>{t('perception.home.pickTitle')}</h2>
      <div className="field">
        <label htmlFor="pick-wijk">{t('perception.home.wijk')}</label>
        <select
          id="pick-wijk"
          value={wijk}
          onChange={(e) => {
            setWijk(e.target.value);
            setBuurt('');
          }}
        >
          <option value="">{t('perception.home.wholeCity')}</option>
          {areas.wijken.map((w) => (
            <option key={w.properties.code} value={w.properties.code}>
              {w.properties.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="pick-buurt">{t('perception.home.buurt')}</label>
        <select id="pick-buurt" value={buurt} onChange={(e) => setBuurt(e.target.value)}>
          <option value="">{wijk ? t('perception.home.wholeWijk') : t('perception.home.noBuurt')}</option>
          {buurten.map((b) => (
            <option key={b.properties.code} value={b.properties.code}>
              {b.properties.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button primary">
        {t('perception.home.open')}
      </button>
    </form>
  );
}
