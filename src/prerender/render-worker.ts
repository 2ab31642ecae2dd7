// One prerendering worker (a worker thread of the build; vite-plugin.ts
// starts them): the interface language first, then the app's modules, then
// its share of the pages (the DOM globals only once one is to be rendered).
import { parentPort, workerData } from 'node:worker_threads';
import { installNavigator } from './node-dom';
import type { PrerenderJob } from './job';

const job = workerData as PrerenderJob;
installNavigator();
const { writePages } = await import('./write-pages');
parentPort?.postMessage(await writePages(job));
