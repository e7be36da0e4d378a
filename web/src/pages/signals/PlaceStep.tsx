/**
 * Step 1, where: tap the map to set the marker, or (keyboard, no map) choose the buurt from a list
 * and type the address. There is no address search (no geocoder offline), so the text is kept as
 * written and the point of a chosen buurt is approximate.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaFeature, Instance } from '../../api/types.ts';
import { sortByName } from '../../ui/map/area-filter.ts';
import { Field } from '../../ui/Field.tsx';
import { buurtAt, buurtPoint } from './geo.ts';
import { SignalMap } from './SignalMap.tsx';
import type { ReportForm } from './use-report-form.ts';

interface Props {
  f: ReportForm;
  instance: Instance | null;
  buurten: AreaFeature[];
  wijken: AreaFeature[];
}

export function PlaceStep({ f, instance, buurten, wijken }: Props) {
  const { t, i18n } = useTranslation();
  const { draft, errors } = f;
  const err = (k: string | undefined) => (k ? t(`signals.errors.${k}`, { defaultValue: k }) : null);
  const options = useMemo(
    () =>
      sortByName(
        buurten.filter((b) => b.geometry).map((b) => b.properties),
        i18n.language,
      ),
    [buurten, i18n.language],
  );
  const chosen = draft.buurtCode ? buurten.find((b) => b.properties.code === draft.buurtCode) : null;

  function pick(point: { lat: number; lon: number }) {
    const buurt = buurtAt(buurten, point);
    f.patch({ placeMode: 'map', point, buurtCode: buurt?.properties.code ?? '' });
  }
  function chooseBuurt(code: string) {
    const buurt = buurten.find((b) => b.properties.code === code);
    f.patch({ placeMode: code ? 'buurt' : 'map', buurtCode: code, point: code ? buurtPoint(buurt) : null });
  }

  return (
    <>
      <p id="place-map-hint" className="hint">
        {t('signals.report.mapHint')}
      </p>
      <SignalMap
        config={instance?.map ?? null}
        buurten={buurten}
        wijken={wijken}
        marker={draft.point}
        onPick={pick}
        label={t('signals.report.mapLabel')}
        className="pick-map"
      />
      <p className="place-status" role="status" aria-live="polite" data-testid="place-status">
        {draft.point && draft.placeMode === 'map'
          ? t(chosen ? 'signals.report.pointIn' : 'signals.report.pointSet', { buurt: chosen?.properties.name ?? '' })
          : ''}
      </p>
      {errors.point && (
        <p id="point-error" className="field-error" role="alert">
          {err(errors.point)}
        </p>
      )}
      <fieldset className="place-alternative">
        <legend>{t('signals.report.noMapLegend')}</legend>
        <p className="hint">{t('signals.report.noGeocoder')}</p>
        <Field id="report-buurt" label={t('signals.report.buurt')} error={err(errors.buurtCode)}>
          <select value={draft.placeMode === 'buurt' ? draft.buurtCode : ''} onChange={(e) => chooseBuurt(e.target.value)}>
            <option value="">{t('signals.report.buurtNone')}</option>
            {options.map((b) => (
              <option key={b.code} value={b.code}>
                {b.name}
              </option>
            ))}
          </select>
        </Field>
      </fieldset>
      <Field
        id="report-address"
        label={t('signals.report.address')}
        error={err(errors.addressText)}
        hint={t(draft.placeMode === 'buurt' ? 'signals.report.addressRequiredHint' : 'signals.report.addressHint')}
      >
        <input
          type="text"
          autoComplete="street-address"
          value={draft.addressText}
          maxLength={300}
          onChange={(e) => f.update('addressText', e.target.value)}
        />
      </Field>
    </>
  );
}
