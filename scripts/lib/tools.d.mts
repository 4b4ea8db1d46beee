export declare const projectRoot: string;
export declare function pinnedTemporalCli(): { module: string; version: string };
export declare function cacheDir(): string;
export declare function temporalCacheBin(): string;
export declare function onPath(name: string): string | undefined;
export declare function findTemporalCli(): { path: string; source: 'TEMPORAL_CLI' | 'PATH' | 'cache' } | undefined;
export declare function temporalVersion(path: string): string;
export declare function findPgBin(): string | undefined;
