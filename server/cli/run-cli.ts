import { AppError, StartupError } from '../errors.ts';

/**
 * Runs a command-line entry point: a problem the user can fix prints one line and exits 1;
 * anything else is a bug and keeps its stack trace.
 */
export async function runCli(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    // Problems the user can act on (bad flags, bad data, an unavailable database): one line.
    if (error instanceof StartupError || error instanceof AppError) {
      console.error(`tsunagari: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
