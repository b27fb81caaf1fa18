import { useEffect, useState } from 'react';

/** The width below which the board is laid out for a phone (the same as board.css's media query). */
const SMALL_SCREEN = '(max-width: 40rem)';

/** A phone-sized screen now (follows rotation and resizing). */
export function useSmallScreen(): boolean {
  const [small, setSmall] = useState(() => window.matchMedia(SMALL_SCREEN).matches);
  useEffect(() => {
    const query = window.matchMedia(SMALL_SCREEN);
    const follow = () => setSmall(query.matches);
    follow();
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, []);
  return small;
}
