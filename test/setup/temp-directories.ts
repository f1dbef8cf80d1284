// Every test file removes the temporary directories it made (tempDirectory, tempTree) once its tests are done.
import { afterAll } from 'vitest';
import { removeTempDirectories } from '../helpers/temp.js';

afterAll(removeTempDirectories);
