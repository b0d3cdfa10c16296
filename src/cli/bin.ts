/** The `budget-check` command (bundled into dist/cli/budget-check.js, with a node shebang). */
import { startCli } from './main';

startCli();
