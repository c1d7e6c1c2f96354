import type { UiLanguage } from '../domain/taxonomy.ts';
import type { bundle as fiCore } from './bundle-fi.ts';
import type { bundle as fiMore } from './bundle-fi-more.ts';
import type { bundle as fiHandout } from './bundle-fi-handout.ts';

/** Finnish is the reference language: its files define the key set the others must match. */
export type Resources = typeof fiCore & typeof fiMore & typeof fiHandout;
export type Namespace = keyof Resources;
export const NAMESPACES: readonly Namespace[] = [
  'common',
  'wizard',
  'results',
  'plan',
  'ethics',
  'practice',
  'teaching',
  'handout',
];

/**
 * Strings come in parts per language: the first screens, everything after them, and the
 * client handout (printed in a language of its own, so it may be loaded for another language).
 */
export type ResourcePart = 'core' | 'more' | 'handout';

/**
 * Loads one part of one UI language. Each is its own chunk, so the first screen carries
 * only the strings it shows; the rest arrives with the views that need it.
 */
export function loadResources(lang: UiLanguage, part: ResourcePart): Promise<Partial<Resources>> {
  if (part === 'core') {
    switch (lang) {
      case 'fi':
        return import('./bundle-fi.ts').then((m) => m.bundle);
      case 'sv':
        return import('./bundle-sv.ts').then((m) => m.bundle);
      case 'en':
        return import('./bundle-en.ts').then((m) => m.bundle);
    }
  }
  if (part === 'handout') {
    switch (lang) {
      case 'fi':
        return import('./bundle-fi-handout.ts').then((m) => m.bundle);
      case 'sv':
        return import('./bundle-sv-handout.ts').then((m) => m.bundle);
      case 'en':
        return import('./bundle-en-handout.ts').then((m) => m.bundle);
    }
  }
  switch (lang) {
    case 'fi':
      return import('./bundle-fi-more.ts').then((m) => m.bundle);
    case 'sv':
      return import('./bundle-sv-more.ts').then((m) => m.bundle);
    case 'en':
      return import('./bundle-en-more.ts').then((m) => m.bundle);
  }
}
