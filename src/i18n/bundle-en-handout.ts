import handout from '../../locales/en/handout.json';

/** The client handout's strings: loaded when a handout is opened, in the language chosen for it. */
export const bundle = { handout };
