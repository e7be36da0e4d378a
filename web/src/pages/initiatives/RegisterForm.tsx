/**
 * The residents' form (no account, phone first): what, where (address search → buurt), support
 * asked, contact and consent. Checks every field before sending and shows the errors at the
 * fields and in a summary that takes focus; the server's problem detail is shown when it refuses.
 */
import { type FormEvent, type RefObject, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddressSearch } from '../../ui/address/AddressSearch.tsx';
import type { ChosenPlace } from '../../ui/address/api.ts';
import { Field } from '../../ui/Field.tsx';
import { useSubmit } from '../../ui/use-submit.ts';
import { type RegisterReply, registerInitiative } from './api.ts';
import { bodyOf, checkForm, EMPTY_FORM, type FormErrors, KINDS, type RegisterFormState, SUPPORT_ASKED } from './register-form.ts';

interface Props {
  csrfToken: string | null;
  onDone(reply: RegisterReply, form: RegisterFormState): void;
}

type Update = <K extends keyof RegisterFormState>(key: K, value: RegisterFormState[K]) => void;

export function RegisterForm({ csrfToken, onDone }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState<RegisterFormState>(EMPTY_FORM);
  const [errors, setErrors] = useState<FormErrors>({});
  const [placeNote, setPlaceNote] = useState<string | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const submit = useSubmit();
  const update: Update = (key, value) => setForm((f) => ({ ...f, [key]: value }));
  const err = (k: keyof FormErrors) => (errors[k] ? t(`initiatives.form.errors.${errors[k]}`) : null);

  function choosePlace(p: ChosenPlace) {
    if (!p.buurtCode || !p.buurtName) {
      update('place', null);
      setPlaceNote(t('initiatives.form.placeNoBuurt'));
      return;
    }
    setPlaceNote(null);
    update('place', { buurtCode: p.buurtCode, buurtName: p.buurtName, lat: p.lat, lon: p.lon, label: p.label });
  }

  async function send(e: FormEvent) {
    e.preventDefault();
    const found = checkForm(form);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    const reply = await submit.run(() => registerInitiative(bodyOf(form), csrfToken));
    if (reply) onDone(reply, form);
    else requestAnimationFrame(() => summary.current?.focus());
  }

  const errorList = Object.values(errors).map((k) => t(`initiatives.form.errors.${k}`));
  return (
    <form className="initiative-form" onSubmit={send} noValidate>
      <ErrorSummary refTo={summary} errors={errorList} serverError={submit.error} />
      <WhatFields form={form} update={update} err={err} />
      <fieldset>
        <legend>{t('initiatives.form.where')}</legend>
        {err('place') && <p className="field-error">{err('place')}</p>}
        <AddressSearch id="initiative-place" label={t('initiatives.form.placeLabel')} onSelect={choosePlace} />
        <p className="hint" role="status" data-testid="initiative-buurt">
          {form.place ? t('initiatives.form.placeChosen', { name: form.place.buurtName }) : (placeNote ?? '')}
        </p>
      </fieldset>
      <SupportFields form={form} update={update} err={err} />
      <ContactFields form={form} update={update} err={err} />
      <ConsentFields form={form} update={update} err={err} />
      <button type="submit" className="button primary" disabled={submit.busy}>
        {submit.busy ? t('initiatives.form.sending') : t('initiatives.form.submit')}
      </button>
    </form>
  );
}

function ErrorSummary(props: { refTo: RefObject<HTMLDivElement | null>; errors: string[]; serverError: string | null }) {
  const { t } = useTranslation();
  if (props.errors.length === 0 && !props.serverError) return null;
  return (
    <div className="form-errors" role="alert" tabIndex={-1} ref={props.refTo}>
      <h2>{t('initiatives.form.errorsTitle')}</h2>
      <ul>
        {props.errors.map((x) => (
          <li key={x}>{x}</li>
        ))}
        {props.serverError && <li>{t('initiatives.form.errors.server', { detail: props.serverError })}</li>}
      </ul>
    </div>
  );
}

