import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';
import { tsImport } from 'tsx/esm/api';

import { CONTENT_SECURITY_POLICY } from './csp.ts';
import { SECURITY_HEADERS, cacheControl } from './headers.ts';
import { firstScreenScript } from './first-screen.ts';
import { bundledModuleSource, parseBundledData, type BundledData } from './bundled-data.ts';
import { serviceWorkerSource } from './service-worker.ts';
import type * as Prerender from './prerender.tsx';
import { SHARE_PARAMS, PASS_THROUGH_PARAMS } from '../src/domain/share-link.ts';
import { SESSION_STORAGE_KEY, UI_LANGUAGE_STORAGE_KEY } from '../src/domain/session-record.ts';
import { UI_LANGUAGES } from '../src/domain/taxonomy.ts';

export { CONTENT_SECURITY_POLICY };

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'wtn-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

/** The release a build is of: package.json's version, or WTN_VERSION (the update test's second build). */
export const RELEASE =
  process.env.WTN_VERSION ??
  (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

/**
 * Every script names its release: the release is part of each file's hash, so a new version's
 * files never share a name with the old ones, which an open tab of the old version may still
 * load (scripts/service-worker.ts keeps those until no tab runs them).
 */
export function releaseInFileNames(): Plugin {
  return {
    name: 'wtn-release-in-file-names',
    apply: 'build',
    augmentChunkHash: () => RELEASE,
  };
}

const chunks = (bundle: OutputBundle) =>
  Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');

/**
 * In the production build, each module of src/domain/bundled/ is replaced by the value it
 * would compute in the browser, parsed and checked here with the same parsers
 * (scripts/bundled-data.ts). A bad data file fails the build. The dev server and the tests
 * keep parsing at load time.
 */
export function prevalidatedData(): Plugin {
  let root = process.cwd();
  let data: BundledData | undefined;
  return {
    name: 'wtn-prevalidated-data',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      data = parseBundledData(root);
    },
    load(id) {
      const name = /[\\/]src[\\/]domain[\\/]bundled[\\/]([\w-]+)\.ts$/.exec(id)?.[1];
      if (name === undefined) return null;
      const module = data?.[name as keyof BundledData];
      if (!module)
        this.error(`src/domain/bundled/${name}.ts has no build-time value in scripts/bundled-data.ts`);
      return bundledModuleSource(module);
    },
  };
}

/**
 * `build.modulePreload.resolveDependencies`: no preload links of Vite's own for the entry's
 * imports. The entry imports the shell in steps (src/main.tsx) and the first-screen script
 * has asked for every chunk of it already, one link per task after the first paint; Vite's
 * helper added a second link for most of them, all in the entry's first task (some 45 ms of
 * a phone-speed main thread). Other chunks' imports keep their links.
 *
 * Vite asks for the page's own script (host type 'html') before the chunks' imports: that
 * names the entry.
 */
export function shellPreloadedByTheFirstScreen() {
  let entry: string | undefined;
  return (
    fileName: string,
    deps: string[],
    { hostId, hostType }: { hostId: string; hostType: 'html' | 'js' },
  ) => {
    if (hostType === 'html') entry = fileName;
    return hostType === 'js' && hostId === entry ? [] : deps;
  };
}

/**
 * The prerendered first screen (scripts/first-screen.ts): each UI language's first screen as
 * a <template> before #root, and the classic script that shows the right one, emitted as a
 * hashed asset (the page's CSP allows no inline script).
 */
