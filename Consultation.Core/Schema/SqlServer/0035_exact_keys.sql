-- Document numbers, Idempotency-Keys and report leads compare exactly, as they do on PostgreSQL and
-- SQLite. The default collation ignores case: 125/STC-QLNS and 125/stc-qlns were one document number
-- of a lead, two Idempotency-Keys that differ in case were one request, and the report of an agency
-- coded ALL was the province-wide one ('all'). A binary collation compares code points, as
-- PostgreSQL's equality does. Agency codes keep the default: they are upper-cased on the way in.
-- A column's collation cannot change under a key, so each key is dropped and made again; the first
-- two were created without a name, so the name SQL Server gave them is looked up.
DECLARE @sql nvarchar(max);

SELECT @sql = N'ALTER TABLE consultations DROP CONSTRAINT ' + QUOTENAME(k.name)
FROM sys.key_constraints k
    JOIN sys.index_columns ic ON ic.object_id = k.parent_object_id AND ic.index_id = k.unique_index_id
    JOIN sys.columns c ON c.object_id = ic.object_id AND c.column_id = ic.column_id
WHERE k.parent_object_id = OBJECT_ID(N'consultations') AND k.type = 'UQ' AND c.name = N'document_number';
EXEC sp_executesql @sql;
ALTER TABLE consultations ALTER COLUMN document_number nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL;
ALTER TABLE consultations ADD CONSTRAINT ux_consultations_document UNIQUE (lead_agency_code, document_number);

SELECT @sql = N'ALTER TABLE idempotent_requests DROP CONSTRAINT ' + QUOTENAME(name)
FROM sys.key_constraints
WHERE parent_object_id = OBJECT_ID(N'idempotent_requests') AND type = 'PK';
EXEC sp_executesql @sql;
ALTER TABLE idempotent_requests ALTER COLUMN idem_key nvarchar(128) COLLATE Latin1_General_100_BIN2 NOT NULL;
ALTER TABLE idempotent_requests ADD CONSTRAINT pk_idempotent_requests PRIMARY KEY (caller, idem_key);

ALTER TABLE reports DROP CONSTRAINT ux_reports_period;
ALTER TABLE reports ALTER COLUMN lead nvarchar(32) COLLATE Latin1_General_100_BIN2 NOT NULL;
ALTER TABLE reports ADD CONSTRAINT ux_reports_period UNIQUE (lead, period_from, period_to);