interface PartProps {
  form: RegisterFormState;
  update: Update;
  err(k: keyof FormErrors): string | null;
}

function WhatFields({ form, update, err }: PartProps) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{t('initiatives.form.what')}</legend>
      <Field id="initiative-kind" label={t('initiatives.form.kind')}>
        <select value={form.kind} onChange={(e) => update('kind', e.target.value as RegisterFormState['kind'])}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`initiatives.kind.${k}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="initiative-title" label={t('initiatives.form.name')} hint={t('initiatives.form.nameHint')} error={err('title')}>
        <input type="text" maxLength={120} value={form.title} onChange={(e) => update('title', e.target.value)} />
      </Field>
      <Field
        id="initiative-description"
        label={t('initiatives.form.description')}
        hint={t('initiatives.form.descriptionHint')}
        error={err('description')}
      >
        <textarea rows={4} maxLength={2000} value={form.description} onChange={(e) => update('description', e.target.value)} />
      </Field>
    </fieldset>
  );
}

function SupportFields({ form, update, err }: PartProps) {
  const { t } = useTranslation();
  const toggle = (k: (typeof SUPPORT_ASKED)[number], on: boolean) =>
    update('supportAsked', on ? [...form.supportAsked, k] : form.supportAsked.filter((x) => x !== k));
  return (
    <>
      <Field id="initiative-people" label={t('initiatives.form.people')} hint={t('initiatives.form.peopleHint')} error={err('people')}>
        <input type="text" inputMode="numeric" maxLength={6} value={form.people} onChange={(e) => update('people', e.target.value)} />
      </Field>
      <fieldset>
        <legend>{t('initiatives.form.support')}</legend>
        {SUPPORT_ASKED.map((k) => (
          <label key={k} className="check">
            <input type="checkbox" checked={form.supportAsked.includes(k)} onChange={(e) => toggle(k, e.target.checked)} />
            {t(`initiatives.supportAsked.${k}`)}
          </label>
        ))}
        <Field id="initiative-support-note" label={t('initiatives.form.supportNote')}>
          <textarea rows={2} maxLength={1000} value={form.supportNote} onChange={(e) => update('supportNote', e.target.value)} />
        </Field>
      </fieldset>
    </>
  );
}

function ContactFields({ form, update, err }: PartProps) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{t('initiatives.form.contact')}</legend>
      <p className="hint">{t('initiatives.form.contactLead')}</p>
      <Field id="initiative-contact-name" label={t('initiatives.form.contactName')} error={err('name')}>
        <input type="text" autoComplete="name" maxLength={120} value={form.name} onChange={(e) => update('name', e.target.value)} />
      </Field>
      <Field id="initiative-email" label={t('initiatives.form.email')} error={err('email')}>
        <input type="email" autoComplete="email" maxLength={254} value={form.email} onChange={(e) => update('email', e.target.value)} />
      </Field>
      <Field id="initiative-phone" label={t('initiatives.form.phone')} error={err('phone')}>
        <input type="tel" autoComplete="tel" maxLength={20} value={form.phone} onChange={(e) => update('phone', e.target.value)} />
      </Field>
    </fieldset>
  );
}

function ConsentFields({ form, update, err }: PartProps) {
  const { t } = useTranslation();
  const box = (id: string, key: 'consentContact' | 'consentPublish' | 'consentEmail', label: string, error?: string | null) => (
    <div className={`checkbox-field${error ? ' has-error' : ''}`}>
      <input
        id={id}
        type="checkbox"
        checked={form[key]}
        aria-invalid={error ? true : undefined}
        onChange={(e) => update(key, e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {error && <p className="field-error">{error}</p>}
    </div>
  );
  return (
    <fieldset>
      <legend>{t('initiatives.form.consent')}</legend>
      {box('initiative-consent-contact', 'consentContact', t('initiatives.form.consentContact'), err('consent'))}
      {box('initiative-consent-publish', 'consentPublish', t('initiatives.form.consentPublish'))}
      {box('initiative-consent-email', 'consentEmail', t('initiatives.form.consentEmail'))}
    </fieldset>
  );
}
