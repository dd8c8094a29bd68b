import { useRef, type ReactNode } from 'react';

type FilePickerButtonProps = {
  label: string;
  title?: string;
  accept: string;
  onFile: (file: File) => void;
  className: string;
  children: ReactNode;
  /** Lets a shortcut (Ctrl+O) open the same picker. */
  inputRef?: React.RefObject<HTMLInputElement | null>;
};

/** A button that opens the system file picker; the input itself stays hidden. */
export function FilePickerButton({ label, title, accept, onFile, className, children, inputRef }: FilePickerButtonProps) {
  const ownRef = useRef<HTMLInputElement>(null);
  const ref = inputRef ?? ownRef;
  return (
    <>
      <button
        type="button"
        aria-label={label}
        title={title ?? label}
        className={className}
        onClick={(event) => {
          // The picker returns focus here; the canvas shortcuts should work right after.
          event.currentTarget.blur();
          ref.current?.click();
        }}
      >
        {children}
      </button>
      <input
        ref={ref}
        type="file"
        accept={accept}
        tabIndex={-1}
        aria-hidden
        className="hidden"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Reset so choosing the same file again still fires a change.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
