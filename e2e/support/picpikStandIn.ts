import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import { signRequest } from '../../src/proxy/sign';
import { segmentationAnswer, StandInRefusal } from './standInSegmentation';

/**
 * A PICPIK stand-in on loopback for browser tests in PICPIK mode: it verifies every
 * signature like the service does (RetCode 171 otherwise), answers the documented shapes,
 * lets each task run for one poll, then reports result URLs on its own image host.
 */
export interface PicpikStandIn {
  url: string;
  received: Record<string, unknown>[];
  badSignatures: number;
  close(): Promise<void>;
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of req) text += chunk;
  return JSON.parse(text) as Record<string, unknown>;
}

const MODELS = {
  MainModels: { 'PICPIK General': { Name: 'PICPIK General', ModelCode: 'PICPIK General', IsOfficial: true, InferenceParams: { Steps: 10, Sampler: 'Euler', ClipSkip: 1, CFGScale: 7.5 } } },
  LoraModels: { film_grain: { Name: 'Film Grain', ModelCode: 'film_grain', IsOfficial: true, TriggerWordList: ['film grain'], InferenceParams: { LoraWeight: 1 } } },
};
const CONTROL_NETS = {
  PreProcessors: { canny: { ModelCode: 'canny', InferenceParams: { Resolution: 512, CannyLowThreshold: 100, CannyHighThreshold: 200 } } },
  ControlModels: { control_v11p_sd15_canny: { ModelCode: 'control_v11p_sd15_canny', InferenceParams: { ControlWeight: 1, StartingStep: 0, EndingStep: 1 } } },
};

export async function startPicpikStandIn(publicKey: string, privateKey: string): Promise<PicpikStandIn> {
  const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#3a7bd5' } }).png().toBuffer();
  const polls = new Map<string, number>();
  // RemoveBackground / ExtractContents answer pictures of their own; everything else the blue square.
  const images = new Map<string, Buffer>();
  const state: PicpikStandIn = { url: '', received: [], badSignatures: 0, close: () => new Promise((resolve) => server.close(() => resolve())) };
  let taskCount = 0;

  const server: Server = createServer(async (req, res) => {
    if (req.method === 'GET' && req.url?.startsWith('/results/')) {
      const uid = req.url.slice('/results/'.length).split('.')[0] ?? '';
      res.writeHead(200, { 'Content-Type': 'image/png' }).end(images.get(uid) ?? png);
      return;
    }
    const body = await readJson(req);
    const common = { RetCode: 0, Action: body.Action, Message: '', request_uuid: body.request_uuid };
    res.setHeader('Content-Type', 'application/json');
    if (body.PublicKey !== publicKey || signRequest(body, privateKey) !== body.Signature) {
      state.badSignatures++;
      res.end(JSON.stringify({ ...common, RetCode: 171, Message: 'Signature verification failed' }));
      return;
    }
    state.received.push(body);
    const answer = (fields: object) => res.end(JSON.stringify({ ...common, ...fields }));
    switch (body.Action) {
      case 'ListModels':
        return answer(MODELS);
      case 'ListControlNets':
        return answer(CONTROL_NETS);
      case 'GetCreditBalance':
        return answer({ TotalCredits: 300, UsedCredits: 12, ExpireTimestamp: 1_900_000_000 });
      case 'ListRunningTasks':
        return answer({ TaskUIDList: [...polls.keys()].filter((uid) => (polls.get(uid) ?? 0) < 1) });
      case 'ListTasksDetails':
        return answer({
          TaskDetailList: (body.TaskUIDList as string[]).map((uid) => {
            const seen = (polls.get(uid) ?? 0) + 1;
            polls.set(uid, seen);
            if (seen < 2) return { TaskUID: uid, Status: 'Running', ImgList: [], ErrorCode: 0, ErrorMassage: '' };
            return { TaskUID: uid, Status: 'Finished', Seed: 777, ConsumeApiPoint: 4, ErrorCode: 0, ErrorMassage: '', ImgList: [`${state.url}/results/${uid}.png?Expires=1`] };
          }),
        });
      default: {
        taskCount++;
        const uid = `cktstandin${String(taskCount).padStart(10, '0')}`;
        if (body.Action === 'RemoveBackground' || body.Action === 'ExtractContents') {
          try {
            images.set(uid, await segmentationAnswer(body));
          } catch (error) {
            if (!(error instanceof StandInRefusal)) throw error;
            return res.end(JSON.stringify({ ...common, RetCode: 230, Message: error.message }));
          }
        }
        return answer({ TaskUID: uid });
      }
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}
