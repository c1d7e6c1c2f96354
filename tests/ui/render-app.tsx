/*
 * Renders the whole app the way src/ui/boot.tsx does (bootWizard over the address and the
 * device record, then <App>), with real i18next in which a missing key throws. Component
 * tests use it together with resetDevice() so that every test starts on a clean device.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { App } from '../../src/ui/app.tsx';
import { loadQuestions, WizardView } from '../../src/ui/planning/planning-view.tsx';
import { bootWizard, type WizardBoot } from '../../flows/wizard-boot.ts';
import type { WizardStep } from '../../flows/planning-steps.ts';
import { catalogue } from '../../src/domain/catalogue-data.ts';
import { SESSION_STORAGE_KEY } from '../../src/domain/session-record.ts';
import { taxonomies } from '../../src/domain/taxonomies-data.ts';
import type {
  AccessId,
  AgeGroupId,
  AudienceId,
  ChannelId,
  ClientLanguageId,
  NeedId,
  UiLanguage,
} from '../../src/domain/taxonomy.ts';
import { createTestI18n } from '../support/test-i18n.ts';

export const UI_LANGS: readonly UiLanguage[] = ['fi', 'sv', 'en'];

/** Clears what a test leaves behind: the rendered tree, the device record, the address. */
export function resetDevice(): void {
  cleanup();
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
  document.documentElement.removeAttribute('lang');
}

/** A translation by a plain string key ("ns:key"); a missing key throws (strict test i18n). */
export type Text = (key: string, options?: Record<string, unknown>) => string;

/** The strings and taxonomy labels of one UI language, as the app shows them. */
export function uiStrings(i18n: I18n, lang: UiLanguage) {
  const fixed = i18n.getFixedT(lang);
  const text: Text = (key, options) => (fixed as unknown as Text)(key, options);
  const toolsById = new Map(catalogue.map((tool) => [tool.id, tool]));
  return {
    lang,
    i18n,
    text,
    need: (id: NeedId) => taxonomies.needs[id][lang],
    ageGroupLabel: (id: AgeGroupId) => taxonomies.ageGroups[id].label[lang],
    language: (id: ClientLanguageId) => taxonomies.languages[id][lang],
    channel: (id: ChannelId) => taxonomies.channels[id][lang],
    access: (id: AccessId) => taxonomies.access[id][lang],
    audience: (id: AudienceId) => taxonomies.audiences[id][lang],
    toolName: (id: string) => {
      const tool = toolsById.get(id);
      if (!tool) throw new Error(`no tool ${id} in the catalogue`);
      return tool.name[lang];
    },
    /** The h1 each wizard step shows. */
    stepTitle: (step: WizardStep) => text(step === 'results' ? 'results:title' : `wizard:${step}.title`),
  };
}
export type UiStrings = ReturnType<typeof uiStrings>;

export interface RenderAppOptions {
  lang?: UiLanguage;
  /** The address's query, e.g. '?needs=youth'. */
  search?: string;
  /** The device record to put in localStorage before the app boots. */
  stored?: string;
}

// As boot() does when the app opens on a question: the forms then render without a fallback.
await loadQuestions();

/** Boots and renders the app like a page load: address and device record first, then <App>. */
export function renderApp({ lang = 'fi', search = '', stored }: RenderAppOptions = {}) {
  window.history.replaceState(null, '', `/${search}`);
  if (stored !== undefined) window.localStorage.setItem(SESSION_STORAGE_KEY, stored);
  const boot: WizardBoot = bootWizard(
    window.location.search,
    window.localStorage.getItem(SESSION_STORAGE_KEY),
  );
  const i18n = createTestI18n(lang);
  // No pause between keystrokes and no pointer-events style walk per click: the suite replays
  // many paths, nothing here is timed, and the app sets no pointer-events anywhere.
  const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
  // The planning view is given at once, as boot() does after loading it with the strings.
  const view = render(<App i18n={i18n} wizard={boot} view={{ mode: 'plan', Component: WizardView }} />);
  return { ...view, user, i18n, boot, s: uiStrings(i18n, lang) };
}

/** The main landmark (the printable plan is a portal outside it, with an h1 of its own). */
// (hidden: true only skips the style checks: the landmark is always there and visible.)
export const main = () => within(screen.getByRole('main', { hidden: true }));

/** The text of the step heading (the one h1 inside <main>). */
export const stepHeading = () => main().getByRole('heading', { level: 1 });

/** Waits until the step with this title is shown (the results view is lazy-loaded). */
export const findStep = (title: string) => main().findByRole('heading', { level: 1, name: title });

/** The parsed device record, or null. */
export function readRecord(): Record<string, unknown> | null {
  const raw = window.localStorage.getItem(SESSION_STORAGE_KEY);
  return raw === null ? null : (JSON.parse(raw) as Record<string, unknown>);
}

/** Everything the app keeps on the device, as one string (for "never stored" checks). */
export function allStorage(): string {
  const out: string[] = [];
  for (let i = 0; i < window.localStorage.length; i++) {
    const key = window.localStorage.key(i);
    if (key !== null) out.push(key, window.localStorage.getItem(key) ?? '');
  }
  return out.join('\n');
}

/** The answer text of one row of the answer summary (review, or "your answers" on the results). */
export function summaryRow(questionLabel: string): string {
  const term = main().getByText(questionLabel, { selector: 'dt' });
  // <dd><span>answer</span><button>Edit</button></dd>: the answer without the button.
  const answer = term.nextElementSibling?.firstElementChild;
  if (!answer) throw new Error(`no answer next to ${questionLabel}`);
  return answer.textContent ?? '';
}
