// One builder run in a fresh process, for the peak-RSS figure of bench/builder.ts:
//   node --import tsx bench/builder-child.ts <input> <out>
// Prints {"maxRssKb": ...} (process.resourceUsage().maxRSS is in kilobytes).
import { build } from '../src/builder/posts-to-feed';

const [input, out] = process.argv.slice(2);
if (!input || !out) throw new Error('usage: builder-child.ts <input> <out>');
await build({ input, out });
process.stdout.write(`${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })}\n`);
