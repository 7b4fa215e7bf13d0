/** What the log page's workers answer: a result, or the message of what went wrong. */
export type WorkerReply<T> = ({ ok: true } & T) | { ok: false; message: string };

/**
 * Sends one request to a freshly started worker and settles with its one reply, then ends the
 * worker. (The caller makes the Worker: Vite bundles a worker only from a literal
 * `new Worker(new URL('./x.worker.ts', import.meta.url))` at the call site.)
 */
export function runWorker<T>(worker: Worker, request: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<WorkerReply<T>>) => {
      worker.terminate();
      const data = event.data;
      if (data.ok) resolve(data);
      else reject(new Error(data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'worker error'));
    };
    worker.postMessage(request);
  });
}
