// The API stage of a benchmark run in a process of its own, as `npm start` serves the API: the size
// run's process holds the generated corpus and its links (gigabytes at national scale), and every
// garbage collection during the API load would pay for them. Reads its ApiOptions from `--in` and
// writes the stage's results to `--out` (JSON files).
import { stageMain } from './child.js';
import { runApiStage } from './stages/api.js';

stageMain(runApiStage);
