/**
 * Plain words for the codes the API returns. One table, so every page says the same thing; a code
 * missing here is shown as words (underscores to spaces, first letter capital), never as a code.
 */
const LABELS = {
  accountStatus: {
    open: 'Open',
    insurance_pending: 'Waiting on insurance',
    patient_due: 'Patient owes',
    plan: 'On a payment plan',
    paid: 'Paid',
    closed: 'Closed',
  },
  aging: {
    current: 'Not yet due',
    '1-30': '1–30 days past due',
    '31-60': '31–60 days past due',
    '61-90': '61–90 days past due',
    '91-120': '91–120 days past due',
    '120+': 'Over 120 days past due',
  },
  taskKind: {
    call: 'Call the patient',
    callback: 'Call back (patient asked)',
    verify_payment: 'Check a payment the patient reported',
    review_dispute: 'Review a dispute',
    resolve_dispute: 'Resolve a dispute',
    verify_identity: 'Confirm who the patient is',
    review_attorney: 'Patient has a lawyer: review',
    review_bankruptcy: 'Patient filed bankruptcy: review',
    review_deceased: 'Patient may have died: review',
    assistance: 'Help with financial assistance',
    plan: 'Payment plan needs attention',
    complaint: 'Answer a complaint',
    insurance_review: 'Check the insurance',
    explain_bill: 'Explain the bill',
    review_intent: 'Confirm what the patient said',
    review_documents: 'Check assistance documents',
    csat_followup: 'Follow up on a low survey score',
    review_wrong_person: '"Not my bill": check the person',
    promise_followup: 'Promise to pay is due',
    presumptive_assistance: 'Likely eligible for assistance',
    work_denial: 'Work a denied claim',
    claim_followup: 'Follow up a claim with no answer',
    review_hold_release: 'Decide on releasing a hold',
    security_review: 'Security: repeated failed checks',
  },
  signal: {
    callback: 'Asked for a call back',
    plan_missed: 'Missed a plan payment',
    promise_followup: 'Promise to pay due',
    promise_due: 'Promise to pay due in the next 2 days',
    plan: 'Plan needs attention',
    hardship_likely: 'May be struggling to pay',
    ready_to_pay: 'Likely to pay soon',
  },
  holdType: {
    dispute: 'Disputed',
    cease_communication: 'Asked us to stop contact',
    attorney: 'Has a lawyer',
    bankruptcy: 'Bankruptcy',
    deceased: 'Deceased',
    assistance_pending: 'Assistance application pending',
    insurance_pending: 'Waiting on insurance',
  },
  reason: {
    reg_f_7_in_7: 'Already called 7 times this week (federal limit)',
    reg_f_conversation_7day: 'Spoke with them in the last 7 days (federal limit)',
    reg_f_inconvenient_time: 'Outside calling hours where they live',
    reg_f_known_inconvenient_time: 'A time the patient said is bad for them',
    reg_f_cease_communication: 'Patient asked us to stop contacting them',
    reg_f_dispute_pending_verification: 'Dispute waiting for verification',
    reg_f_medium_opt_out: 'Patient opted out of this channel',
    reg_f_missing_opt_out: 'Message lacks an opt-out',
    reg_f_passive_collection_wait: 'Waiting period before contact',
    reg_f_time_barred_debt: 'Debt too old to collect',
    policy_call_frequency: 'Call limit of our policy reached',
    policy_conversation_7day: 'Spoke with them recently (our policy)',
    policy_inconvenient_time: 'Outside our calling hours',
    policy_known_inconvenient_time: 'A time the patient said is bad for them',
    policy_cease_communication: 'Patient asked us to stop contacting them',
    policy_dispute_pending_review: 'Dispute under review',
    policy_medium_opt_out: 'Patient opted out of this channel',
    ma_940cmr_7_04_2_in_7: 'Massachusetts call limit reached',
    tcpa_no_prior_express_consent: 'No consent to call this number',
    tcpa_consent_revoked: 'Consent to call was withdrawn',
    attorney_represented: 'Patient has a lawyer: contact the lawyer',
    bankruptcy: 'Bankruptcy: no collection contact',
    deceased: 'Patient has died',
    irc_501r6_120_day_notification_period: 'Within the 120-day notice period',
    irc_501r6_fap_application_pending: 'Assistance application pending',
    ca_180_day_wait: 'California 180-day wait',
    hipaa_minimum_necessary: 'More information than needed',
    patient_budget: "Limited to the patient's stated budget",
    policy_share_of_income: 'Limited to a share of income (policy)',
    ca_reasonable_payment_formula: 'California reasonable payment limit',
    no_limit_stated: 'No limit stated',
    not_a_limited_content_message: 'Voicemail says more than the law allows',
    irc_501r6_no_30_day_notice: 'No 30-day notice sent before this step',
    irc_501r6_30_day_notice_deadline_not_passed: 'The 30-day notice period has not ended',
    paid_medical_collection: 'Medical debt already paid',
    initial_balance_under_500: 'Medical debt under $500',
    under_one_year_since_first_delinquency: 'Less than a year since it became past due',
    state_medical_debt_reporting_ban: 'State law bars reporting medical debt',
    reg_f_employer_prohibits_contact: 'Employer does not allow contact at work',
    reg_f_employer_email: 'Work email: not used for collection',
    reg_f_debt_not_transferable: 'Debt may not be sold or transferred',
    reg_f_missing_debt_collector_disclosure: 'Message lacks the debt collector notice',
    reg_f_overshadowing: 'Message would overshadow the patient\'s rights',
    // Outcomes and notes recorded beside a decision.
    queued_for_print: 'Waiting to be printed and mailed',
  },
  language: { en: 'English', es: 'Spanish', vi: 'Vietnamese', zh: 'Chinese' },
  entryKind: { charge: 'Charge', insurance_payment: 'Insurance paid', insurer_payment: 'Insurance paid', patient_responsibility: 'Moved to patient after insurance', discount: 'Discount', assistance_adjustment: 'Financial assistance', patient_payment: 'Patient paid', adjustment: 'Adjustment', contractual_adjustment: 'Insurance discount', write_off: 'Written off', refund: 'Refund', transfer: 'Moved to patient' },
  bucket: { insurance: 'Insurance', patient: 'Patient' },
  channel: { call: 'Call', sms: 'Text message', email: 'Email', letter: 'Letter', voicemail: 'Voicemail', chat: 'Chat', portal: 'Portal' },
  commStatus: { queued: 'Waiting to send', sent: 'Sent', delivered: 'Delivered', failed: 'Failed', blocked: 'Not sent (rules)', received: 'Received', scheduled: 'Scheduled', cancelled: 'Cancelled' },
  paymentStatus: { pending: 'Processing', requires_action: 'Waiting for the card holder', succeeded: 'Paid', failed: 'Declined' },
  planStatus: { active: 'Active', grace: 'Late (grace period)', missed: 'Missed a payment', replan_offered: 'New plan offered', paused: 'Paused (hardship)', completed: 'Paid off', cancelled: 'Cancelled', defaulted: 'Ended unpaid' },
  assistanceDocument: {
    pay_stub: 'Pay stub', tax_return: 'Tax return', benefit_letter: 'Benefit letter', employer_letter: 'Letter from employer', no_income_attestation: 'Signed statement of no income',
    asset_statement: 'Bank or asset statement', medicaid_card: 'Medicaid card', snap_letter: 'SNAP letter', wic_letter: 'WIC letter', homeless_attestation: 'Statement of homelessness',
    death_certificate: 'Death certificate', estate_attestation: 'Statement that there is no estate', photo_id: 'Photo ID',
  },
  assistanceMissing: { household_size: 'Household size', household_income: 'Household income', income_proof: 'Proof of income', asset_information: 'Asset information', asset_statement: 'Asset statement', signature: 'Signature' },
  presumptive: { medicaid: 'Has Medicaid', snap: 'Gets SNAP (food benefits)', wic: 'Gets WIC', homeless: 'Is homeless', deceased_no_estate: 'Died without an estate', prior_approval: 'Approved before (within the look-back)' },
  assistanceDecision: { approved: 'Approved', denied: 'Not approved', incomplete: 'Missing information' },
  assistanceReason: {
    presumptive_medicaid: 'Has Medicaid', presumptive_snap: 'Gets SNAP', presumptive_wic: 'Gets WIC', presumptive_homeless: 'Is homeless', presumptive_deceased_no_estate: 'Died without an estate',
    presumptive_prior_approval: 'Approved before', income_within_tier: 'Income within the policy', income_above_all_tiers: 'Income above the policy limits', income_unknown: 'Income not known',
    household_size_unknown: 'Household size not known', asset_test_failed: 'Assets above the policy limit', assets_unknown: 'Assets not known', incomplete_application: 'The application is missing information',
  },
  appStatus: { submitted: 'Submitted, waiting for a decision', incomplete: 'Missing information', approved: 'Approved', denied: 'Not approved', partial: 'Partly approved' },
  promiseStatus: { pending: 'waiting', kept: 'kept', broken: 'not kept' },
  callOutcome: { no_answer: 'no answer', voicemail: 'left voicemail', conversation: 'spoke with the patient', not_connected: 'did not connect' },
  screeningStatus: {
    likely_eligible: 'Likely eligible for financial assistance',
    possibly_eligible: 'May be eligible for financial assistance',
    not_indicated: 'No sign of eligibility yet (the patient can still apply)',
    assisted: 'Assistance already applied for or approved',
  },
  screeningBasis: {
    presumptive: 'Presumptive (a known circumstance)',
    estimated_income: 'Household income on file',
    state_law: 'State charity-care law',
    hardship_model: 'Hardship score',
  },
  auditAction: { read: 'Looked at', write: 'Changed', denied: 'Was refused', login: 'Signed in', logout: 'Signed out', login_failed: 'Failed to sign in' },
  auditPurpose: { payment: 'Payment', operations: 'Operations', collections: 'Collections', compliance_review: 'Compliance review', patient_self_service: 'Patient self-service', system: 'System', authentication: 'Sign-in' },
  recordType: {
    account: 'Account', person: 'Patient', user: 'Staff member', audit_log: 'Audit log', config_document: 'Configuration', communication: 'Message', payment: 'Payment',
    payment_plan: 'Payment plan', payment_link: 'Payment link', assistance_application: 'Assistance application', agent_task: 'Task', dispute: 'Dispute', route: 'Page or action',
    tenant_setting: 'Setting', tenant_rule_set: 'Compliance rules', statement: 'Statement', hold: 'Hold', coverage: 'Insurance coverage', conversation: 'Conversation',
  },
  role: {
    access_representative: 'Patient access representative', billing_specialist: 'Billing specialist', collections_coordinator: 'Collections coordinator',
    financial_counselor: 'Financial counselor', admin: 'Administrator', compliance_officer: 'Compliance officer',
  },
  userChange: {
    invited: 'Invited', roles: 'Role changed', deactivated: 'Deactivated', reactivated: 'Reactivated', password_reset_link_sent: 'Password reset link sent',
    password_changed: 'Password changed', password_set: 'Password set', session_revoked: 'Session ended', two_factor_enabled: 'Two-step sign-in turned on',
    two_factor_disabled: 'Two-step sign-in turned off', two_factor_enrolment_started: 'Two-step sign-in setup started',
  },
  tone: { warm: 'Warm', informative: 'Informative', urgent_but_kind: 'Urgent but kind' },
  docKind: { templates: 'Message templates', journey: 'Journey' },
  // Template names are words already (`past-due-gentle`): shown as words.
  template: {},
} as const satisfies Record<string, Record<string, string>>;

export type LabelKind = keyof typeof LABELS;

/** Plain words for a code, e.g. label('accountStatus', 'patient_due') -> "Patient owes". */
export function label(kind: LabelKind, code: string | null | undefined): string {
  if (!code) return '';
  const table = LABELS[kind] as Record<string, string>;
  const known = table[code] ?? table[code.toLowerCase()];
  if (known) return known;
  const words = code.toLowerCase().replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Every code of a kind with its words, for filter menus. */
export function labelOptions(kind: LabelKind, codes?: readonly string[]): Array<{ value: string; label: string }> {
  return (codes ?? Object.keys(LABELS[kind])).map((value) => ({ value, label: label(kind, value) }));
}

/** Why an account is near the top of the worklist: a signal of its own, or an open task's kind. */
export function signalLabel(code: string): string {
  return code in LABELS.signal ? label('signal', code) : label('taskKind', code);
}
