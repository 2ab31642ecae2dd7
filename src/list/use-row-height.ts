import { useEffect, useState } from 'react';

/** Rows have one fixed height (in rem, so it follows the reader's font size): offsets are exact and nothing shifts. */
export const ROW_HEIGHT_REM = 9.5;

function measure(): number {
  const rootFont = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return Math.round(ROW_HEIGHT_REM * rootFont);
}

export function useRowHeight(): number {
  const [height, setHeight] = useState(measure);
  useEffect(() => {
    const update = () => setHeight(measure());
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  return height;
}
