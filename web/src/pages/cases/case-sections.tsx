/** Sections of a case with their small forms: household, members (procesregisseur assigns) and links. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { useAsync } from '../../ui/use-async.ts';
import { useSubmit } from '../../ui/use-submit.ts';
import {
  addHousehold,
  addLink,
  addMember,
  type CaseView,
  getAssignableUsers,
  getYouthGroupChoices,
  type LinkBody,
  removeHousehold,
  removeLink,
  removeMember,
} from './api-cases.ts';
import { formatDate } from './case-format.ts';

interface Props {
  view: CaseView;
  csrf: string | null;
  onChanged(): void;
}

const LINK_KINDS = ['youth-group', 'address', 'incident', 'signal', 'decision'] as const;

/** A remove button that runs the call, then reloads; its problem shown beside it. */
function RemoveButton({ label, call, onDone }: { label: string; call(): Promise<unknown>; onDone(): void }) {
  const { busy, error, run } = useSubmit();
  return (
    <span>
      <button
        type="button"
        className="button secondary"
        disabled={busy}
        aria-label={label}
        onClick={() => void run(call).then((ok) => ok !== null && onDone())}
      >
        ×
      </button>
      {error && <span role="alert"> {error}</span>}
    </span>
  );
}

export function HouseholdSection({ view, csrf, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const [name, setName] = useState('');
  const [relation, setRelation] = useState('');
  const { busy, error, run } = useSubmit();
  async function add(e: React.FormEvent) {
    e.preventDefault();
    if (await run(() => addHousehold(view.id, { name: name.trim() || null, relation: relation.trim() }, csrf))) {
      setName('');
      setRelation('');
      onChanged();
    }
  }
  return (
    <section className="case-section" aria-labelledby="case-household-h">
      <h2 id="case-household-h">{t('cases.case.household')}</h2>
      {view.household.length === 0 && <p>{t('cases.case.noHousehold')}</p>}
      <ul className="case-list">
        {view.household.map((h) => (
          <li key={h.id}>
            <span>
              {h.name ?? '—'} ({h.relation}){h.birthDate && `, ${formatDate(h.birthDate, i18n.language)}`}
            </span>
            {view.permissions.edit && (
              <RemoveButton
                label={t('cases.case.removeNamed', { name: h.name ?? h.relation })}
                call={() => removeHousehold(view.id, h.id, csrf)}
                onDone={onChanged}
              />
            )}
          </li>
        ))}
      </ul>
      {view.permissions.edit && (
        <form className="case-row" onSubmit={(e) => void add(e)} noValidate>
          <Field id="case-hh-name" label={t('cases.case.name')}>
            <input value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
          </Field>
          <Field id="case-hh-relation" label={t('cases.case.relation')} error={error}>
            <input value={relation} onChange={(e) => setRelation(e.target.value)} autoComplete="off" required />
          </Field>
          <button type="submit" className="button secondary" disabled={busy}>
            {t('cases.new.addHousehold')}
          </button>
        </form>
      )}
    </section>
  );
}

function AddMember({ view, csrf, onChanged }: Props) {
  const { t } = useTranslation();
  const [users] = useAsync(() => getAssignableUsers(), []);
  const [userId, setUserId] = useState('');
  const { busy, error, run } = useSubmit();
  const present = new Set(view.members.map((m) => m.userId));
  const choices = users.status === 'ready' ? users.data.filter((u) => !present.has(u.id)) : [];
  async function add(e: React.FormEvent) {
    e.preventDefault();
    if (userId && (await run(() => addMember(view.id, userId, csrf)))) {
      setUserId('');
      onChanged();
    }
  }
  return (
    <form className="case-row" onSubmit={(e) => void add(e)} noValidate>
      <Field id="case-add-member" label={t('cases.case.addMember')} error={error}>
        <select value={userId} onChange={(e) => setUserId(e.target.value)}>
          <option value="">{t('cases.new.choose')}</option>
          {choices.map((u) => (
            <option key={u.id} value={u.id}>
              {u.organisations.length ? `${u.name} (${u.organisations.map((o) => o.name).join(', ')})` : u.name}
            </option>
          ))}
        </select>
      </Field>
      <button type="submit" className="button secondary" disabled={busy || !userId}>
        {t('cases.case.assign')}
      </button>
    </form>
  );
}

export function MembersSection({ view, csrf, onChanged }: Props) {
  const { t } = useTranslation();
  return (
    <section className="case-section" aria-labelledby="case-members-h">
      <h2 id="case-members-h">{t('cases.case.members')}</h2>
      <ul className="case-list">
        {view.members.map((m) => (
          <li key={m.userId}>
            <span>
              {m.name} — {t(`cases.case.memberRole.${m.role}`)}
              {m.partner && <span className="cell-sub">{m.partner.name}</span>}
            </span>
            {view.permissions.direct && m.role !== 'director' && (
              <RemoveButton
                label={t('cases.case.removeNamed', { name: m.name })}
                call={() => removeMember(view.id, m.userId, csrf)}
                onDone={onChanged}
              />
            )}
          </li>
        ))}
      </ul>
      {view.permissions.direct && <AddMember view={view} csrf={csrf} onChanged={onChanged} />}
    </section>
  );
}

/** `mayReadYouthGroups`: the register is offered to link only to those who may read it (no refused request for others). */
export function LinksSection({ view, csrf, onChanged, mayReadYouthGroups = false }: Props & { mayReadYouthGroups?: boolean }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<LinkBody['kind']>('incident');
  const [ref, setRef] = useState('');
  const offerGroups = view.permissions.edit && mayReadYouthGroups;
  const [groups] = useAsync(() => (offerGroups ? getYouthGroupChoices() : Promise.resolve([])), [offerGroups]);
  const groupChoices = groups.status === 'ready' ? groups.data : [];
  const { busy, error, run } = useSubmit();
  async function add(e: React.FormEvent) {
    e.preventDefault();
    if (await run(() => addLink(view.id, { kind, ref: ref.trim() }, csrf))) {
      setRef('');
      onChanged();
    }
  }
  return (
    <section className="case-section" aria-labelledby="case-links-h">
      <h2 id="case-links-h">{t('cases.case.links')}</h2>
      {view.links.length === 0 && <p>{t('cases.case.noLinks')}</p>}
      <ul className="case-list">
        {view.links.map((l) => (
          <li key={l.id}>
            <span>
              {t(`cases.case.linkKind.${l.kind}`)}: {l.label ?? l.ref}
            </span>
            {view.permissions.edit && (
              <RemoveButton
                label={t('cases.case.removeNamed', { name: l.label ?? l.ref })}
                call={() => removeLink(view.id, l.id, csrf)}
                onDone={onChanged}
              />
            )}
          </li>
        ))}
      </ul>
      {view.permissions.edit && (
        <form className="case-row" onSubmit={(e) => void add(e)} noValidate>
          <Field id="case-link-kind" label={t('cases.case.linkKindLabel')}>
            <select
              value={kind}
              onChange={(e) => {
                setKind(e.target.value as LinkBody['kind']);
                setRef('');
              }}
            >
              {LINK_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`cases.case.linkKind.${k}`)}
                </option>
              ))}
            </select>
          </Field>
          {kind === 'youth-group' && groupChoices.length > 0 ? (
            <Field id="case-link-ref" label={t('cases.case.youthGroup')} error={error}>
              <select value={ref} onChange={(e) => setRef(e.target.value)}>
                <option value="">{t('cases.new.choose')}</option>
                {groupChoices.map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.name}
                  </option>
                ))}
              </select>
            </Field>
          ) : (
            <Field
              id="case-link-ref"
              label={t('cases.case.linkRef')}
              hint={kind === 'youth-group' ? t('cases.case.linkGroupHint') : undefined}
              error={error}
            >
              <input value={ref} onChange={(e) => setRef(e.target.value)} autoComplete="off" />
            </Field>
          )}
          <button type="submit" className="button secondary" disabled={busy || !ref.trim()}>
            {t('cases.case.addLink')}
          </button>
        </form>
      )}
    </section>
  );
}
