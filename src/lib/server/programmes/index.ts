/** Programmes, their cycles (promotions) and the cycles' calendars. */
export {
	PHASE_KINDS,
	LOGO_MAX_BYTES,
	cycleFormInput,
	cycleInput,
	cycleUpdate,
	parseInput,
	parseInstant,
	phaseField,
	programmeFormInput,
	programmeInput,
	programmeUpdate,
	slugify,
	type CycleInput,
	type CycleUpdate,
	type PhaseInput,
	type PhaseKind,
	type ProgrammeInput,
	type ProgrammeUpdate
} from './schemas.ts';
export {
	callClosesAt,
	calendarErrors,
	currentPhase,
	effectiveEnds,
	isCallOpen,
	phaseStatuses,
	type CurrentPhase,
	type PhaseStatus
} from './phases.ts';
export { detectImageType, checkLogo, type LogoMime } from './logo.ts';
export {
	READ_SCOPE,
	WRITE_SCOPE,
	mayCreateProgramme,
	mayManageProgramme,
	mayReadProgrammes
} from './policy.ts';
export {
	paragraphs,
	summary,
	type CycleView,
	type PhaseView,
	type ProgrammeView
} from './presenters.ts';
export { createProgramme } from './createProgramme.ts';
export { updateProgramme } from './updateProgramme.ts';
export { getProgramme } from './getProgramme.ts';
export { listProgrammes, listManagedProgrammes } from './listProgrammes.ts';
export { getProgrammeLogo } from './getProgrammeLogo.ts';
export { createCycle } from './createCycle.ts';
export { updateCycle } from './updateCycle.ts';
export { getCycle } from './getCycle.ts';
export { listCycles } from './listCycles.ts';
export { listOpenCalls, type OpenCall } from './listOpenCalls.ts';
