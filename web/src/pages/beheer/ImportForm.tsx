/** The upload form of Beheer → Imports: kind (with what it reads), file, the kind's options; starts a job. */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { useSubmit } from '../../ui/use-submit.ts';
import { startImport } from './imports-api.ts';
import { IMPORT_KINDS, KIND_ACCEPT, KIND_OPTIONS, type OptionField, type OptionValues, optionsFor, sizeText } from './imports-format.ts';
import type { ImportJob, ImportKind } from './types.ts';

interface Props {
  csrfToken: string | null;
  maxBytes: number | null;
  onStarted(job: ImportJob): void;
}

export function ImportForm({ csrfToken, maxBytes, onStarted }: Props) {
  const { t, i18n } = useTranslation();
  const [kind, setKind] = useState<ImportKind>('incidents');
  const [file, setFile] = useState<File | null>(null);
  const [values, setValues] = useState<OptionValues>({});
  const [fieldError, setFieldError] = useState<{ field: 'file' | OptionField; text: string } | null>(null);
  const { busy, error, run } = useSubmit();

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (!file) return setFieldError({ field: 'file', text: t('beheer.imports.fileMissing') });
    if (maxBytes !== null && file.size > maxBytes)
      return setFieldError({ field: 'file', text: t('beheer.imports.fileTooLarge', { size: sizeText(maxBytes, i18n.language) }) });
    const built = optionsFor(kind, values);
    if ('invalid' in built) return setFieldError({ field: built.invalid, text: t('beheer.imports.mappingInvalid') });
    setFieldError(null);
    const job = await run(() => startImport(kind, built.options, file, csrfToken));
    if (job) onStarted(job);
  }

  const errorOf = (field: 'file' | OptionField) => (fieldError?.field === field ? fieldError.text : null);
  const set = (field: OptionField, v: string | boolean) => setValues((old) => ({ ...old, [field]: v }));

  return (
    <form className="invite-form import-form" onSubmit={submit} noValidate>
      <h2>{t('beheer.imports.newTitle')}</h2>
      <div className="invite-fields">
        <Field id="import-kind" label={t('beheer.imports.kind')} hint={t(`beheer.imports.kinds.${kind}.explain`)}>
          <select value={kind} onChange={(e) => setKind(e.target.value as ImportKind)}>
            {IMPORT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`beheer.imports.kinds.${k}.label`)}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id="import-file"
          label={t('beheer.imports.file')}
          hint={
            t(`beheer.imports.kinds.${kind}.file`) +
            (maxBytes ? ` ${t('beheer.imports.maxSize', { size: sizeText(maxBytes, i18n.language) })}` : '')
          }
          error={errorOf('file')}
        >
          <input type="file" accept={KIND_ACCEPT[kind]} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </Field>
        {KIND_OPTIONS[kind].map((field) => (
          <OptionInput key={field} field={field} value={values[field]} error={errorOf(field)} onChange={(v) => set(field, v)} />
        ))}
      </div>
      {error && (
        <p className="alert" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? t('beheer.imports.uploading') : t('beheer.imports.start')}
      </button>
    </form>
  );
}

function OptionInput(p: {
  field: OptionField;
  value: string | boolean | undefined;
  error: string | null;
  onChange(v: string | boolean): void;
}) {
  const { t } = useTranslation();
  const id = `import-option-${p.field}`;
  const label = t(`beheer.imports.options.${p.field}.label`);
  const hint = t(`beheer.imports.options.${p.field}.hint`);
  if (p.field === 'replace' || p.field === 'quarantine') {
    return (
      <div className="field checkbox-field">
        <label htmlFor={id}>
          <input
            id={id}
            type="checkbox"
            checked={p.value === true}
            onChange={(e) => p.onChange(e.target.checked)}
            aria-describedby={`${id}-hint`}
          />{' '}
          {label}
        </label>
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      </div>
    );
  }
  const text = typeof p.value === 'string' ? p.value : '';
  return (
    <Field id={id} label={label} hint={hint} error={p.error} className={p.field === 'mapping' ? 'wide-field' : undefined}>
      {p.field === 'mapping' ? (
        <textarea rows={6} value={text} onChange={(e) => p.onChange(e.target.value)} spellCheck={false} />
      ) : (
        <input
          type={p.field === 'year' || p.field === 'areaYear' ? 'number' : 'text'}
          value={text}
          onChange={(e) => p.onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
