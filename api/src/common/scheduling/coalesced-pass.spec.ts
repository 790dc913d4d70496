import { CoalescedPass } from './coalesced-pass';

/** A pass that waits until released, counting how often it ran. */
function gatedPass() {
  let runs = 0;
  let release: () => void = () => undefined;
  const pass = () =>
    new Promise<void>((resolve) => {
      runs += 1;
      release = resolve;
    });
  return { pass, runs: () => runs, release: () => release() };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('CoalescedPass', () => {
  it('runs one pass at a time and folds every trigger during a pass into one more pass', async () => {
    const gate = gatedPass();
    const passes = new CoalescedPass(gate.pass);
    passes.trigger();
    passes.trigger();
    passes.trigger();
    expect(gate.runs()).toBe(1);
    gate.release();
    await settle();
    expect(gate.runs()).toBe(2);
    gate.release();
    await settle();
    expect(gate.runs()).toBe(2);
  });

  it('starts nothing after stop and waits for the pass in flight', async () => {
    const gate = gatedPass();
    const passes = new CoalescedPass(gate.pass);
    passes.trigger();
    passes.trigger();
    let stopped = false;
    const stopping = passes.stop().then(() => (stopped = true));
    await settle();
    expect(stopped).toBe(false);
    gate.release();
    await stopping;
    passes.trigger();
    expect([gate.runs(), passes.stopped]).toEqual([1, true]);
  });
});
