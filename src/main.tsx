import './ui/styles.css';
import './ui/shell/update-notice.css';
import { config } from 'zod/mini';
import { afterFirstPaint } from './ui/shell/first-paint.ts';

// The page's CSP has no 'unsafe-eval'. zod compiles fast parsers with `new Function` unless
// told not to, and even its probe for that is reported as a CSP violation. This must run
// before any schema is built, so it sits in the entry, ahead of the app's modules.
config({ jitless: true });

const FALLBACK = `
  <main class="fatal" id="main">
    <h1>Hyvinvointiteknologian navigaattori</h1>
    <p lang="fi">Sovellusta ei voitu käynnistää. Vastauksesi ovat yhä tallessa tällä laitteella. Lataa sivu uudelleen; jos virhe toistuu, ilmoita siitä ylläpidolle.</p>
    <p lang="sv">Programmet kunde inte startas. Dina svar finns kvar på den här enheten. Ladda om sidan; om felet upprepas, meddela underhållet.</p>
    <p lang="en">The app could not start. Your answers are still kept on this device. Reload the page; if the error repeats, tell the maintainers.</p>
  </main>`;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The app's shell, evaluated a few libraries at a time with the browser free in between: a
 * dynamic import runs all the modules it brings in one task, and the whole shell at once was
 * a task of some 150–300 ms on a phone-speed CPU (Chromium at 4× slowdown), during which the
 * page could not answer a tap. The first-screen script has asked for all of these files
 * already (scripts/first-screen.ts), so the steps do not wait on the network one by one.
 */
async function loadShell() {
  // After the paint of what the first-screen script put in the page, if anything.
  const painting = document.getElementById('root')?.hasChildNodes() ?? false;
  await new Promise<void>((resolve) => afterFirstPaint(painting, resolve));
  await import('react-dom/client');
  await nextTask();
  await import('./i18n/i18n.ts');
  await nextTask();
  await import('./domain/answers.ts');
  await nextTask();
  return import('./ui/boot.tsx');
}

// The app is loaded behind a dynamic import so that even a failure while its modules load
// (a broken data file, say) ends in a readable message instead of a blank page.
loadShell()
  .then(async ({ boot, registerOfflineSupport }) => {
    await boot(document.getElementById('root') as HTMLElement);
    registerOfflineSupport();
  })
  .catch((error: unknown) => {
    console.error(error);
    const root = document.getElementById('root');
    if (root) root.innerHTML = FALLBACK;
  });
