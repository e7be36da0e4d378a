/**
 * Up to three photos: type and size checked in the browser (the server checks again and stays the
 * authority), each shown as a thumbnail with a remove button before sending; sent after the report
 * is made, with the upload shown as progress.
 */
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PHOTOS, PHOTO_MAX_BYTES, PHOTO_TYPES, type PhotoProblem } from './report-form.ts';

interface Props {
  photos: File[];
  problems: Array<{ name: string; problem: PhotoProblem }>;
  onAdd(files: File[]): void;
  onRemove(index: number): void;
}

/** Object URLs for the thumbnails, revoked when the photos change or the form goes away. */
function usePreviews(photos: File[]): string[] {
  const urls = useMemo(() => photos.map((p) => URL.createObjectURL(p)), [photos]);
  useEffect(
    () => () => {
      for (const u of urls) URL.revokeObjectURL(u);
    },
    [urls],
  );
  return urls;
}

export function PhotoInput({ photos, problems, onAdd, onRemove }: Props) {
  const { t } = useTranslation();
  const mb = Math.round(PHOTO_MAX_BYTES / 1e6);
  const previews = usePreviews(photos);
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
        <ul className="photo-list photo-previews" aria-label={t('signals.report.photosChosen', { count: photos.length })}>
          {photos.map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the chosen Files have no id and two may share a name; onRemove(i) removes by the same index.
            <li key={`${p.name}-${i}`} className="photo-preview">
              <img src={previews[i]} alt={t('signals.report.photoAlt', { name: p.name })} width={96} height={96} />
              <span className="small">
                {p.name} <span className="muted">({Math.max(1, Math.round(p.size / 1000))} kB)</span>
              </span>
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

/** While sending: "Foto 1 van 2 versturen…" with a progress bar. */
export function PhotoProgress({ done, total }: { done: number; total: number }) {
  const { t } = useTranslation();
  if (total === 0) return null;
  return (
    <div className="photo-progress" role="status" aria-live="polite" data-testid="photo-progress">
      <label htmlFor="photo-progress-bar">{t('signals.report.photoUploading', { n: Math.min(done + 1, total), total })}</label>
      <progress id="photo-progress-bar" max={total} value={done} />
    </div>
  );
}
