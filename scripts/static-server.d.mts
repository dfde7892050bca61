import type { Server } from 'node:http';

export declare const SECURITY_HEADERS: Record<string, string>;
export declare function frameHeaders(path: string): Record<string, string>;
export declare function createStaticServer(options: { dir: string; base?: string }): Server;
