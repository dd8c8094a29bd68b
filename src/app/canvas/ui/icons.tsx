/** Line icons drawn for the editor (24-unit grid, 1.75 stroke), sized by the parent's font size. */
type IconProps = { className?: string };

function Icon({ className = 'h-4 w-4', children }: IconProps & { children: React.ReactNode }) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.75}
      strokeLinecap="round"
      strokeLinejoin="round"
      className={className}
      aria-hidden
      focusable="false"
    >
      {children}
    </svg>
  );
}

export const MoveIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M5 3.5l13 7-5.6 1.6L10 18z" />
    <path d="M12.4 12.1l4.6 5.4" />
  </Icon>
);
export const BrushIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M19.5 3.5c-3 1.6-7.3 5.7-9.2 8.6l1.6 1.6c2.9-1.9 7-6.2 8.6-9.2z" />
    <path d="M10.3 12.1c-2.3-.2-4 1.4-4.2 3.6-.2 1.6-.9 2.8-2.6 3.3 3.2 1.3 7.5.5 8.4-3.3" />
  </Icon>
);
export const EraserIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M8.5 19.5l-4-4a1.6 1.6 0 010-2.3l8.7-8.7a1.6 1.6 0 012.3 0l4 4a1.6 1.6 0 010 2.3L12 18.3" />
    <path d="M8.5 19.5h11M7.5 10.2l6.3 6.3" />
  </Icon>
);
export const RectSelectIcon = (p: IconProps) => (
  <Icon {...p}>
    <rect x="4" y="5" width="16" height="14" rx="1" strokeDasharray="3 2.6" />
  </Icon>
);
/** A crop-like frame with corner marks: the generation region. */
export const RegionIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M4 8V4h4M16 4h4v4M20 16v4h-4M8 20H4v-4" />
    <rect x="8" y="8" width="8" height="8" rx="1" />
  </Icon>
);
export const LassoIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M7.5 16.2C4.8 15 3.5 13.2 3.5 11c0-3.9 3.8-6.5 8.5-6.5s8.5 2.6 8.5 6.5-3.8 6.5-8.5 6.5c-.9 0-1.8-.1-2.6-.3" />
    <path d="M7.5 16.2a1.8 1.8 0 103 1.5c0 1.4-.8 2.5-2.3 2.8" />
  </Icon>
);
export const HandIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M8 12.5V6a1.5 1.5 0 013 0v5.5M11 11V4.5a1.5 1.5 0 013 0V11M14 11V6a1.5 1.5 0 013 0v7.5c0 3.6-2.4 6.5-6 6.5-2.3 0-3.6-.9-4.9-2.7L4.6 14a1.5 1.5 0 012.3-1.9L8 13.4" />
  </Icon>
);
export const UndoIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M9 7L5 11l4 4" />
    <path d="M5 11h9.5a4.5 4.5 0 010 9H12" />
  </Icon>
);
export const RedoIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M15 7l4 4-4 4" />
    <path d="M19 11H9.5a4.5 4.5 0 000 9H12" />
  </Icon>
);
export const EyeIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M2.5 12s3.5-6.5 9.5-6.5 9.5 6.5 9.5 6.5-3.5 6.5-9.5 6.5S2.5 12 2.5 12z" />
    <circle cx="12" cy="12" r="2.8" />
  </Icon>
);
export const EyeOffIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M4 4l16 16M9.9 5.8A9.4 9.4 0 0112 5.5c6 0 9.5 6.5 9.5 6.5a16 16 0 01-2.6 3.3M6.4 7.3C3.9 9 2.5 12 2.5 12s3.5 6.5 9.5 6.5a9 9 0 004.3-1.1" />
    <path d="M10 10.1a2.8 2.8 0 003.9 3.9" />
  </Icon>
);
export const TrashIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M4.5 7h15M10 11v6M14 11v6M6.5 7l.8 11.5a1.6 1.6 0 001.6 1.5h6.2a1.6 1.6 0 001.6-1.5L17.5 7M9.5 7V4.5h5V7" />
  </Icon>
);
export const ChevronUpIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M6 15l6-6 6 6" />
  </Icon>
);
export const ChevronDownIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M6 9l6 6 6-6" />
  </Icon>
);
export const ImageIcon = (p: IconProps) => (
  <Icon {...p}>
    <rect x="3.5" y="4.5" width="17" height="15" rx="2" />
    <circle cx="9" cy="9.5" r="1.6" />
    <path d="M20.5 15.5l-4.8-4.8L6 19.5" />
  </Icon>
);
export const LayerPlusIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M12 3.5l8.5 4.5-8.5 4.5L3.5 8z" />
    <path d="M3.5 12.5l8.5 4.5 3-1.6M18.5 14.5v6M15.5 17.5h6" />
  </Icon>
);
export const DownloadIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M12 4v11M7.5 10.5L12 15l4.5-4.5M5 19.5h14" />
  </Icon>
);
export const InvertIcon = (p: IconProps) => (
  <Icon {...p}>
    <circle cx="12" cy="12" r="8" />
    <path d="M12 4a8 8 0 010 16z" fill="currentColor" />
  </Icon>
);
export const ClearIcon = (p: IconProps) => (
  <Icon {...p}>
    <rect x="4" y="4" width="16" height="16" rx="2" />
    <path d="M9 9l6 6M15 9l-6 6" />
  </Icon>
);
export const ExpandIcon = (p: IconProps) => (
  <Icon {...p}>
    <rect x="8" y="8" width="8" height="8" rx="1" />
    <path d="M4 8V4h4M16 4h4v4M20 16v4h-4M8 20H4v-4" />
  </Icon>
);
export const MaskIcon = (p: IconProps) => (
  <Icon {...p}>
    <rect x="3.5" y="4.5" width="17" height="15" rx="2" />
    <circle cx="12" cy="12" r="4" fill="currentColor" fillOpacity={0.35} />
  </Icon>
);
export const SwapIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M7 4L4 7l3 3M4 7h12M17 14l3 3-3 3M20 17H8" />
  </Icon>
);
export const NewDocumentIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M13.5 3.5H7a2 2 0 00-2 2v13a2 2 0 002 2h10a2 2 0 002-2V9z" />
    <path d="M13.5 3.5V9H19M12 12.5v5M9.5 15h5" />
  </Icon>
);
export const FolderOpenIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M3.5 18.5V6a1.5 1.5 0 011.5-1.5h4l2 2.5h6.5A1.5 1.5 0 0119 8.5V10" />
    <path d="M3.5 18.5l2.6-7.3A1.5 1.5 0 017.5 10h13l-2.8 7.7a1.5 1.5 0 01-1.4 1H3.5z" />
  </Icon>
);
export const SaveIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M5 3.5h11.5l3 3V19a1.5 1.5 0 01-1.5 1.5H5A1.5 1.5 0 013.5 19V5A1.5 1.5 0 015 3.5z" />
    <path d="M7.5 3.5v5h8v-5M7.5 20.5v-6.5h9v6.5" />
  </Icon>
);
export const HistoryIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M3.5 12a8.5 8.5 0 102.5-6" />
    <path d="M3.5 4v4h4M12 7.5V12l3 2" />
  </Icon>
);
