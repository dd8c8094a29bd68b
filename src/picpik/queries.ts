import { z } from 'zod';
import { requestObject, successResponse } from './common';
import { listOf, mapOf, nonEmptyText } from './fieldSchemas';
import { zControlModel, zModel, zPreProcessor } from './models';
import { LIST_LIMITS } from './requestLimits';

export const zListModelsRequest = requestObject('ListModels', {});
export const zListControlNetsRequest = requestObject('ListControlNets', {});
export const zListRunningTasksRequest = requestObject('ListRunningTasks', {});
export const zGetCreditBalanceRequest = requestObject('GetCreditBalance', {});
export const zListTasksDetailsRequest = requestObject('ListTasksDetails', {
  TaskUIDList: listOf(nonEmptyText(), { min: 1, max: LIST_LIMITS.taskUids }),
});
export const zTerminateTaskRequest = requestObject('TerminateTask', { TaskUID: nonEmptyText() });
export type ListTasksDetailsRequest = z.infer<typeof zListTasksDetailsRequest>;
export type TerminateTaskRequest = z.infer<typeof zTerminateTaskRequest>;

/** Models by name; only MainModels is always present. A Model can be sent back as-is. */
export const zListModelsResponse = successResponse({
  MainModels: mapOf(zModel),
  LoraModels: mapOf(zModel).nullish(),
  EmbeddingModels: mapOf(zModel).nullish(),
  HypernetworkModels: mapOf(zModel).nullish(),
});
export type ListModelsResponse = z.infer<typeof zListModelsResponse>;

export const zListControlNetsResponse = successResponse({
  PreProcessors: mapOf(zPreProcessor),
  ControlModels: mapOf(zControlModel),
});
export type ListControlNetsResponse = z.infer<typeof zListControlNetsResponse>;

/** A task's state. Optional fields accept null (absent lists are often serialised as null). */
export const zTaskDetail = z.looseObject({
  TaskUID: z.string(),
  Action: z.string().nullish(),
  Status: z.string().nullish(),
  ImgList: z.array(z.string()).nullish(),
  Seed: z.number().nullish(),
  TxtList: z.array(z.string()).nullish(),
  ConsumeApiPoint: z.number().nullish(),
  ErrorCode: z.int().nullish(),
  /** sic: the upstream field name is misspelled. */
  ErrorMassage: z.string().nullish(),
});
export type TaskDetail = z.infer<typeof zTaskDetail>;

export const zListTasksDetailsResponse = successResponse({ TaskDetailList: z.array(zTaskDetail) });
export type ListTasksDetailsResponse = z.infer<typeof zListTasksDetailsResponse>;

export const zListRunningTasksResponse = successResponse({ TaskUIDList: z.array(z.string()).nullish() });
export type ListRunningTasksResponse = z.infer<typeof zListRunningTasksResponse>;

export const zTerminateTaskResponse = successResponse({});
export type TerminateTaskResponse = z.infer<typeof zTerminateTaskResponse>;

export const zGetCreditBalanceResponse = successResponse({
  TotalCredits: z.number(),
  UsedCredits: z.number(),
  ExpireTimestamp: z.number(),
});
export type GetCreditBalanceResponse = z.infer<typeof zGetCreditBalanceResponse>;

/** The answer of every action that starts a task (generation, RemoveBackground, ExtractContents). */
export const zTaskResponse = successResponse({ TaskUID: z.string().min(1) });
export type TaskResponse = z.infer<typeof zTaskResponse>;

const FAILED_STATUSES = ['error', 'failed', 'fail', 'cancelled', 'canceled', 'terminated'];
const SUCCEEDED_STATUSES = ['finished', 'success', 'succeeded', 'completed', 'done'];

/** The fields of a TaskDetail that decide whether it is over. */
export type TaskProgress = Pick<TaskDetail, 'ErrorCode' | 'ImgList' | 'Status'>;

function normalizedStatus(detail: TaskProgress): string {
  return (detail.Status ?? '').trim().toLowerCase();
}

/** True when the task failed or was stopped: ErrorCode ≠ 0 or a failure status word. */
export function isTaskFailed(detail: TaskProgress): boolean {
  const errorCode = detail.ErrorCode ?? 0;
  return errorCode !== 0 || FAILED_STATUSES.includes(normalizedStatus(detail));
}

/**
 * True when polling can stop: ErrorCode ≠ 0, or ImgList is non-empty, or Status is a terminal
 * word (Finished, Success, Succeeded, Completed, Done, Error, Failed, Fail, Cancelled,
 * Canceled, Terminated; any case). Unknown statuses are not final; show them verbatim.
 */
export function isTaskFinal(detail: TaskProgress): boolean {
  if (isTaskFailed(detail)) return true;
  if ((detail.ImgList?.length ?? 0) > 0) return true;
  return SUCCEEDED_STATUSES.includes(normalizedStatus(detail));
}
