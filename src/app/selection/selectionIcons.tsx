/** Line icons for the selection tools, drawn like the editor's (24-unit grid, 1.75 stroke). */
type IconProps = { className?: string };

function Icon({ className = 'h-4 w-4', children }: IconProps & { children: React.ReactNode }) {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.75} strokeLinecap="round" strokeLinejoin="round" className={className} aria-hidden focusable="false">
      {children}
    </svg>
  );
}

/** A dashed frame around a pointer: select an object by clicking it. */
export const SelectObjectIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M4 8V4h4M16 4h4v4M4 16v4h4" strokeDasharray="2 2.2" />
    <path d="M11 11l8.5 3.4-3.6 1.2-1.3 3.6z" />
  </Icon>
);

/** A figure with a sparkle: find the subject by itself. */
export const SelectSubjectIcon = (p: IconProps) => (
  <Icon {...p}>
    <circle cx="10" cy="8" r="3" />
    <path d="M4.5 19.5c.6-3.4 2.8-5.5 5.5-5.5s4.9 2.1 5.5 5.5" />
    <path d="M18.5 3.5v4M16.5 5.5h4" />
  </Icon>
);

/** Three sliders: settings for the edge of a cut-out. */
export const EdgeOptionsIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M4 6h9M17 6h3M4 12h3M11 12h9M4 18h11M19 18h1" />
    <circle cx="15" cy="6" r="2" />
    <circle cx="9" cy="12" r="2" />
    <circle cx="17" cy="18" r="2" />
  </Icon>
);
