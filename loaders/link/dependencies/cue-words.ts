import cueFile from '../../data/dependency-cues.json' with { type: 'json' };
import { checkCueFile } from '../../cues/cue-file.js';

export const dependencyCues = checkCueFile<{
  reliesOn: string[];
  partOf: string[];
  notDone: string[];
  supports: string[];
}>('dependency-cues.json', cueFile, {
  reliesOn: 'strings',
  partOf: 'strings',
  notDone: 'strings',
  supports: 'strings',
});
