import type { CatalogOption } from './catalogOptions';

export interface OptionGroup {
  /** Empty for a list without group headings. */
  label: string;
  options: (CatalogOption & { disabled?: boolean })[];
}

type ModelOptionListProps = {
  id: string;
  label: string;
  groups: readonly OptionGroup[];
  selectedKey: string | undefined;
  activeIndex: number;
  optionId: (index: number) => string;
  emptyText: string;
  onHover: (index: number) => void;
  onChoose: (index: number) => void;
};

export function OfficialBadge() {
  return <span className="shrink-0 rounded-sm bg-accent-500/15 px-1 text-[9px] font-semibold uppercase tracking-wide text-accent-400">Official</span>;
}

/** The popup list of a ModelCombobox: grouped options, the active one highlighted, official ones badged. */
export function ModelOptionList({ id, label, groups, selectedKey, activeIndex, optionId, emptyText, onHover, onChoose }: ModelOptionListProps) {
  const starts = groups.map((_, g) => groups.slice(0, g).reduce((count, group) => count + group.options.length, 0));
  return (
    <div
      id={id}
      role="listbox"
      aria-label={label}
      // Keeps the focus in the text box while an option is clicked.
      onMouseDown={(event) => event.preventDefault()}
      className="absolute inset-x-0 top-8 z-30 max-h-64 overflow-y-auto rounded-md border border-ink-700 bg-ink-850 p-1 shadow-2xl shadow-black/50"
    >
      {groups.length === 0 ? <p className="px-2 py-1.5 text-[11px] text-ink-500">{emptyText}</p> : null}
      {groups.map((group, g) => (
        <div key={group.label} role="group" aria-label={group.label || undefined}>
          {group.label ? <p className="px-2 pb-0.5 pt-1.5 text-[10px] font-semibold uppercase tracking-wider text-ink-500">{group.label}</p> : null}
          {group.options.map((option, i) => {
            const position = (starts[g] ?? 0) + i;
            const selected = option.key === selectedKey;
            return (
              <div
                key={option.key}
                id={optionId(position)}
                role="option"
                aria-selected={selected}
                aria-disabled={option.disabled || undefined}
                onMouseEnter={() => onHover(position)}
                onClick={() => onChoose(position)}
                className={`flex cursor-default items-center gap-2 rounded px-2 py-1 ${position === activeIndex ? 'bg-accent-500/15' : ''} ${option.disabled ? 'opacity-40' : ''}`}
              >
                <span className="min-w-0 flex-1">
                  <span className={`block truncate text-xs ${selected ? 'text-accent-400' : 'text-ink-200'}`}>{option.name}</span>
                  {option.detail ? <span className="block truncate font-mono text-[10px] text-ink-500">{option.detail}</span> : null}
                </span>
                {option.official ? <OfficialBadge /> : null}
                {option.disabled ? <span className="text-[10px] text-ink-500">added</span> : null}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
