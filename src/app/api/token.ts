/** The studio access token (STUDIO_TOKEN on the server), asked for once and remembered. */
const STORAGE_KEY = 'picpik-studio.token';

export function readToken(): string | null {
  return localStorage.getItem(STORAGE_KEY);
}

export function saveToken(token: string): void {
  localStorage.setItem(STORAGE_KEY, token);
  window.dispatchEvent(new Event('picpik-studio:token'));
}

export function forgetToken(): void {
  localStorage.removeItem(STORAGE_KEY);
}
