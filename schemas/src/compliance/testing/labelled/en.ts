import { negative, positive, type LabelledMessage } from './labelled-message';

const hard = { hard: true };

export const EN_MESSAGES: readonly LabelledMessage[] = [
  positive('en-p01', 'en', 'New stock: Glock 19 pistols and 9mm ammo, pick up at the shop or we ship discreetly.', [
    'weapons',
  ]),
  positive(
    'en-p02',
    'en',
    'Friday special: a case of Heineken beer and two bottles of red wine delivered to your door within the hour.',
    ['alcohol'],
  ),
  positive('en-p03', 'en', 'Disposable v@pes restocked — mango ice, 5000 puffs, message us to order.', ['tobacco']),
  positive('en-p04', 'en', 'Xanax and oxycodone available, no prescription needed, discreet delivery.', ['drugs']),
  positive('en-p05', 'en', 'Bulk up fast: our HGH and clenbuterol stack ships today.', ['unsafe_supplements']),
  positive('en-p06', 'en', 'Monthly contact lenses and hearing aids at wholesale prices — order via WhatsApp.', [
    'medical',
  ]),
  positive(
    'en-p07',
    'en',
    'Two French bulldog puppies left for sale, vaccinated, 1,200 EUR each, a deposit secures yours.',
    ['live_animals'],
  ),
  positive('en-p08', 'en', 'Antique carved ivory figurines and a genuine rhino horn piece, serious buyers only.', [
    'endangered_species',
  ]),
  positive('en-p09', 'en', 'Hot new sex toys and adult videos — discreet packaging, 18+ only.', ['adult']),
  positive('en-p10', 'en', 'Healthy donor kidney for sale, contact me privately for details.', ['body_parts']),
  positive('en-p11', 'en', 'Claim 50 bonus rounds at our online c a s i n o tonight!', ['gambling']),
  positive('en-p12', 'en', 'Lonely? Meet singles near you on our dating app — sign up free tonight.', ['dating']),
  positive('en-p13', 'en', 'Netflix Premium 12 months for only 20 USD, Spotify accounts also available.', [
    'digital_subscriptions',
  ]),
  positive('en-p14', 'en', 'Invest in Bitcoin and USDT with our binary options signals.', ['currency']),
  positive('en-p15', 'en', 'Need cash before payday? Instant loans approved in 10 minutes, no credit check.', [
    'payday_loans',
  ]),
  positive('en-p16', 'en', 'Be your own boss! Join my team in network marketing and build your downline.', ['mlm']),
  positive('en-p17', 'en', 'We sell industrial cyanide and sulfuric acid in 25 l drums, no paperwork.', [
    'hazardous_materials',
  ]),
  positive('en-p18', 'en', 'AAA quality replica Rolex watches and Gucci bags, 1:1 copies.', ['counterfeit']),
  positive('en-p19', 'en', 'Cracked software and IPTV with 20,000 channels, lifetime access.', ['digital_access']),
  positive(
    'en-p20',
    'en',
    'Congratulations, you have won an iPhone 16! Pay the 4.99 USD processing fee to claim your prize.',
    ['fraud'],
  ),
  positive(
    'en-p21',
    'en',
    'Your order #48213 has shipped. Use code SPRING15 for 15% off your next purchase!',
    ['promotional'],
    'utility',
  ),
  positive(
    'en-p22',
    'en',
    'Your parcel was delivered. Please take our short survey and rate your delivery from 1 to 5.',
    ['survey'],
    'utility',
  ),

  negative('en-n01', 'en', 'Hi Anna, your order 48213 has been shipped and will arrive on Thursday.'),
  negative('en-n02', 'en', 'Your appointment with Dr. Patel is confirmed for Monday at 9:15.'),
  negative('en-n03', 'en', 'We have received your return and the refund will appear in 3–5 business days.'),
  negative('en-n04', 'en', 'Thanks for reaching out! Could you send a photo of the damaged item?'),
  negative('en-n05', 'en', 'Our store on Main Street is open today from 10:00 to 18:00.'),
  negative('en-n06', 'en', "Your password has been changed. If this wasn't you, contact support."),
  negative('en-n07', 'en', 'The technician will arrive between 14:00 and 16:00 to install your router.'),
  negative('en-n08', 'en', 'Your invoice for October is attached; payment is due on the 15th.'),
  negative('en-n09', 'en', "We're sorry for the delay — the courier had a vehicle breakdown."),
  negative('en-n10', 'en', 'Table for four booked at 7:30 pm on Saturday. See you then!'),
  negative('en-n11', 'en', 'Here is your boarding pass for flight LH 1234 to Lisbon.'),
  negative('en-n12', 'en', 'Your November subscription box has been dispatched and arrives on Friday.'),
  negative('en-n13', 'en', 'Hi Maria, your order 55120 is confirmed and will be packed today.', {
    template: 'utility',
  }),
  negative('en-n14', 'en', '483920 is your verification code. Do not share it with anyone.', {
    template: 'authentication',
  }),
  negative('en-n15', 'en', 'Spring sale: 20% off all jackets this weekend with code SPRING20.', {
    hard: true,
    template: 'marketing',
  }),
  negative('en-n16', 'en', 'Hi! Our new collection of summer dresses is online, take a look at our website.', hard),
  negative('en-n17', 'en', 'Your loan repayment of 250 EUR is due on 5 December.', hard),
  negative('en-n18', 'en', 'Our wine-red velvet dress is back in stock in sizes S to XL.', hard),
  negative(
    'en-n19',
    'en',
    'Quit smoking with our 8-week coaching programme — nicotine patches are included in the plan.',
    hard,
  ),
  negative('en-n20', 'en', 'Premium puppy food and kitten toys are back at our pet shop.', hard),
  negative('en-n21', 'en', 'Book a vet check-up for your dog: vaccinations and grooming on Saturdays.', hard),
  negative('en-n22', 'en', 'Free family planning consultations and contraception advice at our clinic.', hard),
  negative('en-n23', 'en', 'Hot glue gun with 20 glue sticks, perfect for crafts.', hard),
  negative('en-n24', 'en', "You bet! We'll have your order ready by noon.", hard),
  negative('en-n25', 'en', 'This ivory linen shirt pairs well with navy chinos.', hard),
  negative('en-n26', 'en', 'Weekly pill organiser with 7 compartments, now available in blue.', hard),
  negative('en-n27', 'en', "Ginger beer and sparkling lemonade for the kids' party are packed.", hard),
  negative('en-n28', 'en', 'Security tip: turn on two-factor authentication so your account cannot be hacked.', hard),
  negative('en-n29', 'en', 'Water guns and beach balls for the summer holidays are in aisle 4.', hard),
  negative('en-n30', 'en', 'The casino-themed party decorations you ordered have shipped.', hard),
  negative('en-n31', 'en', "We're hiring: join our team as a warehouse associate in Leeds.", hard),
  negative('en-n32', 'en', 'Explosive flavour: try our new chilli sauce with your next burger.', hard),
  negative('en-n33', 'en', 'Your blood test results are ready in the patient portal.', hard),
];
