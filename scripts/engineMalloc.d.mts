export declare const ENGINE_MALLOC_ENV: Record<string, string>;
export declare function withEngineMalloc(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
export declare function engineMallocInEffect(env?: NodeJS.ProcessEnv): boolean;
