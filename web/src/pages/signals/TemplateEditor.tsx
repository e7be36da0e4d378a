/** One standard text (subject and text with placeholders) of a status, general or for one category: save or delete. */
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { deleteTemplate, saveTemplate } from './api.ts';
import { Field } from '../../ui/Field.tsx';
import type { Template } from './types.ts';
import { errorText } from '../../ui/use-async.ts';

interface Props {
  status: string;
  categorySlug: string | null;
  legend: ReactNode;
  template: Template | undefined;
  canEdit: boolean;
  csrfToken: string | null;
  onSaved(): void;
}

export function TemplateEditor({ status, categorySlug, legend, template, canEdit, csrfToken, onSaved }: Props) {
  const { t } = useTranslation();
  const [subject, setSubject] = useState(template?.subject ?? '');
  const [body, setBody] = useState(template?.body ?? '');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const id = `tpl-${status}-${categorySlug ?? 'all'}`;
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
    const save = () => saveTemplate(status, { subject: subject.trim(), body: body.trim() }, csrfToken, categorySlug);
    void attempt(save, t('signals.settings.saved'));
  };
  return (
    <form className="template-editor" onSubmit={submit}>
      <fieldset disabled={!canEdit}>
        <legend>{legend}</legend>
        <Field id={`${id}-subject`} label={t('signals.settings.subject')}>
          <input value={subject} onChange={(e) => setSubject(e.target.value)} />
        </Field>
        <Field id={`${id}-body`} label={t('signals.settings.body')}>
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
                onClick={() => void attempt(() => deleteTemplate(status, csrfToken, categorySlug), t('signals.settings.deleted'))}
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
