import type { Logger } from './log/logger';

type ShutdownTask = () => Promise<void>;

/**
 * Work that must finish before the process exits, such as flushing pending writes. Tasks run in the
 * order they were added, each to the end, and a failing task does not stop the rest.
 */
export class ShutdownTasks {
  private readonly tasks: Array<{ name: string; run: ShutdownTask }> = [];

  add(name: string, run: ShutdownTask): void {
    this.tasks.push({ name, run });
  }

  async runAll(log: Logger): Promise<void> {
    for (const task of this.tasks) {
      try {
        await task.run();
      } catch (error) {
        log.error('shutdown task failed', { task: task.name, error });
      }
    }
  }
}
