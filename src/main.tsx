import './ui/styles.css';
import './ui/shell/update-notice.css';
import { config } from 'zod/mini';

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

// The app is loaded behind a dynamic import so that even a failure while its modules load
// (a broken data file, say) ends in a readable message instead of a blank page.
import('./ui/boot.tsx')
  .then(async ({ boot, registerOfflineSupport }) => {
    await boot(document.getElementById('root') as HTMLElement);
    registerOfflineSupport();
  })
  .catch((error: unknown) => {
    console.error(error);
    const root = document.getElementById('root');
    if (root) root.innerHTML = FALLBACK;
  });
