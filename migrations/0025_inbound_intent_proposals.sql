-- A dispute, cease, attorney, bankruptcy or deceased intent in the free text of an inbound SMS or
-- email is a proposal, like one heard in a live conversation: the message joins the person's
-- thread as an utterance (so a decision can label it), and the review points back at the
-- inbound communication it came from.
alter table intent_reviews add column communication_id text;
alter table conversations drop constraint conversations_channel_check;
alter table conversations add constraint conversations_channel_check check (channel in ('chat', 'sms', 'call', 'email'));
