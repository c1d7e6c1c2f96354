// zod/mini carries no messages of its own: a failed check it does not name says only
// "Invalid input". The data files' editors read zod's English ones ("Unrecognized key: …"),
// so every module that parses a data file imports this first. (The form schemas name their
// messages as i18n keys and do not need it: it stays off the first screen.)
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());
