import { useEffect, useState } from 'react';
import { fetchMentions } from '../api/comments';
import { usePathname } from '../router/history';

const CHANGED = 'samsyn:mentions-changed';

/** Tell the header that a mention was read here. */
export const mentionsChanged = () => window.dispatchEvent(new Event(CHANGED));

/** How many mentions of the signed-in user are unread: on every page change, each minute, and when one is read. */
export function useUnreadMentions(enabled: boolean): number {
  const pathname = usePathname();
  const [unread, setUnread] = useState(0);
  useEffect(() => {
    if (!enabled) return;
    let abort = new AbortController();
    const load = () => {
      abort.abort();
      abort = new AbortController();
      fetchMentions(abort.signal).then((mentions) => setUnread(mentions.filter((mention) => mention.readAt === null).length), () => {});
    };
    load();
    const timer = setInterval(load, 60_000);
    window.addEventListener(CHANGED, load);
    return () => {
      abort.abort();
      clearInterval(timer);
      window.removeEventListener(CHANGED, load);
    };
  }, [enabled, pathname]);
  return unread;
}
