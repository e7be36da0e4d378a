/** Up to three photos: type and size checked in the browser, sent after the report is made. */
import { useTranslation } from 'react-i18next';
import { MAX_PHOTOS, PHOTO_MAX_BYTES, PHOTO_TYPES, type PhotoProblem } from './report-form.ts';

interface Props {
  photos: File[];
  problems: Array<{ name: string; problem: PhotoProblem }>;
  onAdd(files: File[]): void;
  onRemove(index: number): void;
}

export function PhotoInput({ photos, problems, onAdd, onRemove }: Props) {
  const { t } = useTranslation();
  const mb = Math.round(PHOTO_MAX_BYTES / 1e6);
  return (
    <div className="field photo-input">
      <label htmlFor="report-photos">{t('signals.report.photos', { max: MAX_PHOTOS })}</label>
      <p id="report-photos-hint" className="hint">
        {t('signals.report.photosHint', { max: MAX_PHOTOS, mb })}
      </p>
      {problems.length > 0 && (
        <ul id="report-photos-error" className="field-error" role="alert">
          {problems.map((p) => (
            <li key={p.name + p.problem}>{t(`signals.errors.photo_${p.problem}`, { name: p.name, mb, max: MAX_PHOTOS })}</li>
          ))}
        </ul>
      )}
      <input
        id="report-photos"
        type="file"
        accept={PHOTO_TYPES.join(',')}
        multiple
        disabled={photos.length >= MAX_PHOTOS}
        aria-describedby={`report-photos-hint${problems.length ? ' report-photos-error' : ''}`}
        onChange={(e) => {
          onAdd(Array.from(e.target.files ?? []));
          e.target.value = '';
        }}
      />
      {photos.length > 0 && (
        <ul className="photo-list">
          {photos.map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the chosen Files have no id and two may share a name; onRemove(i) removes by the same index.
            <li key={`${p.name}-${i}`}>
              <span>{p.name}</span> <span className="muted small">({Math.max(1, Math.round(p.size / 1000))} kB)</span>{' '}
              <button type="button" className="link-button" onClick={() => onRemove(i)}>
                {t('signals.report.removePhoto', { name: p.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
