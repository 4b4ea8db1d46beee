/** A Node.js binary and where it was found. */
export interface FoundNode {
  path: string;
  version: string;
  source: 'AMTSWEG_NODE' | 'system' | 'cache' | 'fetched';
}
export declare const MIN_MAJOR: number;
export declare function pinnedNodeVersion(): string;
export declare function cachedNodeBin(): string;
export declare function findNode(): FoundNode | undefined;
export declare function fetchRefusal(): string[] | undefined;
export declare function fetchNode(log: (msg: string) => void): string;
export declare function ensureNode(log: (msg: string) => void): FoundNode;
