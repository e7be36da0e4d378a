/**
 * The existence search (cases:search): by name and date of birth, or by BSN. A case open to you is a
 * link; any other says only that it exists and whom to ask, with "Toegang doorbreken" for those who
 * may (it opens the case page, where the break-glass dialog asks the reason). The terms go in a POST
 * body, never in the URL.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { navLink } from '../../ui/nav-link.ts';
import { useSubmit } from '../../ui/use-submit.ts';
import { type SearchAnswer, type SearchMatch, searchCases } from './api-privacy.ts';
import './cases-privacy.css';
import type { CasesPageProps } from './page-props.ts';
import { casePath } from './paths.ts';
import { type SearchMode, searchBodyOf } from './privacy-format.ts';

function MatchLine({ match, mayBreakGlass, onNavigate }: { match: SearchMatch; mayBreakGlass: boolean; onNavigate(p: string): void }) {
  const { t } = useTranslation();
  if (match.open) {
    return (
      <li>
        <p>{t('cases.search.open', { reference: match.reference })}</p>
        <a className="button small" {...navLink(casePath(match.id), onNavigate)}>
          {t('cases.search.openLink', { reference: match.reference })}
        </a>
      </li>
    );
  }
  const name = match.directorName;
  return (
    <li>
      <p>
        {name
          ? t('cases.search.exists', { reference: match.reference, name })
          : t('cases.search.existsNoDirector', { reference: match.reference })}
        {match.directorContact && (
          <>
            {' '}
            <a href={`mailto:${match.directorContact}`}>{t('cases.search.contact', { name })}</a>
          </>
        )}
      </p>
      {mayBreakGlass && match.id && (
        <a className="button small" {...navLink(casePath(match.id), onNavigate)}>
          {t('cases.search.breakGlass')}
        </a>
      )}
    </li>
  );
}

export function SearchPage({ caps, csrf, onNavigate }: CasesPageProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<SearchMode>('name');
  const [form, setForm] = useState({ name: '', birthDate: '', bsn: '' });
  const [answer, setAnswer] = useState<SearchAnswer | null>(null);
  const { busy, error, run } = useSubmit();
  async function submit() {
    setAnswer(null);
    const reply = await run(() => searchCases(searchBodyOf(mode, form), csrf));
    if (reply) setAnswer(reply);
  }
  return (
    <section className="page narrow">
      <h1 tabIndex={-1}>{t('cases.search.title')}</h1>
      <p>{t('cases.search.intro')}</p>
      <form
        className="cp-form"
        autoComplete="off"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <fieldset className="cp-modes">
          <legend>{t('cases.search.by')}</legend>
          {(['name', 'bsn'] as const).map((m) => (
            <label key={m}>
              <input type="radio" name="cp-mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
              {t(m === 'name' ? 'cases.search.byName' : 'cases.search.byBsn')}
            </label>
          ))}
        </fieldset>
        {mode === 'name' ? (
          <>
            <Field id="cp-name" label={t('cases.search.name')}>
              <input
                type="text"
                value={form.name}
                onChange={(e) => setForm({ ...form, name: e.target.value })}
                required
                minLength={2}
                maxLength={200}
              />
            </Field>
            <Field id="cp-birth" label={t('cases.search.birthDate')}>
              <input type="date" value={form.birthDate} onChange={(e) => setForm({ ...form, birthDate: e.target.value })} required />
            </Field>
          </>
        ) : (
          <Field id="cp-bsn" label={t('cases.search.bsn')} hint={t('cases.search.bsnHint')}>
            <input
              type="text"
              inputMode="numeric"
              value={form.bsn}
              onChange={(e) => setForm({ ...form, bsn: e.target.value })}
              required
              maxLength={20}
            />
          </Field>
        )}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('cases.search.busy') : t('cases.search.submit')}
        </button>
      </form>
      <div aria-live="polite" className="cp-section">
        {answer && (
          <>
            <h2>{t('cases.search.results')}</h2>
            {answer.exists ? (
              <ul className="cp-results">
                {answer.matches.map((m) => (
                  <MatchLine key={m.reference} match={m} mayBreakGlass={caps.breakGlass} onNavigate={onNavigate} />
                ))}
              </ul>
            ) : (
              <p>{t('cases.search.none')}</p>
            )}
          </>
        )}
      </div>
    </section>
  );
}
