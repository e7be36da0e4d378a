/**
 * "Vroegsignaal doorgeven": a partner account's form (area from a list or an address search —
 * only the buurt is kept —, theme, urgency, text without names, its own reference), then the
 * confirmation with the number. Phone first: one column, native selects.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../api/types.ts';
import { AddressSearch } from '../../ui/address/AddressSearch.tsx';
import { Field } from '../../ui/Field.tsx';
import { navLink } from '../../ui/nav-link.ts';
import { useAreaData } from '../../ui/map/use-area-data.ts';
import { areaOptions, contactDetailsIn, listEarlySignals, THEMES, URGENCIES, type EarlySignalCreated } from './early-signals.ts';
import { formatDate } from './format.ts';
import { detailPath, STAFF_PATH } from './paths.ts';
import { useEarlySignalForm } from './use-early-signal-form.ts';
import './i18n.ts';

interface Props {
  session: Session;
  onNavigate(path: string): void;
}

function Sent({ sent, onAnother, onNavigate }: { sent: EarlySignalCreated; onAnother(): void; onNavigate(path: string): void }) {
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="confirmation" aria-labelledby="early-sent-title">
      <h1 id="early-sent-title" ref={heading} tabIndex={-1}>
        {t('earlySignals.sentTitle')}
      </h1>
      <p className="lead" data-testid="early-signal-number">
        {t('earlySignals.sentText', { number: sent.number })}
      </p>
      <p>{t('earlySignals.sentDeadline', { date: formatDate(sent.deadline, i18n.language) })}</p>
      <p className="actions">
        <a className="button" {...navLink(detailPath(sent.number), onNavigate)}>
          {t('earlySignals.open')}
        </a>{' '}
        <a className="button ghost" {...navLink(STAFF_PATH, onNavigate)}>
          {t('earlySignals.backToInbox')}
        </a>{' '}
        <button type="button" className="button ghost" onClick={onAnother}>
          {t('earlySignals.another')}
        </button>
      </p>
    </section>
  );
}

/** The buurt or wijk: from the list (wijken with their buurten), or the buurt of a searched address (the address itself is not kept). */
function AreaPicker({ area, error, onChange }: { area: string; error: string | undefined; onChange(area: string): void }) {
  const { t } = useTranslation();
  const { data } = useAreaData();
  const [addressNote, setAddressNote] = useState('');
  const groups = data.status === 'ready' ? areaOptions(data.wijken, data.buurten) : [];
  return (
    <>
      <Field id="early-area" label={t('earlySignals.area')} hint={t('earlySignals.areaHint')} error={error}>
        <select value={area} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('earlySignals.areaChoose')}</option>
          {groups.map((g) => (
            <optgroup key={g.wijk.code} label={g.wijk.name}>
              <option value={g.wijk.code}>{t('earlySignals.wholeWijk', { name: g.wijk.name })}</option>
              {g.buurten.map((b) => (
                <option key={b.code} value={b.code}>
                  {b.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </Field>
      <AddressSearch
        id="early-address"
        label={t('earlySignals.addressSearch')}
        onSelect={(place) => {
          if (place.buurtCode) onChange(place.buurtCode);
          setAddressNote(
            place.buurtCode
              ? t('earlySignals.areaFromAddress', { name: place.buurtName ?? place.buurtCode })
              : t('earlySignals.areaNotFound'),
          );
        }}
      />
      <p className="hint" role="status" aria-live="polite">
        {addressNote}
      </p>
    </>
  );
}

export function EarlySignalPage({ session, onNavigate }: Props) {
  const { t } = useTranslation();
  const form = useEarlySignalForm(session.csrfToken);
  const { fields, set, errors } = form;
  const [organisations, setOrganisations] = useState<Array<{ id: string; name: string }>>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  // biome-ignore lint/correctness/useExhaustiveDependencies(set): once, when the page opens: an account acting for several organisations starts with the first.
  useEffect(
    () =>
      void listEarlySignals(true)
        .then((r) => {
          setOrganisations(r.organisations);
          if (r.organisations.length > 1) set({ partnerId: r.organisations[0]!.id });
        })
        .catch(() => setOrganisations([])),
    [],
  );
  if (form.sent) return <Sent sent={form.sent} onAnother={form.reset} onNavigate={onNavigate} />;

  return (
    <div className="page narrow early-signal-page">
      <p>
        <a {...navLink(STAFF_PATH, onNavigate)}>← {t('earlySignals.backToInbox')}</a>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {t('earlySignals.title')}
      </h1>
      <p className="lead">{t('earlySignals.lead')}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void form.submit();
        }}
      >
        {organisations.length > 1 && (
          <Field id="early-org" label={t('earlySignals.organisation')}>
            <select value={fields.partnerId} onChange={(e) => set({ partnerId: e.target.value })}>
              {organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </Field>
        )}
        <AreaPicker area={fields.area} error={errors.area} onChange={(area) => set({ area })} />
        <Field id="early-theme" label={t('earlySignals.theme')}>
          <select value={fields.theme} onChange={(e) => set({ theme: e.target.value as typeof fields.theme })}>
            {THEMES.map((th) => (
              <option key={th} value={th}>
                {t(`earlySignals.themes.${th}`)}
              </option>
            ))}
          </select>
        </Field>
        <fieldset className="field">
          <legend>{t('earlySignals.urgency')}</legend>
          <p className="hint">{t('earlySignals.urgencyHint')}</p>
          {URGENCIES.map((u) => (
            <label key={u} className="radio">
              <input type="radio" name="urgency" value={u} checked={fields.urgency === u} onChange={() => set({ urgency: u })} />{' '}
              {t(`earlySignals.urgencies.${u}`)}
            </label>
          ))}
        </fieldset>
        <Field id="early-text" label={t('earlySignals.text')} hint={t('earlySignals.textHint')} error={errors.text}>
          <textarea rows={6} maxLength={2000} value={fields.text} onChange={(e) => set({ text: e.target.value })} />
        </Field>
        {contactDetailsIn(fields.text) && (
          <p className="notice" role="status">
            {t('earlySignals.textContactWarning')}
          </p>
        )}
        <Field id="early-reference" label={t('earlySignals.reference')} hint={t('earlySignals.referenceHint')} error={errors.reference}>
          <input type="text" maxLength={60} value={fields.reference} onChange={(e) => set({ reference: e.target.value })} />
        </Field>
        {errors.form && (
          <p className="alert" role="alert">
            {errors.form}
          </p>
        )}
        <p className="actions">
          <button type="submit" className="button" disabled={form.busy}>
            {form.busy ? t('earlySignals.sending') : t('earlySignals.submit')}
          </button>{' '}
          <a className="button ghost" {...navLink(STAFF_PATH, onNavigate)}>
            {t('earlySignals.cancel')}
          </a>
        </p>
      </form>
    </div>
  );
}
