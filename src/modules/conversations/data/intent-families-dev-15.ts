/**
 * Set: dev15 (training set), PREFIX d15.
 *
 * Written apart by a helper that opened no other intent-family file and nothing under docs/:
 * every utterance below was written from scratch for this set.
 *
 * UTC start: 2026-12-07T23:15:30Z
 * UTC end:   2026-12-07T23:22:25Z
 *
 * Voices: Detroit and Cleveland callers (laid-off plant worker, East Cleveland grandmother,
 * Parma identity-theft victim), a Hmong elder with a grandson translating, a Brazilian-Portuguese
 * speaker writing in English, long COVID patients, a restaurant cook working doubles, snowbird
 * retirees in Florida, a pastor's wife, a union steward, a hospital employee billed by her own
 * hospital, a mother of twins in the NICU, an executor who is a CPA, a trucker's brother, a
 * paralegal, a court reporter; Spanish from Mexico (Monterrey, Puebla, Oaxaca), Cuba, Venezuela
 * (Maracaibo), Ecuador (Guayaquil), Argentina, Spain (Barcelona), Colombia (Medellín), Dominican
 * Republic, El Salvador (Houston), Honduras, Guatemala (a K'iche' mother with her daughter
 * writing), Chile, Peru, Bronx Spanglish and Orlando Puerto Rican Spanglish.
 * Media: call transcripts, SMS, web chat, patient-portal messages and letters.
 */
import { family as f, hardNegative as hn, type IntentFamily } from './intent-families.js';

