/**
 * Figures of the person-oriented approach (/casussen/cijfers): a year and an area (the whole
 * municipality, a wijk or a buurt), then the key figures and tables per criterion, trajectory,
 * month and life domain. Counts only — no person, no case; a suppressed value reads "—" with the
 * reason beside the tables.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getAreaChoices } from '../../ui/area-choice/area-choices.ts';
import { AreaSelect } from '../../ui/area-choice/AreaSelect.tsx';
import { Field } from '../../ui/Field.tsx';
import { shown, useAsync } from '../../ui/use-async.ts';
import { type FiguresQuery, getCaseFigures } from './api-figures.ts';
import { yearChoices } from './figures-format.ts';
import { FiguresTables } from './FiguresTables.tsx';
import type { CasesPageProps } from './page-props.ts';
import './cases-figures.css';

export function FiguresPage(_props: CasesPageProps) {
  const { t } = useTranslation();
  const years = yearChoices(new Date());
  const [query, setQuery] = useState<FiguresQuery>({ year: years[0]! });
  const [draft, setDraft] = useState<FiguresQuery>({ year: years[0]! });
  const [state] = useAsync(() => getCaseFigures(query), [query.year, query.area], { showReload: true });
  const [areas] = useAsync(() => getAreaChoices(), []);
  const data = shown(state);

  function apply(e: FormEvent) {
    e.preventDefault();
    setQuery({ ...draft });
  }

  return (
    <section className="page cases-figures" aria-labelledby="cases-figures-title">
      <h1 id="cases-figures-title" tabIndex={-1}>
        {t('cases.figures.title')}
      </h1>
      <p className="lead">{t('cases.figures.intro')}</p>
      <form className="cases-figures-filters" onSubmit={apply}>
        <Field id="cases-figures-year" label={t('cases.figures.year')}>
          <select value={draft.year} onChange={(e) => setDraft({ ...draft, year: Number(e.target.value) })}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </Field>
        <Field id="cases-figures-area" label={t('cases.figures.area')}>
          <AreaSelect
            areas={areas.status === 'ready' ? areas.data : null}
            value={draft.area ?? ''}
            onChange={(area) => setDraft({ ...draft, area: area || undefined })}
            emptyLabel={t('cases.figures.wholeMunicipality')}
          />
        </Field>
        <button type="submit" className="button primary">
          {t('cases.figures.show')}
        </button>
      </form>
      {state.status === 'loading' && <p role="status">{t('cases.loading')}</p>}
      {state.status === 'error' && (
        <p className="alert" role="alert">
          {state.detail}
        </p>
      )}
      {data && <FiguresTables data={data} />}
    </section>
  );
}
