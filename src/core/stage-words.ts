import { cleanText } from './clean-text';
import type { I18n } from './i18n';
import type { Incident, IncidentStage, MaintenanceStage } from './types';

/** An incident's or maintenance's stage in words ("Cause identified, fix in progress"). */
export const stageWord = (i18n: I18n, stage: IncidentStage | MaintenanceStage): string => i18n.t(`stage_${stage}`);

/** An incident's title, cleaned and cut to `max`; the page may give none. */
export const incidentTitle = (i18n: I18n, incident: Incident, max: number): string =>
  cleanText(incident.name, max) || i18n.t('untitledIncident');
