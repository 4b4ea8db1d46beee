/** A system program Amtsweg or its tests call, and the Debian package that brings it. */
export interface SystemTool {
  what: string;
  debian: string;
  for: ('start' | 'test')[];
  present(): boolean;
  skip?(command: 'start' | 'test'): string | undefined;
}
export declare const systemTools: SystemTool[];
export declare function missingTools(command: 'start' | 'test'): SystemTool[];
export declare function installRefusal(): string | undefined;
export declare function aptInstall(packages: string[], log: (msg: string) => void): void;
export declare function findChromium(): string | undefined;
