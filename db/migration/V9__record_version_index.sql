-- The record's version is the latest audit event that changed the record; sign-ins, failed sign-ins and refused
-- requests are not changes. This index answers "the latest change" at once however many of those there are.
create index audit_event_record_change_idx on audit_event (id)
    where action not in ('SIGN_IN', 'SIGN_IN_FAILED', 'ACCESS_DENIED');
