/** `npm run serve`: serves dist/ on http://localhost:4173 (PORT and BASE_PATH are honoured). */
import { resolve } from 'node:path';
import { createStaticServer } from './static-server.mjs';

const port = Number(process.env.PORT ?? 4173);
const base = process.env.BASE_PATH ?? '/';
createStaticServer({ dir: resolve(import.meta.dirname, '..', 'dist'), base }).listen(port, () => {
  console.log(`Serving dist/ at http://localhost:${port}${base}`);
});
