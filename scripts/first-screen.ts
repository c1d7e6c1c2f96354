// The first screen, prerendered: at build time each UI language's first screen (the needs
// question with no answers) is rendered to HTML and put in the page in a <template>. A small
// classic script, run by the parser right after those templates and before the app's module
// script, decides like boot() does which language the app will open in and whether it opens
// on that first screen; if so it copies that language's template into #root, and the page
// paints the real first screen before any of the app's JavaScript has arrived. boot() then
// hydrates it (src/ui/boot.tsx), or clears it and renders when its own decision differs.
//
// showFirstScreen(), with pickFirstScreen(), viewOpenedBy() and afterFirstPaint() as its
// arguments, runs in the browser as the text of a classic script (Function#toString), so none
// of them may use anything from outside its own body and its arguments.

import { afterFirstPaint } from '../src/ui/shell/first-paint.ts';

export interface FirstScreenOptions {
  /** The UI languages (fi first: the fallback). */
  languages: readonly string[];
  /** Address parameters that open anything but the empty first screen (answers, modes). */
  openElsewhere: readonly string[];
  sessionKey: string;
  uiKey: string;
  /** Each language's first-screen strings chunk, preloaded at once (a path from the page). */
  stringChunks: Record<string, string>;
  /** The chunks of the shell every page loads, but the entry (paths from the page). */
  shellChunks: readonly string[];
  /** The address parameters of the five answers: with all of them, a link opens the results. */
  answerParams: readonly string[];
  /**
   * The chunks of each view an address opens at once (planning, results, practice,
   * catalogue) with each language's strings beyond the first screen, under the key
   * `more-<lang>`, and the catalogue's text in each language with the catalogue's chunks,
   * under `catalogue-<lang>`.
   */
  viewChunks: Record<string, readonly string[]>;
}

/**
 * The view an address opens at once, whose chunks are worth fetching with the app's own:
 * practice or the catalogue (`mode`), the results when it holds every answer, and the
 * planning wizard otherwise (the first screen among them). Runs in the browser too.
 */
export function viewOpenedBy(search: string, answerParams: readonly string[]): string {
  const query = new URLSearchParams(search);
  const mode = query.get('mode');
  if (mode === 'practice' || mode === 'catalogue') return mode;
  return answerParams.every((p) => query.has(p)) ? 'results' : 'planning';
}

export interface FirstScreenEnvironment {
  search: string;
  storage: { getItem: (key: string) => string | null };
  languages: readonly string[];
}

/** The language the app will open in, and whether it opens on the empty first screen. */
export function pickFirstScreen(
  options: Pick<FirstScreenOptions, 'languages' | 'openElsewhere' | 'sessionKey' | 'uiKey'>,
  env: FirstScreenEnvironment,
): { lang: string; firstScreen: boolean } {
  const known = (value: string | null): value is string =>
    value !== null && options.languages.includes(value);
  const query = new URLSearchParams(env.search);
  const ui = query.get('ui');
  let stored: string | null = null;
  let record: string | null = null;
  try {
    stored = env.storage.getItem(options.uiKey);
    record = env.storage.getItem(options.sessionKey);
  } catch {
    // Storage can be off (a locked-down browser): the app then starts afresh too.
  }
  let lang = known(ui) ? ui : known(stored) ? stored : '';
  if (!lang) {
    for (const tag of env.languages) {
      const base = tag.toLowerCase().split('-')[0] ?? '';
      if (known(base)) {
        lang = base;
        break;
      }
    }
  }
  lang = lang || options.languages[0]!;
  // The first screen is the needs question with nothing answered and no notice above it: no
  // answer or mode in the address, no unknown language asked for, and a device record (the
  // app writes one as soon as it runs) that is still on that question with nothing chosen.
  let firstScreen = !(ui !== null && !known(ui)) && !options.openElsewhere.some((p) => query.has(p));
  if (firstScreen && record !== null) {
    try {
      const r = JSON.parse(record) as Record<string, unknown> | null;
      const empty = (v: unknown) => v !== null && typeof v === 'object' && Object.keys(v).length === 0;
      firstScreen =
        r !== null &&
        r.version === 1 &&
        r.step === 'needs' &&
        empty(r.answers) &&
        empty(r.chosenTools) &&
        empty(r.consideredPrompts);
    } catch {
      firstScreen = false;
    }
  }
  return { lang, firstScreen };
}

