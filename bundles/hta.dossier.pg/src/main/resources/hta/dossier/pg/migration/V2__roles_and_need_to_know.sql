-- HTA Workbench team workspace, version 2: roles and need-to-know, enforced here.
--
-- Roles (P is this workspace's role prefix, hta.setting 'role_prefix', by default the database name):
--   P_team           every member: reads the public projection of every dossier, the listing and the history
--   P_read_<code>    reads the confidential values of one jurisdiction (a reviewer holds only this)
--   P_write_<code>   writes that jurisdiction's part of dossiers (and reads it): a writer per jurisdiction
--   P_writer         may save at all; every P_write_<code> is a member
--   P_admin          team administrator: grants the roles above, reads and writes every jurisdiction, reads the audit
-- A public-only reader holds P_team only. <code> is a jurisdiction code or 'global' (economics, and prices or budgets
-- of no one jurisdiction).
--
-- Nobody but the owner can touch the tables holding confidential values: team members go through the functions
-- below (SECURITY DEFINER), which decide by the login role (session_user) and its memberships, write the audit, and
-- hand confidential values out only after the audit row of the read has committed. Row-level security on
-- hta.confidential repeats the decision for every row the functions touch.

CREATE FUNCTION hta.role_name(kind text, code text DEFAULT NULL) RETURNS text
    LANGUAGE sql STABLE SET search_path = hta, pg_temp AS $$
    SELECT (SELECT value FROM hta.setting WHERE key = 'role_prefix') || '_' || kind || coalesce('_' || code, '')
$$;

CREATE FUNCTION hta.holds(role text) RETURNS boolean
    LANGUAGE sql STABLE SET search_path = hta, pg_temp AS $$
    SELECT EXISTS (SELECT FROM pg_roles WHERE rolname = role) AND pg_has_role(session_user, role, 'MEMBER')
$$;

CREATE FUNCTION hta.is_admin() RETURNS boolean LANGUAGE sql STABLE SET search_path = hta, pg_temp AS $$
    SELECT hta.holds(hta.role_name('admin'))
$$;

CREATE FUNCTION hta.may_read(code text) RETURNS boolean LANGUAGE sql STABLE SET search_path = hta, pg_temp AS $$
    SELECT hta.is_admin() OR hta.holds(hta.role_name('read', code)) OR hta.holds(hta.role_name('write', code))
$$;

CREATE FUNCTION hta.may_write(code text) RETURNS boolean LANGUAGE sql STABLE SET search_path = hta, pg_temp AS $$
    SELECT hta.is_admin() OR hta.holds(hta.role_name('write', code))
$$;

CREATE FUNCTION hta.may_save() RETURNS boolean LANGUAGE sql STABLE SET search_path = hta, pg_temp AS $$
    SELECT hta.is_admin() OR hta.holds(hta.role_name('writer'))
$$;

CREATE FUNCTION hta.is_member() RETURNS boolean LANGUAGE sql STABLE SET search_path = hta, pg_temp AS $$
    SELECT hta.is_admin() OR hta.holds(hta.role_name('team'))
$$;

-- the groups every workspace has
DO $$
DECLARE
    kind text;
BEGIN
    FOREACH kind IN ARRAY ARRAY ['team', 'writer', 'admin'] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = hta.role_name(kind)) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', hta.role_name(kind));
        END IF;
    END LOOP;
    EXECUTE format('GRANT %I TO %I', hta.role_name('team'), hta.role_name('writer'));
    EXECUTE format('GRANT %I, %I TO %I WITH ADMIN OPTION', hta.role_name('team'), hta.role_name('writer'), hta.role_name('admin'));
END
$$;

-- a jurisdiction's two roles; the team administrator calls it for each jurisdiction the team works in
CREATE FUNCTION hta.add_jurisdiction(code text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = hta, pg_temp AS $$
BEGIN
    IF NOT hta.is_admin() AND NOT pg_has_role(session_user, (SELECT nspowner FROM pg_namespace WHERE nspname = 'hta'), 'MEMBER') THEN
        RAISE EXCEPTION 'only a team administrator may add jurisdictions' USING ERRCODE = 'HT403';
    END IF;
    IF code !~ '^[a-z][a-z0-9_]{0,15}$' THEN
        RAISE EXCEPTION 'not a jurisdiction code: % (lower-case letters and digits)', code USING ERRCODE = '22023';
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = hta.role_name('read', code)) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', hta.role_name('read', code));
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = hta.role_name('write', code)) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', hta.role_name('write', code));
    END IF;
    EXECUTE format('GRANT %I TO %I', hta.role_name('team'), hta.role_name('read', code));
    EXECUTE format('GRANT %I TO %I', hta.role_name('writer'), hta.role_name('write', code));
    EXECUTE format('GRANT %I, %I TO %I WITH ADMIN OPTION', hta.role_name('read', code), hta.role_name('write', code),
                   hta.role_name('admin'));
    INSERT INTO hta.audit (action, jurisdictions) VALUES ('add-jurisdiction', ARRAY [code]);
