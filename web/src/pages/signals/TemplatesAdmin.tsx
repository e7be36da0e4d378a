/** The reporter's e-mail per status (subject and text with placeholders); no template means no e-mail. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { deleteTemplate, getTemplates, saveTemplate } from './api.ts';
import { Field } from '../../ui/Field.tsx';
import { SIGNAL_STATUSES, type Template } from './types.ts';
import { errorText, useAsync } from '../../ui/use-async.ts';

const PLACEHOLDERS = ['number', 'category', 'deadline', 'text', 'trackingUrl'];

function TemplateEditor({
  status,
  template,
  canEdit,
  csrfToken,
  onSaved,
}: {
  status: string;
  template: Template | undefined;
  canEdit: boolean;
  csrfToken: string | null;
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const [subject, setSubject] = useState(template?.subject ?? '');
  const [body, setBody] = useState(template?.body ?? '');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const attempt = async (call: () => Promise<unknown>, ok: string) => {
    try {
      await call();
      setMessage({ ok: true, text: ok });
      onSaved();
    } catch (e) {
      setMessage({ ok: false, text: e instanceof ApiError ? e.problem.detail : errorText(e) });
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!subject.trim() || !body.trim()) return setMessage({ ok: false, text: t('signals.errors.required') });
    void attempt(() => saveTemplate(status, { subject: subject.trim(), body: body.trim() }, csrfToken), t('signals.settings.saved'));
  };
  return (
    <form className="template-editor" onSubmit={submit}>
      <fieldset disabled={!canEdit}>
        <legend>
          {t(`signals.status.${status}`)} {!template && <span className="badge">{t('signals.settings.noMail')}</span>}
        </legend>
        <Field id={`tpl-${status}-subject`} label={t('signals.settings.subject')}>
          <input value={subject} onChange={(e) => setSubject(e.target.value)} />
        </Field>
        <Field id={`tpl-${status}-body`} label={t('signals.settings.body')}>
          <textarea rows={6} value={body} onChange={(e) => setBody(e.target.value)} />
        </Field>
        {canEdit && (
          <div className="form-actions">
            <button type="submit" className="button small">
              {t('signals.settings.save')}
            </button>
            {template && (
              <button
                type="button"
                className="button ghost small"
                onClick={() => void attempt(() => deleteTemplate(status, csrfToken), t('signals.settings.deleted'))}
              >
                {t('signals.settings.deleteTemplate')}
              </button>
            )}
          </div>
        )}
        {message && (
          <p className={message.ok ? 'ok-text' : 'field-error'} role="status">
            {message.text}
          </p>
        )}
      </fieldset>
    </form>
  );
}

export function TemplatesAdmin({ canEdit, csrfToken }: { canEdit: boolean; csrfToken: string | null }) {
  const { t } = useTranslation();
  const [state, reload] = useAsync(() => getTemplates(), []);
  if (state.status === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (state.status === 'error')
    return (
      <p className="alert" role="alert">
        {state.detail}
      </p>
    );
  const byStatus = new Map(state.data.templates.map((x) => [x.status, x]));
  return (
    <div className="templates-admin">
      <p className="hint">{t('signals.settings.templatesIntro', { placeholders: PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ') })}</p>
      {SIGNAL_STATUSES.map((s) => (
        <TemplateEditor key={s} status={s} template={byStatus.get(s)} canEdit={canEdit} csrfToken={csrfToken} onSaved={reload} />
      ))}
    </div>
  );
}
