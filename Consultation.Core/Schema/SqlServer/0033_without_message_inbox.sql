-- No consumer ever used processed_messages: a re-sent event adds nothing because every consumer records
-- its work under a unique key (mail_items: source_id and recipient, the report id standing as the source for report mails). The
-- table that looked like the guarantee, and was not, goes.
DROP TABLE processed_messages;
