// One prerendering worker (a worker thread of the build; vite-plugin.ts
// starts them): the DOM globals first, then the app's modules, then its
// share of the pages.
import { parentPort, workerData } from 'node:worker_threads';
import { installDom } from './node-dom';
import type { PrerenderJob } from './job';

const job = workerData as PrerenderJob;
installDom(job.appBase);
const { writePages } = await import('./write-pages');
parentPort?.postMessage(await writePages(job));
