// The one piece of jsdom's API the build uses (node-dom.ts); jsdom ships no types.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string, options?: { url?: string });
    readonly window: Window & typeof globalThis;
  }
}
