// Runs in Chromium, built by Vite like the app (bench/article.ts builds it
// and injects it): the shipped pipeline against a bare DOMPurify.sanitize of
// the same HTML, timed in the page so that no protocol round trip counts.
import createDOMPurify from 'dompurify';
import { runPipeline, type PipelineOptions } from '../src/article/pipeline/pipeline';
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
  const bare = createDOMPurify(window);
  const options: PipelineOptions = { baseUrl: 'https://36kr.com/p/1', pageOrigin: location.origin, copyLinkLabel: 'Copy link to section' };
  const pipeline = () => runPipeline({ html }, options);
  const sanitize = () => bare.sanitize(html);
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