/** Shows the chosen first screen or view frame and preloads its chunks. Runs in the browser. */
function showFirstScreen(
  options: FirstScreenOptions,
  pick: typeof pickFirstScreen,
  viewOf: typeof viewOpenedBy,
  afterPaint: typeof afterFirstPaint,
) {
  const { lang, firstScreen } = pick(options, {
    search: window.location.search,
    // Read inside pickFirstScreen's try: a locked-down browser throws on localStorage itself.
    storage: { getItem: (key) => window.localStorage.getItem(key) },
    languages: navigator.languages ?? [],
  });
  const view = viewOf(window.location.search, options.answerParams);
  // The results of a full share link, the catalogue and the practice list (no case asked
  // for) have a prerendered frame too: their heading and intro show at once, and the app
  // replaces them with the same when it has loaded.
  const query = new URLSearchParams(window.location.search);
  const frame = firstScreen
    ? 'first-screen'
    : view === 'results' ||
        view === 'catalogue' ||
        (view === 'practice' && !query.has('case') && !query.has('scenario'))
      ? view
      : undefined;
  const template = frame
    ? (document.getElementById(`wtn-${frame}-${lang}`) as HTMLTemplateElement | null)
    : null;
  const root = document.getElementById('root');
  const shown = template !== null && root !== null;
  if (shown) {
    root.append(template.content.cloneNode(true));
    if (firstScreen) root.dataset.firstScreen = lang;
    document.documentElement.lang = lang;
    if (template.dataset.title) document.title = template.dataset.title;
    // The frame's language buttons are plain HTML until the app takes the frame over: a tap on
    // one meanwhile opens the same address in that language, its frame first. The app's render
    // replaces these buttons; hydrating the first screen adopts them, and boot() then marks the
    // root `data-app-owned`.
    const frameButtons = new Set(root.querySelectorAll('.language-switcher button[lang]'));
    root.addEventListener(
      'click',
      (event) => {
        const button = event.target instanceof Element ? event.target.closest('button[lang]') : null;
        const chosen = button?.getAttribute('lang');
        if (!button || !frameButtons.has(button) || root.dataset.appOwned !== undefined) return;
        if (!chosen || !options.languages.includes(chosen) || chosen === lang) return;
        const query = new URLSearchParams(window.location.search);
        query.set('ui', chosen);
        window.location.replace(`${window.location.pathname}?${query}${window.location.hash}`);
      },
      true,
    );
  }
  // The chunks the app will ask for, fetched with the app's own once what was shown has
  // painted (afterFirstPaint): that paint then has the connection to itself.
  const hrefs = [
    // The shell, which the entry evaluates in steps (src/main.tsx): all of it at once here.
    ...options.shellChunks,
    // The strings the app asks for first, in the language it will choose.
    options.stringChunks[lang],
    // Every address opens a view: the planning wizard (the first screen too), the results of
    // a full share link, practice or the catalogue. The app renders nothing until that view's
    // chunks arrive.
    ...(options.viewChunks[view] ?? []),
    // Every view but the wizard's questions needs the strings beyond the first screen, and the
    // catalogue's text in that language, which the app loads with them (with the catalogue it
    // goes into).
    ...(view === 'planning'
      ? []
      : [options.viewChunks[`more-${lang}`]?.[0], ...(options.viewChunks[`catalogue-${lang}`] ?? [])]),
  ].filter((href, i, all) => all.indexOf(href) === i);
  // One link per task: adding a modulepreload link costs the main thread up to some 35 ms on
  // a slow phone (Chromium at a quarter speed), and all of them in one go made a long task.
  const preloadAll = () => {
    for (const href of hrefs) {
      if (!href) continue;
      setTimeout(() => {
        const link = document.createElement('link');
        link.rel = 'modulepreload';
        link.href = href;
        document.head.append(link);
      }, 0);
    }
  };
  afterPaint(shown, preloadAll);
}

/** The source of the classic script. */
export function firstScreenScript(options: FirstScreenOptions): string {
  return `// Generated at build time from scripts/first-screen.ts: shows the prerendered first screen.
(${showFirstScreen.toString()})(${JSON.stringify(options)}, ${pickFirstScreen.toString()}, ${viewOpenedBy.toString()}, ${afterFirstPaint.toString()});
`;
}
