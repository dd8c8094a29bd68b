import { CanvasEditor } from './canvas/CanvasEditor';
import { CanvasStatus } from './canvas/CanvasStatus';
import { DocumentMenu } from './canvas/DocumentMenu';
import { LayersPanel } from './canvas/LayersPanel';
import { ToolOptionsBar } from './canvas/ToolOptionsBar';
import { ToolRail } from './canvas/ToolRail';
import { RequestButton } from './generate/RequestDialog';
import { GenerationPanel } from './panels/GenerationPanel';
import { ResultsTray } from './results/ResultsTray';
import { ResultViewer } from './results/ResultViewer';
import { StatusBar } from './shell/StatusBar';
import { SignInDialog } from './shell/SignInDialog';
import { TopBar } from './shell/TopBar';

export function App() {
  return (
    <div className="flex h-full flex-col bg-ink-950 text-ink-200">
      <TopBar>
        <DocumentMenu />
        <div className="ml-auto">
          <RequestButton />
        </div>
      </TopBar>
      <ToolOptionsBar />
      <div className="flex min-h-0 flex-1">
        <ToolRail />
        <div className="flex min-w-0 flex-1 flex-col">
          <main aria-label="Canvas" className="relative min-h-0 flex-1 bg-ink-950">
            <CanvasEditor />
            <ResultViewer />
          </main>
          <ResultsTray />
        </div>
        <aside aria-label="Side panel" className="w-80 shrink-0 overflow-y-auto border-l border-ink-800 bg-ink-900">
          <LayersPanel />
          <GenerationPanel />
        </aside>
      </div>
      <StatusBar>
        <CanvasStatus />
      </StatusBar>
      <SignInDialog />
    </div>
  );
}
