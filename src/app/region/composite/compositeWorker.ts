import { composeRegion, type ComposeInput } from './composeRegion';

/** Puts results back into the picture off the page's thread (see compositeClient.ts). */
type Request = { id: number; input: ComposeInput };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<Request>) => void) | null;
  postMessage: (message: unknown, transfer?: Transferable[]) => void;
};

scope.onmessage = (event) => {
  const { id, input } = event.data;
  composeRegion(input).then(
    (value) => scope.postMessage({ id, value }, [value.patch, value.changes]),
    (error: unknown) => scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
};
