/**
 * Answers asked for ahead of time, handed once to the first caller asking the same question soon after.
 * The console asks for the first page of the list an address opens as it starts, beside its code, instead of
 * after rendering the page; the list's own request then gets that answer. A late, missing or failed early answer
 * changes nothing: the caller asks the API itself.
 */
export class EarlyAnswers<T> {
  private readonly answers = new Map<string, { at: number; answer: Promise<T> }>();

  constructor(
    private readonly maxAgeMs = 10_000,
    private readonly now = () => Date.now(),
  ) {}

  /** Starts `ask` now, unless the same question is already waiting. */
  start(key: string, ask: () => Promise<T>): void {
    if (this.answers.has(key)) return;
    const answer = ask();
    answer.catch(() => undefined);
    this.answers.set(key, { at: this.now(), answer });
  }

  /** The early answer to this question (once), else `ask()`; a failed early answer is asked again. */
  async take(key: string, ask: () => Promise<T>): Promise<T> {
    const early = this.answers.get(key);
    this.answers.delete(key);
    if (!early || this.now() - early.at > this.maxAgeMs) return ask();
    try {
      return await early.answer;
    } catch {
      return ask();
    }
  }
}
