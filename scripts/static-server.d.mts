import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export declare function createStaticHandler(options: {
  dir: string;
  base?: string;
}): (req: IncomingMessage, res: ServerResponse) => void;
export declare const SECURITY_HEADERS: Record<string, string>;
export declare function frameHeaders(path: string): Record<string, string>;
export declare function createStaticServer(options: { dir: string; base?: string }): Server;