export function prerenderFirstScreen(): Plugin {
  let script: { fileName: string; source: string } | undefined;
  return {
    name: 'wtn-prerender-first-screen',
    apply: 'build',
    // After vite:build-html, whose generateBundle writes the page (and calls the hook below).
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        if (!ctx.bundle) return html;
        const stringChunks: Record<string, string> = {};
        const viewChunks: Record<string, string[]> = {};
        const textChunks: Record<string, string> = {};
        const all = chunks(ctx.bundle);
        const byFile = new Map(all.map((c) => [c.fileName, c]));
        // A chunk with the chunks it imports statically, in load order.
        const withImports = (c: OutputChunk, seen = new Set<string>()): string[] => {
          if (seen.has(c.fileName)) return [];
          seen.add(c.fileName);
          return [
            `./${c.fileName}`,
            ...c.imports.flatMap((f) => (byFile.has(f) ? withImports(byFile.get(f)!, seen) : [])),
          ];
        };
        // What the entry and the app load anyway is not listed again.
        const initial = new Set(
          all
            .filter((c) => c.isEntry || /\/src\/ui\/boot\.tsx$/.test(c.facadeModuleId ?? ''))
            .flatMap((c) => withImports(c)),
        );
        for (const c of all) {
          const id = c.facadeModuleId ?? '';
          const lang = /\/src\/i18n\/bundle-(fi|sv|en)\.ts$/.exec(id)?.[1];
          if (lang) stringChunks[lang] = `./${c.fileName}`;
          const more = /\/src\/i18n\/bundle-(fi|sv|en)-more\.ts$/.exec(id)?.[1];
          if (more) viewChunks[`more-${more}`] = [`./${c.fileName}`];
          const text = /\/src\/domain\/bundled\/catalogue-text-(fi|sv|en)\.ts$/.exec(id)?.[1];
          if (text) textChunks[text] = `./${c.fileName}`;
          const view = /\/src\/ui\/(planning|results|practice|catalogue)\/\1-view\.tsx$/.exec(id)?.[1];
          if (view) viewChunks[view] = withImports(c).filter((f) => !initial.has(f));
        }
        // The shell's chunks but the entry: the entry evaluates them a few at a time
        // (src/main.tsx), and they are fetched together instead of step by step.
        const entry = all.find((c) => c.isEntry);
        const shellChunks = [...initial].filter((f) => f !== `./${entry?.fileName}`);
        for (const view of ['planning', 'results', 'practice', 'catalogue'])
          if (!viewChunks[view]) throw new Error(`prerenderFirstScreen: no chunk for the ${view} view`);
        // The catalogue's text in each language comes with the strings beyond the first screen
        // (src/i18n/i18n.ts), with the catalogue it goes into: practice asks for that only then.
        const catalogue = all.find((c) =>
          c.moduleIds.some((m) => /\/src\/domain\/catalogue-data\.ts$/.test(m)),
        );
        if (!catalogue) throw new Error('prerenderFirstScreen: no chunk for the catalogue');
        for (const lang of UI_LANGUAGES) {
          const text = textChunks[lang];
          if (!text)
            throw new Error(`prerenderFirstScreen: no chunk of its own for the catalogue's ${lang} text`);
          viewChunks[`catalogue-${lang}`] = [text, ...withImports(catalogue).filter((f) => !initial.has(f))];
        }
        // The planning view opens on a question with the question forms (a chunk it imports
        // when needed), and shows the results: a share link needs it and the results.
        const questions = all.find((c) =>
          /\/src\/ui\/questions\/question-step\.tsx$/.test(c.facadeModuleId ?? ''),
        );
        if (!questions) throw new Error('prerenderFirstScreen: no chunk for the question forms');
        const planning = viewChunks.planning!;
        viewChunks.planning = [...new Set([...planning, ...withImports(questions)])].filter(
          (f) => !initial.has(f),
        );
        viewChunks.results = [...new Set([...planning, ...viewChunks.results!])];
        const source = firstScreenScript({
          languages: UI_LANGUAGES,
          openElsewhere: [...SHARE_PARAMS.filter((p) => p !== 'ui'), ...PASS_THROUGH_PARAMS],
          sessionKey: SESSION_STORAGE_KEY,
          uiKey: UI_LANGUAGE_STORAGE_KEY,
          stringChunks,
          shellChunks,
          answerParams: SHARE_PARAMS.filter((p) => p !== 'ui'),
          viewChunks,
        });
        const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8);
        script = { fileName: `assets/first-screen-${hash}.js`, source };
        // The app's own modules, run by tsx in Node: the same components the browser runs.
        const { renderFirstScreens } = (await tsImport(
          pathToFileURL(resolve('scripts/prerender.tsx')).href,
          import.meta.url,
        )) as typeof Prerender;
        const screens = await renderFirstScreens();
        // The page title in each language, set with the screen (before the app's code runs).
        const titles = Object.fromEntries(
          UI_LANGUAGES.map((lang) => {
            const { appName } = JSON.parse(readFileSync(resolve(`locales/${lang}/common.json`), 'utf8')) as {
              appName: string;
            };
            return [lang, appName.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')];
          }),
        );
        const templates = Object.entries(screens)
          .flatMap(([name, byLanguage]) =>
            Object.entries(byLanguage).map(
              ([lang, body]) =>
                `<template id="wtn-${name}-${lang}" lang="${lang}" data-title="${titles[lang]}">${body}</template>`,
            ),
          )
          .join('\n    ');
        const root = '<div id="root"></div>';
        if (!html.includes(root)) throw new Error('prerenderFirstScreen: index.html has no empty #root');
        return html.replace(
          root,
          `${templates}\n    ${root}\n    <script src="./${script.fileName}"></script>`,
        );
      },
    },
    generateBundle() {
      // Runs after the page was written (vite:build-html comes first), so the name is known.
      if (script) this.emitFile({ type: 'asset', fileName: script.fileName, source: script.source });
    },
  };
}

