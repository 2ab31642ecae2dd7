// A thin bar under the header: how much of the article lies above the
// viewport's bottom edge. Decorative (the reading time is said in words);
// drawn with a transform, which moves no layout.
import { useEffect, useRef, type RefObject } from 'react';

export function ReadingProgress({ target }: { target: RefObject<HTMLElement | null> }) {
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      if (!target.current || !bar.current) return;
      const { top, height } = target.current.getBoundingClientRect();
      const scrollable = height - window.innerHeight;
      const done = scrollable <= 0 ? 1 : Math.min(1, Math.max(0, -top / scrollable));
      bar.current.style.transform = `scaleX(${done})`;
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(update);
    };
    schedule();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [target]);
  return (
    <div className="reading-progress" aria-hidden="true">
      <div ref={bar} className="reading-progress-bar" />
    </div>
  );
}
