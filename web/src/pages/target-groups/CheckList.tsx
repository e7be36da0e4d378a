/** A fieldset of checkboxes (keyboard: Tab and Space), for choosing partners, categories or crime types. */
import { useId } from 'react';

interface Props {
  legend: string;
  items: readonly { value: string; label: string }[];
  selected: readonly string[];
  onChange(selected: string[]): void;
  /** Shown instead of the list when there is nothing to choose. */
  empty?: string;
}

export function CheckList({ legend, items, selected, onChange, empty }: Props) {
  const id = useId();
  const toggle = (value: string, on: boolean) =>
    onChange(on ? [...selected.filter((v) => v !== value), value] : selected.filter((v) => v !== value));
  return (
    <fieldset className="check-list">
      <legend>{legend}</legend>
      {items.length === 0 && empty ? <p className="muted">{empty}</p> : null}
      <div className="check-list-items">
        {items.map((item) => (
          <label key={item.value} htmlFor={`${id}-${item.value}`}>
            <input
              id={`${id}-${item.value}`}
              type="checkbox"
              checked={selected.includes(item.value)}
              onChange={(e) => toggle(item.value, e.target.checked)}
            />{' '}
            {item.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
