/** The group's facts and approach (measures, partners, mission, owner, review), and its edit form for editors. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navLink } from '../../ui/nav-link.ts';
import { useSubmit } from '../../ui/use-submit.ts';
import { changeGroup } from './api.ts';
import { areaName } from '../../ui/area-choice/area-choices.ts';
import { bodyOf, formOf } from './group-form.ts';
import { GroupForm } from './GroupForm.tsx';
import type { GroupView } from './types.ts';
import { useChoices } from './use-choices.ts';

interface Props {
  group: GroupView;
  csrf: string | null;
  onChanged(group: GroupView): void;
  /** Where the caller's cases linked to this group are listed (for those who work on cases); no count is shown. */
  casesLink?: { href: string; onNavigate(path: string): void } | undefined;
}

function EditGroup({ group, csrf, onChanged, onClose }: Props & { onClose(): void }) {
  const { t } = useTranslation();
  const choices = useChoices();
  const [form, setForm] = useState(() => formOf(group));
  const { busy, error, run } = useSubmit();
  async function submit() {
    const changed = await run(() => changeGroup(group.id, bodyOf(form), csrf));
    if (changed) {
      onChanged(changed);
      onClose();
    }
  }
  return (
    <GroupForm
      form={form}
      onChange={setForm}
      choices={choices}
      busy={busy}
      error={error}
      submitLabel={t('youthGroups.save')}
      onSubmit={() => void submit()}
      onCancel={onClose}
    />
  );
}

export function ApproachSection({ group, csrf, onChanged, casesLink }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const choices = useChoices();
  if (editing) return <EditGroup group={group} csrf={csrf} onChanged={onChanged} onClose={() => setEditing(false)} />;
  const ages = group.ageMin !== null || group.ageMax !== null ? `${group.ageMin ?? '?'}–${group.ageMax ?? '?'}` : '—';
  return (
    <div>
      <dl className="yg-facts">
        <dt>{t('youthGroups.area')}</dt>
        <dd>{areaName(choices.areas, group.areaCode)}</dd>
        <dt>{t('youthGroups.description')}</dt>
        <dd>{group.description ?? '—'}</dd>
        <dt>{t('youthGroups.size')}</dt>
        <dd>{group.sizeEstimate ?? '—'}</dd>
        <dt>{t('youthGroups.ages')}</dt>
        <dd>{ages}</dd>
        <dt>{t('youthGroups.measures')}</dt>
        <dd>
          {group.measures.length ? (
            <ul>
              {group.measures.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          ) : (
            '—'
          )}
        </dd>
        <dt>{t('youthGroups.partners')}</dt>
        <dd>{group.partners.map((p) => p.name).join(', ') || '—'}</dd>
        <dt>{t('youthGroups.mission')}</dt>
        <dd>{group.mission?.title ?? '—'}</dd>
        <dt>{t('youthGroups.owner')}</dt>
        <dd>{group.owner?.name ?? '—'}</dd>
        <dt>{t('youthGroups.reviewDate')}</dt>
        <dd>{group.reviewDate ?? '—'}</dd>
      </dl>
      <p className="hint">
        {t('youthGroups.casesNote')} {casesLink && <a {...navLink(casesLink.href, casesLink.onNavigate)}>{t('youthGroups.casesLink')}</a>}
      </p>
      {group.canEdit && (
        <button type="button" className="button" onClick={() => setEditing(true)}>
          {t('youthGroups.edit')}
        </button>
      )}
    </div>
  );
}
