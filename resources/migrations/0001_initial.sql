-- Schema 1: the clinical model, the audit trail and the search keys.
-- Placeholders: {{id}} (auto primary key), {{timestamp}} (UTC), {{date}} (calendar date),
-- replaced per SQL dialect by Database::migrate(). Statements end with a semicolon.

CREATE TABLE schema_info (
    version INTEGER NOT NULL,
    applied_at {{timestamp}} NOT NULL,
    program_version TEXT
);

CREATE TABLE institution (
    id {{id}},
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL,
    updated_at {{timestamp}} NOT NULL,
    name TEXT NOT NULL,
    name_local TEXT,
    kind TEXT NOT NULL,
    country TEXT,
    city TEXT,
    time_zone TEXT,
    contact_person TEXT,
    phone TEXT,
    email TEXT
);

CREATE TABLE patient (
    id {{id}},
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL,
    updated_at {{timestamp}} NOT NULL,
    record_number TEXT NOT NULL UNIQUE,
    family_name_native TEXT,
    given_name_native TEXT,
    family_name_latin TEXT,
    given_name_latin TEXT,
    sex TEXT,
    birth_date {{date}},
    nationality TEXT,
    residence_country TEXT,
    passport_number TEXT,
    passport_country TEXT,
    passport_expiry {{date}},
    visa_type TEXT,
    visa_number TEXT,
    visa_expiry {{date}},
    preferred_language TEXT,
    interpreter_needed INTEGER NOT NULL DEFAULT 0,
    phone TEXT,
    email TEXT,
    messenger TEXT,
    companions TEXT,
    sponsor_type TEXT,
    sponsor_name TEXT,
    sponsor_reference TEXT,
    referring_institution_id BIGINT REFERENCES institution (id),
    referring_doctor TEXT,
    coordinator TEXT,
    case_status TEXT NOT NULL,
    arrival_date {{date}},
    departure_date {{date}},
    notes TEXT
);
CREATE INDEX patient_family_latin ON patient (family_name_latin);
CREATE INDEX patient_status ON patient (case_status);
CREATE INDEX patient_nationality ON patient (nationality);

CREATE TABLE diagnosis (
    id {{id}},
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL,
    updated_at {{timestamp}} NOT NULL,
    patient_id BIGINT NOT NULL REFERENCES patient (id),
    icd10_code TEXT NOT NULL,
    icd10_text TEXT,
    icdo3_morphology TEXT,
    icdo3_topography TEXT,
    diagnosed_on {{date}},
    basis TEXT,
    staging_system TEXT,
    stage TEXT,
    laterality TEXT,
    institution_id BIGINT REFERENCES institution (id),
    notes TEXT
);
CREATE INDEX diagnosis_patient ON diagnosis (patient_id);
CREATE INDEX diagnosis_code ON diagnosis (icd10_code);

