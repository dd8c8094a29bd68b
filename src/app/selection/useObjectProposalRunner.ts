import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { showNotice } from '../canvas/ui/notice';
import type { ObjectHints } from '../store/selectionSlice';
import { useStudioStore } from '../store/studioStore';
import { refreshProposal } from './objectSelection';
import { creditsNote } from './selectionRun';

/** Clicks in quick succession become one request: PICPIK mode charges per task. */
const SETTLE_MS = 350;

/** The hints last asked about: coming back to the tool does not ask (and pay) again. */
let askedFor: ObjectHints | null = null;

/** Asks for a new proposal whenever the Select object tool's hints change. */
export function useObjectProposalRunner(): void {
  const queryClient = useQueryClient();
  const hints = useStudioStore((s) => s.objectHints);
  useEffect(() => {
    if (hints === askedFor) return;
    const timer = setTimeout(() => {
      askedFor = hints;
      refreshProposal(queryClient).then(
        (result) => {
          if (result?.credits !== undefined) showNotice(`Object proposal ready${creditsNote(result.credits)}`, 'info');
        },
        (error: Error) => showNotice(error.message),
      );
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [hints, queryClient]);
}
