// Serves the production build (dist/) on 127.0.0.1 and prints the address. `npm start`
// builds first; `npm run preview` serves what is there.
import { preview } from 'vite';

const port = Number(process.env.PORT ?? 4173);
const server = await preview({
  preview: { host: '127.0.0.1', port, strictPort: false, open: false },
  logLevel: 'warn',
});
const address = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
console.log(`\nWelfare Technology Navigator is running at ${address}`);
console.log('Press Ctrl+C to stop.\n');

const stop = () => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
