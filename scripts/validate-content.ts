// Validates the source register and data collections without a full build; prints every problem.
import { readRegister } from '../src/register/read-register.ts';
import { RegisterError } from '../src/register/register-error.ts';

try {
  const register = readRegister(process.cwd());
  const counts = Object.entries(register).map(([name, entries]) => `${name}: ${entries.length}`);
  console.log(`Content register is valid (${counts.join(', ')}).`);
} catch (error) {
  if (!(error instanceof RegisterError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
