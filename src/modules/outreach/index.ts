// Engagement orchestration: declarative journeys evaluated per account, personalization,
// channels (email, SMS, letters, call tasks), compliance at decision and at send time, replies.
export { communications, journeyStates, agentTasks, letterBatches } from './schema.js';
export type { AccountSnapshot, ContactQuestionInput, PlanView, PlanInstallmentView, JourneyStateView } from './snapshot.js';
export { CHANNELS, TONES, LANGUAGES, PHASES, JourneyDefinition, JourneyStep, TemplateCatalogFile } from './journeys/journey.schema.js';
export type { OutreachChannel, Tone, Language, Phase } from './journeys/journey.schema.js';
export { loadOutreachConfig, validateOutreachConfig, journeyKey, JOURNEYS_DIR, TEMPLATES_DIR, type OutreachConfig, type ConfigFile } from './journeys/load-outreach-config.js';
export { evaluateAccount, accountPhase, stepKeyOf, type JourneyDecision, type AccountEvaluation } from './evaluate-journey.js';
export { personalize, nextSlot, preferredHour, type Personalization } from './personalize.js';
export { renderMessage, verifyCodeFor, type RenderedMessage } from './render-message.js';
export { complianceEvaluator, hasComplianceEvaluator, tenantEvaluator, contactQuestion, contentQuestion, escalationQuestion } from './compliance-questions.js';
export type { ComplianceEvaluator, ComplianceDecision, ComplianceQuestion } from './compliance-questions.js';
export { decideAccount, decideAccountNow, type AccountOutcome } from './decide-account.js';
export { loadSnapshots, questionColumnsSql, questionSnapshotsOf, type LoadSnapshotsOptions, type QuestionColumns } from './load-snapshots.js';
export { applyOutcomes } from './apply-outcomes.js';
export {
  recordCommunication,
  recordCommunications,
  recordChannelResult,
  recordSendFailure,
  cancelQueuedCommunications,
  touchStaleQueued,
  communicationRecipient,
  type CommunicationInput,
  type PassCommunication,
} from './record-communication.js';
export { sendTransactionalEmail, transactionalEmailChannel, useTransactionalSmtp, type TransactionalEmail } from './send-transactional-email.js';
export { runOrchestrationPass, emptyCounts, addCounts, type PassCounts, type PassOptions, type EnqueueDeliveries } from './run-orchestration-pass.js';
export { deliverCommunication, deliverDueCommunications, failStaleSends, type DeliverDeps, type DeliveryResult } from './deliver-communication.js';
export type { Channel, Channels, OutboundMessage, ChannelResult } from './channels/channel.js';
export { sandboxChannel, letterBatchChannel, agentWorklistChannel, simulatedDialerChannel } from './channels/sandbox.js';
export { smtpEmailChannel, type SmtpOptions } from './channels/smtp-email.js';
export { twilioSmsChannel, twilioSignature, mapTwilioStatus, type TwilioOptions } from './channels/twilio-sms.js';
export { handleInboundReply, splitReplyIntents, type InboundReply, type ReplyOutcome, type ReplyDeps, type ReplyProposalInput } from './handle-inbound-reply.js';
export { exportCommunications, type ExportedCommunication } from './export-communications.js';
export { applyAccountChanges, requestReevaluation } from './apply-account-changes.js';
export { verifyMessage, type VerifyResult } from './verify-message.js';
export { applyDeliveryReceipt } from './update-delivery-status.js';
export { renderLetterBatchPdf } from './render-letter-batch.js';
export { listInbox, listCommunications, summarizeCommunications, getJourneyState, listAgentTasks, listLetterBatches } from './read-outreach.js';
export { recordCallAttempt, type CallOutcome } from './record-call-attempt.js';
export { recordAgentCall } from './record-agent-call.js';
export { localDate, windowInAllZones, atLocal, addDays } from './local-time.js';
export { assignArm, applyArm, ExperimentDefinition, ExperimentArm, EXPERIMENT_KINDS, type Experiment, type Assignment, type RunningExperiments } from './experiments/experiment.js';
export { createExperiment, listExperiments, getExperiment, setExperimentStatus, stopExperimentArm, loadRunningExperiments, checkExperiment } from './experiments/manage-experiments.js';

/** The job queue delivery runs on (the server's worker works it). */
export const OUTREACH_DELIVER_QUEUE = 'outreach.deliver';
export { runSimulatedCycle, type CycleOptions, type CycleSummary } from './run-simulated-cycle.js';
export { decryptMessageFields, OUTREACH_ENCRYPTED_TABLES } from './message-fields.js';
export { snapshot as sampleSnapshot } from './testing/snapshot-builder.js';
export { tenantOutreachConfig, mergeDocuments, documentFile, configFiles } from './journeys/tenant-config.js';
