-- Failed sign-ins are no longer counted on the account: a lock that anyone could set by
-- guessing five times kept analysts out. They are slowed per client address instead, in
-- memory (account.SignInThrottle).
alter table account drop column failed_sign_ins, drop column locked_until;

-- A password someone else chose (the first admin's, or one an admin set for a colleague)
-- must be changed at the first sign-in.
alter table account add column must_change_password boolean not null default false;

-- Where sign-ins, failed sign-ins and refusals came from.
alter table audit_event add column client_address varchar(64), add column user_agent varchar(300);
create index audit_event_actor_idx on audit_event (actor, occurred_at);
