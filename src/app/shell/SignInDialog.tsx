import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { AUTH_REQUIRED_EVENT } from '../api/http';
import { saveToken } from '../api/token';

/** Asks for the studio access token when the server answers 401, then retries everything. */
export function SignInDialog() {
  const [open, setOpen] = useState(false);
  const [wrongToken, setWrongToken] = useState(false);
  const [token, setToken] = useState('');
  const queryClient = useQueryClient();

  useEffect(() => {
    const show = (event: Event) => {
      // Several requests may fail at once; any of them carrying the token means it was wrong.
      if ((event as CustomEvent<{ tokenWasSent?: boolean }>).detail?.tokenWasSent === true) setWrongToken(true);
      setOpen(true);
    };
    window.addEventListener(AUTH_REQUIRED_EVENT, show);
    return () => window.removeEventListener(AUTH_REQUIRED_EVENT, show);
  }, []);

  if (!open) return null;
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-black/60">
      <form
        role="dialog"
        aria-label="Sign in to the studio"
        className="w-80 space-y-3 rounded-lg border border-ink-700 bg-ink-850 p-5 shadow-2xl"
        onSubmit={(event) => {
          event.preventDefault();
          if (!token.trim()) return;
          saveToken(token.trim());
          setWrongToken(false);
          setOpen(false);
          setToken('');
          void queryClient.invalidateQueries();
        }}
      >
        <h2 className="text-sm font-semibold text-ink-200">This studio needs an access token</h2>
        <p className="text-xs text-ink-400">Paste your designer token (ask whoever runs the studio server), or the studio's shared STUDIO_TOKEN. It is kept in this browser.</p>
        {wrongToken && (
          <p role="alert" className="text-xs text-danger-500">
            That token was not accepted. Check it and try again.
          </p>
        )}
        <label className="block text-xs text-ink-300">
          Access token
          <input
            type="password"
            autoFocus
            value={token}
            onChange={(event) => setToken(event.target.value)}
            className="mt-1 w-full rounded border border-ink-600 bg-ink-900 px-2 py-1.5 text-ink-200"
          />
        </label>
        <button type="submit" className="w-full rounded bg-accent-500 py-1.5 font-medium text-white hover:bg-accent-600">
          Sign in
        </button>
      </form>
    </div>
  );
}
