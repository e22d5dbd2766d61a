-- Schema 3: the patient list at 100,000 patients (core/storage/patientlistquery.cpp).
-- The whole list in passport-name order straight from an index; the coordinator
-- filter; the latest diagnosis and course of each patient and its upcoming visits
-- (list columns, diagnosis-group filter, sorting) from covering indexes. Each
-- replaces an index that was a prefix of it.
CREATE INDEX patient_list_name ON patient (family_name_latin, given_name_latin, id);
DROP INDEX patient_family_latin;
CREATE INDEX patient_coordinator ON patient (coordinator);
CREATE INDEX diagnosis_latest ON diagnosis (patient_id, diagnosed_on, id, icd10_code);
DROP INDEX diagnosis_patient;
CREATE INDEX course_latest ON treatment_course (patient_id, start_date, id, type, status);
DROP INDEX course_patient;
CREATE INDEX visit_patient_time ON visit (patient_id, starts_at);
DROP INDEX visit_patient;
