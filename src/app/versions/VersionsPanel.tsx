import { useMemo } from 'react';
import { showNotice } from '../canvas/ui/notice';
import { useStudioStore } from '../store/studioStore';
import { downloadStarredVersions } from './exportStarred';
import { compareVersions } from './versionCompare';
import { deleteBranch, deleteBranchProblem, goToVersion } from './versionCommands';
import { UndoBranches } from './UndoBranches';
import { useVersionThumbnail } from './versionThumbnail';
import { childrenOf, usedBytes, versionLabel, versionOfDocument, VERSION_BUDGET_BYTES, type Version } from './versionTree';

const attempt = (action: () => void | Promise<void>) => () => {
  Promise.resolve()
    .then(action)
    .catch((error: Error) => showNotice(error.message));
};

const smallButton = 'rounded px-1 text-[11px] text-ink-400 hover:bg-ink-700 hover:text-ink-200 disabled:opacity-40';

function VersionRow({ version, depth, shownId }: { version: Version; depth: number; shownId: string | null }) {
  const thumbnail = useVersionThumbnail(version);
  const number = version.number;
  const shown = version.id === shownId;
  const label = versionLabel(version);
  return (
    <li data-version={version.id}>
      <div className={`flex items-center gap-1.5 py-1 pr-2 ${shown ? 'bg-ink-800' : 'hover:bg-ink-850'}`} style={{ paddingLeft: 8 + Math.min(depth, 8) * 12 }}>
        <button type="button" aria-label={label} aria-current={shown ? 'true' : undefined} title={`${label}${shown ? ' · shown' : ''} · ${new Date(version.createdAt).toLocaleString()}`} onClick={attempt(() => goToVersion(version.id))} className="flex min-w-0 flex-1 items-center gap-2 text-left">
          <span className={`h-8 w-12 shrink-0 overflow-hidden rounded-sm border bg-ink-950 ${shown ? 'border-accent-500' : 'border-ink-700'}`}>
            {thumbnail ? <img src={thumbnail} alt="" className="h-full w-full object-contain" /> : null}
          </span>
          <span className="flex min-w-0 flex-1 flex-col">
            <span className="truncate text-xs text-ink-200">{label.split(' · ').slice(0, 2).join(' · ')}</span>
            <span className="truncate text-[10px] text-ink-500">{label.split(' · ').slice(2).join(' · ')}</span>
          </span>
        </button>
        {shown ? <span className="shrink-0 text-[10px] uppercase tracking-wide text-accent-400">here</span> : null}
        <button type="button" aria-label={`${version.starred ? 'Unstar' : 'Star'} version ${number}`} aria-pressed={version.starred} onClick={() => useStudioStore.getState().versionStarToggled(version.id)} className={`${smallButton} ${version.starred ? 'text-amber-400' : ''}`}>
          {version.starred ? '★' : '☆'}
        </button>
        <button type="button" aria-label={`Compare version ${number} with the picture`} disabled={!shownId || shown} onClick={() => shownId && compareVersions({ before: version.id, after: shownId })} className={smallButton}>
          ⇆
        </button>
        <button type="button" aria-label={`Delete branch from version ${number}`} title={deleteBranchProblem(version.id) ?? 'Delete this version and every version that grew from it (Ctrl+Z brings them back)'} disabled={deleteBranchProblem(version.id) !== null} onClick={attempt(() => deleteBranch(version.id))} className={smallButton}>
          ×
        </button>
      </div>
      <Branches parentId={version.id} depth={depth + 1} shownId={shownId} />
    </li>
  );
}

function Branches({ parentId, depth, shownId }: { parentId: string | null; depth: number; shownId: string | null }) {
  const tree = useStudioStore((s) => s.versionTree);
  const children = childrenOf(tree, parentId);
  if (children.length === 0) return null;
  return (
    <ul className={depth > 0 && children.length > 1 ? 'border-l border-ink-700' : undefined}>
      {children.map((child) => (
        <VersionRow key={child.id} version={child} depth={depth} shownId={shownId} />
      ))}
    </ul>
  );
}

/**
 * Every accepted result as a version in a tree: click one to make the picture that version
 * (work from there starts a branch), star, compare with the picture, delete a branch.
 */
export function VersionsPanel() {
  const tree = useStudioStore((s) => s.versionTree);
  const doc = useStudioStore((s) => s.document);
  const shownId = useMemo(() => versionOfDocument(tree, doc)?.id ?? null, [tree, doc]);
  const versions = Object.values(tree.versions);
  const starred = versions.filter((version) => version.starred).length;
  const used = usedBytes(tree);
  return (
    <section aria-label="Versions" className="border-b border-ink-800 py-2">
      <header className="flex items-center gap-2 px-3 pb-1 text-[11px] uppercase tracking-wide text-ink-400">
        <h2 className="font-semibold">Versions</h2>
        <span className="whitespace-nowrap normal-case tracking-normal text-ink-500" title="Versions keep only the pixels each accept changed">
          {versions.length > 0 ? `${used < 1048576 ? `${Math.ceil(used / 1024)} KB` : `${(used / 1048576).toFixed(1)} MB`} of ${VERSION_BUDGET_BYTES / 1048576} MB` : ''}
        </span>
        <button type="button" disabled={starred === 0} onClick={attempt(downloadStarredVersions)} className="ml-auto whitespace-nowrap rounded px-1.5 py-0.5 normal-case tracking-normal text-ink-300 hover:bg-ink-700 disabled:opacity-40">
          Download starred ({starred})
        </button>
      </header>
      <UndoBranches />
      {versions.length === 0 ? (
        <p className="px-3 text-xs text-ink-500">Each variant you accept becomes a version here. Go back to any of them; new work from there starts a branch.</p>
      ) : (
        <>
          {shownId === null ? <p className="px-3 pb-1 text-[11px] text-ink-500">The picture is not one of these versions (another picture, or changes accepted before versions existed).</p> : null}
          <Branches parentId={null} depth={0} shownId={shownId} />
        </>
      )}
    </section>
  );
}
