/** Lets the in-process worker (when this process runs one) start on new work at once. */
const listeners = new Set<() => void>();

export function onDeliveryWork(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function wakeDeliveryWorker() {
  for (const listener of listeners) listener();
}
