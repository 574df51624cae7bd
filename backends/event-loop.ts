/**
 * Lets timers and signal handlers run. A loop of awaits on a synchronous backend (the reference, tfjs-wasm)
 * only ever queues microtasks, so a SIGINT handler would wait for the whole loop: long loops (the property
 * suite, the metrics' chunks) call this between steps so that Ctrl-C is heard within one step.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
}
