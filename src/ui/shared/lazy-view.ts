import { lazy, type ComponentType } from 'react';
import { getI18n } from 'react-i18next';
import { ensureResources } from '../../i18n/i18n.ts';

/**
 * A view loaded when first shown, together with the strings beyond the first screens
 * ('more'), so it never renders a missing key. The app has one i18next instance, registered
 * with react-i18next.
 */
export function lazyWithStrings<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(() =>
    Promise.all([load(), ensureResources(getI18n(), 'more')]).then(([component]) => ({ default: component })),
  );
}
