import { StatusBar } from './shell/StatusBar';
import { SignInDialog } from './shell/SignInDialog';
import { TopBar } from './shell/TopBar';

export function App() {
  return (
    <div className="flex h-full flex-col bg-ink-950 text-ink-200">
      <TopBar />
      <div className="flex min-h-0 flex-1">
        <main aria-label="Canvas" className="relative min-w-0 flex-1 bg-ink-950">
          <div className="flex h-full items-center justify-center text-ink-500">Open an image to begin</div>
        </main>
        <aside aria-label="Side panel" className="w-80 shrink-0 overflow-y-auto border-l border-ink-800 bg-ink-900" />
      </div>
      <StatusBar />
      <SignInDialog />
    </div>
  );
}
