import { useState, type ReactNode } from 'react';

/**
 * A `<details>` whose body is drawn when it is first opened, and kept from then on. The
 * results hold a few dozen of these, all closed at first: drawing their bodies up front cost a
 * phone's main thread more than the cards' own text (a profile of a share link's results).
 * The summary stays the same control, reached and opened with the keyboard as before.
 */
export function DetailsOnOpen({
  className,
  summary,
  children,
}: {
  className?: string;
  summary: ReactNode;
  /** The body, built only once the details are open. */
  children: () => ReactNode;
}) {
  const [opened, setOpened] = useState(false);
  return (
    <details className={className} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{summary}</summary>
      {opened && children()}
    </details>
  );
}