END
$$;

SELECT hta.add_jurisdiction('global');

-- the part of a dossier that belongs to one jurisdiction: its prices, budget impacts and submission ('global': the
-- economics and the prices and budget impacts of no jurisdiction); an empty economics counts as none
CREATE FUNCTION hta.part_of(doc jsonb, code text) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN code = 'global' THEN jsonb_build_array(
                jsonb_path_query_array(coalesce(doc, '{}'), '$.prices[*] ? (!exists(@.jurisdiction))'),
                jsonb_path_query_array(coalesce(doc, '{}'), '$.budgetImpacts[*] ? (!exists(@.jurisdiction))'),
                coalesce(nullif(nullif(doc -> 'economics', '{"figures": []}'), '{}'), 'null'))
           ELSE jsonb_build_array(
                jsonb_path_query_array(coalesce(doc, '{}'), '$.prices[*] ? (@.jurisdiction == $c)', jsonb_build_object('c', code)),
                jsonb_path_query_array(coalesce(doc, '{}'), '$.budgetImpacts[*] ? (@.jurisdiction == $c)', jsonb_build_object('c', code)),
                jsonb_path_query_array(coalesce(doc, '{}'), '$.submissions[*] ? (@.jurisdiction == $c)', jsonb_build_object('c', code)))
           END
$$;

