/** One `amtsweg` sub-command: its own file under `cli/commands/`, registered in `main.ts`. */
export interface Command {
  name: string;
  /** One line for `amtsweg --help`. */
  summary: string;
  /** Full usage text for `amtsweg <command> --help`. */
  usage: string;
  /** Runs the command with the arguments after its name; resolves to the exit code. */
  run(args: string[]): Promise<number>;
}
