/** Theme counts and approved (redacted) stories of an area. */
import { useTranslation } from 'react-i18next';
import type { PublicStory, ThemeCount } from './types.ts';

interface Props {
  themes: ThemeCount[];
  stories: PublicStory[];
  /** Theme slug → name, to show a story's tags by name. */
  names: Map<string, string>;
}

export function StoriesList({ themes, stories, names }: Props) {
  const { t } = useTranslation();
  return (
    <section className="stories" aria-labelledby="stories-title">
      <h2 id="stories-title">{t('perception.stories.title')}</h2>
      {themes.length > 0 && (
        <>
          <h3>{t('perception.stories.themes')}</h3>
          <ul className="theme-counts" data-testid="theme-counts">
            {themes.map((th) => (
              <li key={th.theme}>
                {th.name} <span className="count">{th.stories}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {stories.length === 0 ? (
        <p className="muted">{t('perception.stories.none')}</p>
      ) : (
        <ul className="story-list" data-testid="stories">
          {stories.map((s, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: public stories have no id on purpose and two may share text and month; the list is shown as sent, never reordered.
            <li key={i}>
              <blockquote>{s.text}</blockquote>
              <p className="hint">
                {s.month}
                {s.themes.length > 0 && ` · ${s.themes.map((slug) => names.get(slug) ?? slug).join(', ')}`}
              </p>
            </li>
          ))}
        </ul>
      )}
      <p className="hint">{t('perception.stories.moderated')}</p>
    </section>
  );
}
