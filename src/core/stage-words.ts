import type { I18n } from './i18n';
import type { IncidentStage, MaintenanceStage } from './types';

/** An incident's or maintenance's stage in words ("Cause identified, fix in progress"). */
export const stageWord = (i18n: I18n, stage: IncidentStage | MaintenanceStage): string => i18n.t(`stage_${stage}`);
