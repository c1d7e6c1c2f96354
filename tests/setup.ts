// Component tests opt into jsdom with `// @vitest-environment jsdom`; the rest run in node.
import '@testing-library/jest-dom/vitest';
