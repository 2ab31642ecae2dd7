// Runs in Chromium, built by Vite like the app (bench/article.ts builds it
// and injects it): the shipped pipeline against its own sanitizing step alone
// (DOMPurify with the app's configuration and hooks) on the same HTML, timed
// in the page so that no protocol round trip counts.
import { runPipeline, type PipelineOptions } from '../src/article/pipeline/pipeline';
import { sanitizeToFragment } from '../src/article/pipeline/sanitize';
import { median } from './result';

export type PipelineTimes = { pipelineMs: number; sanitizeMs: number };

declare global {
  interface Window {
    ruweiBench: { timePipeline: (html: string, samples: number) => PipelineTimes };
  }
}

const BATCH = 10;


/** Milliseconds per call: batches of calls, so the timer's 0.1 ms grain does not matter. */
function batchMs(run: () => unknown): number {
  const start = performance.now();
  for (let i = 0; i < BATCH; i++) run();
  return (performance.now() - start) / BATCH;
}

function timePipeline(html: string, samples: number): PipelineTimes {
  const options: PipelineOptions = { baseUrl: 'https://36kr.com/p/1', pageOrigin: location.origin, copyLinkLabel: 'Copy link to section' };
  const pipeline = () => runPipeline({ html }, options);
  const sanitize = () => sanitizeToFragment(html);
  for (let i = 0; i < 3; i++) {
    batchMs(pipeline);
    batchMs(sanitize);
  }
  const pipelineMs: number[] = [];
  const sanitizeMs: number[] = [];
  // Interleaved, so that a slow stretch of the machine hits both alike.
  for (let i = 0; i < samples; i++) {
    pipelineMs.push(batchMs(pipeline));
    sanitizeMs.push(batchMs(sanitize));
  }
  return { pipelineMs: median(pipelineMs), sanitizeMs: median(sanitizeMs) };
}

window.ruweiBench = { timePipeline };