CREATE FUNCTION hta.codes_of(doc jsonb) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(array_agg(DISTINCT c), '{}') FROM (
        SELECT jsonb_path_query(coalesce(doc, '{}'), '$.prices[*].jurisdiction') #>> '{}' AS c
        UNION SELECT jsonb_path_query(coalesce(doc, '{}'), '$.budgetImpacts[*].jurisdiction') #>> '{}'
        UNION SELECT jsonb_path_query(coalesce(doc, '{}'), '$.submissions[*].jurisdiction') #>> '{}') codes
    WHERE c IS NOT NULL
$$;

-- a value still marked confidential (and not declassified) in what is meant to be the public projection: the
-- client's split went wrong, so the save is refused rather than publishing it to the whole team
CREATE FUNCTION hta.leaks(doc jsonb) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
    SELECT jsonb_path_exists(doc, '$.prices[*] ? (exists(@.amount) && exists(@.classification) && @.classification != "PUBLIC" && !exists(@.declassification.reason))')
        OR jsonb_path_exists(doc, '$.economics.figures[*] ? (exists(@.value) && exists(@.classification) && @.classification != "PUBLIC" && !exists(@.declassification.reason))')
        OR jsonb_path_exists(doc, '$.budgetImpacts[*].figures[*] ? (exists(@.value) && exists(@.classification) && @.classification != "PUBLIC" && !exists(@.declassification.reason))')
        OR jsonb_path_exists(doc, '$.budgetImpacts[*].rows[*].cells[*] ? (exists(@.value) && exists(@.classification) && @.classification != "PUBLIC" && !exists(@.declassification.reason))')
        OR jsonb_path_exists(doc, '$.submissions[*].sections.*.paragraphs[*][*] ? (exists(@.classification) && @.classification != "PUBLIC" && exists(@.text) && @.text != "")')
        OR jsonb_path_exists(doc, '$.submissions[*].agreements[*] ? (exists(@.classification) && @.classification != "PUBLIC" && (exists(@.description) || exists(@.reference)))')
$$;

-- Stores one revision: p_public is the dossier's public projection (its JSON, revision and saved record set),
-- p_parts the confidential values of the jurisdictions the caller writes ({"dk": "{…}", …}). A save or restore is
-- based on p_based_on and becomes p_based_on + 1; an import (administrators, copying a workspace) keeps its number.
CREATE FUNCTION hta.save_revision(p_id text, p_based_on bigint, p_revision bigint, p_public text, p_parts jsonb,
                                  p_action text, p_token uuid) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = hta, pg_temp AS $$
DECLARE
    doc     jsonb := p_public::jsonb;
    prev    jsonb;
    cur     hta.dossier%ROWTYPE;
    code    text;
    body    text;
    latest  text;
    written text[] := '{}';
BEGIN
    IF NOT hta.may_save() THEN
        RAISE EXCEPTION 'your role in this workspace is read-only: nothing was saved' USING ERRCODE = 'HT403';
    END IF;
    IF p_action NOT IN ('save', 'restore', 'import')
            OR (p_action = 'import' AND p_revision <= p_based_on AND NOT (p_revision = 0 AND p_based_on = 0))
            OR (p_action <> 'import' AND p_revision <> p_based_on + 1) THEN
        RAISE EXCEPTION 'revision % cannot follow revision % by %', p_revision, p_based_on, p_action USING ERRCODE = '22023';
    END IF;
    IF p_action = 'import' AND NOT hta.is_admin() THEN
        RAISE EXCEPTION 'only a team administrator may copy revisions into this workspace' USING ERRCODE = 'HT403';
    END IF;
    IF doc ->> 'id' IS DISTINCT FROM p_id OR (doc ->> 'revision')::bigint IS DISTINCT FROM p_revision THEN
        RAISE EXCEPTION 'the stored document does not carry id % and revision %', p_id, p_revision USING ERRCODE = '22023';
    END IF;
    INSERT INTO hta.dossier (id, revision, schema_version) VALUES (p_id, 0, 0) ON CONFLICT (id) DO NOTHING;
    SELECT * INTO cur FROM hta.dossier WHERE id = p_id FOR UPDATE;
    IF cur.revision <> p_based_on THEN
        RAISE EXCEPTION 'Dossier ''%'' was changed after you opened revision %', p_id, p_based_on
            USING ERRCODE = 'HT409',
                  DETAIL = json_build_object('revision', cur.revision, 'author', cur.saved_by, 'time', cur.saved_at,
                      'summary', (SELECT summary FROM hta.revision WHERE dossier_id = p_id AND revision = cur.revision))::text;
    END IF;
    SELECT public_doc::jsonb INTO prev FROM hta.revision WHERE dossier_id = p_id AND revision = cur.revision;
    -- a writer changes only the parts of the jurisdictions they write; the shared parts (product, evidence,
    -- indications) are everyone's
    FOREACH code IN ARRAY (SELECT array_agg(DISTINCT c) FROM unnest(hta.codes_of(doc) || hta.codes_of(prev) || ARRAY ['global']) c) LOOP
        IF NOT hta.may_write(code) AND hta.part_of(doc, code) IS DISTINCT FROM hta.part_of(prev, code) THEN
            RAISE EXCEPTION 'you are not a writer for %: its part of dossier ''%'' cannot be changed by you; nothing was saved', code, p_id
                USING ERRCODE = 'HT403';
        END IF;
    END LOOP;
    IF hta.leaks(doc) THEN
        RAISE EXCEPTION 'the public part of dossier ''%'' still holds a value marked confidential; nothing was saved', p_id
            USING ERRCODE = 'HT422';
    END IF;
    INSERT INTO hta.revision (dossier_id, revision, public_doc, saved_at, saved_by, summary, action, save_token)
    VALUES (p_id, p_revision, p_public, (doc #>> '{saved,time}')::timestamptz, doc #>> '{saved,author}',
            doc #>> '{saved,summary}', p_action, p_token);
    -- the jurisdictions the caller writes: their new confidential values (an empty part when they were removed)
    FOR code IN SELECT k FROM jsonb_object_keys(coalesce(p_parts, '{}')) k
                UNION SELECT DISTINCT jurisdiction FROM hta.confidential WHERE dossier_id = p_id LOOP
        IF p_parts ? code AND NOT hta.may_write(code) THEN
            RAISE EXCEPTION 'you are not a writer for %: its confidential values cannot be saved by you; nothing was saved', code
                USING ERRCODE = 'HT403';
        END IF;
        CONTINUE WHEN NOT hta.may_write(code);
        body := coalesce(p_parts ->> code, '{}');
        SELECT content INTO latest FROM hta.confidential
        WHERE dossier_id = p_id AND jurisdiction = code ORDER BY from_revision DESC LIMIT 1;
        IF body IS DISTINCT FROM coalesce(latest, '{}') THEN
            INSERT INTO hta.confidential VALUES (p_id, code, p_revision, body);
            written := written || code;
        END IF;
    END LOOP;
    UPDATE hta.dossier SET revision = p_revision, brand_name = doc #>> '{product,brandName}', inn = doc #>> '{product,inn}',
        jurisdictions = ARRAY(SELECT s ->> 'jurisdiction' FROM jsonb_array_elements(coalesce(doc -> 'submissions', '[]')) WITH ORDINALITY AS e(s, n) ORDER BY n),
        saved_by = doc #>> '{saved,author}', saved_at = (doc #>> '{saved,time}')::timestamptz,
        schema_version = coalesce((doc ->> 'schemaVersion')::integer, 1)
    WHERE id = p_id;
    INSERT INTO hta.audit (action, dossier_id, revision, jurisdictions) VALUES (p_action, p_id, p_revision, written);
    PERFORM pg_notify('hta_saved', json_build_object('id', p_id, 'revision', p_revision, 'author', doc #>> '{saved,author}',
        'time', doc #>> '{saved,time}')::text);
    RETURN p_revision;
END
$$;

-- First step of loading a revision (current when p_revision is null): the public projection, and when the caller
-- reads confidential values of some of its jurisdictions, the audit row of that read, which the caller's connection
-- commits before asking for the values with hta.read_confidential(audit id).
CREATE FUNCTION hta.open_revision(p_id text, p_revision bigint)
    RETURNS TABLE (revision bigint, public_doc text, audit_id bigint)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = hta, pg_temp AS $$
DECLARE
    r     bigint;
    codes text[];
BEGIN
    IF NOT hta.is_member() THEN
        RAISE EXCEPTION 'you hold no role in this workspace' USING ERRCODE = 'HT403';
    END IF;
    SELECT coalesce(p_revision, d.revision) INTO r FROM hta.dossier d WHERE d.id = p_id;
    IF r IS NULL OR NOT EXISTS (SELECT FROM hta.revision v WHERE v.dossier_id = p_id AND v.revision = r) THEN
        RETURN;
    END IF;
    SELECT array_agg(c.jurisdiction ORDER BY c.jurisdiction) INTO codes FROM (
        SELECT DISTINCT ON (x.jurisdiction) x.jurisdiction, x.content FROM hta.confidential x
        WHERE x.dossier_id = p_id AND x.from_revision <= r ORDER BY x.jurisdiction, x.from_revision DESC) c
    WHERE c.content <> '{}' AND hta.may_read(c.jurisdiction);
    IF codes IS NOT NULL THEN
        INSERT INTO hta.audit (action, dossier_id, revision, jurisdictions) VALUES ('read-confidential', p_id, r, codes)
        RETURNING id INTO audit_id;
    END IF;
    RETURN QUERY SELECT r, v.public_doc, audit_id FROM hta.revision v WHERE v.dossier_id = p_id AND v.revision = r;
END
$$;

-- Second step: the confidential values a committed audit row of the caller's, of the last minute, records as read.
CREATE FUNCTION hta.read_confidential(p_audit_id bigint) RETURNS TABLE (jurisdiction text, content text)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = hta, pg_temp AS $$
DECLARE
    a hta.audit%ROWTYPE;
BEGIN
    SELECT * INTO a FROM hta.audit WHERE id = p_audit_id AND action = 'read-confidential' AND db_user = session_user
        AND at > clock_timestamp() - interval '1 minute';
    IF NOT FOUND OR pg_xact_status(a.xact) IS DISTINCT FROM 'committed' THEN
        RAISE EXCEPTION 'no committed record of this read: ask with hta.open_revision first, in its own transaction'
            USING ERRCODE = 'HT403';
    END IF;
    RETURN QUERY SELECT DISTINCT ON (x.jurisdiction) x.jurisdiction, x.content FROM hta.confidential x
        WHERE x.dossier_id = a.dossier_id AND x.from_revision <= a.revision AND x.jurisdiction = ANY (a.jurisdictions)
          AND hta.may_read(x.jurisdiction)
        ORDER BY x.jurisdiction, x.from_revision DESC;
END
$$;

-- what the caller may do, for the client to show and to split saves by
CREATE FUNCTION hta.my_access() RETURNS TABLE (db_user name, member boolean, admin boolean, may_save boolean,
                                               readable text[], writable text[])
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = hta, pg_temp AS $$
    WITH codes AS (
        SELECT substr(rolname, length(hta.role_name('read')) + 2) AS code FROM pg_roles
        WHERE starts_with(rolname, hta.role_name('read') || '_')
        UNION SELECT substr(rolname, length(hta.role_name('write')) + 2) FROM pg_roles
        WHERE starts_with(rolname, hta.role_name('write') || '_'))
    SELECT session_user, hta.is_member(), hta.is_admin(), hta.may_save(),
           coalesce((SELECT array_agg(code ORDER BY code) FROM codes WHERE hta.may_read(code)), '{}'),
           coalesce((SELECT array_agg(code ORDER BY code) FROM codes WHERE hta.may_write(code)), '{}')
$$;

-- presence: announced on the caller's (long-lived) session, seen by others while that session lives
CREATE FUNCTION hta.enter(p_id text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = hta, pg_temp AS $$
BEGIN
    IF NOT hta.is_member() THEN
        RAISE EXCEPTION 'you hold no role in this workspace' USING ERRCODE = 'HT403';
    END IF;
    INSERT INTO hta.presence (dossier_id, pid) VALUES (p_id, pg_backend_pid()) ON CONFLICT DO NOTHING;
    PERFORM pg_notify('hta_presence', json_build_object('id', p_id)::text);
END
$$;

CREATE FUNCTION hta.leave(p_id text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = hta, pg_temp AS $$
BEGIN
    DELETE FROM hta.presence WHERE dossier_id = p_id AND pid = pg_backend_pid();
    PERFORM pg_notify('hta_presence', json_build_object('id', p_id)::text);
END
$$;

CREATE FUNCTION hta.present(p_id text)
    RETURNS TABLE (pid integer, db_user name, application_name text, client_addr text, since timestamptz)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = hta, pg_temp AS $$
BEGIN
    IF NOT hta.is_member() THEN
        RAISE EXCEPTION 'you hold no role in this workspace' USING ERRCODE = 'HT403';
    END IF;
    -- a session that ended without leaving (a crash, a cut network) is no longer present
    DELETE FROM hta.presence p WHERE NOT EXISTS (
        SELECT FROM pg_stat_activity a WHERE a.pid = p.pid AND a.usename = p.db_user);
    RETURN QUERY SELECT p.pid, p.db_user, p.application_name, host(p.client_addr), p.since FROM hta.presence p
        WHERE p.dossier_id = p_id ORDER BY p.since;
END
$$;

-- privileges: members read the public tables and call the functions; nobody else gets anything
REVOKE ALL ON SCHEMA hta FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA hta FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA hta FROM PUBLIC;
DO $$
BEGIN
    EXECUTE format('GRANT USAGE ON SCHEMA hta TO %I', hta.role_name('team'));
    EXECUTE format('GRANT SELECT ON hta.dossier, hta.revision, hta.setting, hta.flyway_schema_history TO %I', hta.role_name('team'));
    EXECUTE format('GRANT SELECT ON hta.audit TO %I', hta.role_name('admin'));
    EXECUTE format('GRANT EXECUTE ON FUNCTION hta.save_revision(text, bigint, bigint, text, jsonb, text, uuid), '
                   'hta.open_revision(text, bigint), hta.read_confidential(bigint), hta.my_access(), hta.enter(text), '
                   'hta.leave(text), hta.present(text), hta.role_name(text, text), hta.holds(text), hta.is_admin(), '
                   'hta.may_read(text), hta.may_write(text), hta.may_save(), hta.is_member(), hta.part_of(jsonb, text), '
                   'hta.codes_of(jsonb), hta.leaks(jsonb) TO %I', hta.role_name('team'));
    EXECUTE format('GRANT EXECUTE ON FUNCTION hta.add_jurisdiction(text) TO %I', hta.role_name('admin'));
    EXECUTE format('GRANT USAGE ON SCHEMA hta TO %I', hta.role_name('admin'));
    EXECUTE format('GRANT %I TO %I', hta.role_name('team'), hta.role_name('admin'));
    -- whoever set the workspace up (its owner) is its first team administrator, and names the others
    EXECUTE format('GRANT %I TO %I WITH ADMIN OPTION', hta.role_name('admin'), session_user);
END
$$;

-- row-level security on the confidential values, for every role including the owner (FORCE): even inside the
-- functions above, a row is seen only by whom it is for and written only by its jurisdiction's writers
ALTER TABLE hta.confidential ENABLE ROW LEVEL SECURITY;
ALTER TABLE hta.confidential FORCE ROW LEVEL SECURITY;
CREATE POLICY need_to_know_read ON hta.confidential FOR SELECT USING (hta.may_read(jurisdiction));
CREATE POLICY need_to_know_write ON hta.confidential FOR INSERT WITH CHECK (hta.may_write(jurisdiction));
