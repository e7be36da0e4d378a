/**
 * The detail page's actions as a bar of buttons; each opens its form on demand, one at a time,
 * below the bar. Focus moves into the opened form; Escape or "Sluiten" closes it and returns the
 * focus to its button. The URL does not change.
 */
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ActionItem {
  key: string;
  label: string;
  form: () => ReactNode;
}

interface Props {
  items: ActionItem[];
  open: string | null;
  onOpen(key: string | null): void;
}

const FOCUSABLE = 'input:not([type=hidden]), select, textarea, button:not(.panel-close)';

export function ActionBar({ items, open, onOpen }: Props) {
  const { t } = useTranslation();
  const panel = useRef<HTMLDivElement>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const last = useRef<string | null>(null);
  const current = items.find((i) => i.key === open) ?? null;

  useEffect(() => {
    if (open) {
      last.current = open;
      panel.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    } else if (last.current) {
      buttons.current.get(last.current)?.focus();
      last.current = null;
    }
  }, [open]);

  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    onOpen(null);
  };
  if (items.length === 0) return null;
  return (
    <>
      <div className="action-bar" role="toolbar" aria-label={t('signals.detailActions.label')}>
        {items.map((i) => (
          <button
            key={i.key}
            ref={(el) => {
              if (el) buttons.current.set(i.key, el);
              else buttons.current.delete(i.key);
            }}
            type="button"
            className={`button ${open === i.key ? '' : 'ghost'} small`}
            aria-expanded={open === i.key}
            aria-controls="action-panel"
            onClick={() => onOpen(open === i.key ? null : i.key)}
          >
            {i.label}
          </button>
        ))}
      </div>
      {current && (
        // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere in the opened form closes it (keyboard users); the form's own controls stay the interactive elements.
        <div id="action-panel" ref={panel} className="panel-card action-panel" onKeyDown={onKey}>
          <button type="button" className="button ghost small panel-close" onClick={() => onOpen(null)}>
            {t('signals.detailActions.close')}
          </button>
          <p className="visually-hidden">{t('signals.detailActions.closeHint')}</p>
          {current.form()}
        </div>
      )}
    </>
  );
}
