import { useDocumentHeight, useDocumentWidth } from '../../store/documentHooks';
import { ERROR_TEXT, LABEL } from '../fields/fieldStyles';
import { useRefusalFor } from '../readinessContext';

/** Width × Height are the document's: shown here, changed on the canvas (Extend canvas). */
export function SizeRow() {
  const width = useDocumentWidth();
  const height = useDocumentHeight();
  const refusal = useRefusalFor('Width', 'Height');
  return (
    <div className="py-1">
      <div className="flex items-center gap-2">
        <span className={`${LABEL} w-[92px] shrink-0`}>Size</span>
        <output aria-label="Size" data-testid="generation-size" className={`text-[11px] ${refusal ? 'text-danger-500' : 'text-ink-300'}`}>
          <span className="font-mono">
            {width} × {height}
          </span>
          <span className="text-ink-500"> — set on the canvas</span>
        </output>
      </div>
      {refusal ? <p className={`${ERROR_TEXT} mt-0.5 pl-[100px]`}>{refusal}</p> : null}
    </div>
  );
}
