import { useEffect, useRef } from 'react';

/**
 * A ref for a message that takes focus when it appears (a result, a problem summary). Focus moves
 * after React has committed the element — a `requestAnimationFrame` started from an async handler
 * can run before that commit and then focuses nothing, leaving focus on `<body>`. `shown` is the
 * value that makes the element appear; each new value (a second failure) moves focus again.
 */
export function useFocusWhenShown<T extends HTMLElement>(shown: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown]);
  return ref;
}
