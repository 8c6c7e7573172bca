// Only `npm run demo` turns this on. It runs the extension on the recorded clock of the 2 March 2026
// outage, so that every time, duration and notification in its pictures reads as a person saw it that
// day. The demo's build carries a fixed-length placeholder that demo/demo.ts fills in before launching;
// every other build carries an empty string, and this module then does nothing.
declare const __REPLAY_CLOCK__: string;
/** False in every build but the demo's, so the bundler drops all of this from what ships. */
declare const __REPLAY_CLOCK_ON__: boolean;

interface Anchor { replayAt: number; realAt: number }

const config = __REPLAY_CLOCK__;
if (__REPLAY_CLOCK_ON__ && config.startsWith('replay:')) {
  const RealDate = Date;
  const realNow = RealDate.now.bind(RealDate);
  let anchor: Anchor = { replayAt: Number(config.slice('replay:'.length, 'replay:'.length + 13)), realAt: realNow() };
  const now = (): number => anchor.replayAt + (realNow() - anchor.realAt);
  class ReplayDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(now());
      else super(...(args as [string | number]));
    }

    static override now(): number {
      return now();
    }
  }
  globalThis.Date = ReplayDate as DateConstructor;
  // The demo moves the clock to each step of the outage through storage, which every context can read.
  const api = (globalThis as unknown as { chrome?: typeof chrome }).chrome;
  const take = (value: unknown): void => {
    const a = value as Partial<Anchor> | undefined;
    if (typeof a?.replayAt === 'number' && typeof a.realAt === 'number') anchor = { replayAt: a.replayAt, realAt: a.realAt };
  };
  void api?.storage?.local.get('demoClock').then((got) => take(got.demoClock));
  api?.storage?.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes.demoClock) take(changes.demoClock.newValue);
  });
}

export {};
