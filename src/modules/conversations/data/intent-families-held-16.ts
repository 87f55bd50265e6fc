/**
 * Held-out intent set "held16" (PREFIX h16) — a held-out TEST set.
 *
 * Written apart by a helper session that opened no other intent-family file and no docs:
 * every utterance below was written from scratch for this file only.
 *
 * UTC start: 2026-12-08T00:14:10Z
 * UTC end:   2026-12-08T00:21:28Z
 *
 * Voices: Baltimore and Pittsburgh callers (a retired schoolteacher, a son whose father died,
 * a landline owner, a nursing student, a crab-house cook); a Puerto Rican grandmother in
 * Hartford; Polish-American steelworkers (a retiree, a striker, a mill-bankruptcy retiree);
 * Lakota ranchers in South Dakota (Kyle, Rosebud); a blind patient dictating through a screen
 * reader; a graduate student from India; a night-shift security guard (EN and ES); a hospice
 * nurse calling for a patient's family; a legal-aid intake worker; widows settling estates;
 * dialysis patients (EN and ES); a single father of three; a personal-injury client; a
 * community health promotora; Spanish from Chihuahua, Veracruz, Quetzaltenango, El Salvador,
 * the Dominican Republic, Bogotá, Lima, Asturias, a Michoacán roofer, and Albuquerque and
 * Denver Spanglish.
 */
import { family as f, hardNegative as hn, type IntentFamily } from './intent-families.js';

