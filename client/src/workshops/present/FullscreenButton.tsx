import { useEffect, useState } from 'react';
import { t } from '../../../../shared/i18n';

/** Whether the page is shown full screen now (the Fullscreen API; Esc leaves it, and this follows). */
function useFullscreen(): boolean {
  const [on, setOn] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const follow = () => setOn(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', follow);
    return () => document.removeEventListener('fullscreenchange', follow);
  }, []);
  return on;
}

/** Puts the projector view full screen, or back; absent where the browser cannot (an iframe without leave). */
export function FullscreenButton({ className }: { className?: string }) {
  const on = useFullscreen();
  if (!document.fullscreenEnabled) return null;
  const toggle = () => void (on ? document.exitFullscreen() : document.documentElement.requestFullscreen()).catch(() => {});
  return (
    <button type="button" className={className} onClick={toggle} aria-pressed={on} data-testid="fullscreen-button">
      {on ? t('workshop.present.leaveFullscreen') : t('workshop.present.fullscreen')}
    </button>
  );
}
