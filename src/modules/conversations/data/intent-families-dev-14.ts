/**
 * Set: dev14 (training set), PREFIX d14.
 *
 * Written apart by a helper that opened no other intent-family file and nothing under docs/:
 * every utterance comes from the helper's own sense of how people talk to a hospital billing
 * office or its collection agency (calls, SMS, web chat, patient-portal messages and letters).
 *
 * Started (UTC): 2026-12-07T23:15:01Z
 * Finished (UTC): 2026-12-07T23:22:42Z
 *
 * Voices (English): an Atlanta woman billed for an ER visit she never had; a Memphis man fighting a
 * wrong amount; a Memphis FedEx-hub worker whose job keeps getting called; a Korean-American church
 * deacon in Duluth GA (church phone, and speaking for a widowed church member); a Filipino nurse's
 * aide (work phone; her mother's death); an Amish neighbor calling from a phone shanty for an
 * English neighbor in bankruptcy; a Montana rancher (double-billed air ambulance; bad cell signal);
 * a Montana ranch wife at calving time; a trans man correcting his name and reporting misgendering;
 * a foster mom and a foster dad; a court-appointed guardian of an elderly ward and a niece
 * appointed guardian of her uncle; an estate attorney's legal assistant;
 * a combat veteran with PTSD; an older Vietnam-era veteran; two teenagers who just turned 18; a
 * retired Vermont schoolteacher; a Houston gig driver after a wreck; a Cajun shrimper from
 * Terrebonne Parish; a Detroit dad after a plant closing; an Ohio auto-shop owner; a Tampa nurse
 * with a bankruptcy lawyer; a Florida widow; a son texting about his father; a Boston college
 * student; a wife quoting her husband; a sister asking for her sister; a Louisville night-shift
 * warehouse worker; a paralegal with her own bill; an Alabama pastor's wife; a laid-off Nashville
 * cook; a Diné man from Gallup; a woman whose letters call her "the estate"; a Somali-American cab
 * driver in Minneapolis; a Toledo trucker getting someone else's texts; a Hmong-American son
 * interpreting; a Vietnamese-American salon owner in Houston; a Minnesota grandmother.
 *
 * Voices (Spanish): a Oaxacan farmworker, daughter and mother; tapatíos from Jalisco; michoacanos
 * (a field worker, a packing-house worker, a man with a licenciado); Dominicans in New York
 * (Bronx, Washington Heights); caleños from Cali; panameños; paraguayos mixing Guaraní; a
 * valenciana and a valenciano from Spain; San Antonio Spanglish speakers; a Puerto Rican in
 * Kissimmee; a Cuban in Hialeah; a Salvadoran in Los Angeles; a Guatemalan in Houston; a Venezuelan
 * in Doral; an El Paso woman from Chihuahua; a Honduran in New Orleans; a Peruvian in Paterson; a
 * bogotana; a poblana widow in Queens; an Ecuadorian in Queens; a Nicaraguan in Miami; a Guerrero
 * day laborer; an Argentine from Mendoza; a Salvadoran grandmother paying in cash; a valenciana
 * whose insurer should have paid.
 */
import { family as f, hardNegative as hn, type IntentFamily } from './intent-families.js';

