// A studio process in local mode for crash tests: `node --import tsx killableEngine.ts <dataDir> [submit]`.
// It resumes the tasks left in <dataDir>, submits one long inpaint when asked, prints
// "RUNNING <TaskUID>" once a task runs on a worker, then waits to be killed.
import { discMask, photoScene } from '../algorithms/testScenes';
import { maskDataUri, pngDataUri, startLocalStudio } from './engineHarness';

const [dataDir, submit] = process.argv.slice(2);
const studio = startLocalStudio(dataDir);
if (submit === 'submit') {
  const size = 1024;
  await studio.call({
    Action: 'ModifyMaskedPixels', MainModel: { ModelCode: 'PICPIK General' }, Seed: 5, Width: size, Height: size, Masked: { ImageIndex: 0, MaskIndex: 1 },
    ImageAndMaskList: [await pngDataUri(photoScene(size, size, 3)), await maskDataUri(discMask(size, size, size / 2, size / 2, size / 3))],
  });
}
for (;;) {
  const running = (await studio.call({ Action: 'ListRunningTasks' })).TaskUIDList as string[];
  const details = (await studio.call({ Action: 'ListTasksDetails', TaskUIDList: running })).TaskDetailList as { TaskUID: string; Status: string }[] | undefined;
  const started = details?.find((detail) => detail.Status === 'Running');
  if (started) {
    console.log(`RUNNING ${started.TaskUID}`);
    break;
  }
  await new Promise((resolve) => setTimeout(resolve, 20));
}
setInterval(() => {}, 60_000);
