-- Every instance of Readout keeps the record's version (the latest change's audit id) in memory, to serve what it
-- kept without asking the database; each change tells them all through PostgreSQL when it commits. Sign-ins, failed
-- sign-ins and refused requests are not changes.
create function notify_record_changed() returns trigger language plpgsql as $$
begin
    if new.action not in ('SIGN_IN', 'SIGN_IN_FAILED', 'ACCESS_DENIED') then
        perform pg_notify('readout_record_changed', new.id::text);
    end if;
    return new;
end
$$;

create trigger audit_event_notifies after insert on audit_event
    for each row execute function notify_record_changed();
