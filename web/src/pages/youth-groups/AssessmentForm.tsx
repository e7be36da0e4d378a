/** A new shortlist assessment: every item answered, the classification computed live, a reason to record another. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { useAsync } from '../../ui/use-async.ts';
import { useSubmit } from '../../ui/use-submit.ts';
import { addAssessment, getShortlist } from './api.ts';
import { ClassificationBadge } from './ClassificationBadge.tsx';
import { type Answers, CLASSES, classify } from './shortlist-rule.ts';
import type { Classification, ShortlistItem } from './types.ts';

interface Props {
  groupId: string;
  csrf: string | null;
  today: string;
  onSaved(): void;
}

/** The shortlist items per typing, each answered not seen / now and then / regularly. */
function ShortlistItems({ items, answers, onChange }: { items: readonly ShortlistItem[]; answers: Answers; onChange(a: Answers): void }) {
  const { t } = useTranslation();
  return (
    <>
      {CLASSES.map((category) => (
        <fieldset key={category}>
          <legend>{t(`youthGroups.items.${category}`)}</legend>
          {items
            .filter((i) => i.category === category)
            .map((item) => (
              <div className="yg-item" key={item.code}>
                <label htmlFor={`yg-item-${item.code}`}>{t(`youthGroups.item.${item.code}`, { defaultValue: item.label })}</label>
                <select
                  id={`yg-item-${item.code}`}
                  value={answers[item.code] ?? 0}
                  onChange={(e) => onChange({ ...answers, [item.code]: Number(e.target.value) as 0 | 1 | 2 })}
                >
                  <option value={0}>{t('youthGroups.answer0')}</option>
                  <option value={1}>{t('youthGroups.answer1')}</option>
                  <option value={2}>{t('youthGroups.answer2')}</option>
                </select>
              </div>
            ))}
        </fieldset>
      ))}
    </>
  );
}

export function AssessmentForm({ groupId, csrf, today, onSaved }: Props) {
  const { t } = useTranslation();
  const [shortlist] = useAsync(() => getShortlist(), []);
  const [answers, setAnswers] = useState<Answers>({});
  const [assessedOn, setAssessedOn] = useState(today);
  const [chosen, setChosen] = useState<Classification | ''>('');
  const [reason, setReason] = useState('');
  const { busy, error, run } = useSubmit();
  if (shortlist.status !== 'ready') return <p role="status">{t('youthGroups.loading')}</p>;
  const { items, categorySumThreshold } = shortlist.data;
  const computed = classify(items, categorySumThreshold, answers);
  const final = chosen || computed;
  async function submit() {
    const body = { assessedOn, answers, ...(final !== computed ? { classification: final, deviationReason: reason } : {}) };
    if (await run(() => addAssessment(groupId, body, csrf))) {
      setAnswers({});
      setChosen('');
      setReason('');
      onSaved();
    }
  }
  return (
    <form
      className="yg-items"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Field id="yg-assessed-on" label={t('youthGroups.assessedOn')}>
        <input type="date" value={assessedOn} max={today} onChange={(e) => setAssessedOn(e.target.value)} required />
      </Field>
      <ShortlistItems items={items} answers={answers} onChange={setAnswers} />
      <p className="yg-live" aria-live="polite">
        {t('youthGroups.computed')} <ClassificationBadge value={computed} />
      </p>
      <Field id="yg-final" label={t('youthGroups.finalClass')} hint={t('youthGroups.finalHint')}>
        <select value={chosen} onChange={(e) => setChosen(e.target.value as Classification | '')}>
          <option value="">{t('youthGroups.asComputed')}</option>
          {CLASSES.map((c) => (
            <option key={c} value={c}>
              {t(`youthGroups.class.${c}`)}
            </option>
          ))}
        </select>
      </Field>
      {final !== computed && (
        <Field id="yg-reason" label={t('youthGroups.reason')}>
          <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={2} required minLength={3} />
        </Field>
      )}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {t('youthGroups.saveAssessment')}
        </button>
      </div>
    </form>
  );
}
