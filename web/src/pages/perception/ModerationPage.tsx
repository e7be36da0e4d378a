/** The moderation queue (perception:moderate): pending stories to decide, approved ones to re-tag, rejected ones with reason. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getAreas, getVintages } from '../../api/endpoints.ts';
import { errorText, useAsync } from '../../ui/use-async.ts';
import { listStories, listThemes, tagStory } from './api.ts';
import { StoryModeration } from './StoryModeration.tsx';
import { ThemePicker } from './ThemePicker.tsx';
import type { Story, Theme } from './types.ts';

async function load(status: Story['status']) {
  const vintages = await getVintages();
  const [queue, themes, buurten] = await Promise.all([
    listStories(status),
    listThemes(),
    vintages[0] ? getAreas('buurt', vintages[0].year) : Promise.resolve({ features: [] }),
  ]);
  const names = new Map(buurten.features.map((f) => [f.properties.code, f.properties.name]));
  return { stories: queue.stories, themes: themes.themes, names };
}

function ApprovedStory({ story, themes, name, csrfToken }: { story: Story; themes: Theme[]; name: string; csrfToken: string | null }) {
  const { t } = useTranslation();
  const [tags, setTags] = useState(story.themes);
  const [message, setMessage] = useState<string | null>(null);
  const save = () =>
    tagStory(story.id, tags, csrfToken).then(
      () => setMessage(t('perception.moderation.tagsSaved')),
      (e: unknown) => setMessage(errorText(e)),
    );
  return (
    <article className="panel-card story-card" data-story={story.id}>
      <h2>{t('perception.moderation.storyFrom', { buurt: name, code: story.buurtCode, date: story.submittedOn })}</h2>
      <blockquote className="story-text">{story.text}</blockquote>
      {story.permissions.tag && (
        <>
          <ThemePicker id={`tags-${story.id}`} themes={themes} value={tags} onChange={setTags} />
          <button type="button" className="button ghost small" onClick={save}>
            {t('perception.moderation.saveTags')}
          </button>
          {message && <p role="status">{message}</p>}
        </>
      )}
    </article>
  );
}

export function ModerationPage({ csrfToken }: { csrfToken: string | null }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Story['status']>('pending');
  const [state, reload] = useAsync(() => load(status), [status]);
  const [message, setMessage] = useState<string | null>(null);
  const done = (text: string) => {
    setMessage(text);
    reload();
  };

  return (
    <div className="page narrow moderation-page">
      <h1 tabIndex={-1}>{t('perception.moderation.title')}</h1>
      <p className="lead">{t('perception.moderation.lead')}</p>
      <div className="field-inline">
        <label htmlFor="mod-status">{t('perception.moderation.status')}</label>
        <select
          id="mod-status"
          value={status}
          onChange={(e) => {
            setMessage(null);
            setStatus(e.target.value as Story['status']);
          }}
        >
          {(['pending', 'approved', 'rejected'] as const).map((s) => (
            <option key={s} value={s}>
              {t(`perception.moderation.statuses.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <p role="status" className="ok-text" data-testid="moderation-message">
        {message}
      </p>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && (
        <p role="alert" className="alert">
          {state.detail}
        </p>
      )}
      {state.status === 'ready' && (
        <>
          <p data-testid="queue-count">{t(`perception.moderation.count.${status}`, { count: state.data.stories.length })}</p>
          {state.data.stories.map((s) => {
            const name = state.data.names.get(s.buurtCode) ?? s.buurtCode;
            if (s.status === 'pending')
              return (
                <StoryModeration key={s.id} story={s} buurtName={name} themes={state.data.themes} csrfToken={csrfToken} onDone={done} />
              );
            if (s.status === 'approved')
              return <ApprovedStory key={s.id} story={s} name={name} themes={state.data.themes} csrfToken={csrfToken} />;
            return (
              <article key={s.id} className="panel-card story-card">
                <h2>{t('perception.moderation.storyFrom', { buurt: name, code: s.buurtCode, date: s.submittedOn })}</h2>
                <p>{t('perception.moderation.rejectedReason', { reason: s.rejectReason ?? '' })}</p>
              </article>
            );
          })}
        </>
      )}
    </div>
  );
}
