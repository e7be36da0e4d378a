/**
 * Step 1, where: search an address (or street, postcode, buurt), use the phone's location, or tap
 * the map; the pin moves there, the map flies to it, and the address at the pin is looked up on
 * the server ("Bij Voorstraat 12, buurt Stadscentrum"). All of it works before the map has loaded.
 * Without a map (keyboard, or map not available): choose the buurt from a list and type the place.
 */
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaFeature, Instance } from '../../api/types.ts';
import { AddressSearch } from '../../ui/address/AddressSearch.tsx';
import { UseMyLocation } from '../../ui/address/UseMyLocation.tsx';
import { placeOfReverse, reverseAddress, type ChosenPlace } from '../../ui/address/api.ts';
import { sortByName } from '../../ui/map/area-filter.ts';
import { Field } from '../../ui/Field.tsx';
import { buurtAt, buurtPoint } from './geo.ts';
import { SignalMap } from './SignalMap.tsx';
import type { LatLon } from './types.ts';
import type { ReportForm } from './use-report-form.ts';

interface Props {
  f: ReportForm;
  instance: Instance | null;
  buurten: AreaFeature[];
  wijken: AreaFeature[];
}

/** Looks up the address at a tapped point; only the latest tap's answer is kept. */
function useReverseLookup(f: ReportForm, buurten: AreaFeature[]) {
  const latest = useRef(0);
  const [busy, setBusy] = useState(false);
  return {
    busy,
    async lookup(point: LatLon) {
      const ask = ++latest.current;
      const local = buurtAt(buurten, point);
      f.patch({
        placeMode: 'map',
        point,
        buurtCode: local?.properties.code ?? '',
        buurtName: local?.properties.name ?? '',
        placeLabel: '',
      });
      setBusy(true);
      try {
        const place = placeOfReverse(point.lat, point.lon, await reverseAddress(point.lat, point.lon));
        if (ask === latest.current)
          f.patch({ buurtCode: place.buurtCode ?? '', buurtName: place.buurtName ?? '', placeLabel: place.address });
      } catch {
        // The point stays; the status line says only that a place was chosen.
      } finally {
        if (ask === latest.current) setBusy(false);
      }
    },
  };
}

export function PlaceStep({ f, instance, buurten, wijken }: Props) {
  const { t, i18n } = useTranslation();
  const { draft, errors } = f;
  const err = (k: string | undefined) => (k ? t(`signals.errors.${k}`, { defaultValue: k }) : null);
  const [focus, setFocus] = useState<LatLon | null>(null);
  const reverse = useReverseLookup(f, buurten);
  const options = useMemo(
    () =>
      sortByName(
        buurten.filter((b) => b.geometry).map((b) => b.properties),
        i18n.language,
      ),
    [buurten, i18n.language],
  );

  function place(p: ChosenPlace) {
    const point = { lat: p.lat, lon: p.lon };
    f.patch({ placeMode: 'map', point, buurtCode: p.buurtCode ?? '', buurtName: p.buurtName ?? '', placeLabel: p.address });
    setFocus(point);
  }
  function chooseBuurt(code: string) {
    const buurt = buurten.find((b) => b.properties.code === code);
    f.patch({
      placeMode: code ? 'buurt' : 'map',
      buurtCode: code,
      buurtName: buurt?.properties.name ?? '',
      placeLabel: '',
      point: code ? buurtPoint(buurt) : null,
    });
  }

  return (
    <>
      <AddressSearch id="report-address-search" onSelect={place} />
      <UseMyLocation onSelect={place} />
      <p id="place-map-hint" className="hint">
        {t('signals.report.mapHint')}
      </p>
      <SignalMap
        config={instance?.map ?? null}
        buurten={buurten}
        wijken={wijken}
        marker={draft.point}
        flyTo={focus}
        onPick={(p) => void reverse.lookup(p)}
        label={t('signals.report.mapLabel')}
        className="pick-map"
      />
      <p className="place-status" role="status" aria-live="polite" data-testid="place-status">
        {placeStatus(draft, reverse.busy, t)}
      </p>
      {errors.point && (
        <p id="point-error" className="field-error" role="alert">
          {err(errors.point)}
        </p>
      )}
      <fieldset className="place-alternative">
        <legend>{t('signals.report.noMapLegend')}</legend>
        <p className="hint">{t('signals.report.noMapHint')}</p>
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

type T = (key: string, options?: Record<string, unknown>) => string;

/** "Bij Voorstraat 12, 3311 AB Dordrecht, buurt Stadscentrum", "Plek gekozen in de buurt X", … */
function placeStatus(draft: ReportForm['draft'], busy: boolean, t: T): string {
  if (!draft.point || draft.placeMode !== 'map') return '';
  if (draft.placeLabel && draft.buurtName) return t('signals.report.pointAt', { address: draft.placeLabel, buurt: draft.buurtName });
  if (busy) return t('signals.report.pointLooking');
  if (draft.buurtName) return t('signals.report.pointIn', { buurt: draft.buurtName });
  return t('signals.report.pointSet');
}