export const DEV_14_FAMILIES: IntentFamily[] = [
  // ===================================================================== ENGLISH: positives
  // ---- dispute
  f('d14-en-dispute-atlanta-er-never', 'en', 'call', ['dispute'], [
    "{hi}yes, this is Tonya Gaines, and I'm looking at a bill from y'all for an emergency room visit on the fourteenth. I have not set foot in an emergency room since 2019, baby. That is not mine.",
    "I was at work at the airport that whole day, I clock in and out, I got proof. Whoever went to that ER, it was not me.",
    "Now y'all got my birthday right but that is not my address, I have never lived in Decatur. Somebody is using my information.",
    "I'm not paying for something I did not get. Take that off my account.",
    "Ma'am, I need y'all to show me something with my signature on it, 'cause I never signed in at no hospital that day.",
    "The charge for the CT scan? No ma'am, I ain't had no CT scan. Never. Remove it.",
    "this whole {amount} balance is wrong, it belongs to somebody else and I want it off my credit",
  ]),
  f('d14-en-dispute-just-18-identity', 'en', 'sms', ['dispute'], [
    "hey so i just turned 18 like 2 weeks ago and already got a collections text?? i never went to ur hospital",
    "this isnt mine. i was literally in high school in another state when this says i got surgery",
    "bro someone used my social, i didnt even know i had one til my mom showed me the card lol. not my bill",
    "i dont owe this. my mom says to tell u its identity theft and we filed a police report",
    "can u send proof this is actually my debt? like a signed form or something. bc it's not",
    "wrong. i've never had an appointment there. remove it pls",
    "how do i owe {amount} when the only doctor i've ever seen is my pediatrician",
  ]),
  f('d14-en-dispute-montana-double-flight', 'en', 'call', ['dispute'], [
    "{hi}name's Dale Hoffman, out past Miles City. Got billed twice for the same air ambulance. One ride, two bills.",
    "That helicopter only picked me up once, and I only got throwed off that horse once. You've got it on here two times.",
    "I owe for one trip, I'll grant you that, but not the second one. Second one's a duplicate.",
    "Same date, same time, same run number. You folks charged it twice. Take the extra one off.",
    "I've paid my bills for fifty-some years. I'm not paying for a flight I didn't take.",
    "Your total's off by about half. That second line is the same as the first one.",
  ]),
  f('d14-en-dispute-vet-validation-no-calls', 'en', 'portal', ['dispute', 'cease_communication'], [
    "I am requesting validation of this debt. I do not recognize the account. Do not call me; I have PTSD from my service and unexpected phone calls are a problem for me. Send everything by mail.",
    "Stop calling my cell. Anything you want to tell me can come in writing, and the first thing I want in writing is proof that I owe this.",
    "I was at the VA medical center on that date, not your hospital. This balance isn't mine. Communicate with me by letter only.",
    "Per the FDCPA I dispute this debt in full and request that you cease all phone contact. Written correspondence only.",
    "I'm a combat vet. Calls from numbers I don't know set me off. Quit calling, and mail me the records showing I was ever your patient, because I wasn't.",
    "No more phone calls. I don't owe you this money and I need it shown on paper before this goes any further.",
  ]),
  f('d14-en-dispute-memphis-wrong-amount-supervisor', 'en', 'call', ['dispute', 'complaint'], [
    "{hi}man, I been on hold forty minutes to hear the same wrong number. My bill was {amount}, not what y'all saying. Let me talk to a supervisor.",
    "The lady before you hung up on me. That balance is wrong and I want somebody over you on the phone.",
    "Y'all added fees on a bill I already told you was wrong. I'm filing a complaint with the attorney general, 'cause that charge ain't mine.",
    "Put your manager on, because that lab fee came off somebody else's chart, not mine.",
    "I'm gonna report y'all to the Better Business Bureau. I had one X-ray, not two, and I ain't paying for two.",
    "You been rude since you picked up. I'm not paying for a specialist I never saw. Get me a supervisor.",
  ]),

  // ---- cease_communication
  f('d14-en-cease-memphis-fedex-job', 'en', 'call', ['cease_communication'], [
    "{hi}do not call me at my job again. My lead at the hub came and pulled me off the floor for your call.",
    "This number you keep calling is my work line. Take it out of your system.",
    "I'm asking you nicely: no more calls to my employer. You can reach me at home.",
    "My boss is not part of this. Stop calling FedEx asking for me.",
    "They announced on the radio at work that a collection agency was holding for me. Y'all cannot be calling my workplace.",
    "Remove the work number. Don't call there, period.",
  ]),
  f('d14-en-cease-aide-work-phone-texts', 'en', 'sms', ['cease_communication'], [
    "Good day po. Please stop texting this number, it is the phone of the nursing home where I work.",
    "Sir/ma'am, this is the facility phone. No more text messages here please. Thank you po.",
    "pls remove this number from ur texts. the residents families use this line",
    "STOP. this is a work phone, no more bill texts to it",
    "I'm asking again po, don't send SMS to this number anymore. Mail is ok.",
    "This is Joy. Please no more texting here, my charge nurse reads this phone.",
  ]),
  f('d14-en-cease-deacon-church-office', 'en', 'call', ['cease_communication'], [
    "{hi}this is Deacon Park from Hanbit Presbyterian. The number you called is our church office. Please do not call this number for my bill anymore.",
    "My wife put church number on the form by mistake. Please, no more calls to church. Our pastor answer the phone.",
    "I will handle my account, but not through church office telephone. Please delete that number.",
    "Sunday, Wednesday, many people are in the office and they hear the message. Don't call there again, please.",
    "You may send letter to my home. Phone calls to the church must stop.",
    "Please, I ask respectfully. Take church number off, do not call it.",
  ]),
  f('d14-en-cease-vermont-teacher-letter', 'en', 'portal', ['cease_communication'], [
    "To whom it may concern: I am writing to ask that you cease all contact with me regarding account ending 4471. I will not discuss it further by phone, text, or mail.",
    "Please consider this my formal request that your agency stop communicating with me. I am seventy-eight years old and I do not wish to hear from you again.",
    "Effective immediately, do not contact me by telephone. If you must reach me, a letter to my home address will do.",
    "I have already asked your representatives twice, politely, and I will now put it in writing: no further calls or text messages.",
    "Kindly remove my landline and my daughter's cell from your records. Neither is to be called about this matter.",
    "I request that all communication cease. I understand you may notify me of specific actions as the law allows, but nothing more.",
  ]),

  // ---- attorney
  f('d14-en-attorney-estate-legal-assistant', 'en', 'portal', ['attorney', 'deceased'], [
    "This office represents the Estate of Harold J. Brennan, who died on March 3. Please direct all future correspondence regarding his account to attorney Lisa Marchetti at our firm.",
    "I am the legal assistant to the attorney handling Mr. Brennan's estate. Mr. Brennan is deceased; enclosed are the death certificate and letters testamentary. Please send any claim to our office.",
    "Our firm has been retained by the executor of the decedent's estate. Kindly route any claim against the late Mrs. Okafor's estate to counsel, not to her family.",
    "Following Ms. Alvarez's passing, our attorney is administering her estate. Please contact our office rather than the surviving children.",
    "Re: Estate of Dolores Kim (deceased 11/2). Counsel for the estate asks that any creditor claim be submitted to this office before the probate deadline.",
    "Hi, this is Amanda from Whitfield & Ross. The patient passed away last month and we represent the estate, so please update your file with our contact info.",
  ]),
  f('d14-en-attorney-houston-wreck', 'en', 'call', ['attorney'], [
    "{hi}yeah, I got rear-ended on 610 doing a DoorDash run, and my lawyer's handling all the medical bills from that.",
    "I got a personal injury attorney, so y'all need to send this to his office, not me.",
    "Bro, I already told the last guy, I got a lawyer on this. Write down his name: Marcus Bell, Bell Injury Law.",
    "My attorney said everything about the accident bills goes through him, so I'm gonna give you his office number.",
    "There's a letter of protection on file. My lawyer sent it to y'all in June.",
    "I hired a lawyer after the wreck. Any questions about this account, call him.",
  ]),
  f('d14-en-attorney-atlanta-harassed', 'en', 'sms', ['attorney', 'complaint'], [
    "yall harassing me 6 times a day. im calling a lawyer and reporting yall",
    "Keep talking to me like that and my attorney will be the next one you hear from. Your rep was nasty.",
    "I'm getting a lawyer. I have never been treated this rude by anybody over a bill.",
    "Screenshot taken of this text. Going to my attorney and the CFPB tomorrow.",
    "your collector cussed at me on a recorded line. my lawyer is gonna love that",
    "I want the name of the man who threatened to garnish my check. My lawyer needs it.",
  ]),
  f('d14-en-attorney-cajun-represented', 'en', 'chat', ['attorney'], [
    "My lawyer's handling this now. His number's on the letter he sent y'all.",
    "Cher, I got an attorney now, Mr. Thibodeaux in Houma. You go through him.",
    "All dealings on this bill go through my lawyer from here on out.",
    "I'm represented. Contact my attorney.",
    "Me, I don't handle this no more, my lawyer do. Call his office.",
    "talk to my lawyer about it, I gave y'all his card at the desk",
  ]),

  // ---- bankruptcy
  f('d14-en-bankruptcy-detroit-ch7', 'en', 'call', ['bankruptcy'], [
    "{hi}I filed Chapter 7 last month. Case number is 24-41873. Your hospital's listed as a creditor.",
    "I'm in bankruptcy, Eastern District of Michigan. This debt's included.",
    "You should've got a notice from the court. I filed, so there's an automatic stay.",
    "Yeah, I went bankrupt after the plant closed. Filed in September.",
    "This balance was listed in my Chapter 7. Check with the trustee.",
    "I already filed. You can't collect on this while my case is open.",
  ]),
  f('d14-en-bankruptcy-amish-neighbor-calls', 'en', 'call', ['bankruptcy'], [
    "Hello, I am calling from the phone shanty for my neighbor, Gary Lutz. He asked me to tell you he has filed the bankruptcy.",
    "Gary's telephone was shut off, so he asked me to call. He went to the court in Lancaster and filed. He has the papers.",
    "Ja, he is in the bankruptcy now. He said the hospital bill is on his list.",
    "I do not know the words so well, but he wrote it down for me: Chapter 7, filed on the tenth.",
    "He is a good man but he could not keep up. He has filed for bankruptcy, and he wanted you to know.",
    "He says to tell you the bankruptcy case has a number, and I can read it to you if you wish.",
  ]),
  f('d14-en-bankruptcy-ohio-shop-weighing', 'en', 'chat', ['bankruptcy'], [
    "I'm weighing Chapter 13 and I'd ask you to hold off on anything until I decide.",
    "Honestly I'm thinking about filing. Between the shop loans and this hospital bill I don't see another way.",
    "Chapter 13 is looking likely for us. Can you pause collections a few weeks while we figure it out?",
    "Not trying to dodge you. I'm seriously considering bankruptcy and this account would go in it.",
    "we might have to file. hold the account please",
    "My accountant ran the numbers and bankruptcy might be where this ends up.",
  ]),
  f('d14-en-bankruptcy-filed-stop-texting', 'en', 'sms', ['bankruptcy', 'cease_communication'], [
    "filed ch 13. stop texting me",
    "Im in bankruptcy, quit sending these texts",
    "Stop messaging this number. Bankruptcy filed 3/12, case 23-10442.",
    "we filed bankruptcy. no more texts or calls",
    "Filed chapter 7 last week. Don't contact me again.",
    "bankrupt. remove my number",
  ]),
  f('d14-en-bankruptcy-tampa-with-counsel', 'en', 'chat', ['bankruptcy', 'attorney'], [
    "My bankruptcy attorney is filing my Chapter 7 next week. Please contact her office about this account.",
    "I'm represented by counsel in my bankruptcy. Her name is Gina Alvarez, Esq.",
    "Filed Chapter 13 with my lawyer last Tuesday. His info is on the notice you should have received.",
    "We're working with a bankruptcy lawyer and filing this month. Direct questions to him.",
    "I've retained an attorney for bankruptcy. This debt is being listed.",
  ]),

  // ---- deceased
  f('d14-en-deceased-florida-widow', 'en', 'call', ['deceased'], [
    "{hi}I'm calling about my husband Walter's account. Walter passed away in January.",
    "He died at your hospital, actually, in the ICU. And now I'm getting these bills in his name.",
    "My husband is deceased. I have the death certificate if you need a copy.",
    "Honey, Walter's gone. Fifty-two years we were married. I don't know what I'm supposed to do with these letters.",
    "The patient on this account was my husband, and he's passed on. What do you need from me?",
    "He passed in his sleep on the sixth. Please put that on his file.",
  ]),
  f('d14-en-deceased-aide-nanay', 'en', 'call', ['deceased'], [
    "{hi}I'm calling for my mother, Corazon Villanueva. She passed away last week po, at your hospital.",
    "My mom died on the 2nd. I work as a nurse's aide so I know how this goes, but I don't know what to do with her bills.",
    "Nanay is gone already. The account is under her name.",
    "She expired on the 14th. Sorry, I say it like at work. My mother died on the 14th.",
    "We buried her in Daly City on Saturday. Can you note on her account that she is deceased?",
    "My mother passed. I will fax the death certificate, where should I send it?",
  ]),
  f('d14-en-deceased-son-texts', 'en', 'sms', ['deceased'], [
    "My dad died in March. This is his phone, I'm his son.",
    "Robert Lyle passed away 3/19. where do i send the death cert",
    "he's deceased. fyi",
    "This account holder died. I'm handling his stuff",
    "dad passed. whats the process for his hospital bill",
    "Hi - my father Robert is no longer living. He died at home on hospice.",
  ]),
  f('d14-en-deceased-deacon-for-widow', 'en', 'call', ['deceased'], [
    "{hi}I am deacon from Korean church in Duluth. I call for Mrs. Cho. Her husband Mr. Cho passed away two weeks ago. She does not speak English well.",
    "Mr. Cho die in your hospital on the 9th. His wife is here with me, she ask me to tell you.",
    "The patient, Cho Young-soo, he is deceased now. We had the funeral Tuesday.",
    "She keep receiving letter for him. He is gone, passed away. What document do you need?",
    "Our church member passed away. His wife gave me permission to speak for her.",
    "Please write in the record that Mr. Cho died. His wife is very sad when the letters come.",
  ]),

  // ---- the other nine
  f('d14-en-hardship-terrebonne-shrimper', 'en', 'call', ['hardship'], [
    "{hi}shrimp season was the worst I seen in twenty years. I ain't got it right now, cher.",
    "Brown shrimp didn't come in and the price at the dock is nothing. I can't pay this bill now.",
    "Boat needs a new motor and the kids need school clothes. I just can't cover it.",
    "I'm not dodging y'all, I just don't have the money. Hurricane took the shed and half my nets.",
    "Wife's sick too, and I'm the only one working. Can't do it right now.",
    "Every dollar I make goes to diesel. There's nothing left over for this.",
  ]),
  f('d14-en-already-paid-mpls-cabdriver', 'en', 'chat', ['already_paid'], [
    "Hello, I paid this at the front desk on the day of my appointment. I have the receipt.",
    "I already pay this, brother. Cash, at the hospital window. Receipt number 00731.",
    "This balance is paid. I paid online with my debit card on the 5th, I can send the confirmation.",
    "Why you still send me bill? I paid it already, last month, full amount.",
    "My wife paid it by phone in March. Please check your records, it should be zero.",
    "Paid in full. I have the bank statement showing the money left my account.",
  ]),
  f('d14-en-wrong-person-toledo-trucker', 'en', 'sms', ['wrong_person'], [
    "There's no Denise at this number. You have the wrong person.",
    "wrong number. I've had this phone 4 years, never heard of a Marcus Webb",
    "who is Tanya? not me. u got the wrong guy",
    "This isn't Patricia. I'm a truck driver in Toledo, no idea who that is.",
    "Not the person you're looking for. Number must have been reassigned.",
    "you're texting the wrong Jim. I'm Jim Kowalski, not Jim Kowalczyk",
  ]),
  f('d14-en-plan-foster-mom', 'en', 'portal', ['wants_plan'], [
    "Hi, I'm a foster parent and I'd like to set up a monthly payment plan for the balance on my own account from my ER visit in August.",
    "We budget carefully with three foster kids in the house, so I'd prefer to break this into twelve payments.",
    "Can I pay {amount} on the 1st of each month until the balance is cleared?",
    "I'd like to request an installment arrangement. Auto-pay from checking is fine.",
    "As a foster mom my schedule is chaos, so automatic monthly payments would be ideal. Please set that up.",
    "Is there a payment plan option without interest? I'd rather spread it out over a year.",
  ]),
  f('d14-en-assistance-hmong-son-interprets', 'en', 'call', ['wants_assistance'], [
    "{hi}I'm calling for my parents, they only speak Hmong. My dad's the patient. Do you have financial assistance?",
    "My mom asked me to ask if the hospital has a charity care program. They're both retired.",
    "Is there a discount for people with low income? I'm translating for my father.",
    "Can you mail the financial assistance application to my parents' house? I'll help them fill it out.",
    "My dad wants to know if there's any hospital program that could help with this bill.",
    "Do you have someone who can walk us through the assistance application? I'll interpret for my mom.",
  ]),
  f('d14-en-confusion-houston-salon-owner', 'en', 'portal', ['bill_confusion'], [
    "Hello, I got bill for my clinic visit but there is 'facility fee' and 'physician fee'. I only see one doctor. What is the difference?",
    "Please send me itemized bill, I want to see every charge line by line.",
    "What is 'HCPCS J1100'? I don't understand this code.",
    "The bill say 'patient responsibility' but I don't know what it mean after the insurance adjustment. Can you explain?",
    "I see three different dates on the statement. Which one is the visit and which one is the bill date?",
    "Why the amount due change from last month letter? Please explain.",
  ]),
  f('d14-en-insurance-18-on-moms-plan', 'en', 'chat', ['insurance_should_pay'], [
    "hi so I'm still on my mom's insurance til 26, why is this bill coming to me? shouldn't Aetna pay it",
    "i literally handed them my insurance card at check in. this should've gone to insurance",
    "my mom says u guys never billed her insurance for my visit, can u send it to them",
    "i turned 18 but i'm still a dependent on my mom's plan. insurance should cover this",
    "the EOB says the claim was never submitted?? pls submit it to aetna",
    "why does it say self-pay, i have insurance thru my mom",
  ]),
  f('d14-en-callback-montana-calving', 'en', 'call', ['callback_later'], [
    "{hi}we're in the middle of calving, I can't talk. Call back {time}.",
    "I'm out in the barn with a heifer. Try me {time}.",
    "Can you ring the house {time}? We'll be in for supper then.",
    "Now's a bad time, hon. Give me a call {time}.",
    "Call me back {time} and I'll have the checkbook in front of me.",
    "Call next week, after we're done branding.",
  ]),
  f('d14-en-complaint-trans-man-misgendered', 'en', 'call', ['complaint'], [
    "{hi}I've told your agents three times my name is Elliot, and the guy I just talked to kept calling me ma'am and using my old name. I want a supervisor.",
    "That was disrespectful. He laughed when I corrected him. I want to file a complaint.",
    "I'm reporting this call. Being misgendered over and over by your staff isn't a mistake at this point.",
    "Can I speak to someone above the last rep? He was rude and mocked my voice.",
    "I'll be contacting the hospital's patient advocate about how your collector treated me.",
    "Your employee refused to use my legal name even after I read him the court order. Manager, please.",
  ]),
  f('d14-en-insurance-guardian-ward-medicaid', 'en', 'portal', ['insurance_should_pay'], [
    "I am the court-appointed guardian of Mr. Eugene Foster. He has had Medicaid since 2021, and this bill should have been submitted to Medicaid, not sent to him.",
    "Letters of guardianship attached. My ward is dual-eligible, Medicare and Medicaid; neither appears to have been billed for the March admission.",
    "As guardian, I'm asking that you bill my ward's Medicare Advantage plan. The statement shows no insurance payment at all.",
    "My ward's insurance information was on file at admission. Please rebill the insurer rather than pursuing him.",
    "The Medicaid ID is in your chart. This is a coverage issue and should have been paid by his plan.",
  ]),
  f('d14-en-plain-minnesota-grandma', 'en', 'call', [], [
    "{hi}I'm just calling to get the mailing address for payments.",
    "What's my account number? I lost the letter, oh for cute.",
    "Can you tell me what my balance is today?",
    "I'd like to pay the whole thing now with a card, if that's okay.",
    "Is this the right department for the hospital billing, then?",
  ]),

  // ===================================================================== ENGLISH: hard negatives
  // ---- not a dispute
  hn('d14-en-dispute-hn-boston-student-codes', 'en', 'chat', 'dispute', ['bill_confusion'], [
    "Not disputing anything, I just want to know what CPT 99284 means on my bill.",
    "I'm not saying the charge is wrong! I just don't get why there's a separate line called 'facility fee'.",
    "Just to be clear I'm not contesting this, I'd just like an itemized breakdown of the ER visit.",
    "to be clear this isn't a dispute, i just genuinely dont know what 'ancillary services' is",
    "I know I went, I know I owe something, I just can't tell what each of these charges is for.",
    "No complaints about the amount, just confused what 'pathology, technical component' means.",
  ]),
  hn('d14-en-dispute-hn-trans-name-fix', 'en', 'portal', 'dispute', [], [
    "Hello, the charges on this account are correct and I'm not contesting them. My name is what needs fixing: it's Elliot Reyes now, legally changed in May.",
    "I'm not disputing the balance. The statement is addressed to my old name, and I've attached the court order for my name change.",
    "To be clear, this is my debt. Please just update the account holder name to Elliot. It's hard to open mail addressed to someone I'm not anymore.",
    "The visit was mine and the amount is right. Only the name and gender marker on file are wrong. Can you update them to Elliot, male?",
    "I owe this, no argument. I'd just like future statements to say Elliot Reyes.",
    "Please don't treat this as a dispute; it's a name correction. New ID attached.",
  ]),
  hn('d14-en-dispute-hn-asking-for-sister', 'en', 'sms', 'dispute', [], [
    "how does someone dispute a bill with you guys? asking for my sister, she's too shy to text",
    "What's the process to dispute something? Not for me, my sister asked me to find out the steps.",
    "my sister wants to know if a dispute has to be in writing or if a call is enough",
    "Quick question for my sister: how long does a person have to dispute after getting the letter?",
    "if my sister disputes hers does it come off her credit while u check? she asked me to find out",
  ]),
  hn('d14-en-dispute-hn-husband-said-not-ours', 'en', 'call', 'dispute', ['wants_plan'], [
    "{hi}my husband told me 'that's not ours, don't pay it,' but I found the discharge papers. It's ours. Can we split it up into payments?",
    "He keeps saying it's a mistake, but no, it was my kidney stone visit. I just need to pay it a little at a time.",
    "I'm not here to fight it. It's our bill. Is there a monthly plan?",
    "My husband thought somebody else's charge got on our account; turns out it was his own urgent care trip. Can we do {amount} a month?",
    "OK I looked, it's legit, I was wrong about it being a mistake. Can I set up installments?",
    "I'm not disputing it anymore, I understand it now. Can we do an arrangement, like every two weeks?",
  ]),

  // ---- not a cease
  hn('d14-en-cease-hn-rancher-keep-trying', 'en', 'call', 'cease_communication', [], [
    "{hi}don't stop calling just because I didn't pick up. Cell service out here is nothing. Try the landline at the house.",
    "If you can't get me, it's the signal, not me ducking you. I do want to talk to you folks.",
    "You can call as often as you like, I'm not hiding from anybody. The house phone's best.",
    "I got your message three days late. I'm not avoiding you, the signal's just bad up here.",
    "Put my wife's number down too. More ways to reach us is better.",
  ]),
  hn('d14-en-cease-hn-stop-by-window', 'en', 'chat', 'cease_communication', [], [
    "I'll stop by the billing office Friday to pay in person, what are your hours?",
    "Can I just stop in on my lunch break and settle it at the window?",
    "Stop, wait, I typed the wrong account number. It's 55821.",
    "I stopped getting paper statements, can you turn those back on?",
    "Don't stop the reminder texts, they actually help me remember.",
  ]),
  hn('d14-en-cease-hn-reply-stop-quote', 'en', 'sms', 'cease_communication', ['bill_confusion'], [
    "ur text says reply STOP to opt out. i dont want to opt out, i want to know what this charge is",
    "Not replying STOP. Just tell me what the {amount} is for, there's no description on it.",
    "Before I say stop or anything, can someone explain the 'professional fee' line?",
    "I don't want you to stop texting me, I want an itemized bill",
    "the msg said text STOP to end. I'd rather text WHAT IS THIS lol. what is this charge",
    "Keep the texts coming but explain the 2 different balances pls",
  ]),
  hn('d14-en-cease-hn-louisville-night-shift', 'en', 'call', 'cease_communication', ['callback_later'], [
    "{hi}I'm not telling you to stop calling. I work nights at the warehouse, so call me {time}.",
    "It's fine to call. I'm up {time}, try me then.",
    "Y'all can keep calling, I want to take care of this. Just catch me {time}.",
    "I'm not avoiding you. Best time to call me back is {time}.",
    "Please call back {time}; I'll have my paperwork in front of me and I won't hang up on you.",
  ]),

  // ---- not an attorney
  hn('d14-en-attorney-hn-neighbor-lawyer-charity', 'en', 'chat', 'attorney', ['wants_assistance'], [
    "My neighbor's a lawyer and she said hospitals have to have charity care. Do y'all have that?",
    "A lawyer friend at church told me to ask about the financial assistance policy. Where do I apply?",
    "I heard on a lawyer's commercial that nonprofit hospitals give discounts for low income. Is that true here?",
    "My cousin's attorney got her bill cut through some assistance program. Can I apply for that too?",
    "I don't have a lawyer or anything, I just want to know if I qualify for help with this bill.",
  ]),
  hn('d14-en-attorney-hn-memphis-no-lawyer', 'en', 'call', 'attorney', ['wants_plan'], [
    "{hi}I ain't got no lawyer and I don't need one. I just want to set up something monthly.",
    "Nah, no attorney. I'm grown, I handle my own business. Can I do {amount} a month?",
    "You asked if I'm represented. No sir. Just me. Let's work out a payment plan.",
    "Don't need to bring lawyers into this. Put me on installments and I'll pay every Friday.",
    "My brother said get a lawyer, I said for what? What's the smallest monthly payment you can do?",
  ]),
  hn('d14-en-attorney-hn-paralegal-own-bill', 'en', 'portal', 'attorney', ['bill_confusion'], [
    "I work as a paralegal, so I read documents all day, and I still can't make sense of this statement. What is the 'observation status' charge?",
    "I'm writing for myself, not on behalf of any client of my firm. I'd like an itemized bill for my outpatient surgery.",
    "Even the attorneys I work for couldn't decode this bill when I showed them at lunch. Could you explain the three separate anesthesia lines?",
    "Legal background here, but medical billing is another language. What does 'rev code 0450' mean?",
    "No legal matter here, just a confused patient. Why is there a charge for a room when I went home the same day?",
  ]),
  hn('d14-en-attorney-hn-tulsa-vet-va-claim', 'en', 'call', 'attorney', ['insurance_should_pay'], [
    "{hi}years back a VA-accredited attorney helped me with my disability rating. That's done. This bill, though, the VA should've covered under community care.",
    "I had a lawyer for my claim in '09, not for this. This was an authorized community care visit; bill the VA, not me.",
    "No attorney on this one. The VA referral's right there in your system. Send it to them.",
    "My old lawyer would've had a fit over this, but I don't need him. You just need to bill TRICARE.",
    "I'm not lawyering up, I'm just telling you the VA authorized it. It should've been paid by them.",
  ]),

  // ---- not a bankruptcy
  hn('d14-en-bankruptcy-hn-teen-joking', 'en', 'sms', 'bankruptcy', ['hardship'], [
    "lol this bill is gonna bankrupt me, i make $11 an hour at target",
    "this is gonna put me in chapter 11 lmao. jk. but fr i cant afford it rn",
    "bankruptcy at 18 would be a new record lol. jk but i really cant cover this, i have like $6",
    "if this is adulting i'll be bankrupt by 19. i only work weekends, can't pay it now",
    "my wallet just filed for bankruptcy 💀 seriously tho i don't have the money",
  ]),
  hn('d14-en-bankruptcy-hn-pastors-wife-no', 'en', 'call', 'bankruptcy', ['wants_plan'], [
    "{hi}I'm not filing bankruptcy, I believe in paying what I owe. I just need to do it monthly.",
    "Somebody told me to declare bankruptcy and I said no ma'am. Can we set up a payment arrangement instead?",
    "We're not going the bankruptcy route. What's the longest plan you offer?",
    "Bankruptcy's not for us. Put us down for {amount} every month, please.",
    "My husband's a pastor, we don't do bankruptcy. We'll pay it out over time if you'll let us.",
  ]),
  hn('d14-en-bankruptcy-hn-old-2012-case', 'en', 'portal', 'bankruptcy', ['bill_confusion'], [
    "I went through a bankruptcy in 2012 and it was discharged. This bill is from last spring, so it has nothing to do with that. What is the $410 'supply' charge for?",
    "Yes, there's an old bankruptcy on my credit report. That was a decade ago. My question is about this new statement: why are there two different account numbers?",
    "Your rep asked if I was in bankruptcy; I'm not, that was years ago. Please explain what 'bundled services' means here.",
    "Old bankruptcy, closed in 2013. New question: what is this charge dated the 14th?",
    "Prior bankruptcy aside, I just want an itemized statement so I can see what I'm paying for.",
  ]),
  hn('d14-en-bankruptcy-hn-nashville-cook-employer', 'en', 'chat', 'bankruptcy', ['hardship'], [
    "The restaurant I cooked at went bankrupt in June and locked the doors. I've been out of work since, can't pay this now.",
    "My company filed Chapter 11 and laid off half of us. I'm one of the half. I don't have the money.",
    "Not me that went bankrupt, my employer did. I lost my paycheck and I can't cover this.",
    "The trucking outfit I drove for declared bankruptcy, and I haven't found steady work yet. I can't pay this balance right now.",
    "Boss went under, bankrupt. I'm on unemployment and it barely covers rent.",
  ]),

  // ---- not a death
  hn('d14-en-deceased-hn-junior-own-bill', 'en', 'call', 'deceased', ['wants_plan'], [
    "{hi}my father passed years ago, and I'm the junior, so sometimes the mail gets confused. This bill is mine though, and I'd like to set up payments.",
    "Same name as my late dad, yes. No, he's not the patient, I am. Can I pay this over six months?",
    "My dad died in 2015. This is my own bill from my knee scope. Monthly plan, please.",
    "You're probably seeing my late father's old account too. Ignore that one. On mine, I'd like an installment plan.",
    "Dad's been gone a long time, this isn't about him. I'm calling to get on a payment arrangement.",
  ]),
  hn('d14-en-deceased-hn-dead-battery', 'en', 'sms', 'deceased', ['callback_later'], [
    "phone about to die, call me back {time}",
    "my battery's dead dead. call me {time} pls",
    "ugh phone died mid call. try me again {time}",
    "im dead tired from a double shift, can u call {time}",
    "Sorry my phone died on me. Can we talk {time}?",
  ]),
  hn('d14-en-deceased-hn-pet-died-broke', 'en', 'chat', 'deceased', ['hardship'], [
    "My dog passed away last month and the vet bills wiped out my savings. I can't pay this right now.",
    "We had to put our dog down in May after emergency surgery, and now I've got nothing left for this bill.",
    "Sorry, it's been a rough stretch. My horse died and I'm still paying off the vet. Can't afford this one yet.",
    "Between the burial for our cat (yes, we did one) and rent, I'm tapped out.",
    "My dog's cremation and last vet bill cost more than my paycheck. I can't cover this right now.",
  ]),
  hn('d14-en-deceased-hn-estate-of-but-alive', 'en', 'portal', 'deceased', ['bill_confusion'], [
    "Why is my statement addressed to 'The Estate of Linda Pruitt'? I am Linda Pruitt and I am alive and well. What does this mean?",
    "I'm not dead! Why does your letter say my account was transferred to probate? I'm confused.",
    "Your system seems to think I passed away. I didn't. Can someone explain what this notice is?",
    "Received a letter about my 'passing.' I'm sitting here drinking coffee. What is going on with my account?",
    "The letter says 'to the family of the deceased' but it's my own name and my own bill. What is this?",
  ]),
  hn('d14-en-deceased-hn-gallup-grief-own-bill', 'en', 'call', 'deceased', ['wants_assistance'], [
    "{hi}my mom passed in October, and I'm still catching up. The bill is for my own surgery. Do you have a financial assistance program I can apply for?",
    "We just buried my grandmother out on the reservation. This bill is mine, not hers. Is there a discount for low income?",
    "My mother's passing was hard on all of us. I'm the patient on this account and I'd like the charity care application.",
    "After my dad's funeral things are thin. This is my bill; can I be considered for financial assistance?",
    "I lost the uncle who raised me last month. Separate from that, can you tell me about your sliding scale?",
  ]),

  // ---- more English hard negatives
  hn('d14-en-attorney-hn-guardian-not-lawyer', 'en', 'portal', 'attorney', ['wants_plan'], [
    "The court appointed me guardian of my uncle, but I'm not an attorney and no attorney is involved. I'd like to set up a monthly payment plan on his balance.",
    "To answer your letter: no, my ward does not have legal counsel. I'm his guardian and his niece. Can we pay this in installments from his pension?",
    "Your form asks for 'attorney or representative.' I'm the guardian, not a lawyer. Please put his account on a payment arrangement.",
    "I'm not a lawyer, just a family member the judge put in charge of his finances. I'd like to pay {amount} a month from his account.",
    "No lawyers here, just me with my letters of guardianship. Is a twelve-month plan possible?",
  ]),
  hn('d14-en-cease-hn-amish-shanty-keep-calling', 'en', 'call', 'cease_communication', [], [
    "Hello. My neighbor has no telephone, so please keep calling here at the shanty and leave a message. I will walk it over to him.",
    "Do not stop trying because nobody answers. The shanty is at the end of the lane. Leave a message and we hear it in the evening.",
    "You may call this number for him. He asked me to say it is all right.",
    "If you send letters too, that is good. He reads the mail. More is better for him.",
    "Ja, this number is fine. Call again when you need, I will tell him.",
  ]),
  hn('d14-en-bankruptcy-hn-foster-dad-assistance', 'en', 'chat', 'bankruptcy', ['wants_assistance'], [
    "Bankruptcy isn't on the table for us. Do you have any financial assistance for foster families?",
    "We're not going bankrupt or anything, but is there a discount program for a foster household?",
    "A friend joked we'd go bankrupt fostering four kids, ha. Seriously though, can we apply for charity care?",
    "No bankruptcy, no drama. I just want the financial assistance application, please.",
    "Not filing anything with any court. Just wondering whether your hospital has a sliding-scale program we'd qualify for.",
  ]),

  // ===================================================================== SPANISH: positives
  // ---- dispute
  f('d14-es-dispute-oaxaca-nunca-fui', 'es', 'call', ['dispute'], [
    "{hi_es}fíjese que a mí me llegó una cuenta del hospital, pero yo nunca fui a ese hospital, señorita.",
    "¿Mande? No, no, esa consulta no es mía. Yo ese día estaba trabajando en el campo.",
    "Yo no debo eso. Ni conozco esa clínica, yo voy al centro de salud nomás.",
    "Pues alguien usó mi nombre, porque yo no me operé de nada.",
    "Ese cobro de {amount_es} no me corresponde, yo no recibí ese servicio.",
    "Quiero que me muestren un papel con mi firma, porque yo no firmé nada allí.",
  ]),
  f('d14-es-dispute-bronx-dos-veces', 'es', 'sms', ['dispute'], [
    "Klk, me cobraron do' vece' la misma emergencia. Eso no e' así",
    "diache, ese bil no e' mío. yo no fui a ningún hospital en el Bronx",
    "me tán cobrando una vaina que yo no me hice. quítenla",
    "Ese x-ray me lo cobraron dos veces mi amor, yo me hice uno na' má",
    "yo no debo ese balance, alguien ta usando mi nombre",
    "Manden prueba de que eso e' mío porque no e' mío",
  ]),
  f('d14-es-dispute-valencia-validacion', 'es', 'portal', ['dispute'], [
    "Muy señores míos: por la presente solicito la validación de la deuda que me reclaman, ya que no reconozco dicho cargo.",
    "Vivo en Estados Unidos desde hace dos años y nunca he sido atendida en su hospital. Les ruego que me envíen pruebas de que esta deuda es mía.",
    "Xe, es que no me lo explico: me reclamáis una operación que no me he hecho en la vida. Esa deuda no es mía.",
    "El importe está mal. Me cobran el doble de lo que me presupuestaron y firmé. Solo reconozco la mitad.",
    "Hola, buenas. Os escribo porque la factura no me corresponde: ese día estaba en Valencia, tengo los billetes de avión.",
    "Impugno esta deuda en su totalidad. No he recibido ningún servicio en la fecha indicada.",
  ]),
  f('d14-es-dispute-sanantonio-twice-supervisor', 'es', 'chat', ['dispute', 'complaint'], [
    "Oye, they charged me twice pa'l mismo x-ray and the lady on the phone me colgó. I want a supervisor.",
    "No debo eso, I only went once. Y la muchacha de la llamada was super rude, quiero hablar con su manager.",
    "Este cargo no es mío and nobody wants to help me. Voy a reportar this to the BBB.",
    "Mija, I'm not paying for a doctor I never saw. Pásame con alguien above you porque esto es ridículo.",
    "I told the guy ayer que ese bill es de otra persona and he laughed at me. Quiero poner una queja.",
    "The balance is wrong, it's double, y ya me cansé de que me traten así. Supervisor, please.",
  ]),

  // ---- cease_communication
  f('d14-es-cease-jalisco-al-trabajo-no', 'es', 'call', ['cease_communication'], [
    "{hi_es}ya no me estén marcando al trabajo, por favor, mi patrón se enoja.",
    "Ese número es de la fábrica, no me hablen ahí.",
    "Oiga, pos ya le dije: al trabajo no. Bórrelo de su lista.",
    "No quiero que me vuelvan a llamar a la chamba, ¿eh? Eso es todo.",
    "Nomás les pido que ya no llamen a la fábrica. Ahí no puedo hablar de eso.",
  ]),
  f('d14-es-cease-cali-no-me-escribas', 'es', 'sms', ['cease_communication'], [
    "Ve, no me escribás más a este número, ¿oíste?",
    "Dejen de mandarme mensajes por favor, qué pena pero no más",
    "mirá, ya no quiero recibir más textos de ustedes",
    "No me manden más mensajitos, pues. Si necesitan algo, por correo.",
    "Borren este número de su lista de mensajes, ve.",
    "NO MÁS MENSAJES. gracias",
  ]),
  f('d14-es-cease-paraguay-basta-llamadas', 'es', 'chat', ['cease_communication'], [
    "Che, dejen de llamarme ya, luego. Todos los días me llaman.",
    "Nde, no quiero más llamadas de ustedes, por favor.",
    "Ya les dije ko que no me llamen más. No quiero que llamen.",
    "No me llamen más al celular, por favor.",
    "Che, basta de llamadas. Si quieren algo, escríbanme una carta.",
    "Pido que ya no me contacten más, ni por teléfono ni por mensaje.",
  ]),
  f('d14-es-cease-kissimmee-solo-correo', 'es', 'portal', ['cease_communication'], [
    "Saludos. Les escribo para pedirles que no me llamen más. Toda comunicación debe ser por correo postal a mi dirección en Kissimmee.",
    "Por favor, dejen de llamar a mi teléfono. Si tienen algo que decirme, me envían una carta.",
    "Mi mamá de 80 años contesta el teléfono de la casa y se pone nerviosa. No llamen a ese número nunca más.",
    "Solicito formalmente que cesen las llamadas y los mensajes de texto. Solo acepto correspondencia escrita.",
    "Ya son muchas llamadas, bendito. Quiero que paren. Por escrito, lo que sea.",
    "No quiero que me contacten por teléfono ni por texto. Gracias.",
  ]),

  // ---- attorney
  f('d14-es-attorney-michoacan-licenciado', 'es', 'call', ['attorney'], [
    "{hi_es}pos ya tengo abogado, joven. Hable con él, yo no sé de esas cosas.",
    "Mi abogado me dijo que cualquier cosa de la cuenta se la pasen a él.",
    "Ira, mijo, le voy a dar el número del licenciado que me está llevando el caso.",
    "Eso ya lo trae mi abogado, desde el accidente en la pizca.",
    "Ya contraté un abogado para esto. Llámele a su oficina, ahí le dan razón.",
    "El licenciado Ramírez es mi abogado, él le va a contestar.",
  ]),
  f('d14-es-attorney-panama-esa-vaina', 'es', 'sms', ['attorney'], [
    "Xopa, esa vaina la va a ver mi abogado, háblenle a él",
    "mi abogada se está encargando de esa cuenta, ya le pasé todo",
    "ya tengo licenciado pa eso. Escríbanle a él: lic. Batista",
    "Ayala, otra vez? ya les dije que tengo abogado",
    "Todo lo de esa cuenta va por mi abogado desde ahora",
    "Voy a buscar abogado pa' esto, chuleta",
  ]),
  f('d14-es-attorney-hialeah-abuso', 'es', 'call', ['attorney', 'complaint'], [
    "{hi_es}mire, esto es un abuso, y voy a buscarme un abogado. Y quiero hablar con su supervisor ahora mismo.",
    "Asere, la muchacha que me llamó ayer me gritó. Eso no se queda así, ya llamé a un abogado.",
    "Me voy a quejar con el hospital y mi abogado va a llamarlos, porque me han faltado el respeto.",
    "Mi abogado va a saber de cómo me trataron, y su jefe también.",
    "Ustedes me están acosando. Ya contraté abogado y voy a poner una queja formal.",
    "Pásame con el gerente. Y apunta: mi abogado se llama Rolando Pérez.",
  ]),
  f('d14-es-attorney-la-salvadoreno-choque', 'es', 'portal', ['attorney'], [
    "Buenas tardes. Tuve un accidente de carro en la 405 y mi abogado está manejando todas las cuentas médicas. Por favor comuníquense con su oficina.",
    "Les informo que estoy representado por un abogado por el accidente. Adjunto la carta de representación.",
    "Mi abogada, la licenciada Flores, me pidió que les avisara que cualquier cobro relacionado con el accidente se le envíe a ella.",
    "Vaya, pues, ya tengo abogado para esto. Les dejo su número.",
    "Cualquier pregunta sobre esta cuenta, diríjanla a mi abogado. Él tiene toda la documentación.",
  ]),

  // ---- bankruptcy
  f('d14-es-bankruptcy-houston-guatemalteco', 'es', 'call', ['bankruptcy'], [
    "{hi_es}le aviso que me declaré en bancarrota, capítulo 7, el mes pasado.",
    "Ya hice la bancarrota, vos. El número de caso se lo puedo dar.",
    "Fíjese que me fui a la quiebra. Ya está en la corte.",
    "Esta cuenta está incluida en mi bancarrota. Ya está puesta en la lista.",
    "Hice el 'chapter seven' aquí en Houston, en abril. La cuenta va ahí.",
    "Estoy en bancarrota. Ya deben tener el aviso de la corte.",
  ]),
  f('d14-es-bankruptcy-doral-evaluando', 'es', 'chat', ['bankruptcy'], [
    "Chamo, te soy sincero: estoy evaluando declararme en bancarrota. Les pido que esperen un poco con la cuenta.",
    "Estamos pensando en el capítulo 13. ¿Pueden congelar esto mientras decidimos?",
    "Lo más probable es que me tenga que declarar en quiebra. No es que no quiera pagar.",
    "Vale, la cosa es que estoy viendo lo de la bancarrota. Esta deuda entraría ahí.",
    "Mi esposa y yo estamos considerando declararnos en bancarrota. Aguanten un poquito, porfa.",
  ]),
  f('d14-es-bankruptcy-sa-spanglish-no-texts', 'es', 'sms', ['bankruptcy', 'cease_communication'], [
    "we filed chapter 7, ya no me manden textos",
    "Estoy en bankruptcy, stop texting me porfa",
    "ya declaramos bancarrota. no more messages",
    "Filed bankruptcy la semana pasada. Dejen de textear",
    "bancarrota. bórrenme de sus texts",
    "We're in chapter 13 now. No me manden más mensajes.",
  ]),
  f('d14-es-bankruptcy-elpaso-carta', 'es', 'portal', ['bankruptcy'], [
    "Por medio de la presente les notifico que presenté una petición de quiebra bajo el Capítulo 7 en la Corte de Bancarrotas del Distrito Oeste de Texas.",
    "Buen día. Me acogí a la bancarrota en enero. Favor de actualizar mi cuenta.",
    "Les informo que mi esposo, quien es el paciente, se declaró en bancarrota. Anexo el aviso del tribunal.",
    "Mi deuda con ustedes fue incluida en mi declaración de quiebra. Tengo el número de caso si lo necesitan.",
    "Estoy en un plan de Capítulo 13 ante la corte. Por favor, no me cobren directamente.",
  ]),

  // ---- deceased
  f('d14-es-deceased-oaxaca-mamacita', 'es', 'call', ['deceased'], [
    "{hi_es}le hablo por mi mamá, fíjese que ella falleció hace dos semanas.",
    "Mi mamacita ya se nos murió, señorita. La cuenta está a nombre de ella.",
    "Ella ya descansa. Murió en el hospital el día quince.",
    "Mi madre falleció; la enterramos allá en el pueblo, en Oaxaca.",
    "Pues le aviso que la paciente ya murió. ¿Qué papeles necesitan?",
    "¿Mande? Sí, soy la hija. Mi mamá ya no vive, falleció en marzo.",
  ]),
  f('d14-es-deceased-heights-papi', 'es', 'call', ['deceased'], [
    "{hi_es}mi papá murió, y e'ta factura ta a nombre de él.",
    "Mi viejo falleció en el Presbyterian el mes pasado. Yo soy el hijo.",
    "Ese señor que ustedes buscan era mi papá. Se murió, que Dios lo tenga en la gloria.",
    "Papi ya no ta con nosotro. Murió en enero.",
    "Mi papá falleció y yo toy encargándome de sus cosa.",
    "El paciente, Ramón Peña, falleció. ¿Adónde mando el acta de defunción?",
  ]),
  f('d14-es-deceased-cali-carta-padre', 'es', 'portal', ['deceased'], [
    "Cordial saludo. Les escribo para informarles que mi padre, el señor Jairo Montoya, falleció el 4 de mayo. Adjunto el certificado de defunción.",
    "Con mucho dolor les comunico que mi papá murió. Él era el titular de la cuenta.",
    "Mi papá ya no está con nosotros, falleció después de la cirugía. Les ruego actualizar su expediente.",
    "Qué pena molestarlos, pero necesito avisar que el paciente falleció. Soy su hija, Viviana.",
    "El titular de esta cuenta murió en Cali cuando estaba de visita. Envío el registro civil de defunción traducido.",
  ]),
  f('d14-es-deceased-valencia-suegro', 'es', 'chat', ['deceased'], [
    "Hola, buenas. Escribo porque mi suegro falleció en marzo y siguen llegando facturas a su nombre.",
    "Mi suegro murió, ¿vale? Estamos con el papeleo y no sé a quién tengo que mandar el certificado.",
    "Xe, perdona, es que mi suegro ha fallecido y mi suegra no habla inglés. Lo gestiono yo.",
    "El titular, Vicent Ferrer, falleció el día 12. Os mando la documentación.",
    "El paciente era mi suegro. Murió hace un mes. ¿Qué necesitáis de nosotros?",
  ]),

  // ---- the other nine
  f('d14-es-hardship-guerrero-jornalero', 'es', 'call', ['hardship'], [
    "{hi_es}ahorita no tengo trabajo, se acabó la temporada del tomate. No puedo pagar.",
    "Gano muy poquito, joven, y tengo cinco hijos. No me alcanza para esa cuenta.",
    "Me lastimé la espalda y no he podido trabajar. No tengo dinero.",
    "Le mando dinero a mi mamá en Guerrero y lo que queda es pa' la renta. No hay para más.",
    "Quisiera pagar pero de veras no tengo. Ahorita estamos bien apretados.",
  ]),
  f('d14-es-already-paid-queens-ecuatoriano', 'es', 'sms', ['already_paid'], [
    "Eso ya lo pagué. En la caja del hospital, tengo el recibo",
    "ya está pagado ñaño, pagué en línea el 10",
    "Yo cancelé esa cuenta completa en febrero, tengo el comprobante",
    "ya pagué, les mando foto del recibo",
    "mi esposa pagó por teléfono la semana pasada, ya debería estar en cero",
    "Ese saldo ya está pagado, revisen bien por favor",
  ]),
  f('d14-es-wrong-person-panama', 'es', 'sms', ['wrong_person'], [
    "aquí no vive ninguna Yolanda, número equivocado",
    "xopa, se equivocaron de persona. yo no soy Carlos",
    "este número es mío hace 3 años, no conozco a esa señora",
    "No soy la persona que buscan, mopri",
    "equivocado. yo me llamo Iris, no Irma",
    "Ese no es mi nombre, se equivocaron de número",
  ]),
  f('d14-es-plan-miami-nica', 'es', 'call', ['wants_plan'], [
    "{hi_es}quisiera hacer un arreglo de pagos, pues. ¿Cuánto sería lo mínimo al mes?",
    "¿Me dejan pagar en abonos? Cada quincena puedo dar algo.",
    "Ideay, ¿no tienen plan de pagos? Yo quiero pagar de a poco.",
    "Quiero pagar {amount_es} al mes hasta terminar. ¿Se puede?",
    "Póngame en un plan de pagos automático, por favor, de mi cuenta del banco.",
  ]),
  f('d14-es-assistance-oaxaca-caridad', 'es', 'portal', ['wants_assistance'], [
    "Buenas tardes. Quisiera saber si el hospital tiene algún programa de ayuda para gente de bajos recursos.",
    "Me dijeron que hay una ayuda financiera o 'caridad'. ¿Cómo la puedo pedir? No sé mucho inglés.",
    "¿Me pueden mandar la solicitud de asistencia financiera en español, por favor?",
    "¿Hay descuento para personas sin seguro? Yo trabajo en la limpieza.",
    "Pregunto si califico para el programa de ayuda; somos cuatro en la familia.",
  ]),
  f('d14-es-confusion-valencia-copago', 'es', 'portal', ['bill_confusion'], [
    "Buenas. Soy de Valencia y aquí el sistema me vuelve loca. ¿Qué es un 'copago' y en qué se diferencia del 'deducible'?",
    "No entiendo la factura: hay un cargo del hospital y otro del médico por la misma visita. ¿Me lo podéis explicar?",
    "¿Me podéis mandar la factura desglosada? Quiero ver concepto por concepto.",
    "En España esto no pasa, tío. ¿Qué significa 'EOB'? ¿Es una factura o no?",
    "Me ha llegado una carta con un importe distinto al del mes pasado. ¿A qué se debe?",
  ]),
  f('d14-es-insurance-sa-aseguranza', 'es', 'call', ['insurance_should_pay'], [
    "{hi_es}la aseguranza should've paid this, mija. Yo les di mi tarjeta at the front desk.",
    "Tengo Medicaid, entonces why am I getting a bill? Mándenselo a ellos.",
    "Oye, they never billed my insurance. Está todo en el sistema, mi aseguranza es Blue Cross.",
    "La aseguranza dice que nunca recibieron el claim. Can y'all send it again?",
    "It was in-network, ándale, so the insurance tenía que cubrirlo.",
  ]),
  f('d14-es-callback-cali-ahorita-no', 'es', 'sms', ['callback_later'], [
    "ahora no puedo, ¿me llamás {time_es}?",
    "Ve, estoy en el trabajo. Llámenme {time_es} porfa",
    "mejor hablamos {time_es}, ahorita estoy manejando",
    "qué pena, ando ocupada. me marcan {time_es}",
    "llámame {time_es} que ya estoy en la casa",
  ]),
  f('d14-es-complaint-michoacan-grosero', 'es', 'call', ['complaint'], [
    "{hi_es}el muchacho que me habló ayer fue muy grosero, me gritó. Quiero hablar con su supervisor.",
    "No es modo de tratar a la gente, ¿eh? Me colgaron dos veces. Quiero poner una queja.",
    "Me amenazaron con la migra por una cuenta de hospital. Eso no se hace. Lo voy a reportar.",
    "Páseme con el encargado, porque la señorita se burló de cómo hablo inglés.",
    "Voy a reportarlos con la procuraduría, ustedes me tratan como si fuera un criminal.",
  ]),
  f('d14-es-plan-hardship-mendoza', 'es', 'chat', ['wants_plan', 'hardship'], [
    "Mirá, ahora no tengo la plata, me quedé sin laburo. ¿Puedo pagar en cuotas?",
    "Che, no me da el bolsillo para pagar todo. ¿Me armás un plan de pagos?",
    "Con lo que gano no llego a fin de mes. ¿Hay forma de pagarlo en cuotas chiquitas?",
    "Estoy complicado con la guita, no puedo pagar ahora. ¿Me dejás pagarlo de a poco?",
    "No tengo un mango este mes. Quiero pagar, pero en cuotas mensuales, ¿dale?",
  ]),
  f('d14-es-plain-abuela-salvadorena', 'es', 'call', [], [
    "{hi_es}vaya, ¿a dónde puedo ir a pagar en efectivo?",
    "¿Me dice cuánto debo, por favor? Es que perdí la carta.",
    "Quiero pagar todo de una vez. ¿Me da el número de cuenta?",
    "¿Esta es la oficina de cobros del hospital, verdad?",
    "Ya tengo el dinero, mi nieto me va a llevar el sábado. ¿Abren ese día?",
  ]),

  // ===================================================================== SPANISH: hard negatives
  // ---- not a dispute
  hn('d14-es-dispute-hn-jalisco-que-es', 'es', 'call', 'dispute', ['bill_confusion'], [
    "{hi_es}no le estoy peleando la cuenta, nomás quiero saber qué es este cargo de laboratorio.",
    "No digo que esté mal, ¿eh? Nomás explíqueme qué es eso de 'cargo por instalación'.",
    "Sí fui, sí me atendieron. Pero no entiendo por qué viene tan desglosado, ¿qué es cada cosa?",
    "Pos yo no estoy reclamando nada, nomás quiero la factura detallada pa' ver qué me cobraron.",
    "¿A poco eso cuesta tanto? No, no digo que no lo deba, nomás quiero entender qué es.",
  ]),
  hn('d14-es-dispute-hn-panama-si-es-mia', 'es', 'sms', 'dispute', ['wants_plan'], [
    "no no, la cuenta si es mia, no la estoy discutiendo. me la pueden dividir en pagos?",
    "Ya revise y si es mío el cargo, mopri. puedo pagarlo por mes?",
    "yo no estoy negando la deuda, solo quiero un arreglo de pago",
    "ta bien, es mía, no hay pelea. quiero pagarla en cuotas",
    "pensé que era un error pero no, fui yo. me dan un plan?",
  ]),
  hn('d14-es-dispute-hn-nola-cunada', 'es', 'chat', 'dispute', [], [
    "Buenas, ¿cómo se hace para disputar una cuenta? Es que mi cuñada me pidió que preguntara, ella no habla mucho inglés.",
    "Pregunto por mi cuñada: ¿la disputa tiene que ser por escrito?",
    "Mi cuñada quiere saber cuántos días hay para reclamar después de la carta. Es solo duda de ella.",
    "¿Qué pasa con el crédito de alguien mientras revisan una disputa? Es para mi cuñada, pues.",
    "No es para mí, mi cuenta está bien. ¿A dónde se manda una disputa? Mi cuñada quiere saber.",
  ]),
  hn('d14-es-dispute-hn-paterson-esposo-dice', 'es', 'call', 'dispute', [], [
    "{hi_es}mi esposo dice que 'eso no es nuestro', pero no, yo sí fui a esa cita. Lo voy a pagar el viernes.",
    "Ay, disculpe, pensé que era un error, pero ya me acordé de la consulta. Sí es mío, nomás quería confirmar el monto.",
    "No, no estoy reclamando, señorita. Solo llamo para confirmar a qué dirección mando el cheque.",
    "Mi hija me dijo 'mamá, disputa eso', pero no, está bien el cobro. ¿Puedo pagar con tarjeta ahorita?",
    "Ya está, lo revisé con calma y el cargo es correcto. ¿Me da el número de cuenta para pagar?",
  ]),

  // ---- not a cease
  hn('d14-es-cease-hn-heights-llamenme', 'es', 'call', 'cease_communication', [], [
    "{hi_es}llámenme cuando quieran, manito, yo no me toy escondiendo.",
    "Ustedes pueden llamarme a este número, e' el bueno. El otro ya no lo uso.",
    "No, no, no dejen de llamarme, que yo quiero resolver esto.",
    "Si no contesto, déjenme un mensaje, que yo devuelvo la llamada.",
    "Pónganme también el número de mi jeva, pa' que me localicen más fácil.",
  ]),
  hn('d14-es-cease-hn-cali-responda-alto', 'es', 'sms', 'cease_communication', ['bill_confusion'], [
    "me llegó un mensaje que dice 'responda ALTO para no recibir más'. no quiero que paren, quiero saber qué es este cobro",
    "Ve, no me vayan a dejar de escribir, pero explíquenme qué es ese cargo de 'servicios auxiliares'",
    "No voy a poner STOP, solo díganme por qué me cobran eso",
    "sigan mandándome los mensajes, pero mandame la factura detallada, ¿sí?",
    "mirá, antes de cancelar nada, ¿qué es ese cobro de {amount_es}?",
  ]),
  hn('d14-es-cease-hn-michoacan-despues', 'es', 'call', 'cease_communication', ['callback_later'], [
    "{hi_es}no, no dejen de llamarme, nomás háblenme {time_es}, ahorita ando en la pizca.",
    "Pos sí puede llamarme, joven, nomás que ahorita no. Márqueme {time_es}.",
    "No le digo que no me llame, le digo que me llame {time_es}, cuando ya salga de la chamba.",
    "Sí quiero arreglar, no me estoy escondiendo. Hábleme {time_es}, ¿sale?",
    "Llámeme de nuevo {time_es}, que ahorita traigo las manos ocupadas.",
  ]),
  hn('d14-es-cease-hn-valencia-podeis-llamar', 'es', 'chat', 'cease_communication', [], [
    "No os preocupéis, podéis llamarme cuando queráis, que no tengo ningún problema.",
    "Oye, que no hace falta que dejéis de escribirme, eh, me viene bien que me aviséis.",
    "Preferiría que además de las cartas me mandarais un correo electrónico, que lo miro más.",
    "Vale, pues apunta también el móvil de mi marido, por si no me pilláis a mí.",
    "Tranquilos, que no me molestan las llamadas. Lo que quiero es dejar esto resuelto.",
  ]),
  hn('d14-es-cease-hn-paraguay-whatsapp', 'es', 'portal', 'cease_communication', [], [
    "Che, también me pueden escribir por WhatsApp, así me entero más rápido.",
    "No me molesta que me llamen, luego. Pueden llamar nomás.",
    "Mba'éiko, ¿por qué dejaron de mandarme las cartas? Quiero seguir recibiéndolas.",
    "Pueden llamar a mi hija también, ella me ayuda con estas cosas.",
    "Que sigan mandándome los avisos, nde, que si no me olvido.",
  ]),

  // ---- not an attorney
  hn('d14-es-attorney-hn-oaxaca-sin-abogado', 'es', 'call', 'attorney', ['wants_plan'], [
    "{hi_es}no, yo no tengo abogado ni quiero problemas. Quiero pagar poquito a poquito.",
    "Fíjese que no ocupo abogado, yo quiero arreglar. ¿Me deja pagar {amount_es} cada mes?",
    "Abogado no, señorita, eso cuesta mucho. Mejor deme un plan de pagos.",
    "Me preguntaron si tengo abogado: no. Solo quiero pagar en partes.",
    "Pues mi compadre dice que busque abogado, pero yo mejor quiero pagos mensuales.",
  ]),
  hn('d14-es-attorney-hn-cali-prima-abogada', 'es', 'portal', 'attorney', ['wants_assistance'], [
    "Buenas tardes. La abogada de mi prima le comentó que los hospitales sin fines de lucro tienen programas de ayuda financiera. ¿Ustedes tienen?",
    "Una amiga que es abogada me dijo que pidiera la solicitud de caridad. ¿Me la pueden enviar?",
    "Yo no tengo abogado, solo quiero saber si califico para algún descuento por bajos ingresos.",
    "Vi en las noticias a un abogado hablando de ayuda para cuentas médicas. ¿Hay algún programa así aquí?",
    "Mi vecino trabaja en una oficina de abogados y me dijo que preguntara por la asistencia financiera. ¿Cómo aplico?",
  ]),
  hn('d14-es-attorney-hn-bronx-ni-abogado', 'es', 'sms', 'attorney', ['bill_confusion'], [
    "ni que yo fuera abogado pa entender esta factura 😂 qué e' to esto?",
    "hay que ser abogado pa leer esa vaina. me explican los cargos?",
    "mi hijo estudia pa abogado y tampoco entendió la factura. qué es 'facility fee'?",
    "no tengo abogado ni na, solo quiero saber qué me tán cobrando",
    "manden la factura detallada, que ni un licenciado entiende eso",
  ]),
  hn('d14-es-attorney-hn-sa-tio-judge-judy', 'es', 'chat', 'attorney', ['already_paid'], [
    "lol my tío the 'abogado' (he watches Judge Judy) says I'm good porque ya lo pagué. And yes, I paid online el 3 de mayo.",
    "I don't need no lawyer, ya pagué ese bill in full. Tengo el recibo.",
    "Mi comadre said call a lawyer, pero no, I just need you to see que ya está pagado.",
    "No lawyer, no nada, it's PAID. Pagué en la ventanilla del hospital el día de la cita.",
    "My cousin works for a lawyer and she looked at it: ya lo pagué, mija, check again.",
  ]),

  // ---- not a bankruptcy
  hn('d14-es-bankruptcy-hn-jalisco-me-quiebra', 'es', 'call', 'bankruptcy', ['hardship'], [
    "{hi_es}esta cuenta me va a dejar en la quiebra, está bien gacho. Ahorita no tengo pa' pagarla.",
    "Ni que fuera millonario, oiga. Con eso me quiebran. No tengo el dinero ahorita.",
    "Si pago eso, quedo en bancarrota, jaja. No, en serio, no me alcanza.",
    "Pos yo no me voy a declarar en nada, pero no tengo con qué pagar ahorita.",
    "Con la renta y esto voy directo a la quiebra, jaja. Ahorita no puedo pagar, la neta.",
  ]),
  hn('d14-es-bankruptcy-hn-bogota-no-quiebra', 'es', 'chat', 'bankruptcy', ['wants_plan'], [
    "Sumercé, yo no me voy a declarar en quiebra. Yo pago, pero a cuotas.",
    "No estoy pensando en bancarrota ni nada de eso. ¿Me pueden dar un plan de pagos mensual?",
    "Bancarrota jamás. Prefiero pagar de a poquitos, ¿se puede?",
    "Me dijeron que me declarara en quiebra, pero no, yo quiero un acuerdo de pago.",
    "Nada de quiebras. Propongo pagar {amount_es} al mes hasta saldar la cuenta.",
  ]),
  hn('d14-es-bankruptcy-hn-hialeah-2010', 'es', 'portal', 'bankruptcy', ['bill_confusion'], [
    "Buenas. Yo hice bancarrota en el 2010, eso ya pasó hace rato. Esta cuenta es nueva y no entiendo de qué es el cargo de 'observación'.",
    "Sí, tuve una bancarrota hace años, ya cerrada. Lo que necesito ahora es la factura detallada de mi visita de enero.",
    "Lo de la bancarrota fue en otra época. Mi pregunta es: ¿por qué hay dos números de cuenta distintos?",
    "Olvídese de la bancarrota vieja. Explíqueme este cobro de farmacia, por favor.",
    "Mi bancarrota se descargó en 2011. Esto es otra cosa: ¿qué significa 'ajuste contractual'?",
  ]),
  hn('d14-es-bankruptcy-hn-paraguay-quebre-pierna', 'es', 'call', 'bankruptcy', ['insurance_should_pay'], [
    "{hi_es}che, me quebré la pierna jugando al fútbol, por eso fui a urgencias. Pero el seguro tenía que pagar eso, luego.",
    "Se me quebró el tobillo y ustedes me cobraron a mí en vez de al seguro. Mandáselo a la aseguradora.",
    "La quebradura del brazo de mi hijo estaba cubierta, nde. ¿Por qué no le facturaron al seguro?",
    "Me quebré la muñeca en el trabajo; eso lo cubre el seguro del trabajo, no yo.",
    "Quebré la pierna, sí, pero tengo seguro. Vos tenés que mandar la cuenta a ellos.",
  ]),
  hn('d14-es-bankruptcy-hn-michoacan-empacadora', 'es', 'call', 'bankruptcy', ['hardship'], [
    "{hi_es}la empacadora donde trabajaba quebró y nos corrieron a todos. No tengo con qué pagar.",
    "No fui yo el que se declaró en bancarrota, fue la compañía. Y ahora estoy sin chamba y sin dinero.",
    "El patrón se fue a la quiebra y no nos pagó las últimas semanas. Ahorita no puedo con esta cuenta.",
    "La empresa cerró por bancarrota, y me quedé sin trabajo. No me alcanza.",
    "Pos quebró el rancho donde trabajaba. Ando buscando trabajo, no tengo dinero para esto.",
  ]),

  // ---- not a death
  hn('d14-es-deceased-hn-bronx-celular-muerto', 'es', 'sms', 'deceased', ['callback_later'], [
    "se me murió el celular, llámame {time_es}",
    "Mi cel ta muerto, sin batería. Llámenme {time_es} porfa",
    "toy muerto del cansancio, hablamo {time_es}",
    "el teléfono se me apagó, se murió la batería. ¿me llaman {time_es}?",
    "se me murió la llamada, mi loco. llámame otra vez {time_es}",
  ]),
  hn('d14-es-deceased-hn-queens-viuda-propia', 'es', 'call', 'deceased', ['hardship'], [
    "{hi_es}mi esposo falleció hace años, esta cuenta es mía, de mi operación de la vesícula. Y ahorita no tengo para pagar.",
    "Desde que murió mi viejo yo sola mantengo la casa. Este cobro es mío, pero no me alcanza ahora.",
    "No, la cuenta no es de mi difunto esposo, es mía. Lo que pasa es que me quedé sin trabajo y no tengo con qué.",
    "Sí, soy viuda, pero eso fue en 2016. Esta deuda es mía y ahorita no la puedo cubrir.",
    "Mi marido ya murió hace tiempo; yo soy la paciente. Limpio casas y con eso apenas pago la renta.",
  ]),
  hn('d14-es-deceased-hn-valenciano-vivo', 'es', 'portal', 'deceased', ['complaint'], [
    "¿Cómo que 'herederos de'? ¡Que estoy vivo, hombre! Exijo hablar con un responsable, esto es una falta de respeto.",
    "Me habéis enviado una carta dirigida a mis herederos. Sigo vivito y coleando. Quiero poner una reclamación formal por este error.",
    "Vaya tela: vuestro agente le dijo a mi hija por teléfono que yo había fallecido. Casi le da algo. Quiero hablar con su superior.",
    "No estoy muerto, y que vuestra empresa lo haya puesto en mi expediente es indignante. Voy a presentar una queja.",
    "Me dan por muerto y encima me tratan con desprecio al teléfono. Pásenme con el encargado.",
  ]),
  hn('d14-es-deceased-hn-paraguay-me-muero', 'es', 'chat', 'deceased', ['bill_confusion'], [
    "Casi me muero cuando vi el monto, che. ¿Qué es todo esto que me cobran?",
    "Me quedé muerta con esta factura. ¿Me explican cada cargo, por favor?",
    "Mba'e piko ko? Me muero de risa por no llorar. ¿De qué es este cargo de {amount_es}?",
    "Me morí leyendo los códigos, luego. ¿Me mandan el detalle de la cuenta?",
    "Se me murió la paciencia tratando de entender la cuenta, jaja. ¿Qué significa 'deducible'?",
  ]),
  hn('d14-es-deceased-hn-panama-nadie-murio', 'es', 'call', 'deceased', [], [
    "{hi_es}ayala, disculpe la demora, es que se me murió el perro esta semana. Bueno, ¿cuánto es el saldo?",
    "No, mi papá está vivito, él es el que me está dictando. Pregunta cuál es el número de cuenta.",
    "Mi abuela murió hace diez años, que en paz descanse, pero esta cuenta es mía. ¿A dónde mando el pago?",
    "Qué sopá, estoy muerto de calor aquí esperando el bus. ¿Me confirma la dirección de la oficina?",
    "Tranquilo, nadie se ha muerto, pelao. Solo quiero pagar lo que debo.",
  ]),

  // ---- more Spanish hard negatives
  hn('d14-es-attorney-hn-valencia-abogado-diablo', 'es', 'chat', 'attorney', ['insurance_should_pay'], [
    "No quiero hacer de abogado del diablo, pero esto lo tenía que haber pagado mi seguro, ¿no?",
    "Sin abogados ni líos, ¿eh? Solo digo que mi póliza lo cubre y no se lo habéis pasado a la aseguradora.",
    "Mi cuñado es abogado y dice que esto es cosa del seguro, pero yo no necesito abogado: mandadle la factura a la aseguradora y listo.",
    "Que no, que no tengo abogado. Lo que tengo es un seguro que debería haber pagado esta visita.",
    "Vale, sin ponerme en plan abogado: mi tarjeta del seguro estaba en el expediente. Facturadles a ellos.",
  ]),
  hn('d14-es-dispute-hn-oaxaca-no-es-reclamo', 'es', 'call', 'dispute', ['hardship'], [
    "{hi_es}no es reclamo, señorita, yo sí debo esa cuenta. Nomás que ahorita no tengo con qué pagar.",
    "Yo no digo que esté mal el cobro. Es que no hay trabajo y no me alcanza.",
    "Sí fui, sí me atendieron, no estoy peleando nada. Pero fíjese que estamos sin dinero.",
    "La deuda es mía, eso sí. Lo que pasa es que mi esposo se enfermó y no hay entrada de dinero.",
    "No, no es que no la reconozca. Es que ahorita de veras no puedo pagarla.",
  ]),
  hn('d14-es-cease-hn-panama-ya-pague', 'es', 'sms', 'cease_communication', ['already_paid'], [
    "párame bola: no te digo que dejen de escribir, te digo que YA PAGUÉ, ayala",
    "no es que no quiera que me llamen, es que eso ya está pagado desde el lunes",
    "llamen si quieren pero ya cancelé eso en la ventanilla, tengo el recibo",
    "pueden seguir mandando mensajes pero la cuenta ya está saldada, mopri",
    "ni bloqueo ni nada, solo revisen que ya pagué en línea el 15",
  ]),
];
