/** The fields of one hangplek: a name and a point (or a click on the map) or the corners of an area. */
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import type { HangplekInput } from './hangplek-input.ts';

interface Props {
  value: HangplekInput;
  onChange(value: HangplekInput): void;
}

export function HangplekFields({ value, onChange }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof HangplekInput>(key: K, v: HangplekInput[K]) => onChange({ ...value, [key]: v });
  return (
    <fieldset className="yg-hangplek">
      <legend>{t('youthGroups.hangplek')}</legend>
      <Field id="yg-hp-name" label={t('youthGroups.hangplekName')} hint={t('youthGroups.hangplekNameHint')}>
        <input value={value.name} onChange={(e) => set('name', e.target.value)} maxLength={120} />
      </Field>
      <Field id="yg-hp-kind" label={t('youthGroups.hangplekKind')}>
        <select value={value.kind} onChange={(e) => set('kind', e.target.value as HangplekInput['kind'])}>
          <option value="Point">{t('youthGroups.kindPoint')}</option>
          <option value="Polygon">{t('youthGroups.kindPolygon')}</option>
        </select>
      </Field>
      {value.kind === 'Point' ? (
        <>
          <Field id="yg-hp-lat" label={t('youthGroups.latitude')} hint={t('youthGroups.pointHint')}>
            <input inputMode="decimal" value={value.lat} onChange={(e) => set('lat', e.target.value)} />
          </Field>
          <Field id="yg-hp-lon" label={t('youthGroups.longitude')}>
            <input inputMode="decimal" value={value.lon} onChange={(e) => set('lon', e.target.value)} />
          </Field>
        </>
      ) : (
        <Field id="yg-hp-corners" label={t('youthGroups.corners')} hint={t('youthGroups.cornersHint')}>
          <textarea rows={4} value={value.corners} onChange={(e) => set('corners', e.target.value)} />
        </Field>
      )}
    </fieldset>
  );
}
