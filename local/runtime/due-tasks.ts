/**
 * Work the runtime owes at a time on the LocalClock: queue deliveries, their redeliveries and product-event
 * retries. Nothing runs by itself; `runDue` (tests, and the host's background pump) runs what is due.
 */
export interface DueTask {
  dueAt: number;
  label: string;
  run(): Promise<void>;
}

// A redelivery that is due immediately could loop forever; Forge would spread it over minutes anyway.
const MAX_ROUNDS = 100;

export class DueTaskList {
  private tasks: DueTask[] = [];

  add(task: DueTask): void {
    this.tasks.push(task);
  }

  pending(): number {
    return this.tasks.length;
  }

  /** Runs everything due at `now()`, including work that becomes due while running; returns how many ran. */
  async runDue(now: () => Date): Promise<number> {
    let ran = 0;
    for (let round = 0; round < MAX_ROUNDS; round += 1) {
      const at = now().getTime();
      const due = this.tasks.filter((task) => task.dueAt <= at);
      if (due.length === 0) break;
      this.tasks = this.tasks.filter((task) => task.dueAt > at);
      // Concurrently, as Forge runs independent events; one slow consumer does not hold up the others.
      await Promise.all(due.map((task) => task.run()));
      ran += due.length;
    }
    return ran;
  }
}
