/** Staff make a text public (Open311, followers' mails) or take it back; the API refuses it for sensitive categories. */
import { useTranslation } from 'react-i18next';
import type { SignalDetail } from './types.ts';
import { useAction } from './use-action.ts';

interface Props {
  published: boolean;
  /** Calls the API with the new state and returns the new detail. */
  toggle(published: boolean): Promise<SignalDetail>;
  onUpdated(detail: SignalDetail): void;
  label?: string;
}

export function PublishToggle({ published, toggle, onUpdated, label }: Props) {
  const { t } = useTranslation();
  const action = useAction(onUpdated);
  return (
    <span className="publish-toggle">
      <button
        type="button"
        className="button small"
        disabled={action.busy}
        title={t('signals.detail.publishHint')}
        aria-label={label}
        onClick={() => void action.run(() => toggle(!published))}
      >
        {t(published ? 'signals.detail.unpublish' : 'signals.detail.publish')}
      </button>
      {action.error && (
        <span className="alert small" role="alert">
          {action.error}
        </span>
      )}
    </span>
  );
}
