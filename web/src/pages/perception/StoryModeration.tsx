/**
 * One pending story: the text with its suggestions, redaction by accepting suggestions or editing
 * the text to publish, theme tags, approve, or reject with a reason.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../ui/use-async.ts';
import { approveStory, rejectStory } from './api.ts';
import { acceptedByDefault, applyRedaction, approveBody, spanSuggestions } from './redaction.ts';
import { RejectForm } from './RejectForm.tsx';
import { StoryText } from './StoryText.tsx';
import { ThemePicker } from './ThemePicker.tsx';
import type { Story, Theme } from './types.ts';
import { DemoLabel } from '../../ui/DemoLabel.tsx';

interface Props {
  story: Story;
  buurtName: string;
  themes: Theme[];
  csrfToken: string | null;
  onDone(message: string): void;
}

export function StoryModeration({ story, buurtName, themes, csrfToken, onDone }: Props) {
  const { t } = useTranslation();
  const spans = spanSuggestions(story.suggestions);
  const [accepted, setAccepted] = useState<number[]>(() => spans.flatMap((s, i) => (acceptedByDefault(s) ? [i] : [])));
  const [edited, setEdited] = useState<string | null>(null);
  const [tags, setTags] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const preview = applyRedaction(
    story.text,
    accepted.map((i) => spans[i]!),
  );
  const id = `story-${story.id}`;

  async function run(action: () => Promise<string>) {
    setBusy(true);
    setError(null);
    try {
      onDone(await action());
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  }
  const approve = () =>
    run(async () => {
      const reply = await approveStory(story.id, approveBody(story.text, spans, accepted, edited, tags), csrfToken);
      return [t('perception.moderation.approved', { buurt: buurtName }), ...reply.warnings].join(' ');
    });
  const reject = (reason: string) =>
    run(async () => {
      await rejectStory(story.id, reason, csrfToken);
      return t('perception.moderation.rejected', { buurt: buurtName });
    });

  return (
    <article className="panel-card story-card" aria-labelledby={`${id}-title`} data-story={story.id}>
      <h2 id={`${id}-title`}>
        {t('perception.moderation.storyFrom', { buurt: buurtName, code: story.buurtCode, date: story.submittedOn })}
      </h2>
      {story.demo && <DemoLabel />}
      {story.duplicateOf && <p className="notice">{t('perception.moderation.duplicate')}</p>}
      <StoryText text={story.text} suggestions={story.suggestions} />
      {spans.length > 0 ? (
        <fieldset className="suggestion-list">
          <legend>{t('perception.moderation.suggestions')}</legend>
          {spans.map((s, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: i is the suggestion's identity here (`accepted` holds these indices); spans is fixed for the story.
            <label key={i} className="check">
              <input
                type="checkbox"
                checked={accepted.includes(i)}
                onChange={() => setAccepted((a) => (a.includes(i) ? a.filter((x) => x !== i) : [...a, i]))}
              />
              {t('perception.moderation.removeSuggestion', { match: s.match, kind: t(`perception.moderation.kind.${s.kind}`) })}
            </label>
          ))}
        </fieldset>
      ) : (
        <p className="muted">{t('perception.moderation.noSuggestions')}</p>
      )}
      <div className="field">
        <label htmlFor={`${id}-final`}>{t('perception.moderation.final')}</label>
        <p className="hint" id={`${id}-final-hint`}>
          {t('perception.moderation.finalHint')}
        </p>
        <textarea
          id={`${id}-final`}
          rows={4}
          aria-describedby={`${id}-final-hint`}
          value={edited ?? preview}
          onChange={(e) => setEdited(e.target.value)}
        />
        {edited !== null && (
          <button type="button" className="link-button" onClick={() => setEdited(null)}>
            {t('perception.moderation.resetEdit')}
          </button>
        )}
      </div>
      <ThemePicker id={`${id}-themes`} themes={themes} value={tags} onChange={setTags} />
      {error && (
        <p className="alert" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button primary" disabled={busy} onClick={approve}>
          {t('perception.moderation.approve')}
        </button>
      </div>
      <RejectForm id={id} busy={busy} onReject={reject} />
    </article>
  );
}
