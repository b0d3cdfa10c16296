/** Child of hostile-outputs.test.ts: makes a temporary beside its argument as an output write does, then waits to be stopped. */
import { writeFileSync } from 'node:fs';
import { temporaryBeside } from '../../../src/cli/write-output';

const temporary = temporaryBeside(process.argv[2]);
writeFileSync(temporary, 'half a workbook');
process.stdout.write(`${temporary}\n`);
setInterval(() => undefined, 1000);
