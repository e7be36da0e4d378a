/** The group's hangplekken: the map, the list, and (editors) adding or removing one. */
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { Reply } from '../../api/types.ts';
import { useAsync } from '../../ui/use-async.ts';
import { useSubmit } from '../../ui/use-submit.ts';
import type { Instance } from '../../api/types.ts';
import { changeGroup } from './api.ts';
import { HangplekFields } from './HangplekFields.tsx';
import { EMPTY_HANGPLEK, hangplekOf } from './hangplek-input.ts';
import type { GroupView } from './types.ts';

const HangplekMap = lazy(() => import('./HangplekMap.tsx').then((m) => ({ default: m.HangplekMap })));

interface Props {
  group: GroupView;
  csrf: string | null;
  mapConfig: Instance['map'] | null;
  onChanged(group: GroupView): void;
}

export function HangplekkenSection({ group, csrf, mapConfig, onChanged }: Props) {
  const { t } = useTranslation();
  const [input, setInput] = useState(EMPTY_HANGPLEK);
  const { busy, error, setError, run } = useSubmit();
  const [area] = useAsync(
    () => api.request<Reply<'/api/v1/areas/{code}'>>(`/api/v1/areas/${encodeURIComponent(group.areaCode)}`),
    [group.areaCode],
  );
  const save = async (hangplekken: GroupView['hangplekken']) => {
    const changed = await run(() => changeGroup(group.id, { hangplekken }, csrf));
    if (changed) onChanged(changed);
    return changed !== null;
  };
  async function add() {
    const place = hangplekOf(input);
    if ('error' in place) return setError(t(place.error));
    if (await save([...group.hangplekken, place])) setInput(EMPTY_HANGPLEK);
  }
  const onPick = group.canEdit
    ? (lat: number, lon: number) => setInput((i) => ({ ...i, kind: 'Point', lat: lat.toFixed(6), lon: lon.toFixed(6) }))
    : undefined;
  return (
    <div>
      <Suspense fallback={<p role="status">{t('youthGroups.loading')}</p>}>
        <HangplekMap
          config={mapConfig}
          hangplekken={group.hangplekken}
          area={
            area.status === 'ready' ? { type: 'Feature', geometry: area.data.geometry ?? null, properties: area.data.properties } : null
          }
          onPick={onPick}
        />
      </Suspense>
      {group.hangplekken.length === 0 ? (
        <p>{t('youthGroups.noHangplekken')}</p>
      ) : (
        <ul className="yg-hangplekken">
          {group.hangplekken.map((h, k) => (
            <li key={`${h.name}:${JSON.stringify(h.geometry.coordinates)}`}>
              {h.name} ({t(h.geometry.type === 'Point' ? 'youthGroups.kindPoint' : 'youthGroups.kindPolygon')})
              {group.canEdit && (
                <button
                  type="button"
                  className="button ghost"
                  disabled={busy}
                  onClick={() => void save(group.hangplekken.filter((_, i) => i !== k))}
                >
                  {t('youthGroups.remove', { name: h.name })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {group.canEdit && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <p className="hint">{t('youthGroups.mapClickHint')}</p>
          <HangplekFields value={input} onChange={setInput} />
          {error && (
            <p role="alert" className="field-error">
              {error}
            </p>
          )}
          <button type="submit" className="button" disabled={busy}>
            {t('youthGroups.addHangplek')}
          </button>
        </form>
      )}
    </div>
  );
}
