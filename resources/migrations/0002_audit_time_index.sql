-- Schema 2: the History view and audit exports read the trail by time.
CREATE INDEX audit_at ON audit_log (at);
