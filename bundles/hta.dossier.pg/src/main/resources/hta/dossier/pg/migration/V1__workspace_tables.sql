-- HTA Workbench team workspace, version 1: the tables.
-- A dossier revision is stored as its public projection (public_doc: the dossier's JSON with every confidential
-- value removed) plus, per jurisdiction, the confidential values removed from it (hta.confidential). Who may read
-- which part is decided by the server (version 2: roles, row-level security, functions).

CREATE TABLE hta.setting (
    key   text PRIMARY KEY,
    value text NOT NULL
);
-- roles are the server's, shared by all its databases: each workspace names its own after its database
INSERT INTO hta.setting VALUES ('role_prefix', left(regexp_replace(lower(current_database()), '[^a-z0-9_]', '_', 'g'), 30));

-- the current revision of each dossier, with what a listing shows (all public)
CREATE TABLE hta.dossier (
    id             text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$'),
    revision       bigint NOT NULL CHECK (revision >= 0),
    brand_name     text,
    inn            text,
    jurisdictions  text[] NOT NULL DEFAULT '{}',
    saved_by       text,
    saved_at       timestamptz,
    schema_version integer NOT NULL
);

-- every revision ever stored: append-only
CREATE TABLE hta.revision (
    dossier_id       text NOT NULL REFERENCES hta.dossier (id),
    revision         bigint NOT NULL CHECK (revision >= 0),
    public_doc       text NOT NULL,
    saved_at         timestamptz,
    saved_by         text,
    summary          text,
    action           text NOT NULL CHECK (action IN ('save', 'restore', 'import')),
    recorded_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
    recorded_by      name NOT NULL DEFAULT session_user,
    client_addr      inet DEFAULT inet_client_addr(),
    application_name text DEFAULT current_setting('application_name', true),
    -- chosen by the saving client: after a connection lost during a commit it finds out whether the save happened
    save_token       uuid UNIQUE,
    PRIMARY KEY (dossier_id, revision)
);

-- the confidential values of one jurisdiction ('global': economics, prices and budgets of no one jurisdiction) as of
-- from_revision, until a later row of the same jurisdiction: append-only; content is a JSON object from the place of a
-- value inside that jurisdiction's part of the dossier to the value
CREATE TABLE hta.confidential (
    dossier_id    text NOT NULL,
    jurisdiction  text NOT NULL CHECK (jurisdiction ~ '^[a-z][a-z0-9_]{0,15}$'),
    from_revision bigint NOT NULL,
    content       text NOT NULL,
    PRIMARY KEY (dossier_id, jurisdiction, from_revision),
    FOREIGN KEY (dossier_id, from_revision) REFERENCES hta.revision (dossier_id, revision)
);

-- who did what when from where: saves, restores, imports, every read of confidential values, refusals; append-only
CREATE TABLE hta.audit (
    id               bigserial PRIMARY KEY,
    at               timestamptz NOT NULL DEFAULT clock_timestamp(),
    db_user          name NOT NULL DEFAULT session_user,
    client_addr      inet DEFAULT inet_client_addr(),
    application_name text DEFAULT current_setting('application_name', true),
    action           text NOT NULL,
    dossier_id       text,
    revision         bigint,
    jurisdictions    text[],
    detail           text,
    -- the transaction that wrote the row: confidential values are handed out only once it has committed
    xact             xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX audit_dossier ON hta.audit (dossier_id, at);

-- who has which dossier open, by server session (rows of ended sessions are ignored and cleared)
CREATE TABLE hta.presence (
    dossier_id       text NOT NULL,
    pid              integer NOT NULL,
    db_user          name NOT NULL DEFAULT session_user,
    application_name text DEFAULT current_setting('application_name', true),
    client_addr      inet DEFAULT inet_client_addr(),
    since            timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (dossier_id, pid)
);

-- history and audit are never changed or removed, by anyone going through SQL (the owner would have to drop the
-- triggers first, which is itself a schema change)
CREATE FUNCTION hta.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'hta.% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'HT405';
END
$$;
CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON hta.revision FOR EACH ROW EXECUTE FUNCTION hta.refuse_change();
CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON hta.revision FOR EACH STATEMENT EXECUTE FUNCTION hta.refuse_change();
CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON hta.confidential FOR EACH ROW EXECUTE FUNCTION hta.refuse_change();
CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON hta.confidential FOR EACH STATEMENT EXECUTE FUNCTION hta.refuse_change();
CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON hta.audit FOR EACH ROW EXECUTE FUNCTION hta.refuse_change();
CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON hta.audit FOR EACH STATEMENT EXECUTE FUNCTION hta.refuse_change();