export const DEV_15_FAMILIES: IntentFamily[] = [
  // ───────────────────────────── ENGLISH: positives ─────────────────────────────

  // Detroit man, went in for stitches, billed for a CT scan
  f('d15-en-dispute-detroit-never-had-ct', 'en', 'call', ['dispute'], [
    "{hi}Yeah, I'm looking at this bill for a CT scan, and I ain't never had no CT scan at y'all hospital.",
    "I went in for stitches on my hand. Stitches. Where's a CT coming from? That's not mine, take it off.",
    "Nah, I'm not paying for something that didn't happen. I was in and out of there in forty minutes.",
    "You can pull the chart, ain't no scan on it. I'm telling you that charge is bogus.",
    "Whoever got that CT, it wasn't me, man. Run it back and look at it again.",
    "I'll pay for the stitches, fine, but that {amount} for the scan, I don't owe that, period.",
  ]),

  // Hospital employee (patient transport) double-billed by her own hospital
  f('d15-en-dispute-employee-duplicate', 'en', 'portal', ['dispute'], [
    "I work in patient transport here, so trust me, I know how this system works, and I've been charged twice for the same ultrasound on March 3.",
    "There are two identical line items, same CPT code, same date, same time stamp. One of them needs to come off.",
    "I'm a staff member and I was billed double for one visit. Please reverse the duplicate charge.",
    "The second lab panel charge is a duplicate. I only had blood drawn once. I was there, I'm the one with the bruise.",
    "I don't owe the balance you're showing. It's the same visit posted twice. Please correct it.",
    "Ironic that I watch this happen to patients all day. Duplicate charge on my own account this time, and I'm not paying it twice.",
  ]),

  // Parma / Cleveland man, wallet stolen, identity theft
  f('d15-en-dispute-cleveland-identity-theft', 'en', 'call', ['dispute'], [
    "{hi}Somebody's been using my name. I've never been a patient at your hospital. I live in Parma and that ER visit says Lorain.",
    "I filed a police report with Cleveland PD already. That account is fraud, it is not mine.",
    "My wallet got stolen down in the Flats back in August and now I'm getting medical bills. Those are not my visits.",
    "The date of birth on there is off by a year and the address is an apartment I never lived in. That's identity theft.",
    "I'm not paying a dime on that. I want it off my credit and I want it flagged as fraud.",
    "I'll send you the FTC identity theft report. Somebody else got treated under my name, not me.",
  ]),

  // Union steward, formal validation letter
  f('d15-en-dispute-union-steward-validation', 'en', 'portal', ['dispute'], [
    "To whom it may concern: pursuant to the FDCPA, I am requesting validation of the alleged debt referenced in your letter dated October 2. Provide proof that I owe it.",
    "As a union steward I've walked a lot of members through this, so I know my rights. I dispute this debt and I want written verification before any further collection.",
    "I do not recognize this balance. Send me proof of the debt, the name of the original creditor and whatever agreement I supposedly signed.",
    "Until you validate this debt in writing, I consider it disputed.",
    "This letter is my formal dispute. The amount you list is not what I owe, and I want documentation showing how you arrived at it.",
    "Consider this account disputed in full, and report it to the credit bureaus as disputed.",
  ]),

  // Mother of twins in the NICU, billed for a third baby / wrong twin
  f('d15-en-dispute-nicu-twins-wrong-baby', 'en', 'chat', ['dispute'], [
    "hi my twins were in the NICU and I'm being billed for three newborn accounts. I had two babies. Two.",
    "Baby A never had the surgery, it was Baby B, and you charged both of them for it. One of those is wrong",
    "the phototherapy charge on my son's account is wrong, he never went under the jaundice lights, that was his sister",
    "they billed a circumcision to my DAUGHTER's account lol. obviously that didn't happen, take it off",
    "I'm not paying for a 3rd baby that doesn't exist",
    "these numbers aren't right, they charged 41 NICU days for Twin A and she came home on day 19",
  ]),

  // Restaurant line cook working doubles: stop calling the restaurant
  f('d15-en-cease-cook-dont-call-work', 'en', 'call', ['cease_communication'], [
    "{hi}Look, do not call the restaurant again. My manager picked up and I'm standing on the line with eight tickets.",
    "You called the kitchen phone three times on a Saturday night. Don't call my job. Ever.",
    "I'm a line cook, I work doubles, I can't be getting collection calls at work. Take that number off.",
    "Don't call me at Nicky's no more. That's my job's phone, not mine.",
    "My boss said if another bill collector calls the restaurant he's writing me up. Stop calling there.",
    "Take the restaurant number off my file, I'm serious.",
  ]),

  // SMS opt-outs, several people
  f('d15-en-cease-sms-stop-texting', 'en', 'sms', ['cease_communication'], [
    "STOP",
    "stop texting me",
    "Remove this number. No more texts.",
    "quit txting me pls",
    "unsubscribe. do not message this number again",
    "no more messages from yall",
    "STOP STOP STOP",
  ]),

  // Snowbird retiree in Sarasota: letters only, no calls
  f('d15-en-cease-snowbird-letters-only', 'en', 'portal', ['cease_communication'], [
    "I'm 78 and spend winters in Sarasota. I do not want telephone calls. Put anything you need to say in writing.",
    "Please do not phone me at either the Michigan or the Florida number. Mail only, to the Venice, FL address until April.",
    "My wife and I are retired and these calls are upsetting her. Correspond by letter only, please.",
    "I'll respond to letters. I will not respond to phone calls, so don't make them.",
    "No more robocalls to the condo. Written correspondence only from here on.",
    "I have asked twice now: no phone calls. Send mail.",
  ]),

  // Pastor's wife: collectors called the church, rude agent
  f('d15-en-cease-complaint-pastors-wife', 'en', 'call', ['cease_communication', 'complaint'], [
    "{hi}This is Mrs. Whitfield, my husband pastors Greater Hope. One of your collectors called the church office and told our secretary my business. That is not acceptable, and you need to stop calling the church.",
    "The young man on the phone was flat-out disrespectful to me. I want his supervisor, and I don't want any more calls from your company.",
    "You called during Wednesday night service, twice. Stop calling the church line, and I want to speak to a manager about how I was talked to.",
    "I have been nothing but polite and your agent hung up on me. I'm filing a complaint, and I'm asking you to stop calling my home.",
    "Do not call the parsonage again. And I will be reporting the way your people talk to folks.",
    "Lord knows I've been patient. But the last woman I spoke to was rude as can be. No more calls, and get me a supervisor.",
  ]),

  // Long COVID patient with a disability attorney handling medical debt
  f('d15-en-attorney-long-covid-counsel', 'en', 'portal', ['attorney'], [
    "I have long COVID, and my attorney is handling all of my medical debt right now. Please direct any questions about this account to her office.",
    "My lawyer, Dana Kessler, represents me regarding this balance. Please contact her, not me.",
    "I'm represented by counsel on this matter. I've attached the letter of representation.",
    "Brain fog makes phone calls really hard for me, which is part of why I retained an attorney for these bills. Please work with him.",
    "I've hired a lawyer for the bills from my 2022 admission. She'll be reaching out.",
    "Please note this account is being handled by my attorney at Legal Aid.",
  ]),

  // Cleveland caller, getting a lawyer
  f('d15-en-attorney-cleveland-lawyering-up', 'en', 'call', ['attorney'], [
    "{hi}I'm done going back and forth. I'm getting a lawyer Monday morning.",
    "You know what, my cousin practices downtown on Euclid, I'm having him handle this.",
    "I already called a lawyer about this bill. He said don't say nothing else to you.",
    "Y'all want to play games, I'll get an attorney and we'll see.",
    "I'm gonna lawyer up. Whatever you need to tell me, tell my lawyer.",
    "I got an appointment with an attorney {time}. After that you'll be hearing from her.",
  ]),

  // Short texts pointing to a lawyer
  f('d15-en-attorney-sms-short', 'en', 'sms', ['attorney'], [
    "contact my attorney",
    "I have a lawyer. talk to him",
    "my atty is handling this one",
    "lawyer has all the paperwork, call his office",
    "retained counsel. direct inquiries to Brenner & Cho LLP",
    "pls reach out to my lawyer instead, number is 216-555-0148",
  ]),

  // Wife with a malpractice case over her husband's surgery
  f('d15-en-attorney-malpractice-case', 'en', 'chat', ['attorney'], [
    "Hello. We have an open malpractice case against the hospital over my husband's surgery, and our lawyer told us not to discuss this bill. Please contact his office.",
    "We have retained an attorney regarding the care my mother received. Any questions on these charges should go to him.",
    "Our lawyer is reviewing every charge from that stay. I'm not going to discuss it further in chat.",
    "I'm suing over what happened in the OR. My attorney will be in touch about this balance.",
    "Our law firm sent your risk management department a letter last week. Please route this account to them.",
    "Not discussing this without my lawyer. Her name is in the letter we sent.",
  ]),

  // Detroit couple in Chapter 13
  f('d15-en-bankruptcy-detroit-ch13', 'en', 'call', ['bankruptcy'], [
    "{hi}We filed Chapter 13 in the Eastern District back in June. This bill should be in the plan.",
    "I'm in a Chapter 13. I got a trustee and everything. Y'all was listed as a creditor.",
    "Hold on, I'm in bankruptcy right now. There's an automatic stay on this.",
    "My case number is 24-41877, Detroit. Talk to the trustee.",
    "Me and my wife filed bankruptcy after the plant layoffs. This hospital bill is in there.",
    "I'm in the middle of a Chapter 13, I make my trustee payment every month. This is included.",
  ]),

  // Cook texting, weighing bankruptcy
  f('d15-en-bankruptcy-weighing-ch7-sms', 'en', 'sms', ['bankruptcy'], [
    "thinking about filing ch 7 honestly. can u hold off til i decide",
    "looking into bankruptcy rn, dont send it to collections yet",
    "im probably gonna have to file bankruptcy. just so yall know",
    "considering bankruptcy, pls pause this account",
    "might file chapter 7 after the new year, whats the point in paying now",
    "bankruptcy is on the table for me rn",
  ]),

  // Formal bankruptcy notice uploaded to the portal
  f('d15-en-bankruptcy-formal-notice', 'en', 'portal', ['bankruptcy'], [
    "NOTICE OF BANKRUPTCY FILING: The account holder filed a voluntary petition under Chapter 7 on September 14. Case no. 2:24-bk-11803.",
    "I received a discharge in my Chapter 7 case last month. This debt was included in the schedules.",
    "Please be advised that I have filed for bankruptcy protection. The hospital is listed on Schedule E/F.",
    "My Chapter 7 petition was filed in the Northern District of Ohio. The 341 meeting is scheduled for next month.",
    "This account was included in my bankruptcy. I can upload the discharge order if you need it.",
    "Filed for bankruptcy 11/2. Your account is listed. Trustee information attached.",
  ]),

  // Couple with a bankruptcy attorney
  f('d15-en-bankruptcy-attorney-chat', 'en', 'chat', ['bankruptcy', 'attorney'], [
    "We filed bankruptcy last week and our bankruptcy attorney is Ray Nowak. Please contact him about this balance.",
    "I'm in Chapter 13 and represented by counsel. My lawyer's info is on the petition.",
    "My attorney is filing my Chapter 7 on Friday. Please call her office with any questions.",
    "Talk to my bankruptcy lawyer. We're filing this month and your hospital is on the list.",
    "I have an attorney handling my bankruptcy case, and your account's in it.",
  ]),

  // Executor who is a CPA
  f('d15-en-deceased-cpa-executor', 'en', 'portal', ['deceased'], [
    "I am the executor of the Estate of Harold J. Brandt, who died on August 22. Please update the account to reflect his death and address the estate going forward.",
    "As personal representative of my late father's estate, I'm notifying you of his death. Claims against the estate should be submitted to the probate court in Cuyahoga County.",
    "The patient passed away on 3/14. Letters testamentary are attached. Please address all correspondence to the estate.",
    "Mr. Brandt is deceased. I keep the estate's books myself, I'm a CPA, and valid creditor claims will be paid in the order Ohio law requires.",
    "Please note the guarantor on this account died in hospice in October. I'm the named executor.",
    "My mother's death certificate is attached. I am her executor, and the claim needs to be filed with the estate, not sent to me personally.",
  ]),

  // Hmong grandmother, grandson translating on the phone
  f('d15-en-deceased-hmong-grandson-translating', 'en', 'call', ['deceased'], [
    "{hi}I'm calling for my grandma, she only speaks Hmong. She says my grandpa passed away in May, these bills are his.",
    "My grandmother wants you to know my grandfather died. She keeps getting letters with his name on them.",
    "Sorry, I'm translating. She's saying my grandpa is gone, he died at the hospital after the stroke.",
    "She says she doesn't understand why you still call for him when he already passed.",
    "My grandpa, Tou Vang, he died. That was his account. My grandma is asking what happens now.",
    "We had the funeral in St. Paul last month. The bill is for my grandfather who passed.",
  ]),

  // Short texts from family
  f('d15-en-deceased-sms-family', 'en', 'sms', ['deceased'], [
    "this is his daughter. he passed away in jan",
    "Mom died last week. Please update your records.",
    "The person you're texting about is deceased",
    "my husband passed. this was his phone",
    "Rodney passed away in September",
    "she's gone. died in hospice",
  ]),

  // Brother of a trucker killed on the road
  f('d15-en-deceased-trucker-brother', 'en', 'chat', ['deceased'], [
    "hey my brother was the patient on this account, he died on the road out in Wyoming, the ambulance bill is his",
    "Just letting you know Marcus is deceased. I'm his brother, I'm handling his stuff.",
    "He passed in the crash. No wife or kids, it's just me trying to sort out his mail.",
    "My brother died before he ever saw this bill. Who do I send the death certificate to?",
    "The account holder passed away. I've got his phone and I keep seeing your messages.",
  ]),

  // Widow at the funeral home, asks to be called later
  f('d15-en-deceased-callback-funeral-week', 'en', 'call', ['deceased', 'callback_later'], [
    "{hi}My husband passed on Sunday and I'm at the funeral home right now. Can you call me back next week?",
    "He died four days ago. I can't do this today. Call me after the service, maybe Monday.",
    "This was my dad's account, he just passed. Please try me again {time}, I'm with family.",
    "Mama died Tuesday. I'll deal with the hospital bills, but call me back after the burial.",
    "She's gone, we lost her Friday. Give me a week and call me back then.",
  ]),

  // Mother of NICU twins: cannot afford it right now
  f('d15-en-hardship-nicu-mom', 'en', 'portal', ['hardship'], [
    "My twins have been in the NICU for six weeks. I'm on unpaid leave and my husband's hours got cut. We just can't pay this right now.",
    "I want to be honest: between gas to the hospital every day and pumping supplies, there's nothing left for this bill.",
    "We're barely keeping the lights on while the babies are in the hospital. I can't afford a payment this month.",
    "I have two preemies and one income. This balance is impossible for us at the moment.",
    "Please understand I'm not ignoring you. I have no money until I go back to work.",
    "Our savings are gone. Parking at the NICU alone is eating what little we have.",
  ]),

  // Brazilian-Portuguese speaker writing in English: already paid
  f('d15-en-already-paid-brazilian', 'en', 'chat', ['already_paid'], [
    "Hello, good afternoon. I already made the payment of this bill on the day 5, by the portal. I have the receipt.",
    "I paid it already, yes. The value was debited from my account, I can send the print of the screen.",
    "Please verify, it is appearing again as open but I made the payment last month, all of it.",
    "I paid in the reception, in cash, and the lady gave me a paper. So it is paid.",
    "Is already paid since October. My bank shows the debit.",
    "The payment was made with my credit card by telephone with one of your attendants. Already paid, obrigada.",
  ]),

  // East Cleveland grandmother with a 22-year-old landline
  f('d15-en-wrong-person-east-cleveland', 'en', 'call', ['wrong_person'], [
    "{hi}Baby, there's no Keisha at this number. You got the wrong house.",
    "I've had this number twenty-two years and I don't know no Darnell Price.",
    "You keep calling for a Tamika. Ain't no Tamika here. Wrong number.",
    "I'm not who you're looking for. My name's Lorraine and I've never heard of that man.",
    "This is a landline in East Cleveland, sweetheart, and whoever that is, they don't live here.",
    "Wrong person. I don't know her, never did.",
  ]),

  // Union steward setting up payments for himself
  f('d15-en-plan-union-steward', 'en', 'call', ['wants_plan'], [
    "{hi}I'm a steward with the autoworkers and I'd like to set up a payment arrangement on this balance.",
    "Can we split this into monthly payments? I can do {amount} every month.",
    "I want to pay it, I just need it broken up. Twelve months would work.",
    "What's the smallest monthly payment you'll take on this?",
    "Put me on an installment plan and set it to come out the Friday after payday.",
    "Can I do {amount} now and the rest over the next six months?",
  ]),

  // Long COVID patient asking about financial assistance
  f('d15-en-assistance-long-covid', 'en', 'portal', ['wants_assistance'], [
    "I've heard the hospital has a charity care program. How do I apply? I've been seen at the long COVID clinic for two years.",
    "Do I qualify for financial assistance? Please send me the application.",
    "Is there any kind of discount for patients who are on disability?",
    "Can someone screen me for your financial aid policy?",
    "Is there a sliding scale for follow-up visits at the post-COVID clinic?",
    "Please mail the financial assistance application to my address on file.",
  ]),

  // Snowbird retiree puzzled by a facility fee
  f('d15-en-confusion-snowbird-facility-fee', 'en', 'chat', ['bill_confusion'], [
    "{hi}What in the world is a facility fee? I saw the doctor for fifteen minutes.",
    "Can you send me an itemized bill? I can't make heads or tails of this statement.",
    "There's a code on here, 99285. What does that mean?",
    "I don't understand why the balance went up when I haven't been back since February.",
    "What's this line that says 'misc supplies' for $212?",
    "Why are there three different bills for one emergency room visit?",
  ]),

  // Hospital employee: her own employee plan should have paid
  f('d15-en-insurance-employee-plan', 'en', 'portal', ['insurance_should_pay'], [
    "I'm on this hospital's own employee health plan. This should have been billed to it, but it shows self-pay.",
    "You billed me directly instead of my insurance. My card's been on file since I was hired.",
    "The claim went to my old Aetna plan. My coverage through the hospital started January 1.",
    "My EOB says the claim was never received. Please submit it to Blue Cross.",
    "This is an in-network service under our employee plan. Insurance should be covering it.",
    "Please rebill with the correct member ID. The claim denied because the number was typed wrong on your end.",
  ]),

  // Cook working doubles: call me later
  f('d15-en-callback-cook-doubles', 'en', 'sms', ['callback_later'], [
    "in the middle of a double, call me after 11pm",
    "cant talk rn im on the line. call {time}",
    "can u call back monday, thats my only day off",
    "hit me up after my shift ends around 10",
    "busy til late. try me {time}",
    "call me tmrw morning before 10am, i go in at 11",
  ]),

  // Detroit woman, rude collector, wants a supervisor
  f('d15-en-complaint-rude-collector', 'en', 'call', ['complaint'], [
    "{hi}The last guy I talked to called me a deadbeat. I want a supervisor on this phone right now.",
    "I'm reporting y'all to the CFPB. Your agent threatened to have me arrested.",
    "She laughed at me when I said I couldn't pay. That's not okay. Who's her manager?",
    "I've been on hold fifty minutes and transferred five times. This is ridiculous, I want to file a complaint.",
    "Your rep was yelling at my elderly mother. Give me your manager's name.",
    "I'm calling the Better Business Bureau. The way y'all treat people is disgusting.",
  ]),

  // Laid-off Detroit plant worker: can't afford, wants small payments
  f('d15-en-hardship-plan-laid-off-detroit', 'en', 'call', ['hardship', 'wants_plan'], [
    "{hi}I got laid off from the Jefferson plant in March. I can't pay it all, but can we do like {amount} a month?",
    "Money's real tight right now, unemployment barely covers rent. Can you put me on payments?",
    "I can't afford the whole thing. Could we break it into small payments?",
    "I'm between jobs. I want to take care of it, just monthly, something small.",
    "Can't swing it all at once with the kids and no job. Payment plan?",
    "I'm behind on everything. If you let me pay {amount} every two weeks I'll get it done.",
  ]),

  // Hmong elder on SSI, grandson writing for her
  f('d15-en-assistance-hardship-hmong-elder', 'en', 'portal', ['wants_assistance', 'hardship'], [
    "I'm writing for my grandmother, who only speaks Hmong. She lives on SSI and can't pay this. Does the hospital have financial help for her?",
    "My grandma has no income except a small check. Can she apply for charity care?",
    "She can't afford any of this. Is there a program for low-income elders?",
    "Grandma asked me to ask if there's a discount, because she has no money to pay.",
    "She gets $943 a month and rent takes most of it. Please send the financial assistance form.",
    "Our family can't cover this for her. Can you check if she qualifies for your assistance program?",
  ]),

  // Snowbird on Medicare: insurance should pay, and the bill is confusing
  f('d15-en-insurance-confusion-medicare-snowbird', 'en', 'portal', ['insurance_should_pay', 'bill_confusion'], [
    "I'm on Medicare with a Plan G supplement, so this should be covered. What exactly is this $480 for?",
    "My supplement pays the 20%. Can someone explain what this charge is, and why it wasn't sent to them?",
    "I was seen at the urgent care in Naples and Medicare should have covered it. I don't understand what 'patient responsibility' means here.",
    "This should have gone to my Humana plan. Also, what are these three codes on the second page?",
    "Your statement confuses me. It says insurance paid zero, but I have Medicare Part B, which should pay most of it.",
  ]),

  // Detroit woman who already paid and got attitude
  f('d15-en-already-paid-complaint', 'en', 'call', ['already_paid', 'complaint'], [
    "{hi}I paid this in full in July, I have the confirmation number, and your lady still had an attitude with me. I want a supervisor.",
    "It's paid! I paid it at the cashier window. And the way the last man talked to me was out of line.",
    "I already paid this and y'all keep calling like I'm a criminal. I want to file a complaint.",
    "Paid, paid, paid. Check your records. And tell your manager his people need some manners.",
    "I paid online on the 3rd and your collector called me a liar. Put your supervisor on.",
  ]),

  // Hospital employee on shift: call me later
  f('d15-en-callback-employee-on-shift', 'en', 'chat', ['callback_later'], [
    "I'm on the floor until 7, can someone call me after that?",
    "Can't talk during my shift. Please call {time}.",
    "I work nights in the ED. Best time to reach me is around 3 in the afternoon.",
    "Please call me back tomorrow, I'm stuck in a training all day.",
    "Can billing call me on my lunch break, around 12:30?",
  ]),

  // Not my debt, stop texting
  f('d15-en-dispute-cease-sms', 'en', 'sms', ['dispute', 'cease_communication'], [
    "this is not my debt. stop texting me",
    "i dont owe yall anything so quit messaging me",
    "never been to that hospital. remove my number",
    "that bill isnt mine. dont contact me again",
    "wrong amount and not even my visit. no more texts",
  ]),

  // Wrong number, and stop texting
  f('d15-en-wrong-person-cease-sms', 'en', 'sms', ['wrong_person', 'cease_communication'], [
    "wrong number. stop texting this phone",
    "i'm not Brianna. take me off your list",
    "no idea who that is. dont text me again",
    "new number, not the person you want. please stop",
    "you have the wrong person, remove this number",
  ]),

  // Plain talk, no intent
  f('d15-en-plain-talk', 'en', 'chat', [], [
    "ok thank you",
    "Hello? Is anyone there?",
    "What are your office hours on Saturday?",
    "got it, appreciate you",
    "Sorry, can you repeat that? The line cut out.",
  ]),

  // ───────────────────────────── ENGLISH: hard negatives ─────────────────────────────

  // Dispute: explicitly not disputing, wants a plan
  hn('d15-en-dispute-hn-not-disputing-plan', 'en', 'call', 'dispute', ['wants_plan'], [
    "{hi}I'm not disputing anything, I know it's mine. I just want to pay it off in chunks.",
    "Yeah, the charge is right, no argument there. Can we do monthly?",
    "I'm not saying I don't owe it. Can you set me up with installments?",
    "I'm not calling to fight the bill. I'd like a payment arrangement.",
    "It's legit, I was there, I got the X-ray. I need it split over a few months though.",
    "No dispute, no complaints. Just payments, please.",
  ]),

  // Dispute: third parties and curiosity
  hn('d15-en-dispute-hn-third-party-curious', 'en', 'chat', 'dispute', [], [
    "My coworker disputed her ER bill and it took months. Mine's correct, I was just curious how that works.",
    "Just wondering, what's the dispute process in general? My bill's fine, I'm writing a paper on medical debt for class.",
    "My sister got a duplicate charge taken off hers. I checked mine and it's all good.",
    "Saw a TikTok about disputing medical bills lol. Mine looks correct honestly.",
    "My roommate is fighting a bill with you guys. It's hers, not mine, my account is fine.",
  ]),

  // Dispute: owes it, just confused
  hn('d15-en-dispute-hn-owes-but-confused', 'en', 'portal', 'dispute', ['bill_confusion'], [
    "I'm not questioning that I owe it. I just don't know what 'observation status' means on this bill.",
    "I know these charges are mine. Can you explain what each one is for?",
    "Not disputing, I'd just like an itemized statement for my own records.",
    "I was there, I got the care, I'm not arguing that. But what is the $300 'level 4' fee?",
    "The amount is probably right. I just don't understand how it was calculated.",
    "I'm not claiming anything's wrong. What does 'CHG ADJ' mean on line 6?",
  ]),

  // Dispute: owes it, broke
  hn('d15-en-dispute-hn-owes-but-broke', 'en', 'sms', 'dispute', ['hardship'], [
    "i know i owe it, not denying that. i just dont have the money rn",
    "its my bill fair and square but im broke till further notice",
    "not saying it isnt mine. lost my job and cant pay it",
    "yes i was there yes i got treated. no i cant afford it",
    "i owe it i get it. rent comes first tho and theres nothing left",
  ]),

  // Dispute: sarcasm about prices, then accepts it
  hn('d15-en-dispute-hn-sarcastic-accepts', 'en', 'chat', 'dispute', ['wants_plan'], [
    "Oh sure, $38 for a Tylenol, bargain of the century. Anyway it's mine, can I pay it monthly?",
    "Love paying hotel prices for a hallway bed. Kidding. It's my bill, set me up on payments.",
    "Great, a bill with more digits than my paycheck. Yes it's correct. Installments please.",
    "Wow, gold-plated ice chips I guess. Whatever, I owe it. Can we do a plan?",
    "Ten bucks for a cup of juice, lol. Fine, it's accurate. Break it up over 6 months?",
  ]),

  // Cease: asks for MORE contact, at a better time
  hn('d15-en-cease-hn-keep-calling', 'en', 'sms', 'cease_communication', ['callback_later'], [
    "pls dont stop calling lol i keep missing you. try me again after 6",
    "you can keep calling, just call after my shift at 4",
    "i want the calls! i just cant pick up at work. try {time}",
    "keep reaching out, ill answer this time. call me back {time}",
    "dont give up on me haha, call again tomorrow afternoon",
  ]),

  // Cease: 'stop by' in person
  hn('d15-en-cease-hn-stop-by', 'en', 'call', 'cease_communication', [], [
    "{hi}Can I just stop by the billing office and pay in person?",
    "I'll stop by on my lunch break. What are your hours?",
    "If I stop in at the front desk, can they take a check?",
    "Okay, I'll stop over there after I pick up the kids.",
    "Where do I stop in to drop off my paperwork?",
  ]),

  // Cease: autopay stopped, wants the plan back
  hn('d15-en-cease-hn-autopay-stopped', 'en', 'portal', 'cease_communication', ['wants_plan'], [
    "My automatic payments stopped in October. Please restart my payment plan.",
    "The monthly draft stopped going through. I'd like to keep my installment arrangement going.",
    "Don't stop my plan! My card expired. Here's the new one, keep the monthly payments coming out.",
    "My payment plan stopped and I want to continue paying monthly.",
    "The plan quit charging my account. Can we set it back up, same amount each month?",
  ]),

  // Cease: quoting family who want the calls stopped
  hn('d15-en-cease-hn-quoting-family', 'en', 'call', 'cease_communication', [], [
    "My son says just tell y'all to stop calling and hang up. I'm not gonna do that, I'm a grown woman, I handle my business.",
    "My husband wanted me to tell you to quit calling, but honestly I'd rather just talk to you.",
    "Folks online say send a cease letter. I'm not doing that. I just want to know how to pay online.",
    "Everybody says ignore the calls. I'd rather pick up and handle it.",
    "My neighbor told her collector to stop calling. Me, I like to know where I stand.",
  ]),

  // Cease: texting is welcome
  hn('d15-en-cease-hn-texts-welcome', 'en', 'sms', 'cease_communication', [], [
    "texting is way better for me, keep using this number",
    "please send updates by text, I prefer it",
    "this is the best # to reach me. text anytime",
    "yes u can text me here",
    "can you text me the payment link instead",
  ]),

  // Attorney: not getting a lawyer, just confused
  hn('d15-en-attorney-hn-no-lawyer-needed', 'en', 'call', 'attorney', ['bill_confusion'], [
    "{hi}I'm not getting a lawyer over a hundred bucks, I just need somebody to tell me what this charge is.",
    "Nah, no lawyers, nothing like that. What's this 'ancillary' charge?",
    "I'm not trying to sue nobody. I just want the itemized bill.",
    "Don't need an attorney to read a bill. I just need one that makes sense. What's this code?",
    "Not lawyering up or anything, I just can't figure out what these three charges are.",
  ]),

  // Attorney: works in law, needs a later call
  hn('d15-en-attorney-hn-works-in-law', 'en', 'sms', 'attorney', ['callback_later'], [
    "im at the law office til 5, call me after",
    "at the courthouse all day w my boss, call me {time}",
    "work at a law firm and its crazy today. try after 6?",
    "i clean offices at a law firm nights, call me in the morning",
    "in a deposition til 3 (i'm the court reporter lol), call after",
  ]),

  // Attorney: the lawyer is past or unrelated
  hn('d15-en-attorney-hn-past-lawyer', 'en', 'portal', 'attorney', [], [
    "Yes, I had a lawyer for my car accident in 2019, but that's long settled. This bill is unrelated.",
    "The attorney listed on my account is from a case that closed years ago. You can remove her.",
    "I'm no longer represented. Please deal with me directly from now on.",
    "My workers' comp lawyer only handled that claim, not this ER visit.",
    "I used to have a lawyer on this, but he withdrew. Contact me.",
  ]),

  // Attorney: asks whether one is needed, wants a plan instead
  hn('d15-en-attorney-hn-do-i-need-one', 'en', 'chat', 'attorney', ['wants_plan'], [
    "Do I need a lawyer to set up a payment plan? Hope not lol",
    "Someone told me I'd need an attorney to negotiate. Can't I just set up payments with you directly?",
    "Not getting a lawyer involved. Can I just do monthly?",
    "My brother-in-law's an attorney and he says just ask for a plan. So: can I get a payment plan?",
    "I'd rather not bring in an attorney. Let's just do a payment plan.",
  ]),

  // Bankruptcy: figure of speech, broke
  hn('d15-en-bankruptcy-hn-figure-of-speech', 'en', 'sms', 'bankruptcy', ['hardship', 'wants_plan'], [
    "this bill is gonna bankrupt me lol. can i do payments, money is super tight",
    "im broke broke. not bankrupt, just broke. payments?",
    "feel like im going bankrupt paying for this. cant afford it all, monthly plz",
    "$2k for an ambulance ride? yall tryna bankrupt me. i cant pay that, break it up",
    "bankrupt in spirit lol. seriously tho i cant afford it, can i pay small amounts",
  ]),

  // Bankruptcy: old, discharged, or someone else's
  hn('d15-en-bankruptcy-hn-old-discharge', 'en', 'portal', 'bankruptcy', [], [
    "I went through bankruptcy in 2014 and it was discharged long ago. This is a new bill and I'll be paying it.",
    "My credit report still shows an old bankruptcy, but that has nothing to do with this account.",
    "Yes, I filed once, ten years back. Not now, and this isn't part of it.",
    "The bankruptcy flag on my file is outdated. Please remove it, I'm not in bankruptcy.",
    "That bankruptcy was my ex-husband's, from before we married. I'm the patient and I'm not in one.",
  ]),

  // Bankruptcy: refuses to file, wants a plan
  hn('d15-en-bankruptcy-hn-wont-file', 'en', 'call', 'bankruptcy', ['wants_plan'], [
    "{hi}I'm not filing bankruptcy, that's not me. I just need time to pay, like monthly.",
    "Bankruptcy ain't an option for me. Let's figure out a plan.",
    "People keep telling me to file chapter 7. I won't. Set me up with payments.",
    "I don't want to go bankrupt over this, so I'd like to start paying a little each month.",
    "No bankruptcy. I'll pay {amount} a month until it's done.",
  ]),

  // Bankruptcy: questions, hypotheticals, another sense of 'chapter'
  hn('d15-en-bankruptcy-hn-questions', 'en', 'chat', 'bankruptcy', [], [
    "My son filed chapter 13. I didn't co-sign anything, this is my own bill, I'm just asking if his case touches my account.",
    "If a person files bankruptcy, does the hospital get notified automatically? Asking for a coworker.",
    "Hypothetically, if I ever had to file, would medical bills be included? Not planning to, just curious.",
    "I'm on chapter 11 of a budgeting book lol. Not that chapter 11. Just checking my account online.",
    "My neighbor declared bankruptcy and the calls stopped. Good for her, I'm not in that position.",
  ]),

  // Deceased: dead phone battery
  hn('d15-en-deceased-hn-phone-died', 'en', 'sms', 'deceased', ['callback_later'], [
    "sorry my phone died mid call. can u call back {time}",
    "phone about to die, call me back in an hour",
    "my battery's dead basically, call me tomorrow",
    "lol my phone died on me. try again after 4?",
    "dead phone, in the car. call me back later tonight",
  ]),

  // Deceased: parent died long ago, this is my own bill
  hn('d15-en-deceased-hn-parent-long-ago', 'en', 'chat', 'deceased', ['bill_confusion'], [
    "My dad passed years ago, but this bill is mine, same name. Can you explain what the $640 is for?",
    "I'm a Jr. My father died in 2016. This account is mine, I just don't understand the charges.",
    "Mom passed in 2019 and I still get her mail sometimes, but this statement is for me. What is 'pro fee'?",
    "Not calling about my late husband's account, that was settled. This is my own visit and I don't get these codes.",
    "My dad's been gone a long time. This bill is mine. What's the 'level 3 ED' charge?",
  ]),

  // Deceased: 'I almost died', complaint about treatment
  hn('d15-en-deceased-hn-almost-died-complaint', 'en', 'call', 'deceased', ['complaint'], [
    "{hi}I nearly died in your waiting room for nine hours, and now the woman on the phone hangs up on me? I want a supervisor.",
    "I about died of a heart attack and your collector's calling me a liar. Get me a manager.",
    "I could've died in that ER and nobody cared, and now your agent's rude to me. I'm filing a complaint.",
    "I came in half dead and got treated like garbage by the billing lady. Who do I report this to?",
    "Your collector said 'you're not dead, so you can pay.' That's what he said to me. I want his supervisor.",
  ]),

  // Deceased: 'killing me' as a figure, hardship
  hn('d15-en-deceased-hn-killing-me', 'en', 'sms', 'deceased', ['hardship'], [
    "that bill killed me lol. seriously cant pay it right now",
    "this is killing me, every penny goes to rent",
    "dead broke this month. cant pay",
    "im dying over here with these bills, no money",
    "my wallet is dead and buried. nothing till the 15th",
  ]),

  // Deceased: account holder is alive, just busy
  hn('d15-en-deceased-hn-very-much-alive', 'en', 'call', 'deceased', ['callback_later'], [
    "{hi}No, no, he's not dead, he's just at work! Call him after six.",
    "The account holder is my husband, he's very much alive, just on a job site. Try him {time}.",
    "He's fine, he's working a double. Call back tomorrow.",
    "Lord, no, my mama's alive, she's just napping. Call back after three.",
    "He didn't pass, that was his brother. Call him in the evening.",
  ]),

  // Dispute: an old dispute already resolved, calling about something else
  hn('d15-en-dispute-hn-resolved-last-year', 'en', 'call', 'dispute', [], [
    "{hi}I had a dispute open on the old account, but it got fixed. I'm only calling to update my address.",
    "That billing error from last spring was corrected, so I'm good on that. I just need to give you my new phone number.",
    "Y'all already took the wrong charge off back in May, so no dispute anymore. Just wanted to say thanks.",
    "No more dispute, the refund came through. I'm just making sure you have the right email.",
    "The thing I disputed got resolved a while ago. Today I'm only calling to change my mailing address.",
  ]),

  // Cease: words like 'stop' and 'do not contact' printed on the statement
  hn('d15-en-cease-hn-statement-wording', 'en', 'chat', 'cease_communication', ['bill_confusion'], [
    "What does 'service stop date' mean on my statement?",
    "My portal says 'hold - do not contact' next to my balance. What does that mean?",
    "Why does my bill say 'stop-loss adjustment'? What is that?",
    "There's a line that says 'no call/no show fee'. I don't get it, what's that charge?",
    "It says 'communication preference: none' on my statement. Huh? What is that about?",
  ]),

  // Attorney: power of attorney, not a lawyer
  hn('d15-en-attorney-hn-power-of-attorney', 'en', 'call', 'attorney', [], [
    "{hi}I'm her daughter and I hold power of attorney, so you can discuss the account with me.",
    "I've got durable POA for my dad. I'll fax the paperwork so I can handle his bills.",
    "My brother has power of attorney over Mom's finances, but I'm allowed on the account too.",
    "The power of attorney was signed last week. What do you need from me to get added?",
    "I'm Dad's POA, not a lawyer or anything, just his son. He asked me to take care of this.",
  ]),

  // Attorney: jokes about lawyers
  hn('d15-en-attorney-hn-lawyer-jokes', 'en', 'sms', 'attorney', [], [
    "lol guess i need a lawyer just to read this thing. jk, I'll figure it out",
    "haha see you in court. kidding, im paying it today",
    "my lawyer will be in touch (my lawyer is my 9 yr old who reads my mail). anyway got it thx",
    "calling my attorney... jk i dont have one lol. ok thanks for the info",
    "lawyers cost more than this bill lol no thanks",
  ]),

  // Bankruptcy: the employer or landlord went bankrupt; the speaker is broke
  hn('d15-en-bankruptcy-hn-employer-went-under', 'en', 'portal', 'bankruptcy', ['hardship'], [
    "The trucking company I drove for went bankrupt in August and I haven't found work since. I can't pay this right now.",
    "My restaurant closed, the owner filed bankruptcy, and I'm out of a job. There's no money for this bill.",
    "The plant's parent company is in Chapter 11 and we've been furloughed. I can't cover it.",
    "My landlord went bankrupt and we had to move in a hurry. Every dollar went to the new deposit. I can't pay now.",
    "The clinic I worked for filed bankruptcy and my last two paychecks bounced. I'm flat broke.",
  ]),

  // Deceased: someone else died (a pet, a coworker), call later
  hn('d15-en-deceased-hn-someone-else-died', 'en', 'sms', 'deceased', ['callback_later'], [
    "had to put my dog down today, can we talk tomorrow",
    "my cat passed this morning, im a mess. call me later in the week",
    "my coworker passed away and im at the service, call me after 4",
    "at my uncle's funeral today (the patient is me, not him). call tomorrow",
    "we lost my husband's grandma last night, out of town til sunday. call me monday",
  ]),

  // Wrong person: it IS the right person
  hn('d15-en-wrong-person-hn-yes-its-me', 'en', 'call', 'wrong_person', [], [
    "{hi}Yes, this is Denise. Sorry, I thought you had the wrong number at first.",
    "Oh, that's me, I go by my middle name. Go ahead.",
    "I almost said wrong number, but yeah, Jerome is me.",
    "You have the right person, it's just my married name now.",
    "Yeah it's me, this is the right number, I just never pick up unknown numbers.",
  ]),

  // Complaint: explicitly not complaining, wants a plan
  hn('d15-en-complaint-hn-agent-was-lovely', 'en', 'call', 'complaint', ['wants_plan'], [
    "{hi}Not a complaint at all, the woman I spoke to Tuesday was lovely. I'd like to set up the payments she mentioned.",
    "I don't need a supervisor, you've been great. Can we do the monthly arrangement?",
    "No complaints here, honestly. Just put me on installments.",
    "Your coworker was so patient with me last time. I'm calling back to do the payment plan.",
    "I'm not upset with anybody. I just want to pay {amount} a month.",
  ]),

  // ───────────────────────────── SPANISH: positives ─────────────────────────────

  // Monterrey man billed for a CT he never had
  f('d15-es-dispute-monterrey-tomografia', 'es', 'call', ['dispute'], [
    "{hi_es}Oiga, me están cobrando una tomografía que nunca me hicieron, yo nomás fui por unos puntos.",
    "No, pos ese cobro no es mío. Yo ni estuve internado, fui y me regresé el mismo día.",
    "Fíjese bien, porque yo eso no lo debo. Ni conozco a ese doctor.",
    "Me cobraron {amount_es} por algo que no me hicieron, así que no lo voy a pagar, ¿eh?",
    "Está mal la cuenta, mija. Yo fui una sola vez y aquí dice tres visitas.",
    "Ese cargo no me corresponde, quítemelo por favor.",
  ]),

  // Cuban in Hialeah, double-billed
  f('d15-es-dispute-cuba-cobro-doble', 'es', 'chat', ['dispute'], [
    "Mira, asere, me cobraron dos veces la misma consulta, el mismo día y a la misma hora.",
    "Eso está duplicado, chica. Yo fui a una sola consulta, no a dos.",
    "Oye, ¿cómo que dos cargos de laboratorio? Me sacaron sangre una vez nada más, no me cobres dos.",
    "Ese segundo cobro no va, quítenmelo, que eso es un error de ustedes.",
    "Yo no debo eso, compadre. Está repetido.",
    "Me aparece el mismo cargo dos veces. No lo voy a pagar doble.",
  ]),

  // Maracaibo woman in Doral, identity theft
  f('d15-es-dispute-maracaibo-robo-identidad', 'es', 'portal', ['dispute'], [
    "Buenas, mi amor. Alguien usó mis datos, yo nunca he sido paciente de ese hospital.",
    "Me robaron la cartera con la licencia y la tarjeta del seguro en Doral y ahora me llegan facturas que no son mías.",
    "Ya hice la denuncia en la policía. Esa cuenta es fraude, no la reconozco.",
    "Esa dirección no es la mía y la fecha de nacimiento está mal. Eso es robo de identidad, chamo.",
    "No voy a pagar la cuenta de alguien que se hizo pasar por mí.",
    "Quiero que eliminen esa deuda de mi crédito, porque no es mía.",
  ]),

  // Argentine asking for validation
  f('d15-es-dispute-argentina-validacion', 'es', 'portal', ['dispute'], [
    "Solicito por escrito la validación de esta deuda. No reconozco el monto que me están reclamando.",
    "Che, mándenme la prueba de que yo debo esto, porque no tengo idea de dónde sale.",
    "Desconozco esta deuda. Quiero documentación que demuestre que es mía antes de cualquier cobro.",
    "El importe está mal: yo debía mucho menos. Disputo el saldo completo.",
    "No pienso pagar nada hasta que me demuestren que corresponde. Pido verificación de la deuda.",
    "Esta cuenta está en disputa, que quede asentado.",
  ]),

  // Bronx Spanglish: not my bill, and your agent was rude
  f('d15-es-dispute-complaint-bronx', 'es', 'call', ['dispute', 'complaint'], [
    "{hi_es}Mira, ese bill no es mío, y el guy que me llamó ayer me habló bien rude. I want a supervisor.",
    "Yo no debo eso, okay? Y la señora me colgó el phone. Pásame con el manager.",
    "That charge is wrong, yo nunca me hice ese X-ray, y tu agente me gritó. Quiero poner una queja.",
    "Este balance está mal and nobody wants to listen. Dame tu supervisor, por favor.",
    "No es mi deuda, y los voy a reportar por cómo me tratan.",
  ]),

  // Puebla factory worker: don't call my job
  f('d15-es-cease-puebla-no-al-trabajo', 'es', 'call', ['cease_communication'], [
    "{hi_es}Ya no me llame al trabajo, por favor. Mi patrón contestó y me dio mucha pena.",
    "No me hable a la fábrica, ahí no puedo recibir llamadas.",
    "Le pido que borre el número del trabajo, no me llamen ahí.",
    "A mi trabajo no, ¿eh? Ya me regañaron por eso.",
    "Por favor, ya no llamen a la casa de la señora donde trabajo.",
    "No quiero llamadas en la obra, se burlan de mí los compañeros.",
  ]),

  // Short Spanish opt-outs
  f('d15-es-cease-sms-corto', 'es', 'sms', ['cease_communication'], [
    "ALTO",
    "ya no me manden mensajes",
    "dejen de escribirme",
    "no más textos a este número porfa",
    "BAJA. no quiero recibir más mensajes",
    "basta de mensajes",
    "no me escriban más",
  ]),

  // Barcelona woman: only in writing
  f('d15-es-cease-barcelona-solo-carta', 'es', 'portal', ['cease_communication'], [
    "Les ruego que no me llamen por teléfono. Cualquier comunicación, por carta a mi domicilio.",
    "No deseo recibir más llamadas. Si necesitan algo, escríbanme.",
    "Os pido que dejéis de llamarme; contestaré únicamente por correo postal.",
    "Por favor, nada de llamadas ni mensajes al móvil. Solo correspondencia escrita.",
    "Me niego a atender más llamadas. Comuníquense conmigo solo por escrito.",
    "Ya os lo he dicho dos veces: no me llaméis más.",
  ]),

  // Guayaquil man: stop calling my family
  f('d15-es-cease-guayaquil-familia', 'es', 'call', ['cease_communication'], [
    "{hi_es}Ya no llamen a mi mamá, ella no tiene nada que ver, ¿ya?",
    "Dejen de llamar a la casa de mi suegra, por favor, mijo.",
    "No me llame más a este número, ¿me entiende?",
    "Le pido que ya no me estén llamando todos los días, no quiero más llamadas.",
    "Bórrenme de su lista de llamadas, pues.",
    "A mi hermana no la llamen más, ella no tiene que ver con mi cuenta.",
  ]),

  // Orlando Puerto Rican Spanglish: harassment + stop calling
  f('d15-es-cease-complaint-orlando', 'es', 'call', ['cease_communication', 'complaint'], [
    "{hi_es}Mira, nene, ustedes me llaman como diez veces al día, eso es harassment. No me llamen más y quiero hablar con un supervisor.",
    "Bendito, la muchacha me habló bien feo. Voy a poner una queja y no quiero más calls.",
    "Stop calling me, en serio. Y dile a tu manager que su agente fue bien rude conmigo.",
    "Ya, no me llamen más al cel. Y los voy a reportar por cómo tratan a la gente.",
    "Oye, no me vuelvan a llamar. La próxima vez que alguien me grite, lo reporto.",
  ]),

  // Monterrey: 'mi licenciado' handles this
  f('d15-es-attorney-monterrey-licenciado', 'es', 'call', ['attorney'], [
    "{hi_es}Ya tengo abogado, hable con él.",
    "Mi licenciado lleva este asunto, a él le tienen que llamar.",
    "Voy a contratar un abogado, ya estuvo.",
    "Mi abogada me dijo que no hablara con ustedes, que la llamaran a ella.",
    "Ahorita mismo voy a ver a un abogado por esta cuenta.",
    "Todo esto ya lo tiene mi abogado, él les va a contestar.",
  ]),

  // Barcelona: represented by a letrado
  f('d15-es-attorney-barcelona-letrado', 'es', 'portal', ['attorney'], [
    "Les informo que estoy representada por un letrado en relación con esta factura. Diríjanse a su despacho.",
    "Mi abogado se pondrá en contacto con ustedes. Les adjunto sus datos.",
    "He contratado a un abogado para este asunto.",
    "Cualquier cuestión sobre esta deuda, tratadla con mi abogada, la señora Puig.",
    "El asunto está en manos de mi abogado.",
  ]),

  // Short texts: talk to my lawyer
  f('d15-es-attorney-sms-corto', 'es', 'sms', ['attorney'], [
    "hablen con mi abogado",
    "tengo abogado para esto",
    "mi abogada tiene todo, llamen a su oficina",
    "ya contraté un abogado",
    "mi lawyer se encarga de esto",
    "voy a buscar abogado",
  ]),

  // Cuban family suing the hospital
  f('d15-es-attorney-cuba-demanda', 'es', 'chat', ['attorney'], [
    "Mira, tenemos una demanda contra el hospital por lo que le pasó a mi papá, y el abogado dijo que no hablemos de la factura.",
    "Eso lo está viendo mi abogado, chico. Llámenlo a él.",
    "Ya contraté un abogado, así que no voy a discutir nada por aquí.",
    "Nuestro abogado les mandó una carta la semana pasada. Comuníquense con él.",
    "Voy a conseguir un abogado, porque esto no se queda así.",
  ]),

  // Salvadoran couple in Houston, Chapter 7 / 13
  f('d15-es-bankruptcy-salvadorenos-houston', 'es', 'call', ['bankruptcy'], [
    "{hi_es}Fíjese que nos declaramos en bancarrota, capítulo 7, el mes pasado.",
    "Estoy en bancarrota, ya está en la corte.",
    "Ese hospital quedó en la lista de la bancarrota.",
    "Tengo un caso de bancarrota abierto, el número se lo puedo dar.",
    "Nos acogimos al capítulo 13, le pagamos al síndico cada mes.",
    "Ya me dieron el descargo de la bancarrota, y esa deuda iba incluida.",
  ]),

  // Texts: thinking about bankruptcy
  f('d15-es-bankruptcy-pensando-sms', 'es', 'sms', ['bankruptcy'], [
    "estoy pensando declararme en quiebra, espérenme",
    "creo que voy a tener que declarar bancarrota",
    "estamos viendo lo de la bancarrota, no lo manden a colecciones todavía",
    "me estoy preparando para la quiebra, les aviso",
    "posiblemente me declare en bancarrota el mes que viene",
    "la bancarrota es una opción pa mí ahorita",
  ]),

  // Peruvian, formal notice in the portal
  f('d15-es-bankruptcy-aviso-formal', 'es', 'portal', ['bankruptcy'], [
    "Por medio de la presente les notifico que presenté una petición de bancarrota bajo el Capítulo 7 el día 3 de septiembre.",
    "Adjunto la orden de descargo de mi caso de bancarrota. Esta cuenta fue incluida.",
    "Les informo que me encuentro bajo protección por bancarrota. El hospital figura como acreedor.",
    "Mi caso de quiebra está en el Distrito Sur de Florida. La reunión de acreedores es el próximo mes.",
    "Esta deuda está incluida en mi bancarrota. Puedo subir los documentos si los necesitan.",
  ]),

  // Bronx Spanglish: bankruptcy with a lawyer
  f('d15-es-bankruptcy-attorney-bronx', 'es', 'call', ['bankruptcy', 'attorney'], [
    "{hi_es}Yo hice file de bankruptcy, y mi abogado te va a llamar.",
    "Estamos en chapter 13 y tenemos lawyer, háblale a él.",
    "Mi abogada está preparando la bancarrota, llámala a ella, okay?",
    "Ya el attorney radicó la bancarrota, tu hospital está en la lista.",
    "El lawyer de mi bankruptcy tiene todos los papeles, habla con él.",
  ]),

  // Puebla son: father died
  f('d15-es-deceased-puebla-hijo', 'es', 'call', ['deceased'], [
    "{hi_es}Le hablo porque mi papá falleció hace dos semanas, esa cuenta era de él.",
    "Mi jefecito ya se nos fue, señorita, ya no está con nosotros.",
    "Mi mamá falleció en el hospital en marzo. Esas cartas vienen a nombre de ella.",
    "El señor Rufino Méndez murió. Yo soy su hijo.",
    "Mi papá, que en paz descanse, falleció del corazón.",
    "Ella ya murió, se la llevó el cáncer en diciembre.",
  ]),

  // Short texts: the patient died
  f('d15-es-deceased-sms-familia', 'es', 'sms', ['deceased'], [
    "mi esposo falleció",
    "la paciente murió el mes pasado",
    "mi abuela ya falleció, esta cuenta es de ella",
    "el titular de la cuenta falleció en enero",
    "mi hijo murió, por favor actualicen",
    "mi mamá descansa en paz desde el 12 de junio",
  ]),

  // Guayaquil executor (albacea)
  f('d15-es-deceased-guayaquil-albacea', 'es', 'portal', ['deceased'], [
    "Soy la albacea de la sucesión de mi padre, quien falleció el 4 de agosto. Adjunto el certificado de defunción.",
    "Les informo del fallecimiento de mi madre, titular de la cuenta. Cualquier reclamo debe presentarse a la sucesión.",
    "Mi esposo falleció y yo estoy encargada de sus asuntos.",
    "El paciente falleció en cuidados paliativos. Soy su hija y administradora de la herencia.",
    "Adjunto el acta de defunción de mi hermano. Por favor actualicen la cuenta.",
  ]),

  // Maracaibo niece: aunt died
  f('d15-es-deceased-maracaibo-tia', 'es', 'chat', ['deceased'], [
    "Buenas, mi vida, le escribo porque mi tía murió y siguen llegando cobros a nombre de ella.",
    "Mi papá falleció en Maracaibo, y estas facturas son de cuando estuvo aquí en Miami.",
    "Vale, es que el titular ya murió, chama.",
    "Mi abuelo se murió en el hospital. ¿A quién le mando el certificado de defunción?",
    "Mi mamá falleció, y yo soy la que está recogiendo su correspondencia.",
  ]),

  // Dominican daughter: mother just died, call next week
  f('d15-es-deceased-callback-velorio', 'es', 'call', ['deceased', 'callback_later'], [
    "{hi_es}Mi mamá falleció anoche y estoy en la funeraria. ¿Me puede llamar la semana que viene?",
    "Mi papá murió hace tres días, ahora no puedo con esto. Llámeme después del entierro.",
    "Esa cuenta era de mi esposo, acaba de fallecer. Llámeme {time_es}, estoy con la familia.",
    "Se nos murió mi abuela el viernes. Denme unos días y me llaman.",
    "Él falleció el domingo. Llámeme después de los nueve días, por favor.",
  ]),

  // Honduran construction worker: can't pay now
  f('d15-es-hardship-honduras', 'es', 'call', ['hardship'], [
    "{hi_es}Mire, ahorita no tengo para pagar, me quedé sin trabajo en la construcción.",
    "No me alcanza, con la renta y los niños no queda nada.",
    "Estoy enferma y no he podido trabajar, no tengo con qué pagar.",
    "Ahorita estoy bien apretada de dinero, no puedo.",
    "Perdí el trabajo y apenas comemos. No puedo pagar eso.",
    "Le soy sincero, no tengo ni un centavo este mes.",
  ]),

  // Medellín: already paid ('ya cancelé')
  f('d15-es-already-paid-medellin', 'es', 'chat', ['already_paid'], [
    "Buenas tardes, yo ya pagué esa factura por el portal, tengo el comprobante.",
    "Eso ya está pago, pues. Lo pagué en la caja el día de la cita.",
    "Ya cancelé el saldo completo en octubre.",
    "Le hice la transferencia la semana pasada, ya debería aparecer.",
    "Ya pagué con tarjeta por teléfono, me dieron número de confirmación.",
    "Esa cuenta ya la pagué, aquí tengo el recibo.",
  ]),

  // Dominican woman in Washington Heights: wrong person
  f('d15-es-wrong-person-dominicana', 'es', 'call', ['wrong_person'], [
    "{hi_es}Aquí no vive ninguna Yokasta, usted está equivocado.",
    "Mi amor, ese no es mi nombre. Número equivocado.",
    "Yo no conozco a ese señor, tengo este número hace años.",
    "Ustedes siempre llaman buscando a un tal Ramón y aquí no hay ningún Ramón.",
    "Se equivocó de persona, yo no soy esa.",
    "Esa persona no está aquí ni la conozco.",
  ]),

  // Guatemalan man: pay little by little
  f('d15-es-plan-guatemala', 'es', 'call', ['wants_plan'], [
    "{hi_es}¿Puedo pagar poquito a poquito? Unos {amount_es} cada mes.",
    "Quisiera hacer un arreglo de pagos, por favor.",
    "¿Me lo pueden dividir en pagos mensuales?",
    "Yo sí quiero pagar, pero en abonos.",
    "¿Cuánto es lo mínimo que puedo dar al mes?",
    "Déjeme pagar cada quincena, así sí puedo.",
  ]),

  // Puebla woman asking about financial aid
  f('d15-es-assistance-puebla', 'es', 'portal', ['wants_assistance'], [
    "Buenas tardes, ¿el hospital tiene ayuda financiera? Quisiera la solicitud.",
    "¿Cómo aplico para el programa de caridad del hospital?",
    "¿Hay algún descuento para personas sin seguro?",
    "Me dijeron que hay un programa de asistencia, ¿me pueden mandar la forma?",
    "¿Califico para la ayuda financiera aunque no tenga papeles?",
    "Quiero aplicar al programa de descuento, ¿qué documentos necesito?",
  ]),

  // Argentine confused by ER ('guardia') charges
  f('d15-es-confusion-argentina-guardia', 'es', 'chat', ['bill_confusion'], [
    "Che, no entiendo nada de esta factura. ¿Qué es este cargo de 'facility fee'?",
    "¿Me pueden mandar la factura detallada? No sé qué me están cobrando.",
    "¿Por qué tengo tres facturas distintas por una sola ida a la guardia?",
    "¿Qué significa el código 99284? Nadie me explica.",
    "No me cierra el saldo, ¿de dónde salen estos cargos?",
    "¿Qué es 'observación' en la factura? Yo pensé que me habían internado.",
  ]),

  // Cuban with Medicaid: insurance should pay
  f('d15-es-insurance-cubana-medicaid', 'es', 'call', ['insurance_should_pay'], [
    "{hi_es}Oye, yo tengo Medicaid, eso lo tenía que pagar el seguro.",
    "Ustedes no le mandaron la factura a mi seguro, chica, por eso me llega a mí.",
    "Mi seguro es Simply y me dicen que nunca recibieron el reclamo.",
    "Esto lo cubre el seguro, yo tengo el plan completo.",
    "Le mandaron la cuenta al seguro viejo, y el nuevo empezó en enero.",
    "El seguro tenía que pagar eso, mi vida. Mándenselo a ellos.",
  ]),

  // Orlando Puerto Rican: call me later
  f('d15-es-callback-orlando', 'es', 'sms', ['callback_later'], [
    "estoy en el trabajo, llámame {time_es}",
    "ahora no puedo, call me back después de las 5",
    "llámame mañana temprano porfa",
    "estoy guiando, llámame en una hora",
    "después del almuerzo mejor, ok?",
    "estoy en una cita médica, llámame más tarde",
  ]),

  // Chilean: rude agent, supervisor
  f('d15-es-complaint-chile', 'es', 'call', ['complaint'], [
    "{hi_es}El caballero que me atendió ayer fue súper grosero, quiero hablar con su supervisor.",
    "Me trataron pésimo, voy a poner un reclamo formal.",
    "La señorita se rió de mí cuando le dije que no tenía plata. Eso no se hace, ¿quién es su jefe?",
    "Llevo una hora esperando y me han transferido cinco veces, es una falta de respeto.",
    "Los voy a denunciar a la oficina del consumidor, me amenazaron con meterme presa.",
    "Quiero el nombre del agente y de su supervisor, me habló con un desprecio...",
  ]),

  // Monterrey restaurant cook: hours cut, wants payments
  f('d15-es-hardship-plan-cocinero-monterrey', 'es', 'call', ['hardship', 'wants_plan'], [
    "{hi_es}Ahorita no me alcanza para todo, pero ¿le puedo dar {amount_es} al mes?",
    "Me bajaron las horas en el restaurante, no puedo pagar todo junto. ¿Hacemos pagos?",
    "Está bien difícil la situación, ¿me lo deja en pagos chiquitos?",
    "No tengo el dinero completo, pero quiero ir pagando de a poco cada quincena.",
    "Con lo que gano no sale para pagar todo, ¿me da un plan de pagos?",
  ]),

  // Daughter writing for her K'iche'-speaking mother
  f('d15-es-assistance-hardship-kiche', 'es', 'portal', ['wants_assistance', 'hardship'], [
    "Escribo por mi mamá, que habla k'iche'. Ella no tiene ingresos y no puede pagar. ¿Hay ayuda financiera para ella?",
    "Mi mamá no tiene dinero para esto. ¿Puede aplicar a la caridad del hospital?",
    "Ella no puede pagar nada, ¿existe algún programa para personas de bajos recursos?",
    "No tenemos cómo pagar esta cuenta. ¿Nos pueden mandar la solicitud de asistencia?",
    "Mi mamá limpia casas y gana muy poco, no le alcanza. ¿Le pueden dar un descuento?",
  ]),

  // Barcelona tourist: travel insurance should pay, bill is confusing
  f('d15-es-insurance-confusion-barcelona', 'es', 'portal', ['insurance_should_pay', 'bill_confusion'], [
    "Tengo seguro de viaje y debería haberlo cubierto. Además, no entiendo qué es este cargo de 'ER level 5'.",
    "Mi seguro tenía que pagar esto. ¿Me podéis explicar qué son estos códigos?",
    "No comprendo la factura y, en cualquier caso, la aseguradora debería asumirla. ¿Qué es 'ancillary services'?",
    "Os he dado mi póliza y aun así me llega la cuenta. ¿Qué significa 'self-pay'? Esto debía pasar al seguro.",
    "El seguro debía pagar. ¿Y qué son los dos cargos de radiología que aparecen?",
  ]),

  // Guayaquil woman: already paid, and treated badly
  f('d15-es-already-paid-complaint-guayaquil', 'es', 'call', ['already_paid', 'complaint'], [
    "{hi_es}Yo ya pagué eso en julio, tengo el recibo, y la señorita igual me trató de mentirosa. Quiero un supervisor.",
    "¡Ya está pagado! Lo pagué en ventanilla. Y el señor que me llamó me habló bien feo, ¿ya?",
    "Ya cancelé todo y me siguen llamando como si fuera delincuente. Voy a poner una queja.",
    "Pagado, mijo, pagado. Revisen. Y díganle a su jefe que sus empleados no tienen educación.",
    "Pagué por internet el día 3 y su cobrador me gritó. Páseme con el encargado.",
  ]),

  // Wrong number, stop texting
  f('d15-es-wrong-person-cease-sms', 'es', 'sms', ['wrong_person', 'cease_communication'], [
    "número equivocado, dejen de escribir",
    "no soy esa persona, no me manden más mensajes",
    "aquí no hay ninguna Marisol. ya no escriban",
    "se equivocaron de número, bórrenlo de su lista por favor",
    "no conozco a ese señor. no me vuelvan a mandar texto",
  ]),

  // Plain talk, no intent
  f('d15-es-plain-talk', 'es', 'chat', [], [
    "ok, gracias",
    "¿Hola? ¿Hay alguien ahí?",
    "¿A qué hora abren los sábados?",
    "perfecto, muy amable",
    "Perdón, se cortó. ¿Me repite?",
  ]),

  // ───────────────────────────── SPANISH: hard negatives ─────────────────────────────

  // Dispute: Guayaquil, not disputing, wants installments
  hn('d15-es-dispute-hn-no-discuto-cuotas', 'es', 'call', 'dispute', ['wants_plan'], [
    "{hi_es}No, yo no estoy diciendo que no debo, ¿ya? Solo quiero pagarlo en partes.",
    "La cuenta está bien, sí es mía. ¿Me la puede dividir en pagos?",
    "No vengo a pelear el cobro, quiero un arreglo de pagos nomás.",
    "Sí me hicieron todo eso, no lo discuto. Pero en cuotas, por favor.",
    "Es mi deuda, lo reconozco. ¿Puedo abonar cada mes?",
  ]),

  // Dispute: Oaxacan, owes it, wants explanation
  hn('d15-es-dispute-hn-oaxaca-explicacion', 'es', 'portal', 'dispute', ['bill_confusion'], [
    "No digo que esté mal, nomás quiero saber qué es cada cargo.",
    "Sí es mía la cuenta, pero no entiendo qué es el 'cargo de instalación'.",
    "No estoy reclamando nada, solo quiero la factura detallada.",
    "Reconozco que me atendieron, pero ¿qué significa este código?",
    "No la disputo, solamente necesito que alguien me explique el cobro de {amount_es}.",
  ]),

  // Dispute: Cuban, third parties and curiosity
  hn('d15-es-dispute-hn-terceros-cuba', 'es', 'chat', 'dispute', [], [
    "Mi cuñada disputó una factura con ustedes y se demoró meses. La mía está bien, era curiosidad.",
    "¿Cómo es el proceso de disputa? Pregunto para un trabajo de la universidad, mi cuenta está correcta.",
    "Mi vecino dice que le cobraron doble. A mí no, a mí todo bien.",
    "Vi un video de cómo disputar facturas médicas, jaja. La mía está bien, gracias a Dios.",
    "Mi prima es la que está peleando su cuenta con ustedes, no yo.",
  ]),

  // Dispute: Bronx, owes it, broke
  hn('d15-es-dispute-hn-bronx-sin-chavos', 'es', 'sms', 'dispute', ['hardship'], [
    "yo se que lo debo, no digo que no. pero ahora mismo no tengo chavos",
    "es mi bill, ok. pero estoy broke este mes",
    "no estoy negando nada, es que perdí el job y no tengo con qué",
    "sí fui, sí me atendieron. no puedo pagar ahorita",
    "lo debo, I know. la renta primero y no queda nada",
  ]),

  // Cease: Orlando, wants more calls at a better time
  hn('d15-es-cease-hn-sigan-llamando', 'es', 'sms', 'cease_communication', ['callback_later'], [
    "no dejen de llamarme jaja, es que no puedo contestar en el trabajo. llámame {time_es}",
    "pueden seguir llamando, pero después de las 6",
    "sí quiero que me llamen, solo que ahora no. ¿mañana?",
    "llámenme otra vez, esta vez contesto. después del almuerzo",
    "no me molesta que me llamen, pero mejor en la tarde",
  ]),

  // Cease: Mexican, 'paso a pagar' in person; 'no me llame señora'
  hn('d15-es-cease-hn-paso-a-pagar', 'es', 'call', 'cease_communication', [], [
    "{hi_es}¿Puedo pasar a la oficina a pagar en persona?",
    "Paso mañana en la mañana, ¿a qué hora abren?",
    "Si me doy una vuelta por la caja, ¿me aceptan efectivo?",
    "Ahorita paso por allá, después de dejar a los niños.",
    "Y no me llame señora, dígame Lupita, ¿eh? ¿Dónde queda la oficina para ir a dejar los papeles?",
  ]),

  // Cease: autopay stopped, wants to keep paying
  hn('d15-es-cease-hn-pagos-detenidos', 'es', 'portal', 'cease_communication', ['wants_plan'], [
    "Se dejaron de cobrar mis pagos automáticos. Quiero seguir con mi plan de pagos.",
    "No quiero que paren mis cuotas mensuales. Se venció la tarjeta, aquí está la nueva.",
    "Mi plan de pagos se detuvo en octubre, ¿lo pueden reactivar?",
    "Dejaron de descontarme la mensualidad. Quiero seguir pagando cada mes.",
    "Que no se suspenda mi arreglo de pagos, por favor, sigo pagando igual.",
  ]),

  // Cease: Argentine, quoting family
  hn('d15-es-cease-hn-argentina-citas', 'es', 'call', 'cease_communication', [], [
    "{hi_es}Mi hijo me dice que les diga que no me llamen más, pero yo prefiero arreglar las cosas hablando.",
    "Todos me dicen que mande una carta para que dejen de llamar. No, yo quiero estar al día.",
    "Mi marido quería que les pidiera que paren con las llamadas, pero a mí no me molesta.",
    "La vecina les dijo que no la llamaran más. Yo no, yo atiendo siempre.",
    "En internet dicen 'ignorá las llamadas'. Yo no soy así, che.",
  ]),

  // Cease: texts are welcome
  hn('d15-es-cease-hn-textos-bienvenidos', 'es', 'sms', 'cease_communication', [], [
    "prefiero por texto, sigan usando este número",
    "sí, pueden escribirme aquí cuando quieran",
    "mándenme el link de pago por mensaje mejor",
    "este es el mejor número para contactarme",
    "los mensajes me sirven, escríbanme por aquí",
  ]),

  // Attorney: Monterrey, no lawyer, just explain
  hn('d15-es-attorney-hn-sin-abogado', 'es', 'call', 'attorney', ['bill_confusion'], [
    "{hi_es}No voy a andar buscando abogado por esto, nomás dígame qué es este cargo.",
    "No, nada de abogados. Solo quiero entender la cuenta.",
    "No quiero demandar a nadie. ¿Me manda la factura detallada?",
    "Pa' qué abogado, si nomás necesito que me expliquen qué cobraron.",
    "No es para tanto como un licenciado, pero ¿qué es 'servicios auxiliares'?",
  ]),

  // Attorney: Venezuelan working in law, call later
  hn('d15-es-attorney-hn-bufete', 'es', 'sms', 'attorney', ['callback_later'], [
    "trabajo en un bufete de abogados y estoy full, llámame después de las 6",
    "estoy en la corte con mi jefe todo el día, llámame {time_es}",
    "limpio oficinas de abogados en la noche, llámenme en la mañana",
    "soy asistente legal, ahorita no puedo, llámame más tarde chamo",
    "estoy en una audiencia (soy la intérprete jaja), llámame después de las 3",
  ]),

  // Attorney: Barcelona, past lawyer
  hn('d15-es-attorney-hn-abogado-anterior', 'es', 'portal', 'attorney', [], [
    "Tuve un abogado por el accidente de coche de 2018, pero ese caso ya terminó. Esta factura no tiene nada que ver.",
    "Ya no estoy representado. Pueden tratar conmigo directamente.",
    "El abogado que figura en mi cuenta era de otro asunto ya cerrado. Quitadlo, por favor.",
    "Mi abogada solo llevó lo de la baja laboral, no esta visita.",
    "Antes tenía abogado para esto, pero renunció al caso. Hablad conmigo.",
  ]),

  // Attorney: Puebla, asks if one is needed, wants a plan
  hn('d15-es-attorney-hn-ocupo-abogado', 'es', 'chat', 'attorney', ['wants_plan'], [
    "¿Necesito abogado para hacer un plan de pagos? Ojalá que no.",
    "Me dijeron que ocupo un abogado para negociar. ¿No puedo hacer pagos directo con ustedes?",
    "No quiero meter abogados. ¿Me deja pagar por mes?",
    "Mi cuñado es abogado y dice que nomás pida un plan. Entonces, ¿me da un plan de pagos?",
    "Sin abogados ni nada, arreglemos pagos mensuales.",
  ]),

  // Bankruptcy: Maracaibo, figure of speech
  hn('d15-es-bankruptcy-hn-quebrado', 'es', 'sms', 'bankruptcy', ['hardship', 'wants_plan'], [
    "esta factura me va a dejar en la quiebra jaja. no me alcanza, ¿puedo pagar por partes?",
    "estoy pelando bola, no en bancarrota, pelando bola jaja. ¿cuotas?",
    "con esto me arruinan. no tengo pa pagar todo, denme un plan",
    "{amount_es} por una ambulancia? me van a dejar en la ruina. no puedo, dividámoslo",
    "estoy en bancarrota emocional jaja. en serio no me alcanza, ¿pagos pequeños?",
  ]),

  // Bankruptcy: Colombian, old bankruptcy
  hn('d15-es-bankruptcy-hn-quiebra-vieja', 'es', 'portal', 'bankruptcy', [], [
    "Me declaré en bancarrota en 2012, eso ya se cerró. Esta es una cuenta nueva y la voy a pagar.",
    "Mi reporte de crédito muestra una quiebra vieja, pero no tiene que ver con esta cuenta.",
    "Sí, hace diez años hice bancarrota. Ahora no, y esto no entra en eso.",
    "La marca de bancarrota en mi cuenta es un error viejo. Quítenla, no estoy en bancarrota.",
    "Esa bancarrota era de mi exesposo. Yo soy la paciente y no tengo ninguna.",
  ]),

  // Bankruptcy: Honduran, refuses to file, wants a plan
  hn('d15-es-bankruptcy-hn-no-me-declaro', 'es', 'call', 'bankruptcy', ['wants_plan'], [
    "{hi_es}No me voy a declarar en bancarrota, yo quiero pagar, pero poco a poco.",
    "La quiebra no es opción pa mí. Mejor hagamos un arreglo de pagos.",
    "Me dicen que me declare en bancarrota. No, yo pago. Deme un plan.",
    "No quiero quedar en bancarrota por esto, así que quiero pagar un poquito cada mes.",
    "Nada de bancarrota. Le pago {amount_es} al mes hasta terminar.",
  ]),

  // Bankruptcy: Orlando, third parties and hypotheticals
  hn('d15-es-bankruptcy-hn-preguntas', 'es', 'chat', 'bankruptcy', [], [
    "Mi hijo hizo bankruptcy, pero esta cuenta es mía. ¿Eso afecta mi cuenta? Solo pregunto.",
    "Si alguien se declara en bancarrota, ¿el hospital se entera solo? Pregunto por una compañera.",
    "Hipotéticamente, si algún día tuviera que hacer bancarrota, ¿entran las facturas médicas? No lo estoy pensando, eh.",
    "Mi vecina se declaró en quiebra y dejaron de llamarla. Bien por ella, yo no estoy en eso.",
    "Mi papá hizo chapter 7 hace tiempo, yo no. Esta es mi propia cuenta.",
  ]),

  // Deceased: dead phone
  hn('d15-es-deceased-hn-celular-muerto', 'es', 'sms', 'deceased', ['callback_later'], [
    "perdón, se me murió el celular. llámame {time_es}",
    "se me está muriendo la batería, llámame en una hora",
    "el teléfono se me apagó, muerto. llámenme mañana",
    "jaja se me murió el cel. ¿me llaman después de las 4?",
    "tengo el celu muerto, llámenme a la noche",
  ]),

  // Deceased: Puerto Rican, parent died long ago, own bill confusing
  hn('d15-es-deceased-hn-papa-hace-anos', 'es', 'chat', 'deceased', ['bill_confusion'], [
    "Mi papá murió hace años, pero esta cuenta es mía, tenemos el mismo nombre. ¿Qué es este cargo?",
    "Soy Junior, mi papá falleció en 2015. La cuenta es mía, pero no entiendo los cobros.",
    "Mi mamá murió hace rato y a veces llega correo de ella, pero esta factura es para mí. ¿Qué significa 'pro fee'?",
    "No llamo por la cuenta de mi difunto esposo, esa se arregló. Esta es mía y no entiendo los códigos.",
    "Mi abuela falleció hace mucho. Esta factura es mía. ¿Qué es el cargo de emergencia nivel 4?",
  ]),

  // Deceased: Cuban, 'casi me muero', complaint
  hn('d15-es-deceased-hn-casi-me-muero', 'es', 'call', 'deceased', ['complaint'], [
    "{hi_es}Casi me muero nueve horas en la sala de espera, ¿y ahora la muchacha me cuelga? Quiero un supervisor.",
    "Por poco me muero del infarto y su cobrador me trata de mentiroso. Páseme con el gerente.",
    "Yo llegué medio muerta y la de facturación me trató como basura. ¿Dónde pongo la queja?",
    "Su agente me dijo 'usted no está muerta, así que puede pagar'. Eso me dijo. Quiero hablar con su supervisor.",
    "Me pude haber muerto ahí y a nadie le importó, y ahora me hablan feo por teléfono. Los voy a reportar.",
  ]),

  // Deceased: Mexican, 'me mata' as a figure, hardship
  hn('d15-es-deceased-hn-me-mata', 'es', 'sms', 'deceased', ['hardship'], [
    "esta cuenta me mató jaja. en serio no puedo pagar ahorita",
    "me están matando con estos precios, no tengo ni para la renta",
    "estoy muerta de cansancio y sin un peso, no puedo pagar",
    "me muero con estas facturas, no tengo con qué",
    "me dejaron tiesa con esa cuenta, no me alcanza",
  ]),

  // Deceased: Dominican, he's alive, call later
  hn('d15-es-deceased-hn-esta-vivo', 'es', 'call', 'deceased', ['callback_later'], [
    "{hi_es}No, no, él no se murió, está trabajando. Llámelo después de las seis.",
    "Mi esposo está vivito y coleando, mi amor. Llámelo {time_es}.",
    "Ay no, mi mamá está viva, gracias a Dios, está durmiendo. Llame más tarde.",
    "El que murió fue su hermano, no él. Llámelo en la noche.",
    "Él está bien, anda en la guagua trabajando. Llámelo mañana.",
  ]),

  // Dispute: an old dispute already resolved
  hn('d15-es-dispute-hn-ya-se-arreglo', 'es', 'call', 'dispute', [], [
    "{hi_es}Tenía un reclamo abierto en la cuenta vieja, pero ya lo arreglaron. Solo llamo para cambiar mi dirección.",
    "Ese error del año pasado ya lo corrigieron, eso está bien. Nomás quiero darle mi número nuevo.",
    "Ya me quitaron el cargo equivocado en mayo, así que ya no hay disputa. Llamaba para dar las gracias.",
    "Ya no hay reclamo, me llegó el reembolso. Solo quiero confirmar mi correo electrónico.",
    "Lo que disputé se resolvió hace tiempo. Hoy llamo solamente para actualizar mi domicilio.",
  ]),

  // Cease: words on the statement ('no contactar', 'suspensión')
  hn('d15-es-cease-hn-palabras-del-estado', 'es', 'chat', 'cease_communication', ['bill_confusion'], [
    "¿Qué significa 'fecha de suspensión del servicio' en mi estado de cuenta?",
    "En el portal me sale 'retener - no contactar' al lado del saldo. ¿Qué quiere decir eso?",
    "¿Por qué mi factura dice 'ajuste stop-loss'? ¿Qué es eso?",
    "Hay una línea que dice 'cargo por no presentarse'. No entiendo, ¿qué es ese cobro?",
    "Dice 'preferencia de contacto: ninguna' en mi factura. ¿Y eso qué es?",
  ]),

  // Attorney: poder notarial, not a lawyer
  hn('d15-es-attorney-hn-poder-notarial', 'es', 'call', 'attorney', [], [
    "{hi_es}Soy su hija y tengo un poder notarial, así que puede hablar conmigo de la cuenta.",
    "Tengo el poder de mi papá, no soy abogada ni nada, solo soy la hija.",
    "Mi hermano tiene el poder legal de mi mamá, pero yo también estoy autorizada en la cuenta.",
    "Ya firmamos el poder la semana pasada. ¿Qué necesita para agregarme?",
    "Mi mamá me dio poder para manejar sus cuentas. ¿Le mando el papel por fax?",
  ]),

  // Attorney: jokes (Caso Cerrado, etc.)
  hn('d15-es-attorney-hn-broma', 'es', 'sms', 'attorney', [], [
    "jaja voy a llamar a la doctora Polo de Caso Cerrado. mentira, ya lo pago hoy",
    "nos vemos en la corte jaja. no, en serio, gracias por la info",
    "mi abogado es google jaja. ok ya entendí",
    "un abogado me cuesta más que la factura, no gracias jaja",
    "llamando a mi abogado... jk, no tengo. ok gracias",
  ]),

  // Bankruptcy: the employer went under, the speaker is broke
  hn('d15-es-bankruptcy-hn-la-empresa-quebro', 'es', 'portal', 'bankruptcy', ['hardship'], [
    "La empresa donde trabajaba quebró en agosto y no he conseguido trabajo. Ahorita no puedo pagar.",
    "El restaurante cerró, el dueño se declaró en bancarrota y me quedé sin empleo. No tengo para esta factura.",
    "La compañía se fue a la quiebra y nos dejaron sin sueldo. No me alcanza para pagar.",
    "El dueño de la clínica donde limpiaba se declaró en quiebra y no me pagaron las dos últimas quincenas. Estoy sin nada.",
    "La constructora quebró y nos mandaron a la casa. No tengo cómo pagar ahora.",
  ]),

  // Deceased: someone else died, call later
  hn('d15-es-deceased-hn-otro-fallecido', 'es', 'sms', 'deceased', ['callback_later'], [
    "se me murió mi perrito hoy, hablamos mañana porfa",
    "estoy en el velorio de un compañero del trabajo, llámame después de las 4",
    "falleció el tío de mi esposo, andamos de viaje hasta el domingo. llámenme el lunes",
    "estoy en el entierro de una vecina (la paciente soy yo, eh). llámame mañana",
    "murió mi gatita esta mañana, no estoy para esto. llámenme en la semana",
  ]),

  // Wrong person: it IS the right person
  hn('d15-es-wrong-person-hn-si-soy-yo', 'es', 'call', 'wrong_person', [], [
    "{hi_es}Sí, soy yo, Marisela. Perdón, pensé que era número equivocado.",
    "Ah, esa soy yo, es que me dicen por mi segundo nombre. Dígame.",
    "Casi le digo que se equivocó, pero sí, el Guillermo soy yo.",
    "Sí es la persona correcta, nomás que ahora uso el apellido de casada.",
    "Sí, soy yo, este es mi número, es que no contesto números que no conozco.",
  ]),

  // Complaint: explicitly not complaining, wants a plan
  hn('d15-es-complaint-hn-no-es-queja', 'es', 'call', 'complaint', ['wants_plan'], [
    "{hi_es}No es queja, la muchacha que me atendió el martes fue un amor. Quiero hacer los pagos que me dijo.",
    "No necesito supervisor, usted ha sido muy amable. ¿Hacemos el arreglo mensual?",
    "No me quejo de nada, de verdad. Nomás póngame en pagos.",
    "Su compañera me tuvo mucha paciencia la otra vez. Llamo para hacer el plan de pagos.",
    "No estoy molesta con nadie. Solo quiero pagar {amount_es} al mes.",
  ]),
];
