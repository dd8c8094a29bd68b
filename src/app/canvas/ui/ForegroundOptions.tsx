import { useForeground } from '../../store/documentHooks';
import { useSelectedForegroundId } from '../../store/editorHooks';
import type { ForegroundPlacement } from '../../store/documentTypes';
import { getAsset } from '../assets';
import { setForegroundOpacity, transformForeground } from '../commands/documentCommands';
import { NumberField } from './NumberField';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <span className="flex items-center gap-1">
      <span className="text-[11px] text-ink-500" aria-hidden>
        {label}
      </span>
      {children}
    </span>
  );
}

/** Exact position, size and angle of the selected foreground, like Figma's transform fields. */
export function ForegroundOptions() {
  const id = useSelectedForegroundId();
  const fg = useForeground(id);
  const asset = fg ? getAsset(fg.assetId) : undefined;
  if (!fg || !asset) {
    return <span className="text-[11px] text-ink-500">Select a foreground to move, scale or rotate it · Shift keeps the aspect</span>;
  }
  const apply = (change: Partial<ForegroundPlacement>) =>
    transformForeground(fg.id, { x: fg.x, y: fg.y, scaleX: fg.scaleX, scaleY: fg.scaleY, rotation: fg.rotation, ...change }, `fields:${fg.id}`);
  return (
    <div className="flex items-center gap-3" role="group" aria-label="Foreground transform">
      <span className="max-w-32 truncate text-[11px] font-medium text-ink-300" title={fg.name}>
        {fg.name}
      </span>
      <Field label="X">
        <NumberField label="Foreground X" value={Math.round(fg.x)} min={-10000} max={10000} onCommit={(x) => apply({ x })} />
      </Field>
      <Field label="Y">
        <NumberField label="Foreground Y" value={Math.round(fg.y)} min={-10000} max={10000} onCommit={(y) => apply({ y })} />
      </Field>
      <Field label="W">
        <NumberField
          label="Foreground width"
          value={Math.round(asset.width * fg.scaleX)}
          min={1}
          max={20000}
          onCommit={(w) => apply({ scaleX: w / asset.width })}
        />
      </Field>
      <Field label="H">
        <NumberField
          label="Foreground height"
          value={Math.round(asset.height * fg.scaleY)}
          min={1}
          max={20000}
          onCommit={(h) => apply({ scaleY: h / asset.height })}
        />
      </Field>
      <Field label="∠">
        <NumberField
          label="Foreground rotation"
          value={Math.round(fg.rotation * 10) / 10}
          min={-360}
          max={360}
          suffix="°"
          onCommit={(rotation) => apply({ rotation })}
        />
      </Field>
      <Field label="Opacity">
        <NumberField
          label="Foreground opacity"
          value={Math.round(fg.opacity * 100)}
          min={0}
          max={100}
          suffix="%"
          onCommit={(percent) => setForegroundOpacity(fg.id, percent / 100)}
        />
      </Field>
    </div>
  );
}