CREATE TABLE treatment_course (
    id {{id}},
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL,
    updated_at {{timestamp}} NOT NULL,
    patient_id BIGINT NOT NULL REFERENCES patient (id),
    diagnosis_id BIGINT REFERENCES diagnosis (id),
    type TEXT NOT NULL,
    name TEXT,
    intent TEXT,
    status TEXT NOT NULL,
    stop_reason TEXT,
    start_date {{date}},
    end_date {{date}},
    at_this_centre INTEGER NOT NULL DEFAULT 1,
    institution_id BIGINT REFERENCES institution (id),
    best_response TEXT,
    notes TEXT,
    chemo_regimen TEXT,
    chemo_planned_cycles INTEGER,
    chemo_given_cycles INTEGER,
    chemo_cycle_length_days INTEGER,
    chemo_bsa_used DOUBLE PRECISION,
    chemo_cycles TEXT,
    chemo_drugs TEXT,
    cart_target TEXT,
    cart_product TEXT,
    cart_apheresis_date {{date}},
    cart_lymphodepletion_regimen TEXT,
    cart_lymphodepletion_start {{date}},
    cart_lymphodepletion_end {{date}},
    cart_infusion_date {{date}},
    cart_cell_dose TEXT,
    cart_crs_grade INTEGER,
    cart_icans_grade INTEGER,
    cart_tocilizumab INTEGER NOT NULL DEFAULT 0,
    cart_steroids INTEGER NOT NULL DEFAULT 0,
    hsct_kind TEXT,
    hsct_donor_relation TEXT,
    hsct_donor_registry_id BIGINT REFERENCES institution (id),
    hsct_hla_match TEXT,
    hsct_donor_sex TEXT,
    hsct_donor_abo TEXT,
    hsct_recipient_abo TEXT,
    hsct_source TEXT,
    hsct_conditioning_regimen TEXT,
    hsct_conditioning_intensity TEXT,
    hsct_conditioning_start {{date}},
    hsct_infusion_date {{date}},
    hsct_neutrophil_engraftment {{date}},
    hsct_platelet_engraftment {{date}},
    hsct_acute_gvhd_grade INTEGER,
    hsct_chronic_gvhd TEXT,
    hsct_protected_unit_discharge {{date}}
);
CREATE INDEX course_patient ON treatment_course (patient_id);
CREATE INDEX course_type ON treatment_course (type);

CREATE TABLE assessment (
    id {{id}},
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL,
    updated_at {{timestamp}} NOT NULL,
    patient_id BIGINT NOT NULL REFERENCES patient (id),
    course_id BIGINT REFERENCES treatment_course (id),
    assessed_on {{date}} NOT NULL,
    result TEXT,
    blast_percent DOUBLE PRECISION,
    method TEXT,
    institution_id BIGINT REFERENCES institution (id),
    notes TEXT
);
CREATE INDEX assessment_patient ON assessment (patient_id);

CREATE TABLE measurement (
    id {{id}},
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL,
    updated_at {{timestamp}} NOT NULL,
    patient_id BIGINT NOT NULL REFERENCES patient (id),
    taken_at {{timestamp}} NOT NULL,
    kind TEXT NOT NULL,
    value DOUBLE PRECISION NOT NULL,
    unit TEXT,
    label TEXT
);
CREATE INDEX measurement_patient ON measurement (patient_id, kind, taken_at);

CREATE TABLE visit (
    id {{id}},
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL,
    updated_at {{timestamp}} NOT NULL,
    patient_id BIGINT NOT NULL REFERENCES patient (id),
    type TEXT NOT NULL,
    starts_at {{timestamp}} NOT NULL,
    duration_minutes INTEGER NOT NULL DEFAULT 0,
    local_time_zone TEXT,
    remote_time_zone TEXT,
    institution_id BIGINT REFERENCES institution (id),
    participants TEXT,
    interpreter TEXT,
    interpreter_language TEXT,
    question TEXT,
    findings TEXT,
    summary TEXT,
    recommendations TEXT
);
CREATE INDEX visit_patient ON visit (patient_id);

-- One row per create, update or delete, written in the same transaction as the change.
-- changes: JSON object {"field": [before, after], ...}.
CREATE TABLE audit_log (
    id {{id}},
    at {{timestamp}} NOT NULL,
    user_name TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id BIGINT NOT NULL,
    patient_id BIGINT,
    changes TEXT NOT NULL
);
CREATE INDEX audit_patient ON audit_log (patient_id, id);
CREATE INDEX audit_entity ON audit_log (entity, entity_id);

-- Search keys of each patient: kind 'n' = Latin name token, 's' = phonetic skeleton,
-- 'd' = document or phone (record number, passport number, phone digits).
CREATE TABLE search_key (
    patient_id BIGINT NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    key TEXT NOT NULL
);
CREATE INDEX search_key_lookup ON search_key (kind, key, patient_id);
CREATE INDEX search_key_patient ON search_key (patient_id);
