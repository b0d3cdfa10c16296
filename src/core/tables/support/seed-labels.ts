/** The seed kinds' label indexes, built once from the synonyms their kind files declare, for recognize/. */
import { synonymIndex, type SeedLabels } from '../../recognize/synonyms';
import { PROJECT_SYNONYMS } from '../kinds/projects';
import { SUMMARY_SYNONYMS } from '../kinds/summary';
import { UNIT_INFO_SYNONYMS } from '../kinds/unit-info';

export const SEED_LABELS: SeedLabels = {
  projects: synonymIndex(PROJECT_SYNONYMS),
  summary: synonymIndex(SUMMARY_SYNONYMS),
  unitInfo: synonymIndex(UNIT_INFO_SYNONYMS),
};
