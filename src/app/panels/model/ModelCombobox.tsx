import { useId, useState, type KeyboardEvent } from 'react';
import { optionMatches, type CatalogOption } from './catalogOptions';
import { ModelOptionList, type OptionGroup } from './ModelOptionList';
import { INPUT, INPUT_OK } from '../fields/fieldStyles';

type ModelComboboxProps = {
  /** Accessible name of the text box, e.g. "Main model". */
  label: string;
  groups: readonly OptionGroup[];
  /** Shown in the box while the list is closed (the current choice, or nothing). */
  selectedText: string;
  selectedKey?: string | undefined;
  hint: string;
  /** Shown in the box while searching; defaults to "Search <label>…". */
  searchHint?: string;
  /** Why the list is empty (loading, failed, nothing matches). */
  emptyText: string;
  onChoose: (option: CatalogOption, group: OptionGroup) => void;
};

/** A searchable model picker: type to filter, arrows to move, Enter to choose, Escape to close. */
export function ModelCombobox({ label, groups, selectedText, selectedKey, hint, searchHint, emptyText, onChoose }: ModelComboboxProps) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const visible = groups
    .map((group) => ({ ...group, options: group.options.filter((option) => optionMatches(option, query)) }))
    .filter((group) => group.options.length > 0);
  const flat = visible.flatMap((group) => group.options.map((option) => ({ option, group })));
  const activeIndex = Math.min(active, flat.length - 1);
  const optionId = (index: number) => `${listId}-option-${index}`;

  const close = () => {
    setOpen(false);
    setQuery('');
  };
  const choose = (index: number) => {
    const entry = flat[index];
    if (!entry || entry.option.disabled) return;
    onChoose(entry.option, entry.group);
    close();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(flat.length === 0 ? 0 : (activeIndex + step + flat.length) % flat.length);
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      choose(activeIndex);
    } else if (event.key === 'Escape' && open) {
      event.stopPropagation();
      close();
    }
  };

  return (
    <div className="relative">
      <input
        type="text"
        role="combobox"
        aria-label={label}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && activeIndex >= 0 ? optionId(activeIndex) : undefined}
        value={open ? query : selectedText}
        placeholder={open ? (searchHint ?? `Search ${label.toLowerCase()}…`) : hint}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onBlur={close}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        className={`${INPUT} ${INPUT_OK} h-7 w-full px-2 text-xs`}
      />
      {open ? (
        <ModelOptionList
          id={listId}
          label={label}
          groups={visible}
          selectedKey={selectedKey}
          activeIndex={activeIndex}
          optionId={optionId}
          emptyText={flat.length === 0 && query ? `Nothing matches “${query}”` : emptyText}
          onHover={setActive}
          onChoose={choose}
        />
      ) : null}
    </div>
  );
}
