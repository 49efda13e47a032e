/** Counts work still running (each request, until its listeners finish), so a shutdown can wait for it. */
export interface InFlight {
  track<T>(work: () => Promise<T>): Promise<T>;
  /** Resolves once nothing tracked is running. */
  drained(): Promise<void>;
}

export function createInFlight(): InFlight {
  let running = 0;
  const waiting: (() => void)[] = [];
  return {
    async track(work) {
      running++;
      try {
        return await work();
      } finally {
        running--;
        if (running === 0) for (const resolve of waiting.splice(0)) resolve();
      }
    },
    drained() {
      return running === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve));
    },
  };
}
