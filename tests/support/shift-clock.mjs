/**
 * Preloaded into a build (`node --import`) to move its wall clock by SHIFT_CLOCK_MS
 * milliseconds: `new Date()` and `Date.now()` run that far ahead; durations are unchanged.
 * The determinism test builds twice, once with a shifted clock, so that any date or time
 * written into the output shows up as a difference.
 */
const offset = Number(process.env.SHIFT_CLOCK_MS || 0);
if (offset) {
  const RealDate = globalThis.Date;
  class ShiftedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...args);
    }
    static now() {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = ShiftedDate;
}
