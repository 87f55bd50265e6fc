/**
 * held17 — held-out test set of labeled collections utterances (English and Spanish).
 *
 * Written apart by a helper session that opened no other family file: it read only its brief
 * and this file (nothing else under src/modules/conversations/, nothing under docs/).
 *
 * Started (UTC): 2026-12-08 00:14:09
 * Finished (UTC): 2026-12-08 00:21:07
 *
 * Voices (one speaker per family): a Raytown / Kansas City caller; Kansas City night-shift
 * warehouse picker; Kansas City retiree on Medicare; Kansas City grandpa who wants a plan; a
 * St. Louis caller who was double billed; a St. Louis mother at the pool; a St. Louis executor;
 * a St. Louis woman who paid at the desk; a St. Louis grandma who keeps getting wrong-number
 * texts; an Ethiopian cab driver in DC; a Vietnamese grandmother with her granddaughter typing;
 * an Oklahoma oil-field worker (two situations: a bogus charge, a layoff) and a Tulsa-area
 * hand in chapter 7; a Cajun shrimper/fisherman (two situations); a high-school teacher on
 * summer break (three situations: channel preference, statement questions, a lesson plan);
 * a hospital housekeeper (work calls, hours cut); a disabled veteran's wife (complaint, hiring a
 * lawyer) and a veteran's widow; an elder-law attorney's receptionist (calling for clients,
 * writing a dispute, and paying her own bill); a son whose mother just died in the ICU (two
 * calls) and a son whose mother survived the ICU; a woman going through a divorce (identity
 * misuse, divorce lawyer, weighing bankruptcy); a diabetic long-haul trucker (chapter 13, plan,
 * call-me-later, more contact please); a retired mail carrier in Independence; a grandson
 * texting from his grandma's phone; a laid-off plant worker; a man whose sister/mother told
 * collectors to stop; a POA daughter; a man who hits dead ends in the phone tree.
 * Spanish: a Guerrero farmworker (wrong charges, wrong number, weighing bankruptcy, no
 * lawyers); Sonora packing-house worker, a Sonora son whose mother died, a Sonoran who wants a
 * plan and one who says the bill is fine; San Pedro Sula (texts, short deaths, financial help,
 * broke but not disputing, mother survived, immigration lawyer only); Nicaragua (going to get a
 * lawyer, hardship, stopped working); Hialeah Cuban (double billing, car-accident lawyer, paid,
 * more reminders, wrong number, "me va a matar" bill); Caracas (dispute + complaint, chapter 7,
 * employer went bankrupt, friend lawyer); Chile (lawyer letter, sister died, confusing bill,
 * dispute questions, dead phone line); Córdoba, Argentina (identity theft, bankruptcy lawyer,
 * brother told them to stop, joke about lawyers); Murcia, Spain (letters only, widow, complaint,
 * resolved dispute, widow wanting instalments); Yakima Valley Spanglish (wrong amount, chapter
 * 13, Apple Health, on the tractor, bankruptcy questions); Las Vegas Spanglish (casino worker
 * harassed, lawyer by text, hotel housekeeper call-back, not disputing just confused);
 * Salvadoran woman whose husband doesn't know; Guatemalan dairy worker in Idaho; Puerto Rican
 * in Orlando; Oaxacan roofer in Oklahoma; a Cuban daughter with a power of attorney; a Sonoran
 * with a dead phone battery.
 */
import { family as f, hardNegative as hn, type IntentFamily } from './intent-families.js';

