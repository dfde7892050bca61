import type { Server } from 'node:http';

export declare function createStaticServer(options: { dir: string; base?: string }): Server;
