-- Schema 4 (PostgreSQL only): who may do what is decided by the server, and the
-- audit trail is written by the server. docs/SECURITY.md explains the design.
--
-- Group roles (NOLOGIN); each person logs in as a role of their own that is a
-- member of one or more of them (caravan-cli admin add-user):
--   caravan_staff        reads everything, records the documents they export
--   caravan_coordinator  + patients (identity, travel, companions, payers) and visits
--   caravan_doctor       + diagnoses, treatment courses, assessments, measurements
--   caravan_admin        reads everything, partner institutions, people and roles
-- Roles are the cluster's, so a second Caravan database on the same server shares them.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'caravan_staff') THEN
        CREATE ROLE caravan_staff NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'caravan_coordinator') THEN
        CREATE ROLE caravan_coordinator NOLOGIN IN ROLE caravan_staff;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'caravan_doctor') THEN
        CREATE ROLE caravan_doctor NOLOGIN IN ROLE caravan_coordinator;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'caravan_admin') THEN
        CREATE ROLE caravan_admin NOLOGIN CREATEROLE IN ROLE caravan_staff;
    END IF;
END
$$;

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO caravan_staff;
GRANT INSERT, UPDATE, DELETE ON patient, visit, search_key TO caravan_coordinator;
GRANT INSERT, UPDATE, DELETE ON diagnosis, treatment_course, assessment, measurement TO caravan_doctor;
GRANT INSERT, UPDATE, DELETE ON institution TO caravan_admin;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO caravan_coordinator, caravan_doctor, caravan_admin;
-- Nobody but the owner may write the trail or the schema's version; the owner's
-- functions below write the trail for everyone.

-- A value as the audit trail keeps it: null for null, JSON lists stored as text
-- read back as lists (as the store's own trail on SQLite has them).
CREATE FUNCTION caravan_audit_value(v jsonb) RETURNS jsonb
    LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF v IS NULL OR v = 'null'::jsonb THEN
        RETURN NULL;
    END IF;
    IF jsonb_typeof(v) = 'string' AND left(v #>> '{}', 1) IN ('[', '{') THEN
        BEGIN
            RETURN (v #>> '{}')::jsonb;
        EXCEPTION WHEN others THEN
            RETURN v;
        END;
    END IF;
    RETURN v;
END
$$;

-- One audit row per insert, update and delete of a record, whoever sends it (Caravan,
-- psql, another program), stamped with the server's time and the session's login.
-- Caravan marks the insert that puts a deleted record back (undo) with the
-- transaction-local setting caravan.action = 'restore'. Every change is announced on
-- the channel caravan_change for the other desktops.
CREATE FUNCTION caravan_audit() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    before jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) ELSE '{}'::jsonb END;
    after jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) ELSE '{}'::jsonb END;
    changes jsonb := '{}'::jsonb;
    field text;
    b jsonb;
    a jsonb;
    what text;
    row_id bigint;
    owner bigint;
BEGIN
    FOR field IN SELECT jsonb_object_keys(before || after) LOOP
        CONTINUE WHEN field IN ('id', 'version', 'created_at', 'updated_at');
        b := caravan_audit_value(before -> field);
        a := caravan_audit_value(after -> field);
        IF b IS DISTINCT FROM a THEN
            changes := changes || jsonb_build_object(field, jsonb_build_array(b, a));
        END IF;
    END LOOP;
    IF TG_OP = 'UPDATE' AND changes = '{}'::jsonb THEN
        RETURN NULL;
    END IF;
    what := CASE TG_OP
        WHEN 'INSERT' THEN coalesce(nullif(current_setting('caravan.action', true), ''), 'create')
        WHEN 'UPDATE' THEN 'update'
        ELSE 'delete' END;
    row_id := coalesce((after ->> 'id')::bigint, (before ->> 'id')::bigint);
    owner := CASE TG_TABLE_NAME
        WHEN 'patient' THEN row_id
        WHEN 'institution' THEN NULL
        ELSE coalesce((after ->> 'patient_id')::bigint, (before ->> 'patient_id')::bigint) END;
    INSERT INTO audit_log (at, user_name, action, entity, entity_id, patient_id, changes)
        VALUES (now(), session_user, what, TG_TABLE_NAME, row_id, owner, changes::text);
    PERFORM pg_notify('caravan_change', json_build_object('table', TG_TABLE_NAME, 'id', row_id,
                                                          'patient', owner, 'action', what)::text);
    RETURN NULL;
END
$$;

CREATE TRIGGER patient_audit AFTER INSERT OR UPDATE OR DELETE ON patient
    FOR EACH ROW EXECUTE FUNCTION caravan_audit();
CREATE TRIGGER institution_audit AFTER INSERT OR UPDATE OR DELETE ON institution
    FOR EACH ROW EXECUTE FUNCTION caravan_audit();
CREATE TRIGGER diagnosis_audit AFTER INSERT OR UPDATE OR DELETE ON diagnosis
    FOR EACH ROW EXECUTE FUNCTION caravan_audit();
CREATE TRIGGER treatment_course_audit AFTER INSERT OR UPDATE OR DELETE ON treatment_course
    FOR EACH ROW EXECUTE FUNCTION caravan_audit();
CREATE TRIGGER assessment_audit AFTER INSERT OR UPDATE OR DELETE ON assessment
    FOR EACH ROW EXECUTE FUNCTION caravan_audit();
CREATE TRIGGER measurement_audit AFTER INSERT OR UPDATE OR DELETE ON measurement
    FOR EACH ROW EXECUTE FUNCTION caravan_audit();
CREATE TRIGGER visit_audit AFTER INSERT OR UPDATE OR DELETE ON visit
    FOR EACH ROW EXECUTE FUNCTION caravan_audit();

-- A document about a patient left the program (saved or printed): the disclosure row,
-- written for anyone who may read the record.
CREATE FUNCTION caravan_record_disclosure(p_patient bigint, p_document text, p_languages text,
                                          p_destination text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM patient WHERE id = p_patient) THEN
        RAISE EXCEPTION 'There is no patient with id %', p_patient;
    END IF;
    INSERT INTO audit_log (at, user_name, action, entity, entity_id, patient_id, changes)
        VALUES (now(), session_user, 'export', 'document', p_patient, p_patient,
                json_build_object('destination', json_build_array(NULL, p_destination),
                                  'document', json_build_array(NULL, p_document),
                                  'languages', json_build_array(NULL, p_languages))::text);
    PERFORM pg_notify('caravan_change', json_build_object('table', 'document', 'id', p_patient,
                                                          'patient', p_patient, 'action', 'export')::text);
END
$$;
REVOKE ALL ON FUNCTION caravan_record_disclosure(bigint, text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION caravan_record_disclosure(bigint, text, text, text) TO caravan_staff;
REVOKE ALL ON FUNCTION caravan_audit() FROM PUBLIC;