/**
 * Emits `sw.js` (scripts/service-worker.ts): it precaches every built file so the app opens
 * and works offline after the first visit, and keeps an older version's files while a tab
 * still runs it. The cache name carries a hash of the file list, so each build has its own.
 */
export function offlineServiceWorker(): Plugin {
  return {
    name: 'wtn-offline-service-worker',
    apply: 'build',
    // Last, so it lists every file of the build, the first screen's script included.
    enforce: 'post',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle)
        .filter((name) => !name.endsWith('.map'))
        .sort();
      const assets = [
        './',
        ...files.map((f) => `./${f}`),
        './favicon.svg',
        './manifest.webmanifest',
        './icon-192.png',
      ];
      const version = createHash('sha256')
        .update(
          JSON.stringify(Object.values(bundle).map((b) => b.fileName + ('code' in b ? b.code.length : 0))),
        )
        .digest('hex')
        .slice(0, 12);
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: serviceWorkerSource(version, assets) });
    },
  };
}

/**
 * The preview server sends a deployment's headers (scripts/headers.ts): security headers on
 * every response and the cache rules per path.
 */
export function deploymentHeaders(): Plugin {
  return {
    name: 'wtn-deployment-headers',
    configurePreviewServer(server) {
      const base = server.config.base === './' ? '/' : server.config.base;
      server.middlewares.use((req, res, next) => {
        for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
        const path = (req.url ?? '/').split('?')[0]!;
        res.setHeader('Cache-Control', cacheControl(path.startsWith(base) ? path.slice(base.length) : path));
        next();
      });
    },
  };
}

const COMPRESSIBLE = /\.(js|css|html|json|svg|webmanifest|txt)$/;

/** Writes a .br and a .gz next to each text file of the build, for hosts that serve them as is. */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'wtn-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    writeBundle(_options, bundle) {
      const files = [...Object.keys(bundle), 'favicon.svg', 'manifest.webmanifest'];
      for (const name of files) {
        if (!COMPRESSIBLE.test(name)) continue;
        let body: Buffer;
        try {
          body = readFileSync(join(outDir, name));
        } catch {
          continue;
        }
        if (body.length < 1024) continue;
        writeFileSync(join(outDir, `${name}.gz`), gzipSync(body, { level: 9 }));
        writeFileSync(
          join(outDir, `${name}.br`),
          brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
      }
    },
  };
}
