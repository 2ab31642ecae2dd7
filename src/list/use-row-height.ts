import { useEffect, useState } from 'react';

/**
 * A row before it is measured: a one-line title, two lines of summary and the
 * meta line, the height of a loading row (list.css). In rem, so it follows the
 * reader's font size.
 */
export const ROW_ESTIMATE_REM = 7.6;

export function rootFontPx(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

function measure(): number {
  return Math.round(ROW_ESTIMATE_REM * rootFontPx());
}

/** The estimated row height in pixels, for rows the list has not measured yet. */
export function useRowEstimate(): number {
  const [height, setHeight] = useState(measure);
  useEffect(() => {
    const update = () => setHeight(measure());
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  return height;
}
