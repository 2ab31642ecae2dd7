// Which way an article's content is made (article-content.ts): at once for a
// small article (no flash, as before), in steps outside rendering for a
// large one, the view waiting until they are done. Rendering on the server
// (src/prerender) and hydrating its page take it at once too, so the page
// and the app's first render stay the same.
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { FeedItem } from '../feed/model';
import { articleContent, contentInSteps, needsMaking } from './article-content';
import type { ArticleContent } from './pipeline/pipeline';

const noSubscription = () => () => {};

export function useArticleContent(item: FeedItem | undefined, feedUrl: string): ArticleContent | undefined {
  const [made, setMade] = useState<{ item: FeedItem; content: ArticleContent }>();
  const hydrating = useSyncExternalStore(noSubscription, () => false, () => true);
  const inSteps = useMemo(() => item !== undefined && !hydrating && needsMaking(item), [item, hydrating]);
  useEffect(() => {
    if (!item || !inSteps) return;
    let stopped = false;
    void contentInSteps(item, feedUrl, () => stopped).then((content) => content && setMade({ item, content }));
    return () => {
      stopped = true;
    };
  }, [item, feedUrl, inSteps]);
  if (!item) return undefined;
  if (!inSteps) return articleContent(item, feedUrl);
  return made?.item === item ? made.content : undefined;
}
