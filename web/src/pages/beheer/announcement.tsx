/**
 * The live region of a Beheer section: `announce(text, focus)` shows a message; with `focus`, the focus
 * moves there once the message is on the page (after the render, so an empty region is never focused).
 */
import { useEffect, useRef, useState } from 'react';

export function useAnnouncement() {
  const [message, setMessage] = useState({ text: '', focus: false, n: 0 });
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (message.focus) ref.current?.focus();
  }, [message]);
  const announce = (text: string, focus = false) => setMessage((m) => ({ text, focus, n: m.n + 1 }));
  const region = (
    <p className="beheer-status" role="status" tabIndex={-1} ref={ref}>
      {message.text}
    </p>
  );
  return { announce, region };
}
