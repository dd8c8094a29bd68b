import type { ButtonHTMLAttributes, ReactNode } from 'react';

type IconButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  label: string;
  pressed?: boolean;
  size?: 'sm' | 'md';
  children: ReactNode;
};

/** Square icon button; `label` is its accessible name, `title` shows the shortcut. */
export function IconButton({ label, pressed, size = 'sm', className = '', children, ...rest }: IconButtonProps) {
  const box = size === 'md' ? 'h-8 w-8' : 'h-7 w-7';
  const state =
    pressed === true
      ? 'bg-accent-500/20 text-accent-400 ring-1 ring-inset ring-accent-500/50'
      : 'text-ink-300 hover:bg-ink-700 hover:text-ink-200';
  return (
    <button
      type="button"
      aria-label={label}
      aria-pressed={pressed}
      className={`inline-flex ${box} shrink-0 items-center justify-center rounded-md transition-colors disabled:pointer-events-none disabled:opacity-35 ${state} ${className}`}
      {...rest}
    >
      {children}
    </button>
  );
}
