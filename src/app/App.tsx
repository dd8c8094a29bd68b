import { CanvasEditor } from './canvas/CanvasEditor';
import { CanvasStatus } from './canvas/CanvasStatus';
import { DocumentMenu } from './canvas/DocumentMenu';
import { LayersPanel } from './canvas/LayersPanel';
import { ToolOptionsBar } from './canvas/ToolOptionsBar';
import { ToolRail } from './canvas/ToolRail';
import { RequestButton } from './generate/RequestDialog';
import { HistoryButton } from './history/HistoryButton';
import { GenerationPanel } from './panels/GenerationPanel';
import { AutosaveIndicator } from './persistence/AutosaveIndicator';
import { ProjectButtons } from './persistence/ProjectButtons';
import { RestoreGate, RestoreNotice } from './persistence/RestoreGate';
import { ResultsTray } from './results/ResultsTray';
import { ResultViewer } from './results/ResultViewer';
import { SelectMenu } from './selection/SelectMenu';
import { StatusBar } from './shell/StatusBar';
import { SignInDialog } from './shell/SignInDialog';
import { TopBar } from './shell/TopBar';
import { VersionCompareView } from './versions/VersionCompareView';
import { VersionsPanel } from './versions/VersionsPanel';

export function App() {
  return (
    <RestoreGate>
      <Studio />
    </RestoreGate>
  );
}

function Studio() {
  return (
    <div className="flex h-full flex-col bg-ink-950 text-ink-200">
      <TopBar>
        <ProjectButtons />
        <DocumentMenu />
        <SelectMenu />
        <div className="ml-auto flex items-center gap-1">
          <HistoryButton />
          <RequestButton />
        </div>
      </TopBar>
      <RestoreNotice />
      <ToolOptionsBar />
      <div className="flex min-h-0 flex-1">
        <ToolRail />
        <div className="flex min-w-0 flex-1 flex-col">
          <main aria-label="Canvas" className="relative min-h-0 flex-1 bg-ink-950">
            <CanvasEditor />
            <ResultViewer />
            <VersionCompareView />
          </main>
          <ResultsTray />
        </div>
        <aside aria-label="Side panel" className="w-80 shrink-0 overflow-y-auto border-l border-ink-800 bg-ink-900">
          <LayersPanel />
          <VersionsPanel />
          <GenerationPanel />
        </aside>
      </div>
      <StatusBar>
        <AutosaveIndicator />
        <CanvasStatus />
      </StatusBar>
      <SignInDialog />
    </div>
  );
}
