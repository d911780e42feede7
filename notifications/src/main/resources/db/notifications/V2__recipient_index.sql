-- Cancelling everything still to be sent to one number (its owner closed their account) reads by
-- recipient.
CREATE INDEX ix_sms_message_recipient ON sms_message (recipient, state);
