// Trusted Types (the CSP in index.html has `require-trusted-types-for
// 'script'`): the one piece of HTML the app writes into the page is the
// article body the content pipeline produced, sanitized by DOMPurify. This
// policy is its only way in; nothing else may call it. Browsers without
// Trusted Types get the string.

type HtmlPolicy = { createHTML: (html: string) => TrustedHTML };
type PolicyFactory = { createPolicy: (name: string, rules: { createHTML: (html: string) => string }) => HtmlPolicy };

export const ARTICLE_POLICY = 'ruwei-article';

let policy: HtmlPolicy | null | undefined;

export function trustedArticleHtml(sanitizedHtml: string): string | TrustedHTML {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
    policy = factory ? factory.createPolicy(ARTICLE_POLICY, { createHTML: (html) => html }) : null;
  }
  return policy ? policy.createHTML(sanitizedHtml) : sanitizedHtml;
}
