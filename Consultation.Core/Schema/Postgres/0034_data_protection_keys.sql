-- ASP.NET Core's data-protection key ring, shared by every API instance and worker (DatabaseKeyRing):
-- one row per key, added and never changed; a key expires by the date inside its XML.
CREATE TABLE data_protection_keys (
    name  varchar(200) NOT NULL PRIMARY KEY,
    xml   text NOT NULL
);
