// Component tests opt into jsdom with `// @vitest-environment jsdom`; the rest run in node.
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/dom';

// findBy/waitFor give up after 1 s by default. The first lazy view a worker renders (the
// results bring the catalogue, the rules and the engine) can take longer to import on a shared
// two-core machine; 5 s keeps such a wait from failing a test that waits for the right thing.
configure({ asyncUtilTimeout: 5_000 });
