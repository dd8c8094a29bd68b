export class PostgresUnavailableError extends Error {}
export interface Cluster {
  version: string;
  name: string;
  port: number;
  online: boolean;
}
export interface ThrowawayRole {
  name: string;
  port: number;
  url: string;
}
export function ensurePostgresCluster(log?: (line: string) => void): Cluster;
export function createThrowawayRole(cluster: Cluster): ThrowawayRole;
export function dropRole(role: ThrowawayRole): void;
