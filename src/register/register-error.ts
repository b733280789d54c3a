/** One problem in the content, located by file, entry and field. */
export interface RegisterProblem {
  file: string;
  entry?: string | undefined;
  field?: string | undefined;
  message: string;
}

export function formatProblem({ file, entry, field, message }: RegisterProblem): string {
  const where = [file, entry && `entry "${entry}"`, field && `field "${field}"`].filter(Boolean).join(' › ');
  return `${where}: ${message}`;
}

/** Thrown when the register is invalid; lists every problem so one build shows them all. */
export class RegisterError extends Error {
  readonly problems: RegisterProblem[];

  constructor(problems: RegisterProblem[]) {
    super(
      `The content register has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((problem) => `  - ${formatProblem(problem)}`).join('\n'),
    );
    this.name = 'RegisterError';
    this.problems = problems;
  }
}
