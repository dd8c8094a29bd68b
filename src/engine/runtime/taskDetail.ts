import { variantSeeds } from '../actions/seeds';

export type LocalStatus = 'Queuing' | 'Running' | 'Finished' | 'Error' | 'Cancelled';

export interface TaskDetail {
  TaskUID: string;
  Action: string;
  Status: string;
  ImgList: string[];
  Seed: number;
  /**
   * The local engine's addition to PICPIK's shape: the seed each image was made with (image i
   * uses Seed + i), so every variant of a batch can be reproduced alone. PICPIK sends only Seed.
   */
  SeedList: number[];
  TxtList: string[];
  ConsumeApiPoint: 0;
  ErrorCode: number;
  ErrorMassage: string;
}

/** What a task detail is built from: a task in memory, or an archived one. */
export interface TaskState {
  uid: string;
  action: string;
  status: LocalStatus;
  seed: number;
  images: string[];
  errorCode: number;
  errorMessage: string;
}

/** PICPIK's TaskDetail shape (ErrorMassage sic), plus SeedList. */
export function toDetail(task: TaskState): TaskDetail {
  return {
    TaskUID: task.uid,
    Action: task.action,
    Status: task.status,
    ImgList: task.images,
    Seed: task.seed,
    SeedList: variantSeeds(task.seed, task.images.length),
    TxtList: [],
    ConsumeApiPoint: 0,
    ErrorCode: task.errorCode,
    ErrorMassage: task.errorMessage,
  };
}
