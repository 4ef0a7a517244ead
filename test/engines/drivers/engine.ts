import type { Target } from './find-element.ts';

export type { Role, Target } from './find-element.ts';

/** The three browser engines readers use: Chrome/Edge (Blink), Firefox (Gecko), Safari (WebKit). */
export const allEngineNames = ['chromium', 'firefox', 'webkit'] as const;
export type EngineName = (typeof allEngineNames)[number];

export interface Size {
  width: number;
  height: number;
}

/** Keys a spec presses; characters are typed with `type`. */
export type Key = 'Enter' | 'Escape' | 'ArrowDown' | 'Tab';

/**
 * One tab of one engine, as the specs see it. Every method works the same in the three drivers, so a spec is written
 * once. Elements are named by role and accessible name where they have one (see find-element.ts).
 */
export interface EnginePage {
  readonly engine: EngineName;
  /** Opens a URL and waits for its `load` event. */
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs a function in the page (it is sent as source: it may use only its argument and the page's globals). */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Scrolls the element to the middle of the viewport (sticky bars would take the click otherwise) and clicks it. */
  click(target: Target): Promise<void>;
  /** Types characters with key events into the focused element. */
  type(text: string): Promise<void>;
  press(key: Key): Promise<void>;
  /** Pastes the clipboard into the focused element with the keyboard (Ctrl+V): how a test reads it in every engine. */
  paste(): Promise<void>;
  /** Sets the size of the page's viewport. WebKit opens phone widths in an iframe: going down to one reloads the page there. */
  setViewport(size: Size): Promise<void>;
  close(): Promise<void>;
}

/** A launched browser. */
export interface Engine {
  readonly name: EngineName;
  /** Opens a page in a fresh session: no storage, service worker or cache of the engine's other pages. */
  newPage(size?: Size): Promise<EnginePage>;
  close(): Promise<void>;
}

export const defaultSize: Size = { width: 1280, height: 800 };

/** Picks the engines to run from `ENGINES` (e.g. `chromium,webkit`); all three by default. */
export function selectEngines(value = process.env.ENGINES): EngineName[] {
  if (!value) return [...allEngineNames];
  const names = value.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !(allEngineNames as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`ENGINES: unknown engine ${unknown.join(', ')}; use ${allEngineNames.join(', ')}`);
  return names as EngineName[];
}

/** Launches one engine; each driver is imported only when its engine runs. */
export async function launchEngine(name: EngineName): Promise<Engine> {
  switch (name) {
    case 'chromium':
      return (await import('./chromium.ts')).launchChromium();
    case 'firefox':
      return (await import('./firefox.ts')).launchFirefox();
    case 'webkit':
      return (await import('./webkit.ts')).launchWebKit();
  }
}