export const HELD_17_FAMILIES: IntentFamily[] = [
  // ───────────────────────────── ENGLISH: positives ─────────────────────────────

  // dispute, implicit (only describes the wrong charge) — Raytown / Kansas City caller
  f('h17-en-dispute-kc-wrong-procedure', 'en', 'call', ['dispute'], [
    "{hi}yeah I'm looking at this statement and it's got a CT scan of the abdomen on there, and I'm telling you nobody scanned my belly, I went in for stitches on my thumb.",
    "This is Darnell out in Raytown. There's a charge on here for an ambulance and I drove myself to Truman in my own car, parked in the garage and everything.",
    "um so the bill says I was there June the ninth and June the ninth I was at the Royals game, I got the ticket stub, that visit was not me",
    "they got me down for an overnight stay and I was out of there in like four hours, I did not sleep one night in that hospital",
    "I ain't paying for a second x-ray that never happened, they took one picture of my ankle. One.",
    "{hi}I'll own the urgent care part, fine, but that {amount} lab fee, I never gave blood, nobody stuck me with a needle that day.",
  ]),

  // dispute: billed twice — St. Louis caller texting
  f('h17-en-dispute-stl-double-billed', 'en', 'sms', ['dispute'], [
    "u charged me twice for the same ER visit on 3/14, same amount same code. only went once",
    "this is a duplicate. the 4/2 bill and the 4/9 bill r the SAME visit",
    "got 2 statements for one visit at barnes, im not paying it twice",
    "yall double billed me. {amount} shows up 2x",
    "same charge listed twice on my stmt, take one off",
    "one colonoscopy. ONE. why am i billed for two",
  ]),

  // dispute: identity misuse during a divorce — portal letter
  f('h17-en-dispute-divorce-identity-misuse', 'en', 'portal', ['dispute'], [
    "{hi}I am writing about account ending 4471. That emergency room visit on February 3rd was not me. My ex-husband checked his girlfriend in under my name and my insurance card, and I have already filed a police report.",
    "I have never been a patient at your Lee's Summit location. Someone used my Social Security number and I am attaching the FTC identity theft report. Please remove this balance from my name.",
    "Please understand this debt does not belong to me. During my separation my husband still had access to my wallet, and my information was used without my permission for this visit.",
    "I do not recognize this account and I am formally requesting validation: the signed consent form, the date of service, and proof that I am the person who received care.",
    "The patient in these chart notes is 5'2\" with a different birthdate. That is not me. This is fraud and I want it reversed.",
    "I was in Denver the entire week of that visit, staying with my sister after I moved out of the house. I could not have been in your ER in Kansas City, and I will not pay for someone else's care.",
  ]),

  // dispute + complaint — Oklahoma oil-field worker
  f('h17-en-dispute-complaint-oilfield', 'en', 'call', ['dispute', 'complaint'], [
    "{hi}I've called three times about this bogus charge and every time your guy hangs up on me. I want his supervisor, and I want that {amount} off my account 'cause I never got that test.",
    "Look, I work hitches out by Woodward, fourteen on fourteen off, and I was on a rig that date. That visit ain't mine and the lady I talked to last week was flat rude about it. Get me a manager.",
    "I'm gonna report y'all to the attorney general if you keep saying I owe for a helicopter ride I never took.",
    "Your collector told me I was a liar. I'm not a liar, I never had surgery on that knee. Put somebody over him on the phone.",
    "Wrong amount, wrong date, and a rude operator. I want it in writing that I'm disputing it and I want to file a complaint on the fella I talked to yesterday.",
    "I ain't paying for the second ER visit, there wasn't a second one, and I'm tired of your people talking down to me. Supervisor. Now.",
  ]),

  // dispute + attorney — elder-law attorney's receptionist writing for clients
  f('h17-en-dispute-attorney-elderlaw-letter', 'en', 'portal', ['dispute', 'attorney'], [
    "Good afternoon. This office represents Mrs. Eloise Parnell regarding account 88213. On her behalf we dispute the balance in full and request validation of the debt.",
    "I'm the receptionist at Harmon Elder Law. Attorney Harmon represents Mr. Okafor and asked me to let you know he disputes the nursing-facility charges; he was discharged on the 12th, not the 28th.",
    "Per Ms. Delgado, our client did not receive the therapy sessions billed in August. Please treat this as a formal dispute and send a copy of your response to our firm.",
    "Our client, a 91-year-old resident of Chesterfield, never signed a financial responsibility form. Her attorney disputes that she owes anything personally.",
    "This message is from Whitfield & Rowe on behalf of our client, Ms. June Albers. We are disputing the balance and need verification of the debt before anything else happens on this account.",
  ]),

  // cease (one channel: work) — hospital housekeeper
  f('h17-en-cease-housekeeper-work-line', 'en', 'call', ['cease_communication'], [
    "{hi}please don't call me at the hospital no more. I work in environmental services and my supervisor picks up that line.",
    "You called the housekeeping office looking for me today. Do not call my job. Ever.",
    "You can't be calling my work number, I'll get written up. Take that number off.",
    "That 314 number ending in 2200 is my job, not my phone. Stop calling there.",
    "Don't leave messages with my manager no more. That's my workplace and I don't want y'all reaching me at work.",
  ]),

  // cease (texts) — Kansas City night-shift warehouse picker
  f('h17-en-cease-kc-nightshift-texts', 'en', 'sms', ['cease_communication'], [
    "STOP",
    "no more texts to this number",
    "quit texting me. mail it if u have to",
    "pls remove me from text messages",
    "stop txting me at 5am im on nights",
    "unsubscribe me from these",
    "do not text this phone again",
  ]),

  // cease, implicit (only names the channel to avoid) — high-school teacher on summer break
  f('h17-en-cease-teacher-writing-only', 'en', 'chat', ['cease_communication'], [
    "{hi}I'd like all communication by email from now on. No phone calls, please.",
    "Please take my cell off your call list. I'll read letters; I won't answer calls.",
    "Can you note on my account: written correspondence only. I don't want phone calls this summer or any other time.",
    "I teach, and during the school year I can't pick up anyway. Just mail things, don't call.",
    "Is there a way to mark me 'do not call'? Email is fine.",
    "No robocalls. Put everything in writing.",
  ]),

  // cease + complaint — Cajun fisherman
  f('h17-en-cease-complaint-cajun', 'en', 'call', ['cease_communication', 'complaint'], [
    "{hi}look here, y'all done called my house six times today while I'm out on the water and my wife gotta hear it. Stop calling, and that lady yesterday cussed at me, I want her boss.",
    "Mais, I'm tired of dis. Quit calling me, and your man was disrespectful to my mama on the phone, I'm gonna report y'all.",
    "Stop calling my boat phone. And tell your supervisor the fella named Kyle was rude as anything.",
    "I want to file a complaint about how y'all talk to people, and I want these calls to stop, period.",
    "Y'all call at six in the morning on a Sunday? That's harassment. Stop calling and let me talk to a manager.",
  ]),

  // cease (all contact / third-party phones) — retired mail carrier in Independence
  f('h17-en-cease-retired-carrier-letter', 'en', 'portal', ['cease_communication'], [
    "{hi}Please stop calling my daughter's cell phone about my bill. She is not responsible for it and it upsets her.",
    "Remove my neighbor's number from my file. I gave it as an emergency contact, not for billing. Do not contact her.",
    "I want no more phone calls to my home about this account.",
    "I am asking you in writing to stop all collection calls to me.",
    "Please cease contacting me. I have received your letters and I will handle the matter myself.",
  ]),

  // wrong person + cease — St. Louis grandma getting wrong-number texts
  f('h17-en-wrongperson-cease-stl-grandma', 'en', 'sms', ['wrong_person', 'cease_communication'], [
    "wrong number. there's no Keisha here. quit calling",
    "I don't know a Dwayne. stop calling this phone",
    "not me, never heard of her, lose this number",
    "you got the wrong person, take me off your list",
    "3rd time: wrong #. stop texting me",
  ]),

  // attorney — elder-law attorney's receptionist on the phone
  f('h17-en-attorney-elderlaw-receptionist', 'en', 'call', ['attorney'], [
    "{hi}this is Carla at Benson Elder Law. We represent Mr. Walter Pruitt on his hospital account and I'm calling to give you our office information.",
    "Our firm has been retained by Mrs. Hendricks regarding her rehab stay. Please note that on the file.",
    "Mrs. Abernathy is a client of attorney Lisa Benson. Any questions about her account, you'll want to call Ms. Benson directly.",
    "I'm just the receptionist, but I can tell you the attorney is handling Mr. Pruitt's Medicaid planning and this bill is part of it. Can I give you her fax?",
    "Attorney Benson asked me to let you know she's now counsel for Doris Kemper, account ending 5590.",
  ]),

  // attorney — woman going through a divorce
  f('h17-en-attorney-divorce-lawyer', 'en', 'sms', ['attorney'], [
    "my divorce attorney is sorting out which medical bills are mine vs his. talk to her",
    "I have a lawyer handling this in the divorce, Renee Castillo, 816-555-0143",
    "pls contact my attorney about this bill. it's part of the settlement",
    "lawyer's got this one. court decides who pays the kids ER bills",
    "I've hired counsel for the divorce and these bills are included. I'll have her call you",
    "my atty said to send everything on this bill to her office",
  ]),

  // attorney + deceased — son whose mother just died in the ICU
  f('h17-en-attorney-deceased-icu-son', 'en', 'call', ['attorney', 'deceased'], [
    "{hi}my mother died in your ICU on Tuesday and I've already got a lawyer looking at what happened in there, so anything about her bill goes through him.",
    "Mom passed three days ago on the fourth floor, and I'm talking to a malpractice attorney.",
    "She passed away in your unit. We retained counsel this morning.",
    "My mom just died. I'm going to get a lawyer, I'm not dealing with a bill right now.",
    "You're calling about Linda Ferraro's balance? She died Sunday in your intensive care. Our family attorney will be in touch.",
  ]),

  // attorney — disabled veteran's wife getting a lawyer
  f('h17-en-attorney-veteran-wife', 'en', 'chat', ['attorney'], [
    "{hi}I've had enough. I'm calling a lawyer on Monday about this account.",
    "My husband is a 100 percent disabled vet and I'm not handling this by myself anymore. We're getting an attorney.",
    "We've retained an attorney through the VFW legal clinic. Please note that on his account.",
    "Tell me who our lawyer should contact, because that's where this is going now.",
    "I spoke to a lawyer yesterday and she's taking our case.",
  ]),

  // bankruptcy — diabetic trucker in chapter 13
  f('h17-en-bankruptcy-trucker-ch13', 'en', 'call', ['bankruptcy'], [
    "{hi}yeah I'm in a chapter 13, filed back in March, you should've got a notice from the court.",
    "I filed bankruptcy. Case number's on the paperwork, you want it?",
    "We're in a thirteen plan, me and my wife, and the hospital's listed as a creditor.",
    "I'm running freight out of Joplin right now but I'm calling to tell you I filed chapter thirteen last month.",
    "this debt's included in my bankruptcy, you're not supposed to be collecting on it",
    "got my bankruptcy papers right here on the dash, I filed, the trustee's out of Springfield",
  ]),

  // bankruptcy (weighing it) — woman going through a divorce
  f('h17-en-bankruptcy-divorce-weighing', 'en', 'sms', ['bankruptcy'], [
    "thinking about filing ch 7 after the divorce is final. can you hold off",
    "honestly i might have to declare bankruptcy. pause this till I decide",
    "doing the credit counseling course for bankruptcy next wk",
    "between the divorce and this, bankruptcy is on the table",
    "im probly filing chapter 7, dont send to collections yet",
    "considering bankruptcy. please hold the account for now",
  ]),

  // bankruptcy + attorney — Oklahoma oil-field hand
  f('h17-en-bankruptcy-attorney-oilfield', 'en', 'call', ['bankruptcy', 'attorney'], [
    "{hi}my bankruptcy lawyer said to give y'all his number, I filed chapter 7 on the twentieth.",
    "Got an attorney in Tulsa handling my bankruptcy, and this hospital bill's in it.",
    "I'm filing chapter seven, the lawyer's got my paperwork, you'll hear from his office.",
    "The oil field went bust and so did I. Filed bankruptcy last week. My attorney is Dane Whitlock.",
    "Call my bankruptcy attorney, he's got all this.",
  ]),

  // bankruptcy — Kansas City patient's formal notice
  f('h17-en-bankruptcy-kc-notice', 'en', 'portal', ['bankruptcy'], [
    "To whom it may concern: I filed a Chapter 7 petition in the Western District of Missouri on May 2. Your facility is listed on Schedule E/F. Please update your records.",
    "This account was included in my bankruptcy discharge last month. Please update the balance.",
    "Notice of bankruptcy filing: case number 26-40512, debtor Gloria Mays.",
    "I am currently in an active bankruptcy and the automatic stay applies to this account.",
    "{hi}I wanted to let you know I filed bankruptcy and this balance is on my list of debts.",
  ]),

  // deceased — son whose mother just died in the ICU
  f('h17-en-deceased-icu-son', 'en', 'call', ['deceased'], [
    "{hi}I'm calling about my mother, Patricia Gaines. She passed away in your ICU last night. I've got this bill in my hand and I don't even know what to do with it.",
    "Mom died Thursday morning. I'm her son. What do I need to send you, a death certificate?",
    "She didn't make it out of the ICU. She's gone. The bill's in her name.",
    "sorry... give me a sec... my mom died on the 12th, up on the fourth floor, and this came in the mail addressed to her",
    "The patient, Ruth Anne Kowalski, she's deceased. She passed on Sunday.",
  ]),

  // deceased — disabled veteran's widow writing a letter
  f('h17-en-deceased-veteran-widow', 'en', 'portal', ['deceased'], [
    "Dear Billing Office, My husband, Sgt. Raymond Tully (ret.), passed away on April 9th. I am enclosing a copy of his death certificate for account 30177.",
    "I'm writing to inform you that the account holder, my husband, died this spring after a long illness. Please note his passing on his file.",
    "Ray is no longer with us. He died at home on hospice in March, and today I received another statement in his name.",
    "My late husband's estate is being handled by our son. Please address the estate from now on.",
    "I'm his widow. He passed on the 9th. Let me know what you need from me.",
  ]),

  // deceased — grandson texting, very short
  f('h17-en-deceased-grandson-short', 'en', 'sms', ['deceased'], [
    "she passed away",
    "my grandma died last wk. im going thru her mail",
    "Mr. Harold Beck is deceased",
    "hes gone. died in feb",
    "grandpa passed, im handling his stuff now",
    "patient passed away 6/1, RIP",
  ]),

  // deceased — St. Louis executor
  f('h17-en-deceased-stl-executor', 'en', 'chat', ['deceased'], [
    "{hi}I'm the executor for my aunt, Bernice Hollis. She passed in January. How do I submit a claim against her estate for this?",
    "My father died on the 3rd and I'm handling his affairs. Who do I send the letters testamentary to?",
    "Account holder's deceased. I'm the personal representative.",
    "My uncle passed away at the nursing home in February and I'm the administrator of his estate.",
    "Just letting you know Mr. Lucius Brandt died. I'm his nephew and I'm handling the probate.",
  ]),

  // hardship — hospital housekeeper, hours cut
  f('h17-en-hardship-housekeeper-hours', 'en', 'sms', ['hardship'], [
    "they cut my hours at the hospital, I don't have it this month",
    "I clean rooms for 15 an hour, I can't pay that right now",
    "my checks go to rent and daycare, nothing left for this",
    "I'm barely making it, got nothing extra",
    "out on medical leave myself, no income rn",
    "light bill, car note, and now this. I just can't right now",
  ]),

  // already paid — St. Louis woman who paid at the desk
  f('h17-en-alreadypaid-stl-desk', 'en', 'call', ['already_paid'], [
    "{hi}I paid that at the front desk when I checked out, I've got the yellow receipt right here.",
    "That's paid. I paid it online on the fourth, the confirmation number starts with 7K.",
    "My husband put it on his Visa in April. It came out of the account, I'm looking at the statement.",
    "I already paid {amount} over the phone to a woman named Tasha, so why am I getting a bill?",
    "We paid that balance off last month. It should be zero.",
    "Sent a check, it cleared on the 12th.",
  ]),

  // wrong person — Ethiopian cab driver in DC
  f('h17-en-wrongperson-dc-cabbie', 'en', 'call', ['wrong_person'], [
    "{hi}you have wrong number, my friend. I am Tesfaye, I drive taxi in DC, I don't know this lady.",
    "No, no, this is not Michael Jones. Nobody by this name here.",
    "I got this phone number new, maybe three months. The person you want, he is not me.",
    "Sorry, you call the wrong person. I am not the patient of this hospital.",
    "Wrong number. There is no Ashley here.",
    "This is not him. I don't know who is Robert.",
  ]),

  // wants plan — diabetic trucker
  f('h17-en-plan-trucker-autodraft', 'en', 'chat', ['wants_plan'], [
    "{hi}can I set this up on monthly payments? I get paid every other Friday.",
    "I'd like a payment arrangement, maybe {amount} a month till it's gone.",
    "Is there a way to split this over six months? I'm on the road most days so auto-draft would be best.",
    "What's the lowest monthly you'll take on a plan?",
    "I'd rather do installments than one lump sum. Can we work that out?",
    "Put me on a payment plan please, same card every month.",
  ]),

  // hardship + plan — Oklahoma oil-field layoff
  f('h17-en-hardship-plan-oilfield-layoff', 'en', 'call', ['hardship', 'wants_plan'], [
    "{hi}they laid off the whole crew in Seiling, I ain't got it right now, can we do like {amount} a month?",
    "I been out of work since the rig stacked out. Can I pay a little each month till I'm back on?",
    "Money's tight with the downturn, I can't swing the whole thing. Set me up on payments.",
    "Unemployment don't cover much. I can do something small monthly if you'll let me.",
    "I got four kids, a truck payment, and no hitch till next month. Installment plan?",
  ]),

  // wants assistance — Vietnamese grandmother, granddaughter typing
  f('h17-en-assistance-viet-grandma', 'en', 'portal', ['wants_assistance'], [
    "Hi, I'm typing for my bà ngoại (grandma). She's 78 and on Medicare, and she wants to know if the hospital has charity care she can apply for.",
    "My grandma asks if there is any financial assistance program for her bill.",
    "Grandma says the nurse told her there is a discount for low-income patients. How does she apply? I can help her fill out the form.",
    "She wants the application for financial help, in Vietnamese if you have it. If not, I'll translate for her.",
    "Can my grandmother qualify for the hospital's assistance program? She lives with my mom and me.",
    "Bà asks: is there a program to lower the bill for old people? She worries about it every day.",
  ]),

  // bill confusion — high-school teacher on summer break
  f('h17-en-confusion-teacher-statement', 'en', 'portal', ['bill_confusion'], [
    "{hi}I'm trying to understand my statement. What is 'CPT 99284' and why is it listed separately from the physician charge?",
    "Could you please send me an itemized bill for my daughter's visit on June 18?",
    "I got a hospital bill and a separate one from a physicians group. Can you explain how those two are related?",
    "What does 'facility fee' mean? I've never seen that line before.",
    "I have summers off, so I finally sat down with this statement, and honestly I can't tell what insurance covered and what's left for me. Can someone walk me through it?",
    "What's the difference between 'adjustments' and 'payments' on this page?",
  ]),

  // insurance should pay — Kansas City retiree
  f('h17-en-insurance-kc-retiree', 'en', 'call', ['insurance_should_pay'], [
    "{hi}this should have gone to my Blue Cross, I handed the lady my card at registration.",
    "You all billed me instead of Medicare. I'm sixty-eight years old, I got Medicare and a supplement.",
    "My insurance never got the claim. I called them and they said nothing's been submitted.",
    "It got denied because you put the wrong member ID, one digit off. Fix it and resubmit.",
    "That was a work injury. It's supposed to go to workers' comp.",
    "I had Aetna through my job at the time. The claim was never filed.",
  ]),

  // callback later — St. Louis mother at the pool
  f('h17-en-callback-stl-pool-mom', 'en', 'sms', ['callback_later'], [
    "cant talk, at the pool w the kids. call me after 6",
    "try me {time}",
    "can u call back {time}? swim lessons rn",
    "call me tmrw morning pls",
    "not a good time. after 7 is better",
    "pls call back later, I'm soaking wet lol",
  ]),

  // complaint — disabled veteran's wife
  f('h17-en-complaint-veteran-wife', 'en', 'call', ['complaint'], [
    "{hi}I want to speak to a supervisor. The man I talked to this morning laughed when I told him my husband is disabled.",
    "Your agent called my husband a deadbeat. He lost his legs in Iraq. I am reporting this to the CFPB.",
    "I've been transferred five times and hung up on twice. This is the worst customer service I have ever dealt with.",
    "Who's your manager? I want a name and I want it now.",
    "I'm filing a complaint with the Better Business Bureau about the way your people talk to us.",
    "The woman on the phone was condescending and rude and I'd like that put on record.",
  ]),

  // ───────────────────────────── ENGLISH: hard negatives ─────────────────────────────

  // dispute HN: explicitly not disputing, wants a plan — Kansas City grandpa
  hn('h17-en-dispute-hn-not-arguing-plan', 'en', 'call', 'dispute', ['wants_plan'], [
    "{hi}now I'm not disputing any of it, the bill's right, I just want to pay it out monthly.",
    "I know I owe it, I'm not arguing, can we make payments?",
    "Everything on there looks correct to me. I'd like to do installments.",
    "I'm not calling to fight about the charges. I'd just like a monthly plan.",
    "No quarrel with the amount at all. Can I split it into four payments?",
  ]),

  // dispute HN: process questions — teacher building a lesson
  hn('h17-en-dispute-hn-teacher-lesson', 'en', 'chat', 'dispute', [], [
    "Just out of curiosity, what's your process if someone wants to dispute a charge? I'm not saying I do.",
    "How long does a patient usually have to dispute a bill? Asking for a personal finance class I teach.",
    "Is there a form for disputes or is it all by phone? This is hypothetical.",
    "If a bill were ever wrong, would a person dispute it with you or with the insurance? I'm just trying to understand the system.",
    "Do disputes show up on credit reports? I'm putting together a lesson on medical debt.",
  ]),

  // dispute HN: confirms the charge, can't afford it
  hn('h17-en-dispute-hn-its-mine-broke', 'en', 'sms', 'dispute', ['hardship'], [
    "yea that charge is mine, I did go to the ER. just dont have the money rn",
    "not saying its wrong, its right. im just broke",
    "i had the ultrasound, i owe it. money's real thin this month",
    "the bill is legit, I'm just out of work",
    "its my bill no doubt. cant afford it at the moment",
  ]),

  // dispute HN: the old dispute is over, and it's paid
  hn('h17-en-dispute-hn-resolved-paid', 'en', 'portal', 'dispute', ['already_paid'], [
    "Last spring I disputed a duplicate charge and it was corrected. I paid the corrected balance on May 30, so please show the account as paid.",
    "My dispute from January was settled, and I paid the remaining {amount} that same week. Why is it still showing a balance?",
    "The billing error I reported was fixed back in March. I paid the new total online right after.",
    "That whole dispute is over with. Your rep corrected it and I sent a check for the rest.",
    "I'm not disputing anything anymore, that was resolved. I paid it. Receipt attached.",
  ]),

  // dispute HN: quotes the letter's dispute language, just confused
  hn('h17-en-dispute-hn-quotes-letter', 'en', 'sms', 'dispute', ['bill_confusion'], [
    "ur letter says 'notify us within 30 days if you dispute this debt.' I'm not disputing, I just don't get what this bill is for",
    "read the part about disputing. not my situation. what I need is an itemized statement",
    "back of the letter talks about disputes, I don't have one, but what's this 'facility charge'",
    "don't need to dispute anything, just explain what lab code 80053 is",
    "I'm not contesting the bill, I'm confused by it. what are all these codes",
  ]),

  // cease HN: asks for MORE contact — diabetic trucker
  hn('h17-en-cease-hn-trucker-more-contact', 'en', 'sms', 'cease_communication', [], [
    "pls keep calling, i miss it when im driving but i want this sorted",
    "dont stop the text reminders, they actually help me remember",
    "you can call me any time, this is my cell",
    "text me the balance too, I want more updates not less",
    "keep sending the monthly statements, i need them for taxes",
  ]),

  // cease HN: "stop" in another sense
  hn('h17-en-cease-hn-stop-by', 'en', 'chat', 'cease_communication', [], [
    "Can I just stop by the business office and pay in person? Where is it?",
    "Which bus stop is closest to the billing office on Grand?",
    "I had to stop my autopay when I switched banks. How do I set it back up?",
    "Which entrance do I use if I want to stop in with a couple of questions?",
    "Please don't stop the reminder emails, they're helpful.",
  ]),

  // cease HN: someone ELSE asked them to stop; the speaker wants contact
  hn('h17-en-cease-hn-sister-said-stop', 'en', 'call', 'cease_communication', [], [
    "{hi}my sister asked y'all to stop calling her a while back, she's not on this. I'm the guarantor, so reach me on this number.",
    "Mama told y'all to quit calling her, which is fine, I'm handling her bills now. Call me instead.",
    "My ex said he told you to stop calling him. Good, he's not responsible. I am, and my number's the one you're on now.",
    "Somebody in my house told your caller to stop calling. That was my teenager being smart. Please go ahead and call me.",
    "My husband put a do-not-call on his number, but I'm the one who pays the bills, so this number is fine.",
  ]),

  // cease HN: not now, later — trucker at a dock
  hn('h17-en-cease-hn-not-now-later', 'en', 'call', 'cease_communication', ['callback_later'], [
    "{hi}can't talk now, I'm backing into a dock. Call me {time}.",
    "Not now, I'm in the middle of a pre-trip. Try me after seven.",
    "I'm sitting at the DOT scales, can you call back in an hour?",
    "Don't call me this minute, I'm driving. Call me tonight when I'm parked.",
    "Hang on, I'm not refusing calls, just this one. Ring me back tomorrow morning.",
  ]),

  // attorney HN: a friend/relative who is a lawyer gave advice
  hn('h17-en-attorney-hn-cousin-paralegal', 'en', 'sms', 'attorney', ['bill_confusion'], [
    "my cousin's a paralegal, she said to ask for an itemized bill first. can u send it",
    "a lawyer on tiktok said always get the itemized statement lol so. can i get one",
    "buddy of mine who's an attorney said I should ask what code 99285 is",
    "my neighbor the lawyer looked at this and even he couldn't tell me what the 'misc supply' charge is",
    "my brother in law does real estate law, not medical. he said ask you what the facility fee is for",
  ]),

  // attorney HN: "I don't need a lawyer" — wants a plan
  hn('h17-en-attorney-hn-no-lawyering-up', 'en', 'call', 'attorney', ['wants_plan'], [
    "{hi}look, I don't need to get any lawyers involved, I just want a monthly payment I can handle.",
    "I'm not lawyering up over this, let's just make a payment arrangement.",
    "Nobody's suing anybody. I just want to do installments.",
    "My wife said call a lawyer, I said no, call the hospital and get on a plan.",
    "I ain't got no attorney and I don't want one. Can I pay {amount} a month?",
  ]),

  // attorney HN: power of attorney (not a lawyer) — POA daughter
  hn('h17-en-attorney-hn-poa-daughter', 'en', 'portal', 'attorney', ['bill_confusion'], [
    "I hold durable power of attorney for my father, Edward Lyle. Please send an itemized statement for his June stay.",
    "As my mother's POA, I need to understand these charges. What is the 'level 4 ER' fee?",
    "I'm attaching the power of attorney document. Could you explain the two pharmacy lines?",
    "My aunt gave me power of attorney last year. Her bill shows 'room and board - observation.' What does that mean?",
    "I have healthcare power of attorney for my grandmother and I'm trying to make sense of her statement. Can someone explain it?",
  ]),

  // attorney HN: works for a lawyer, but this is her own bill — already paid
  hn('h17-en-attorney-hn-receptionist-own-bill', 'en', 'portal', 'attorney', ['already_paid'], [
    "{hi}I work the front desk at a law office, but this is about my own bill, not a client, and I paid it last Friday.",
    "Not writing for the firm this time. It's my personal account and it's already paid.",
    "Yes I work for an attorney, no this isn't legal business. I paid my balance online and want to make sure it posted.",
    "I know my email signature says 'Law Offices of...' so please ignore that. I paid my copay at the desk already.",
    "This is personal. I'm the receptionist at an elder-law firm but I'm writing as a patient. I paid this on the 2nd.",
  ]),

  // attorney HN: jokes about needing a lawyer to read the bill
  hn('h17-en-attorney-hn-law-degree-joke', 'en', 'chat', 'attorney', ['bill_confusion'], [
    "lol do I need a law degree to read this bill? what's 'ancillary services'?",
    "I'd have to hire a lawyer just to figure out what I'm being charged for. Kidding. Kind of. What's this $412 line?",
    "Is this bill written in legalese on purpose? Can someone explain the codes?",
    "My attorney friend jokes hospital bills are worse than contracts. Can you break this one down for me?",
    "Not getting a lawyer, just need a human translator for this statement 😅",
  ]),

  // bankruptcy HN: refuses the idea — Cajun fisherman wants a plan
  hn('h17-en-bankruptcy-hn-cajun-pay-monthly', 'en', 'call', 'bankruptcy', ['wants_plan'], [
    "{hi}I don't plan on going bankrupt over one hospital bill, so let's set up monthly payments.",
    "Bankruptcy? Nah, not me, cher. I pay my debts. Just want it spread out.",
    "My daddy always said never go bankrupt, pay a little at a time. So put me on a plan.",
    "Somebody at the dock told me to file bankruptcy. I said no, I'll just pay it by the month.",
    "I'm not going bankrupt, I'm going monthly. What's the smallest payment y'all take?",
  ]),

  // bankruptcy HN: the employer went bankrupt — laid-off plant worker
  hn('h17-en-bankruptcy-hn-employer-bankrupt', 'en', 'sms', 'bankruptcy', ['hardship'], [
    "the trucking company i drove for went bankrupt, no paycheck for 3 wks. cant pay this yet",
    "my employer filed bankruptcy and closed the plant. im out of work",
    "job went under, bankrupt, we all got let go. i dont have it",
    "the clinic i worked at went belly up so money's real tight, can't pay right now",
    "company's in chapter 11 and they stopped payroll. I can't cover this",
  ]),

  // bankruptcy HN: denies filing
  hn('h17-en-bankruptcy-hn-never-filed', 'en', 'call', 'bankruptcy', [], [
    "{hi}No ma'am, I have not filed bankruptcy. I don't know where y'all got that.",
    "I'm not in bankruptcy, somebody has their wires crossed.",
    "Bankruptcy? No. I've never filed and I never will.",
    "Your system has a bankruptcy flag on me? I never filed anything.",
    "No, you've got it backwards, I'm not the one who filed, that was my ex-brother-in-law.",
  ]),

  // bankruptcy HN: questions and a long-past bankruptcy — church financial counselor, teacher
  hn('h17-en-bankruptcy-hn-questions-past', 'en', 'portal', 'bankruptcy', [], [
    "Does bankruptcy even cover medical bills? Asking for my cousin, not for me.",
    "Years ago I went through a bankruptcy. That's long over. I'm only writing to update my mailing address.",
    "Would the hospital report to the credit bureaus if someone filed bankruptcy? Purely a question for a lesson I'm writing.",
    "I volunteer as a financial counselor at my church and people ask me whether hospital debt can go in a bankruptcy. What's your policy?",
    "My bankruptcy was discharged in 2012 and this visit was this year, so there's no connection. I just wanted to update my phone number.",
  ]),

  // deceased HN: dead phone battery
  hn('h17-en-deceased-hn-dead-battery', 'en', 'sms', 'deceased', ['callback_later'], [
    "sorry my phone died. call me back {time}",
    "phone was dead all day, can u try again tonite",
    "battery died mid call lol. call back after 5?",
    "my cell died at work, call me back this evening",
    "dead phone, missed ur call. try me tomorrow",
  ]),

  // deceased HN: a death long ago, own bill — wants a plan
  hn('h17-en-deceased-hn-long-ago-own-bill', 'en', 'call', 'deceased', ['wants_plan'], [
    "My father passed away in 2019, that's how I know your hospital, but this bill is mine, from my knee. Can I pay it monthly?",
    "My wife died some years back and I've been on my own since. This bill's for me and I'd like installments.",
    "Mom's been gone since 2015. This is my own bill. Can we do a plan?",
    "No, no, I'm not calling about a death, I'm the patient and I'm alive and kicking. I need a payment plan.",
    "{hi}I lost my husband a long time ago. This account is in my name and it's mine. Set me up with monthly payments, please.",
  ]),

  // deceased HN: figurative death — confused by the bill
  hn('h17-en-deceased-hn-killed-me', 'en', 'chat', 'deceased', ['bill_confusion'], [
    "that ER total about killed me. what's the $900 'trauma activation'?",
    "I nearly died when I opened this. what does 'level 5' mean?",
    "This bill is going to be the death of me, lol. What are 'anesthesia time units'?",
    "My husband said 'over my dead body' when he saw it. Can you explain the codes?",
    "I'm dead 💀 what is a 'facility fee' and why is it so much",
    "dead serious question: what's the difference between hospital and professional charges?",
  ]),

  // deceased HN: the mother SURVIVED the ICU
  hn('h17-en-deceased-hn-mom-survived', 'en', 'call', 'deceased', [], [
    "{hi}no, my mother did not pass away, she's recovering at home. Somebody put 'deceased' on her mail.",
    "She survived, thank God. She's out of ICU. Your letter was addressed to 'the estate of' and that's a mistake.",
    "Mom's alive. She was on the ventilator but she pulled through. Don't send anything to an estate.",
    "I think someone mixed her up with the lady in the next bed who died. My mother is living.",
    "She's very much alive and she'll call you herself next week.",
  ]),

  // deceased HN: "dead" line, dead end — complaint
  hn('h17-en-deceased-hn-dead-end-phone-tree', 'en', 'call', 'deceased', ['complaint'], [
    "Every time I call I hit a dead end in the phone menu. I want a supervisor.",
    "Your line goes dead every time I get transferred. This is ridiculous, who's in charge over there?",
    "I'm dead tired of sitting on hold an hour and a half. I want to file a complaint.",
    "The chat dies on me every time and your rep never called back like she promised. I want that reported.",
    "Dead silence for 40 minutes on hold, then a hang-up. Let me talk to a manager.",
  ]),

  // ───────────────────────────── SPANISH: positivos ─────────────────────────────

  // dispute, implícito — jornalero de Guerrero
  f('h17-es-dispute-guerrero-no-fue-a-mi', 'es', 'call', ['dispute'], [
    "{hi_es}fíjese que en el papel dice que me hicieron un ultrasonido y a mí nomás me pusieron un suero, nadie me hizo ningún ultrasonido.",
    "Yo fui por una cortada en la mano, ¿y me cobran una tomografía de la cabeza? No, señorita, eso no fue a mí.",
    "Aquí dice que estuve internado dos días y yo salí esa misma noche, me fui caminando pa' mi casa.",
    "Ese día yo andaba en el corte de fresa allá en Oxnard, no pude haber estado en el hospital.",
    "Me están cobrando {amount_es} de ambulancia y a mí me llevó mi compadre en su troca.",
    "Nomás me atendieron una vez, y en la cuenta aparecen tres consultas.",
  ]),

  // dispute: cobro doble — Hialeah
  f('h17-es-dispute-hialeah-cobro-doble', 'es', 'sms', ['dispute'], [
    "oye me cobraron dos veces la misma visita del 12 de marzo",
    "mira esto, el mismo cargo repetido. yo fui UNA vez a emergencia",
    "la misma consulta me aparece en dos facturas distintas, eso está duplicado",
    "me están cobrando doble, quítenme uno de esos cargos",
    "chico esto está repetío, dos cobros iguales de {amount_es}",
    "no voy a pagar dos veces por un solo análisis de sangre",
  ]),

  // dispute: robo de identidad — Córdoba, Argentina
  f('h17-es-dispute-cordoba-identidad', 'es', 'portal', ['dispute'], [
    "{hi_es}les escribo porque esa atención del 4 de febrero no la recibí yo. Alguien usó mis datos; ya hice la denuncia policial y la adjunto.",
    "Yo nunca me atendí en ese hospital. Me robaron la billetera en enero con la licencia y la credencial del seguro, y esta deuda no es mía.",
    "Solicito formalmente que me envíen prueba de que la deuda me corresponde: firma del paciente, fecha y quién autorizó la atención.",
    "Che, esto es un fraude. El paciente que figura tiene otra fecha de nacimiento y otra dirección; no soy yo.",
    "Vivo en Estados Unidos hace dos años y jamás pisé esa guardia. Pido que retiren esta cuenta de mi nombre.",
    "Adjunto el informe de robo de identidad de la FTC. No reconozco esta deuda.",
  ]),

  // dispute: monto equivocado / validación — Yakima Valley Spanglish
  f('h17-es-dispute-yakima-wrong-amount', 'es', 'chat', ['dispute'], [
    "{hi_es}el bill dice {amount_es} pero eso no es lo que me toca, ese amount está mal",
    "Quiero que me manden proof de esta deuda, no es mía y no sé de dónde salió.",
    "Esa visita no fue mía, yo estaba en el warehouse de las manzanas todo el día, tengo mi timecard.",
    "El balance está wrong, me cobraron tres horas de sala y estuve una hora.",
    "No I don't owe this, yo nunca fui a esa clínica de Toppenish.",
    "pueden mandarme una verification de la deuda? no la reconozco",
  ]),

  // dispute + complaint — Caracas
  f('h17-es-dispute-complaint-caracas', 'es', 'call', ['dispute', 'complaint'], [
    "{hi_es}mire, ese cargo no es mío y la señorita que me atendió ayer me trató de mentiroso. Quiero hablar con su supervisor.",
    "Yo no me hice ninguna resonancia, y el muchacho que me llamó fue grosero, me gritó. Páseme a un gerente, por favor.",
    "Voy a poner una queja formal. Me cobran una cirugía que no me hicieron y encima me tratan mal por teléfono.",
    "Esto es un abuso, vale. No debo esa plata y su gente me habla como si yo fuera un delincuente. Quiero el nombre del encargado.",
    "Los voy a reportar a la oficina del consumidor. Ese monto está inflado, no lo debo, y nadie me quiere escuchar.",
  ]),

  // cease (trabajo) — empacadora en Sonora
  f('h17-es-cease-sonora-trabajo', 'es', 'call', ['cease_communication'], [
    "{hi_es}ya no me hablen al trabajo, por favor. Ahí en la empacadora no me dejan contestar y el mayordomo se enoja.",
    "No me marquen al número de la oficina, ese es de mi patrón.",
    "Les pido que quiten el teléfono de mi trabajo de su lista. Ahí no me busquen.",
    "Me llamaron al rancho donde trabajo y me dio mucha vergüenza. Al trabajo no.",
    "No quiero que me busquen en mi empleo. Ese número bórrenlo.",
  ]),

  // cease (mensajes) — San Pedro Sula
  f('h17-es-cease-sps-mensajes', 'es', 'sms', ['cease_communication'], [
    "ya no me manden mensajes porfa",
    "dejen de escribirme a este numero",
    "BASTA de textos",
    "no quiero recibir mas sms de ustedes",
    "no me vuelvan a textear",
    "paren los mensajes, todos los dias es lo mismo",
    "ALTO",
  ]),

  // cease implícito (solo por carta) — Murcia
  f('h17-es-cease-murcia-solo-carta', 'es', 'portal', ['cease_communication'], [
    "{hi_es}les ruego que a partir de ahora se comuniquen conmigo únicamente por correo postal. No deseo recibir llamadas.",
    "No me llamen más por teléfono, por favor; cualquier cosa, por carta a mi domicilio.",
    "Solicito que anoten en mi expediente: nada de llamadas ni de mensajes al móvil. Solo correspondencia escrita.",
    "Prefiero que no me telefoneen. Escríbanme y yo les contesto.",
    "Les pido que no me contacten por WhatsApp. Para eso está el correo.",
    "Al móvil no. Por escrito, si acaso.",
  ]),

  // cease + complaint — Las Vegas Spanglish, trabajadora de casino
  f('h17-es-cease-complaint-vegas-casino', 'es', 'chat', ['cease_communication', 'complaint'], [
    "{hi_es}ya stop con las llamadas, y el guy que me llamó ayer fue super rude, quiero hablar con su manager",
    "me llaman 5 veces al día mientras estoy en mi shift en el casino, esto es harassment. Ya no me llamen y quiero poner una complaint",
    "no more calls, ok? y díganle a su supervisor que la señora que me habló me insultó",
    "Dejen de llamarme. Voy a reportarlos al BBB por cómo me hablan.",
    "Ya basta de llamadas, y quiero el nombre del agente que me colgó, eso no se hace.",
  ]),

  // cease (casa / todo) — salvadoreña cuyo esposo no sabe de la cuenta
  f('h17-es-cease-salvadorena-casa', 'es', 'call', ['cease_communication'], [
    "{hi_es}no me llamen a la casa, mi esposo no sabe de esta cuenta.",
    "Ya no quiero que me contacten. Por ningún medio.",
    "Por favor, dejen de llamarme. Ya recibí sus cartas.",
    "A la casa no llamen, que contesta mi suegra.",
    "No me contacten más, ni por teléfono ni por mensaje.",
  ]),

  // wrong person + cease — viejito cubano
  f('h17-es-wrongperson-cease-cubano', 'es', 'call', ['wrong_person', 'cease_communication'], [
    "{hi_es}aquí no hay ninguna Yamilé, se equivocaron, y no me llamen más.",
    "Ese no soy yo. Borren este número y déjenme tranquilo.",
    "Número equivocado, ya se lo dije tres veces. No vuelvan a llamar.",
    "No conozco a esa persona. Quiten mi teléfono de su lista.",
    "Se equivocaron de número, dejen de llamarme, por favor.",
  ]),

  // attorney — Chile
  f('h17-es-attorney-chile-carta', 'es', 'portal', ['attorney'], [
    "{hi_es}les informo que tengo un abogado que lleva este caso. Sus datos van adjuntos.",
    "Mi abogada, la señora Paz Orellana, está viendo esta cuenta. Cualquier consulta, por favor, diríjanse a ella.",
    "Contraté a un abogado por lo del accidente y esta cuenta está incluida.",
    "Le pasé todos los papeles al abogado; él se va a comunicar con ustedes.",
    "Tengo representación legal en este asunto. Favor de hablar con mi abogado.",
  ]),

  // attorney (va a conseguir) — Nicaragua
  f('h17-es-attorney-nica-voy-a-buscar', 'es', 'call', ['attorney'], [
    "{hi_es}mire, yo ya voy a buscar un abogado, porque esto no puede ser.",
    "Voy a conseguir un licenciado que me ayude con esto.",
    "Mañana voy a la oficina de ayuda legal para que me asignen un abogado.",
    "Ya hablé con un abogado de la iglesia y me va a representar.",
    "Mi hija me está buscando abogado; ya no voy a hablar de esto sin él.",
  ]),

  // attorney + insurance — accidente de carro, Hialeah
  f('h17-es-attorney-insurance-hialeah-choque', 'es', 'call', ['attorney', 'insurance_should_pay'], [
    "{hi_es}eso fue un accidente de carro, mi abogado tiene el caso y eso lo tiene que pagar el seguro del otro chofer.",
    "Tengo abogado por el choque en la Palmetto, y el PIP de mi seguro de carro tiene que cubrir eso.",
    "Mi abogado me dijo que esa cuenta la paga el seguro del auto; mándenla para allá, él tiene el número de reclamo.",
    "Estoy con un bufete de abogados por el accidente. Ustedes debieron facturarle a la aseguradora.",
    "El licenciado Pérez me representa, y el seguro del accidente debió haber pagado eso.",
  ]),

  // attorney — Las Vegas Spanglish por texto
  f('h17-es-attorney-vegas-lawyer-sms', 'es', 'sms', ['attorney'], [
    "tengo lawyer pa esto, hablen con él",
    "mi abogado se encarga, su número es 702-555-0188",
    "ya contraté un attorney por lo del bill del ER",
    "mi lawyer dice q le manden todo a su office",
    "estoy hablando con un abogado, él les va a llamar",
  ]),

  // bankruptcy — Caracas
  f('h17-es-bankruptcy-caracas-cap7', 'es', 'call', ['bankruptcy'], [
    "{hi_es}yo me declaré en bancarrota, capítulo siete, el mes pasado; el hospital está en la lista de acreedores.",
    "Ya hice el trámite de bancarrota. Le puedo dar el número del caso.",
    "Estoy en quiebra, legalmente; metí los papeles en la corte federal.",
    "Mire, me acogí al capítulo 7 y esa deuda entra ahí.",
    "Ya introduje la bancarrota, deberían haber recibido la notificación de la corte.",
  ]),

  // bankruptcy — Yakima Spanglish, chapter 13
  f('h17-es-bankruptcy-yakima-ch13', 'es', 'sms', ['bankruptcy'], [
    "estoy en chapter 13, ya filié",
    "ya filé bankruptcy, esta deuda está incluida",
    "tengo bancarrota activa, el trustee tiene mi caso",
    "hice bankruptcy en abril, chequen sus records",
    "me declaré en banca rota, pregúntenle al trustee",
  ]),

  // bankruptcy (lo está pensando) — Guerrero
  f('h17-es-bankruptcy-guerrero-pensando', 'es', 'chat', ['bankruptcy'], [
    "{hi_es}estoy pensando en declararme en bancarrota, ¿pueden esperar tantito antes de mandarlo a cobranza?",
    "Una persona de la iglesia me dijo que me declare en quiebra. Todavía no decido; denme chance.",
    "A lo mejor tengo que hacer lo de la bancarrota, ando viendo.",
    "Estoy viendo si meto la bancarrota, por eso no he pagado.",
    "Si no se compone la cosa, voy a pedir la bancarrota este mes.",
  ]),

  // bankruptcy + attorney — Córdoba
  f('h17-es-bankruptcy-attorney-cordoba', 'es', 'portal', ['bankruptcy', 'attorney'], [
    "{hi_es}mi abogado presentó la quiebra, capítulo 7, la semana pasada. Les adjunto sus datos.",
    "Estoy en un proceso de bancarrota con la abogada Laura Sosa; ella tiene toda la documentación.",
    "El abogado que me lleva la bancarrota me pidió que les avise que esta cuenta está incluida.",
    "Ya contraté un abogado de bancarrota y vamos a presentar el capítulo 13 este mes.",
    "Cualquier cosa de la quiebra, consúltenla con mi abogado, el Dr. Ferreyra.",
  ]),

  // deceased — hijo sonorense, su mamá murió en terapia intensiva
  f('h17-es-deceased-sonora-hijo', 'es', 'call', ['deceased'], [
    "{hi_es}le hablo porque mi mamá falleció ayer en terapia intensiva, y ya me llegó la cuenta a nombre de ella.",
    "Mi amá se nos murió el domingo. Yo soy su hijo. ¿Qué papeles necesitan?",
    "La señora Rosario Valenzuela ya falleció. Era mi madre.",
    "Mi mamá ya no está, murió en el hospital la semana pasada.",
    "Perdone, es que mi madre acaba de fallecer y no sé qué hacer con esta factura.",
  ]),

  // deceased — viuda en Murcia, carta
  f('h17-es-deceased-murcia-viuda', 'es', 'portal', ['deceased'], [
    "{hi_es}les comunico que mi marido, titular de la cuenta, falleció el pasado 3 de mayo. Adjunto el certificado de defunción.",
    "Mi esposo, que en paz descanse, murió en marzo. Sigo recibiendo facturas a su nombre.",
    "Soy la viuda de don Antonio Cárceles. Falleció tras una larga enfermedad.",
    "Les escribo para notificarles el fallecimiento de mi marido.",
    "Antonio ya no está con nosotros; murió en casa, con cuidados paliativos.",
  ]),

  // deceased — San Pedro Sula, textos cortos
  f('h17-es-deceased-sps-cortos', 'es', 'sms', ['deceased'], [
    "mi papa fallecio",
    "la paciente ya murió",
    "mi abuelita murió en enero",
    "el señor Jose ya fallecio, soy su hija",
    "falleció mi tío, q descanse en paz",
    "ella murió en diciembre",
  ]),

  // deceased — hermana en Chile, albacea
  f('h17-es-deceased-chile-hermana', 'es', 'chat', ['deceased'], [
    "{hi_es}mi hermana falleció hace dos semanas y yo estoy viendo sus cosas.",
    "Le cuento que la titular de la cuenta, mi hermana Carolina, murió en el hospital.",
    "Mi hermana partió el 20 de junio. Soy la albacea.",
    "Necesito saber qué hacer con la deuda de mi hermana, que falleció.",
    "La paciente falleció. Soy su hermano y tengo el certificado de defunción.",
  ]),

  // hardship — Nicaragua
  f('h17-es-hardship-nica', 'es', 'call', ['hardship'], [
    "{hi_es}fíjese que ahorita no tengo con qué pagar, me quedé sin trabajo en la construcción.",
    "Con lo que gano limpiando casas apenas me alcanza pa'l alquiler.",
    "Estoy enferma yo también y no he podido trabajar; no tengo ese dinero.",
    "Mi esposo está en Nicaragua y yo sola con tres chavalos, no me alcanza.",
    "Me cortaron las horas y estoy debiendo la renta; no puedo con esto ahorita.",
  ]),

  // hardship + plan — lechero guatemalteco en Idaho
  f('h17-es-hardship-plan-lecheria', 'es', 'call', ['hardship', 'wants_plan'], [
    "{hi_es}ahorita no tengo trabajo, pero le puedo ir dando {amount_es} cada mes.",
    "Está difícil la cosa, no tengo para pagar todo junto; ¿me da chance de pagar por mes?",
    "Me accidenté en la lechería y no estoy trabajando. ¿Puedo hacer pagos chiquitos?",
    "No me alcanza pa' pagar eso de una vez, ¿se puede en abonos?",
    "Con la incapacidad no me alcanza; déjeme pagar de a poquito cada quincena.",
  ]),

  // already paid — Hialeah
  f('h17-es-alreadypaid-hialeah', 'es', 'sms', ['already_paid'], [
    "eso ya lo pagué en la caja del hospital, tengo el recibo",
    "ya se pagó, lo hice por internet el 5",
    "mi hijo lo pagó con su tarjeta la semana pasada",
    "pagué {amount_es} por teléfono, tengo el número de confirmación",
    "esa cuenta está saldada desde abril",
  ]),

  // wrong person — Guerrero
  f('h17-es-wrongperson-guerrero', 'es', 'sms', ['wrong_person'], [
    "aquí no vive ninguna Rosa Martínez",
    "número equivocado, yo no soy esa persona",
    "no conozco a ningún Juan Carlos",
    "se equivocaron de persona, este número es mío desde hace un año",
    "yo no soy la paciente, creo que tienen el número mal",
    "no es aquí, joven. se equivocó",
  ]),

  // wants plan — Sonora
  f('h17-es-plan-sonora', 'es', 'chat', ['wants_plan'], [
    "{hi_es}¿puedo hacer pagos mensuales? Cobro cada quince días.",
    "Quiero un plan de pagos, de {amount_es} al mes si se puede.",
    "¿Me dejan pagarlo en abonos?",
    "¿Cuál es el pago mínimo mensual que aceptan en un arreglo de pagos?",
    "Prefiero ir pagando poco a poco, por mes. ¿Cómo le hago?",
    "¿Se puede dividir en seis pagos?",
  ]),

  // wants assistance — San Pedro Sula
  f('h17-es-assistance-sps', 'es', 'call', ['wants_assistance'], [
    "{hi_es}¿ustedes tienen algún programa de ayuda para gente de bajos recursos?",
    "Me dijeron que el hospital tiene caridad, ayuda financiera. ¿Cómo aplico?",
    "¿Me pueden mandar la solicitud de asistencia financiera en español?",
    "Una vecina me dijo que a ella le hicieron un descuento por bajos ingresos. ¿Yo califico?",
    "Quiero saber si hay un programa que me ayude a bajar esta cuenta.",
  ]),

  // bill confusion — Chile
  f('h17-es-confusion-chile', 'es', 'portal', ['bill_confusion'], [
    "{hi_es}no entiendo la factura. ¿Qué significa 'cargo por instalaciones'?",
    "¿Me pueden mandar una factura detallada, con cada cosa que me cobraron?",
    "Hay un código 99283 y no sé qué es. ¿Me lo explican?",
    "No me queda claro cuánto pagó el seguro y cuánto me toca a mí.",
    "¿Por qué me llegan dos cuentas, una del hospital y otra de los médicos? No entiendo la diferencia.",
    "Necesito el desglose de la cuenta, por favor.",
  ]),

  // insurance should pay — Yakima Valley
  f('h17-es-insurance-yakima', 'es', 'call', ['insurance_should_pay'], [
    "{hi_es}eso lo tenía que pagar mi Apple Health, yo tengo aseguranza del estado.",
    "Ustedes no mandaron el bill a la aseguranza, yo les di mi tarjeta de Molina.",
    "La aseguranza me dice que nunca recibieron el claim.",
    "Pusieron mal mi número de miembro y por eso lo negaron; corríjanlo y mándenlo otra vez.",
    "Yo tenía seguro por la compañía de la fruta en esas fechas, eso le toca a ellos.",
    "Tengo Medicare y Medicaid, eso se lo tenían que cobrar a ellos.",
  ]),

  // callback later — camarista de hotel en Las Vegas
  f('h17-es-callback-vegas-camarista', 'es', 'sms', ['callback_later'], [
    "ahorita no puedo, estoy en el shift. llámenme {time_es}",
    "call me back después de las 6 plis",
    "estoy limpiando cuartos, márqueme mañana",
    "me pueden llamar más tarde? estoy con los niños",
    "mejor llámenme el lunes en la mañana",
  ]),

  // complaint — Murcia
  f('h17-es-complaint-murcia', 'es', 'call', ['complaint'], [
    "{hi_es}quiero hablar con un responsable. La chica que me ha atendido ha sido una maleducada.",
    "Me han colgado dos veces. Esto es una vergüenza y quiero poner una reclamación.",
    "Quiero el nombre de su supervisor, ya.",
    "Me han hablado con un tono que no se le habla a nadie. Voy a presentar una queja.",
    "Llevo una hora esperando y me pasan de uno a otro. Esto no hay quien lo aguante; páseme con el encargado.",
  ]),

  // ───────────────────────────── SPANISH: hard negatives ─────────────────────────────

  // dispute HN: no reclama, quiere plan — sonorense
  hn('h17-es-dispute-hn-no-peleo-plan', 'es', 'call', 'dispute', ['wants_plan'], [
    "{hi_es}no, yo no estoy peleando la cuenta, está bien, nomás quiero pagarla por mes.",
    "Sí es mío ese cobro, no lo estoy reclamando. ¿Me hacen un plan de pagos?",
    "Todo está correcto en la factura. Quiero pagar en abonos.",
    "No vengo a discutir nada, solo quiero un arreglo de pagos.",
    "No tengo ninguna objeción con el monto. ¿Puedo pagarlo en tres meses?",
  ]),

  // dispute HN: preguntas de proceso — Chile
  hn('h17-es-dispute-hn-preguntas-chile', 'es', 'chat', 'dispute', [], [
    "{hi_es}por curiosidad, ¿cómo se hace un reclamo si uno no está de acuerdo con un cobro? No es mi caso.",
    "¿Cuánto plazo hay para disputar una cuenta? Pregunto para saber, nada más.",
    "¿Las disputas se hacen por escrito o por teléfono? Es una pregunta general.",
    "Si algún día tuviera un cobro incorrecto, ¿con quién tendría que hablar?",
    "¿Una disputa afecta el puntaje de crédito? Estoy aprendiendo cómo funciona todo acá.",
  ]),

  // dispute HN: la deuda es suya, no tiene dinero — San Pedro Sula
  hn('h17-es-dispute-hn-si-es-mia-sps', 'es', 'sms', 'dispute', ['hardship'], [
    "si es mi cuenta, si fui a emergencia. solo q ahorita no tengo",
    "no digo q este mal. el problema es q no tengo dinero",
    "la deuda es mia, no la niego. pero estoy sin trabajo",
    "todo bien con el cobro, es que no me alcanza este mes",
    "claro que me atendieron, pero no tengo con que pagar ahorita",
  ]),

  // dispute HN: la reclamación ya se resolvió y está pagado — Murcia
  hn('h17-es-dispute-hn-resuelto-murcia', 'es', 'portal', 'dispute', ['already_paid'], [
    "{hi_es}la reclamación que puse en enero ya se resolvió y pagué el importe corregido. Les adjunto el justificante.",
    "Ya no hay disputa: me corrigieron el cargo duplicado y lo aboné al día siguiente.",
    "Aquel error de facturación quedó arreglado en marzo y pagué lo que quedaba por transferencia.",
    "No reclamo nada; eso se solucionó y está pagado desde abril.",
    "El problema del cobro ya está zanjado. Pagué {amount_es} la semana pasada.",
  ]),

  // dispute HN: cita la carta, solo está confundida — Las Vegas Spanglish
  hn('h17-es-dispute-hn-vegas-confundida', 'es', 'chat', 'dispute', ['bill_confusion'], [
    "la carta dice 'si usted disputa esta deuda' pero yo no la disputo, solo no entiendo qué es el 'facility fee'",
    "no quiero hacer dispute, just quiero saber qué son esos códigos",
    "no estoy peleando nada, nomás mándenme el itemized bill pa' entenderle",
    "leí lo de 'dispute' en la parte de atrás, no aplica. ¿Qué es 'observación' en el bill?",
    "me peleé con mi esposo por este bill jaja pero no es que esté mal, es que no entiendo cuánto me toca",
  ]),

  // cease HN: pide MÁS contacto — Hialeah
  hn('h17-es-cease-hn-mas-recordatorios', 'es', 'sms', 'cease_communication', [], [
    "sigan mandándome los recordatorios, me ayudan",
    "pueden llamarme cuando quieran, este es mi celular nuevo",
    "mándenme también por texto el balance, quiero estar al tanto",
    "no dejen de mandarme el estado de cuenta, lo necesito para los taxes",
    "prefiero que me escriban más seguido, se me olvida",
  ]),

  // cease HN: "dejar de" en otro sentido — Nicaragua
  hn('h17-es-cease-hn-deje-de-trabajar', 'es', 'call', 'cease_communication', ['hardship'], [
    "{hi_es}dejé de trabajar en marzo por la espalda, y ahorita no tengo para pagar.",
    "Paré de recibir el cheque del desempleo y no tengo de dónde sacar.",
    "Tuve que dejar el trabajo para cuidar a mi mamá; no puedo pagar ahora.",
    "Me dejaron de dar horas en la fábrica, por eso no he pagado, no me alcanza.",
    "Ya no me llaman pa' trabajar en la construcción, y sin trabajo no hay cómo pagar.",
  ]),

  // cease HN: otra persona pidió que no la llamen — Córdoba
  hn('h17-es-cease-hn-mi-hermano-pidio', 'es', 'call', 'cease_communication', [], [
    "{hi_es}mi hermano les pidió que no lo llamen más, y está bien, pero a mí sí me pueden llamar, yo me hago cargo.",
    "Mi ex les dijo que dejen de llamarlo; no tiene nada que ver. La responsable soy yo, llámenme a mí.",
    "Mi vieja ya les pidió que no la molesten; desde ahora hablen conmigo a este número.",
    "El que les cortó fue mi hijo adolescente. Yo sí quiero que me llamen.",
    "Mi marido puso su número en 'no llamar', pero el mío está bien para contactarme.",
  ]),

  // cease HN: ahorita no, llámeme después — tractorista en Yakima
  hn('h17-es-cease-hn-ahorita-no-yakima', 'es', 'call', 'cease_communication', ['callback_later'], [
    "{hi_es}ahorita no me llame, estoy en el tractor, márqueme {time_es}.",
    "No es que no quiera hablar, nomás que ahorita ando en la pizca. Llámeme en la tarde.",
    "Orita no puedo, call me back en una hora.",
    "Estoy manejando, mejor háblame mañana temprano.",
    "Ahorita no, oiga, pero llámeme el sábado que descanso.",
  ]),

  // attorney HN: consejo de un abogado ajeno — Caracas
  hn('h17-es-attorney-hn-prima-abogada', 'es', 'sms', 'attorney', ['bill_confusion'], [
    "mi prima que es abogada me dijo que pida la factura detallada. me la mandan?",
    "un amigo abogado me recomendó preguntar qué es el código 99285",
    "vi en un video de un abogado que uno tiene derecho al desglose. lo quiero",
    "mi cuñado estudia derecho y tampoco entendió el cobro de 'suministros'",
    "el abogado de mi jefe dice que pregunte qué es 'cargo por nivel 4'",
  ]),

  // attorney HN: sin abogados, plan de pagos — Guerrero
  hn('h17-es-attorney-hn-sin-abogados', 'es', 'call', 'attorney', ['wants_plan'], [
    "{hi_es}no, yo no quiero meterme con abogados, nomás quiero pagar por mes.",
    "No tengo abogado ni lo necesito. ¿Me dejan pagar {amount_es} al mes?",
    "Mi cuñado dice que busque abogado, pero yo prefiero hacer un plan de pagos con ustedes.",
    "Aquí no hay demandas ni nada, quiero arreglarme en pagos.",
    "Sin abogados, ¿eh? Póngame en un plan mensual.",
  ]),

  // attorney HN: poder notarial (no es abogado) — hija cubana
  hn('h17-es-attorney-hn-poder-notarial', 'es', 'portal', 'attorney', ['bill_confusion'], [
    "{hi_es}tengo poder notarial de mi madre. Necesito la factura detallada de su ingreso de junio.",
    "Soy la apoderada de mi papá y no entiendo los cargos de farmacia. ¿Me los explican?",
    "Adjunto el poder que me dio mi abuela. ¿Qué significa 'observación' en su cuenta?",
    "Como representante con poder de mi tía, quiero saber qué es cada cargo.",
    "Tengo el power of attorney de mi mamá y quiero entender por qué hay tantos cobros de laboratorio.",
  ]),

  // attorney HN: chiste sobre abogados — Córdoba
  hn('h17-es-attorney-hn-chiste-cordoba', 'es', 'chat', 'attorney', ['bill_confusion'], [
    "jaja voy a tener que contratar un abogado para entender esta factura. ¿Qué es 'servicios auxiliares'?",
    "Che, ni un abogado entiende esto. ¿Me explican el cobro de {amount_es}?",
    "Esta factura parece un contrato, qué tal. ¿Qué son estos códigos?",
    "No necesito abogado, necesito un traductor 😅 ¿Qué quiere decir 'honorarios profesionales'?",
    "Mi viejo dice que para leer esta letra chiquita hay que ir a la facultad de derecho. ¿Me la desglosan?",
  ]),

  // attorney HN: tiene abogado, pero de otra cosa (inmigración) — hondureño
  hn('h17-es-attorney-hn-inmigracion', 'es', 'call', 'attorney', [], [
    "{hi_es}tengo abogado, pero es de inmigración, nada que ver con la cuenta. Esto lo arreglo yo.",
    "Mi abogado solo me lleva el asilo; lo del hospital lo veo yo.",
    "La abogada que tengo es para lo de la custodia, no para esto.",
    "No, el licenciado no tiene nada que ver con el hospital, él me ayuda con los papeles de la residencia.",
    "Sí tengo un abogado, pero para mi caso en la corte de inmigración. De esta cuenta me encargo yo.",
  ]),

  // bankruptcy HN: rechaza la idea, quiere plan — techador oaxaqueño en Oklahoma
  hn('h17-es-bankruptcy-hn-nada-de-quiebras', 'es', 'call', 'bankruptcy', ['wants_plan'], [
    "{hi_es}no pienso irme a la quiebra por una cuenta de hospital; mejor la pago por mes.",
    "¿Bancarrota yo? No, señor. Yo pago lo que debo, nomás quiero hacerlo en abonos.",
    "Mi compadre me dijo que me declarara en bancarrota; le dije que no, que prefiero un plan de pagos.",
    "Nada de quiebras. Póngame pagos mensuales y ya.",
    "Antes que bancarrota, plan de pagos. ¿Cuánto sería al mes?",
  ]),

  // bankruptcy HN: quebró la empresa — caraqueña
  hn('h17-es-bankruptcy-hn-quebro-empresa', 'es', 'portal', 'bankruptcy', ['hardship'], [
    "{hi_es}la empresa donde trabajaba se declaró en quiebra y nos dejaron sin pagar las últimas quincenas. No tengo cómo pagar ahora.",
    "La compañía de mi esposo quebró y estamos sin ingresos.",
    "El restaurante donde trabajaba cerró por bancarrota. Estoy desempleada y no me alcanza.",
    "Mi patrón se fue a la bancarrota y nos despidió a todos. Ahorita no tengo.",
    "En Venezuela perdimos todo cuando quebró el negocio familiar, y aquí apenas empiezo; no puedo pagar esto todavía.",
  ]),

  // bankruptcy HN: lo niega — puertorriqueño en Orlando
  hn('h17-es-bankruptcy-hn-nunca-me-declare', 'es', 'call', 'bankruptcy', [], [
    "{hi_es}no, yo no estoy en bancarrota, ¿por qué me preguntan eso?",
    "Nunca me he declarado en quiebra, se equivocaron.",
    "¿Quiebra? Para nada, mano. Debe ser otra persona.",
    "En su sistema dice que tengo una bancarrota, y nunca he presentado nada.",
    "No, el que se declaró en quiebra fue mi excuñado, no yo.",
  ]),

  // bankruptcy HN: preguntas y una bancarrota ya terminada — Yakima
  hn('h17-es-bankruptcy-hn-preguntas-yakima', 'es', 'chat', 'bankruptcy', [], [
    "{hi_es}¿la bancarrota borra las deudas médicas? pregunto por curiosidad nada más",
    "Hace años pasé por una bancarrota, pero eso ya terminó. Solo quiero actualizar mi dirección.",
    "Un amigo está pensando en bankruptcy, ¿ustedes lo reportan al crédito? Pregunto por él.",
    "¿Qué pasa con una cuenta si alguien se declara en quiebra? Es para entender.",
    "Mi bankruptcy fue en 2014, ya se acabó hace mucho; esto es otra cosa, nomás quiero cambiar mi teléfono en el archivo.",
  ]),

  // deceased HN: se murió el celular — sonorense
  hn('h17-es-deceased-hn-se-murio-cel', 'es', 'sms', 'deceased', ['callback_later'], [
    "se me murió el cel, llámenme {time_es}",
    "perdón, se me murió la pila, márqueme otra vez en la tarde",
    "el teléfono se me apagó, me pueden llamar mañana?",
    "mi cel estaba muerto todo el día, llamen después de las 5",
    "se me murió la batería a media llamada, me vuelven a llamar en una hora?",
  ]),

  // deceased HN: muerte de hace años, la cuenta es suya — viuda en Murcia
  hn('h17-es-deceased-hn-hace-anos-murcia', 'es', 'call', 'deceased', ['wants_plan'], [
    "{hi_es}mi padre falleció hace años, pero esta cuenta es mía, de mi operación. ¿Puedo pagarla a plazos?",
    "Soy viuda desde hace mucho; la factura es mía y quiero pagarla poco a poco.",
    "Mi madre murió en 2018 y por eso conozco el hospital, pero esto es mío. Quiero un plan de pagos.",
    "No llamo por ningún fallecido, la paciente soy yo y estoy vivita. Quiero pagar por meses.",
    "Mi marido murió hace diez años; la cuenta está a mi nombre y quiero fraccionar el pago.",
  ]),

  // deceased HN: muerte figurada — cubana confundida
  hn('h17-es-deceased-hn-me-va-a-matar', 'es', 'chat', 'deceased', ['bill_confusion'], [
    "casi me muero cuando vi el total. ¿Qué es 'trauma activation'?",
    "esta cuenta me va a matar, chico. ¿Qué son las 'unidades de anestesia'?",
    "me quedé muerta con la factura 💀 ¿qué es 'nivel 5'?",
    "por poco me da un infarto con este bill, explíquenme qué es cada cosa",
    "mi esposo dijo 'sobre mi cadáver' jaja. ¿Me mandan el desglose?",
  ]),

  // deceased HN: la mamá sobrevivió — San Pedro Sula
  hn('h17-es-deceased-hn-mama-viva', 'es', 'call', 'deceased', [], [
    "{hi_es}no, mi mamá no falleció, gracias a Dios salió de terapia intensiva y está en la casa.",
    "Ella está viva. Me llegó una carta a nombre de 'la sucesión' y eso es un error.",
    "Mi mamá sobrevivió, estuvo intubada pero ya salió. No manden nada a nombre de un difunto.",
    "Creo que la confundieron con la señora de la otra cama, que sí murió. Mi madre está vivita.",
    "Está muy viva mi mamá, y ella misma les va a llamar cuando se reponga.",
  ]),

  // deceased HN: línea muerta, queja — Chile
  hn('h17-es-deceased-hn-linea-muerta', 'es', 'call', 'deceased', ['complaint'], [
    "{hi_es}cada vez que llamo la línea queda muerta y nadie me devuelve la llamada. Quiero hablar con un supervisor.",
    "Estoy muerta de cansancio de esperar en línea. Voy a poner un reclamo.",
    "El chat se muere cada vez que me transfieren, y la ejecutiva nunca llamó como prometió. Quiero dejar constancia de esto.",
    "Cuarenta minutos de silencio sepulcral y después me cortan. Páseme con la jefatura.",
    "Me mandan a un callejón sin salida en el menú. Quiero presentar una queja formal.",
  ]),
];
