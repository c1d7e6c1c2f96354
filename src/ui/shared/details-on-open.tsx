import { useState, type ReactNode } from 'react';

/**
 * A native `<details>` whose body exists only while it is open. The results and the
 * catalogue hold dozens of these, all closed at first: drawing their bodies up front cost a
 * phone's main thread more than the cards' own text (a profile of a share link's results; the
 * catalogue built some 4,000 elements). The summary stays the same control, reached and
 * opened with the keyboard as before.
 */
export function DetailsOnOpen({
  className,
  summary,
  children,
}: {
  className?: string;
  summary: ReactNode;
  /** The body, built when the details are opened. */
  children: () => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details className={className} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && children()}
    </details>
  );
}
