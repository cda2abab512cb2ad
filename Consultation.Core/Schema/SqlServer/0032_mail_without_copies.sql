-- Escalation mails copy nobody. Items are gathered per recipient into one mail, so a copied
-- head read every line of the lead's mail, about other agencies and other consultations; each
-- head now gets a mail of its own, and the column that carried the copies goes.
ALTER TABLE mail_items DROP COLUMN cc;