export const HELD_16_FAMILIES: IntentFamily[] = [
  // ───────────────────────────── ENGLISH: positives ─────────────────────────────

  f('h16-en-dispute-baltimore-er-billed-twice', 'en', 'call', ['dispute'], [
    "{hi}Yeah hon, I'm lookin' at this statement and youse billed me twice for the same ER visit, same date, same everything.",
    "It's the exact same line two times, March the fourth, emergency room level four. I was only there the once.",
    "I went to the ER one time. One. Down on Greene Street. Now I got two charges sittin' on here like I'm a frequent flyer.",
    "I ain't paying for a visit I didn't have. Take the duplicate off.",
    "Look, one of these is a copy. Same account, same doctor, {amount} each. Fix it and I'll pay the one that's real.",
    "My neighbor down the block got double billed by youse too, so I know it's a mistake on your end, not mine.",
  ]),

  f('h16-en-dispute-screenreader-never-had-it', 'en', 'portal', ['dispute'], [
    "This message is dictated comma please excuse errors period. My screen reader read me a charge for a CT scan on June 12 period. I did not have a CT scan that day or any day this year period.",
    "Hello I am using voice dictation. The statement lists an eye exam with dilation. I have been totally blind since birth and have never had a dilated eye exam at your facility. This charge is not mine.",
    "My screen reader says there is a visit to the orthopedic clinic. I have never been seen in orthopedics. Please remove it from my account.",
    "I listened to the whole bill twice. It has eight physical therapy sessions. I went to two and cancelled the rest, so six of those never happened.",
    "Dictating this on my phone so forgive the spelling. The amount your letter says I owe does not match what the itemized statement adds up to. The total is wrong by about {amount}.",
    "Please note for the record colon I am disputing the lab charges from my visit period. The blood draw was cancelled before it was done period.",
  ]),

  f('h16-en-dispute-identity-theft-grad-student', 'en', 'chat', ['dispute'], [
    "{hi}I got a collection notice for a surgery at your hospital but I have never been to your hospital. I only came to the US in August for my PhD.",
    "I think someone has used my name and date of birth. The address on the bill is in a city I have never even visited.",
    "I am an international student, my insurance is through the university, and I have not had any surgery. This is not my debt.",
    "I have already filed an identity theft report with the FTC. The account in my name at your hospital is fraudulent.",
    "Kindly send me proof that this is actually my account, because it is not. I was in Bangalore on the date of service.",
    "The signature on the consent form you mentioned is not mine. I need this removed before it affects my visa or my credit.",
  ]),

  f('h16-en-dispute-implicit-crutches-steelworker', 'en', 'call', ['dispute'], [
    "{hi}There's a line on here for a pair of crutches, {amount}. I walked outta that place on my own two feet with a boot on.",
    "Says here durable medical equipment, crutches. Nobody handed me nothin' but a boot and a prescription.",
    "Thirty-one years at the mill, I know when somebody's padding a bill. That crutch charge, I never seen a crutch.",
    "The crutches youse got on this bill, my wife was with me, she'll tell ya, we left with no crutches.",
    "Line six. Crutches, adjustable, aluminum. Buddy, I don't own crutches.",
    "You got me down for crutches I never took home and a wheelchair ride I didn't take neither. I walked to the car.",
  ]),

  f('h16-en-dispute-validation-pittsburgh', 'en', 'sms', ['dispute'], [
    "got yer letter about a debt from 2019. send me proof this is mine before I pay a dime",
    "who's the original creditor on this? need the validation paperwork n'at",
    "I want the itemized proof and whatever contract I supposedly signed. till then I dont owe yinz nothin",
    "this isnt my account far as I know. mail me verification of the debt",
    "never heard of this balance before yesterday. prove it",
    "Requesting validation of this debt in writing. Do not assume I owe it.",
  ]),

  f('h16-en-dispute-complaint-night-guard', 'en', 'call', ['dispute', 'complaint'], [
    "{hi}The bill's wrong, it says {amount} when the estimate was a third of that, and the lady I talked to last night hung up on me. I want a supervisor.",
    "I'm on my break from a twelve-hour shift, the amount on here is wrong, and your rep told me to 'just pay it and stop whining.' Get me her manager.",
    "This amount is not what I owe, and I'm filing a complaint about the way your guy talked to me. Put me through to somebody in charge.",
    "Two charges on here are for a room I was never in, and every time I call somebody's rude to me. I want this escalated.",
    "Wrong total, wrong dates, and your agent laughed at me. I'm reporting this to the state.",
    "I don't owe this much, period, and I'm done being treated like a deadbeat by your call center. Supervisor. Now.",
  ]),

  f('h16-en-cease-night-guard-mail-only', 'en', 'sms', ['cease_communication'], [
    "I work overnights. quit calling my cell. mail only",
    "stop calling this number. anything you need send it in writing",
    "no more calls please, put it in a letter",
    "this is the 4th call today. do not call me again.",
    "Remove my phone number from your system. Letters only.",
    "dont call. dont text. mail.",
  ]),

  f('h16-en-cease-single-dad-work-phone', 'en', 'call', ['cease_communication'], [
    "{hi}Yeah, somebody from your office called me at the plant. Don't call my job. My supervisor picks up that line.",
    "You can reach me on my cell, but do not call my work number again, I could get written up.",
    "Please take the work number off my file. I'm on the floor all day, I can't be getting personal calls there.",
    "My boss came and pulled me off the line because of your call. That can't happen again. Never call my workplace.",
    "I need this job. Don't call the shop no more.",
    "The number ending in 4410, that's my employer. Delete it. Cell only.",
  ]),

  f('h16-en-cease-short-texts', 'en', 'sms', ['cease_communication'], [
    "STOP",
    "stop texting me",
    "Unsubscribe",
    "no more texts pls",
    "take me off this text list",
    "quit txting me",
    "STOP ALL MESSAGES",
  ]),

  f('h16-en-cease-lakota-rancher-letter', 'en', 'portal', ['cease_communication'], [
    "To the billing office: I am writing from our ranch outside Kyle. Your people call the house phone at all hours and my mother, who is 84, answers. Do not call this house again. Write to me at the P.O. box.",
    "Please correspond with me only by mail from now on. Phone calls to our home are not to continue.",
    "Cell service out here is poor and I am out with cattle most days. I ask that you stop telephoning and send any notice through the mail.",
    "Your automated calls come through on the landline during supper. I want them stopped. Mail is fine.",
    "I am telling you in writing: no more phone calls to me or my family about this account.",
    "My grandson played me the voicemails. I do not want them. Communicate with me by letter only.",
  ]),

  f('h16-en-cease-complaint-pittsburgh-harassment', 'en', 'call', ['cease_communication', 'complaint'], [
    "{hi}Yinz have called me seven times since Monday. Stop calling me, and I want to talk to your supervisor about it.",
    "That's harassment, calling at seven in the morning. Quit calling, and I'm reporting yinz to the attorney general.",
    "The lady who called yesterday was nasty to my wife. Don't call this house again, and give me somebody's name to complain to.",
    "I'm done. No more calls. And I'm filing a complaint with the CFPB about how you people operate.",
    "Your collector cussed at me. Lose my number and get me a manager.",
    "Every day, twice a day. Stop it. Whoever's in charge over there, I want them on the phone.",
  ]),

  f('h16-en-cease-implicit-channel-dialysis', 'en', 'chat', ['cease_communication'], [
    "I'm at dialysis four hours at a time. Email works. Phone does not.",
    "Not the landline. My mother answers it.",
    "Please, nothing to the house phone.",
    "Emails only from here on.",
    "Voicemails to my cell get read out loud by my car. Not there, please.",
    "The number you have for my work isn't one to use.",
  ]),

  f('h16-en-attorney-legal-aid-intake', 'en', 'call', ['attorney'], [
    "{hi}My name is Renee, I'm an intake paralegal at the county legal aid office. We represent Mr. Okafor on this account, so please direct all contact to our office.",
    "We've opened a case for your patient and one of our staff attorneys is assigned. I can give you her bar number and fax.",
    "Our client has retained legal aid regarding this medical debt. Going forward, contact counsel, not the client.",
    "I'm calling to put you on notice that she's represented. Our attorney will be sending a letter of representation today.",
    "This is intake at Legal Aid. The account holder is our client; you should have our letter by now. Questions go to the attorney listed.",
    "We're representing the family on the hospital bill and the related garnishment. Please note the account.",
  ]),

  f('h16-en-attorney-baltimore-getting-lawyer', 'en', 'sms', ['attorney'], [
    "im getting a lawyer for this",
    "talk to my lawyer. his name n number coming in next text",
    "Got an appointment with an attorney thursday about this bill. Yall will hear from him",
    "my lawyer said dont discuss the account with you. call her",
    "retaining counsel. thats all im saying",
    "my cousin's a lawyer downtown and she's taking my case",
  ]),

  f('h16-en-attorney-dialysis-malpractice', 'en', 'portal', ['attorney'], [
    "I am a dialysis patient and the fistula surgery on this bill is part of a malpractice claim. My attorney is handling everything related to it.",
    "Please be advised that I have retained a law firm regarding the access surgery and its complications. Send correspondence about these charges to them.",
    "My lawyer asked me to tell you that any bills from the April admission should go through his office.",
    "I've hired an attorney because of what happened during my catheter placement. I was told not to talk about the charges directly.",
    "Per my attorney, I'm not to discuss the hospital account. His contact info is in the attached letter.",
    "The firm representing me is Kowalski and Hart. They will respond on my behalf.",
  ]),

  f('h16-en-attorney-personal-injury-crash', 'en', 'chat', ['attorney'], [
    "{hi}These bills are from a car accident and I have a personal injury lawyer on it. Can I give you her info?",
    "My accident attorney has a lien on the settlement for this, you need to talk to his office.",
    "I'm represented by counsel for the crash. The ER bill goes to my lawyer.",
    "lawyer is handling the wreck stuff incl hospital bills. want the firm name?",
    "I signed with an injury firm last week. They told me to send any billing people their way.",
    "My lawyer from the motorcycle accident wants a copy of everything you send me. Actually, just send it to him instead.",
  ]),

  f('h16-en-bankruptcy-single-dad-ch7-filed', 'en', 'call', ['bankruptcy'], [
    "{hi}I filed Chapter 7 last month. I've got the case number if you need it.",
    "I'm in bankruptcy right now, and the hospital's listed as a creditor.",
    "We lost the house this year, me and the kids, and I filed bankruptcy. This bill's in it.",
    "My bankruptcy was filed on the ninth. You should've got a notice from the court.",
    "The automatic stay's in effect, I'm in an active bankruptcy case.",
    "Chapter 7, filed in the Western District. I was told to give you the docket number.",
  ]),

  f('h16-en-bankruptcy-weighing-it', 'en', 'chat', ['bankruptcy'], [
    "Honestly I'm thinking about filing Chapter 7. Can you hold off until I decide?",
    "I'm meeting with a bankruptcy counselor next week. This bill will probably be part of it.",
    "between the ER and the ambulance and my credit cards, bankruptcy is looking like my only option",
    "Before I pay anything I need to know if I'm going to file. I'm leaning toward it.",
    "my wife and I are weighing chapter 13, please dont send this to collections yet",
    "I'm probably going to file bankruptcy, and this account would be included.",
  ]),

  f('h16-en-bankruptcy-attorney-notice', 'en', 'portal', ['bankruptcy', 'attorney'], [
    "Notice: the patient filed a Chapter 13 petition on May 2. I am her bankruptcy attorney; please direct all communication to my office.",
    "My lawyer filed my bankruptcy yesterday. She said to give you her name and the case number.",
    "This account is included in my Chapter 7 case. My attorney, Dana Reyes, is handling it.",
    "I'm in a Chapter 13 plan and my bankruptcy lawyer says this debt should have been listed. Please call him.",
    "Our firm represents the debtor in a pending bankruptcy. Please update your records to reflect the filing.",
    "Attached is the notice of filing from my attorney. I filed bankruptcy and she handles all creditor questions.",
  ]),

  f('h16-en-bankruptcy-short-sms', 'en', 'sms', ['bankruptcy'], [
    "filed bk",
    "we filed bankruptcy last week fyi",
    "I'm in ch 13, this is included",
    "bankruptcy case #24-21877. check with the trustee",
    "went bankrupt in september, yall are on the list",
    "chapter 7 filed 10/2, this debts in it",
  ]),

  f('h16-en-deceased-widow-estate-letter', 'en', 'portal', ['deceased'], [
    "Dear Sir or Madam, I am writing regarding the account of my late husband, Walter Dombrowski, who passed away on February 3. I am the executor of his estate.",
    "My husband died in your hospital in January. I am now receiving bills in his name and I am settling his estate.",
    "Please note that the account holder, Harold James, is deceased. I have enclosed a copy of the death certificate.",
    "I'm the widow of the patient. He passed after forty-one years of marriage, and I'm closing out his accounts one by one.",
    "The estate is in probate. Any claim for my husband's hospital charges should be filed with the estate.",
    "Walter's gone now. I'm going through his mail and found your statement. Where do I send the letters testamentary?",
  ]),

  f('h16-en-deceased-pittsburgh-son', 'en', 'call', ['deceased'], [
    "{hi}I'm calling about my dad's account. He died back in March.",
    "Yeah, he passed. Heart attack, right after he got home from your place.",
    "He's gone. We buried him Saturday. I don't know what else to tell ya.",
    "My father's no longer with us. What do you need from me to note that on the account?",
    "The guy you're asking for, that's my pop. He passed in the spring.",
    "My dad's deceased, hon. I'm handling his stuff now.",
  ]),

  f('h16-en-deceased-hospice-nurse-after', 'en', 'call', ['deceased'], [
    "{hi}This is Carol, I'm the hospice nurse for the Whitfield family. Mr. Whitfield passed early this morning, and his daughter asked me to let the billing office know.",
    "I'm calling on behalf of the family. The patient died at home under hospice care on Tuesday.",
    "Your patient, Mrs. Ortiz, expired last night. The family asked me to call since they're not up to it.",
    "I'm with the hospice team. The account holder has passed away; the family will be in touch about the estate.",
    "The patient you've been sending statements to died on the fourteenth. I'm the nurse who was with her.",
    "His wife is too upset to call, so I'm doing it. He passed peacefully, and she wanted the hospital to know.",
  ]),

  f('h16-en-deceased-sms-daughter', 'en', 'sms', ['deceased'], [
    "this is her daughter. mom passed away last week",
    "Linda Harris died on the 2nd. please update ur records",
    "my mother is deceased",
    "she passed. we had the funeral sunday",
    "pls note account holder deceased 11/4",
    "Sorry but my mom died. This was her phone.",
  ]),

  f('h16-en-hardship-single-dad-laid-off', 'en', 'call', ['hardship'], [
    "{hi}I got laid off from the warehouse in October and I've got three kids. I can't pay this right now, I just can't.",
    "It's just me raising them, no child support coming in. Between rent and groceries there's nothing left for this.",
    "I'm not trying to dodge it. I just don't have it. Unemployment barely covers the electric.",
    "My youngest was in the hospital and I missed three weeks of work to be with her. I'm behind on everything.",
    "Right now it's rent or this bill, and I'm picking rent.",
    "I had {amount} to my name after the car broke down. There's no way this month.",
  ]),

  f('h16-en-plan-hardship-striking-steelworker', 'en', 'sms', ['hardship', 'wants_plan'], [
    "mill's on strike, no paycheck since june. can i do like {amount} a month till it's over",
    "cant pay it all, union strike pay is nothin. set me up on payments?",
    "short on money since the layoff, whats the smallest monthly payment youll take",
    "money's tight w the strike, can we spread this out",
    "I can't swing the whole thing. Payment plan?",
    "strike's killing us. I'll pay but it's gotta be in pieces",
  ]),

  f('h16-en-already-paid-pittsburgh-desk', 'en', 'call', ['already_paid'], [
    "{hi}I paid that copay right at the front desk before I even saw the doctor. The girl gave me a receipt.",
    "I paid this in full in August. I've got the bank statement showing it cleared.",
    "That balance is paid. I did it online through the portal and got the confirmation email.",
    "My husband paid it over the phone last month, he read the card number to one of yinz.",
    "I've got a canceled check for that exact amount, {amount}, cashed on the twelfth.",
    "We already took care of that one. Paid it the day the bill came.",
  ]),

  f('h16-en-wrong-person-baltimore-landline', 'en', 'call', ['wrong_person'], [
    "{hi}There's no Darnell here. You got the wrong number, baby.",
    "I've had this number eleven years, I don't know no Tamika Brooks.",
    "Wrong house. Whoever that is, they don't live here.",
    "Nah, that's not me. Different Michael Johnson, I'm guessing.",
    "This is a church office. There's nobody by that name here.",
    "Y'all keep asking for Mr. Price. He's not at this number. Never was.",
  ]),

  f('h16-en-wants-plan-dialysis', 'en', 'portal', ['wants_plan'], [
    "I'm on dialysis three times a week and I want to take care of this balance a little at a time. Can I set up monthly payments?",
    "Could we do {amount} a month? I get paid on the first.",
    "Please set up an installment plan for my account. I can make small payments every two weeks.",
    "I'd like a payment arrangement on the remaining balance from my nephrology visits.",
    "Is it possible to split this into 12 payments?",
    "I want to pay it off over the next six months if that's allowed. What's the lowest monthly amount you accept?",
  ]),

  f('h16-en-wants-assistance-grad-student', 'en', 'chat', ['wants_assistance'], [
    "{hi}I'm a graduate student on a stipend. Does the hospital have a charity care program I could apply for?",
    "My TA stipend is under your income limit, I think. Where is the financial assistance application?",
    "Is there any discount for students or low-income patients?",
    "A friend from my lab said the hospital forgave part of her bill through an assistance program. Can I apply too?",
    "What documents do I need for the financial aid application? I have my offer letter and bank statements.",
    "Do international students qualify under your financial assistance policy, or is it only for citizens?",
  ]),

  f('h16-en-bill-confusion-screenreader', 'en', 'portal', ['bill_confusion'], [
    "Dictated message colon the PDF statement is an image and my screen reader cannot read it period. Can you tell me what the charges are for?",
    "I am blind. Please send an itemized bill in an accessible format; plain text or a large-print email is fine.",
    "My screen reader reads one line as nine nine two one four dash two five. What is that?",
    "What is a facility fee, and why is it on my statement?",
    "Could someone explain the adjustments column? It lists three numbers and I can't tell which one I owe.",
    "I need a line-by-line breakdown of this bill, read to me over the phone or sent as an accessible document.",
  ]),

  f('h16-en-insurance-lakota-ihs', 'en', 'call', ['insurance_should_pay'], [
    "{hi}I'm an enrolled member at Rosebud and IHS referred me out. Purchased Referred Care was supposed to cover this, not me.",
    "You should have billed Indian Health Service. I have the referral paper right here.",
    "I've got Medicaid through the state. Nobody should be sending me a bill. Did you even send it to them?",
    "My insurance card was on file. Looks like you never submitted the claim.",
    "The claim got denied because you put in the wrong ID number. Send it back to them with the right one.",
    "That's on the insurance. I was covered that day, and I've got the paperwork that says so.",
  ]),

  f('h16-en-callback-hospice-nurse-family', 'en', 'call', ['callback_later'], [
    "{hi}I'm the hospice nurse with the Novak family. They can't talk about bills right now; could you call the daughter back next week?",
    "His son asked if you'd call him {time}. He's at the bedside until then.",
    "The family would prefer a call in the evening, after seven, when the sister's home.",
    "Can you try back Monday? The wife is resting and doesn't want to be woken.",
    "Please have someone reach out to the daughter after the weekend.",
    "This isn't a good time for them. Call back {time} and ask for Janet.",
  ]),

  f('h16-en-complaint-retired-teacher', 'en', 'chat', ['complaint'], [
    "{hi}I want to file a formal complaint about the representative who called me on Tuesday. She was condescending and rude.",
    "Your collector called me a liar. I'm 72 years old and taught school for thirty years, and I've never been spoken to like that.",
    "I'd like to speak with a supervisor about how I was treated on the phone.",
    "I'll be writing to the hospital president and the Better Business Bureau about your agency.",
    "The man on the phone kept interrupting me and threatened to 'ruin my credit.' Is that your policy?",
    "Give me your manager's name. I'm not done with this.",
  ]),

  // ─────────────────────────── ENGLISH: hard negatives ───────────────────────────

  hn('h16-en-dispute-hn-not-contesting-plan', 'en', 'call', 'dispute', ['wants_plan'], [
    "{hi}I'm not disputin' nothin', the bill's right, I just need to pay it in chunks.",
    "I know I owe it, I was there, I got the stitches. Can we do monthly?",
    "No argument on the amount. Can I split it up over a few months?",
    "I'm not calling to fight it. I just want a payment arrangement.",
    "The charges are all legit, I'm not saying they aren't. I need installments.",
    "Don't get me wrong, I'm not contesting a thing. Put me on a plan, hon.",
  ]),

  hn('h16-en-dispute-hn-others-dispute', 'en', 'chat', 'dispute', [], [
    "My sister disputed her bill from your ER and it took four months. Mine's fine, I just want to pay it.",
    "My roommate told me to dispute everything on principle lol. Not doing that, what's my balance?",
    "My coworker swears you guys double bill. I checked mine, it's correct.",
    "My dad disputes every bill he gets. I'm not him. How do I pay online?",
    "Some guy on Reddit said to always dispute medical bills. Mine's accurate though. Where's the pay button?",
    "Me and my wife had a whole dispute about who'd pay this one. She won, so I'm paying. What's the total?",
  ]),

  hn('h16-en-dispute-hn-confirming-correct', 'en', 'sms', 'dispute', [], [
    "yep that's my bill, amount looks right",
    "yes i was there on the 5th, that's mine",
    "confirmed, thats my account and the charges are right",
    "ok yeah those are my labs. all good",
    "correct amount. will pay friday",
    "no issues w the charges, thx for checking",
  ]),

  hn('h16-en-dispute-hn-legal-aid-process-question', 'en', 'portal', 'dispute', [], [
    "I'm an intake worker at a legal aid office. Not about any particular account: what is your general process when a patient wants to contest a charge?",
    "For our client handout, could you tell me how long your office usually takes to review a billing dispute?",
    "General question, no account attached: where should patients mail a dispute letter, and is there a form?",
    "We're updating our resource guide. Does your agency accept disputes by email, or only by mail?",
    "Is there a deadline for patients to raise a dispute after they get a statement? Asking so we can advise people correctly.",
    "This isn't a dispute, it's a policy question: do you pause collection while a dispute is under review?",
  ]),

  hn('h16-en-cease-hn-call-me-more', 'en', 'sms', 'cease_communication', ['callback_later'], [
    "pls call me back after 6pm I work nights and keep missing u",
    "you can call me anytime {time}, I want to get this done",
    "dont stop calling lol I just cant answer at work. try after 7",
    "call me tonight, I'm up all night on shift anyway",
    "keep trying me, best time is around midnight on my lunch",
    "Can someone call me {time}? I missed your last two calls",
  ]),

  hn('h16-en-cease-hn-stop-by', 'en', 'chat', 'cease_communication', [], [
    "Can I just stop by the office on Liberty Ave and pay in person?",
    "I'll stop in Thursday with a check, what are your hours?",
    "Is it ok to stop by the cashier window without an appointment?",
    "Where do I park if I stop by to drop off my paperwork?",
    "Gonna swing by on my way home, is billing still on the second floor?",
    "Could I stop over at lunch and sign whatever you need?",
  ]),

  hn('h16-en-cease-hn-turn-reminders-back-on', 'en', 'portal', 'cease_communication', [], [
    "I stopped getting text reminders about my balance. Can you turn them back on?",
    "I accidentally replied STOP to your texts. I actually want them. How do I opt back in?",
    "Please add my email to my account so I get statements electronically too.",
    "Don't stop sending me the paper statements, I need them for my HSA.",
    "I'd like to sign up for text alerts when a new statement posts.",
    "Your texts used to come every month and now nothing. Did I get unsubscribed by mistake?",
  ]),

  hn('h16-en-cease-hn-phone-stopped-working', 'en', 'sms', 'cease_communication', [], [
    "sorry my phone stopped working last week thats why i didnt answer. this is my new number",
    "my old number got shut off, use this one from now on",
    "had to stop at the pharmacy, got your vm, what do I need to do",
    "the autopay stopped going thru?? my card expired i think",
    "calls werent coming through, my carrier was messing up. all good now, reach me here",
    "quit my old phone plan, this is the new #",
  ]),

  hn('h16-en-attorney-hn-power-of-attorney', 'en', 'call', 'attorney', ['wants_plan'], [
    "{hi}I have power of attorney for my mother and I'd like to set up a payment plan on her account.",
    "I'm her POA. Can we do monthly payments on the balance?",
    "I'll fax the power of attorney paperwork, and then can we arrange installments for Dad?",
    "As his attorney-in-fact I can sign for him. We want to pay this off over a year.",
    "My brother and I share durable power of attorney. We'd like to spread her bill over six months.",
    "I'm the POA, not a lawyer, just her daughter. Could she pay {amount} a month?",
  ]),

  hn('h16-en-attorney-hn-no-lawyer', 'en', 'chat', 'attorney', [], [
    "I'm not getting a lawyer over this, let's just sort it out between us.",
    "No lawyers, no drama. What's the payoff amount?",
    "I don't have an attorney and I don't need one. Just tell me the balance.",
    "Nobody's suing anybody. I'm just checking on my account.",
    "You don't have to talk to me like I'm lawyering up. I'm not.",
    "I haven't talked to any attorney and I'm not planning to.",
  ]),

  hn('h16-en-attorney-hn-works-around-lawyers', 'en', 'sms', 'attorney', [], [
    "I work security at a law firm downtown lol but this is my own bill, whats the balance",
    "im a paralegal but not on this, its my personal account. how do I pay",
    "I clean offices for lawyers, doesnt mean I have one lol. I'll pay when I get paid",
    "my daughter's in law school, she looked it over and said the bill looks right",
    "the lawyers I work for dont do personal stuff anyway. can I pay by phone",
    "Law and Order was on when you called, thats why I didnt pick up haha. what do you need",
  ]),

  hn('h16-en-attorney-hn-need-a-lawyer-to-read-this', 'en', 'portal', 'attorney', ['bill_confusion'], [
    "Do I need a lawyer to understand this bill? Because I sure can't figure it out. What is code 99285?",
    "I'm not lawyering up, I just need someone to walk me through these charges.",
    "It would take an attorney to decode this statement. Can you send an itemized version?",
    "My friend who's a paralegal couldn't make sense of it either. What's the 'observation' line for?",
    "You'd need a law degree to read this. Which amount is actually mine?",
    "Not a legal question, just a billing one: what does 'professional component' mean?",
  ]),

  hn('h16-en-bankruptcy-hn-not-filing', 'en', 'call', 'bankruptcy', ['wants_plan'], [
    "{hi}I'm not filing bankruptcy, I want to pay this. Can we work out monthly payments?",
    "People keep telling me to go bankrupt. I'd rather pay it off slow.",
    "Bankruptcy's not for me. Set me up on installments.",
    "My brother-in-law said file Chapter 7. No sir. I'll pay {amount} a month.",
    "I'm not gonna declare bankruptcy over a hospital bill. Let's do a plan.",
    "I'm not in bankruptcy or anything like that. I just need to break this into payments.",
  ]),

  hn('h16-en-bankruptcy-hn-hyperbole', 'en', 'sms', 'bankruptcy', ['hardship'], [
    "this bill is gonna bankrupt me lol. i dont have it rn",
    "one ER visit and im basically broke. cant pay this month",
    "yall trying to bankrupt me?? i make 14 an hour",
    "I'm broke broke. like bankrupt-in-spirit broke. can't do it this month",
    "my bank account is bankrupt lol. got nothing till next check",
    "financially ruined by a sprained ankle apparently. I can't afford this",
  ]),

  hn('h16-en-bankruptcy-hn-old-and-done', 'en', 'portal', 'bankruptcy', [], [
    "I went through a bankruptcy back in 2012. This is a new bill and I fully intend to pay it.",
    "My credit report still shows the old bankruptcy from years ago, but that has nothing to do with this visit. What's my balance?",
    "Since my bankruptcy was discharged in 2016 I've paid every bill on time, and I plan to pay this one too.",
    "The bankruptcy your system flagged was my ex-husband's, from before the divorce. This account is mine alone and it's current.",
    "Old bankruptcy, closed case, irrelevant here. Please just send me the statement.",
    "Don't worry about the bankruptcy from 2009, that's done. I'm good for this.",
  ]),

  hn('h16-en-bankruptcy-hn-mill-went-bankrupt', 'en', 'call', 'bankruptcy', ['insurance_should_pay'], [
    "{hi}The steel company went bankrupt in '03, but my retiree coverage moved over to the union trust. You should be billing the trust, not me.",
    "Yeah the mill went belly up, but I still got insurance through the steelworkers' plan. Did youse send it there?",
    "My old employer's bankruptcy don't mean I'm uninsured. The VEBA plan covers me. Send the claim.",
    "Everybody hears 'bankrupt' and thinks I got nothin'. I got coverage. Bill the health fund.",
    "The company's bankruptcy was twenty years ago. My card's right here, you just gotta submit it.",
    "When the plant went under the pension people took over, but the health plan's separate, and it should've paid this.",
  ]),

  hn('h16-en-deceased-hn-hospice-still-here', 'en', 'call', 'deceased', ['callback_later'], [
    "{hi}My dad's on hospice but he hasn't passed. Could you call back in a couple weeks? We're just not ready to deal with bills.",
    "He's dying, honestly, but he's still here. Please call me {time} instead.",
    "No, she's not deceased, your system's wrong. She's in hospice. Call me back Friday.",
    "He's alive, barely. Give us until next month, then call.",
    "Mom's in her last days. Can you reach out after the holidays?",
    "He's not gone yet. Try me again next week.",
  ]),

  hn('h16-en-deceased-hn-dead-phone', 'en', 'sms', 'deceased', [], [
    "sorry phone died when u called",
    "my battery was dead, what was the call about",
    "phone's been dead all day, just saw ur msg",
    "dead zone at work, didnt get the call til now",
    "sorry call dropped, my phones about to die",
    "missed you, my phone died mid shift",
  ]),

  hn('h16-en-deceased-hn-widow-own-bill-paid', 'en', 'portal', 'deceased', ['already_paid'], [
    "My husband passed in 2015 and his affairs were settled long ago. This bill is mine, from my knee surgery, and I paid it at the desk in May.",
    "I'm a widow, yes, but this account is in my own name and I already paid it online.",
    "The account is not my late husband's; it's mine. I paid it in full last month. Please check again.",
    "His estate was closed years ago. This is my bill, and I mailed a check for it on the 10th.",
    "I know your system still lists him, but he died in 2019, this charge is mine, and it's been paid.",
    "Since Frank passed I handle my own bills, and this one I paid before it was even due.",
  ]),

  hn('h16-en-deceased-hn-figurative', 'en', 'chat', 'deceased', ['bill_confusion'], [
    "I nearly died when I opened this bill. What is the 'room and board' charge?",
    "This statement is killing me. Can someone explain what CPT 36415 is?",
    "I about had a heart attack reading this. Why is there a separate anesthesia bill?",
    "Dead serious question: what's the difference between the hospital charge and the physician charge?",
    "Over my dead body could I read this thing. What exactly is the 'sterile supply' line?",
    "This bill is deader than my houseplants, I can't make heads or tails of it. Itemized please?",
  ]),

  // ───────────────────────────── SPANISH: positives ─────────────────────────────

  f('h16-es-dispute-chihuahua-cobro-doble', 'es', 'call', ['dispute'], [
    "{hi_es}Oiga, me están cobrando dos veces la misma consulta, la del día quince. Nomás fui una vez.",
    "Ahí dice urgencias dos veces, mismo día, misma cantidad. Eso está mal, yo no debo las dos.",
    "Fui una sola vez, bien clarito me acuerdo. No voy a pagar doble.",
    "Le estoy diciendo que ese cargo repetido no es mío, quítenmelo.",
    "Ya revisé el papel con mi señora y está cobrado doble, ¿eh? Nomás una es válida.",
    "Es la misma cuenta dos veces, {amount_es} y otra vez {amount_es}. Que me cobren nomás una.",
  ]),

  f('h16-es-dispute-veracruz-implicito', 'es', 'sms', ['dispute'], [
    "me llegó un cobro de un ultrasonido y a mí nunca me hicieron ultrasonido, nomás me checaron la presión",
    "aparece una radiografía de tórax del 3 de mayo, ese día yo estaba trabajando en el puerto",
    "ese medicamento que sale en la cuenta ni me lo dieron, me mandaron a comprarlo afuera",
    "dice habitación privada y yo estuve toda la noche en una camilla en el pasillo",
    "cobran anestesia y a mí me cosieron sin anestesia, la neta",
    "sale una consulta con especialista, nunca vi a ningún especialista oiga",
  ]),

  f('h16-es-dispute-bogota-validacion', 'es', 'portal', ['dispute'], [
    "Buenas tardes. Solicito que me envíen por escrito la documentación que demuestre que esta deuda es mía, pues no la reconozco.",
    "Le agradezco me haga llegar el detalle y el soporte de la supuesta obligación. No tengo conocimiento de ella.",
    "Con todo respeto, no reconozco este saldo. Requiero prueba de la deuda antes de cualquier pago.",
    "Esta cuenta no corresponde a ningún servicio que yo haya recibido. Pido la validación formal de la deuda.",
    "Quisiera que me mostraran el contrato o la autorización que supuestamente firmé, porque yo no firmé nada.",
    "Por favor verifiquen: el número de documento que aparece en la cuenta no es el mío.",
  ]),

  f('h16-es-dispute-lima-robo-identidad', 'es', 'chat', ['dispute'], [
    "{hi_es}Me están cobrando una cirugía en su hospital pero yo nunca he sido operada. Creo que alguien usó mis datos.",
    "Hace dos meses me robaron la cartera con mis documentos. Esa cuenta no la abrí yo.",
    "Ya puse la denuncia por robo de identidad. Esa deuda no es mía.",
    "La dirección que tienen es de otro estado; yo nunca he ido a ese hospital.",
    "El nombre se parece al mío pero la fecha de nacimiento no coincide. No me corresponde pagar eso.",
    "Alguien se hizo pasar por mí, pues. Yo no me atendí ahí.",
  ]),

  f('h16-es-dispute-complaint-salvador', 'es', 'call', ['dispute', 'complaint'], [
    "{hi_es}Mire, el monto está mal y la señorita que me atendió ayer me habló bien feo. Quiero hablar con su supervisor.",
    "No debo eso que dicen, y encima me colgaron el teléfono. Voy a poner una queja.",
    "Me cobran un laboratorio que nunca me hicieron y el muchacho me gritó. Páseme con el encargado.",
    "Esa cantidad no es, y no es justo que me traten como si fuera ladrona. Quiero reportarlos.",
    "Ya van tres veces que explico que ese cargo no es mío y nadie me hace caso; el último hasta se burló. Exijo hablar con un gerente.",
    "Ese cobro está equivocado y su empleada fue grosera conmigo. Deme el nombre de su jefe.",
  ]),

  f('h16-es-cease-dominicana-no-llamen', 'es', 'call', ['cease_communication'], [
    "{hi_es}Mire, no me llamen más, ¿oyó? Si tienen algo, mándenlo por correo.",
    "Dejen de llamarme, por favor, que ya me tienen loca.",
    "Yo no quiero más llamadas de ustedes. Escríbanme una carta y ya.",
    "Borren este número, no me vuelvan a llamar.",
    "Ni una llamada más, se lo pido. Lo que sea, por escrito.",
    "A este teléfono no me llamen, que aquí no quiero que sepan de mis cosas.",
  ]),

  f('h16-es-cease-sms-corto', 'es', 'sms', ['cease_communication'], [
    "ya no me manden mensajes",
    "ALTO",
    "no más textos porfa",
    "dejen de textear",
    "quítenme de su lista de mensajes",
    "no me escriban a este número",
    "PARE ya con los mensajes",
  ]),

  f('h16-es-cease-implicito-trabajo-albuquerque', 'es', 'call', ['cease_communication'], [
    "{hi_es}Oiga, al número del trabajo no, ¿eh? Ese es el phone de la oficina y mi boss contesta.",
    "Al trabajo no me marquen, I could get fired por eso.",
    "El número que termina en 2290 es de mi jobsite. Ese bórrenlo.",
    "Nomás al cell. Al work no.",
    "Mi supervisor me preguntó quién me andaba llamando. Please, al trabajo ya no.",
    "A la chamba no me hablen, ¿qué no? Es lo único que pido.",
  ]),

  f('h16-es-cease-abuela-hartford-carta', 'es', 'portal', ['cease_communication'], [
    "Saludos. Le escribe doña Carmen Rosario. Les pido que no me llamen más a la casa, que yo no oigo bien y me pongo nerviosa. Todo por correo, por favor.",
    "Mi nieto me está ayudando a escribir esto. No quiero más llamadas. Si hay que mandar algo, que sea carta.",
    "Nena, por favor, no me llamen por teléfono. Escríbanme, que mi nieta me lee las cartas.",
    "Ustedes llaman a las ocho de la mañana y yo estoy durmiendo. No llamen más, bendito.",
    "Quiero que me quiten el teléfono de la cuenta. Solamente por correo.",
    "Les agradezco que paren las llamadas. Yo a mis años no estoy para eso.",
  ]),

  f('h16-es-cease-complaint-denver', 'es', 'chat', ['cease_communication', 'complaint'], [
    "{hi_es}Ya me llamaron like diez veces esta semana. Stop calling me, y quiero hablar con un manager sobre esto.",
    "Esto es harassment. No me llamen más, y voy a poner una queja con el estado.",
    "Su agent me habló súper rude. No quiero más llamadas y quiero reportarla.",
    "Me marcan a las siete de la mañana on a Sunday. Ya basta de llamadas, y díganme con quién me quejo.",
    "Dejen de textearme y de llamarme, y pásenme con el supervisor, porque así no se trata a la gente.",
    "No more calls, ¿ok? Y voy a poner una queja formal por cómo me han tratado.",
  ]),

  f('h16-es-attorney-asturias-abogado', 'es', 'portal', ['attorney'], [
    "Buenos días. Les comunico que he contratado a un abogado para este asunto y que a partir de ahora deben dirigirse a él.",
    "Mi abogada, la señora Fernández, lleva este tema. Les adjunto sus datos de contacto.",
    "Este asunto ya está en manos de mi letrado. No voy a tratar la factura directamente.",
    "Pues nada, que he hablado con un abogado de Oviedo y me ha dicho que no trate con ustedes, que le llamen a él.",
    "Les informo de que cuento con representación legal respecto a esta deuda.",
    "Me representa un despacho de abogados de aquí, de Estados Unidos; les envío el nombre y el teléfono.",
  ]),

  f('h16-es-attorney-quetzaltenango-licenciado', 'es', 'call', ['attorney'], [
    "{hi_es}Fíjese que voy a buscar un abogado para esto, ya estoy averiguando.",
    "Ya me comuniqué con un licenciado, él me va a ayudar con esta cuenta.",
    "Mi abogado me dijo que ya no hable de esto con ustedes, que lo llamen a él.",
    "Vaya pues, esta semana voy a ir con un abogado.",
    "Ya tengo licenciado que me está llevando el caso, ahorita le paso el número.",
    "Con todo respeto, esto lo va a ver mi abogado.",
  ]),

  f('h16-es-attorney-accidente-roofer', 'es', 'sms', ['attorney'], [
    "tengo abogado por el accidente, él se encarga de las cuentas del hospital",
    "hablen con mi abogada, le mando su numero",
    "el abogado del accidente dice q le manden todo a su oficina",
    "ya contraté abogado, no voy a hablar de la cuenta",
    "mi lawyer se está encargando de esto",
    "todo lo de la caída del techo lo lleva el licenciado Ramírez",
  ]),

  f('h16-es-attorney-bogota-ayuda-legal', 'es', 'chat', ['attorney'], [
    "{hi_es}Le cuento que ya tengo asesoría de una organización de ayuda legal y una abogada lleva mi caso.",
    "La abogada de la clínica jurídica me representa en esto. Ella les va a enviar una carta.",
    "Me asignaron un abogado de oficio para el tema de la deuda.",
    "Estoy representada por los servicios legales comunitarios. Cualquier cosa, con ellos.",
    "Mi abogada me pidió que les informara que ella se encarga desde ahora.",
    "Ya radiqué el caso con un abogado, así que por favor comuníquense con él.",
  ]),

  f('h16-es-bankruptcy-dominicana-declarada', 'es', 'call', ['bankruptcy'], [
    "{hi_es}Yo me declaré en bancarrota el mes pasado. Ustedes están en la lista.",
    "Ya sometí el capítulo 7, tengo el número del caso aquí mismo.",
    "Estoy en quiebra, mi amor, eso ya lo está viendo la corte.",
    "Se radicó la bancarrota en marzo. Esa deuda entra ahí.",
    "Me acogí a la bancarrota, el capítulo siete. ¿Quiere el número del caso?",
    "Yo estoy en bancarrota ahora mismo; ustedes debieron recibir el aviso de la corte.",
  ]),

  f('h16-es-bankruptcy-lima-pensandolo', 'es', 'chat', ['bankruptcy'], [
    "Estoy evaluando declararme en bancarrota. ¿Pueden esperar un poco antes de mandar esto a cobranzas?",
    "La verdad estoy pensando en acogerme al capítulo 7, todavía no decido.",
    "Con todas las deudas que tengo, lo más probable es que me declare en quiebra.",
    "Tengo cita con un consejero de bancarrota la próxima semana y esta cuenta la voy a incluir.",
    "Mi esposo y yo estamos viendo lo del capítulo 13. Por favor no tomen acción todavía.",
    "Creo que voy a tener que declararme en bancarrota, y esta cuenta iría incluida.",
  ]),

  f('h16-es-bankruptcy-attorney-denver', 'es', 'portal', ['bankruptcy', 'attorney'], [
    "Estoy en un plan de capítulo 13 y mi abogado de bankruptcy dice que esta cuenta debió estar incluida. Comuníquense con él.",
    "Mi lawyer ya sometió mi bancarrota. Les paso su número y el número del caso.",
    "Adjunto la notificación de mi abogada. Me declaré en quiebra y ella atiende a los acreedores.",
    "Filed bankruptcy la semana pasada con un abogado. Todo lo de esta cuenta es con su oficina.",
    "Mi abogado de quiebras me pidió que les avise que ya está radicado el caso.",
    "La abogada que me lleva el capítulo 7 les va a llamar, ella tiene todos los papeles.",
  ]),

  f('h16-es-bankruptcy-sms-corto', 'es', 'sms', ['bankruptcy'], [
    "me declaré en bancarrota",
    "estoy en quiebra, esto entra en el caso",
    "ya hice el bankruptcy",
    "caso de bancarrota # 23-10452",
    "capítulo 7, ya está presentado",
    "fui a la corte por bancarrota, ustedes están incluidos",
  ]),

  f('h16-es-deceased-viuda-veracruz', 'es', 'call', ['deceased'], [
    "{hi_es}Le hablo porque mi esposo falleció hace tres semanas y siguen llegando cuentas a su nombre.",
    "Mi marido ya murió, señorita. Estoy arreglando sus papeles.",
    "Él falleció en el hospital de ustedes, en terapia intensiva.",
    "Soy la viuda. Se nos fue en diciembre.",
    "Mi esposo ya descansa en paz. ¿Qué papel necesitan para anotarlo?",
    "Ya no está con nosotros, lo enterramos el sábado.",
  ]),

  f('h16-es-deceased-telefono-de-la-tia', 'es', 'sms', ['deceased'], [
    "este era el teléfono de mi tía, ella falleció la semana pasada",
    "la señora Rosa Medina murió el 4 de noviembre",
    "soy el sobrino. mi tía ya falleció",
    "ella ya murió, por favor actualicen",
    "la titular de la cuenta falleció, yo me quedé con su cel",
    "mi tía Rosa se nos adelantó el domingo",
  ]),

  f('h16-es-deceased-albacea-asturias', 'es', 'portal', ['deceased'], [
    "Muy señores míos: les escribo como albacea de la herencia de mi difunto padre, don Manuel Álvarez, fallecido el pasado 12 de enero.",
    "Les comunico el fallecimiento del titular de la cuenta. Adjunto copia del certificado de defunción.",
    "Mi madre falleció en marzo y me encargo de cerrar sus asuntos. La sucesión está en trámite.",
    "Les informo de que mi tío, titular de esta factura, ha fallecido. Cualquier reclamación deberá dirigirse a la herencia.",
    "Tras el fallecimiento de mi padre, recibo yo su correspondencia. ¿A dónde envío la documentación del testamento?",
    "Lamento comunicarles que el paciente falleció. Soy su hijo y albacea.",
  ]),

  f('h16-es-deceased-hijo-desde-guatemala', 'es', 'chat', ['deceased'], [
    "{hi_es}Les escribo desde Quetzaltenango. Mi papá vivía allá en Estados Unidos y falleció el mes pasado.",
    "Mi papá, el señor que ustedes buscan, murió. Nosotros estamos en Guatemala y apenas nos enteramos de la cuenta.",
    "Fíjese que mi papá ya falleció; lo repatriamos y lo enterramos aquí en Xela.",
    "El titular era mi padre. Ya no vive, descanse en paz.",
    "Mi papá murió solo allá, trabajando. Yo soy el hijo mayor y me están llegando sus papeles.",
    "Le aviso que mi papá falleció. ¿Qué documento les mando para que lo anoten?",
  ]),

  f('h16-es-hardship-salvador-sin-trabajo', 'es', 'call', ['hardship'], [
    "{hi_es}Mire, me quedé sin trabajo en la construcción y ahorita no tengo cómo pagar eso.",
    "Ando bien apretado, vaya. Con la renta y la comida no me alcanza para esto.",
    "No es que no quiera, es que no tengo. Gano el mínimo y le mando pisto a mi mamá.",
    "Estoy enfermo y no he podido trabajar, no tengo ni para el bus.",
    "Ahorita está bien duro, mi esposa también perdió el trabajo.",
    "Con tres cipotes y un solo sueldo no me alcanza, de verdad.",
  ]),

  f('h16-es-plan-hardship-veracruz', 'es', 'sms', ['hardship', 'wants_plan'], [
    "no me alcanza para todo, puedo pagar de a poquito?",
    "estoy sin chamba, me dejan pagar en partes?",
    "ahorita ando corto de dinero, se puede hacer un plan de pagos?",
    "no tengo para pagarlo completo, me lo dejan en abonos?",
    "la cosa está dura, ¿les puedo dar {amount_es} cada mes?",
    "con lo poco que gano no puedo todo junto, ¿me lo dividen en pagos?",
  ]),

  f('h16-es-already-paid-bogota', 'es', 'chat', ['already_paid'], [
    "{hi_es}Esa cuenta ya la pagué, tengo el comprobante de la transferencia.",
    "Pagué en la caja el día de la cita y me dieron recibo.",
    "Ya está cancelada desde agosto. Le puedo mandar el pantallazo del pago.",
    "Mi hermana la pagó por el portal y le llegó la confirmación al correo.",
    "Eso lo pagamos completo, {amount_es}, con tarjeta.",
    "Ya está paga, revisen bien por favor.",
  ]),

  f('h16-es-wrong-person-quetzaltenango', 'es', 'call', ['wrong_person'], [
    "{hi_es}Aquí no vive ninguna Marta López, se equivocó de número.",
    "No, fíjese que ese señor no es de aquí. Número equivocado.",
    "Este número es mío desde hace años y no conozco a esa persona.",
    "Está equivocado, aquí es una tienda.",
    "No soy yo, vaya. Ha de ser otro con el mismo nombre.",
    "Ese muchacho que busca no vive aquí, nunca ha vivido.",
  ]),

  f('h16-es-wants-plan-dialisis-chihuahua', 'es', 'portal', ['wants_plan'], [
    "Estoy en diálisis tres veces por semana y quisiera pagar esta cuenta en abonos. ¿Se puede?",
    "¿Me permiten pagar {amount_es} al mes hasta terminar?",
    "Quisiera un plan de pagos, en mensualidades chiquitas.",
    "¿Puedo hacer pagos cada quincena? Así me pagan a mí.",
    "Me gustaría dividir el saldo en seis pagos.",
    "Solicito un arreglo de pagos para el saldo pendiente.",
  ]),

  f('h16-es-wants-assistance-lima-estudiante', 'es', 'chat', ['wants_assistance'], [
    "{hi_es}¿El hospital tiene algún programa de ayuda financiera? Soy estudiante de posgrado.",
    "Quisiera saber si califico para atención caritativa.",
    "¿Hay algún descuento para personas sin seguro?",
    "Una amiga me dijo que ustedes tienen un programa que perdona parte de la cuenta. ¿Cómo postulo?",
    "¿Dónde consigo la solicitud de asistencia financiera en español?",
    "¿Qué documentos piden para la ayuda económica del hospital?",
  ]),

  f('h16-es-bill-confusion-abuela-hartford', 'es', 'call', ['bill_confusion'], [
    "{hi_es}Mija, yo no entiendo este papel. ¿Qué es eso de 'facility fee'?",
    "Ay, bendito, aquí hay un montón de números y no sé cuál es el que yo debo.",
    "¿Me puede explicar qué es este código? Yo no sé inglés bien.",
    "Mándeme la cuenta con todo detallado, por favor, y en español.",
    "¿Por qué dice 'ajuste' y después otro número más grande? Me enredé.",
    "Mi nieto me lo leyó pero tampoco entendió. ¿Qué fue lo que me cobraron?",
  ]),

  f('h16-es-insurance-denver-spanglish', 'es', 'sms', ['insurance_should_pay'], [
    "tengo Medicaid, esto lo tiene q pagar la aseguranza no yo",
    "ustedes no le mandaron el bill a mi insurance verdad?",
    "mi seguro debió cubrir eso, tengo la tarjeta aquí",
    "le pusieron mal el número de miembro y por eso lo negaron. mándenlo otra vez al seguro",
    "eso es cosa del insurance, yo tenía cobertura ese día",
    "el claim nunca lo sometieron, el seguro me dijo que no tienen nada",
  ]),

  f('h16-es-callback-guardia-nocturno', 'es', 'sms', ['callback_later'], [
    "trabajo de noche, márquenme después de las 3 de la tarde",
    "ahorita no puedo, llámenme {time_es}",
    "estoy en turno, me pueden hablar mañana temprano?",
    "mejor llámeme el lunes, hoy no puedo",
    "a esta hora duermo. después de las 4 sí contesto",
    "¿me regresan la llamada en la noche? salgo a las 10",
  ]),

  f('h16-es-complaint-dominicana-grosero', 'es', 'chat', ['complaint'], [
    "{hi_es}Quiero poner una queja del muchacho que me llamó ayer. Fue un maleducado.",
    "La señora del teléfono me gritó. Así no se le habla a nadie.",
    "Páseme con un supervisor, por favor, que esto no se va a quedar así.",
    "Voy a reportar a su agencia con la oficina del consumidor.",
    "Me dijeron de mala manera que me iban a 'dañar el crédito'. Eso es una amenaza.",
    "Deme el nombre de su gerente. Quiero presentar una queja formal.",
  ]),

  // ─────────────────────────── SPANISH: hard negatives ───────────────────────────

  hn('h16-es-dispute-hn-no-lo-disputo-no-tengo', 'es', 'call', 'dispute', ['hardship'], [
    "{hi_es}No le estoy peleando la cuenta, sé que la debo. El problema es que ahorita no tengo.",
    "Sí me atendieron, sí es mío, no discuto nada. Pero me quedé sin trabajo y no me alcanza.",
    "El monto está bien, no lo reclamo. Nomás que con lo que gano no puedo ahorita.",
    "Yo no vengo a decir que no lo debo. Vengo a decir que estoy sin dinero.",
    "La cuenta es correcta, ni modo. Pero con el hospital de mi hija estamos bien apretados.",
    "No es reclamo, señorita, es que de verdad no me alcanza este mes.",
  ]),

  hn('h16-es-dispute-hn-cita-la-carta', 'es', 'chat', 'dispute', [], [
    "La carta dice 'si usted disputa esta deuda dentro de 30 días...'. No, no la disputo, solo quería saber si puedo pagar en línea.",
    "Leí lo de 'derecho a disputar' en el aviso, pero no es mi caso. ¿Cuál es el saldo?",
    "Ahí dice que puedo pedir verificación de la deuda. No hace falta, sí es mía. ¿Dónde pago?",
    "Eso de 'disputa' que viene al reverso no aplica para mí, la cuenta está bien.",
    "Vi el párrafo que habla de reclamos. Yo no tengo reclamo, nomás quiero liquidar.",
    "El aviso menciona que puedo impugnar el cobro, pero todo está correcto. ¿Aceptan tarjeta?",
  ]),

  hn('h16-es-dispute-hn-confirma-con-humor', 'es', 'sms', 'dispute', [], [
    "ojalá no fuera mía jaja pero sí, esa es mi cuenta",
    "sí fui ese día, ni cómo negarlo",
    "correcto, esos son mis laboratorios, qué le vamos a hacer",
    "ya quisiera yo que fuera error, pero no, está bien el monto",
    "sí, eso lo debo yo, ni modo",
    "todo bien con los cargos, por desgracia jaja",
  ]),

  hn('h16-es-dispute-hn-disputa-familiar', 'es', 'portal', 'dispute', [], [
    "Mis hermanos y yo tuvimos una disputa sobre quién iba a pagar la cuenta de mi papá. Ya quedamos en que yo la pago; él está bien, gracias a Dios. ¿Cuál es el saldo?",
    "En la familia hubo pleito por esta factura, pero ya lo resolvimos entre nosotros. La cuenta está correcta.",
    "Mi exesposo y yo seguimos disputando la custodia, pero eso no tiene que ver con esta cuenta, que es mía y está bien.",
    "Mi mamá y mi tía se pelearon por ver quién la llevaba al hospital, pero la factura no tiene nada malo. Quiero pagarla.",
    "Hubo una disputa en casa por la cuenta, nada con ustedes. Díganme cómo pago.",
    "Discutimos mucho en la casa por este cobro, pero ya revisamos y sí es correcto.",
  ]),

  hn('h16-es-cease-hn-si-llamenme', 'es', 'sms', 'cease_communication', ['callback_later'], [
    "por favor llámenme en la tarde, siempre me agarran en el trabajo",
    "no dejen de llamarme jaja nomás que sea después de las 6",
    "háblenme otra vez mañana, quiero resolver esto",
    "pueden marcarme {time_es}? no pude contestar",
    "sigan intentando, en la noche sí contesto",
    "me vuelven a llamar el viernes? ese día descanso",
  ]),

  hn('h16-es-cease-hn-me-paro-en-la-oficina', 'es', 'chat', 'cease_communication', [], [
    "¿Me puedo parar en la oficina a pagar en persona?",
    "Mañana paso por la caja a dejar el cheque, ¿a qué hora abren?",
    "Voy a pasar a dejar los papeles, ¿tengo que hacer cita?",
    "Me doy una vuelta el jueves para firmar lo que falta.",
    "¿Dónde me estaciono si paso a la oficina de cobros?",
    "Ahorita de pasada me paro ahí a pagar, ¿siguen en el segundo piso?",
  ]),

  hn('h16-es-cease-hn-mandenme-mas', 'es', 'portal', 'cease_communication', [], [
    "Ya no me llegan los mensajes de recordatorio. ¿Me los pueden volver a activar?",
    "Sin querer contesté ALTO a sus textos, pero sí los quiero recibir. ¿Cómo me vuelvo a inscribir?",
    "Por favor no dejen de mandarme los estados de cuenta en papel, los necesito para los impuestos.",
    "Quisiera que también me manden los avisos a mi correo electrónico, y en español.",
    "Antes me llegaba un texto cada mes y ahora nada. ¿Me dieron de baja sin querer?",
    "Quiero recibir alertas por texto cuando haya un cargo nuevo.",
  ]),

  hn('h16-es-cease-hn-deje-de-trabajar', 'es', 'sms', 'cease_communication', ['hardship'], [
    "dejé de trabajar en marzo por la espalda y ya no me alcanza para pagar",
    "me pararon en la fábrica, sin sueldo no puedo con esta cuenta",
    "dejaron de darme horas en el restaurante, ahorita no tengo",
    "el desempleo dejó de llegar y no tengo de dónde pagar",
    "paré de trabajar para cuidar a mi mamá, no hay dinero para esto",
    "ya no me dan turnos, no puedo pagar nada por ahora",
  ]),

  hn('h16-es-attorney-hn-poder-notarial', 'es', 'call', 'attorney', ['wants_plan'], [
    "{hi_es}Tengo poder notarial de mi mamá y quisiera arreglar un plan de pagos para su cuenta.",
    "Yo soy su apoderada. ¿Podemos pagar mensual?",
    "Le mando el poder y luego hacemos los pagos en partes para mi papá, ¿sí?",
    "Tengo el power of attorney de mi abuelo. Queremos pagar de a poco.",
    "No soy abogada, soy la hija que tiene el poder. ¿Ella puede pagar {amount_es} al mes?",
    "Mi hermano y yo tenemos el poder de mi mamá. Queremos dividir la cuenta en seis cuotas.",
  ]),

  hn('h16-es-attorney-hn-me-van-a-demandar', 'es', 'chat', 'attorney', [], [
    "¿Me van a mandar a un abogado? Yo no tengo abogado, nomás quiero saber cuánto debo.",
    "No voy a meter abogados en esto, quiero arreglarlo directo con ustedes.",
    "No tengo abogado ni lo necesito. ¿Cuál es el saldo?",
    "Nadie va a demandar a nadie, tranquilos. Solo estoy revisando mi cuenta.",
    "No he hablado con ningún abogado y no pienso hacerlo.",
    "Sin abogados y sin pleitos. ¿Cuánto es para liquidar?",
  ]),

  hn('h16-es-attorney-hn-san-judas', 'es', 'sms', 'attorney', [], [
    "ya le prendí una veladora a San Judas, mi único abogado jaja. cuánto es el saldo?",
    "el único abogado que tengo es Diosito, y ese no cobra. cómo pago?",
    "mi abogado de las causas difíciles es San Judas Tadeo jaja. ya pagué la mitad, cuánto falta?",
    "abogado? el único que conozco es el de la novela de las 9 jaja. díganme cuánto debo",
    "mi compadre es abogado pero no tiene nada que ver con esto, nomás quiero saber mi saldo",
    "trabajo de limpieza en un bufete de abogados pero esta cuenta es mía, cuál es el número para pagar",
  ]),

  hn('h16-es-attorney-hn-inmigracion-ayuda', 'es', 'portal', 'attorney', ['wants_assistance'], [
    "Mi abogado de inmigración dice que pedir la ayuda financiera del hospital no afecta mi caso. ¿Cómo la solicito?",
    "Le pregunté a mi abogada de migración y me dijo que la atención caritativa no es carga pública. Quiero aplicar.",
    "El abogado que me lleva lo de la residencia me recomendó preguntar por su programa de descuentos. ¿Califico?",
    "Mi caso de asilo lo lleva un abogado, pero esto es aparte: ¿tienen ayuda para personas de bajos ingresos?",
    "Ya consulté con el abogado de inmigración y no hay problema. ¿Me mandan la solicitud de asistencia financiera?",
    "Mi abogada de inmigración no ve cuentas médicas, pero me dijo que ustedes tienen un programa de ayuda. ¿Dónde aplico?",
  ]),

  hn('h16-es-bankruptcy-hn-orgullo', 'es', 'call', 'bankruptcy', [], [
    "{hi_es}En mi familia nadie se ha declarado en quiebra y yo no voy a ser el primero. Dígame cuánto es y lo pago.",
    "¿Bancarrota yo? No, señor. Yo pago lo que debo.",
    "Me dijeron que me declarara en bancarrota, pero eso no va conmigo. ¿Cuál es el total?",
    "Yo no me voy a ir a la quiebra por una cuenta de hospital. Mándeme el saldo y listo.",
    "Mi papá nunca se declaró en bancarrota y yo tampoco. Voy a pagar esta semana.",
    "Nada de capítulo 7 ni nada de eso. ¿A nombre de quién hago el cheque?",
  ]),

  hn('h16-es-bankruptcy-hn-exageracion', 'es', 'sms', 'bankruptcy', ['hardship'], [
    "con esta cuenta me van a dejar en la quiebra jaja, ahorita no tengo",
    "estoy en bancarrota emocional y económica lol, no me alcanza este mes",
    "me quieren quebrar o qué? gano bien poquito",
    "una visita a emergencias y quedé en la ruina, no puedo pagar",
    "mi cartera está en quiebra, no hay nada hasta la próxima quincena",
    "estoy quebrado, de verdad no tengo para esto",
  ]),

  hn('h16-es-bankruptcy-hn-hipotetico', 'es', 'portal', 'bankruptcy', [], [
    "Pura curiosidad, no pienso hacerlo: si alguien se declara en bancarrota, ¿las cuentas del hospital entran?",
    "Si algún día me declarara en quiebra, ¿esta cuenta se borraría? No es mi plan, solo pregunto.",
    "Estoy estudiando finanzas y me surgió la duda: ¿cómo manejan ustedes a pacientes en bancarrota? Yo no lo estoy.",
    "Hipotéticamente, si uno hace el capítulo 13, ¿qué pasa con su agencia? Yo estoy bien, es para saber.",
    "Una pregunta teórica: ¿reportan a crédito aunque alguien esté en bancarrota? No es mi situación.",
    "No me estoy declarando en quiebra ni nada, pero quisiera entender cómo funciona con las deudas médicas.",
  ]),

  hn('h16-es-bankruptcy-hn-la-del-hijo', 'es', 'call', 'bankruptcy', [], [
    "{hi_es}Mi hijo se declaró en bancarrota, pero esta cuenta es mía, no de él, y yo sí la pago.",
    "Lo de la quiebra es de mi hijo, vaya. Yo no tengo nada que ver con eso. ¿Cuánto debo?",
    "A mi muchacho le tocó la bancarrota, no a mí. Mi cuenta está aparte.",
    "Ustedes confundieron: el de la bancarrota es mi hijo, que se llama igual. Yo estoy al día.",
    "Mi hijo está en capítulo 7, pero yo no. Quiero pagar lo mío.",
    "Él hizo su bancarrota, yo sigo pagando mis cosas. Dígame el saldo.",
  ]),

  hn('h16-es-deceased-hn-viuda-pension', 'es', 'call', 'deceased', ['hardship'], [
    "{hi_es}Mi esposo falleció hace cinco años y desde entonces vivo de su pensión. La cuenta es mía, pero no me alcanza para pagarla.",
    "Desde que murió mi viejo me quedé sola con lo poquito del seguro social. Ahorita no tengo para esto.",
    "Soy viuda desde hace años y la cuenta es mía, de mi operación. Con lo que recibo no puedo.",
    "Quedé viuda en 2016; lo mío apenas alcanza para la renta y las medicinas.",
    "Mi marido ya tiene tiempo que se murió. Esta consulta fue mía y el dinero no me da.",
    "Desde que enviudé vivo al día. No me alcanza para esta cuenta.",
  ]),

  hn('h16-es-deceased-hn-figurado', 'es', 'sms', 'deceased', [], [
    "perdón, estaba en el pueblo por Día de Muertos y no tenía señal. para qué me buscaban?",
    "se me murió el celular justo cuando me llamaron",
    "estaba muerta de cansancio y no contesté, aquí estoy",
    "el carro se me murió en la carretera y no llegué a la cita de pago, cuándo puedo ir?",
    "zona muerta en el rancho, no entraba la llamada. ya tengo señal",
    "me muero de hambre en el trabajo y no alcancé a contestar, qué necesitan",
  ]),

  hn('h16-es-deceased-hn-mismo-nombre', 'es', 'portal', 'deceased', [], [
    "No, no, la que falleció fue mi mamá, que se llamaba igual que yo. Esta cuenta es mía, de mi parto.",
    "Me llamo igual que mi difunta madre, por eso se confunden. La paciente soy yo y estoy vivita.",
    "Ustedes pusieron en el sistema que la titular falleció, pero esa fue mi mamá hace años. Yo sigo aquí y quiero ver mi saldo.",
    "Mi madre murió en 2018; yo soy la hija, María Elena también. La factura del mes pasado es mía.",
    "Por favor corrijan: la difunta es mi mamá, no yo. Esta visita fue mía.",
    "Sí, mi mamá ya falleció, que en paz descanse, pero esto no tiene nada que ver con ella. Es mi propia consulta.",
  ]),

  hn('h16-es-deceased-hn-abuelo-grave', 'es', 'chat', 'deceased', [], [
    "Mi abuelito está muy grave en el hospital. Si llegara a fallecer, ¿la deuda pasa a nosotros?",
    "Pregunto por adelantado, porque mi abuelo está delicado: ¿qué pasa con una cuenta cuando el paciente muere?",
    "Mi abuelo sigue vivo, gracias a Dios, pero quiero saber qué pasaría con su cuenta si fallece.",
    "No ha muerto, pero el doctor dice que le queda poco. ¿Los nietos tendríamos que pagar?",
    "Si mi abuela se nos va, ¿a quién le cobran? Todavía está con nosotros.",
    "Es para estar preparados: ¿la cuenta de un difunto la paga la familia? Mi abuelo aún vive.",
  ]),
];
