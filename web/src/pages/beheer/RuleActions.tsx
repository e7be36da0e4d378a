/** The buttons of one routing rule: edit, up, down, (de)activate, delete (after a confirmation); the rule's name is in each button's accessible name. */
import { useTranslation } from 'react-i18next';
import type { RuleInput } from './categories-api.ts';

interface Props {
  rule: RuleInput;
  first: boolean;
  last: boolean;
  busy: boolean;
  onEdit(): void;
  onMove(delta: -1 | 1): void;
  onToggle(): void;
  onDelete(): void;
}

export function RuleActions({ rule, first, last, busy, onEdit, onMove, onToggle, onDelete }: Props) {
  const { t } = useTranslation();
  const name = { name: rule.name };
  const toggle = rule.active ? 'deactivate' : 'activate';
  const button = (key: string, disabled: boolean, onClick: () => void) => (
    <button
      type="button"
      className="button ghost small"
      aria-label={t(`beheer.routing.${key}`, name)}
      disabled={busy || disabled}
      onClick={onClick}
    >
      {t(`beheer.routing.short.${key}`)}
    </button>
  );
  return (
    <div className="form-actions">
      {button('edit', false, onEdit)}
      {button('up', first, () => onMove(-1))}
      {button('down', last, () => onMove(1))}
      {button(toggle, false, onToggle)}
      {button('delete', false, () => window.confirm(t('beheer.routing.confirmDelete', name)) && onDelete())}
    </div>
  );
}
