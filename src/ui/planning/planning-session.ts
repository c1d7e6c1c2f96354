import type { ActorRefFrom, SnapshotFrom } from 'xstate';
import { encodeShareQuery } from '../../domain/share-link.ts';
import { SESSION_STORAGE_KEY, serializeSessionRecord } from '../../domain/session-record.ts';
import type { UiLanguage } from '../../domain/taxonomy.ts';
import type { planningMachine } from '../../../flows/planning-machine.ts';
import { stepOf } from '../../../flows/planning-machine.ts';
import { normalizeStep, type WizardStep } from '../../../flows/planning-steps.ts';

type PlanningActor = ActorRefFrom<typeof planningMachine>;
type PlanningSnapshot = SnapshotFrom<typeof planningMachine>;

/** Where the session's side effects go; the browser's by default, fakes in tests. */
export interface SessionEffects {
  /** `set` says whether the value was stored. */
  storage: { set(key: string, value: string): boolean };
  history: Pick<History, 'pushState' | 'replaceState'>;
  /** The page's path, kept in front of the query the session writes. */
  pathname: () => string;
  /** The UI language, written into the address so a shared link opens in it. */
  ui: () => UiLanguage;
  today: () => string;
  /** Subscribes to browser back/forward; returns the unsubscribe. */
  onPopState: (listener: (state: unknown) => void) => () => void;
  /** Runs a task after the current one (the browser's next task); returns the cancel. */
  later: (task: () => void) => () => void;
}

export interface PlanningSession {
  /** Writes the address again (the UI language changed). */
  refreshAddress(): void;
  stop(): void;
}

/**
 * The planning session's side effects, in one place: the device record and the address bar
 * follow the statechart's snapshots, and browser back/forward becomes `nav.goto`. The
 * statechart stays the one owner of the data; this only mirrors it.
 *
 * - The device record holds ids and dates only, never free text. It is not written while
 *   the context's `holdRecord` is set (a saved plan or a set-aside record stays on the
 *   device until the practitioner changes something); a refused write is reported to the
 *   statechart as `storage.failed`, which tells the practitioner once.
 * - Each new step is a history entry; other changes replace the current entry.
 * - A history entry whose step cannot open for the current answers (e.g. after Start over)
 *   is not followed, and the current answers go back into the address, so a reload cannot
 *   revive the old ones.
 * - The first write, which only mirrors the snapshot the page opened with, waits for the next
 *   task: it is called while React mounts the view, and checking the record against its schema
 *   for the first time costs as much as the rest of the mount's effects together. A change
 *   before then is written at once, as always.
 */
export function connectPlanningSession(
  actor: PlanningActor,
  effects: SessionEffects,
  onNavigate: () => void = () => {},
): PlanningSession {
  /** The step and address last written; null before the first write. */
  let written: { step: WizardStep; url: string } | null = null;
  let fromHistory = false;
  let lastRecord = '';

  const write = (snapshot: PlanningSnapshot) => {
    const { answers, plan, holdRecord } = snapshot.context;
    const step = stepOf(snapshot.value);
    const record = serializeSessionRecord({
      version: 1,
      step,
      answers,
      chosenTools: plan.tools,
      consideredPrompts: plan.considered,
      savedOn: effects.today(),
    });
    if (!holdRecord && record !== lastRecord) {
      lastRecord = record;
      if (!effects.storage.set(SESSION_STORAGE_KEY, record)) actor.send({ type: 'storage.failed' });
    }
    const url = `${effects.pathname()}${encodeShareQuery(answers, effects.ui())}`;
    if (written?.step === step && written.url === url) return;
    const isNewStep = written !== null && written.step !== step;
    if (isNewStep && !fromHistory) effects.history.pushState({ step }, '', url);
    else effects.history.replaceState({ step }, '', url);
    fromHistory = false;
    written = { step, url };
  };

  // The snapshot the page opened with is written first, whatever comes first: the next task,
  // or a change (so that the opening step keeps its own history entry).
  const opened = actor.getSnapshot();
  let firstPending = true;
  let cancelFirstWrite = () => {};
  const writeFirst = () => {
    if (!firstPending) return;
    firstPending = false;
    cancelFirstWrite();
    write(opened);
  };
  cancelFirstWrite = effects.later(writeFirst);
  const subscription = actor.subscribe((snapshot) => {
    writeFirst();
    write(snapshot);
  });

  const stopPop = effects.onPopState((state) => {
    // An entry written by an earlier version may name an old step (e.g. `ageGroup`).
    const target = normalizeStep((state as { step?: unknown } | null)?.step);
    if (target === undefined) return;
    const goto = { type: 'nav.goto', step: target } as const;
    if (actor.getSnapshot().can(goto)) {
      fromHistory = true;
      onNavigate();
      actor.send(goto);
    } else if (written) {
      effects.history.replaceState({ step: written.step }, '', written.url);
    }
  });

  return {
    refreshAddress() {
      writeFirst();
      written = written && { ...written, url: '' };
      write(actor.getSnapshot());
    },
    stop() {
      firstPending = false;
      cancelFirstWrite();
      subscription.unsubscribe();
      stopPop();
    },
  };
}

/** The browser's side effects for a planning session. */
export function browserEffects(ui: () => UiLanguage, storage: SessionEffects['storage']): SessionEffects {
  return {
    storage,
    history: window.history,
    pathname: () => window.location.pathname,
    ui,
    today: () => new Date().toISOString().slice(0, 10),
    onPopState: (listener) => {
      const handler = (event: PopStateEvent) => listener(event.state);
      window.addEventListener('popstate', handler);
      return () => window.removeEventListener('popstate', handler);
    },
    later: (task) => {
      const timer = setTimeout(task, 0);
      return () => clearTimeout(timer);
    },
  };
}
