import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useStudioStore } from '../store/studioStore';
import { prepareRequest } from './prepareRequest';
import { RegionSent } from '../region/RegionSent';
import { curlCommandForJson } from './summarizeRequest';

/** Shows the exact request the Generate button would send (images shortened), copyable in full. */
export function RequestButton() {
  const [open, setOpen] = useState(false);
  const prepare = useMutation({
    mutationFn: () => {
      const { params, document } = useStudioStore.getState();
      return prepareRequest(params, document);
    },
  });
  const [copied, setCopied] = useState('');
  const copy = async (label: string, text: string) => {
    await navigator.clipboard.writeText(text);
    setCopied(label);
  };
  const summary = prepare.data?.summary;
  const body = prepare.data?.body;
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setOpen(true);
          setCopied('');
          prepare.mutate();
        }}
        className="rounded px-2 py-1 text-xs text-ink-300 hover:bg-ink-800"
      >
        Request
      </button>
      {open && (
        <div className="fixed inset-0 z-50 flex items-center justify-center bg-black/60" onClick={() => setOpen(false)}>
          <div role="dialog" aria-label="Request" className="flex max-h-[80vh] w-[640px] flex-col gap-3 rounded-lg border border-ink-700 bg-ink-850 p-4 shadow-2xl" onClick={(event) => event.stopPropagation()}>
            <div className="flex items-center gap-2">
              <h2 className="text-sm font-semibold text-ink-200">Request{summary ? ` — ${String(summary.Action)}` : ''}</h2>
              <span className="text-xs text-ink-500">PublicKey, request_uuid and Signature are added by the studio server</span>
              <button type="button" aria-label="Close request" onClick={() => setOpen(false)} className="ml-auto rounded px-2 text-ink-400 hover:bg-ink-700">×</button>
            </div>
            {prepare.isPending && <p className="text-xs text-ink-400">Encoding the canvas…</p>}
            {prepare.error && <p role="alert" className="text-xs text-danger-500">{prepare.error.message}</p>}
            {summary && body && (
              <>
                <RegionSent region={prepare.data?.region} />
                <pre aria-label="Request JSON" className="min-h-0 flex-1 overflow-auto rounded bg-ink-950 p-3 font-mono text-[11px] leading-relaxed text-ink-300">
                  {JSON.stringify(summary, null, 2)}
                </pre>
                <div className="flex items-center gap-2">
                  <button type="button" onClick={async () => copy('JSON copied', await body.text())} className="rounded bg-ink-700 px-3 py-1.5 text-xs text-ink-200 hover:bg-ink-600">
                    Copy JSON
                  </button>
                  <button type="button" onClick={async () => copy('curl command copied', curlCommandForJson(await body.text(), window.location.origin))} className="rounded bg-ink-700 px-3 py-1.5 text-xs text-ink-200 hover:bg-ink-600">
                    Copy as curl
                  </button>
                  {copied && <span role="status" className="text-xs text-ink-400">{copied}</span>}
                </div>
              </>
            )}
          </div>
        </div>
      )}
    </>
  );
}
