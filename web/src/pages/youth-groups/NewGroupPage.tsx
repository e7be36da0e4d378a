/** Register a group: its fields and, optionally, its first hangplek. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navLink } from '../../ui/nav-link.ts';
import { useSubmit } from '../../ui/use-submit.ts';
import { createGroup } from './api.ts';
import { bodyOf, EMPTY_FORM } from './group-form.ts';
import { GroupForm } from './GroupForm.tsx';
import { HangplekFields } from './HangplekFields.tsx';
import { EMPTY_HANGPLEK, hangplekOf } from './hangplek-input.ts';
import { YOUTH_GROUPS_PATH, youthGroupPath } from './paths.ts';
import { useChoices } from './use-choices.ts';

interface Props {
  csrf: string | null;
  onNavigate(path: string): void;
}

export function NewGroupPage({ csrf, onNavigate }: Props) {
  const { t } = useTranslation();
  const choices = useChoices();
  const [form, setForm] = useState(EMPTY_FORM);
  const [hangplek, setHangplek] = useState(EMPTY_HANGPLEK);
  const { busy, error, setError, run } = useSubmit();
  async function submit() {
    const typed = hangplek.name || hangplek.lat || hangplek.lon || hangplek.corners;
    const place = typed ? hangplekOf(hangplek) : null;
    if (place && 'error' in place) return setError(t(place.error));
    const created = await run(() => createGroup({ ...bodyOf(form), hangplekken: place ? [place] : [] }, csrf));
    if (created) onNavigate(youthGroupPath(created.id));
  }
  return (
    <div className="page">
      <p>
        <a {...navLink(YOUTH_GROUPS_PATH, onNavigate)}>{t('youthGroups.back')}</a>
      </p>
      <h1 tabIndex={-1}>{t('youthGroups.new')}</h1>
      <GroupForm
        form={form}
        onChange={setForm}
        choices={choices}
        busy={busy}
        error={error}
        submitLabel={t('youthGroups.register')}
        onSubmit={() => void submit()}
        onCancel={() => onNavigate(YOUTH_GROUPS_PATH)}
      >
        <HangplekFields value={hangplek} onChange={setHangplek} />
      </GroupForm>
    </div>
  );
}
