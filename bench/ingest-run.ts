// The ingest stage of a benchmark run in a process of its own, as the API server ingests: the size
// run's process holds the generated corpus and its links, and its garbage collections would stall
// the event loop being measured. Reads its IngestOptions from `--in` and writes the stage's
// results to `--out` (JSON files).
import { stageMain } from './child.js';
import { runIngestStage } from './stages/ingest.js';

stageMain(runIngestStage);
