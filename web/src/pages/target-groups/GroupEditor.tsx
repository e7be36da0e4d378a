/**
 * Add or edit a target group: names, description, responsible partners (from the active partners),
 * programmes (rows added and removed), the report categories and crime types that count as its
 * indicators (checkbox lists from the API's options) and the areas it applies to.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { useSubmit } from '../../ui/use-submit.ts';
import { changeTargetGroup, createTargetGroup, type TargetGroup, type TargetGroupOptions } from './api.ts';
import { CheckList } from './CheckList.tsx';

interface Props {
  group: TargetGroup | null;
  options: TargetGroupOptions;
  csrfToken: string | null;
  onSaved(): void;
  onCancel(): void;
}

interface ProgrammeDraft {
  name: string;
  description: string;
  url: string;
}

function draftOf(g: TargetGroup | null) {
  return {
    nameNl: g?.nameNl ?? '',
    nameEn: g?.nameEn ?? '',
    description: g?.description ?? '',
    partnerIds: g?.partners.map((p) => p.id) ?? [],
    programmes: g?.programmes.map((p) => ({ name: p.name, description: p.description, url: p.url ?? '' })) ?? ([] as ProgrammeDraft[]),
    categorySlugs: g?.categories.map((c) => c.slug) ?? [],
    crimeTypes: g?.crimeTypes.map((c) => c.code) ?? [],
    areaCodes: g?.areaCodes.join(', ') ?? '',
  };
}
type Draft = ReturnType<typeof draftOf>;

function bodyOf(d: Draft) {
  return {
    nameNl: d.nameNl.trim(),
    nameEn: d.nameEn.trim(),
    description: d.description.trim(),
    partnerIds: d.partnerIds,
    programmes: d.programmes
      .filter((p) => p.name.trim())
      .map((p) => ({ name: p.name.trim(), description: p.description.trim(), ...(p.url.trim() ? { url: p.url.trim() } : {}) })),
    categorySlugs: d.categorySlugs,
    crimeTypes: d.crimeTypes,
    areaCodes: d.areaCodes
      .split(/[\s,;]+/)
      .map((c) => c.trim().toUpperCase())
      .filter(Boolean),
  };
}

export function GroupEditor({ group, options, csrfToken, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [d, setD] = useState<Draft>(() => draftOf(group));
  const submit = useSubmit();
  const formId = group ? `tg-edit-${group.key}` : 'tg-new';
  const set = (change: Partial<Draft>) => setD((prev) => ({ ...prev, ...change }));
  const setProgramme = (i: number, change: Partial<ProgrammeDraft>) =>
    set({ programmes: d.programmes.map((p, k) => (k === i ? { ...p, ...change } : p)) });

  async function send(e: FormEvent) {
    e.preventDefault();
    const body = bodyOf(d);
    const done = await submit.run(() => (group ? changeTargetGroup(group.id, body, csrfToken) : createTargetGroup(body, csrfToken)));
    if (done) onSaved();
  }

  return (
    <form className="panel-card action-form target-group-form" onSubmit={send} noValidate aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`}>{group ? t('targetGroups.form.titleEdit', { name: group.nameNl }) : t('targetGroups.form.titleNew')}</h2>
      {submit.error && (
        <p className="alert" role="alert">
          {submit.error}
        </p>
      )}
      <div className="field-row">
        <Field id={`${formId}-nl`} label={t('targetGroups.form.nameNl')}>
          <input value={d.nameNl} onChange={(e) => set({ nameNl: e.target.value })} required />
        </Field>
        <Field id={`${formId}-en`} label={t('targetGroups.form.nameEn')}>
          <input value={d.nameEn} onChange={(e) => set({ nameEn: e.target.value })} required />
        </Field>
      </div>
      <Field id={`${formId}-description`} label={t('targetGroups.form.description')} hint={t('targetGroups.form.descriptionHint')}>
        <textarea rows={2} value={d.description} onChange={(e) => set({ description: e.target.value })} />
      </Field>
      <CheckList
        legend={t('targetGroups.form.partners')}
        empty={t('targetGroups.form.noPartnerOptions')}
        items={options.partners.map((p) => ({ value: p.id, label: p.name }))}
        selected={d.partnerIds}
        onChange={(partnerIds) => set({ partnerIds })}
      />
      <fieldset>
        <legend>{t('targetGroups.form.programmes')}</legend>
        {d.programmes.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: programme rows have no id; a row is removed by its button
          <div className="programme-row" key={i}>
            <Field id={`${formId}-programme-${i}-name`} label={t('targetGroups.form.programmeName')}>
              <input value={p.name} onChange={(e) => setProgramme(i, { name: e.target.value })} />
            </Field>
            <Field id={`${formId}-programme-${i}-description`} label={t('targetGroups.form.programmeDescription')}>
              <input value={p.description} onChange={(e) => setProgramme(i, { description: e.target.value })} />
            </Field>
            <Field id={`${formId}-programme-${i}-url`} label={t('targetGroups.form.programmeUrl')}>
              <input type="url" inputMode="url" value={p.url} onChange={(e) => setProgramme(i, { url: e.target.value })} />
            </Field>
            <button
              type="button"
              className="link-button"
              onClick={() => set({ programmes: d.programmes.filter((_, k) => k !== i) })}
              aria-label={t('targetGroups.form.removeProgramme', { name: p.name || i + 1 })}
            >
              ✕
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button ghost small"
          onClick={() => set({ programmes: [...d.programmes, { name: '', description: '', url: '' }] })}
        >
          {t('targetGroups.form.addProgramme')}
        </button>
      </fieldset>
      <CheckList
        legend={t('targetGroups.form.categories')}
        items={options.categories.map((c) => ({ value: c.slug, label: c.parentName ? `${c.parentName} › ${c.name}` : c.name }))}
        selected={d.categorySlugs}
        onChange={(categorySlugs) => set({ categorySlugs })}
      />
      <CheckList
        legend={t('targetGroups.form.crimeTypes')}
        items={options.crimeTypes.map((c) => ({ value: c.code, label: `${c.code} ${c.title}` }))}
        selected={d.crimeTypes}
        onChange={(crimeTypes) => set({ crimeTypes })}
      />
      <Field id={`${formId}-areas`} label={t('targetGroups.form.areaCodes')}>
        <input value={d.areaCodes} onChange={(e) => set({ areaCodes: e.target.value })} />
      </Field>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={submit.busy}>
          {submit.busy ? t('targetGroups.form.saving') : t('targetGroups.form.save')}
        </button>
        <button type="button" className="button ghost" onClick={onCancel}>
          {t('targetGroups.form.cancel')}
        </button>
      </div>
    </form>
  );
}
