-- Consumers record each message they have acted on, keyed by its MessageId (an escalation's id),
-- so a message delivered or published twice is acted on once.
CREATE TABLE processed_messages (
    message_id    TEXT NOT NULL,
    consumer      TEXT NOT NULL,
    processed_at  TEXT NOT NULL,
    PRIMARY KEY (message_id, consumer)
);
